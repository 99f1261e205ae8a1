"""Find and normalise Indonesian date expressions (explicit, partial, ranges, relative) in news.

Output dates are strings of the form ``YYYY``, ``YYYY-MM`` or ``YYYY-MM-DD`` with a granularity
(``year``/``month``/``day``). Rules worth knowing (see ``find_dates``):

* A week ("pekan lalu", "minggu depan") becomes its Monday-Sunday range with granularity ``day``
  (``kind == "relative-week"``); "awal/akhir pekan X" names no day, so it is the week's month
  (granularity ``month``) when the week lies in one month. "Selasa pekan lalu" is the Tuesday
  of the previous week.
* A month without a year ("pada bulan September", "akhir Agustus") is the most recent such month
  at or before the reference month, or the next one at or after it when the sentence speaks of the
  future (akan, bakal, dijadwalkan, direncanakan, rencananya, berencana, mendatang, ...).
  "Juli lalu" is strictly before the reference month; "Juli mendatang/depan" at or after it.
* A day and month without a year ("13 September", "Selasa (18/6)") takes the year that puts it
  nearest to the reference day, or the nearest in the stated direction when the sentence is
  future ("akan ...", "mendatang") or says "lalu".
* A bare weekday ("pada hari Senin", "mulai Selasa") is the nearest such day on or before the
  reference day, or on or after it in a future sentence; "Senin lalu" is strictly before,
  "Senin depan/mendatang" strictly after.
* A bare four-digit number is a year only after a context word ("pada 2019", "tahun 2016",
  "sejak 2019", "hingga 2021") or inside a year range ("2019 hingga 2021", "2014-2017").
  Clock times ("10.00 WIB"), amounts ("2,8 miliar") and counts ("12 tahun penjara") never match.
* "dalam N tahun" in a sentence about a first/last occurrence ("pertama ... dalam 24 tahun") is
  the year N years before the reference.
* Relative expressions need a reference day; with ``reference=None`` they are left out.
* A weekday that does not match its explicit date is kept as written and gets an Indonesian note
  naming the real weekday and the nearest date that has the stated weekday; when the written date
  is far from the publication day and a date one digit away (month or year off by one) has the
  weekday and lies near it, that date is used and the note says so ("Senin (4/8/2023)" in an
  article of 5 September 2023 is 4 September 2023).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from ..idformat import MONTH_NAMES as MONTHS_ID
from ..idformat import format_date_id
from .sentences import sentence_spans

DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # index = weekday()

_MONTH_NUMBER = {name.lower(): i + 1 for i, name in enumerate(MONTHS_ID)}
_MONTH_NUMBER.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8,
                      "agt": 8, "ags": 8, "agus": 8, "agust": 8, "sep": 9, "sept": 9, "okt": 10,
                      "nov": 11, "des": 12, "pebruari": 2, "nopember": 11})
_WEEKDAY_NUMBER = {name.lower(): i for i, name in enumerate(DAYS_ID)}
_WEEKDAY_NUMBER.update({"jum'at": 4, "jum’at": 4, "ahad": 6})
_NUMBER_WORDS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
                 "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
                 "dua belas": 12}

# Words in a sentence that put an undated month/day/weekday in the future.
_FUTURE = re.compile(r"\b(?:akan|bakal(?!\s+(?:calon|pasangan))|dijadwalkan|direncanakan|"
                     r"rencananya|berencana|mendatang|"
                     r"nanti|hendak|menjadwalkan|merencanakan)\b", re.IGNORECASE)

# --- regex building blocks -------------------------------------------------------------------
_MONTH_FULL = (r"(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|"
               r"Oktober|November|Nopember|Desember)")
_MONTH_ANY = (r"(?:Januari|Februari|Pebruari|Maret|April|Mei|Juni|Juli|Agustus|September|"
              r"Oktober|November|Nopember|Desember|(?:Jan|Feb|Mar|Apr|Jun|Jul|Agust|Agus|Agu|Agt|"
              r"Ags|Sept|Sep|Okt|Nov|Des)\b\.?)")
_WD = r"(?:Senin|Selasa|Rabu|Kamis|Jumat|Jum['’]at|Sabtu|Minggu|Ahad)"
_WD_ANYCASE = r"(?i:senin|selasa|rabu|kamis|jumat|jum['’]at|sabtu|minggu|ahad)"
_DAY = r"(?:3[01]|[12]\d|0?[1-9])"
_MON_NUM = r"(?:1[0-2]|0?[1-9])"
_YEAR = r"(?:19\d{2}|20\d{2})"
_YEAR_END = r"(?![\d]|[.,]\d)"
_START = r"(?<![\w/.,-])"
_TO = r"\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d)\s*"
_TO_AND = r"\s*(?:-|–|—|hingga|sampai(?:\s+dengan)?|s\.?d\.?|s/d|dan)\s*"
_TIME_OF_DAY = r"(?:\s+(?:pagi|siang|sore|malam|petang|dini\s+hari)(?:\s+hari)?)?"
_NUM = (r"(?:\d{1,2}|(?i:satu|dua\s+belas|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|"
        r"sepuluh|sebelas|se))")
_VAGUE = re.compile(r"(?i:\b(?:beberapa|sekian|berapa|sejumlah|puluhan|belasan|ratusan)\s*$)")
_QUAL = r"(?:(?P<qual>(?i:awal|akhir|pertengahan|medio))\s+)"


@dataclass(frozen=True)
class DateMention:
    """One date expression found in a text, normalised.

    ``start``/``end`` are character offsets of ``expression`` in the text given to find_dates;
    ``kind`` names the expression type (e.g. "weekday-slash", "relative-week", "year-context").
    """

    start: int
    end: int
    expression: str
    date: str
    end_date: str | None
    granularity: str  # "day" | "month" | "year"
    relative: bool
    notes: tuple[str, ...] = ()
    kind: str = ""


def find_dates(text: str, reference: dt.date | None) -> list[DateMention]:
    """Every date expression of `text`, left to right; relative ones need `reference`."""
    found: list[DateMention] = []
    for start, end in sentence_spans(text):
        found.extend(find_dates_in_sentence(text[start:end], reference, offset=start))
    return found


# Letters that case-insensitive regexes match as ASCII ones ("harı ini", "beſok", "KEMARİN") but that a
# lower-cased dictionary lookup would not find: read them as their ASCII twins, one character for one.
_CASE_LOOKALIKES = str.maketrans({"ı": "i", "İ": "I", "ſ": "s", "\u212a": "K", "\u017f": "s"})


def find_dates_in_sentence(sentence: str, reference: dt.date | None,
                           offset: int = 0) -> list[DateMention]:
    """Date expressions of one sentence (future words in it steer undated expressions)."""
    written = sentence
    sentence = sentence.translate(_CASE_LOOKALIKES)  # same length: offsets stay valid
    present = cues(sentence)
    if not present:
        return []
    candidates: list[tuple[int, int, int, re.Match, str]] = []
    for priority, kind, pattern in _patterns_for(frozenset(present)):
        for match in pattern.finditer(sentence):
            a, b = match.span("expr")
            candidates.append((match.start(), -(b - a), priority, match, kind))
    if not candidates:
        return []
    candidates.sort(key=lambda c: (c[1], c[2], c[0]))  # longest expression first
    markers = _future_markers(sentence)
    quotes = [m.span() for m in _QUOTED.finditer(sentence)] if markers else []
    taken: list[tuple[int, int]] = []
    out: list[DateMention] = []
    for _, _, _, match, kind in candidates:
        start, end = match.span()
        if any(start < b and a < end for a, b in taken):
            continue
        future = _is_future(sentence, markers, quotes, start)
        resolved = _RESOLVERS[kind](match, sentence, reference, future)
        if resolved is None:
            continue
        taken.append((start, end))
        span_start, span_end = match.span("expr")
        out.append(DateMention(
            start=span_start + offset, end=span_end + offset,
            expression=written[span_start:span_end], date=resolved[0], end_date=resolved[1],
            granularity=resolved[2], relative=resolved[3], notes=tuple(resolved[4]), kind=kind))
    out.sort(key=lambda m: m.start)
    return out


# A reporting verb or "bahwa" between a future word and a date separates the time of saying
# from the time of what is said: "Kremlin mengumumkan pada Senin bahwa Kim akan datang".
_REPORTING = re.compile(
    r"(?i:\b(?:bahwa|mengatakan|menyatakan|mengumumkan|menyebut|menyebutkan|melaporkan|"
    r"mengonfirmasi|mengkonfirmasi|menegaskan|menjelaskan|mengungkapkan|menambahkan|"
    r"mengabarkan|memberitakan|dilansir|dikutip|kata|katanya|ujar|ujarnya|ucap|"
    r"ucapnya|tutur|tuturnya)\b|[;:])")


def future_at(sentence: str, position: int) -> bool:
    """Whether `sentence` speaks of the future for a date expression at `position`."""
    markers = _future_markers(sentence)
    if not markers:
        return False
    quotes = [m.span() for m in _QUOTED.finditer(sentence)]
    return _is_future(sentence, markers, quotes, position)


# Lower-case pieces of every _FUTURE word: a sentence without one has no future word.
_FUTURE_HINT = re.compile(r"akan|bakal|jadwal|rencana|mendatang|nanti|hendak")


def _future_markers(sentence: str) -> list[int]:
    """Start offsets of the future words of `sentence`."""
    lower = _lowered(sentence)
    if lower is not None and not _FUTURE_HINT.search(lower):
        return []
    return [m.start() for m in _FUTURE.finditer(sentence)]


def _is_future(sentence: str, markers: list[int], quotes: list[tuple[int, int]],
               position: int) -> bool:
    """Whether a future word speaks for the expression at `position`: words inside a quotation
    count only for expressions inside the same quotation, and a reporting verb in between cuts
    the link."""
    for marker in markers:
        inside = [q for q in quotes if q[0] <= marker < q[1]]
        if inside and not any(a <= position < b for a, b in inside):
            continue
        low, high = sorted((marker, position))
        if _REPORTING.search(sentence, low, high):
            continue
        return True
    return False


# =============================================================================================
# Formatting
# =============================================================================================

def parse_iso(date: str | None) -> dt.date | None:
    """A datetime.date from "YYYY-MM-DD..." (extra time part ignored), else None."""
    if not date or len(date) < 10:
        return None
    try:
        return dt.date.fromisoformat(date[:10])
    except ValueError:
        return None


# =============================================================================================
# Calendar helpers
# =============================================================================================

def _iso(d: dt.date) -> str:
    return d.isoformat()


def _ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + delta
    return index // 12, index % 12 + 1


def _make_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def _week(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def _number(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word.strip().lower())
    if word.isdigit():
        return int(word)
    return _NUMBER_WORDS.get(word)


def _month_of(word: str) -> int:
    return _MONTH_NUMBER[word.lower().rstrip(".")]


def _weekday_of(word: str) -> int:
    return _WEEKDAY_NUMBER[word.lower()]


def _year(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def _undated_day(ref: dt.date, month: int, day: int, direction: str | None) -> dt.date | None:
    """The (year, month, day) nearest `ref`, or nearest in `direction` ("past"/"future")."""
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
               if (d := _make_date(y, month, day)) is not None]
    if direction == "past":
        options = [d for d in options if d <= ref]
        return max(options) if options else None
    if direction == "future":
        options = [d for d in options if d >= ref]
        return min(options) if options else None
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - ref).days), d > ref))


def _undated_weekday_date(ref: dt.date, month: int, day: int, weekday: int,
                          future: bool) -> dt.date | None:
    """The year of "Selasa (18/6)": the nearest year (of three) where the weekday fits, else the
    nearest in the sentence's direction, else simply the nearest."""
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
               if (d := _make_date(y, month, day)) is not None]
    fitting = [d for d in options if d.weekday() == weekday and abs((d - ref).days) <= 200]
    if fitting:
        return min(fitting, key=lambda d: abs((d - ref).days))
    return _undated_day(ref, month, day, "future" if future else "past") or \
        _undated_day(ref, month, day, None)


