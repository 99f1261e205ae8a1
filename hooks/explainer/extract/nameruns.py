"""Tokens and the capitalised runs of a sentence that may be names, titles and ranks at their start, and the draft of
a name before its type and description are settled (word lists and name keys in lexicon.py)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .lexicon import affixed, common_word, first_words, gazetteer_lookup, words


# ---------------------------------------------------------------------------------------------
# Tokens and capitalised runs
# ---------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_](?:[\w’'\-]*[^\W_])?")
_ABBREVIATED = frozenset(("kab", "jl", "dr", "prof", "st", "h", "hj", "jend", "kol", "sdr", "drs", "ir",
                          "prov", "mr", "mrs", "ms", "jr"))
OPEN_QUOTES = "\"“‘'(["
SPACE_GAP = re.compile(r"[ \t]+")
QUOTE_GAP = re.compile(r"[\"“‘:]")
_MONEY = re.compile(r"(?:Rp|US|USD|S|RM)\d")


@dataclass(slots=True)
class Token:
    index: int  # position in its sentence's token list
    start: int
    end: int
    text: str
    lower: str
    cap: bool
    initial: bool  # first word of its sentence or of a quotation


_CODE_HINT = re.compile(r"/|\.(?i:com|co|id|net|org|tv|news)\b")
_WEB_ADDRESS = re.compile(r"[^\s()\[\]/]+\.(?i:com|co\.id|id|net|org|tv|news)\b")
_CHUNK_END = re.compile(r"[\s()\[\]]")


def _code_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of codes ("01-01/AP3-PRES/Pan.MK/03/2024": a slash and a digit) and web addresses ("Kabar.com"), in
    order."""
    spans = [m.span() for m in _WEB_ADDRESS.finditer(text, a, b)]
    slash = text.find("/", a, b)
    while slash >= 0:
        start = slash
        while start > a and not _CHUNK_END.match(text[start - 1]):
            start -= 1
        end = _CHUNK_END.search(text, slash, b)
        end = end.start() if end else b
        if any(c.isdigit() for c in text[start:end]):
            spans.append((start, end))
        slash = text.find("/", end, b)
    return sorted(spans)


_NUMBER_WORDS = frozenset(("nomor", "no", "no.", "nomer", "nomor:", "no:"))


