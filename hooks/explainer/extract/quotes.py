"""Direct quotes in one article and who said them, by the speaker cues around the quote marks."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from ..model import Article
from .dates import find_dates_in_sentence, parse_iso
from .entities import Mention
from .sentences import sentence_spans

MIN_WORDS = 2  # one quoted word is a term, a nickname or a title, not a quote
SCARE_WORDS = 4  # a shorter quoted phrase inside a sentence, with no speaker cue, is emphasis
CUE_REACH = 500  # characters before the opening mark and after the closing one searched for the speaker cue

# Reporting verbs written after the quote, root form: `"...," kata Peskov`; with -nya they point back.
_AFTER_VERBS = ("kata|ujar|ungkap|tegas|jelas|tutur|ucap|imbuh|tambah|lanjut|sebut|terang|papar|tandas|"
                "pungkas|seru|tukas|timpal|kilah|aku|klaim|sambung|urai|cetus|katakan")
# Reporting verbs written before the quote or after the subject: `Peskov menambahkan, "..."`.
_BEFORE_VERBS = ("mengatakan|menambahkan|menegaskan|menjelaskan|mengungkapkan|menyatakan|berkata|menuturkan|"
                 "menyebutkan|menyebut|memperingatkan|mengingatkan|menekankan|menandaskan|mengaku|"
                 "mengklaim|menulis|mengemukakan|memaparkan|menerangkan|bertanya|menjawab|berujar|"
                 "mencatat|menilai|berpendapat|menyampaikan|menuturkan|bilang")
_AFTER_CUE = re.compile(rf"\s*,?\s*(?:demikian\s+)?(?P<verb>{_AFTER_VERBS})(?P<nya>nya)?\b(?P<rest>.*)", re.S)
_DEMIKIAN = re.compile(r"\s*,?\s*demikian\s+(?:(?:pernyataan|keterangan|penjelasan|disampaikan|dikatakan|"
                       r"ditegaskan|diungkapkan)\s+)?(?:dari\s+|oleh\s+)?(?P<rest>.*)", re.S)
_SUBJECT_AFTER = re.compile(rf"\s*,?\s*(?P<subject>[^\s,.;].{{0,80}}?)\s+(?:{_BEFORE_VERBS})\s*[.,;]", re.S)
_VERB_BEFORE = re.compile(rf"\b(?:{_BEFORE_VERBS})\b(?:\s+bahwa)?\s*[,:]?\s*")
_MENURUT = re.compile(r"(?:^|[\s,])(?:[Mm]enurut|[Kk]ata|[Dd]itambahkan|[Dd]ijelaskan|[Dd]itegaskan)\s+(?P<rest>[^,]+(?:,[^,]+)?)")
# Where the speaker's words stop: punctuation, a quote mark, or a word that starts a circumstance.
_REGION_STOP = re.compile(r"(?<!\s[A-Z])\.|[;:!?\"“”(]|\s(?:kepada|dalam|saat|ketika|di|pada|usai|seusai|setelah|sebelum|"
                          r"melalui|lewat|dikutip|seperti|sebagaimana|yang|bahwa|dan|kemarin|sambil|"
                          r"selasa|senin|rabu|kamis|jumat|sabtu|minggu)\b", re.I)
_OPENER = re.compile(r"\s*(?:(?:Sementara itu|Sebelumnya|Selain itu|Di sisi lain|Namun|Kemudian|Adapun|"
                     r"Selanjutnya|Lebih lanjut|Bahkan|Lalu|Senada|Dalam kesempatan itu|Dalam kesempatan yang "
                     r"sama|Di tempat terpisah|Terpisah),?\s+)?")
_PAIRS = re.compile(r"“([^“”]*)”|\"([^\"]*)\"")
_WORD = re.compile(r"\w+")
_INSCRIPTION = re.compile(r"[^a-z]*")  # no lower-case letter at all
_BRACKET = re.compile(r"^\s*\([^()]*\)")
_SPEAKER_TYPES = ("person", "organization", "place", "other")


@dataclass(frozen=True)
class Quote:
    """One direct quote of one article: where it stands, its words, the speaker's name as written (None when
    the article does not say who, or only with a pronoun far from the speaker's last quote) and the date the
    sentence or the article gives."""

    block: int
    sentence: int  # 0-based sentence (within the block) where the quote opens
    text: str
    speaker: str | None  # fullest form of the speaker's name in this article
    speaker_surface: str | None  # the name as written at the quote
    date: str | None  # YYYY | YYYY-MM | YYYY-MM-DD


def extract_quotes(article: Article, mentions: list[Mention]) -> list[Quote]:
    """The direct quotes of `article` in reading order, each with its speaker found from the cue next to it
    (`kata X`, `X mengatakan, "..."`, `Menurut X, "..."`) and the entity mentions of that article."""
    by_block: dict[int, list[Mention]] = {}
    for mention in sorted(mentions, key=lambda m: (m.block, m.start)):
        by_block.setdefault(mention.block, []).append(mention)
    reference = parse_iso(article.published[:10]) if article.published else None
    out: list[Quote] = []
    last: tuple[Quote, int] | None = None  # the latest quote with a named speaker, and where it closed
    for index, block in enumerate(article.blocks):
        if block.kind != "p" or ('"' not in block.text and "“" not in block.text):
            continue
        spans = sentence_spans(block.text)
        ends = [end for _, end in spans]
        named = _Named(by_block.get(index, []))
        dates: dict[tuple[int, int], list] = {}
        for match in _PAIRS.finditer(block.text):
            group = 1 if match.group(1) is not None else 2
            found = _found(article, index, block.text, (spans, ends, dates), match, group, named, reference)
            if found is None:
                continue
            quote, pronoun = found
            if pronoun and last is not None and _same_speaker_since(last, index, match.start(), by_block):
                quote = replace(quote, speaker=last[0].speaker, speaker_surface=last[0].speaker_surface)
            last = (quote, match.end()) if quote.speaker else None
            out.append(quote)
    return out


class _Named:
    """The entity mentions of one block, sorted by where they start, found by position in a few steps."""

    def __init__(self, mentions: list[Mention]) -> None:
        self.mentions = mentions
        self.starts = [mention.start for mention in mentions]

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions wholly inside [start, end)."""
        found = []
        for mention in self.mentions[bisect.bisect_left(self.starts, start):]:
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
        return found