def _undated_month(ref: dt.date, month: int, direction: str, strict: bool) -> tuple[int, int]:
    """The year of `month`: latest at/before ref's month (past) or earliest at/after (future)."""
    if direction == "past":
        year = ref.year if (month < ref.month or (month == ref.month and not strict)) \
            else ref.year - 1
    else:
        year = ref.year if (month > ref.month or (month == ref.month and not strict)) \
            else ref.year + 1
    return year, month


def _weekday_near(ref: dt.date, weekday: int, direction: str, strict: bool) -> dt.date:
    if direction == "past":
        back = (ref.weekday() - weekday) % 7
        if back == 0 and strict:
            back = 7
        return ref - dt.timedelta(days=back)
    ahead = (weekday - ref.weekday()) % 7
    if ahead == 0 and strict:
        ahead = 7
    return ref + dt.timedelta(days=ahead)


def _weekday_note(written: int, date: dt.date) -> list[str]:
    """A note when the weekday written next to a date is not that date's weekday."""
    if date.weekday() == written:
        return []
    forward = (written - date.weekday()) % 7
    backward = 7 - forward
    nearest = date + dt.timedelta(days=forward) if forward <= backward \
        else date - dt.timedelta(days=backward)
    note = (f"Kemungkinan salah ketik: {format_date_id(_iso(date))} jatuh pada hari "
            f"{DAYS_ID[date.weekday()]}, bukan {DAYS_ID[written]}; hari {DAYS_ID[written]} "
            f"terdekat adalah {format_date_id(_iso(nearest))}.")
    alternatives = []
    for y, m in ((date.year, date.month - 1), (date.year, date.month + 1)):
        alt = _make_date(y, m, date.day) if 1 <= m <= 12 else None
        if alt is not None and alt.weekday() == written:
            alternatives.append(alt)
    if alternatives:
        listed = " atau ".join(format_date_id(_iso(a)) for a in alternatives)
        note += f" Bila angka bulannya yang keliru: {listed}."
    return [note]


