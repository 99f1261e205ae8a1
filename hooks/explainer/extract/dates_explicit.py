"""Resolvers of date expressions that carry their own day, month or year ("Senin (4/8/2023)",
"13 September", "April 2022", "pada 2019"); a missing year comes from the reference day."""

from __future__ import annotations

import datetime as dt
import re

from .dates_calendar import (Resolved, direction, iso, make_date, month_of, typo_fix, typo_fix_note,
                             undated_day, undated_weekday_date, weekday_note, weekday_of, year_of, ym)


def resolve_weekday_range_slash(match: re.Match, sentence: str, ref: dt.date | None,
                                 future: bool) -> Resolved:
    return _slash_days(match, ref, future, range_=True)



def resolve_weekday_slash(match: re.Match, sentence: str, ref: dt.date | None,
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
        start = undated_weekday_date(ref, month, first_day, weekday_of(g["wd1"] if range_
                                                                       else g["wd"]), future)
        if start is None:
            return None
        year = start.year
    else:
        year = year_of(g["y"])
        start = make_date(year, month, first_day)
    end = make_date(year, month, last_day)
    if start is None or end is None or end < start:
        return None
    written = weekday_of(g["wd1"] if range_ else g["wd"])
    fixed = None if range_ or relative else typo_fix(start, written, ref)
    if fixed is not None:
        return iso(fixed), None, "day", False, [typo_fix_note(start, written, fixed)]
    notes = weekday_note(written, start)
    if range_:
        notes += weekday_note(weekday_of(g["wd2"]), end)
    return iso(start), (iso(end) if end != start else None), "day", relative, notes



def resolve_slash_range(match: re.Match, sentence: str, ref: dt.date | None,
                         future: bool) -> Resolved:
    g = match.groupdict()
    year, month = int(g["y"]), int(g["m"])
    start, end = make_date(year, month, int(g["d1"])), make_date(year, month, int(g["d2"]))
    if start is None or end is None or end <= start:
        return None
    return iso(start), iso(end), "day", False, []



def resolve_slash(match: re.Match, sentence: str, ref: dt.date | None,
                   future: bool) -> Resolved:
    g = match.groupdict()
    date = make_date(int(g["y"]), int(g["m"]), int(g["d"]))
    return None if date is None else (iso(date), None, "day", False, [])



def resolve_day_month_range(match: re.Match, sentence: str, ref: dt.date | None,
                             future: bool) -> Resolved:
    g = match.groupdict()
    m1, m2 = month_of(g["m1"]), month_of(g["m2"])
    d1, d2 = int(g["d1"]), int(g["d2"])
    if g["y"] or g["y1"]:
        y2 = int(g["y"] or g["y1"])
        y1 = int(g["y1"]) if g["y1"] else (y2 - 1 if m1 > m2 else y2)
        relative = False
    else:
        if ref is None:
            return None
        first = undated_day(ref, m1, d1, direction(match, future))
        if first is None:
            return None
        y1 = first.year
        y2 = y1 + 1 if m2 < m1 else y1
        relative = True
    start, end = make_date(y1, m1, d1), make_date(y2, m2, d2)
    if start is None or end is None or end <= start or (end - start).days > 366:
        return None
    return iso(start), iso(end), "day", relative, []



def resolve_day_range(match: re.Match, sentence: str, ref: dt.date | None,
                       future: bool) -> Resolved:
    g = match.groupdict()
    month, d1, d2 = month_of(g["m"]), int(g["d1"]), int(g["d2"])
    if d2 <= d1:
        return None
    if g["y"]:
        year, relative = int(g["y"]), False
    else:
        if ref is None:
            return None
        first = undated_day(ref, month, d1, direction(match, future))
        if first is None:
            return None
        year, relative = first.year, True
    start, end = make_date(year, month, d1), make_date(year, month, d2)
    if start is None or end is None:
        return None
    notes: list[str] = []
    if g["wd1"]:
        notes = weekday_note(weekday_of(g["wd1"]), start) + \
            weekday_note(weekday_of(g["wd2"]), end)
    return iso(start), iso(end), "day", relative, notes



def resolve_day_month(match: re.Match, sentence: str, ref: dt.date | None,
                       future: bool) -> Resolved:
    g = match.groupdict()
    month, day = month_of(g["m"]), int(g["d"])
    if g["y"]:
        date = make_date(int(g["y"]), month, day)
        relative = False
    else:
        if ref is None:
            return None
        date = undated_day(ref, month, day, direction(match, future))
        relative = True
    if date is None:
        return None
    if g["wd"] and not relative and (fixed := typo_fix(date, weekday_of(g["wd"]), ref)) is not None:
        return iso(fixed), None, "day", False, [typo_fix_note(date, weekday_of(g["wd"]), fixed)]
    notes = weekday_note(weekday_of(g["wd"]), date) if g["wd"] else []
    return iso(date), None, "day", relative, notes



def resolve_month_range(match: re.Match, sentence: str, ref: dt.date | None,
                         future: bool) -> Resolved:
    g = match.groupdict()
    m1, m2 = month_of(g["m1"]), month_of(g["m2"])
    y2 = int(g["y"])
    y1 = int(g["y1"]) if g["y1"] else (y2 - 1 if m1 > m2 else y2)
    if (y1, m1) >= (y2, m2):
        return None
    return ym(y1, m1), ym(y2, m2), "month", False, []



def resolve_month_year(match: re.Match, sentence: str, ref: dt.date | None,
                        future: bool) -> Resolved:
    return ym(int(match["y"]), month_of(match["m"])), None, "month", False, []



def resolve_year_range(match: re.Match, sentence: str, ref: dt.date | None,
                        future: bool) -> Resolved:
    y1, y2 = int(match["y1"]), int(match["y2"])
    if not match["ctx"] or not y1 < y2 <= y1 + 100:
        return None
    return str(y1), str(y2), "year", False, []



_LAW_NUMBER = re.compile(r"(?i:nomor|no\.?)\s*\d+\s*$")



def resolve_year_context(match: re.Match, sentence: str, ref: dt.date | None,
                          future: bool) -> Resolved:
    if not (match["ctx"] or match["qual"]):
        return None
    if _LAW_NUMBER.search(sentence[:match.start()]):  # "UU Nomor 12 Tahun 2011" names a law
        return None
    return match["y"], None, "year", False, []
