"""Render the "Glosarium" pages: entries grouped by type, alphabetical, paginated by letter when large."""

from __future__ import annotations

from collections import defaultdict

from ..corpus.glossary import entry_src, letter_of
from ..extract.entities import TYPES
from ..extract.sentences import sentence_anchor, sentence_spans
from ..idformat import format_count, format_date_id, join_id, shorten
from ..model import Article
from .links import make_linker
from .mdtext import front_matter, html_text, md_escape, page_href, rel_link
from .timeline_entries import entry_pages
from .timeline_page import Linker
from .quotes_page import speaker_src

INDEX = "glosarium/index.md"
MAX_LISTED_ARTICLES = 3  # the articles naming an entity most; the rest are counted (all are in the export)
QUOTE_CHARS = 90  # an entry shows its speaker's first quote shortened to about this length
TITLE_CHARS = 50  # and the titles of the articles naming it
MAX_ALIASES = 6  # other names listed; the rest are counted
LETTER_JUMPS_FROM = 15  # a type group of this many entries gets a row of letters to jump by
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
    head = front_matter(title="Glosarium", description=_intro(len(entries)))
    if not paginated:
        body = [head, "", "# Glosarium", "", _intro(len(entries)), ""]
        body += _grouped(entries, INDEX, articles, appearances, quotes, quote_total)
        return {INDEX: "\n".join(body).rstrip() + "\n"}
    pages: dict[str, list[dict]] = defaultdict(list)
    for entry in entries:
        pages[entry_src(entry)].append(entry)
    out: dict[str, str] = {}
    index = [head, "", "# Glosarium", "", _intro(len(entries)), "", "| Huruf | Entri |", "| --- | --- |"]
    for src in sorted(pages):
        letter = letter_of(pages[src][0]["id"])
        label = "0–9 dan lainnya" if letter == "lain" else letter.upper()
        index.append(f"| [{md_escape(label)}]({rel_link(INDEX, src)}) | {len(pages[src])} |")
        names = sorted((e["name"] for e in pages[src]), key=str.lower)
        about = f"Glosarium {label}: {format_count(len(names))} nama, antara lain {join_id(names[:3])}."
        body = [front_matter(title=f"Glosarium: {label}", description=about), "",
                f"# Glosarium: {md_escape(label)}", "",
                f"[Kembali ke indeks glosarium]({rel_link(src, INDEX)})", ""]
        body += _grouped(pages[src], src, articles, appearances, quotes, quote_total)
        out[src] = "\n".join(body).rstrip() + "\n"
    out[INDEX] = "\n".join(index) + "\n"
    return out


def _intro(count: int) -> str:
    return (f"Daftar {count} nama orang, organisasi, tempat, dan peristiwa yang disebut dalam artikel, "
            "beserta keterangan yang diambil dari teks artikel itu sendiri.")


def _grouped(entries: list[dict], src: str, articles: dict[str, Article],
             appearances: dict[str, tuple], quotes: dict[str | None, list[dict]], quote_total: int) -> list[str]:
    """The entries by type (the type said once, in the group's heading), each group alphabetical; first a row of
    links to the groups, and a row of letters in each long group."""
    groups = []
    for kind in TYPES:
        group = sorted((e for e in entries if e["type"] == kind), key=lambda e: (e["name"].lower(), e["id"]))
        if group:
            groups.append((kind, group))
    if not groups:
        return []
    jumps = " · ".join(f'<a href="#jenis-{kind}">{TYPE_HEADINGS[kind]}</a> ({format_count(len(group))})'
                       for kind, group in groups)
    lines = [f'<nav class="gl-lompat" aria-label="Jenis entri">Lompat ke: {jumps}</nav>', ""]
    for kind, group in groups:
        lines += [f"## {TYPE_HEADINGS[kind]} {{#jenis-{kind}}}", ""]
        if len(group) >= LETTER_JUMPS_FROM:
            lines += [_letter_row(kind, group), ""]
        for entry in group:
            lines += _entry(entry, src, articles, appearances.get(entry["id"]), quotes.get(entry["id"], []),
                            quote_total)
    return lines


