"""Find the dateline glued to the first paragraph ("SURABAYA, Outlet.id - ") and name the outlet."""

from __future__ import annotations

import re
from collections import Counter

from . import boilerplate as bp
from . import places

_DASH = r"\s+[-–—]+\s+|\s*[-–—]{1,2}\s+(?=[A-Z\"“])"
_TOKEN = r"[A-Za-z][\w.&']*"
_SITE = rf"{_TOKEN}\.(?i:com|id|co\.id|net|news|tv)"  # a domain: "kabarkita.com", "BERITAKU.COM"
# CITY, Outlet -   |   CITY (OUTLET) -   |   Outlet -   |   OUTLET.COM | City -   (at most six words before the dash)
DATELINE = re.compile(
    rf"^(?P<prefix>(?:{_TOKEN}\s+){{0,5}}{_TOKEN}\s*(?:(?:,|\s\|)\s*(?:{_TOKEN}\s+){{0,4}}{_TOKEN}|"
    rf"\((?P<paren>[^()]{{2,40}})\))?)(?:{_DASH})(?P<rest>\S.*)$"
)
# CITY: …, CITY, Outlet: …, Outlet.com: …, OUTLET.COM | …   (a colon only after a capitals word or a domain)
_COLON_DATELINE = re.compile(
    rf"^(?P<prefix>(?:[A-Z]{{3,}}(?:\s+[A-Z]{{3,}})?(?:,\s*{_TOKEN}(?:\s+{_TOKEN}){{0,2}})?|{_SITE}|"
    rf"[A-Z][\w ]{{2,30}},\s*{_SITE}))\s*:\s+(?P<rest>[A-Z\"“].*)$"
    rf"|^(?P<site>{_SITE})\s*\|\s+(?P<after>[A-Z\"“].*)$"  # "BERITAKU.COM | …"
)
# Outlet.com, City Text…   (no dash: the domain and a known city open the paragraph)
_BARE_DATELINE = re.compile(rf"^(?P<prefix>{_SITE},\s*(?P<city>[A-Z][a-z]+))\s+"
                            rf"(?P<rest>[A-Z\"“].*)$")
_DOMAIN = re.compile(r"\b[\w-]+\.(?:co\.id|com|id|co|net|org|news|tv|info|my\.id|or\.id|web\.id)\b", re.IGNORECASE)
_TLD = re.compile(r"\.(?:co\.id|com|id|co|net|org|news|tv|info|my\.id|or\.id|web\.id)$", re.IGNORECASE)

# Where an outlet names itself outside the article text.
_NAME = r"(?P<name>[A-Z][\w.&']*(?:\s+[A-Z][\w.&']*){0,3})"
_SELF_NAMING = (
    re.compile(r"(?i:©|copyright|hak cipta)\s*(?:©\s*)?(?:\d{4}(?:\s*-\s*\d{4})?\s*)?(?i:by\s+)?" + _NAME +
               r"\s*(?:\.\s|\.?\s*$|,|\s+(?i:all rights|hak cipta)|\||\s[-–—]\s)"),
    re.compile(r"^" + _NAME + r"\.?\s+(?i:all\s+rights?\s+reserved|hak\s+cipta\s+dilindungi)"),
    re.compile(r"^" + _NAME + r"\s+(?i:network\s+)?(?i:logo)\s*$"),
    re.compile(r"^(?i:logo)\s+" + _NAME + r"\s*$"),
    re.compile(r"^" + _NAME + r"\s+(?i:media\s+)?(?i:terverifikasi)\b"),
    re.compile(r"(?i:berita|dari|ikuti|follow)\s+(?:(?i:berita)\s+)?" + _NAME + r"\s+(?i:di\s+google\s+news)"),
    re.compile(r"(?i:hanya\s+di)\s+" + _NAME + r"\s*\.?\s*$"),
    re.compile(r"^(?i:laporan\s+wartawan)\s+" + _NAME + r"\s*,"),
)
_GENERIC = {"network", "media", "news", "online", "group", "com", "id", "co"}
# Where a footer's copyright words begin after the name: "Warta. Hak Cipta Dilindungi" names "Warta".
_COPYRIGHT_WORDS = re.compile(r"\.\s|\s+(?i:hak\s+cipta|all\s+rights?|dilindungi|semua\s+hak)\b")


