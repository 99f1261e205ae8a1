"""Timeline entries wherever a page shows one: which Linimasa page holds it, how its date, plan and notes read."""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Callable, Iterable

from ..corpus.coverage import event_articles
from ..idformat import MONTH_NAMES, format_count, format_date_id
from ..model import Article
from .mdtext import attr_escape, html_text, page_href

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
    """Timeline entry id -> docs path of the Linimasa page that shows it (same split as the Linimasa pages).
    Shared: read it, do not change it (see _split)."""
    if len(entries) <= SINGLE_PAGE_LIMIT:
        return {entry["id"]: INDEX for entry in entries}
    return _split(tuple(sorted(map(entry_order, entries))))


@functools.lru_cache(maxsize=1)
def _split(order: tuple[tuple[str, str, str], ...]) -> dict[str, str]:
    """entry_pages of entries in this date order (`entry_order`, all the split reads): the last answer is given
    again for the same order, as several pages of a build ask, and so does the next build under `mkdocs serve`
    when no entry moved."""
    return {item["id"]: path for path, _, items in timeline_periods([{"date": date, "id": entry_id}
                                                                     for date, _, entry_id in order])
            for item in items}


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


def caveat_html(entry: dict, escape: Callable[[str], str] = html_text) -> str:
    """The entry's notes as one short line, the same on every page that shows the entry: a closed disclosure
    ("Catatan tanggal", with their number when more than one) that opens on the notes; "" without notes.
    A block: it goes after a paragraph, or inside a list item or a table cell, never inside a <p>. `escape`:
    how the notes' text is written (`mdtext.md_escape` where Markdown still reads it, as in a table cell)."""
    notes = [str(note) for note in entry.get("notes") or [] if str(note).strip()]
    if not notes:
        return ""
    count = f" ({format_count(len(notes))})" if len(notes) > 1 else ""
    body = " ".join(f'<span class="catatan-isi">{escape(note)}</span>' for note in notes)
    return f'<details class="catatan"><summary>Catatan tanggal{count}</summary>{body}</details>'


def source_links_html(entry: dict, here: str, by_id: dict[str, Article]) -> str:
    """The entry's source articles as HTML links to their quoted sentence, labelled by outlet ("Outlet (2)" for
    an outlet's second article), "—" when none is on the site."""
    anchors: dict[str, str | None] = {}
    for source in entry.get("sources") or []:
        anchors.setdefault(source["article"], source["page"].partition("#")[2] or None)
    parts = []
    used: dict[str, int] = defaultdict(int)
    for article_id in event_articles(entry):
        article = by_id.get(article_id)
        if article is None or not article.src_path:
            continue
        label = article.outlet or article.title or article.id
        used[label] += 1
        if used[label] > 1:
            label = f"{label} ({used[label]})"
        title = f' title="{attr_escape(article.title)}"' if article.title else ""
        parts.append(f'<a href="{page_href(here, article.src_path, anchors[article_id])}"{title}>'
                     f"{html_text(label)}</a>")
    return ", ".join(parts) if parts else "—"


def event_item(entry: dict, here: str, where: dict[str, str], by_id: dict[str, Article], now: str | None,
               text: str | None = None) -> str:
    """One entry as an HTML list item, the same on every list that shows events: its date linking its Linimasa
    entry, its plan label, its words (`text`: already shortened, else the entry's), its sources and its notes."""
    date = f'<a href="{page_href(here, where.get(entry["id"], INDEX), entry["id"])}">' \
           f'{format_date_id(entry["date"], entry.get("end"))}</a>'
    label = plan_label(entry, now)
    plan = f" <em>({label})</em>" if label else ""
    words = html_text(entry.get("text", "") if text is None else text)
    return (f"<li><strong>{date}</strong>{plan} · {words} ({source_links_html(entry, here, by_id)})"
            f"{caveat_html(entry)}</li>")
