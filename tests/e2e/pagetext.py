"""What a reader sees of a built page, read from its HTML: the article area's text, and which pages use a word."""

from __future__ import annotations

import re
from pathlib import Path

_TAG = re.compile(r"<[^>]+>")
_PAGE_LINK = re.compile(r"<a\s[^>]*href=\"[^\"#]*\"[^>]*>.*?</a>", re.S)  # a link to a whole page
_BODY = re.compile(r"<article[^>]*md-content__inner[^>]*>(.*?)</article>", re.S)


def visible_text(site_dir: Path, page: str, page_links: bool = True) -> str:
    """The text a reader sees in the page's article area; without `page_links`, less the text of links
    to whole pages (a list of article titles is not what the page is about)."""
    path = site_dir / (page + "index.html" if page.endswith("/") or page == "" else page)
    html = path.read_text(encoding="utf-8")
    found = _BODY.search(html)
    body = found.group(1) if found else ""
    if not page_links:
        body = _PAGE_LINK.sub(" ", body)
    return " ".join(_TAG.sub(" ", body).split())


def pages_using(site_dir: Path, pages: list[str], forms: list[str], page_links: bool = True) -> set[str]:
    """Content pages whose visible text contains any of `forms` as whole words (case-insensitive);
    `page_links`: as in visible_text."""
    pattern = re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(f) for f in forms) + r")(?![\w-])", re.I)
    return {p for p in pages if p and pattern.search(visible_text(site_dir, p, page_links))}


def is_article(page: str) -> bool:
    """An article page (artikel/<slug>/), not an index or per-outlet page."""
    parts = page.strip("/").split("/")
    return len(parts) == 2 and parts[0] == "artikel" and parts[1] != "media" and not parts[1].isdigit()


def is_list_page(page: str) -> bool:
    """Index and list pages, which are not search results: the home page, article indexes and their
    pages, per-outlet pages, Sumber and its lists."""
    path = page.split("#")[0]
    return path in ("", "artikel/") or path.startswith(("artikel/media/", "sumber")) or (
        path.startswith("artikel/") and path.strip("/").split("/")[-1].isdigit())
