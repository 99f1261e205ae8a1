"""Render the home page ("Beranda"): an overview generated from the data, above the hand-written intro."""

from __future__ import annotations

import re

from ..corpus.coverage import top_entities
from ..corpus.glossary import entry_src
from ..corpus.summary import key_people, summary_events
from ..idformat import format_count, format_date_id, join_id
from ..model import Article
from .article_index import INDEX_PAGE, newest_first
from .mdtext import md_escape, rel_link
from .sources_page import date_text, source_links
from .quotes_page import INDEX as QUOTES_PAGE
from .timeline_svg import render_visual
from .timeline_entries import INDEX as TIMELINE_PAGE
from .timeline_entries import entry_pages, newest_date, plan_label, when_text

HOME = "index.md"
GLOSSARY_PAGE = "glosarium/index.md"
SOURCES_PAGE = "sumber.md"
LATEST_ARTICLES = 5
LATEST_EVENTS = 5
TOP_NAMES = 5  # names per type in "Paling sering disebut"
LEAD_NAMES = 3  # names in the opening paragraph
SUMMARY_EVENTS = 6  # bullets in "Ringkasan"
KEY_PEOPLE = 5
NAMED_TYPES = (("person", "Orang"), ("place", "Tempat"), ("organization", "Organisasi"))

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.S)
_H1 = re.compile(r"\A\s*(#[ \t]+\S[^\n]*)")
_STARTS_WITH_HEADING = re.compile(r"\A#{1,6}[ \t]")


def render_home(articles: list[Article], timeline: list[dict], glossary: list[dict], intro: str,
                quotes: list[dict] | None = None) -> str:
    """Markdown of the home page: the intro's front matter and H1, then what happened ("Ringkasan": the
    most-reported events, each a cited sentence), the key people, then the generated overview (counts, key
    figures with entry points, latest events, most-named people and places, latest articles), then the rest
    of the hand-written intro ("Tentang situs ini")."""
    front, title, rest = split_intro(intro)
    lines = [front] if front else []
    if title:
        lines += [title, ""]
    lines += _summary(articles, timeline, glossary)
    lines += _glance(timeline)
    lines += _key_people(glossary)
    lines += [_lead(articles, timeline, glossary), ""]
    lines += _figures(articles, timeline, glossary, quotes or [])
    lines += _latest_events(articles, timeline)
    lines += _names(glossary)
    lines += _latest_articles(articles)
    if rest:
        if not _STARTS_WITH_HEADING.match(rest):
            lines += ["## Tentang situs ini", ""]
        lines += [rest, ""]
    return "\n".join(lines).rstrip() + "\n"


def split_intro(intro: str) -> tuple[str, str, str]:
    """(front matter block or "", the H1 line it opens with or "", everything else) of the hand-written intro."""
    text = intro.replace("\r\n", "\n").lstrip("\ufeff")
    front = ""
    match = _FRONT_MATTER.match(text)
    if match:
        front, text = match.group(0).rstrip("\n") + "\n", text[match.end():]
    heading = _H1.match(text)
    title = ""
    if heading:
        title, text = heading.group(1).strip(), text[heading.end():]
    return front, title, text.strip()


def _lead(articles: list[Article], timeline: list[dict], glossary: list[dict]) -> str:
    """The story in a few lines: how many articles from how many outlets over which dates, what was found."""
    if not articles:
        return "Belum ada artikel yang diolah."
    outlets = {article.outlet for article in articles if article.outlet}
    dates = sorted(article.published[:10] for article in articles if article.published)
    text = f"Situs ini menyusun {format_count(len(articles))} artikel dari {format_count(len(outlets))} media"
    if dates and dates[0] != dates[-1]:
        text += f" yang terbit antara {format_date_id(dates[0])} dan {format_date_id(dates[-1])}"
    elif dates:
        text += f" yang terbit pada {format_date_id(dates[0])}"
    text += "."
    source = "artikel itu" if len(articles) == 1 else "artikel-artikel itu"
    found = []
    if timeline:
        found.append(f"{format_count(len(timeline))} peristiwa bertanggal")
    named = [entry for entry in glossary if entry["type"] in ("person", "organization", "place")]
    if named:
        found.append(f"{format_count(len(named))} nama orang, organisasi, dan tempat")
    if found:
        text += f" Dari {source} tersusun {join_id(found)}."
    top = [md_escape(entry["name"]) for entry in top_entities(glossary, LEAD_NAMES)]
    if top:
        text += f" Yang paling sering disebut: {join_id(top)}."
    return text


def _figures(articles: list[Article], timeline: list[dict], glossary: list[dict], quotes: list[dict]) -> list[str]:
    """Key figures, each with the section that holds them."""
    outlets = {article.outlet for article in articles if article.outlet}
    lines = ["## Sekilas", ""]
    events = f"**{format_count(len(timeline))}** peristiwa bertanggal"
    if timeline:
        first = min(entry["date"] for entry in timeline)
        last = max(entry.get("end") or entry["date"] for entry in timeline)
        events += f", {format_date_id(first[:4], last[:4])}"
    lines.append(f"- [Linimasa]({rel_link(HOME, TIMELINE_PAGE)}): {events}")
    counts = {kind: sum(1 for entry in glossary if entry["type"] == kind) for kind, _ in NAMED_TYPES}
    kinds = ", ".join(f"**{format_count(counts[kind])}** {label.lower()}" for kind, label in
                      (("person", "Orang"), ("organization", "Organisasi"), ("place", "Tempat")))
    lines.append(f"- [Glosarium]({rel_link(HOME, GLOSSARY_PAGE)}): {kinds}")
    lines.append(f"- [Artikel]({rel_link(HOME, INDEX_PAGE)}): **{format_count(len(articles))}** artikel dari "
                 f"**{format_count(len(outlets))}** media, dapat dibaca utuh")
    if quotes:
        lines.append(_quotes_figure(quotes))
    lines.append(f"- [Sumber]({rel_link(HOME, SOURCES_PAGE)}): metadata setiap artikel, siapa melaporkan apa, "
                 "dan data untuk diunduh")
    return lines + [""]


