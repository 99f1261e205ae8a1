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
    articles_of = {entry["id"]: event_articles(entry) for entry in timeline}
    events_of = events_by_article(timeline, articles_of)
    sharing = {entry_id: ids[:ALSO_PER_EVENT] for entry_id, ids in articles_of.items()}
    now = newest_date(articles)
    names_of: dict[str, list[tuple[int, dict]]] = defaultdict(list)
    for entry in glossary:
        if entry["type"] in dict(NAME_TYPES):
            for article_id, count in entry["mentions"].items():
                names_of[article_id].append((count, entry))

    def inputs(article: Article) -> tuple:
        """What the article's context shows, as plain data (its memo key: explainer.memo.digest)."""
        events = [entries[event_id] for event_id in events_of.get(article.id, [])]
        shown = tuple((entry["id"], entry["date"], entry.get("end"), entry.get("text", ""), plan_label(entry, now),
                       caveat_html(entry), pages.get(entry["id"], TIMELINE_PAGE)) for entry in events[:MAX_EVENTS])
        named = tuple((count, entry["type"], entry["name"], entry["id"], entry.get("description"), entry_src(entry))
                      for count, entry in names_of.get(article.id, []))
        return article.src_path, shown, len(events), named, _also_inputs(article, events, sharing, by_id)

    def context(article: Article) -> str:
        return render_context(inputs(article))

    context.inputs = inputs  # type: ignore[attr-defined]
    return context


def render_context(inputs: tuple) -> str:
    """The "Dalam konteks" Markdown of one article from its context's inputs (see context_renderer)."""
    src, events, total, named, also = inputs
    lines = [f"## Dalam konteks {{#{CONTEXT_ANCHOR}}}", ""]
    lines += _events(events, total, src)
    lines += _names(named, src)
    lines += _also(also, src)
    return "\n".join(lines).rstrip() + "\n" if len(lines) > 2 else ""


def _events(events: tuple, total: int, src: str) -> list[str]:
    if not events:
        return []
    items = []
    for entry_id, date, end, text, label, caveat, page in events:
        when = format_date_id(date, end)
        href = page_href(src, page, entry_id)
        plan = f" <em>({label})</em>" if label else ""
        items.append(f'<li><a href="{href}">{when}</a>{plan} · {html_text(shorten(text, EVENT_TEXT))}{caveat}</li>')
    if total > MAX_EVENTS:
        items.append(f'<li>dan {format_count(total - MAX_EVENTS)} peristiwa lain di '
                     f'<a href="{page_href(src, TIMELINE_PAGE)}">Linimasa</a></li>')
    return ["### Peristiwa yang dilaporkan {#konteks-peristiwa}", "", f'<ul class="konteks">{"".join(items)}</ul>', ""]


def _names(named: tuple, src: str) -> list[str]:
    groups = []
    for kind, label in NAME_TYPES:
        chosen = sorted((item for item in named if item[1] == kind), key=lambda item: (-item[0], item[2].lower(), item[3]))
        if not chosen:
            continue
        links = []
        for _, _, name, entry_id, description, page in chosen[:MAX_NAMES]:
            tip = f' title="{attr_escape(description)}"' if description else ""
            links.append(f'<a href="{page_href(src, page, entry_id)}"{tip}>{html_text(name)}</a>')
        more = f" dan {format_count(len(chosen) - MAX_NAMES)} lainnya" if len(chosen) > MAX_NAMES else ""
        groups.append(f"<li><strong>{label}:</strong> {', '.join(links)}{more}</li>")
    if not groups:
        return []
    return ["### Nama yang disebut {#konteks-nama}", "", f'<ul class="konteks">{"".join(groups)}</ul>', ""]


def _also_inputs(article: Article, events: list[dict], sharing: dict[str, list[str]], by_id: dict[str, Article]
                 ) -> tuple[tuple, int]:
    """The other articles reporting the article's events, most shared first: (title, outlet, date, page, count)
    of the first MAX_ALSO with a page, and how many there are in all."""
    shared: Counter[str] = Counter()
    for entry in events:
        for other in sharing.get(entry["id"], []):
            if other != article.id:
                shared[other] += 1
    ranked = sorted(shared, key=lambda other: (-shared[other], by_id[other].title.lower() if other in by_id else "",
                                               other))
    shown = []
    for other in ranked[:MAX_ALSO]:
        item = by_id.get(other)
        if item is not None and item.src_path:
            shown.append((item.title, item.outlet, item.published, item.src_path, shared[other]))
    return tuple(shown), len(ranked)


def _also(also: tuple[tuple, int], src: str) -> list[str]:
    shown, total = also
    if not total:
        return []
    items = []
    for title, outlet, published, page, count in shown:
        when = format_date_id(published[:10]) if published else "tanggal tidak tercantum"
        items.append(f'<li><a href="{page_href(src, page)}">{html_text(title)}</a> — '
                     f'{html_text(outlet or "media tidak diketahui")}, {when} ({format_count(count)} peristiwa yang sama)</li>')
    if total > MAX_ALSO:
        items.append(f"<li>dan {format_count(total - MAX_ALSO)} artikel lain</li>")
    return ["### Juga dilaporkan oleh {#konteks-juga}", "", f'<ul class="konteks">{"".join(items)}</ul>', ""]
