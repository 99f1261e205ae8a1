"""Indonesian display forms of dates, counts and lists ("5 September 2023", "1.234", "A, B dan C"), text cut to
a length, and the check that a date stamp is a real date in the range the site handles."""

from __future__ import annotations

import datetime as dt
import re

MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember")


MIN_YEAR, MAX_YEAR = 1900, 2100  # news dates; outside this, date arithmetic and gzip headers overflow
_STAMP = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:T(\d{2}):(\d{2}))?)?)?$")


def date_problem(value: str, in_range: bool = True) -> str | None:
    """None for a real date stamp ("YYYY", "YYYY-MM", "YYYY-MM-DD", "YYYY-MM-DDTHH:MM"), within MIN_YEAR..MAX_YEAR
    unless `in_range` is false; else what is wrong with it ("is not a real date", "is out of range (1900–2100)")."""
    found = _STAMP.match(value) if isinstance(value, str) else None
    if not found:
        return "is not a date (YYYY-MM-DD)"
    year, month, day, hour, minute = (int(part) if part else None for part in found.groups())
    try:
        dt.datetime(year, 1 if month is None else month, 1 if day is None else day, hour or 0, minute or 0)
    except ValueError:
        return "is not a real date"
    if in_range and not MIN_YEAR <= year <= MAX_YEAR:
        return f"is out of range ({MIN_YEAR}–{MAX_YEAR})"
    return None


def format_date_id(value: str | None, end: str | None = None) -> str:
    """Indonesian display of a date or range: "13 September 2023", "Juli 2023", "2019",
    "10–13 September 2023", "31 Desember 2023–2 Januari 2024", "2019–2021"; a time is kept
    ("2023-09-05T19:15" -> "5 September 2023, 19.15")."""
    if not value or date_problem(value, in_range=False):
        return ""
    if end and date_problem(end, in_range=False):
        end = None
    if not end or end == value:
        date, _, time = value.partition("T")
        return _format_one(date) + (f", {time.replace(':', '.')}" if time else "")
    a, b = value.split("T")[0].split("-"), end.split("T")[0].split("-")
    if len(a) == len(b) == 3:
        if a[:2] == b[:2]:
            return f"{int(a[2])}–{_format_one(end)}"
        if a[0] == b[0]:
            return f"{int(a[2])} {MONTH_NAMES[int(a[1]) - 1]}–{_format_one(end)}"
    if len(a) == len(b) == 2 and a[0] == b[0]:
        return f"{MONTH_NAMES[int(a[1]) - 1]}–{_format_one(end)}"
    return f"{_format_one(value)}–{_format_one(end)}"


def _format_one(date: str) -> str:
    parts = date.split("T")[0].split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    return parts[0]


def format_count(number: int) -> str:
    """12345 -> '12.345' (Indonesian digit grouping)."""
    return f"{number:,}".replace(",", ".")


def join_id(items: list[str]) -> str:
    """['A', 'B', 'C'] -> 'A, B dan C'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " dan " + items[-1]


def shorten(text: str, limit: int) -> str:
    """`text` cut at a word boundary to at most about `limit` characters, with an ellipsis when cut."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text[:limit].rsplit(" ", 1)[0].rstrip(",;:")
    return cut + " …"


def first_sentence(text: str) -> str:
    """The first sentence of a text we wrote ourselves (no abbreviation in it), e.g. for a page description."""
    return text.split(". ", 1)[0].rstrip(".") + "."