def _latest_events(articles: list[Article], timeline: list[dict]) -> list[str]:
    by_id = {article.id: article for article in articles}
    now = newest_date(articles)
    latest = _latest(timeline, LATEST_EVENTS, now) or _latest(timeline, LATEST_EVENTS)
    if not latest:
        return []
    where = entry_pages(timeline)
    lines = ["## Peristiwa terbaru", ""]
    for entry in latest:
        date = f"[{when_text(entry, now)}]({rel_link(HOME, where[entry['id']], entry['id'])})"
        lines.append(f"- **{date}** · {md_escape(entry.get('text', ''))} — {source_links(entry, HOME, by_id)}")
    lines += ["", f"[Seluruh linimasa]({rel_link(HOME, TIMELINE_PAGE)})", ""]
    return lines


_QUOTE_MARK = re.compile(r"[\"“”„«»]")


def _latest(timeline: list[dict], limit: int, until: str | None = None) -> list[dict]:
    """The `limit` latest events, newest first by date (a range by its start; ties: the longer range, then
    id). Left out: entries starting after `until` (plans announced for later) and entries carrying quoted
    speech (what someone said, dated by when it was said, is not an event)."""
    kept = [entry for entry in timeline if not _QUOTE_MARK.search(entry.get("text", ""))
            and (not until or entry["date"] <= until[:len(entry["date"])])]
    kept.sort(key=lambda entry: entry.get("id", ""))
    kept.sort(key=lambda entry: (entry["date"], entry.get("end") or entry["date"]), reverse=True)
    return kept[:limit]


def _names(glossary: list[dict]) -> list[str]:
    lines = []
    for kind, label in NAMED_TYPES:
        top = top_entities(glossary, TOP_NAMES, (kind,))
        if top:
            names = ", ".join(f"[{md_escape(entry['name'])}]({rel_link(HOME, entry_src(entry), entry['id'])}) "
                              f"({format_count(len(entry['mentions']))})" for entry in top)
            lines.append(f"- **{label}:** {names}")
    if not lines:
        return []
    return (["## Paling sering disebut", "", "Nama yang disebut dalam artikel terbanyak (jumlah artikel dalam "
             "kurung).", ""] + lines + ["", f"[Seluruh glosarium]({rel_link(HOME, GLOSSARY_PAGE)})", ""])


def _latest_articles(articles: list[Article]) -> list[str]:
    if not articles:
        return []
    lines = ["## Artikel terbaru", ""]
    for article in newest_first(articles)[:LATEST_ARTICLES]:
        lines.append(f"- [{md_escape(article.title)}]({rel_link(HOME, article.src_path)}) — "
                     f"{md_escape(article.outlet or 'media tidak diketahui')}, {date_text(article)}")
    lines += ["", f"[Semua artikel]({rel_link(HOME, INDEX_PAGE)})", ""]
    return lines


def _summary(articles: list[Article], timeline: list[dict], glossary: list[dict]) -> list[str]:
    """What happened, first: the most-reported events in date order, each one sentence from the sources with
    its date (linking its Linimasa entry) and its sources; a plan says it was reported as a plan."""
    by_id = {article.id: article for article in articles}
    chosen = summary_events(timeline, by_id, glossary, SUMMARY_EVENTS)
    if not chosen:
        return []
    where = entry_pages(timeline)
    now = newest_date(articles)
    lines = ["## Ringkasan", "", "Peristiwa yang paling banyak diberitakan, menurut urutan waktu; setiap kalimat "
             "dikutip dari artikelnya.", ""]
    for entry in chosen:
        when = format_date_id(entry["date"], entry.get("end"))
        date = f"[{when}]({rel_link(HOME, where[entry['id']], entry['id'])})"
        label = plan_label(entry, now)
        plan = f" *({label})*" if label else ""
        lines.append(f"- **{date}**{plan} · {md_escape(entry.get('text', ''))} "
                     f"({source_links(entry, HOME, by_id)})")
    return lines + [""]


def _key_people(glossary: list[dict]) -> list[str]:
    """The people named in most articles, with the description the articles give them."""
    people = key_people(glossary, KEY_PEOPLE)
    if not people:
        return []
    lines = ["## Tokoh utama", ""]
    for entry in people:
        name = f"[{md_escape(entry['name'])}]({rel_link(HOME, entry_src(entry), entry['id'])})"
        about = f" — {md_escape(entry['description'])}" if entry.get("description") else ""
        lines.append(f"- **{name}**{about}")
    return lines + [""]


def _glance(timeline: list[dict]) -> list[str]:
    """The small visual timeline: events per period, each bar linking to its part of Linimasa."""
    visual = render_visual(timeline, HOME, name="beranda", compact=True)
    if not visual:
        return []
    return ["## Linimasa sekilas", "", visual, "",
            f"Jumlah peristiwa bertanggal per periode; jeda panjang dipadatkan. [Buka linimasa]"
            f"({rel_link(HOME, TIMELINE_PAGE)})", ""]


def _quotes_figure(quotes: list[dict]) -> str:
    """The Kutipan line of "Sekilas": how many direct quotes, from how many named speakers."""
    speakers = len({record["speaker"] for record in quotes if record["speaker"]})
    return (f"- [Kutipan]({rel_link(HOME, QUOTES_PAGE)}): **{format_count(len(quotes))}** kutipan langsung dari "
            f"**{format_count(speakers)}** pembicara yang disebut namanya")
