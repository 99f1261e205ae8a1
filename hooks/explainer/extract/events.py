"""Dated events of one article: the Event type, per-article extraction, publication-date inference."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from ..model import Article
from .dates import DateMention, cues, find_dates_in_sentence, future_at, parse_iso
from .sentences import sentence_anchor, sentence_spans

# Discourse openers dropped from an event's text so that it reads on its own.
_OPENERS = re.compile(
    r"^(?:Sementara itu|Sebelumnya|Selain itu|Di samping itu|Di sisi lain|Namun|Kemudian|Adapun|"
    r"Selanjutnya|Lebih lanjut|Diketahui|Seperti diberitakan|Seperti diketahui|Tercatat|"
    r"Rencananya|Menurut rencana|Sesuai jadwal|Dalam pada itu|Sebagai informasi|Untuk diketahui|"
    r"Bahkan|Lalu|Akan tetapi|Meski demikian|Oleh karena itu|Karena itu)\s*,\s+")
# Clause boundaries used to cut a sentence that carries several different dates.
_CLAUSE_CUT = re.compile(r";\s+|,\s+(?=(?:sedangkan|sementara|namun|tetapi|lalu|kemudian|"
                         r"dan kemudian|serta|sebelum|setelah|hingga akhirnya)\b)")


@dataclass(frozen=True)
class Event:
    """One dated statement of one article (picklable; cache it by the article's content hash)."""

    article: str  # Article.id
    block: int  # 0-based body block index
    sentence: int  # 0-based sentence index within the block
    quote: str  # the whole sentence as written
    text: str  # the statement trimmed to read on its own
    expression: str  # the date words as written
    date: str  # YYYY | YYYY-MM | YYYY-MM-DD
    end: str | None
    granularity: str  # day | month | year
    relative: bool
    planned: bool  # the text speaks of it as future at publication
    notes: tuple[str, ...] = ()

    @property
    def anchor(self) -> str:
        return sentence_anchor(self.block, self.sentence)


# =============================================================================================
# Publication date inference
# =============================================================================================

def infer_published(article: Article, hint: str | None = None) -> str | None:
    """A YYYY-MM-DD guess of the publication day of an article that states none.

    A full-day `hint` (from seeds/sources.yml) wins. Otherwise the guess is the latest explicit
    (year-bearing) day that the text reports as past: news reports on what has happened, so the
    publication day is on or after it. A coarser hint ("2023-09", "2023") keeps only candidates
    inside it. Without such a day the answer is None: relative dates then stay unanchored.
    """
    hinted = _parse_hint(hint)
    if hinted and len(hinted) == 10:
        return hinted
    latest: dt.date | None = None
    for block in article.blocks:
        if block.kind != "p" or not cues(block.text):
            continue
        for start, end in sentence_spans(block.text):
            sentence = block.text[start:end]
            for mention in find_dates_in_sentence(sentence, None):
                if mention.granularity != "day" or mention.relative:
                    continue
                if future_at(sentence, mention.start):
                    continue
                day = dt.date.fromisoformat(mention.end_date or mention.date)
                if hinted and not _iso(day).startswith(hinted):
                    continue
                if latest is None or day > latest:
                    latest = day
    return _iso(latest) if latest else None


def _parse_hint(hint: str | None) -> str | None:
    """"YYYY-MM-DD", "YYYY-MM" or "YYYY" from a hint in ISO form or Indonesian words."""
    text = str(hint or "").strip()
    if not text:
        return None
    day = parse_iso(text)
    if day:
        return _iso(day)
    if re.fullmatch(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?", text):
        return text
    mentions = [m for m in find_dates_in_sentence(text, None) if not m.relative]
    return mentions[0].date if mentions else None


def _iso(day: dt.date) -> str:
    return day.isoformat()


# =============================================================================================
# Per-article extraction
# =============================================================================================

def extract_events(article: Article) -> list[Event]:
    """The dated statements of one article, in reading order (pure; cacheable by content).

    Relative expressions are anchored to the stated publication date, or to
    ``article.published_inferred`` when that came from outside the text (a sources.yml hint).
    A date inferred from the text itself is only a lower bound (the latest past date mentioned),
    so relative expressions are then left out rather than guessed.
    """
    reference = _anchor(article)
    events: list[Event] = []
    for i, block in enumerate(article.blocks):
        if block.kind != "p" or not cues(block.text):  # no date in this paragraph
            continue
        for j, (start, end) in enumerate(sentence_spans(block.text)):
            sentence = block.text[start:end]
            mentions = find_dates_in_sentence(sentence, reference)
            if not mentions:
                continue
            several = len({(m.date, m.end_date) for m in mentions}) > 1
            for mention in mentions:
                text = _event_text(sentence, mention, several)
                planned = future_at(sentence, mention.start) and \
                    _not_before(mention, reference)
                events.append(Event(
                    article=article.id, block=i, sentence=j, quote=sentence, text=text,
                    expression=mention.expression, date=mention.date, end=mention.end_date,
                    granularity=mention.granularity, relative=mention.relative, planned=planned,
                    notes=mention.notes))
    return events


def _anchor(article: Article) -> dt.date | None:
    if article.published:
        return parse_iso(article.published)
    if article.published_inferred and article.published_inferred != infer_published(article):
        return parse_iso(article.published_inferred)
    return None


def _not_before(mention: DateMention, reference: dt.date | None) -> bool:
    """Whether the mention's period reaches the reference day (unknown reference: True)."""
    if reference is None:
        return True
    last = mention.end_date or mention.date
    return last >= reference.isoformat()[:len(last)]


def _event_text(sentence: str, mention: DateMention, several: bool) -> str:
    """The sentence (or, when it carries several dates, the clause holding `mention`), tidied."""
    text = sentence
    if several:
        start = 0
        for cut in _CLAUSE_CUT.finditer(sentence):
            if cut.start() >= mention.end:
                text = sentence[start:cut.start()]
                break
            if cut.end() <= mention.start:
                start = cut.end()
        else:
            text = sentence[start:]
    text = _OPENERS.sub("", text.strip())
    text = text.rstrip(" ,;:")
    if text and text[0].islower():
        text = text[0].upper() + text[1:]
    if text and text[-1] not in ".!?\"”’)":
        text += "."
    return text
