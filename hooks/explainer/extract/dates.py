"""Find and normalise Indonesian date expressions (explicit, partial, ranges, relative) in news: the
grammar (patterns and cues) and the search; resolvers live in dates_explicit.py and dates_relative.py,
calendar arithmetic in dates_calendar.py.

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
* A bare four-digit number is a year only after a time word ("pada 2019", "pada tahun 2016",
  "sejak 2019", "hingga 2021", "awal 2020"), and a year range only after one ("dari 2019 hingga 2021",
  "pada periode 2014-2017"): "upah minimum tahun 2023" or "presiden periode 2024-2029" qualify a noun.
  Clock times ("10.00 WIB"), amounts ("2,8 miliar") and counts ("12 tahun penjara") never match.
* "dalam N tahun" in a sentence about a first/last occurrence ("pertama ... dalam 24 tahun") is
  the year N years before the reference.
* Relative expressions need a reference day; with ``reference=None`` they are left out.
* A weekday that does not match its explicit date is kept as written and gets an Indonesian note
  naming the real weekday and the nearest date that has the stated weekday; with a publication day,
  when the written date is far from it and a date one digit away (month or year off by one) has the
  weekday and lies near it, that date is used and the note says so ("Senin (4/8/2023)" in an
  article of 5 September 2023 is 4 September 2023), and when it is near, the neighbouring day that has
  the weekday (not after publication) is ("Rabu (5/3/2024)" is 6 March). Articles without a
  publication day are judged against the corpus (corpus/undated.py).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass

from .dates_explicit import (resolve_day_month, resolve_day_month_range, resolve_day_range,
                             resolve_month_range, resolve_month_year, resolve_slash, resolve_slash_range,
                             resolve_weekday_range_slash, resolve_weekday_slash, resolve_year_context,
                             resolve_year_range)
from .dates_relative import (resolve_in_years, resolve_month_bare, resolve_month_relative,
                             resolve_relative_count, resolve_relative_day, resolve_relative_period,
                             resolve_relative_week, resolve_weekday, resolve_weekday_range,
                             resolve_weekday_relative, resolve_weekday_week)
from .sentences import sentence_spans

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
        rf"{_START}(?P<expr>(?P<wd>{_WD}){_TIME_OF_DAY}(?:\s+(?i:mendatang|depan|lalu|ini))?,?\s*\(\s*(?P<d>{_DAY})\s*[/.-]\s*"
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
    # awal Agustus 2025, April 2022, bulan April 2022, Desember tahun 2014
    ("month-year", _compile(
        rf"{_START}(?:(?i:bulan)\s+)?(?P<expr>{_QUAL}?(?:(?i:bulan)\s+)?(?P<m>{_MONTH_ANY})\s+(?:(?i:tahun)\s+)?"
        rf"(?P<y>{_YEAR})){_YEAR_END}")),
    # (bulan) September dan Desember 2022: the first month takes the year written after the second
    ("month-pair", _compile(
        rf"{_START}(?:(?i:bulan)\s+)?(?P<expr>(?P<m>{_MONTH_FULL}))(?=\s*(?:,|dan|serta|atau)\s*(?:(?i:bulan)\s+)?"
        rf"{_MONTH_FULL}\s+(?:(?i:tahun)\s+)?(?P<y>{_YEAR}){_YEAR_END})")),
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
    # dari 2019 hingga 2021, pada periode 2014–2017, sejak tahun 2019-2021 (a bare "periode 2024-2029" after a
    # noun is a term of office, not an event)
    ("year-range", _compile(
        rf"{_START}(?:(?P<ctx>(?i:pada|sejak|semenjak|dari|antara|selama|sepanjang|hingga|sampai|di))\s+"
        rf"(?:(?i:periode|masa\s+(?:jabatan|bakti)|tahun)\s+)?)?"
        rf"(?P<expr>(?:(?i:tahun)\s+)?(?P<y1>{_YEAR}){_TO}(?:(?i:tahun)\s+)?"
        rf"(?P<y2>{_YEAR})){_YEAR_END}")),
    # pada 2019, pada tahun 2016, sejak 2019, awal 2020 (a bare "tahun 2023" after a noun qualifies it: a wage,
    # a budget, an election; not an event)
    ("year-context", _compile(
        rf"{_START}(?:(?P<ctx>(?i:pada|sejak|semenjak|hingga|sampai|selama|sepanjang|"
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
    "month-year": ("digit", "month", "year"), "month-pair": ("digit", "month-full", "year"),
    "month-relative": ("month-full",), "month-bare": ("month-full",),
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


_RESOLVERS = {
    "weekday-range-slash": resolve_weekday_range_slash,
    "weekday-slash": resolve_weekday_slash,
    "slash-range": resolve_slash_range,
    "slash": resolve_slash,
    "day-month-range": resolve_day_month_range,
    "day-range": resolve_day_range,
    "day-month": resolve_day_month,
    "month-range": resolve_month_range,
    "month-year": resolve_month_year,
    "month-pair": resolve_month_year,
    "month-relative": resolve_month_relative,
    "month-bare": resolve_month_bare,
    "year-range": resolve_year_range,
    "year-context": resolve_year_context,
    "relative-day": resolve_relative_day,
    "relative-count": resolve_relative_count,
    "relative-week": resolve_relative_week,
    "relative-period": resolve_relative_period,
    "in-years": resolve_in_years,
    "weekday-week": resolve_weekday_week,
    "weekday-relative": resolve_weekday_relative,
    "weekday-range": resolve_weekday_range,
    "weekday": resolve_weekday,
}
assert set(_RESOLVERS) == set(_NEEDS) == {kind for kind, _ in _PATTERNS}
