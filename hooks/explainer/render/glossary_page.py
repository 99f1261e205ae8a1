"""Render the "Glosarium" pages: entries grouped by type, alphabetical, paginated by letter when large."""

from __future__ import annotations

from collections import defaultdict

from ..corpus.glossary import TYPE_LABELS, entry_src, letter_of
from ..extract.entities import TYPES
from ..extract.sentences import sentence_anchor, sentence_spans
from ..idformat import format_count, format_date_id
from ..model import Article
from .links import make_linker
from .mdtext import html_text, md_escape, page_href, rel_link
from .timeline_entries import entry_pages
from .timeline_page import Linker
from .quotes_page import quote_item, speaker_src

INDEX = "glosarium/index.md"
MAX_LISTED_QUOTES = 3  # the rest are on the Kutipan page
MAX_LISTED_ARTICLES = 10  # an entity named in thousands of articles lists its top ten; the export has all
TYPE_HEADINGS = {"person": "Orang", "organization": "Organisasi", "place": "Tempat", "event": "Peristiwa",
                 "other": "Lainnya"}


def render_glossary(entries: list[dict], articles: dict[str, Article], timeline: list[dict],
                    linker: Linker | None = None, quotes: dict[str | None, list[dict]] | None = None
                    ) -> dict[str, str]:
    """Docs path -> Markdown for the glossary (always "glosarium/index.md"). `linker` is make_linker(entries)
    when the caller has one already (its matches are remembered); `quotes` maps a speaker's entry id to their
    quote records (speakers.by_speaker), listed in the entry."""
    appearances = _appearances(entries, timeline, linker)
    quotes = quotes or {}
    quote_total = sum(len(items) for items in quotes.values())
    paginated = any(entry_src(e) != INDEX for e in entries)
    if not paginated:
        body = ["# Glosarium", "", _intro(len(entries)), ""]
        body += _grouped(entries, INDEX, articles, appearances, quotes, quote_total)
        return {INDEX: "\n".join(body).rstrip() + "\n"}
    pages: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        pages[entry_src(entry)].append(entry)
    out: dict[str, str] = {}
    index = ["# Glosarium", "", _intro(len(entries)), "", "| Huruf | Entri |", "| --- | --- |"]
    for src in sorted(pages):
        letter = letter_of(pages[src][0]["id"])
        label = "0–9 dan lainnya" if letter == "lain" else letter.upper()
        index.append(f"| [{md_escape(label)}]({rel_link(INDEX, src)}) | {len(pages[src])} |")
        body = [f"# Glosarium: {md_escape(label)}", "", f"[Kembali ke indeks glosarium]({rel_link(src, INDEX)})", ""]
        body += _grouped(pages[src], src, articles, appearances, quotes, quote_total)
        out[src] = "\n".join(body).rstrip() + "\n"
    out[INDEX] = "\n".join(index) + "\n"
    return out


def _intro(count: int) -> str:
    return (f"Daftar {count} nama orang, organisasi, tempat, dan peristiwa yang disebut dalam artikel, "
            "beserta keterangan yang diambil dari teks artikel itu sendiri.")


def _grouped(entries: list[dict], src: str, articles: dict[str, Article],
             appearances: dict[str, tuple], quotes: dict[str | None, list[dict]], quote_total: int) -> list[str]:
    lines: list[str] = []
    for kind in TYPES:
        group = sorted((e for e in entries if e["type"] == kind), key=lambda e: (e["name"].lower(), e["id"]))
        if not group:
            continue
        lines += [f"## {TYPE_HEADINGS[kind]}", ""]
        for entry in group:
            lines += _entry(entry, src, articles, appearances.get(entry["id"]), quotes.get(entry["id"], []),
                            quote_total)
    return lines


