"""Each article in its context: the events it reports, the names it mentions, the articles that report the same."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable

from ..corpus.coverage import event_articles, events_by_article
from ..corpus.glossary import entry_src
from ..idformat import format_count, format_date_id, shorten
from ..model import Article
from .mdtext import attr_escape, html_text, page_href
from .timeline_entries import INDEX as TIMELINE_PAGE
from .timeline_entries import caveat_html, entry_pages, newest_date, plan_label

MAX_EVENTS = 15  # events listed per article; the rest are counted, with a link to Linimasa
MAX_NAMES = 12  # names listed per type
MAX_ALSO = 8  # other articles listed under "Juga dilaporkan oleh"
ALSO_PER_EVENT = 50  # an event reported by thousands of articles counts its first fifty as sharing it
EVENT_TEXT = 160  # characters of an event's text shown
CONTEXT_ANCHOR = "konteks"  # the part's heading: search reads an article page up to it
NAME_TYPES = (("person", "Orang"), ("organization", "Organisasi"), ("place", "Tempat"))


def context_renderer(articles: list[Article], timeline: list[dict], glossary: list[dict]
                     ) -> Callable[[Article], str]:
    """context(article) -> Markdown to put under the article's body: "Dalam konteks" with the events it
    reports (linked to Linimasa), the people, organisations and places it names (linked to Glosarium) and
    the other articles that report the same events. The corpus indexes are built once, in linear time."""
    by_id = {article.id: article for article in articles}
    pages = entry_pages(timeline)
    entries = {entry["id"]: entry for entry in timeline}
    events_of = events_by_article(timeline)
    sharing: dict[str, list[str]] = {entry["id"]: event_articles(entry)[:ALSO_PER_EVENT] for entry in timeline}
    now = newest_date(articles)
    names_of: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for entry in glossary:
        if entry["type"] in dict(NAME_TYPES):
            for article_id, count in entry["mentions"].items():
                names_of[article_id].append((count, entry))

    def context(article: Article) -> str:
        src = article.src_path
        events = [entries[event_id] for event_id in events_of.get(article.id, [])]
        lines = [f"## Dalam konteks {{#{CONTEXT_ANCHOR}}}", ""]
        lines += _events(events, src, pages, now)
        lines += _names(names_of.get(article.id, []), src)
        lines += _also(article, events, sharing, by_id, src)
        return "\n".join(lines).rstrip() + "\n" if len(lines) > 2 else ""

    return context


def _events(events: list[dict], src: str, pages: dict[str, str], now: str | None) -> list[str]:
    if not events:
        return []
    items = []
    for entry in events[:MAX_EVENTS]:
        when = format_date_id(entry["date"], entry.get("end"))
        href = page_href(src, pages.get(entry["id"], TIMELINE_PAGE), entry["id"])
        label = plan_label(entry, now)
        plan = f" <em>({label})</em>" if label else ""
        items.append(f'<li><a href="{href}">{when}</a>{plan} · {html_text(shorten(entry.get("text", ""), EVENT_TEXT))}'
                     f"{caveat_html(entry)}</li>")
    if len(events) > MAX_EVENTS:
        items.append(f'<li>dan {format_count(len(events) - MAX_EVENTS)} peristiwa lain di '
                     f'<a href="{page_href(src, TIMELINE_PAGE)}">Linimasa</a></li>')
    return ["### Peristiwa yang dilaporkan {#konteks-peristiwa}", "", f'<ul class="konteks">{"".join(items)}</ul>', ""]


def _names(named: list[tuple[int, dict]], src: str) -> list[str]:
    groups = []
    for kind, label in NAME_TYPES:
        chosen = sorted((item for item in named if item[1]["type"] == kind),
                        key=lambda item: (-item[0], item[1]["name"].lower(), item[1]["id"]))
        if not chosen:
            continue
        links = []
        for _, entry in chosen[:MAX_NAMES]:
            tip = f' title="{attr_escape(entry["description"])}"' if entry.get("description") else ""
            links.append(f'<a href="{page_href(src, entry_src(entry), entry["id"])}"{tip}>{html_text(entry["name"])}</a>')
        more = f" dan {format_count(len(chosen) - MAX_NAMES)} lainnya" if len(chosen) > MAX_NAMES else ""
        groups.append(f"<li><strong>{label}:</strong> {', '.join(links)}{more}</li>")
    if not groups:
        return []
    return ["### Nama yang disebut {#konteks-nama}", "", f'<ul class="konteks">{"".join(groups)}</ul>', ""]


def _also(article: Article, events: list[dict], sharing: dict[str, list[str]], by_id: dict[str, Article],
          src: str) -> list[str]:
    shared: Counter[str] = Counter()
    for entry in events:
        for other in sharing.get(entry["id"], []):
            if other != article.id:
                shared[other] += 1
    if not shared:
        return []
    ranked = sorted(shared, key=lambda other: (-shared[other], by_id[other].title.lower() if other in by_id else "",
                                               other))
    items = []
    for other in ranked[:MAX_ALSO]:
        item = by_id.get(other)
        if item is None or not item.src_path:
            continue
        when = format_date_id(item.published[:10]) if item.published else "tanggal tidak tercantum"
        outlet = html_text(item.outlet or "media tidak diketahui")
        items.append(f'<li><a href="{page_href(src, item.src_path)}">{html_text(item.title)}</a> — {outlet}, {when} '
                     f"({format_count(shared[other])} peristiwa yang sama)</li>")
    if len(ranked) > MAX_ALSO:
        items.append(f"<li>dan {format_count(len(ranked) - MAX_ALSO)} artikel lain</li>")
    return ["### Juga dilaporkan oleh {#konteks-juga}", "", f'<ul class="konteks">{"".join(items)}</ul>', ""]
