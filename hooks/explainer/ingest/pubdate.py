"""Recognise a publication-date line ("Selasa, 12 September 2023 | 14:05 WIB") and read its date and time."""

from __future__ import annotations

import datetime as dt
import functools
import re

MONTHS = {
    "januari": 1, "jan": 1, "january": 1,
    "februari": 2, "feb": 2, "pebruari": 2, "february": 2,
    "maret": 3, "mar": 3, "march": 3,
    "april": 4, "apr": 4,
    "mei": 5, "may": 5,
    "juni": 6, "jun": 6, "june": 6,
    "juli": 7, "jul": 7, "july": 7,
    "agustus": 8, "agu": 8, "agt": 8, "ags": 8, "aug": 8, "august": 8,
    "september": 9, "sep": 9, "sept": 9,
    "oktober": 10, "okt": 10, "oct": 10, "october": 10,
    "november": 11, "nov": 11, "nopember": 11,
    "desember": 12, "des": 12, "dec": 12, "december": 12,
}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_DAY_NAMES = (r"senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|sen|sel|rab|kam|jum|sab|min|"
              r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun")

_PATTERNS = (
    # 2023-09-12 14:05:33, 2023-09-12T14:05
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})"),
    # 12 September 2023, 05 - Sep - 2023, 12-Sep-2023, 22nd April 2024
    re.compile(rf"(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s*[-/ ]\s*(?P<mon>{_MONTH})\.?\s*[-/ ,]\s*(?P<y>\d{{4}})",
               re.IGNORECASE),
    # Sep 12, 2023
    re.compile(rf"(?P<mon>{_MONTH})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})", re.IGNORECASE),
    # 12/09/2023, 12-09-2023, 12.09.2023 (day first, as Indonesian sites write it)
    re.compile(r"(?P<d>\d{1,2})[/.\-](?P<m>\d{1,2})[/.\-](?P<y>\d{4})"),
)
_TIME = re.compile(r"(?:pukul|jam|pkl\.?)?\s*(?P<h>[01]?\d|2[0-3])[:.](?P<min>[0-5]\d)(?::[0-5]\d)?")
_UPDATED = re.compile(r"^\s*(?:diperbarui|diupdate|update[d]?|terakhir|last\s+updated|modified|revisi)\b",
                      re.IGNORECASE)
_PUBLISHED = re.compile(r"^\s*(?:diterbitkan|dipublikasikan|terbit|tayang|published|dimuat|posted)\b",
                        re.IGNORECASE)
# An outlet's name (one to three words or a domain) and a dash before a date line.
_OUTLET_PREFIX = re.compile(r"^\s*(?:[A-Z][\w.&'’-]*\s+){0,2}[A-Z][\w.&'’-]*\s*[-–—|]\s+(?P<rest>\S.*\d.*)$")
# Words a date line may carry besides the date itself.
_FILLER = re.compile(
    rf"\b(?:{_DAY_NAMES}|wib|wita|wit|gmt|utc|pukul|jam|pkl|diterbitkan|dipublikasikan|terbit|tayang|"
    r"published|dimuat|posted|on|at|by)\b|[+\-]\d{1,2}(?::?\d{2})?|[|,\-–—/:.•·]",
    re.IGNORECASE,
)


# Reading-time and view-count furniture beside a byline's date: "Waktu baca 1 menit", "3 min read", "Dibaca 120 kali".
READING_TIME = re.compile(r"(?i:waktu\s+baca|lama\s+baca|dibaca)\s*:?\s*\d+\s*(?i:menit|min|kali)?|"
                          r"\d+\s*(?i:menit|min(?:ute)?s?)\s+(?i:baca|read|membaca)")


_GAP = re.compile(r"[\s,|]*")
_FOUR_DIGITS = re.compile(r"\d{4}")


def find_date(line: str) -> tuple[int, int, str] | None:
    """(start, end, value) of the first date in `line` with the time written right after it (end covers both);
    value as parse_date_line gives it."""
    for pattern in _PATTERNS:
        for match in pattern.finditer(line):
            day = _valid_date(match)
            if day is None:
                continue
            time = _TIME.match(line, _GAP.match(line, match.end()).end())
            if time:
                return match.start(), time.end(), f"{day.isoformat()}T{int(time.group('h')):02d}:{time.group('min')}"
            return match.start(), match.end(), day.isoformat()
    return None


@functools.lru_cache(maxsize=8192)  # the cleaner asks about a line more than once
def parse_date_line(line: str) -> tuple[str | None, str]:
    """(published, kind) for a line that is essentially a date, else (None, "").

    published is "YYYY-MM-DDTHH:MM" when a time follows the date, else "YYYY-MM-DD"; kind is
    "updated" for update stamps, "published" for labelled or plain date lines.
    """
    if len(line) > 90 or not _FOUR_DIGITS.search(line):  # every date line writes its year in full
        return None, ""
    prefixed = _OUTLET_PREFIX.match(line)
    if prefixed:  # "Kompas.com - 14/09/2023, 10:15 WIB": the outlet's name stands before the date
        value, kind = parse_date_line(prefixed.group("rest"))
        if value:
            return value, "updated" if _UPDATED.match(line) else kind
    for pattern in _PATTERNS:
        match = pattern.search(line)
        if not match:
            continue
        day = _valid_date(match)
        if day is None:
            continue
        rest = line[: match.start()] + " " + line[match.end():]
        time = _TIME.search(line, match.end())
        if time:
            rest = line[: match.start()] + " " + line[match.end(): time.start()] + " " + line[time.end():]
        leftover = _FILLER.sub(" ", rest).split()
        if len(leftover) > 1:
            return None, ""
        kind = "updated" if _UPDATED.match(line) else "published"
        if time:
            return f"{day.isoformat()}T{int(time.group('h')):02d}:{time.group('min')}", kind
        return day.isoformat(), kind
    return None, ""


def _valid_date(match: re.Match[str]) -> dt.date | None:
    groups = match.groupdict()
    month = MONTHS.get(groups["mon"].lower().rstrip(".")) if groups.get("mon") else int(groups["m"])
    try:
        return dt.date(int(groups["y"]), month or 0, int(groups["d"]))
    except ValueError:
        return None


def is_labelled_published(line: str) -> bool:
    """True for "Diterbitkan …"/"Published …" lines, which beat unlabelled dates."""
    return bool(_PUBLISHED.match(line))
