"""Resolvers of date expressions counted from the publication day ("kemarin", "pekan lalu", "Juli lalu",
"pada hari Senin", "dalam 24 tahun"): each needs a reference day."""

from __future__ import annotations

import datetime as dt
import re

from .dates_calendar import (Resolved, VAGUE, iso, month_of, number_of, shift_month, undated_month, week_of,
                             weekday_near, weekday_of, ym)


def resolve_month_relative(match: re.Match, sentence: str, ref: dt.date | None,
                            future: bool) -> Resolved:
    if ref is None:
        return None
    month = month_of(match["m"])
    rel = re.sub(r"\s+", " ", match["rel"].lower())
    if rel == "tahun lalu":
        year = ref.year - 1
    elif rel == "tahun depan":
        year = ref.year + 1
    elif rel in ("tahun ini", "ini"):
        year = ref.year
    elif rel in ("lalu", "kemarin"):
        year, _ = undated_month(ref, month, "past", strict=True)
    else:
        year, _ = undated_month(ref, month, "future", strict=False)
    return ym(year, month), None, "month", True, []



def resolve_month_bare(match: re.Match, sentence: str, ref: dt.date | None,
                        future: bool) -> Resolved:
    g = match.groupdict()
    if not (g["ctx"] or g["qual"] or re.search(r"(?i:bulan)", match.group())):
        return None
    if ref is None:
        return None
    year, month = undated_month(ref, month_of(g["m"]), "future" if future else "past", False)
    return ym(year, month), None, "month", True, []



def resolve_relative_day(match: re.Match, sentence: str, ref: dt.date | None,
                          future: bool) -> Resolved:
    if ref is None:
        return None
    word = re.sub(r"\s+", " ", match["w"].lower())
    delta = {"kemarin lusa": -2, "kemarin": -1, "hari ini": 0, "besok": 1, "esok hari": 1,
             "lusa": 2}[word]
    return iso(ref + dt.timedelta(days=delta)), None, "day", True, []



def resolve_relative_count(match: re.Match, sentence: str, ref: dt.date | None,
                            future: bool) -> Resolved:
    if ref is None:
        return None
    word = match["n"]
    if word[0].isupper() and sentence[:match.start()].strip(" \"“‘'(["):
        return None  # "di Banua Lima pekan lalu": a capitalised number word ends a name
    n = number_of(word)
    if n is None or n == 0 or n > 200:
        return None
    sign = 1 if match["dir"].lower() in ("lagi", "mendatang") else -1
    unit = match["unit"].lower()
    if unit == "hari":
        return iso(ref + dt.timedelta(days=sign * n)), None, "day", True, []
    if unit in ("pekan", "minggu"):
        monday, sunday = week_of(ref + dt.timedelta(days=7 * sign * n))
        return iso(monday), iso(sunday), "day", True, []
    if unit == "bulan":
        return ym(*shift_month(ref.year, ref.month, sign * n)), None, "month", True, []
    return str(ref.year + sign * n), None, "year", True, []



def resolve_relative_week(match: re.Match, sentence: str, ref: dt.date | None,
                           future: bool) -> Resolved:
    if ref is None or VAGUE.search(sentence[:match.start()]):
        return None
    if match["unit"] == "Minggu" and sentence[:match.start()].strip(" \"“‘'(["):
        return None  # mid-sentence "Minggu lalu" is a Sunday, not a week
    direction = match["dir"].lower()
    shift = {"lalu": -7, "kemarin": -7, "depan": 7, "mendatang": 7, "ini": 0}[direction]
    monday, sunday = week_of(ref + dt.timedelta(days=shift))
    if match["qual"]:  # "awal pekan depan" names no day: its month, when the week has one
        if monday.month == sunday.month:
            return ym(monday.year, monday.month), None, "month", True, []
    return iso(monday), iso(sunday), "day", True, []



def resolve_relative_period(match: re.Match, sentence: str, ref: dt.date | None,
                             future: bool) -> Resolved:
    if ref is None or VAGUE.search(sentence[:match.start()]):
        return None  # "beberapa bulan lalu" is vague
    shift = {"lalu": -1, "kemarin": -1, "depan": 1, "mendatang": 1, "ini": 0}[
        match["dir"].lower()]
    if match["unit"].lower() == "bulan":
        return ym(*shift_month(ref.year, ref.month, shift)), None, "month", True, []
    return str(ref.year + shift), None, "year", True, []



_FIRST_OR_LAST = re.compile(r"(?i:\bpertama(?:nya|\s+kali)?\b|\bterakhir\b|\bperdana\b)")



def resolve_in_years(match: re.Match, sentence: str, ref: dt.date | None,
                      future: bool) -> Resolved:
    if ref is None or not _FIRST_OR_LAST.search(sentence):
        return None
    n = number_of(match["n"])
    if n is None or not 2 <= n <= 100:
        return None
    return str(ref.year - n), None, "year", True, []



def resolve_weekday_week(match: re.Match, sentence: str, ref: dt.date | None,
                          future: bool) -> Resolved:
    """"Selasa pekan lalu": the Tuesday of the previous Monday-Sunday week (not the nearest one)."""
    if ref is None:
        return None
    shift = {"lalu": -7, "kemarin": -7, "depan": 7, "mendatang": 7, "ini": 0}[match["dir"].lower()]
    monday, _ = week_of(ref + dt.timedelta(days=shift))
    return iso(monday + dt.timedelta(days=weekday_of(match["wd"]))), None, "day", True, []



def resolve_weekday_relative(match: re.Match, sentence: str, ref: dt.date | None,
                              future: bool) -> Resolved:
    if ref is None:
        return None
    weekday = weekday_of(match["wd"])
    direction = match["dir"].lower()
    if direction in ("lalu", "kemarin"):
        date = weekday_near(ref, weekday, "past", strict=True)
    elif direction == "ini":
        date = weekday_near(ref, weekday, "future" if future else "past", strict=False)
    else:
        date = weekday_near(ref, weekday, "future", strict=True)
    return iso(date), None, "day", True, []



def resolve_weekday_range(match: re.Match, sentence: str, ref: dt.date | None,
                           future: bool) -> Resolved:
    if ref is None:
        return None
    first = weekday_near(ref, weekday_of(match["wd1"]), "future" if future else "past", False)
    span = (weekday_of(match["wd2"]) - first.weekday()) % 7
    if span == 0:
        return None
    last = first + dt.timedelta(days=span)
    if not future and last > ref:  # a past range ends by the reference day
        first, last = first - dt.timedelta(days=7), last - dt.timedelta(days=7)
    return iso(first), iso(last), "day", True, []



def resolve_weekday(match: re.Match, sentence: str, ref: dt.date | None,
                     future: bool) -> Resolved:
    if ref is None:
        return None
    date = weekday_near(ref, weekday_of(match["wd"]), "future" if future else "past", False)
    return iso(date), None, "day", True, []