def split_dateline(line: str) -> tuple[str, str] | None:
    """(dateline, paragraph) when `line` opens with a dateline, else None."""
    match = DATELINE.match(line)
    if not match:
        return _other_dateline(line)
    prefix = match.group("prefix").strip()
    rest = match.group("rest")
    if len(rest.split()) < 5:
        return None
    tokens = re.findall(r"[A-Za-z][\w.&']*", prefix)
    has_caps = any(len(token) >= 3 and token.replace(".", "").isupper() for token in tokens)
    if not (has_caps or _DOMAIN.search(prefix) or "," in prefix or match.group("paren")):
        return None
    return prefix, rest


def _other_dateline(line: str) -> tuple[str, str] | None:
    """A dateline closed by a colon ("MALANG: …", "JAKARTA, kabarkita.com: …") or by nothing after a domain and a
    known city ("Warta6.com, Jakarta Warga …")."""
    match = _COLON_DATELINE.match(line)
    if match and match.group("site"):
        prefix, rest = match.group("site"), match.group("after")
    elif match:
        prefix, rest = match.group("prefix"), match.group("rest")
        if "," not in prefix and not _DOMAIN.search(prefix) and not is_place(prefix):
            return None  # "DEAR ABBY: …" is no dateline; "MALANG: …" is
    else:
        match = _BARE_DATELINE.match(line)
        if not match or not is_place(match.group("city")):
            return None
        prefix, rest = match.group("prefix"), match.group("rest")
    return (prefix.strip(), rest) if len(rest.split()) >= 5 else None


def dateline_outlet(prefix: str) -> str | None:
    """The outlet part of a dateline: 'Jakarta, IDN Times' -> 'IDN Times', 'BANDUNG' -> None."""
    paren = re.search(r"\(([^()]+)\)", prefix)
    if paren:
        return paren.group(1).strip()
    parts = [part.strip() for part in re.split(r",|\s\|\s", prefix)]
    if len(parts) == 2:
        first, second = parts
        # "CITY, OUTLET" is usual; "OUTLET.COM, CITY" when the first part is a domain or the second a city.
        if _DOMAIN.search(first) and not _DOMAIN.search(second) or is_place(second) and not is_place(first):
            return first
        return second
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
                name = _COPYRIGHT_WORDS.split(match.group("name"))[0].strip(" .,")
                if name and name.lower() not in _GENERIC and len(name) >= 3:
                    found.append(name)
    return found


MASTHEAD_WORDS = 4  # a site's name written above its menu is this short


def masthead_outlet(lines: list[str], title_index: int | None) -> str | None:
    """The site's name at the very top of a copy, above the headline: a short line standing over the menu
    ("Rumah Warta" then "Beranda | Berita | …"), or the menu's first item when it is written as a brand
    ("detikWarta | Sepakbola | …", "KABARKU.COM | Nasional | …")."""
    head = [line for line in lines[:title_index or 0] if line][:2]
    if not head:
        return None
    first = head[0]
    items = [item.strip() for item in re.split(r"\s[|·•]\s", first)]
    if len(items) >= 3:
        brand = items[0]
        if " " not in brand and (_DOMAIN.search(brand) or (any(ch.isupper() for ch in brand[1:]) and
                                                            not brand.isupper())):
            return brand
        return None
    if len(head) < 2 or not bp.is_menu(head[1]) or len(first.split()) > MASTHEAD_WORDS or len(first) > 40:
        return None
    if re.search(r"[.!?,:;|]\s|\d", first) or any(word in _SECTION_WORDS for word in first.lower().split()):
        return None
    return first


# Navigation and section names: a line of these above the menu is a label, not the site's name.
_SECTION_WORDS = frozenset("""menu beranda home berita news terbaru terkini indeks index nasional internasional
    daerah regional ekonomi bisnis politik hukum olahraga sport dunia hiburan teknologi otomotif""".split())


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
    brand = _brand_casing(spellings)
    return brand or readable(min(spellings, key=_spelling_rank))


def _brand_casing(spellings: list[str]) -> str | None:
    """The outlet's own casing of its name, as it writes its domain ('JatimTIMES.com' -> 'JatimTIMES'), when
    the name is also written without the domain; a name written only as a domain is kept as written."""
    if all(_TLD.search(name) for name in spellings):
        return None
    for name in spellings:
        stem = _TLD.sub("", name)
        if stem != name and " " not in stem and any(ch.isupper() for ch in stem[1:]) and not stem.isupper():
            return stem
    return None


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
