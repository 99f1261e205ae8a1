"""An outlet's boilerplate style (`Outlet`), its menu line and its publication date-line formats."""

from __future__ import annotations

import datetime as dt
import functools
import random
from dataclasses import dataclass

from .words import DAYS, DAYS_SHORT, MONTHS, MONTHS_EN_SHORT, MONTHS_SHORT, load_data

NAV_SECTIONS = load_data("frame")["nav_sections"]


@dataclass(frozen=True)
class Outlet:
    name: str
    domain: str
    dateline: str = ""                     # glued before the first paragraph; "" = none
    date_formats: tuple[str, ...] = ("weekday_pipe",)  # keys of PUBLICATION_FORMATS; () = none
    timezone: str = "WIB"
    updated_line: bool = False             # a second "Diperbarui ..." date line
    date_first: bool = False               # date line above the credits
    credit: str = "none"                   # a style of frame.make_credits
    header: tuple[str, ...] = ()           # junk lines above the headline; "{NAV}" = nav menu
    nav_separator: str = " "
    section_label: bool = False
    headline_repeats: int = 0              # up to this many extra copies of the headline
    deck_rate: float = 0.0
    image_placeholder: bool = False
    caption: str = "credit"                # agency | credit | illustration
    teaser: str = "Baca Juga: "
    ads: tuple[str, ...] = ()              # junk lines that may sit between paragraphs
    suffix: str = ""                       # "(*)" or "initials" after the last paragraph
    tags: str = "none"                     # topik_line | topik_bullets | tags_csv | hashtags
    footer: tuple[str, ...] = ()
    related_header: str = "Berita Terkait"
    related_style: str = "plain"           # plain | doubled | summary | numbered | empty
    related_last: bool = True              # related block after (True) or before the footer
    curly_quotes: bool = True
    pad_slash_dates: bool = False          # "(05/09/2023)" rather than "(5/9/2023)"
    trailing_spaces: bool = False          # some raw lines end with a space

    @property
    def upper(self) -> str:
        return self.name.replace(" ", "").upper()

    @property
    def domain_cap(self) -> str:
        return self.domain[:1].upper() + self.domain[1:]


@functools.cache
def nav_line(outlet: Outlet) -> str:
    """The outlet's menu: the same sections in every one of its articles."""
    rng = random.Random("nav-" + outlet.name)
    chosen = sorted(rng.sample(range(len(NAV_SECTIONS)), rng.randint(10, 18)))
    return outlet.nav_separator.join(NAV_SECTIONS[i] for i in chosen)


# --- publication date lines ---------------------------------------------------------------------

def _pub_dash_abbrev(t: dt.datetime, tz: str) -> str:        # 05 - Sep - 2023, 19:15
    return f"{t.day:02d} - {MONTHS_SHORT[t.month - 1]} - {t.year}, {t:%H:%M}"


def _pub_day_month_time(t: dt.datetime, tz: str) -> str:     # 18 Juni 2024 12:40
    return f"{t.day} {MONTHS[t.month - 1]} {t.year} {t:%H:%M}"


def _pub_weekday_pipe(t: dt.datetime, tz: str) -> str:       # Selasa, 12 September 2023 | 14:05 WIB
    return f"{DAYS[t.weekday()]}, {t.day} {MONTHS[t.month - 1]} {t.year} | {t:%H:%M} {tz}"


def _pub_weekday_dash(t: dt.datetime, tz: str) -> str:       # Kamis, 7 Maret 2024 - 08:30 WIB
    return f"{DAYS[t.weekday()]}, {t.day} {MONTHS[t.month - 1]} {t.year} - {t:%H:%M} {tz}"


def _pub_short_weekday(t: dt.datetime, tz: str) -> str:      # Sel, 12 Sep 2023 14:05 WIB
    return f"{DAYS_SHORT[t.weekday()]}, {t.day:02d} {MONTHS_SHORT[t.month - 1]} {t.year} " \
           f"{t:%H:%M} {tz}"


def _pub_compact_weekday(t: dt.datetime, tz: str) -> str:    # Senin 04 Des 2023 09:15 WIT
    return f"{DAYS[t.weekday()]} {t.day:02d} {MONTHS_SHORT[t.month - 1]} {t.year} {t:%H:%M} {tz}"


def _pub_slash(t: dt.datetime, tz: str) -> str:              # 12/09/2023, 14:05 WIB
    return f"{t:%d/%m/%Y}, {t:%H:%M} {tz}"


def _pub_weekday_slash(t: dt.datetime, tz: str) -> str:      # Selasa, 12/09/2023 14:05 WIB
    return f"{DAYS[t.weekday()]}, {t:%d/%m/%Y %H:%M} {tz}"


def _pub_iso(t: dt.datetime, tz: str) -> str:                # 2023-09-12 14:05:33
    return f"{t:%Y-%m-%d %H:%M}:{(t.minute * 7) % 60:02d}"


def _pub_published_label(t: dt.datetime, tz: str) -> str:    # Diterbitkan 12 September 2023 ...
    return f"Diterbitkan {t.day} {MONTHS[t.month - 1]} {t.year} pukul {t:%H.%M} {tz}"


def _pub_abbrev_month_time(t: dt.datetime, tz: str) -> str:  # 12 Sep 2023, 14:05 WIB
    return f"{t.day} {MONTHS_SHORT[t.month - 1]} {t.year}, {t:%H:%M} {tz}"


def _pub_english(t: dt.datetime, tz: str) -> str:            # Sep 12, 2023 - 14:05
    return f"{MONTHS_EN_SHORT[t.month - 1]} {t.day}, {t.year} - {t:%H:%M}"


def _pub_dmy_dash(t: dt.datetime, tz: str) -> str:           # 12-09-2023 14:05
    return f"{t:%d-%m-%Y %H:%M}"


def _pub_date_only(t: dt.datetime, tz: str) -> str:          # 12 September 2023
    return f"{t.day} {MONTHS[t.month - 1]} {t.year}"


PUBLICATION_FORMATS = {
    "dash_abbrev": _pub_dash_abbrev, "day_month_time": _pub_day_month_time,
    "weekday_pipe": _pub_weekday_pipe, "weekday_dash": _pub_weekday_dash,
    "short_weekday": _pub_short_weekday, "compact_weekday": _pub_compact_weekday,
    "slash": _pub_slash, "weekday_slash": _pub_weekday_slash, "iso": _pub_iso,
    "published_label": _pub_published_label, "abbrev_month_time": _pub_abbrev_month_time,
    "english": _pub_english, "dmy_dash": _pub_dmy_dash, "date_only": _pub_date_only,
}
DATE_ONLY_FORMATS = frozenset({"date_only"})
