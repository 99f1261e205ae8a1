"""Name words, the gazetteer, name keys, and the capitalised runs of a sentence that may be names."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).parent.parent / "data"


# ---------------------------------------------------------------------------------------------
# Word lists and the gazetteer (data files)
# ---------------------------------------------------------------------------------------------

@functools.cache
def words() -> dict[str, frozenset[str]]:
    """The word lists of data/name_words.yml, lower-cased."""
    raw = yaml.safe_load((DATA_DIR / "name_words.yml").read_text(encoding="utf-8"))
    return {key: frozenset(str(w).lower() for w in values) for key, values in raw.items()}


@functools.cache
def first_words(key: str) -> frozenset[str]:
    """First words of the phrases of one word list: a phrase can only start with one of them."""
    return frozenset(phrase.split(" ")[0] for phrase in words()[key])


@functools.cache
def last_words(key: str) -> frozenset[str]:
    """Last words of the phrases of one word list."""
    return frozenset(phrase.split(" ")[-1] for phrase in words()[key])


@functools.cache
def id_lexicon() -> dict[str, frozenset[str]]:
    """data/id_lexicon.yml (made by scripts/make_id_lexicon.py): Indonesian region names and common personal
    names, as name keys."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    raw = yaml.load((DATA_DIR / "id_lexicon.yml").read_text(encoding="utf-8"), Loader=loader)
    return {key: frozenset(str(v).lower() if key == "common_words" else name_key(str(v)) for v in values)
            for key, values in raw.items()}


@functools.lru_cache(maxsize=65536)
def common_word(lower: str) -> bool:
    """A word of common Indonesian news vocabulary ("gas", "harga", "kenaikan"), not a common personal name."""
    w = words()
    if personal_name(name_key(lower)) == 2:
        return False
    return lower in w["common_words"] or lower in w["common_capitalised"] or lower in id_lexicon()["common_words"] \
        or lower in w["title_continuations"] or affixed(lower)


def common_phrase(lowers: list[str]) -> bool:
    """Capitalised common words, no name ("Harga Eceran Tertinggi", "Gas Air Mata"): all of them, or all but one of
    three or more when none is a personal name."""
    plain = [w for w in lowers if not common_word(w) and not all(common_word(p) for p in w.split("-"))]
    return not plain or (len(plain) == 1 and len(lowers) >= 3 and not any(personal_name(name_key(w)) for w in lowers)
                         and gazetteer_lookup(plain[0].capitalize()) is None and not region_level(name_key(plain[0])))


def region_level(key: str) -> int:
    """2 for a province, regency or city of Indonesia (name key, without "Kabupaten"/"Kota"), 1 for a district
    name, 0 otherwise."""
    lexicon = id_lexicon()
    if key in lexicon["provinces"] or key in lexicon["regencies"]:
        return 2
    return 1 if key in lexicon.get("districts", ()) else 0


def personal_name(key: str) -> int:
    """2 for a common Indonesian given or family name (one word's key), 1 for one that is also a common word
    ("Budi", "Bintang"), 0 otherwise."""
    lexicon = id_lexicon()
    if key in lexicon["given_names"] or key in lexicon["family_names"]:
        return 2
    return 1 if key in lexicon["ambiguous_given_names"] else 0


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...]


