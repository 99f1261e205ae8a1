"""Render the home page ("Beranda"): an overview generated from the data, above the hand-written intro."""

from __future__ import annotations

import re

from ..corpus.coverage import top_entities
from ..corpus.glossary import entry_src
from ..corpus.summary import key_people, news_period_start, summary_events
from ..idformat import format_count, format_date_id
from ..model import Article
from .article_index import INDEX_PAGE, newest_first
from .mdtext import md_escape, rel_link
from .sources_page import date_text
from .quotes_page import INDEX as QUOTES_PAGE
from .timeline_svg import render_visual
from .timeline_entries import INDEX as TIMELINE_PAGE
from .timeline_entries import entry_pages, event_item, newest_date

HOME = "index.md"
GLOSSARY_PAGE = "glosarium/index.md"
SOURCES_PAGE = "sumber.md"
LATEST_ARTICLES = 5
LATEST_EVENTS = 5
TOP_NAMES = 5  # names per type in "Paling sering disebut"
SUMMARY_EVENTS = 6  # bullets in "Ringkasan"
KEY_PEOPLE = 5
NAMED_TYPES = (("person", "Orang"), ("place", "Tempat"), ("organization", "Organisasi"))
LISTED_TYPES = NAMED_TYPES[1:]  # "Paling sering disebut": people are "Tokoh utama" already

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n.*?\n---[ \t]*(?:\n|\Z)", re.S)
_H1 = re.compile(r"\A\s*(#[ \t]+\S[^\n]*)")


def render_home(articles: list[Article], timeline: list[dict], glossary: list[dict], intro: str,
                quotes: list[dict] | None = None) -> str:
    """Markdown of the home page, each thing said once: the intro's front matter and H1, its opening text (up
    to its first heading: the introduction in the first screen) and what the site holds (articles, outlets,
    dates); what happened ("Ringkasan": the most-reported events, each a cited sentence), the events per
    period, the key people, the latest events not yet shown, the most-named places and organisations, the
    latest articles, the sections with their figures; then the rest of the hand-written intro."""
    front, title, rest = split_intro(intro)
    opening, more = _split_at_heading(rest)
    lines = [front] if front else []
    if title:
        lines += [title, ""]
    if opening:
        lines += [opening, ""]
    lines += [_lead(articles), ""]
    summary = summary_events(timeline, {article.id: article for article in articles}, glossary, SUMMARY_EVENTS)
    lines += _summary(articles, timeline, summary)
    lines += _glance(timeline)
    lines += _key_people(glossary)
    lines += _latest_events(articles, timeline, summary)
    lines += _names(glossary)
    lines += _latest_articles(articles)
    lines += _figures(articles, timeline, glossary, quotes or [])
    if more:
        lines += [more, ""]
    return "\n".join(lines).rstrip() + "\n"


def _split_at_heading(text: str) -> tuple[str, str]:
    """(the text before its first heading, the rest from that heading on)."""
    heading = re.search(r"^#{1,6}[ \t]", text, re.M)
    if heading is None:
        return text.strip(), ""
    return text[:heading.start()].strip(), text[heading.start():].strip()


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


def _lead(articles: list[Article]) -> str:
    """What the site holds: how many articles from how many outlets, published over which dates."""
    if not articles:
        return "Belum ada artikel yang diolah."
    outlets = {article.outlet for article in articles if article.outlet}
    dates = sorted(article.published[:10] for article in articles if article.published)
    text = f"Situs ini menyusun {format_count(len(articles))} artikel dari {format_count(len(outlets))} media"
    if dates and dates[0] != dates[-1]:
        text += f" yang terbit antara {format_date_id(dates[0])} dan {format_date_id(dates[-1])}"
    elif dates:
        text += f" yang terbit pada {format_date_id(dates[0])}"
    return text + "."


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


def _latest_events(articles: list[Article], timeline: list[dict], shown: list[dict]) -> list[str]:
    """The latest events of the news period (from summary.news_period_start) the page has not shown yet: none of
    Ringkasan's, and one per stretch of time (an entry whose dates overlap one already listed, "18 Juni" beside
    "18–19 Juni", tells the same days again). Background years are not "latest": the list may be short or
    absent when Ringkasan already told the news."""
    by_id = {article.id: article for article in articles}
    now = newest_date(articles)
    since = news_period_start(by_id)
    candidates = _latest(timeline, len(timeline), now) or _latest(timeline, len(timeline))
    listed: list[dict] = []
    for entry in candidates:
        if since and (entry.get("end") or entry["date"]) < since[:len(entry.get("end") or entry["date"])]:
            continue
        if len(listed) >= LATEST_EVENTS:
            break
        if not any(entry.get("id") == other.get("id") or _overlap(entry, other) for other in shown + listed):
            listed.append(entry)
    if not listed:
        return []
    where = entry_pages(timeline)
    items = "".join(event_item(entry, HOME, where, by_id, now) for entry in listed)
    heading = "Peristiwa terbaru lainnya" if shown else "Peristiwa terbaru"
    return [f"## {heading}", "", f'<ul class="peristiwa">{items}</ul>', "",
            f"[Seluruh linimasa]({rel_link(HOME, TIMELINE_PAGE)})", ""]


def _overlap(a: dict, b: dict) -> bool:
    """Whether two entries' dates share a day (a month or a year spans all its days)."""
    return _first_day(a["date"]) <= _last_day(b.get("end") or b["date"]) and \
        _first_day(b["date"]) <= _last_day(a.get("end") or a["date"])


def _first_day(date: str) -> str:
    return date + "-01" * ((10 - len(date)) // 3)


def _last_day(date: str) -> str:
    return date + ("-31" if len(date) == 7 else "-12-31" if len(date) == 4 else "")


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
    """The places and organisations named in most articles (the people are "Tokoh utama")."""
    lines = []
    for kind, label in LISTED_TYPES:
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


def _summary(articles: list[Article], timeline: list[dict], chosen: list[dict]) -> list[str]:
    """What happened, first: the most-reported events in date order, each one sentence from the sources with
    its date (linking its Linimasa entry), its sources and its notes; a plan says it was reported as a plan."""
    if not chosen:
        return []
    by_id = {article.id: article for article in articles}
    where = entry_pages(timeline)
    now = newest_date(articles)
    items = "".join(event_item(entry, HOME, where, by_id, now) for entry in chosen)
    return ["## Ringkasan", "", "Peristiwa yang paling banyak diberitakan, menurut urutan waktu; setiap kalimat "
            "dikutip dari artikelnya.", "", f'<ul class="peristiwa">{items}</ul>', ""]


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
