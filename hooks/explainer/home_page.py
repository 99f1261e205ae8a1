"""Render the home page ("Beranda"): an overview generated from the data, above the hand-written intro."""

from __future__ import annotations

from .article_index import INDEX_PAGE, newest_first
from .idformat import format_count, format_date_id
from .mdtext import md_escape, rel_link
from .model import Article

LATEST_ARTICLES = 5
HOME = "index.md"


def render_home(articles: list[Article], intro: str) -> str:
    """Markdown of the home page: key figures, latest articles, entry points, then `intro`."""
    outlets = {article.outlet for article in articles if article.outlet}
    dates = sorted(article.published[:10] for article in articles if article.published)
    span = ""
    if dates:
        span = f", terbit antara {format_date_id(dates[0])} dan {format_date_id(dates[-1])}"
    lines = [intro.strip(), "", "## Sekilas", "",
             f"Situs ini menyusun {format_count(len(articles))} artikel dari {format_count(len(outlets))} media{span}.",
             "", "## Artikel terbaru", ""]
    for article in newest_first(articles)[:LATEST_ARTICLES]:
        when = format_date_id(article.published[:10]) if article.published else "tanggal tidak tercantum"
        lines.append(f"- [{md_escape(article.title)}]({rel_link(HOME, article.src_path)}) — "
                     f"{md_escape(article.outlet or 'media tidak diketahui')}, {when}")
    lines += ["", f"[Semua artikel]({rel_link(HOME, INDEX_PAGE)}) · [Sumber]({rel_link(HOME, 'sumber.md')})", ""]
    return "\n".join(lines)