# =============================================================================================
# Patterns; each has a group "expr" (the reported expression) and resolves to
# (date, end, granularity, relative, notes) or None.
# =============================================================================================

def _compile(pattern: str) -> re.Pattern:
    return re.compile(pattern)


_PATTERNS: list[tuple[str, re.Pattern]] = [
    # Minggu hingga Selasa (10-13/9/2023), Selasa-Rabu (18-19/6)
    ("weekday-range-slash", _compile(
        rf"{_START}(?P<expr>(?P<wd1>{_WD}){_TO_AND}(?P<wd2>{_WD}){_TIME_OF_DAY},?\s*\(\s*"
        rf"(?P<d1>{_DAY})\s*[-–]\s*(?P<d2>{_DAY})\s*[/.-]\s*(?P<m>{_MON_NUM})"
        rf"(?:\s*[/.-]\s*(?P<y>{_YEAR}|\d{{2}}))?\s*\))")),
    # Senin (4/8/2023), Selasa (18/6), Jumat malam (5/7/2019)
    ("weekday-slash", _compile(
        rf"{_START}(?P<expr>(?P<wd>{_WD}){_TIME_OF_DAY},?\s*\(\s*(?P<d>{_DAY})\s*[/.-]\s*"
        rf"(?P<m>{_MON_NUM})(?:\s*[/.-]\s*(?P<y>{_YEAR}|\d{{2}}))?\s*\))")),
    # 10-13/9/2023
    ("slash-range", _compile(
        rf"{_START}(?P<expr>(?P<d1>{_DAY})\s*[-–]\s*(?P<d2>{_DAY})/(?P<m>{_MON_NUM})/"
        rf"(?P<y>{_YEAR})){_YEAR_END}")),
    # 4/8/2023, 04-08-2023
    ("slash", _compile(
        rf"{_START}(?P<expr>(?P<d>{_DAY})(?P<sep>[/-])(?P<m>{_MON_NUM})(?P=sep)(?P<y>{_YEAR}))"
        rf"{_YEAR_END}(?!/)")),
    # 31 Desember 2023 hingga 2 Januari 2024, 30 Juni-2 Juli 2024
    ("day-month-range", _compile(
        rf"{_START}(?P<expr>(?P<d1>{_DAY})\s+(?P<m1>{_MONTH_ANY})(?:\s+(?P<y1>{_YEAR}))?{_TO}"
        rf"(?P<d2>{_DAY})\s+(?P<m2>{_MONTH_ANY})(?:\s+(?P<y>{_YEAR}))?(?P<rel>\s+(?:lalu|"
        rf"mendatang))?){_YEAR_END}")),
    # 18–19 Juni 2024, Minggu-Selasa, 10-13 September 2023, 18 dan 19 Juni
    ("day-range", _compile(
        rf"{_START}(?P<expr>(?:(?P<wd1>{_WD}){_TO_AND}(?P<wd2>{_WD}),?\s+)?(?P<d1>{_DAY})"
        rf"{_TO_AND}(?P<d2>{_DAY})\s+(?P<m>{_MONTH_ANY})(?:\s+(?P<y>{_YEAR}))?"
        rf"(?P<rel>\s+(?:lalu|mendatang))?){_YEAR_END}")),
    # Selasa, 12 September 2023; 13 September; tanggal 5 Mei lalu
    ("day-month", _compile(
        rf"{_START}(?P<expr>(?:(?P<wd>{_WD}){_TIME_OF_DAY},?\s+)?(?:(?i:tanggal|tgl\.?)\s+)?"
        rf"(?P<d>{_DAY})\s+(?P<m>{_MONTH_ANY})(?:\s+(?P<y>{_YEAR}))?"
        rf"(?P<rel>\s+(?:lalu|mendatang|yang\s+lalu))?){_YEAR_END}")),
    # Juni hingga Agustus 2019, September-Oktober 2021, Mei 2019 hingga Juni 2020
    ("month-range", _compile(
        rf"{_START}(?P<expr>{_QUAL}?(?:(?i:bulan)\s+)?(?P<m1>{_MONTH_FULL})(?:\s+(?P<y1>{_YEAR}))?"
        rf"{_TO}(?:(?i:awal|akhir|pertengahan)\s+)?(?:(?i:bulan)\s+)?(?P<m2>{_MONTH_FULL})"
        rf"\s+(?P<y>{_YEAR})){_YEAR_END}")),
    # awal Agustus 2025, April 2022, bulan April 2022
    ("month-year", _compile(
        rf"{_START}(?:(?i:bulan)\s+)?(?P<expr>{_QUAL}?(?:(?i:bulan)\s+)?(?P<m>{_MONTH_ANY})\s+"
        rf"(?P<y>{_YEAR})){_YEAR_END}")),
    # Juli lalu, Agustus tahun lalu, Desember mendatang, awal Juli lalu
    ("month-relative", _compile(
        rf"{_START}(?P<expr>{_QUAL}?(?:(?i:bulan)\s+)?(?P<m>{_MONTH_FULL})\s+"
        rf"(?P<rel>tahun\s+lalu|tahun\s+depan|tahun\s+ini|lalu|kemarin|mendatang|depan|ini)"
        rf")\b")),
    # pada bulan September, akhir Agustus, sejak Juni
    ("month-bare", _compile(
        rf"{_START}(?:(?P<ctx>(?i:pada|sejak|semenjak|hingga|sampai|selama|sepanjang|per|"
        rf"menjelang|jelang|memasuki|bulan))\s+)?(?:(?i:bulan)\s+)?"
        rf"(?P<expr>{_QUAL}?(?:(?i:bulan)\s+)?(?P<m>{_MONTH_FULL}))\b(?!\s*\d)")),
    # 2019 hingga 2021, 2014–2017, tahun 2019-2021
    ("year-range", _compile(
        rf"{_START}(?P<expr>(?:(?i:tahun)\s+)?(?P<y1>{_YEAR}){_TO}(?:(?i:tahun)\s+)?"
        rf"(?P<y2>{_YEAR})){_YEAR_END}")),
    # pada 2019, tahun 2016, sejak 2019, awal 2020
    ("year-context", _compile(
        rf"{_START}(?:(?P<ctx>(?i:pada|sejak|semenjak|hingga|sampai|selama|sepanjang|periode|"
        rf"menjelang|jelang|memasuki|per|di|dari))\s+)?"
        rf"(?P<expr>(?:{_QUAL}|(?P<tahun>(?i:tahun))\s+)?(?:(?i:tahun)\s+)?(?P<y>{_YEAR}))"
        rf"{_YEAR_END}(?!\s*(?:-an|an\b))")),
    # kemarin, hari ini, besok, lusa, kemarin lusa
    ("relative-day", _compile(
        rf"{_START}(?P<expr>(?P<w>(?i:kemarin\s+lusa|kemarin|hari\s+ini|besok|esok\s+hari|"
        rf"lusa)))\b(?!\s+(?:lalu|dulu))")),
    # tiga hari lalu, 2 pekan lalu, lima tahun lalu, dua hari lagi
    ("relative-count", _compile(
        rf"{_START}(?P<expr>(?P<n>{_NUM})\s*(?P<unit>(?i:hari|pekan|minggu|bulan|tahun))\s+"
        rf"(?P<dir>(?i:yang\s+lalu|lalu|silam|lagi|mendatang)))\b")),
    # pekan lalu, awal pekan depan, akhir pekan ini, minggu lalu
    ("relative-week", _compile(
        rf"{_START}(?P<expr>(?:(?P<qual>(?i:awal|akhir|pertengahan))\s+)?"
        rf"(?P<unit>(?i:pekan|minggu))\s+"
        rf"(?P<dir>(?i:lalu|kemarin|depan|ini|mendatang)))\b")),
    # bulan lalu, awal bulan ini, tahun depan, akhir tahun lalu
    ("relative-period", _compile(
        rf"{_START}(?P<expr>{_QUAL}?(?P<unit>(?i:bulan|tahun))\s+"
        rf"(?P<dir>(?i:lalu|kemarin|depan|ini|mendatang)))\b")),
    # dalam 24 tahun (a "first in N years" sentence)
    ("in-years", _compile(
        rf"{_START}(?P<expr>(?i:dalam)\s+(?P<n>{_NUM})\s+(?i:tahun))"
        rf"(?:\s+(?i:terakhir))?\b(?!\s+(?i:ke\s+depan|mendatang|lagi|ini|penjara|kurungan))")),
    # Selasa pekan lalu, Jumat minggu depan
    ("weekday-week", _compile(
        rf"{_START}(?P<expr>(?:(?i:hari)\s+)?(?P<wd>{_WD})\s+(?P<unit>(?i:pekan|minggu))\s+"
        rf"(?P<dir>(?i:lalu|kemarin|depan|ini|mendatang)))\b")),
    # Senin lalu, Senin depan
    ("weekday-relative", _compile(
        rf"{_START}(?P<expr>(?P<wd>{_WD})\s+(?P<dir>(?i:lalu|kemarin|depan|mendatang|ini)))\b")),
    # Selasa dan Rabu, Senin hingga Rabu
    ("weekday-range", _compile(
        rf"{_START}(?P<expr>(?P<wd1>{_WD}){_TO_AND}(?P<wd2>{_WD}))\b(?!\s*\()")),
    # pada hari Senin, mulai Selasa, Jumat malam
    ("weekday", _compile(
        rf"{_START}(?:(?i:hari)\s+)?(?P<expr>(?P<wd>{_WD}))\b(?!\s*\(|\s+(?i:lalu|depan|"
        rf"mendatang|kemarin|ini)\b)")),
]

