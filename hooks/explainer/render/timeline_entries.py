"""Timeline entries wherever a page shows one: which Linimasa page holds it, how its date, plan and notes read."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from ..idformat import MONTH_NAMES, format_count, format_date_id
from ..model import Article
from .mdtext import html_text

INDEX = "linimasa/index.md"
SINGLE_PAGE_LIMIT = 300  # up to this many entries everything stays on the index page
YEAR_PAGE_LIMIT = 400  # a year with more entries gets one page per month


def entry_order(entry: dict) -> tuple[str, str, str]:
    """Date order: start, end, id."""
    return entry["date"], entry.get("end") or "", entry.get("id", "")


def timeline_periods(entries: list[dict]) -> list[tuple[str, str, list[dict]]]:
    """(page path, label, entries) per year, or per month inside a year above YEAR_PAGE_LIMIT entries; `entries`
    in date order."""
    by_year: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        by_year[entry["date"][:4]].append(entry)
    periods: list[tuple[str, str, list[dict]]] = []
    for year in sorted(by_year):
        items = by_year[year]
        if len(items) <= YEAR_PAGE_LIMIT:
            periods.append((f"linimasa/{year}.md", year, items))
            continue
        by_month: dict[str, list[dict]] = defaultdict(list)
        for entry in items:
            by_month[entry["date"][:7] if len(entry["date"]) >= 7 else year].append(entry)
        for key in sorted(by_month):
            label = f"{year} (sepanjang tahun)" if key == year else f"{MONTH_NAMES[int(key[5:7]) - 1]} {year}"
            periods.append((f"linimasa/{key}.md", label, by_month[key]))
    return periods


def entry_pages(entries: list[dict]) -> dict[str, str]:
    """Timeline entry id -> docs path of the Linimasa page that shows it (same split as the Linimasa pages)."""
    if len(entries) <= SINGLE_PAGE_LIMIT:
        return {entry["id"]: INDEX for entry in entries}
    return {entry["id"]: path for path, _, items in timeline_periods(sorted(entries, key=entry_order))
            for entry in items}


def newest_date(articles: Iterable[Article]) -> str | None:
    """The newest article's date ("YYYY-MM-DD", stated or inferred): the corpus' present."""
    return max((article.reference_date for article in articles if article.reference_date), default=None)


def plan_label(entry: dict, now: str | None) -> str | None:
    """How a planned entry reads: "direncanakan" while its date is not before the newest article (`now`);
    once the corpus has moved past it, it is the plan that was reported, not a future plan."""
    if not entry.get("planned"):
        return None
    date = entry["date"]
    return "rencana yang diberitakan" if now and date < now[:len(date)] else "direncanakan"


def when_text(entry: dict, now: str | None) -> str:
    """An entry's date as readers see it, with its plan label: "18–19 Juni 2024 (direncanakan)"."""
    when = format_date_id(entry["date"], entry.get("end"))
    label = plan_label(entry, now)
    return f"{when} ({label})" if label else when


def caveat_html(entry: dict) -> str:
    """The entry's notes as one short line, the same on every page that shows the entry: a closed disclosure
    ("Catatan tanggal", with their number when more than one) that opens on the notes; "" without notes.
    A block: it goes after a paragraph, or inside a list item or a table cell, never inside a <p>."""
    notes = [note for note in entry.get("notes") or [] if str(note).strip()]
    if not notes:
        return ""
    count = f" ({format_count(len(notes))})" if len(notes) > 1 else ""
    body = " ".join(f'<span class="catatan-isi">{html_text(str(note))}</span>' for note in notes)
    return f'<details class="catatan"><summary>Catatan tanggal{count}</summary>{body}</details>'
