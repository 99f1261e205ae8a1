"""Read author and editor credits ("Penulis : A - B - Editor : C", "Reporter: X | Editor: Y", "Oleh X")."""

from __future__ import annotations

import functools
import re

from .places import is_known_place
from .pubdate import READING_TIME, find_date, parse_date_line

AUTHOR_LABELS = ("penulis", "reporter", "pewarta", "wartawan", "jurnalis", "kontributor", "oleh",
                 "author", "writer", "laporan wartawan", "koresponden")
# Labels that may stand without a colon before the names ("Oleh Budi", "Kontributor Bandung, Budi").
BARE_LABELS = ("oleh", "kontributor", "laporan wartawan", "penulis", "reporter", "pewarta", "editor", "redaktur")
EDITOR_LABELS = ("editor", "redaktur", "penyunting", "editing", "redaktur pelaksana", "editor bahasa")
_LABELS = sorted(AUTHOR_LABELS + EDITOR_LABELS, key=len, reverse=True)
_LABEL = re.compile(
    r"(?<![\w])(?:(?P<label>" + "|".join(re.escape(label) for label in _LABELS) + r")(?![\w])\s*(?::|\||-(?=\s))"
    r"|(?P<bare>" + "|".join(re.escape(label) for label in BARE_LABELS) + r")(?![\w])(?=\s+[A-Z]))",
    re.IGNORECASE)
_LINE_START = re.compile(r"^\s*(?:" + "|".join(re.escape(label) for label in _LABELS) + r")\b",
                         re.IGNORECASE)
_LABEL_ONLY = re.compile(r"^\s*(?P<label>" + "|".join(re.escape(label) for label in _LABELS) +
                         r")\s*:?\s*$", re.IGNORECASE)
_NAME_SPLIT = re.compile(r"\s+[-–—|/&]\s+|\s*,\s*|\s+dan\s+|\s*;\s*")
_NAME = re.compile(r"^[A-Z][\w'’.\-]*(?:\s+(?:[A-Z][\w'’.\-]*|bin|binti|van|de|al|el|di|la))*$")
# A name written partly in lower case ("Ayul andim"): a capitalised first word, then letters only.
_LOWER_NAME = re.compile(r"^[A-Z][a-z'’\-]+(?:\s+[a-z][a-z'’\-]+){1,2}$")
_NOT_NAME_WORDS = frozenset("""yang dan di ke dari untuk pada dengan ini itu akan telah sudah juga tidak
    bersambung habis selesai tamat adv advertorial iklan red redaksi rilis foto video ilustrasi istimewa ist dok
    dokumentasi sumber antara""".split())
# "(Budi Santoso)" alone on a line under the body: the writer's credit (not "(ant/rhm)" or "(TOM)" initials).
_PAREN_NAME = re.compile(r"^\(\s*(?P<name>[A-Z][a-z'’\-]+(?:\s+[A-Z][a-z'’\-]+){0,3})\s*\)$")
# A lower-case letter glued to a weekday or month name: "Oleh riskaMonday, 22nd April 2024".
_GLUED = re.compile(r"(?<=[a-z])(?=(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu|Monday|Tuesday|Wednesday|"
                    r"Thursday|Friday|Saturday|Sunday)\b)")
_WEEKDAY = re.compile(r"(?i:\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|"
                      r"thursday|friday|saturday|sunday)\b)")
_BYLINE_LABEL = re.compile(r"^(?i:oleh|by|penulis|reporter|pewarta|wartawan)\s*:?\s*")
_YEAR_HINT = re.compile(r"(?:19|20)\d\d")
_HANDLE = re.compile(r"^[a-z][a-z0-9_.]{2,30}$")  # "Oleh ariedp": a user name after a byline label


def label_kind(label: str) -> str:
    """'author' or 'editor' for a credit label."""
    return "editor" if label.lower() in EDITOR_LABELS else "author"


@functools.lru_cache(maxsize=8192)  # the cleaner asks about a line more than once
def is_credit_line(line: str) -> bool:
    """A line that starts with a credit label followed by names ('Editor: Dede Nana'), or a name alone in
    brackets ('(Budi Santoso)')."""
    if paren_name(line) or name_with_site(line):
        return True
    if not _LINE_START.match(line) or len(line.split()) > 20:
        return False
    authors, editors = parse_credit_line(line)
    return bool(authors or editors)


_NAME_AND_SITE = re.compile(r"^(?P<name>[A-Z][\w'’.\-]*(?:\s+[A-Z][\w'’.\-]*){0,2})\s*[-–—|]\s*"
                            r"(?P<site>[A-Za-z][\w.]*)\s*$")