# Cheap tests of what a sentence contains; a pattern runs only when its needs are met. Each test
# is a necessary condition of the patterns needing it (it may say yes where they find nothing).
_DIGIT = re.compile(r"\d")
_MONTH_FULL_HINT = re.compile(_MONTH_FULL)
_MONTH_SHORT_HINT = re.compile(r"(?:Jan|Feb|Mar|Apr|Jun|Jul|Agust|Agus|Agu|Agt|Ags|Sept|Sep|Okt|Nov|Des)\b")
_WEEKDAY_HINT = re.compile(_WD)
_RELATIVE_HINT = re.compile(r"esok|hari|kemarin|lusa|pekan|minggu|bulan|tahun")  # on lower-cased text
_RELATIVE_ANYCASE = re.compile(r"(?i:kemarin|hari|besok|esok|lusa|pekan|minggu|bulan|tahun)")
# Words (matched case-insensitively by the patterns) that some patterns need: cue -> any of these.
_WORD_CUES = {
    "day-word": ("kemarin", "hari", "esok", "lusa"),
    "unit": ("hari", "pekan", "minggu", "bulan", "tahun"),
    "week-word": ("pekan", "minggu"),
    "period-word": ("bulan", "tahun"),
    "count-direction": ("lalu", "silam", "lagi", "mendatang"),
    "direction": ("lalu", "kemarin", "depan", "ini", "mendatang"),
    "dalam": ("dalam",),
    "tahun": ("tahun",),
}
_NEEDS = {
    "weekday-range-slash": ("weekday", "digit", "paren"), "weekday-slash": ("weekday", "digit", "paren"),
    "slash-range": ("digit", "slash"), "slash": ("digit", "dash"),
    "day-month-range": ("digit", "month"), "day-range": ("digit", "month"),
    "day-month": ("digit", "month"), "month-range": ("digit", "month", "year"),
    "month-year": ("digit", "month", "year"), "month-relative": ("month-full",), "month-bare": ("month-full",),
    "year-range": ("digit", "year"), "year-context": ("digit", "year"),
    "relative-day": ("relative", "day-word"), "relative-count": ("relative", "unit", "count-direction"),
    "relative-week": ("relative", "week-word", "direction"),
    "relative-period": ("relative", "period-word", "direction"),
    "in-years": ("relative", "dalam", "tahun"),
    "weekday-week": ("weekday", "relative", "week-word", "direction"),
    "weekday-relative": ("weekday", "direction"), "weekday-range": ("weekday",), "weekday": ("weekday",),
}
_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")


