"""The timeline at a glance: events per period as inline SVG drawn at build time, long gaps compressed."""

from __future__ import annotations

import functools
from dataclasses import dataclass

from ..idformat import MONTH_NAMES, format_count
from .mdtext import html_text, page_href
from .timeline_entries import INDEX, entry_order, entry_pages

MAX_BARS = 36  # columns on a wide screen; more periods are drawn by year, then as year ranges
MAX_ROWS = 14  # rows on a phone
WIDE_WIDTH = 720  # px the columns may take on Linimasa (about the text column); fewer periods take less
COMPACT_WIDTH = 416  # px on Beranda
SHORT_MONTHS = ("Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des")


@dataclass
class Period:
    """A run of time with its events: months start..end (month numbers counted from year 0)."""

    start: int
    end: int
    level: str  # "month" | "year" (a year-only bin, or a whole year) | "range" (several years)
    count: int = 0
    first: str = ""  # the id of the period's earliest entry

    @property
    def label(self) -> str:
        year = self.start // 12
        if self.level == "month":
            return f"{MONTH_NAMES[self.start % 12]} {year}"
        if self.level == "year":
            return str(year)
        return f"{year}–{self.end // 12}"

    @property
    def short(self) -> str:
        if self.level == "range":
            return f"{self.start // 12}–{self.end // 12 % 100:02d}"
        return f"{SHORT_MONTHS[self.start % 12]} {self.start // 12}" if self.level == "month" else self.label


def periods(entries: list[dict], max_bins: int = MAX_BARS) -> list[Period]:
    """The entries counted per month with events (an entry dated only by its year counts in a bin of its year,
    before its months); by year when there are more than `max_bins` such bins; then adjacent years with the
    fewest events are joined until `max_bins` remain. Empty months and years are not bins (gaps)."""
    by_month, by_year = _binned(tuple(sorted(entry_order(e) for e in entries if e.get("date"))))
    bins = list(by_month if len(by_month) <= max_bins else by_year)
    while len(bins) > max_bins:
        k = min(range(len(bins) - 1), key=lambda i: (bins[i].count + bins[i + 1].count, i))
        a, b = bins[k], bins[k + 1]
        bins[k:k + 2] = [Period(a.start, b.end, "range", a.count + b.count, a.first)]
    return bins


@functools.lru_cache(maxsize=1)
def _binned(order: tuple[tuple[str, str, str], ...]) -> tuple[list[Period], list[Period]]:
    """The bins by month and by year of entries in date order (their `entry_order`): those last made are given
    again for the same order (each SVG asks twice, Linimasa and Beranda each draw one). Shared: not changed."""
    return _bins(order, by_month=True), _bins(order, by_month=False)


def _bins(order: tuple[tuple[str, str, str], ...], by_month: bool) -> list[Period]:
    found: dict[tuple[int, int, str], Period] = {}
    for date, _, entry_id in order:
        year = int(date[:4])
        if by_month and len(date) >= 7:
            month = year * 12 + int(date[5:7]) - 1
            key = (month, month, "month")
        else:
            key = (year * 12, year * 12 + 11, "year")
        period = found.get(key)
        if period is None:
            period = found[key] = Period(*key, first=entry_id)
        period.count += 1
    return sorted(found.values(), key=lambda p: (p.start, p.level != "year"))


def gap_after(bins: list[Period], k: int) -> str:
    """How much empty time lies between bin k and the next ("8 bulan", "16 tahun"), or "" when none."""
    if k + 1 >= len(bins):
        return ""
    empty = bins[k + 1].start - bins[k].end - 1
    if empty <= 0:
        return ""
    return f"{empty} bulan" if empty < 24 else f"{round(empty / 12)} tahun"


