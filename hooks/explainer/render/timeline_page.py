"""Render timeline entries as "Linimasa" Markdown pages, by year and month, paginated if large."""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

from ..corpus.coverage import outlet_count
from ..idformat import MONTH_NAMES as MONTHS_ID
from ..idformat import first_sentence, format_count, format_date_id
from ..memo import Memo
from ..model import Article
from .mdtext import attr_escape, front_matter, html_text, html_with_links, md_escape, rel_link
from .timeline_entries import (INDEX, SINGLE_PAGE_LIMIT, caveat_html, entry_order, newest_date, plan_label,
                               source_links_html, timeline_periods)
from .timeline_svg import render_visual

Linker = Callable[[str, str], list[tuple[int, int, str, str, str | None]]]


def render_timeline(entries: list[dict], articles: dict[str, Article],
                    linker: Linker | None = None, memo: Memo[str] | None = None) -> dict[str, str]:
    """Docs path -> Markdown for the timeline; always includes "linimasa/index.md".

    Small timelines fit on the index page (## year, ### month). Larger ones get one page per year
    ("linimasa/2023.md"), or per month ("linimasa/2023-09.md") for a year above
    YEAR_PAGE_LIMIT entries; the index then lists the periods, and each period page links to
    the previous and next period. `memo`: each entry's HTML kept between builds (see _entry_inputs).
    """
    entries = sorted(entries, key=entry_order)
    intro = _intro(entries)
    visual = render_visual(entries, INDEX)
    if visual:
        intro += "\n\n" + visual
    now = newest_date(articles.values())
    head = front_matter(title="Linimasa", description=first_sentence(_intro(entries)))
    if len(entries) <= SINGLE_PAGE_LIMIT:
        body = _years_markdown(entries, INDEX, articles, linker, year_headings=True, now=now, memo=memo)
        return {INDEX: f"{head}\n\n# Linimasa\n\n{intro}\n\n{body}".rstrip() + "\n"}
    periods = timeline_periods(entries)
    pages: dict[str, str] = {}
    lines = [head, "", "# Linimasa", "", intro, "", "| Periode | Peristiwa |", "| --- | ---: |"]
    for path, label, items in periods:
        lines.append(f"| [{md_escape(label)}]({rel_link(INDEX, path)}) | {len(items)} |")
    pages[INDEX] = "\n".join(lines) + "\n"
    for k, (path, label, items) in enumerate(periods):
        nav = _period_nav(path, periods, k)
        body = _years_markdown(items, path, articles, linker, year_headings=False, now=now, memo=memo)
        about = front_matter(title=f"Linimasa {label}",
                             description=f"Linimasa {label}: " + first_sentence(_intro(items)))
        pages[path] = f"{about}\n\n# Linimasa {md_escape(label)}\n\n{nav}\n\n{body}\n\n{nav}\n"
    return pages


def _intro(entries: list[dict]) -> str:
    if not entries:
        return "Belum ada peristiwa bertanggal yang ditemukan dalam artikel."
    articles = {source["article"] for entry in entries for source in entry["sources"]}
    first = format_date_id(entries[0]["date"])
    last = format_date_id(max(entry.get("end") or entry["date"] for entry in entries))
    return (f"{format_count(len(entries))} peristiwa bertanggal dari {format_count(len(articles))} artikel, "
            "disusun menurut "
            f"waktu ({first} sampai {last}). Setiap peristiwa menautkan kalimat sumbernya.")


def _period_nav(path: str, periods: list[tuple[str, str, list[dict]]], k: int) -> str:
    parts = []
    if k > 0:
        before_path, before_label, _ = periods[k - 1]
        parts.append(f"[← {md_escape(before_label)}]({rel_link(path, before_path)})")
    parts.append(f"[Semua periode]({rel_link(path, INDEX)})")
    if k + 1 < len(periods):
        after_path, after_label, _ = periods[k + 1]
        parts.append(f"[{md_escape(after_label)} →]({rel_link(path, after_path)})")
    return " · ".join(parts)


def _years_markdown(entries: list[dict], page: str, articles: dict[str, Article],
                    linker: Linker | None, year_headings: bool, now: str | None = None,
                    memo: Memo[str] | None = None) -> str:
    """Entries under year (##, when year_headings) and month headings."""
    out: list[str] = []
    year = month = None
    level = "###" if year_headings else "##"
    for entry in entries:
        entry_year = entry["date"][:4]
        entry_month = entry["date"][:7] if len(entry["date"]) >= 7 else None
        if entry_year != year:
            year, month = entry_year, None
            if year_headings:
                out.append(f"## {year} {{#tahun-{year}}}\n")
        if entry_month != month:
            month = entry_month
            if month:
                label = f"{MONTHS_ID[int(month[5:7]) - 1]} {month[:4]}"
                out.append(f"{level} {label} {{#bulan-{month}}}\n")
        html = partial(_entry_html, entry, page, articles, linker, now)
        keyed = memo is not None and (linker is None or hasattr(linker, "inputs"))  # a linker without: not kept
        out.append(memo.get_same((page, entry.get("id")), _entry_inputs(entry, page, articles, linker, now), html)
                   if keyed else html())  # type: ignore[union-attr]
    return "\n".join(out).rstrip()


def _entry_inputs(entry: dict, page: str, articles: dict[str, Article], linker: Linker | None,
                  now: str | None) -> tuple:
    """Everything _entry_html reads (its memo key): the entry, its page, its plan label (from the present), the
    source articles' names and pages, and the glossary names found in its text with their titles and pages."""
    sources = [(article.id, article.outlet, article.title, article.src_path) if article else (source["article"],)
               for source in entry.get("sources") or [] for article in [articles.get(source["article"])]]
    links = linker.inputs(entry["text"]) if linker else None  # type: ignore[attr-defined]
    return entry, page, plan_label(entry, now), sources, links


def _entry_html(entry: dict, page: str, articles: dict[str, Article], linker: Linker | None,
                now: str | None = None) -> str:
    """One entry as raw HTML lines we write ourselves (seed text escaped): the dated sentence with its sources,
    then its notes as one short line (timeline_entries.caveat_html). Raw HTML skips Markdown's inline
    processing (timelines hold tens of thousands)."""
    when = format_date_id(entry["date"], entry.get("end"))
    head = f"<strong>{when}</strong>"
    plan = plan_label(entry, now)
    if plan:
        head += f" · <em>{plan}</em>"
    anchor = f' id="{attr_escape(entry["id"])}"' if entry.get("id") else ""
    text = _linked_text(entry["text"], page, linker)
    sources = source_links_html(entry, page, articles)
    reported = outlet_count(entry, articles)
    block = f"<p{anchor}>{head} · {text}<br>Sumber ({reported} media): {sources}</p>\n"
    caveat = caveat_html(entry)
    return block + (f"\n{caveat}\n" if caveat else "")


def _linked_text(text: str, page: str, linker: Linker | None) -> str:
    if linker is None:
        return html_text(text)
    links = []
    seen: set[str] = set()
    taken_until = -1
    for start, end, entity_id, href, title in sorted(linker(text, page)):
        if entity_id in seen or start < taken_until:
            continue
        seen.add(entity_id)
        taken_until = end
        links.append((start, end, href, title))
    return html_with_links(text, links).strip()