def sentence_tokens(text: str, a: int, b: int) -> list[Token]:
    """The words of text[a:b], each with its case; words of codes ("01/AP-PRES/2024", after "Nomor") and web
    addresses are never capitalised name words."""
    tokens: list[Token] = []
    previous_end = a
    codes = _code_spans(text, a, b) if _CODE_HINT.search(text, a, b) else []
    numbered = False  # inside the code written after "Nomor", up to the next lower-case word
    code = 0  # the first code span not yet passed
    for start, end in [match.span() for match in _WORD.finditer(text, a, b)]:
        word = text[start:end]
        if end < b and text[end] == "." and (
                (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATED):
            end += 1
            word += "."
        if not tokens:
            initial = True
        elif start - previous_end == 1:
            initial = False
        else:
            initial = bool(QUOTE_GAP.search(text, previous_end, start))
        lower, cap = word_shape(word)
        if cap and text.startswith("$", end):
            cap = False
        if numbered:
            if not cap and not any(c.isdigit() for c in word):
                numbered = False
            else:
                cap = False
        if codes:
            while code < len(codes) and codes[code][1] <= start:
                code += 1
            if cap and code < len(codes) and codes[code][0] <= start:
                cap = False
        tokens.append(Token(len(tokens), start, end, word, lower, cap, initial))
        if lower in _NUMBER_WORDS:
            numbered = True
        previous_end = end
    return tokens


@functools.lru_cache(maxsize=262144)
def word_shape(word: str) -> tuple[str, bool]:
    """(lower-case form, capitalised and not an amount such as "Rp5") of one token."""
    return word.lower(), capitalised(word) and not _MONEY.match(word)


def capitalised(word: str) -> bool:
    if word[0].isupper():
        if "-" not in word:
            return True
        parts = word.lower().split("-")
        return not (len(parts) > 1 and all(p in words()["months"] or p in words()["days"] for p in parts))
    head, _, rest = word.partition("-")
    return bool(rest) and rest[0].isupper() and head in ("al", "el", "ad", "as", "ar")


def joined(text: str, tokens: list[Token]) -> str:
    return text[tokens[0].start:tokens[-1].end]


def capitalised_runs(text: str, tokens: list[Token]) -> list[list[Token]]:
    """Maximal sequences of capitalised words separated by single spaces (with name particles and,
    inside organisation names, connectors such as "dan" between capitalised words)."""
    w = words()
    runs: list[list[Token]] = []
    after = 0  # first token not yet in a run
    for i in [t.index for t in tokens if t.cap]:
        if i < after:
            continue
        run = [tokens[i]]
        j = i
        while j + 1 < len(tokens):
            gap = text[tokens[j].end:tokens[j + 1].start]
            if gap != " " and not SPACE_GAP.fullmatch(gap):
                break
            nxt = tokens[j + 1]
            if nxt.cap or (nxt.text.isdigit() and (org_headed(run) or is_head(run[0].lower)
                                                   or run[0].lower in words()["event_heads"]
                                                   or (title_length(run) == len(run) and len(nxt.text) <= 2))):
                run.append(nxt)
                j += 1
                continue
            if (j + 2 < len(tokens) and tokens[j + 2].cap
                    and SPACE_GAP.fullmatch(text[nxt.end:tokens[j + 2].start])
                    and (nxt.lower in w["name_particles"]
                         or (nxt.lower in w["organization_connectors"] and (org_inside(run) or _field_title(run))
                             and not is_head(tokens[j + 2].lower)
                             and tokens[j + 2].lower not in w["event_heads"]
                             and not title_length(tokens[j + 2:j + 6])
                             and gazetteer_lookup(tokens[j + 2].text) is None))):
                run += [nxt, tokens[j + 2]]
                j += 2
                continue
            break
        runs.append(run)
        after = j + 1
    return runs


def _field_title(run: list[Token]) -> bool:
    """A title and the fields it holds, with no name yet ("Menteri Energi", "Menteri Pemberdayaan Perempuan"): a
    field continued after "dan" belongs to it."""
    n = title_length(run)
    if not n or n == len(run):
        return bool(n)
    return all(t.lower in words()["title_continuations"] or (affixed(t.lower) and t.lower.endswith("an"))
               for t in run[n:])


def org_headed(run: list[Token]) -> bool:
    w = words()
    return run[0].lower in w["organization_heads"] or " ".join(t.lower for t in run[:2]) in w["organization_heads"]


def org_inside(run: list[Token]) -> bool:
    """True when an organisation name starts somewhere in `run` (after a title, say)."""
    return any(org_headed(run[i:]) for i in range(len(run)))


def is_head(lower: str) -> bool:
    w = words()
    return lower in w["organization_heads"] or lower in w["place_heads"]


def split_run(run: list[Token]) -> list[list[Token]]:
    """Cut a run at day and month names, "Nomor" and "Tahun", verbs ("Disemprotkan") and words with "-nya": they
    never belong to a name; end it at a verb in capitals (a slogan); a piece of digits alone, or of one letter, is
    no name."""
    pieces: list[list[Token]] = [[]]
    for token in run:
        if _placard_verb(token.text):
            break  # what a slogan's verb is done to is no name either
        if _breaks(token.text):
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [p for p in pieces if p and (len(p) > 1 or _name_like(p[0].text)) and not all(t.text.isdigit() for t in p)]


@functools.lru_cache(maxsize=65536)
def _breaks(word: str) -> bool:
    return _cuts(word.lower()) or _glued_common(word)


_ACTIVE_VERB = re.compile(r"^me(?:ng|ny|n|m)[a-z]{3,}$")


def _placard_verb(word: str) -> bool:
    """An active verb in capitals ("F-PRB MENOLAK KENAIKAN PAJAK" on a banner): a slogan's verb, never part of a
    name; titles of the same shape ("MENTERI") are not verbs."""
    lower = word.lower()
    return word.isupper() and bool(_ACTIVE_VERB.match(lower)) and common_word(lower) \
        and lower not in words()["person_titles"]


@functools.lru_cache(maxsize=65536)
def _name_like(word: str) -> bool:
    """A word that may be a name alone: not one letter, not digits."""
    return len(word.rstrip(".")) > 1 and not word.isdigit()


_VERB_FORM = re.compile(r"^(?:di|me[mn]?|meng|meny|ber|ter|per)[a-z]{3,}kan$|^[a-z]{4,}nya$")


_GLUED = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")


def _glued_common(word: str) -> bool:
    """Two common words written as one ("JernihBerkomentar", "KetentuanPeriksa"): a page's label, no name."""
    match = _GLUED.match(word)
    return bool(match) and common_word(match.group(1).lower()) and common_word(match.group(2).lower())


def _cuts(lower: str) -> bool:
    w = words()
    return lower in w["days"] or lower in w["months"] or lower in _NUMBER_WORDS or lower == "tahun" \
        or bool(_VERB_FORM.match(lower)) and gazetteer_lookup(lower.capitalize()) is None


def strip_leading(run: list[Token]) -> list[Token]:
    """Drop leading function words, sentence openers and section words ("Menurut", "Baca Juga")."""
    w = words()
    while run:
        first = run[0].lower
        if len(run) >= 2 and first in first_words("section_words") \
                and " ".join(t.lower for t in run[:2]) in w["section_words"]:
            run = run[2:]
        elif run[0].initial and (first in w["section_words"] or first in w["common_words"] or affixed(first)
                                 or (len(run) > 1 and common_word(first))):
            if title_length(run) or is_head(first) or org_headed(run) or first in w["document_heads"] or \
                    (len(run) >= 2 and first in w["event_heads"]):  # "Perang Teluk"
                break
            run = run[1:]
        else:
            break
    return run


def title_length(run: list[Token]) -> int:
    """Number of leading tokens of `run` that form a person title ("Brigadir Jenderal", "Kasubbag", "Irjen Pol")."""
    if not run or run[0].lower not in _title_starts() and not is_unit_title(run[0].lower):
        return 0
    if len(run) > 1 and run[0].lower in words()["title_modifiers"]:
        after = title_length(run[1:])
        return after + 1 if after else (1 if run[0].lower in words()["person_titles"] else 0)
    rank = rank_length(run, 0)
    if rank:
        return rank
    if is_unit_title(run[0].lower):
        return 1
    if run[0].lower not in first_words("person_titles"):
        return 0
    titles = words()["person_titles"]
    for n in range(min(4, len(run)), 0, -1):
        if " ".join(t.lower for t in run[:n]) in titles:
            return n
    return 0


@functools.cache
def _title_starts() -> frozenset[str]:
    """Words a title or a rank can start with."""
    return first_words("person_titles") | first_words("ranks") | words()["title_modifiers"]


@functools.lru_cache(maxsize=65536)
def is_unit_title(lower: str) -> bool:
    """ "kasubbag", "kapolres", "danki", "wakapolda": the head, commander or deputy of an abbreviated unit."""
    units = words()["unit_abbreviations"]
    for prefix in ("waka", "ka", "dan", "pang", "wadan"):
        if lower.startswith(prefix) and len(lower) > len(prefix) + 1:
            rest = lower[len(prefix):]
            if rest in units or (rest.startswith("sub") and rest[3:] in units):
                return True
    return False


def rank_length(run: list[Token], start: int) -> int:
    """Number of tokens from run[start] that form a military or police rank with its suffixes ("Irjen Pol",
    "Brigjen TNI", "Ajun Komisaris Besar"); 0 when none starts there."""
    if run[start].lower not in first_words("ranks"):
        return 0
    w = words()
    n = 0
    for length in (3, 2, 1):
        if start + length <= len(run) and " ".join(t.lower for t in run[start:start + length]) in w["ranks"]:
            n = length
            break
    if not n:
        return 0
    while start + n < len(run) and run[start + n].lower.strip("()") in w["rank_suffixes"]:
        n += 1
    return n


def gazetteer_span(run: list[Token], start: int, text: str) -> int:
    """Length of the longest gazetteer name at run[start:] (0 when none)."""
    for n in range(min(6, len(run) - start), 0, -1):
        if gazetteer_lookup(joined(text, run[start:start + n])):
            return n
    return 0



@dataclass
class Draft:
    block: int
    sentence: int
    tokens: list[Token]
    type: str
    strength: int
    initial: bool
    description: str | None = None
    quote: str | None = None
    expansion: str | None = None
    title_only: bool = False  # a title with no name after it ("Menteri Pertahanan Rusia,")
    same_as: str | None = None  # another name of the entity written in apposition to this one

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


