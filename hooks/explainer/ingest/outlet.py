"""Find the dateline glued to the first paragraph ("SURABAYA, Outlet.id - ") and name the outlet."""

from __future__ import annotations

import re
from collections import Counter

from . import places

_DASH = r"\s+[-–—]+\s+|\s*[-–—]{1,2}\s+(?=[A-Z\"“])"
_TOKEN = r"[A-Za-z][\w.&']*"
# CITY, Outlet -   |   CITY (OUTLET) -   |   Outlet -     (at most six words before the dash)
DATELINE = re.compile(
    rf"^(?P<prefix>(?:{_TOKEN}\s+){{0,5}}{_TOKEN}\s*(?:,\s*(?:{_TOKEN}\s+){{0,4}}{_TOKEN}|\((?P<paren>[^()]{{2,40}})\))?)"
    rf"(?:{_DASH})(?P<rest>\S.*)$"
)
_DOMAIN = re.compile(r"\b[\w-]+\.(?:co\.id|com|id|co|net|org|news|tv|info|my\.id|or\.id|web\.id)\b", re.IGNORECASE)
_TLD = re.compile(r"\.(?:co\.id|com|id|co|net|org|news|tv|info|my\.id|or\.id|web\.id)$", re.IGNORECASE)

# Where an outlet names itself outside the article text.
_NAME = r"(?P<name>[A-Z][\w.&']*(?:\s+[A-Z][\w.&']*){0,3})"
_SELF_NAMING = (
    re.compile(r"(?i:©|copyright|hak cipta)\s*(?:©\s*)?(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?i:by\s+)?" + _NAME +
               r"\s*(?:\.\s|\.?\s*$|,|\s+(?i:all rights|hak cipta)|\|)"),
    re.compile(r"^" + _NAME + r"\s+(?i:network\s+)?(?i:logo)\s*$"),
    re.compile(r"^" + _NAME + r"\s+(?i:media\s+)?(?i:terverifikasi)\b"),
    re.compile(r"(?i:berita|dari|ikuti|follow)\s+(?:(?i:berita)\s+)?" + _NAME + r"\s+(?i:di\s+google\s+news)"),
    re.compile(r"(?i:hanya\s+di)\s+" + _NAME + r"\s*\.?\s*$"),
    re.compile(r"^(?i:laporan\s+wartawan)\s+" + _NAME + r"\s*,"),
)
_GENERIC = {"network", "media", "news", "online", "group", "com", "id", "co"}


def split_dateline(line: str) -> tuple[str, str] | None:
    """(dateline, paragraph) when `line` opens with a dateline, else None."""
    match = DATELINE.match(line)
    if not match:
        return None
    prefix = match.group("prefix").strip()
    rest = match.group("rest")
    if len(rest.split()) < 5:
        return None
    tokens = re.findall(r"[A-Za-z][\w.&']*", prefix)
    has_caps = any(len(token) >= 3 and token.replace(".", "").isupper() for token in tokens)
    if not (has_caps or _DOMAIN.search(prefix) or "," in prefix or match.group("paren")):
        return None
    return prefix, rest


def dateline_outlet(prefix: str) -> str | None:
    """The outlet part of a dateline: 'Jakarta, IDN Times' -> 'IDN Times', 'BANDUNG' -> None."""
    paren = re.search(r"\(([^()]+)\)", prefix)
    if paren:
        return paren.group(1).strip()
    parts = [part.strip() for part in prefix.split(",")]
    if len(parts) == 2:
        first, second = parts
        # "CITY, OUTLET" is usual; "OUTLET.COM, CITY" when the first part is a domain.
        return first if _DOMAIN.search(first) and not _DOMAIN.search(second) else second
    if _DOMAIN.search(prefix) or len(prefix.split()) >= 2 or _looks_brand(prefix):
        return prefix
    return None


def _looks_brand(token: str) -> bool:
    """A single word that is a brand rather than a city: mixed case inside ('GenPI') or long all caps."""
    inner_caps = any(ch.isupper() for ch in token[1:]) and not token.isupper()
    return inner_caps or (token.isupper() and len(token) >= 9)


def key(name: str) -> str:
    """Comparison key of an outlet name: letters and digits only, no TLD, lower case."""
    return re.sub(r"[^0-9a-z]", "", _TLD.sub("", name.strip()).lower())


def self_names(lines: list[str]) -> list[str]:
    """Names the page gives itself in copyright, logo, promo and badge lines."""
    found = []
    for line in lines:
        for pattern in _SELF_NAMING:
            match = pattern.search(line)
            if match:
                name = match.group("name").strip(" .,")
                if name and name.lower() not in _GENERIC and len(name) >= 3:
                    found.append(name)
    return found


def choose_outlet(dateline_name: str | None, candidates: list[str], lines: list[str] = ()) -> str | None:
    """Pick the outlet's name: the most supported spelling, in its most readable form.

    Other spellings of the chosen name found anywhere in `lines` ("Kanal Satu" for "KANALSATU") count too.
    """
    if dateline_name and _lone_caps_word(dateline_name) and is_place(dateline_name):
        dateline_name = None  # "BALIKPAPAN - " names a city, not the outlet
    names = ([dateline_name] if dateline_name else []) + candidates
    if not names:
        return None
    support: Counter[str] = Counter()
    for name in names:
        name_key = key(name)
        for other in names:
            other_key = key(other)
            if name_key and (other_key.startswith(name_key) or name_key.startswith(other_key)):
                support[name_key] += 1
    best_key = max(support, key=lambda k: (support[k], k == key(names[0]), -len(k)))
    spellings = [name for name in names if key(name) == best_key] + _spellings_in(lines, best_key)
    return readable(min(spellings, key=_spelling_rank))


def is_place(name: str) -> bool:
    """True when `name` is a city or region in the place gazetteer."""
    return places.is_known_place(name)


def _lone_caps_word(name: str) -> bool:
    return " " not in name.strip() and name.isupper() and not _TLD.search(name)


def _spellings_in(lines: list[str], wanted: str) -> list[str]:
    """Runs of one to four capitalised words in `lines` whose key is `wanted`."""
    found = []
    for line in lines:
        if wanted[:4] not in line.lower().replace(" ", ""):
            continue
        tokens = line.split()
        for size in range(1, 5):
            for start in range(len(tokens) - size + 1):
                run = tokens[start:start + size]
                if all(token[:1].isupper() for token in run):
                    phrase = " ".join(run).strip(".,:;()[]\"'“”")
                    if key(phrase) == wanted:
                        found.append(phrase)
    return found


def _spelling_rank(name: str) -> tuple[int, int, int]:
    """Prefer spellings with both cases, then without a TLD, then with spaces."""
    has_tld = bool(_TLD.search(name))
    mixed = not name.replace(".", "").isupper()
    return (0 if mixed else 1, 1 if has_tld else 0, 0 if " " in name else 1)


def readable(name: str) -> str:
    """'JABAR EKSPRES' -> 'Jabar Ekspres'; short acronyms and mixed-case names are kept."""
    if not name.replace(".", "").replace(" ", "").isupper():
        return name
    return " ".join(word if len(word) <= 3 else word.capitalize() for word in name.split())