def _same_speaker_since(last: tuple[Quote, int], block: int, position: int,
                        by_block: dict[int, list[Mention]]) -> bool:
    """A pronoun (`katanya`) points back to the previous quote's speaker only when that quote stands in the
    same or the previous paragraph and no other person is named in between."""
    quote, closed = last
    if quote.block not in (block, block - 1):
        return False
    for index in {quote.block, block}:
        mentions = by_block.get(index, [])
        low = bisect.bisect_left(mentions, closed, key=lambda m: m.start) if index == quote.block else 0
        high = bisect.bisect_left(mentions, position, key=lambda m: m.start) if index == block else len(mentions)
        for mention in mentions[low:high]:
            if mention.type == "person" and (mention.resolved or mention.surface) != quote.speaker:
                return False
    return True


Sentences = tuple[list[tuple[int, int]], list[int], dict]  # spans, their ends, dates found per sentence range


def _found(article: Article, index: int, text: str, sentences: Sentences, match: re.Match, group: int,
           mentions: _Named, reference) -> tuple[Quote, bool] | None:
    """The quote at `match` (None when it is too short, or emphasis), and whether its cue is a pronoun. The cue
    is looked for within CUE_REACH characters of the quote marks, so a long sentence costs no more per quote."""
    words = match.group(group).strip().rstrip(",").strip()
    if len(_WORD.findall(words)) < MIN_WORDS or _INSCRIPTION.fullmatch(words):
        return None  # too short, or a placard's words in capitals ("bertuliskan "TOLAK KENAIKAN HARGA"")
    spans, ends, dates = sentences
    open_at, close_at = match.start(), match.end()
    first = _sentence_of(ends, open_at)
    last = _sentence_of(ends, max(close_at - 1, open_at))
    before_at = max(spans[first][0], open_at - CUE_REACH)
    before = text[before_at:open_at]
    after = text[close_at:min(spans[last][1], close_at + CUE_REACH)]
    cue, mention = _speaker(text, before, before_at, after, close_at, mentions)
    cued = bool(cue)
    embedded = bool(before.strip()) and _WORD.search(before) is not None
    if not cued and embedded and len(_WORD.findall(words)) < SCARE_WORDS:
        return None
    sentence_at = spans[first][0]
    if (first, last) not in dates:
        dates[first, last] = find_dates_in_sentence(text[sentence_at:spans[last][1]], reference)
    quote = Quote(block=index, sentence=first, text=words,
                  speaker=(mention.resolved or mention.surface) if mention else None,
                  speaker_surface=mention.surface if mention else None,
                  date=_date(dates[first, last], open_at - sentence_at, close_at - sentence_at)
                  or (article.published[:10] if article.published else None))
    return quote, cue == "pronoun"


