"""Indonesian display forms of dates, counts and lists ("5 September 2023", "1.234", "A, B dan C")."""

from __future__ import annotations

MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember")


def format_date_id(value: str | None, end: str | None = None) -> str:
    """Indonesian display of a date or range: "13 September 2023", "Juli 2023", "2019",
    "10–13 September 2023", "31 Desember 2023–2 Januari 2024", "2019–2021"; a time is kept
    ("2023-09-05T19:15" -> "5 September 2023, 19.15")."""
    if not value:
        return ""
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