@functools.cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Entries of data/gazetteer.yml."""
    raw = yaml.safe_load((DATA_DIR / "gazetteer.yml").read_text(encoding="utf-8"))
    return tuple(GazetteerEntry(str(e["name"]), str(e["type"]), tuple(str(a) for a in e.get("aliases", ())))
                 for e in raw)


@functools.cache
def gazetteer_index() -> dict[str, GazetteerEntry]:
    """name_key of every gazetteer name and alias -> its entry."""
    index: dict[str, GazetteerEntry] = {}
    for entry in gazetteer():
        for form in (entry.name, *entry.aliases):
            index.setdefault(name_key(form), entry)
    return index


@functools.cache
def _gazetteer_case() -> dict[str, str]:
    """name_key -> the form as written, for forms that must match their case (acronyms: "AS")."""
    return {name_key(form): form for entry in gazetteer() for form in (entry.name, *entry.aliases)
            if is_acronym(form)}


@functools.lru_cache(maxsize=262144)
def gazetteer_lookup(surface: str) -> GazetteerEntry | None:
    """The gazetteer entry `surface` names, if any (acronyms must match their case)."""
    key = name_key(surface)
    entry = gazetteer_index().get(key)
    if entry is None and key.split()[0:1] in (["kota"], ["provinsi"], ["negara"]):
        entry = gazetteer_index().get(key.split(" ", 1)[-1])
        entry = entry if entry and entry.type == "place" else None
    if entry is None and surface.endswith(" RI"):  # "KPU RI": the national body
        entry = gazetteer_lookup(surface[:-3])
        return entry if entry and entry.type == "organization" else None
    if entry is None:
        return None
    exact = _gazetteer_case().get(key)
    if exact is not None and exact != surface.replace(".", "") and exact != surface:
        return None
    return entry


# ---------------------------------------------------------------------------------------------
# Name keys: one key for the spellings of one name
# ---------------------------------------------------------------------------------------------

_SPELLING = ((re.compile(r"oe"), "u"), (re.compile(r"ch(?=[^aeiou])"), "h"), (re.compile(r"dj"), "j"), (re.compile(r"tj"), "c"),
             (re.compile(r"sy"), "s"), (re.compile(r"kh"), "k"), (re.compile(r"th"), "t"),
             (re.compile(r"ph"), "f"), (re.compile(r"ie"), "i"), (re.compile(r"y"), "i"),
             (re.compile(r"^moh"), "muh"), (re.compile(r"ch(?=[aeiou])"), "c"),
             (re.compile(r"(.)\1+"), r"\1"), (re.compile(r"(?<=[aiueo])p$"), "f"))
_NON_WORD = re.compile(r"[^\w]+")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=262144)
def name_key(text: str) -> str:
    """Case-, accent-, hyphen- and spelling-insensitive key ("Kim Jong-un" == "Kim Jong Un",
    "Mohammad" == "Muhammad", "Soetrisno" == "Sutrisno", "Kab. X" == "Kabupaten X")."""
    text = strip_accents(text).lower().replace("kab. ", "kabupaten ").replace("’", "'")
    tokens = [t for t in _NON_WORD.split(text) if t and t not in ("bin", "binti")]
    return " ".join(token_key(t) for t in tokens)


@functools.lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """Spelling-insensitive key of one lower-case word."""
    if len(token) <= 3:
        return token
    for pattern, repl in _SPELLING:
        token = pattern.sub(repl, token)
    return token


@functools.lru_cache(maxsize=65536)
def is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1) \
        and " " not in text


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


_CHUNK = re.compile(r"[^\s()\[\]]+")
_WEB_ADDRESS = re.compile(r"\.(?i:com|co\.id|id|net|org|tv|news)\b")


def _code_spans(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """Spans of codes ("01-01/AP3-PRES/Pan.MK/03/2024": a slash and a digit) and web addresses ("Kabar.com")."""
    spans = []
    for chunk in _CHUNK.finditer(text, a, b):
        word = chunk.group()
        if ("/" in word and any(c.isdigit() for c in word)) or ("." in word and _WEB_ADDRESS.search(word)):
            spans.append(chunk.span())
    return spans


_NUMBER_WORDS = frozenset(("nomor", "no", "no.", "nomer", "nomor:", "no:"))


def sentence_tokens(text: str, a: int, b: int) -> list[Token]:
    """The words of text[a:b], each with its case; words of codes ("01/AP-PRES/2024", after "Nomor") and web
    addresses are never capitalised name words."""
    tokens: list[Token] = []
    previous_end = a
    codes = _code_spans(text, a, b) if text.find("/", a, b) >= 0 or text.find(".", a, b) >= 0 else []
    numbered = False  # inside the code written after "Nomor", up to the next lower-case word
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
        if numbered and not cap and not any(c.isdigit() for c in word):
            numbered = False
        if cap and (numbered or (codes and any(x <= start < y for x, y in codes))):
            cap = False
        tokens.append(Token(len(tokens), start, end, word, lower, cap, initial))
        numbered = numbered or lower in _NUMBER_WORDS
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
                                                   or run[0].lower in words()["event_heads"])):
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
    never belong to a name; a piece of digits alone, or of one letter, is no name."""
    if not any(_cuts(t.lower) or _glued_common(t.text) for t in run):
        pieces = [run] if run else []
    else:
        pieces = [[]]
        for token in run:
            if _cuts(token.lower) or _glued_common(token.text):
                pieces.append([])
            else:
                pieces[-1].append(token)
    return [p for p in pieces if p and not (len(p) == 1 and (len(p[0].text.rstrip(".")) == 1 or p[0].text.isdigit()))
            and not all(t.text.isdigit() for t in p)]


_VERB_FORM = re.compile(r"^(?:di|me[mn]?|meng|meny|ber|ter|per)[a-z]{3,}kan$|^[a-z]{4,}nya$")


_GLUED = re.compile(r"^([A-Z][a-z]{2,})([A-Z][a-z]{2,})$")


def _glued_common(word: str) -> bool:
    """Two common words written as one ("JernihBerkomentar", "KetentuanPeriksa"): a page's label, no name."""
    match = _GLUED.match(word)
    return bool(match) and common_word(match.group(1).lower()) and common_word(match.group(2).lower())


@functools.lru_cache(maxsize=65536)
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


_AFFIXED = re.compile(r"^(?:(?:pe[nmr]?g?|ke|per|ber|ter|me[nm]?g?|di)[a-z]{3,}(?:an|kan|nya)|[a-z]+nya)$")


@functools.lru_cache(maxsize=65536)
def affixed(lower: str) -> bool:
    """Indonesian derived common words ("Pertemuan", "Kehadirannya", "Dilaporkan")."""
    return bool(_AFFIXED.match(lower)) and not gazetteer_lookup(lower.capitalize())


def title_length(run: list[Token]) -> int:
    """Number of leading tokens of `run` that form a person title ("Brigadir Jenderal", "Kasubbag", "Irjen Pol")."""
    if not run:
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



def abbreviates(short: str, full: str) -> bool:
    """True when `short` can abbreviate `full`: its letters appear in order, starting at the initial of
    one of the first words ("BMKG" / "Badan Meteorologi, Klimatologi, dan Geofisika", "Korsel" / "Korea Selatan")."""
    letters = [c for c in strip_accents(short).lower() if c.isalpha()]
    full_words = strip_accents(full).lower().split()
    if not letters or not full_words:
        return False
    for skip in range(min(2, len(full_words))):
        target = " ".join(full_words[skip:])
        if target and target[0] == letters[0] and _subsequence(letters, target.replace(" ", "")):
            # Every word's initial that is capitalised in `short` should be covered: cheap check.
            return True
    return False


def _subsequence(letters: list[str], target: str) -> bool:
    position = 0
    for letter in letters:
        position = target.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


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