def _letter_row(kind: str, group: list[dict]) -> str:
    """Links to the first entry of the group under each initial letter."""
    firsts: dict[str, str] = {}
    for entry in group:
        initial = entry["name"][:1].upper()
        firsts.setdefault(initial if initial.isalpha() else "#", entry["id"])
    links = " ".join(f'<a href="#{anchor}">{html_text(letter)}</a>' for letter, anchor in firsts.items())
    return f'<nav class="gl-huruf" aria-label="{TYPE_HEADINGS[kind]} menurut huruf awal">{links}</nav>'


def _entry(entry: dict, src: str, articles: dict[str, Article], seen: tuple | None,
           said: list[dict] | None = None, quote_total: int = 0) -> list[str]:
    """A heading (a search section and a TOC item), then the entry in one dense paragraph (raw HTML, text
    escaped): its description, then one small line of facts (other names, the articles naming it, its time on
    the timeline, its first quote)."""
    lead = html_text(entry["description"]) if entry["description"] else ""
    link = _source_link(entry, src, articles) if lead else None
    if link:
        lead += f' (<a href="{link}" data-pagefind-ignore>sumber</a>)'  # navigation, not entry text
    facts = []
    aliases = [a for a in entry["aliases"] if a != entry["name"]]
    if aliases:
        more = f" dan {format_count(len(aliases) - MAX_ALIASES)} lainnya" if len(aliases) > MAX_ALIASES else ""
        facts.append("Disebut juga " + ", ".join(html_text(a) for a in aliases[:MAX_ALIASES]) + more)
    mentions = entry["mentions"]
    if mentions:
        total = sum(mentions.values())
        ranked = sorted(mentions.items(), key=lambda kv: (-kv[1], kv[0]))
        listed = []
        for article_id, count in ranked[:MAX_LISTED_ARTICLES]:
            article = articles.get(article_id)
            if article is not None:
                title = html_text(shorten(article.title, TITLE_CHARS))
                target = (f'<a href="{page_href(src, article.src_path)}" data-pagefind-ignore>{title}</a>'  # navigation
                          if article.src_path else title)
                listed.append(f"{target} ({count}×)")
        if len(ranked) > MAX_LISTED_ARTICLES:
            listed.append(f"dan {format_count(len(ranked) - MAX_LISTED_ARTICLES)} artikel lain")
        facts.append(f"Disebut dalam {format_count(len(mentions))} artikel, {format_count(total)} kali: "
                     + ", ".join(listed))
    if seen:
        (first, first_page), (last, last_page) = seen
        shown = [(first, first_page)] + ([(last, last_page)] if last["id"] != first["id"] else [])
        facts.append("Linimasa: " + " sampai ".join(
            f'<a href="{page_href(src, page, item["id"])}">{format_date_id(item["date"], item.get("end"))}</a>'
            for item, page in shown))
    if said:
        more = f'<a href="{page_href(src, speaker_src(entry["id"], quote_total), entry["id"])}">semua di Kutipan</a>'
        facts.append(f"Kutipan ({format_count(len(said))}): <q>{html_text(shorten(said[0]['text'], QUOTE_CHARS))}</q> "
                     f"({more})")
    info = f'<span class="gl-fakta">{" · ".join(facts)}</span>' if facts else ""
    body = lead + info
    heading = f"### {md_escape(entry['name'])} {{#{entry['id']}}}"
    return [heading, "", f'<p class="gl-entri">{body}</p>', ""] if body else [heading, ""]


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
        for entry_id in {link[2] for text in texts for link in linker.found(text)}:  # type: ignore[attr-defined]
            found[entry_id].append(item)
    result = {}
    for entry_id, items in found.items():
        first = min(items, key=lambda i: (i["date"], i["id"]))
        last = max(items, key=lambda i: (i.get("end") or i["date"], i["id"]))
        result[entry_id] = ((first, pages[first["id"]]), (last, pages[last["id"]]))
    return result
