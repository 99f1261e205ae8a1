"""Calendar arithmetic for Indonesian dates: month and weekday names, the year of an undated day or month,
weeks, and the checks of a weekday written next to a date (with the month or year typo it may show)."""

from __future__ import annotations

import datetime as dt
import re

from ..idformat import MONTH_NAMES as MONTHS_ID
from ..idformat import format_date_id

TYPO_NOTE = "Kemungkinan salah ketik"  # how a note on a date contradicting its weekday opens
DAYS_ID = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")  # index = weekday()

MONTH_NUMBER = {name.lower(): i + 1 for i, name in enumerate(MONTHS_ID)}
MONTH_NUMBER.update({"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "agu": 8,
                      "agt": 8, "ags": 8, "agus": 8, "agust": 8, "sep": 9, "sept": 9, "okt": 10,
                      "nov": 11, "des": 12, "pebruari": 2, "nopember": 11})
WEEKDAY_NUMBER = {name.lower(): i for i, name in enumerate(DAYS_ID)}
WEEKDAY_NUMBER.update({"jum'at": 4, "jum’at": 4, "ahad": 6})
NUMBER_WORDS = {"satu": 1, "se": 1, "dua": 2, "tiga": 3, "empat": 4, "lima": 5, "enam": 6,
                 "tujuh": 7, "delapan": 8, "sembilan": 9, "sepuluh": 10, "sebelas": 11,
                 "dua belas": 12}



def iso(d: dt.date) -> str:
    return d.isoformat()


