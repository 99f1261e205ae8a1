"""Date expressions for an article's body (`DateWriter`), each with its phrase, evidence and normalised date."""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass

from .words import DAYS, MONTHS, NUMBER_WORDS, month_shift


@dataclass(frozen=True)
class DateMention:
    phrase: str         # as it goes into a sentence: "pada Selasa (12/9/2023)", "pekan lalu"
    evidence: str       # the date expression itself: "Selasa (12/9/2023)"
    date: str           # normalised start: YYYY-MM-DD | YYYY-MM | YYYY
    granularity: str    # day | week | month | year
    difficulty: str     # explicit | relative (needs the publication date)
    end: str | None = None


def _day(d: dt.date) -> str:
    return d.isoformat()


def _month(y: int, m: int) -> str:
    return f"{y:04d}-{m:02d}"


def _week_of(d: dt.date) -> tuple[dt.date, dt.date]:
    monday = d - dt.timedelta(days=d.weekday())
    return monday, monday + dt.timedelta(days=6)


class DateWriter:
    """Date expressions relative to an article's publication day."""

    def __init__(self, rng: random.Random, published: dt.date, pad_slash: bool) -> None:
        self.rng = rng
        self.published = published
        self.pad = pad_slash

    # -- formatting helpers --
    def slash(self, d: dt.date, year: bool = True) -> str:
        day, month = (f"{d.day:02d}", f"{d.month:02d}") if self.pad else (d.day, d.month)
        return f"{day}/{month}/{d.year}" if year else f"{day}/{month}"

    @staticmethod
    def long(d: dt.date, year: bool = True) -> str:
        text = f"{d.day} {MONTHS[d.month - 1]}"
        return f"{text} {d.year}" if year else text

    def _pick(self, options: list[tuple[int, DateMention]]) -> DateMention:
        weights = [w for w, _ in options]
        return self.rng.choices([m for _, m in options], weights)[0]

    def _exact_day(self, d: dt.date) -> list[tuple[int, DateMention]]:
        """Ways to name one day that need no publication date."""
        wd, iso = DAYS[d.weekday()], _day(d)
        return [
            (4, DateMention(f"pada {wd} ({self.slash(d)})", f"{wd} ({self.slash(d)})", iso,
                            "day", "explicit")),
            (3, DateMention(f"pada {self.long(d)}", self.long(d), iso, "day", "explicit")),
            (1, DateMention(f"pada {wd}, {self.long(d)}", f"{wd}, {self.long(d)}", iso, "day",
                            "explicit")),
        ]

    # -- categories --
    def recent_past(self) -> DateMention:
        """0-5 days before publication."""
        k = self.rng.randint(0, 5)
        d = self.published - dt.timedelta(days=k)
        wd, iso = DAYS[d.weekday()], _day(d)
        options = self._exact_day(d) + [
            (2, DateMention(f"pada {wd} ({self.slash(d, False)})", f"{wd} ({self.slash(d, False)})",
                            iso, "day", "relative")),
            (1, DateMention(f"pada {self.long(d, False)}", self.long(d, False), iso, "day",
                            "relative")),
        ]
        if k == 1:
            options.append((3, DateMention("kemarin", "kemarin", iso, "day", "relative")))
        if 2 <= k <= 5:
            words = f"{NUMBER_WORDS[k]} hari lalu"
            options.append((2, DateMention(words, words, iso, "day", "relative")))
        if k >= 1:
            options.append((2, DateMention(f"pada {wd}", wd, iso, "day", "relative")))
        return self._pick(options)

    def weeks_ago(self) -> DateMention:
        """A day in the calendar week before publication."""
        monday, sunday = _week_of(self.published - dt.timedelta(days=7))
        d = monday + dt.timedelta(days=self.rng.randint(0, 6))
        word = self.rng.choice(("pekan lalu", "minggu lalu"))
        options = self._exact_day(d) + [
            (6, DateMention(word, word, _day(monday), "week", "relative", _day(sunday)))]
        return self._pick(options)

    def months_ago(self) -> DateMention:
        back = self.rng.randint(1, 10)
        y, m = month_shift(self.published.year, self.published.month, -back)
        month, iso = MONTHS[m - 1], _month(y, m)
        d = dt.date(y, m, self.rng.randint(1, 28))
        bulan = self.rng.choice(("", "bulan "))
        options = self._exact_day(d) + [
            (3, DateMention(f"pada {month} lalu", f"{month} lalu", iso, "month", "relative")),
            (3, DateMention(f"pada {bulan}{month} {y}", f"{month} {y}", iso, "month", "explicit")),
            (1, DateMention(f"pada awal {month} {y}", f"awal {month} {y}", iso, "month",
                            "explicit")),
            (1, DateMention(f"pada akhir {month} {y}", f"akhir {month} {y}", iso, "month",
                            "explicit")),
        ]
        if back == 1:
            options.append((4, DateMention("bulan lalu", "bulan lalu", iso, "month", "relative")))
        return self._pick(options)

    def years_ago(self) -> DateMention:
        back = self.rng.randint(1, 7)
        y = self.published.year - back
        m = self.rng.randint(1, 12)
        d = dt.date(y, m, self.rng.randint(1, 28))
        tahun = self.rng.choice(("", "tahun "))
        options = self._exact_day(d) + [
            (5, DateMention(f"pada {tahun}{y}", f"{tahun}{y}".strip(), str(y), "year",
                            "explicit")),
            (2, DateMention(f"pada {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {y}", _month(y, m),
                            "month", "explicit")),
        ]
        if back == 1:
            options += [
                (3, DateMention("tahun lalu", "tahun lalu", str(y), "year", "relative")),
                (1, DateMention(f"pada {MONTHS[m - 1]} tahun lalu", f"{MONTHS[m - 1]} tahun lalu",
                                _month(y, m), "month", "relative")),
            ]
        return self._pick(options)

    def past_period(self) -> DateMention:
        """A range of years or months before publication."""
        rng = self.rng
        if rng.random() < 0.5:
            y2 = self.published.year - rng.randint(0, 2)
            y1 = y2 - rng.randint(1, 4)
            dash = rng.choice(("-", "–"))
            options = [
                (2, DateMention(f"pada periode {y1}{dash}{y2}", f"{y1}{dash}{y2}", str(y1),
                                "year", "explicit", str(y2))),
                (2, DateMention(f"dari {y1} hingga {y2}", f"{y1} hingga {y2}", str(y1), "year",
                                "explicit", str(y2))),
                (1, DateMention(f"sepanjang {y1} sampai {y2}", f"{y1} sampai {y2}", str(y1),
                                "year", "explicit", str(y2))),
            ]
        else:
            y = self.published.year - rng.randint(1, 3)
            m1 = rng.randint(1, 10)
            m2 = rng.randint(m1 + 1, min(12, m1 + 5))
            first, last = MONTHS[m1 - 1], MONTHS[m2 - 1]
            options = [
                (2, DateMention(f"sepanjang {first} hingga {last} {y}",
                                f"{first} hingga {last} {y}", _month(y, m1), "month", "explicit",
                                _month(y, m2))),
                (1, DateMention(f"pada {first}-{last} {y}", f"{first}-{last} {y}", _month(y, m1),
                                "month", "explicit", _month(y, m2))),
            ]
        return self._pick(options)

    def near_future(self) -> DateMention:
        k = self.rng.randint(1, 30)
        d = self.published + dt.timedelta(days=k)
        options = self._exact_day(d) + [
            (1, DateMention(f"pada {self.long(d, False)} mendatang", self.long(d, False), _day(d),
                            "day", "relative"))]
        if k == 1:
            options.append((3, DateMention("besok", "besok", _day(d), "day", "relative")))
        monday, sunday = _week_of(self.published + dt.timedelta(days=7))
        options.append((2, DateMention("pekan depan", "pekan depan", _day(monday), "week",
                                       "relative", _day(sunday))))
        y, m = month_shift(self.published.year, self.published.month, 1)
        options.append((1, DateMention("bulan depan", "bulan depan", _month(y, m), "month",
                                       "relative")))
        return self._pick(options)

    def day_range(self, future: bool) -> DateMention:
        """Two to four consecutive days, e.g. '10-13 September 2023'."""
        rng = self.rng
        offset = rng.randint(2, 40)
        start = self.published + dt.timedelta(days=offset if future else -offset - 4)
        end = start + dt.timedelta(days=rng.randint(1, 3))
        iso, iso_end = _day(start), _day(end)
        if start.month != end.month:
            text = f"{self.long(start, False)} hingga {self.long(end)}"
            return DateMention(f"pada {text}", text, iso, "day", "explicit", iso_end)
        month = MONTHS[start.month - 1]
        slash = f"{start.day}-{self.slash(end)}"
        days = f"{DAYS[start.weekday()]} hingga {DAYS[end.weekday()]}"
        options = [
            (3, DateMention(f"pada {start.day}-{end.day} {month} {start.year}",
                            f"{start.day}-{end.day} {month} {start.year}", iso, "day", "explicit",
                            iso_end)),
            (2, DateMention(f"pada {days} ({slash})", f"{days} ({slash})", iso, "day", "explicit",
                            iso_end)),
        ]
        if future:
            options.append((1, DateMention(f"pada {start.day}-{end.day} {month} mendatang",
                                           f"{start.day}-{end.day} {month}", iso, "day",
                                           "relative", iso_end)))
        return self._pick(options)