def _lowered(text: str) -> str | None:
    """`text` lower-cased for substring tests that stand for case-insensitive matches; None when
    such tests could miss a match: "ſ", "ı" and "İ" match "s"/"i" case-insensitively but do not
    lower-case to that letter alone."""
    if "ſ" in text or "ı" in text or "İ" in text:
        return None
    return text.lower()


@functools.lru_cache(maxsize=None)
def _patterns_for(present: frozenset[str]) -> tuple[tuple[int, str, re.Pattern], ...]:
    """The patterns (with their priority) whose needs `present` meets, in priority order."""
    return tuple((priority, kind, pattern) for priority, (kind, pattern) in enumerate(_PATTERNS)
                 if present.issuperset(_NEEDS[kind]))


def cues(text: str) -> set[str]:
    """Names of the pattern needs that `text` may meet (see _NEEDS); empty when it holds no date.

    A cue found in a sentence is also found in any text containing it, so a paragraph without cues
    has no sentence with a date."""
    present: set[str] = set()
    if _DIGIT.search(text):
        present.add("digit")
        if "19" in text or "20" in text:
            present.add("year")
        if "/" in text:
            present.update(("slash", "dash"))
        elif "-" in text:
            present.add("dash")
        if "(" in text:
            present.add("paren")
    if _MONTH_FULL_HINT.search(text):
        present.update(("month", "month-full"))
    elif _MONTH_SHORT_HINT.search(text):
        present.add("month")
    if _WEEKDAY_HINT.search(text):
        present.add("weekday")
    lower = _lowered(text)
    if lower is None:
        if _RELATIVE_ANYCASE.search(text):
            present.add("relative")
        present.update(_WORD_CUES)
    else:
        if _RELATIVE_HINT.search(lower):
            present.add("relative")
        if "relative" in present or "weekday" in present:
            present.update(cue for cue, needed in _WORD_CUES.items() if any(word in lower for word in needed))
    return present