def ym(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def shift_month(y: int, m: int, delta: int) -> tuple[int, int]:
    index = y * 12 + (m - 1) + delta
    return index // 12, index % 12 + 1


def make_date(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


def number_of(word: str) -> int | None:
    word = re.sub(r"\s+", " ", word.strip().lower())
    if word.isdigit():
        return int(word)
    return NUMBER_WORDS.get(word)


def month_of(word: str) -> int:
    return MONTH_NUMBER[word.lower().rstrip(".")]


def weekday_of(word: str) -> int:
    return WEEKDAY_NUMBER[word.lower()]


def year_of(text: str) -> int:
    return int(text) if len(text) == 4 else 2000 + int(text)


def undated_day(ref: dt.date, month: int, day: int, direction: str | None) -> dt.date | None:
    """The (year, month, day) nearest `ref`, or nearest in `direction` ("past"/"future")."""
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
               if (d := make_date(y, month, day)) is not None]
    if direction == "past":
        options = [d for d in options if d <= ref]
        return max(options) if options else None
    if direction == "future":
        options = [d for d in options if d >= ref]
        return min(options) if options else None
    if not options:
        return None
    return min(options, key=lambda d: (abs((d - ref).days), d > ref))


def undated_weekday_date(ref: dt.date, month: int, day: int, weekday: int,
                          future: bool) -> dt.date | None:
    """The year of "Selasa (18/6)": the nearest year (of three) where the weekday fits, else the
    nearest in the sentence's direction, else simply the nearest."""
    options = [d for y in (ref.year - 1, ref.year, ref.year + 1)
               if (d := make_date(y, month, day)) is not None]
    fitting = [d for d in options if d.weekday() == weekday and abs((d - ref).days) <= 200]
    if fitting:
        return min(fitting, key=lambda d: abs((d - ref).days))
    return undated_day(ref, month, day, "future" if future else "past") or \
        undated_day(ref, month, day, None)


def undated_month(ref: dt.date, month: int, direction: str, strict: bool) -> tuple[int, int]:
    """The year of `month`: latest at/before ref's month (past) or earliest at/after (future)."""
    if direction == "past":
        year = ref.year if (month < ref.month or (month == ref.month and not strict)) \
            else ref.year - 1
    else:
        year = ref.year if (month > ref.month or (month == ref.month and not strict)) \
            else ref.year + 1
    return year, month


def weekday_near(ref: dt.date, weekday: int, direction: str, strict: bool) -> dt.date:
    if direction == "past":
        back = (ref.weekday() - weekday) % 7
        if back == 0 and strict:
            back = 7
        return ref - dt.timedelta(days=back)
    ahead = (weekday - ref.weekday()) % 7
    if ahead == 0 and strict:
        ahead = 7
    return ref + dt.timedelta(days=ahead)


def weekday_note(written: int, date: dt.date) -> list[str]:
    """A note when the weekday written next to a date is not that date's weekday."""
    if date.weekday() == written:
        return []
    forward = (written - date.weekday()) % 7
    backward = 7 - forward
    nearest = date + dt.timedelta(days=forward) if forward <= backward \
        else date - dt.timedelta(days=backward)
    note = (f"{TYPO_NOTE}: {format_date_id(iso(date))} jatuh pada hari "
            f"{DAYS_ID[date.weekday()]}, bukan {DAYS_ID[written]}; hari {DAYS_ID[written]} "
            f"terdekat adalah {format_date_id(iso(nearest))}.")
    alternatives = []
    for y, m in ((date.year, date.month - 1), (date.year, date.month + 1)):
        alt = make_date(y, m, date.day) if 1 <= m <= 12 else None
        if alt is not None and alt.weekday() == written:
            alternatives.append(alt)
    if alternatives:
        listed = " atau ".join(format_date_id(iso(a)) for a in alternatives)
        note += f" Bila angka bulannya yang keliru: {listed}."
    return [note]


TYPO_NEAR_DAYS = 14  # a corrected date must lie this close to the publication day


def typo_fix(date: dt.date, weekday: int, ref: dt.date | None) -> dt.date | None:
    """The date meant by "Senin (4/8/2023)" when 4 August is no Monday, judged against the publication day `ref`:
    when the written date is far from it, of the dates one digit away (the same day one month or one year off)
    the one with the written weekday lying near `ref`; else the day number one off, when the neighbouring day has
    the written weekday and is not after `ref`. None when the weekday fits, nothing fits, or there is no `ref`
    (corpus/undated.py judges those against the corpus)."""
    if ref is None or date.weekday() == weekday:
        return None
    if abs((date - ref).days) > TYPO_NEAR_DAYS:
        return _digit_off_near(date, weekday, ref)
    return next((alt for alt in neighbours(date) if alt.weekday() == weekday and alt <= ref), None)


def neighbours(date: dt.date) -> list[dt.date]:
    """The days before and after `date` (a day number one off)."""
    return [date - dt.timedelta(days=1), date + dt.timedelta(days=1)]


def _digit_off_near(date: dt.date, weekday: int, ref: dt.date) -> dt.date | None:
    """Of the dates one month or one year from `date`, the one with `weekday` within TYPO_NEAR_DAYS of `ref`."""
    options = digit_off(date)
    options = [d for d in options if d.weekday() == weekday and abs((d - ref).days) <= TYPO_NEAR_DAYS]
    return min(options, key=lambda d: (abs((d - ref).days), d)) if options else None


def digit_off(date: dt.date) -> list[dt.date]:
    """The same day one month or one year before or after `date` (a mistyped month or year)."""
    options = []
    for y, m in ((date.year, date.month - 1), (date.year, date.month + 1),
                 (date.year - 1, date.month), (date.year + 1, date.month)):
        if 1 <= m <= 12 and (alt := make_date(y, m, date.day)) is not None:
            options.append(alt)
    return options


def typo_fix_note(written: dt.date, weekday: int, fixed: dt.date) -> str:
    """The one note of a date moved to agree with its weekday."""
    return (f"{TYPO_NOTE}: tertulis {DAYS_ID[weekday]} ({written.day}/{written.month}/{written.year}), "
            f"padahal {format_date_id(iso(written))} jatuh pada hari {DAYS_ID[written.weekday()]}; peristiwa ini "
            f"ditempatkan pada {DAYS_ID[weekday]}, {format_date_id(iso(fixed))}.")


_WEEKDAY_WORD = re.compile(r"(?i:\b(senin|selasa|rabu|kamis|jumat|jum['’]at|sabtu|minggu|ahad)\b)")


def written_weekday(expression: str) -> int | None:
    """The weekday written in a date expression ("Selasa (6/9)" -> 1), if any."""
    match = _WEEKDAY_WORD.search(expression)
    return weekday_of(match.group(1)) if match else None


NEAR_OWN_DAYS = 183  # a day without a year lies this near a day its article dates in full
WINDOW_SLACK_DAYS = 31  # ... or, without a weekday to check, this near the corpus' span
WEEKDAY_SLACK_DAYS = 366  # ... with its weekday, this near (a day and weekday recur only years apart)


def year_in_context(month: int, day: int, weekday: int | None, own: list[dt.date],
                    span: tuple[dt.date, dt.date] | None, future: bool = False) -> tuple[dt.date, str] | None:
    """The full date of a day written without its year ("Selasa (6/9)", "2 Oktober"), and how it was found:
    "weekday" (the only year near the corpus' `span` of publication days, or near the article's latest full
    date, where the written weekday falls on that day), "own" (the fit nearest the latest full date of its own
    article, within NEAR_OWN_DAYS, and not before it when the sentence speaks of the future; that date is about
    when the article was written unless it lies before the span, as background does) or "span" (without a
    weekday, the only such day near the span). None when nothing decides."""
    slack = dt.timedelta(days=WINDOW_SLACK_DAYS)
    latest = max(own) if own else None
    if latest is not None and span is not None and latest < span[0] - slack:
        latest = None  # the article's full dates are background, not its time
    years: set[int] = set()
    if latest is not None:
        years.update(range(latest.year - 1, latest.year + 3))
    if span is not None:
        years.update(range(span[0].year - 1, span[1].year + 2))
    options = [d for y in sorted(years) if (d := make_date(y, month, day)) is not None]
    fitting = [d for d in options if weekday is None or d.weekday() == weekday]
    if weekday is not None and fitting:
        wide = dt.timedelta(days=WEEKDAY_SLACK_DAYS)
        windows = ([(span[0] - wide, span[1] + wide)] if span else []) + \
            ([(latest - wide, latest + wide)] if latest else [])
        inside = [d for d in fitting if all(low <= d <= high for low, high in windows)]
        if len(inside) == 1:
            return inside[0], "weekday"
    if latest is not None:
        near = [d for d in (fitting or options) if not future or d >= latest]
        if near:
            best = min(near, key=lambda d: (abs((d - latest).days), d))
            if abs((best - latest).days) <= NEAR_OWN_DAYS:
                return best, "own"
    if weekday is not None or span is None:
        return None
    inside = [d for d in fitting if span[0] - slack <= d <= span[1] + slack]
    return (inside[0], "span") if len(inside) == 1 else None


Resolved = tuple[str, str | None, str, bool, list[str]] | None



def direction(match: re.Match, future: bool) -> str | None:
    rel = (match.groupdict().get("rel") or "").strip().lower()
    if rel.endswith("lalu"):
        return "past"
    if rel == "mendatang" or future:
        return "future"
    return "past"


# Words before a count that make it vague ("beberapa bulan lalu").
VAGUE = re.compile(r"(?i:\b(?:beberapa|sekian|berapa|sejumlah|puluhan|belasan|ratusan)\s*$)")
