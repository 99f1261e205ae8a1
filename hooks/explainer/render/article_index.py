"""Render the paginated article index ("Artikel"), newest first, and one index per outlet."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

from .. import warm
from ..idformat import format_count, format_date_id
from ..model import Article
from ..slug import slugify, unique
from .mdtext import front_matter, html_text, md_escape, page_href, rel_link
from .pager import pager as page_links

INDEX_PAGE = "artikel/index.md"
PAGE_SIZE = 50


def newest_first(articles: list[Article]) -> list[Article]:
    """Newest first by stated or inferred date; undated articles last; ties in id order."""
    ordered = sorted(articles, key=lambda article: article.id)
    ordered.sort(key=lambda article: article.published or article.published_inferred or "", reverse=True)
    return ordered


def outlet_pages(articles: list[Article]) -> dict[str, str]:
    """Outlet name -> docs path of its index page (stable, collision-free slugs; its later pages are in a
    folder of that name, "media/x/2.md", so no outlet's name can give another outlet's page 2)."""
    taken: set[str] = {"index"}  # artikel/media/index.md would be the folder's own page
    paths = {}
    for outlet in sorted({article.outlet or "Tidak diketahui" for article in articles}):
        paths[outlet] = f"artikel/media/{unique(slugify(outlet) or 'media', taken)}.md"
    return paths


def render_article_index(articles: list[Article]) -> dict[str, str]:
    """Docs path -> Markdown for the main article index (paginated) and the per-outlet indexes."""
    ordered = newest_first(articles)
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        by_outlet[article.outlet or "Tidak diketahui"].append(article)
    outlets = outlet_pages(articles)
    intro = (f"{format_count(len(articles))} artikel dari {format_count(len(by_outlet))} media, "
             "diurutkan dari yang terbaru.")
    outlet_list = ["## Per media", ""] + [
        f"- [{md_escape(name)}]({rel_link(INDEX_PAGE, outlets[name])}) — {format_count(len(items))} artikel"
        for name, items in sorted(by_outlet.items(), key=lambda item: (-len(item[1]), item[0]))
    ]
    item = warm.reuse("article index item", _item)  # an item is kept by what it shows, under `mkdocs serve`
    pages = _paginate(INDEX_PAGE, "Artikel", intro, ordered, outlet_list, item, description=intro)
    for name, items in by_outlet.items():
        text = f"{format_count(len(items))} artikel dari {md_escape(name)}."
        about = f"{format_count(len(items))} artikel dari {name}, diurutkan dari yang terbaru."
        pages.update(_paginate(outlets[name], f"Artikel {name}", text, items, [], item, "/", description=about))
    return pages


def _paginate(first_path: str, title: str, intro: str, articles: list[Article], extra: list[str],
              item: Callable[[tuple[str, str, str, str | None, str | None]], str], joiner: str = "-",
              description: str = "") -> dict[str, str]:
    """One page per PAGE_SIZE articles: first_path, then first_path's stem + joiner + '2.md', '3.md'…;
    `item`: `_item` (or the same kept between builds); `description`: the pages' plain-text description (their
    intro without Markdown)."""
    chunks = [articles[i:i + PAGE_SIZE] for i in range(0, len(articles), PAGE_SIZE)] or [[]]
    stem = first_path[:-3]
    paths = [first_path] + [f"{stem}{joiner}{number}.md" for number in range(2, len(chunks) + 1)]
    pages = {}
    for number, (path, chunk) in enumerate(zip(paths, chunks), start=1):
        heading = title if number == 1 else f"{title} (halaman {number})"
        about = description + (f" Halaman {number}." if number > 1 else "")
        lines = [front_matter(title=heading, description=about), "", f"# {md_escape(heading)}", "",
                 intro, ""]
        lines += _pager(paths, number, path)
        lines += [_items(path, chunk, item) if chunk else "Belum ada artikel."]
        lines += [""] + _pager(paths, number, path)
        if number == 1:
            lines += extra
        pages[path] = "\n".join(lines) + "\n"
    return pages


def _items(from_path: str, articles: list[Article],
           item: Callable[[tuple[str, str, str, str | None, str | None]], str]) -> str:
    """The list of articles as one raw HTML line we write ourselves (text escaped; Markdown would spend
    more time on 50 links than on the rest of the page)."""
    items = "".join(item((from_path, article.src_path, article.title, article.outlet, article.published))
                    for article in articles)
    return f'<ul class="daftar-artikel">{items}</ul>'


def _item(shown: tuple[str, str, str, str | None, str | None]) -> str:
    """One article of the list: its title linked from page `from_path`, its outlet and date."""
    from_path, src_path, title, outlet, published = shown
    date = format_date_id(published[:10]) if published else "tanggal tidak tercantum"
    return (f'<li><a href="{page_href(from_path, src_path)}">{html_text(title)}</a>'
            f" — {html_text(outlet or 'media tidak diketahui')}, {date}</li>")


def _pager(paths: list[str], number: int, here: str) -> list[str]:
    """The pager line and a blank line (nothing when there is one page)."""
    if len(paths) == 1:
        return []
    return [page_links(paths, number, here), ""]