Resolved = tuple[str, str | None, str, bool, list[str]] | None


def _direction(match: re.Match, future: bool) -> str | None:
    rel = (match.groupdict().get("rel") or "").strip().lower()
    if rel.endswith("lalu"):
        return "past"
    if rel == "mendatang" or future:
        return "future"
    return "past"


def _resolve_weekday_range_slash(match: re.Match, sentence: str, ref: dt.date | None,
                                 future: bool) -> Resolved:
    return _slash_days(match, ref, future, range_=True)


def _resolve_weekday_slash(match: re.Match, sentence: str, ref: dt.date | None,
                           future: bool) -> Resolved:
    return _slash_days(match, ref, future, range_=False)


def _slash_days(match: re.Match, ref: dt.date | None, future: bool, range_: bool) -> Resolved:
    g = match.groupdict()
    month = int(g["m"])
    first_day = int(g["d1"] if range_ else g["d"])
    last_day = int(g["d2"]) if range_ else first_day
    relative = g.get("y") is None
    if relative:
        if ref is None:
            return None
        start = _undated_weekday_date(ref, month, first_day, _weekday_of(g["wd1"] if range_
                                                                       else g["wd"]), future)
        if start is None:
            return None
        year = start.year
    else:
        year = _year(g["y"])
        start = _make_date(year, month, first_day)
    end = _make_date(year, month, last_day)
    if start is None or end is None or end < start:
        return None
    written = _weekday_of(g["wd1"] if range_ else g["wd"])
    fixed = None if range_ or relative else _typo_fix(start, written, ref)
    if fixed is not None:
        return _iso(fixed), None, "day", False, [_typo_fix_note(start, written, fixed)]
    notes = _weekday_note(written, start)
    if range_:
        notes += _weekday_note(_weekday_of(g["wd2"]), end)
    return _iso(start), (_iso(end) if end != start else None), "day", relative, notes


TYPO_NEAR_DAYS = 14  # a corrected date must lie this close to the publication day


def _typo_fix(date: dt.date, weekday: int, ref: dt.date | None) -> dt.date | None:
    """The date meant by "Senin (4/8/2023)" when 4 August is no Monday: of the dates one digit
    away (the same day one month or one year off, or the day number one off) the one with the
    written weekday lying near the publication day `ref`, when the written date itself is not
    near it. None when the weekday fits, nothing fits, or there is no reference."""
    if ref is None or date.weekday() == weekday or abs((date - ref).days) <= TYPO_NEAR_DAYS:
        return None
    options = []
    for y, m in ((date.year, date.month - 1), (date.year, date.month + 1),
                 (date.year - 1, date.month), (date.year + 1, date.month)):
        if 1 <= m <= 12 and (alt := _make_date(y, m, date.day)) is not None:
            options.append(alt)
    options = [d for d in options if d.weekday() == weekday and abs((d - ref).days) <= TYPO_NEAR_DAYS]
    return min(options, key=lambda d: (abs((d - ref).days), d)) if options else None


def _typo_fix_note(written: dt.date, weekday: int, fixed: dt.date) -> str:
    return (f"Kemungkinan salah ketik: tertulis {DAYS_ID[weekday]} "
            f"({written.day}/{written.month}/{written.year}), padahal {format_date_id(_iso(written))} "
            f"jatuh pada hari {DAYS_ID[written.weekday()]}; tanggal berhari {DAYS_ID[weekday]} yang dekat "
            f"dengan terbitnya artikel adalah {format_date_id(_iso(fixed))}, jadi peristiwa ini "
            f"ditempatkan pada tanggal itu.")


def _resolve_slash_range(match: re.Match, sentence: str, ref: dt.date | None,
                         future: bool) -> Resolved:
    g = match.groupdict()
    year, month = int(g["y"]), int(g["m"])
    start, end = _make_date(year, month, int(g["d1"])), _make_date(year, month, int(g["d2"]))
    if start is None or end is None or end <= start:
        return None
    return _iso(start), _iso(end), "day", False, []


def _resolve_slash(match: re.Match, sentence: str, ref: dt.date | None,
                   future: bool) -> Resolved:
    g = match.groupdict()
    date = _make_date(int(g["y"]), int(g["m"]), int(g["d"]))
    return None if date is None else (_iso(date), None, "day", False, [])