def render_visual(entries: list[dict], from_src: str, name: str = "linimasa", compact: bool = False) -> str:
    """One raw HTML block (a single line): a wide SVG (columns) and a phone SVG (rows), shown by screen width,
    each bar linking to its period's section of Linimasa. Each SVG is drawn at its own size (never scaled up,
    so its text stays as set in the stylesheet whatever the number of periods) and carries a title (the
    summary) and a description (every period with its count: the text alternative). Linimasa then lists the
    periods as links (readable and reachable by keyboard without the picture); the `compact` one on Beranda
    does not repeat them. `name` keeps the ids unique on the page."""
    if not entries:
        return ""
    pages = entry_pages(entries)
    wide, narrow = periods(entries, MAX_BARS if not compact else MAX_BARS // 2), periods(entries, MAX_ROWS)
    targets = {id(p): _target(p, pages, from_src) for p in wide + narrow}
    total = sum(p.count for p in wide)
    summary = (f"Linimasa sekilas: {format_count(total)} peristiwa dalam {format_count(len(wide))} periode; "
               "paling ramai: " + ", ".join(f"{p.label} ({format_count(p.count)})"
                                           for p in sorted(wide, key=lambda p: (-p.count, p.start))[:3]))
    described = "; ".join(f"{p.label}: {format_count(p.count)} peristiwa" + (f" (lalu jeda {gap})" if gap else "")
                          for k, p in enumerate(wide) for gap in [gap_after(wide, k)]) + "."
    columns = _columns(wide, targets, name, (summary, described), compact)
    rows = _rows(narrow, targets, f"{name}-hp", (summary, described))
    css = "linimasa-visual kecil" if compact else "linimasa-visual"
    listing = "" if compact else _period_list(wide, targets)
    return f'<div class="{css}" data-pagefind-ignore>{columns}{rows}{listing}</div>'


def _period_list(bins: list[Period], targets: dict[int, str]) -> str:
    """The periods as a list of links with their counts and the gaps between them."""
    items = []
    for k, p in enumerate(bins):
        items.append(f'<li><a href="{targets[id(p)]}">{html_text(p.label)}</a>: {format_count(p.count)}</li>')
        gap = gap_after(bins, k)
        if gap:
            items.append(f'<li class="lv-gap">(jeda {gap})</li>')
    return f'<ul class="lv-periode" aria-label="Jumlah peristiwa per periode">{"".join(items)}</ul>'


def _svg(css: str, width: float, height: float, name: str, texts: tuple[str, str], parts: list[str]) -> str:
    """An SVG drawn at its own size, a group of links with a title and a description (not role="img": its
    bars are links, which an image's children cannot be)."""
    title, description = texts
    return (f'<svg class="{css}" width="{width:.0f}" height="{height:.0f}" viewBox="0 0 {width:.0f} {height:.0f}" '
            f'role="group" aria-labelledby="{name}-judul" aria-describedby="{name}-uraian">'
            f'<title id="{name}-judul">{html_text(title)}</title><desc id="{name}-uraian">{html_text(description)}'
            f'</desc>{"".join(parts)}</svg>')


def _target(period: Period, pages: dict[str, str], from_src: str) -> str:
    """Link to the period's section: its month heading, its year heading on a one-page Linimasa, else its
    first entry."""
    page = pages.get(period.first, INDEX)
    if period.level == "month":
        anchor = f"bulan-{period.start // 12}-{period.start % 12 + 1:02d}"
    elif page == INDEX and period.level == "year":
        anchor = f"tahun-{period.start // 12}"
    else:
        anchor = period.first or None
    return page_href(from_src, page, anchor)


def _columns(bins: list[Period], targets: dict[int, str], name: str, texts: tuple[str, str], compact: bool) -> str:
    """Wide screens: one column per period over a time axis; a gap in time is a short break mark. The whole
    column is the link (an invisible rectangle), not only its bar."""
    width, gap_width, bar_height = (COMPACT_WIDTH if compact else WIDE_WIDTH), 26, (56 if compact else 110)
    top, label_height = 18, (18 if compact else 34)
    gaps = sum(1 for k in range(len(bins)) if gap_after(bins, k))
    slot = min(60.0, (width - gaps * gap_width) / max(len(bins), 1))
    most = max(p.count for p in bins)
    parts = []
    x = 0.0
    last_year = None
    for k, p in enumerate(bins):
        height = max(2.0, bar_height * p.count / most)
        y = top + bar_height - height
        tip = f"{p.label}: {format_count(p.count)} peristiwa"
        parts.append(f'<a href="{targets[id(p)]}" tabindex="-1"><title>{html_text(tip)}</title>'
                     f'<rect class="lv-hit" x="{x:.1f}" y="0" width="{slot:.1f}" height="{top + bar_height}"></rect>'
                     f'<rect class="lv-bar" x="{x + slot * 0.12:.1f}" y="{y:.1f}" width="{slot * 0.76:.1f}" '
                     f'height="{height:.1f}"></rect>')
        if not compact and (len(bins) <= 24 or p.count * 3 >= most * 2):
            parts.append(f'<text class="lv-count" x="{x + slot / 2:.1f}" y="{y - 4:.1f}">{p.count}</text>')
        parts.append("</a>")
        year = p.start // 12
        axis = top + bar_height + 14
        months = p.level == "month" and not compact and slot >= 24
        if months:
            parts.append(f'<text class="lv-label" x="{x + slot / 2:.1f}" y="{axis}">{SHORT_MONTHS[p.start % 12]}</text>')
        if p.level != "month" or year != last_year or (k and gap_after(bins, k - 1)):
            shown = str(year) if p.level == "month" else p.short
            parts.append(f'<text class="lv-year" x="{x + slot / 2:.1f}" y="{axis + (14 if months else 0)}">'
                         f"{html_text(shown)}</text>")
        last_year = year
        x += slot
        if gap_after(bins, k):
            mid = x + gap_width / 2
            parts.append(f'<path class="lv-break" d="M{mid - 6:.1f} {top + bar_height - 6} l6 -8 l0 16 l6 -8"></path>')
            x += gap_width
    return _svg("lv-wide", x, top + bar_height + label_height, name, texts, parts)


def _rows(bins: list[Period], targets: dict[int, str], name: str, texts: tuple[str, str]) -> str:
    """Phones: one row per period (label, bar, count), time running down; a gap is a thin labelled row. The
    whole row is the link, easy to tap."""
    width, label_width, row, gap_row = 340, 96, 24, 18
    most = max(p.count for p in bins)
    parts = []
    y = 0
    for k, p in enumerate(bins):
        length = max(2.0, (width - label_width - 40) * p.count / most)
        tip = f"{p.label}: {format_count(p.count)} peristiwa"
        parts.append(f'<a href="{targets[id(p)]}" tabindex="-1"><title>{html_text(tip)}</title>'
                     f'<rect class="lv-hit" x="0" y="{y}" width="{width}" height="{row}"></rect>'
                     f'<text class="lv-label lv-left" x="{label_width - 8}" y="{y + 16}">{html_text(p.short)}</text>'
                     f'<rect class="lv-bar" x="{label_width}" y="{y + 4}" width="{length:.1f}" height="{row - 8}">'
                     f'</rect><text class="lv-count lv-start" x="{label_width + length + 6:.1f}" y="{y + 16}">'
                     f"{p.count}</text></a>")
        y += row
        gap = gap_after(bins, k)
        if gap:
            parts.append(f'<text class="lv-gapnote" x="{label_width}" y="{y + 12}">⋯ jeda {html_text(gap)}</text>')
            y += gap_row
    return _svg("lv-narrow", width, y, name, texts, parts)
