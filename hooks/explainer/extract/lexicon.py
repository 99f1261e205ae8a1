"""Word lists, the gazetteer, the Indonesian lexicon (regions, personal names, common words) and name keys: what the
entity rules know about words, read from data/*.yml."""

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
    if entry is None and surface.endswith(" RI"):  # "DPR RI": the national body
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


_AFFIXED = re.compile(r"^(?:(?:pe[nmr]?g?|ke|per|ber|ter|me[nm]?g?|di)[a-z]{3,}(?:an|kan|nya)|[a-z]+nya)$")


@functools.lru_cache(maxsize=65536)
def affixed(lower: str) -> bool:
    """Indonesian derived common words ("Pertemuan", "Kehadirannya", "Dilaporkan")."""
    return bool(_AFFIXED.match(lower)) and not gazetteer_lookup(lower.capitalize())