def _resolve_day_month_range(match: re.Match, sentence: str, ref: dt.date | None,
                             future: bool) -> Resolved:
    g = match.groupdict()
    m1, m2 = _month_of(g["m1"]), _month_of(g["m2"])
    d1, d2 = int(g["d1"]), int(g["d2"])
    if g["y"] or g["y1"]:
        y2 = int(g["y"] or g["y1"])
        y1 = int(g["y1"]) if g["y1"] else (y2 - 1 if m1 > m2 else y2)
        relative = False
    else:
        if ref is None:
            return None
        first = _undated_day(ref, m1, d1, _direction(match, future))
        if first is None:
            return None
        y1 = first.year
        y2 = y1 + 1 if m2 < m1 else y1
        relative = True
    start, end = _make_date(y1, m1, d1), _make_date(y2, m2, d2)
    if start is None or end is None or end <= start or (end - start).days > 366:
        return None
    return _iso(start), _iso(end), "day", relative, []


def _resolve_day_range(match: re.Match, sentence: str, ref: dt.date | None,
                       future: bool) -> Resolved:
    g = match.groupdict()
    month, d1, d2 = _month_of(g["m"]), int(g["d1"]), int(g["d2"])
    if d2 <= d1:
        return None
    if g["y"]:
        year, relative = int(g["y"]), False
    else:
        if ref is None:
            return None
        first = _undated_day(ref, month, d1, _direction(match, future))
        if first is None:
            return None
        year, relative = first.year, True
    start, end = _make_date(year, month, d1), _make_date(year, month, d2)
    if start is None or end is None:
        return None
    notes: list[str] = []
    if g["wd1"]:
        notes = _weekday_note(_weekday_of(g["wd1"]), start) + \
            _weekday_note(_weekday_of(g["wd2"]), end)
    return _iso(start), _iso(end), "day", relative, notes


def _resolve_day_month(match: re.Match, sentence: str, ref: dt.date | None,
                       future: bool) -> Resolved:
    g = match.groupdict()
    month, day = _month_of(g["m"]), int(g["d"])
    if g["y"]:
        date = _make_date(int(g["y"]), month, day)
        relative = False
    else:
        if ref is None:
            return None
        date = _undated_day(ref, month, day, _direction(match, future))
        relative = True
    if date is None:
        return None
    notes = _weekday_note(_weekday_of(g["wd"]), date) if g["wd"] else []
    return _iso(date), None, "day", relative, notes


def _resolve_month_range(match: re.Match, sentence: str, ref: dt.date | None,
                         future: bool) -> Resolved:
    g = match.groupdict()
    m1, m2 = _month_of(g["m1"]), _month_of(g["m2"])
    y2 = int(g["y"])
    y1 = int(g["y1"]) if g["y1"] else (y2 - 1 if m1 > m2 else y2)
    if (y1, m1) >= (y2, m2):
        return None
    return _ym(y1, m1), _ym(y2, m2), "month", False, []


def _resolve_month_year(match: re.Match, sentence: str, ref: dt.date | None,
                        future: bool) -> Resolved:
    return _ym(int(match["y"]), _month_of(match["m"])), None, "month", False, []


def _resolve_month_relative(match: re.Match, sentence: str, ref: dt.date | None,
                            future: bool) -> Resolved:
    if ref is None:
        return None
    month = _month_of(match["m"])
    rel = re.sub(r"\s+", " ", match["rel"].lower())
    if rel == "tahun lalu":
        year = ref.year - 1
    elif rel == "tahun depan":
        year = ref.year + 1
    elif rel in ("tahun ini", "ini"):
        year = ref.year
    elif rel in ("lalu", "kemarin"):
        year, _ = _undated_month(ref, month, "past", strict=True)
    else:
        year, _ = _undated_month(ref, month, "future", strict=False)
    return _ym(year, month), None, "month", True, []


def _resolve_month_bare(match: re.Match, sentence: str, ref: dt.date | None,
                        future: bool) -> Resolved:
    g = match.groupdict()
    if not (g["ctx"] or g["qual"] or re.search(r"(?i:bulan)", match.group())):
        return None
    if ref is None:
        return None
    year, month = _undated_month(ref, _month_of(g["m"]), "future" if future else "past", False)
    return _ym(year, month), None, "month", True, []


def _resolve_year_range(match: re.Match, sentence: str, ref: dt.date | None,
                        future: bool) -> Resolved:
    y1, y2 = int(match["y1"]), int(match["y2"])
    if not y1 < y2 <= y1 + 100:
        return None
    return str(y1), str(y2), "year", False, []


_LAW_NUMBER = re.compile(r"(?i:nomor|no\.?)\s*\d+\s*$")


def _resolve_year_context(match: re.Match, sentence: str, ref: dt.date | None,
                          future: bool) -> Resolved:
    if not (match["ctx"] or match["qual"] or match["tahun"]):
        return None
    if _LAW_NUMBER.search(sentence[:match.start()]):  # "UU Nomor 12 Tahun 2011" names a law
        return None
    return match["y"], None, "year", False, []


def _resolve_relative_day(match: re.Match, sentence: str, ref: dt.date | None,
                          future: bool) -> Resolved:
    if ref is None:
        return None
    word = re.sub(r"\s+", " ", match["w"].lower())
    delta = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok hari": 1,
             "lusa": 2}[word]
    return _iso(ref + dt.timedelta(days=delta)), None, "day", True, []


def _resolve_relative_count(match: re.Match, sentence: str, ref: dt.date | None,
                            future: bool) -> Resolved:
    if ref is None:
        return None
    word = match["n"]
    if word[0].isupper() and sentence[:match.start()].strip(" \"“‘'(["):
        return None  # "di Banua Lima pekan lalu": a capitalised number word ends a name
    n = _number(word)
    if n is None or n == 0 or n > 200:
        return None
    sign = 1 if match["dir"].lower() in ("lagi", "mendatang") else -1
    unit = match["unit"].lower()
    if unit == "hari":
        return _iso(ref + dt.timedelta(days=sign * n)), None, "day", True, []
    if unit in ("pekan", "minggu"):
        monday, sunday = _week(ref + dt.timedelta(days=7 * sign * n))
        return _iso(monday), _iso(sunday), "day", True, []
    if unit == "bulan":
        return _ym(*_shift_month(ref.year, ref.month, sign * n)), None, "month", True, []
    return str(ref.year + sign * n), None, "year", True, []