def _entry(entry: dict, src: str, articles: dict[str, Article], seen: tuple | None,
           said: list[dict] | None = None, quote_total: int = 0) -> list[str]:
    """A heading (a search section and a TOC item), then the entry's facts as one raw HTML list (text escaped)."""
    items = [f"<li><strong>Jenis:</strong> {TYPE_LABELS.get(entry['type'], entry['type'])}</li>"]
    aliases = [a for a in entry["aliases"] if a != entry["name"]]
    if aliases:
        items.append("<li><strong>Disebut juga:</strong> " + ", ".join(html_text(a) for a in aliases) + "</li>")
    if entry["description"]:
        text = f"<li><strong>Keterangan:</strong> {html_text(entry['description'])}"
        link = _source_link(entry, src, articles)
        if link:
            text += f' (<a href="{link}" data-pagefind-ignore>sumber</a>)'  # navigation, not entry text
        items.append(text + "</li>")
    mentions = entry["mentions"]
    if mentions:
        total = sum(mentions.values())
        listed = []
        ranked = sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))
        for article_id, count in ranked[:MAX_LISTED_ARTICLES]:
            article = articles.get(article_id)
            if article is None:
                continue
            title = html_text(article.title)
            target = f'<a href="{page_href(src, article.src_path)}">{title}</a>' if article.src_path else title
            listed.append(f"<li>{target} ({count}×)</li>")
        if len(ranked) > MAX_LISTED_ARTICLES:
            listed.append(f"<li>dan {format_count(len(ranked) - MAX_LISTED_ARTICLES)} artikel lain (daftar lengkap "
                          f'di <a href="{page_href(src, "data/glossary.json")}">glossary.json</a>)</li>')
        items.append(f"<li><strong>Disebut dalam:</strong> {format_count(len(mentions))} artikel, "
                     f"{format_count(total)} kali<ul>{''.join(listed)}</ul></li>")
    if seen:
        (first, first_page), (last, last_page) = seen
        shown = [(first, first_page)] + ([(last, last_page)] if last["id"] != first["id"] else [])
        items.append("<li><strong>Muncul di linimasa:</strong> " + " sampai ".join(
            f'<a href="{page_href(src, page, item["id"])}">{format_date_id(item["date"], item.get("end"))}</a>'
            for item, page in shown) + "</li>")
    if said:
        shown_quotes = "".join(quote_item(record, articles, src) for record in said[:MAX_LISTED_QUOTES])
        more = f'<a href="{page_href(src, speaker_src(entry["id"], quote_total), entry["id"])}">semua di Kutipan</a>'
        items.append(f"<li><strong>Kutipan:</strong> {format_count(len(said))} ({more})"
                     f'<ul class="kutipan">{shown_quotes}</ul></li>')
    return [f"### {md_escape(entry['name'])} {{#{entry['id']}}}", "", f"<ul>{''.join(items)}</ul>", ""]


def _source_link(entry: dict, src: str, articles: dict[str, Article]) -> str | None:
    """URL of the sentence the description comes from, on its article page."""
    source = entry.get("description_source")
    if not source:
        return None
    article = articles.get(source.get("article", ""))
    if article is None or not article.src_path:
        return None
    quote = source.get("quote") or ""
    for block_index, block in enumerate(article.blocks):
        if quote and quote in block.text:
            for sentence_index, (a, b) in enumerate(sentence_spans(block.text)):
                if a <= block.text.index(quote) < b:
                    return page_href(src, article.src_path, sentence_anchor(block_index, sentence_index))
    return page_href(src, article.src_path)


def _appearances(entries: list[dict], timeline: list[dict], linker: Linker | None
                 ) -> dict[str, tuple[tuple[dict, str], tuple[dict, str]]]:
    """Entry id -> ((first timeline entry, its page), (last timeline entry, its page)) naming the entity
    in its text or quotes."""
    linker = linker or make_linker(entries)
    pages = entry_pages(timeline)
    found: dict[str, list[dict]] = defaultdict(list)
    for item in timeline:
        if not item.get("date"):
            continue
        texts = [str(item.get("text") or "")] + [str(s.get("quote") or "") for s in item.get("sources", [])]
        for entry_id in {link[2] for text in texts for link in linker(text, INDEX)}:
            found[entry_id].append(item)
    result = {}
    for entry_id, items in found.items():
        first = min(items, key=lambda i: (i["date"], i["id"]))
        last = max(items, key=lambda i: (i.get("end") or i["date"], i["id"]))
        result[entry_id] = ((first, pages[first["id"]]), (last, pages[last["id"]]))
    return result
