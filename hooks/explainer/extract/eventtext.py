"""The words of a timeline event: the clause that holds a date, trimmed to read on its own."""

from __future__ import annotations

import datetime as dt
import re

from ..idformat import format_date_id
from .dates import DateMention

# Discourse openers dropped from an event's text so that it reads on its own.
_OPENERS = re.compile(
    r"^(?:(?:Sementara itu|Sebelumnya|Selain itu|Di samping itu|Di sisi lain|Namun|Kemudian|Adapun|"
    r"Selanjutnya|Lebih lanjut|Diketahui|Seperti diberitakan|Seperti diketahui|Tercatat|"
    r"Rencananya|Menurut rencana|Sesuai jadwal|Dalam pada itu|Sebagai informasi|Untuk diketahui|"
    r"Bahkan|Lalu|Akan tetapi|Meski demikian|Oleh karena itu|Karena itu|Pada saat yang sama)"
    # "Di tengah sorotan tersebut,", "Menyusul kabar itu,": a phrase pointing back, then a comma
    r"|(?:Di tengah|Di balik|Menyusul|Terkait|Dengan|Atas|Usai|Setelah|Sejalan dengan|Seiring)"
    r"\s+[^,.;]{1,50}?\s+(?:tersebut|itu|ini))\s*,\s+")
# A relative pronoun cannot start a statement: "Di mana tempat tersebut ..." -> "Tempat tersebut ..."
_LEADING_RELATIVE = re.compile(r"^(?:Di mana|Dimana|Yang mana|Yang)\s+(?=\w)")
# Clause boundaries used to cut a sentence that carries several different dates.
_CLAUSE_CUT = re.compile(r";\s+|,\s+(?=(?:sedangkan|sementara|namun|tetapi|lalu|kemudian|"
                         r"dan kemudian|serta|sebelum|setelah|hingga akhirnya)\b)")
_COMMA = re.compile(r",\s+")

# The outlet's own sourcing: "Dilansir dari Kantor Berita Nusantara, Senin (4/3/2024), ..." and
# "..., kata Budi, Kamis (7/3/2024)." date the report or the quote, not what is reported.
# ("laporan NYT yang dirilis pada Senin" dates a named report, which is itself news: not sourcing.)
_SOURCING_BEFORE = re.compile(
    r"(?i:(?:^|[,;]\s*|\s)(?:seperti\s+)?(?:dilansir|dikutip|melansir|mengutip|diwartakan|"
    r"dilaporkan)(?:\s+(?:dari|oleh))?\s+(?:(?!\byang\b)[^,.;]){1,80}?,?\s*(?:pada\s+)?(?:hari\s+)?$)")
_SPEECH_BEFORE = re.compile(
    r"(?i:[,”\"]\s*(?:demikian\s+)?(?:kata|ujar|ucap|tutur|jelas|ungkap|imbuh|tambah|tegas|"
    r"pernyataan)(?:nya)?\b[^.;]{0,80}?,\s*(?:pada\s+)?(?:hari\s+)?$)")
_OPEN_TIME = re.compile(r"(?i:\b(?:akan|bakal|hendak|berencana|dijadwalkan|direncanakan|telah|sudah|"
                        r"pernah|sempat|sebelumnya|lalu)\b)")
_SOURCING_CLAUSE = re.compile(
    r"^(?i:(?:seperti\s+)?(?:dilansir|dikutip|melansir|mengutip|diwartakan|dilaporkan))[^,]{0,80},\s*$")

# "<noun> pertama <rest> dalam N tahun"; the noun is a derived one ("kunjungan", "perjalanan").
_FIRST_IN_YEARS = re.compile(
    r"(?i:\b(?P<head>[a-z]{2,}an)\s+(?:pertama(?:nya)?|perdana|terakhir)(?:\s+kali)?\s+(?P<rest>[^,;]*?)\s*$)")


def is_sourcing_date(sentence: str, mention: DateMention) -> bool:
    """Whether `mention` dates the outlet's source or a quote rather than the event itself."""
    before = sentence[:mention.start]
    return bool(_SOURCING_BEFORE.search(before) or _SPEECH_BEFORE.search(before))


def cites_source(sentence: str, mention: DateMention) -> bool:
    """Whether `mention` is the date of a cited source ("Dilansir dari X, <date>"), not of a quote."""
    return bool(_SOURCING_BEFORE.search(sentence[:mention.start]))


def keep_sourcing_date(sentence: str, mention: DateMention, others: int) -> bool:
    """A report's or quote's date stands for the event only when nothing else in the sentence dates
    it and the sentence speaks of that moment itself: no other date, and no word outside quotations
    putting what is reported before or after it ("akan", "telah", "sebelumnya", ...). A quote's
    date thus dates the saying; "Dilansir dari X, <date>, Kim telah ..." dates nothing."""
    rest = _unquoted(sentence[:mention.start] + " " + sentence[mention.end:])
    return others == 0 and not _OPEN_TIME.search(rest)