def _resolve_relative_week(match: re.Match, sentence: str, ref: dt.date | None,
                           future: bool) -> Resolved:
    if ref is None or _VAGUE.search(sentence[:match.start()]):
        return None
    if match["unit"] == "Minggu" and sentence[:match.start()].strip(" \"“‘'(["):
        return None  # mid-sentence "Minggu lalu" is a Sunday, not a week
    direction = match["dir"].lower()
    shift = {"lalu": -7, "kemarin": -7, "depan": 7, "mendatang": 7, "ini": 0}[direction]
    monday, sunday = _week(ref + dt.timedelta(days=shift))
    if match["qual"]:  # "awal pekan depan" names no day: its month, when the week has one
        if monday.month == sunday.month:
            return _ym(monday.year, monday.month), None, "month", True, []
    return _iso(monday), _iso(sunday), "day", True, []


def _resolve_relative_period(match: re.Match, sentence: str, ref: dt.date | None,
                             future: bool) -> Resolved:
    if ref is None or _VAGUE.search(sentence[:match.start()]):
        return None  # "beberapa bulan lalu" is vague
    shift = {"lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1, "ini": 0}[
        match["dir"].lower()]
    if match["unit"].lower() == "bulan":
        return _ym(*_shift_month(ref.year, ref.month, shift)), None, "month", True, []
    return str(ref.year + shift), None, "year", True, []


_FIRST_OR_LAST = re.compile(r"(?i:\bpertama(?:nya|\s+kali)?\b|\bterakhir\b|\bperdana\b)")


def _resolve_in_years(match: re.Match, sentence: str, ref: dt.date | None,
                      future: bool) -> Resolved:
    if ref is None or not _FIRST_OR_LAST.search(sentence):
        return None
    n = _number(match["n"])
    if n is None or not 2 <= n <= 100:
        return None
    return str(ref.year - n), None, "year", True, []


def _resolve_weekday_week(match: re.Match, sentence: str, ref: dt.date | None,
                          future: bool) -> Resolved:
    """"Selasa pekan lalu": the Tuesday of the previous Monday-Sunday week (not the nearest one)."""
    if ref is None:
        return None
    shift = {"lalu": -7, "kemarin": -7, "depan": 7, "mendatang": 7, "ini": 0}[match["dir"].lower()]
    monday, _ = _week(ref + dt.timedelta(days=shift))
    return _iso(monday + dt.timedelta(days=_weekday_of(match["wd"]))), None, "day", True, []


def _resolve_weekday_relative(match: re.Match, sentence: str, ref: dt.date | None,
                              future: bool) -> Resolved:
    if ref is None:
        return None
    weekday = _weekday_of(match["wd"])
    direction = match["dir"].lower()
    if direction in ("lalu", "kemarin"):
        date = _weekday_near(ref, weekday, "past", strict=True)
    elif direction == "ini":
        date = _weekday_near(ref, weekday, "future" if future else "past", strict=False)
    else:
        date = _weekday_near(ref, weekday, "future", strict=True)
    return _iso(date), None, "day", True, []


def _resolve_weekday_range(match: re.Match, sentence: str, ref: dt.date | None,
                           future: bool) -> Resolved:
    if ref is None:
        return None
    first = _weekday_near(ref, _weekday_of(match["wd1"]), "future" if future else "past", False)
    span = (_weekday_of(match["wd2"]) - first.weekday()) % 7
    if span == 0:
        return None
    last = first + dt.timedelta(days=span)
    if not future and last > ref:  # a past range ends by the reference day
        first, last = first - dt.timedelta(days=7), last - dt.timedelta(days=7)
    return _iso(first), _iso(last), "day", True, []


def _resolve_weekday(match: re.Match, sentence: str, ref: dt.date | None,
                     future: bool) -> Resolved:
    if ref is None:
        return None
    date = _weekday_near(ref, _weekday_of(match["wd"]), "future" if future else "past", False)
    return _iso(date), None, "day", True, []


_RESOLVERS = {
    "weekday-range-slash": _resolve_weekday_range_slash,
    "weekday-slash": _resolve_weekday_slash,
    "slash-range": _resolve_slash_range,
    "slash": _resolve_slash,
    "day-month-range": _resolve_day_month_range,
    "day-range": _resolve_day_range,
    "day-month": _resolve_day_month,
    "month-range": _resolve_month_range,
    "month-year": _resolve_month_year,
    "month-relative": _resolve_month_relative,
    "month-bare": _resolve_month_bare,
    "year-range": _resolve_year_range,
    "year-context": _resolve_year_context,
    "relative-day": _resolve_relative_day,
    "relative-count": _resolve_relative_count,
    "relative-week": _resolve_relative_week,
    "relative-period": _resolve_relative_period,
    "in-years": _resolve_in_years,
    "weekday-week": _resolve_weekday_week,
    "weekday-relative": _resolve_weekday_relative,
    "weekday-range": _resolve_weekday_range,
    "weekday": _resolve_weekday,
}
assert set(_RESOLVERS) == set(_NEEDS) == {kind for kind, _ in _PATTERNS}