def name_with_site(line: str) -> str | None:
    """The writer of a byline naming the site beside them ("Rina Hale - detikWarta", "Rina Hale | Kabarku.com"):
    the site is written as a brand (a domain, or capitals inside a word)."""
    match = _NAME_AND_SITE.match(line.strip())
    if not match:
        return None
    site = match.group("site")
    brand = bool(re.search(r"\.[a-z]{2,6}$", site, re.IGNORECASE)) or \
        (any(ch.isupper() for ch in site[1:]) and not site.isupper() and site[0].islower())
    name = match.group("name")
    if not brand or split_names(name) != [name] or any(is_known_place(word) for word in name.split()):
        return None
    return name


def paren_name(line: str) -> str | None:
    """The name of a credit written alone in brackets under the body ("(Budi Santoso)")."""
    match = _PAREN_NAME.match(line.strip())
    if not match or any(word.lower() in _NOT_NAME_WORDS for word in match.group("name").split()):
        return None
    return match.group("name")


def parse_byline(line: str) -> tuple[list[str], str | None]:
    """(writer, publication date) of a byline that carries both, glued or not: "Nita Sari, Kamis, 3 Maret
    2022 09.45 | Waktu baca 2 menit", "Oleh riskaMonday, 22nd April 2024 | 14:30 WIB". ([], None) otherwise."""
    names, value = _byline(line)
    return list(names), value


BYLINE_WORDS = 16  # a byline with its date is this short


@functools.lru_cache(maxsize=8192)  # the cleaner asks about a line more than once
def _byline(line: str) -> tuple[tuple[str, ...], str | None]:
    if len(line) > 120 or not _YEAR_HINT.search(line) or len(line.split()) > BYLINE_WORDS \
            or parse_date_line(line)[0] is not None:  # a date line alone is no byline
        return (), None
    line = _GLUED.sub(" ", line)
    found = find_date(line)
    if found is None:
        return (), None
    start, end, value = found
    after = READING_TIME.sub(" ", line[end:])
    if re.sub(r"(?i:\bwib\b|\bwita\b|\bwit\b|[\s|,.:•·\-–—])", "", after):
        return (), None
    before = _WEEKDAY.sub(" ", line[:start]).strip(" \t|,.:•·-–—")
    labelled = bool(_BYLINE_LABEL.match(before))
    name = _BYLINE_LABEL.sub("", before).strip(" |,.:-–—")
    if not name or (labelled and _HANDLE.match(name)):
        return ((name,) if name else ()), (value if name else None)
    names = split_names(name)
    if len(names) != 1 or names[0] != name or "." in name or any(is_known_place(word) for word in name.split()):
        return (), None  # "Kompas.com - 06/09/2022", "Jakarta, Senin 5 Juni 2023": an outlet or a place
    return (name,), value


def label_only(line: str) -> str | None:
    """'author'/'editor' when the line is a bare label ('Penulis', 'Editor:'), whose names follow."""
    match = _LABEL_ONLY.match(line)
    return label_kind(match.group("label")) if match else None


def parse_credit_line(line: str) -> tuple[list[str], list[str]]:
    """Authors and editors named on one credit line; empty lists when it is not one."""
    authors: list[str] = []
    editors: list[str] = []
    alone = paren_name(line) or name_with_site(line)
    if alone:
        return [alone], []
    matches = list(_LABEL.finditer(line))
    if not matches or line[: matches[0].start()].strip():
        return [], []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        segment = line[match.end():end]
        label = (match.group("label") or match.group("bare")).lower()
        if label in ("laporan wartawan", "kontributor") and "," in segment:
            segment = segment.split(",", 1)[1]  # "Kontributor Bandung, Nama" / "Laporan Wartawan X, Nama"
        names = split_names(segment)
        (editors if label_kind(label) == "editor" else authors).extend(names)
    return authors, editors


def split_names(segment: str) -> list[str]:
    """Person names in a credit segment: 'Binti Nikmatur - Ghiska Ayu' -> two names."""
    names = []
    for part in _NAME_SPLIT.split(segment.strip(" \t|:-–—")):
        part = part.strip(" \t|:-–—.")
        if part and (_NAME.match(part) or _lower_name(part)) and len(part.split()) <= 5 \
                and not any(ch.isdigit() for ch in part) and not _WEEKDAY.fullmatch(part):
            names.append(part)
    return names


def _lower_name(part: str) -> bool:
    return bool(_LOWER_NAME.match(part)) and not any(word in _NOT_NAME_WORDS for word in part.lower().split())