def _unquoted(text: str) -> str:
    """`text` without its quotations (a quote's own tense is the speaker's, not the saying's),
    including the tail of a quote opened in an earlier sentence."""
    closing = re.match(r"^[^“”\"]*[”\"](?=\s*,?\s*(?:demikian\s+)?\w)", text)
    if closing and (text.count("“") < text.count("”") or text.count('"') % 2):
        text = text[closing.end():]
    return re.sub(r"“[^”]*”|\"[^\"]*\"", " ", text)


def event_text(sentence: str, mention: DateMention, mentions: list[DateMention],
               reference: dt.date | None = None) -> str | None:
    """The sentence, or the part of it holding `mention` when it carries other dates, tidied;
    None when the mention yields no statement that reads on its own."""
    others = [m for m in mentions if m is not mention and (m.date, m.end_date) != (mention.date, mention.end_date)]
    if mention.kind == "in-years":
        return _previous_occurrence(sentence, mention, reference)
    text, offset = sentence, 0
    if others:
        text, offset = _clause(sentence, mention, others)
    if is_sourcing_date(sentence, mention):
        text = _drop_sourcing(text, mention.start - offset, mention.end - offset)
    return tidy(text)


def tidy(text: str) -> str:
    """Openers, a leading relative pronoun and unpaired quotes dropped; a capital and a full stop."""
    text = text.strip()
    for _ in range(2):
        text = _OPENERS.sub("", text)
    text = _LEADING_RELATIVE.sub("", text)
    text = _pair_quotes(text).strip().rstrip(" ,;:")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?\"”’)":
        text += "."
    return text


def _pair_quotes(text: str) -> str:
    """Drop a quotation mark whose partner lies in another sentence (a quote opened earlier)."""
    if text.count("”") > text.count("“"):
        text = text.replace("”", "", 1)
    elif text.count("“") > text.count("”"):
        text = text[::-1].replace("“", "", 1)[::-1]
    if text.count('"') % 2:
        at = text.find('"') if not text.startswith('"') else text.rfind('"')
        text = text[:at] + text[at + 1:]
    return re.sub(r"\s+,", ",", re.sub(r"\s{2,}", " ", text))


def _clause(sentence: str, mention: DateMention, others: list[DateMention]) -> tuple[str, int]:
    """(the clause of `sentence` holding `mention` and no other date, its offset): first cut at
    conjunctions and semicolons, then, if another date is still inside, at commas, keeping the
    widest run of comma pieces that holds no other date."""
    start, end = 0, len(sentence)
    for cut in _CLAUSE_CUT.finditer(sentence):
        if cut.start() >= mention.end:
            end = cut.start()
            break
        if cut.end() <= mention.start:
            start = cut.end()
    inside = [m for m in others if start <= m.start < end]
    if inside:
        cuts = [c for c in _COMMA.finditer(sentence, start, end)]
        # the widest run of comma pieces around the mention that holds no other date: cut at the comma nearest
        # to each other date, on its side
        for other in inside:
            if other.start >= mention.end:
                end = min(end, max((c.start() for c in cuts if mention.end <= c.start() and c.end() <= other.start),
                                   default=end))
            elif other.end <= mention.start:
                start = max(start, min((c.end() for c in cuts if other.end <= c.start() and
                                        c.end() <= mention.start), default=start))

    return sentence[start:end], start


def _drop_sourcing(text: str, start: int, end: int) -> str:
    """Remove "Dilansir dari X, <date>," opening a text (the date is at start:end of `text`)."""
    head, tail = text[:start], text[end:]
    if _SOURCING_CLAUSE.match(head) and tail.lstrip().startswith(","):
        return tail.lstrip()[1:].lstrip()
    return text


def _previous_occurrence(sentence: str, mention: DateMention, reference: dt.date | None) -> str | None:
    """"Ini akan menjadi kunjungan pertama sang menteri ke Jepang dalam 12 tahun" says when the
    previous such trip was, roughly: worded as that, or None when the sentence has no such noun."""
    match = _FIRST_IN_YEARS.search(sentence[:mention.start])
    if not match or reference is None:
        return None
    head, rest = match["head"].lower(), match["rest"].strip()
    years = re.search(r"\d+|[a-z]+(?=\s+tahun)", mention.expression)
    count = years.group() if years else ""
    when = format_date_id(reference.isoformat()[:7])
    return tidy(f"{head} {rest} sebelumnya, sekitar {count} tahun sebelum {when}".replace("  ", " "))