def _sentence_of(ends: list[int], position: int) -> int:
    """The sentence (by the ends of the block's sentences) holding `position`; the last one past them all."""
    return min(bisect.bisect_right(ends, position), max(len(ends) - 1, 0))


def _speaker(text: str, before: str, before_at: int, after: str, after_at: int,
             mentions: _Named) -> tuple[str, Mention | None]:
    """(the kind of speaker cue found: "" none, "pronoun" (`katanya`), "cue"; the mention naming the speaker)."""
    cue = _AFTER_CUE.match(after)
    if cue:
        if cue.group("nya"):
            return "pronoun", None
        rest_at = after_at + cue.start("rest")
        return "cue", _in_region(text, rest_at, mentions)
    cue = _DEMIKIAN.match(after)
    if cue:
        return "cue", _in_region(text, after_at + cue.start("rest"), mentions)
    cue = _SUBJECT_AFTER.match(after)
    if cue:
        start = after_at + cue.start("subject")
        return "cue", _subject(text, start, after_at + cue.end("subject"), mentions)
    verb = None
    for verb in _VERB_BEFORE.finditer(before):
        pass
    if verb is not None:
        return "cue", _subject(text, before_at, before_at + verb.start(), mentions)
    menurut = None
    for menurut in _MENURUT.finditer(before):
        pass
    if menurut is not None:
        return "cue", _in_region(text, before_at + menurut.start("rest"), mentions)
    return "", None


def _in_region(text: str, start: int, mentions: _Named) -> Mention | None:
    """The speaker named after a cue: the first person in the next two comma-separated pieces (`kata juru
    bicara Kremlin, Dmitry Peskov`), else a name that opens the region (`kata Kremlin`)."""
    reach = min(len(text), start + CUE_REACH)
    stop = _REGION_STOP.search(text, start, reach)
    end = stop.start() if stop else reach
    first_comma = text.find(",", start, end)
    second_comma = text.find(",", first_comma + 1, end) if first_comma >= 0 else -1
    commas = [at for at in (first_comma, second_comma) if at >= 0]
    if len(commas) >= 2:
        end = commas[1]
    inside = [m for m in mentions.within(start, end) if m.type in _SPEAKER_TYPES]
    people = [m for m in inside if m.type == "person"]
    if people:
        return min(people, key=lambda m: m.start)
    first_piece_end = commas[0] if commas else end
    opening = [m for m in inside if m.end <= first_piece_end and not text[start:m.start].strip()]
    return opening[0] if opening else None


def _subject(text: str, start: int, end: int, mentions: _Named) -> Mention | None:
    """The speaker written as the subject before a reporting verb: the first person between the start of the
    clause and the verb, else a name that stands right before the verb and opens the clause or follows a comma."""
    clause = text.rfind(";", start, end)
    start = clause + 1 if clause >= 0 else start
    start += _OPENER.match(text, start).end() - start
    inside = [m for m in mentions.within(start, end) if m.type in _SPEAKER_TYPES]
    people = [m for m in inside if m.type == "person"]
    if people:
        return min(people, key=lambda m: m.start)
    for mention in inside:
        opens = not text[start:mention.start].strip()
        appositive = text[start:mention.start].rstrip().endswith(",")  # "kantor berita Korea Utara, KCNA,"
        if (opens or appositive) and not _BRACKET.sub("", text[mention.end:end], 1).strip(" ,"):
            return mention  # "Badan X (BX) menyatakan": the acronym in brackets is the same name
    return None


def _date(found_dates: list, quote_start: int, quote_end: int) -> str | None:
    """The first date the sentence gives (`found_dates`) outside the quoted words (when it was said), or None."""
    for found in found_dates:
        if found.end <= quote_start or found.start >= quote_end:
            return found.date
    return None
