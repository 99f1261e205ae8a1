"""Read author and editor credits ("Penulis : A - B - Editor : C", "Reporter: X | Editor: Y", "Oleh X")."""

from __future__ import annotations

import re

AUTHOR_LABELS = ("penulis", "reporter", "pewarta", "wartawan", "jurnalis", "kontributor", "oleh",
                 "author", "writer", "laporan wartawan", "koresponden")
# Labels that may stand without a colon before the names ("Oleh Budi", "Kontributor Bandung, Budi").
BARE_LABELS = ("oleh", "kontributor", "laporan wartawan")
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


def label_kind(label: str) -> str:
    """'author' or 'editor' for a credit label."""
    return "editor" if label.lower() in EDITOR_LABELS else "author"


def is_credit_line(line: str) -> bool:
    """A line that starts with a credit label followed by names ('Editor: Dede Nana')."""
    if not _LINE_START.match(line) or len(line.split()) > 20:
        return False
    authors, editors = parse_credit_line(line)
    return bool(authors or editors)


def label_only(line: str) -> str | None:
    """'author'/'editor' when the line is a bare label ('Penulis', 'Editor:'), whose names follow."""
    match = _LABEL_ONLY.match(line)
    return label_kind(match.group("label")) if match else None


def parse_credit_line(line: str) -> tuple[list[str], list[str]]:
    """Authors and editors named on one credit line; empty lists when it is not one."""
    authors: list[str] = []
    editors: list[str] = []
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
        if part and _NAME.match(part) and len(part.split()) <= 5 and not any(ch.isdigit() for ch in part):
            names.append(part)
    return names
