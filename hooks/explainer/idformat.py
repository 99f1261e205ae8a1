"""Indonesian display forms of dates, counts and lists ("5 September 2023", "1.234", "A, B dan C")."""

from __future__ import annotations

MONTH_NAMES = ("Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
               "Oktober", "November", "Desember")


def format_date_id(value: str | None, end: str | None = None) -> str:
    """'2023-09-05' -> '5 September 2023'; '2023-07' -> 'Juli 2023'; '2023' -> '2023';
    '2023-09-05T19:15' -> '5 September 2023, 19.15'; with `end`, a range ('10–13 September 2023')."""
    if not value:
        return ""
    if end and end != value:
        return _format_range(value, end)
    date, _, time = value.partition("T")
    parts = date.split("-")
    if len(parts) == 1:
        text = parts[0]
    elif len(parts) == 2:
        text = f"{MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    else:
        text = f"{int(parts[2])} {MONTH_NAMES[int(parts[1]) - 1]} {parts[0]}"
    return f"{text}, {time.replace(':', '.')}" if time else text


def _format_range(start: str, end: str) -> str:
    first, last = start.split("T")[0].split("-"), end.split("T")[0].split("-")
    if len(first) == len(last) == 3 and first[:2] == last[:2]:
        return f"{int(first[2])}–{int(last[2])} {MONTH_NAMES[int(first[1]) - 1]} {first[0]}"
    if len(first) == len(last) == 3 and first[0] == last[0]:
        return f"{int(first[2])} {MONTH_NAMES[int(first[1]) - 1]} – {format_date_id(end)}"
    if len(first) == len(last) == 2 and first[0] == last[0]:
        return f"{MONTH_NAMES[int(first[1]) - 1]}–{format_date_id(end)}"
    return f"{format_date_id(start)} – {format_date_id(end)}"


def format_count(number: int) -> str:
    """12345 -> '12.345' (Indonesian digit grouping)."""
    return f"{number:,}".replace(",", ".")


def join_id(items: list[str]) -> str:
    """['A', 'B', 'C'] -> 'A, B dan C'."""
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + " dan " + items[-1]
