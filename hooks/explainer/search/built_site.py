"""A built site in, its Pagefind index out: the pages read off the HTML that any MkDocs-family builder wrote.

``python -m explainer search SITE_DIR`` runs this after a builder without hooks built the folder that
``generate`` wrote. Each page's main content (Material's and Zensical's ``article``, else ``[role=main]``,
``main``, ``body``) is read as lines, one per top-level element, by the same rules as the Markdown the hooks
hand the search job (``explainer.search.pagefind.page_from_lines``), with the same roles
(``explainer.search.site_pages``); an article's "Dalam konteks" part is left out, as the hooks leave it out.
The site's own ``data/sources.json`` and ``data/glossary.json`` give the article pages, their years and the
aliases; a site without them is indexed as hand-written pages only.
"""

from __future__ import annotations

import json
import logging
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from functools import partial
from importlib.metadata import version as package_version
from pathlib import Path

import lxml.html

from ..memo import Memo
from ..render.article_context import CONTEXT_ANCHOR
from .bundles import SHARD, YEAR, Bundle, memo_name, reference_groups, resolved_split, shard_groups, year_groups
from .pagefind import (CONTENT, REFERENCE_WEIGHT, Line, PagefindStats, SearchPage, build_search_index,
                       page_from_lines)
from .site_pages import entries_by_anchor, glossary_names, page_role

_CONTENT = ("//*[@data-pagefind-body]", "//article[contains(concat(' ', @class, ' '), ' md-content__inner ')]",
            "//*[@role='main']", "//main", "//body")
_HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_SKIPPED = ("pagefind/", "404.html")  # the index itself; the not-found page is no page of the site


def site_urls(site: Path) -> list[tuple[str, Path]]:
    """(site URL, file) of every page of a built site, in URL order: "artikel/judul/" for
    artikel/judul/index.html, "" for the home page."""
    found = []
    for path in site.rglob("*.html"):
        relative = path.relative_to(site).as_posix()
        if relative.startswith(_SKIPPED):
            continue
        found.append((relative[:-len("index.html")] if path.name == "index.html" else relative, path))
    return sorted(found)


def html_lines(html: str, stop_at: str | None = None) -> Iterator[Line]:
    """The main content of a built page as lines: each top-level element's HTML, headings as Headings (their
    permalink marks left out); `stop_at`: the id of an element that ends the page's own text."""
    tree = lxml.html.document_fromstring(html)
    main = next((found[0] for query in _CONTENT if (found := tree.xpath(query))), None)
    if main is None:
        return
    for permalink in main.xpath(".//a[contains(concat(' ', @class, ' '), ' headerlink ')]"):
        permalink.drop_tree()
    for element in main:
        if not isinstance(element.tag, str):
            continue  # a comment
        anchor = element.get("id")
        if stop_at is not None and anchor == stop_at:
            return
        line = lxml.html.tostring(element, encoding="unicode", with_tail=False)
        level = _HEADINGS.get(element.tag)
        if level is None:
            yield " ".join(line.split())
            continue
        inner = (element.text or "") + "".join(lxml.html.tostring(child, encoding="unicode") for child in element)
        yield level, inner, anchor, line


def site_pages(site: Path, articles: set[str], glossary: list[dict]) -> list[SearchPage]:
    """The SearchPages of a built site, as the hooks give them to search: articles without their context part,
    reference pages as sections (a glossary page's carrying their entries), lists left out. A reference page
    loses its links to other pages by their titles, as in the hooks."""
    by_anchor = entries_by_anchor(glossary)
    roles = [(url, path, page_role(url, articles)) for url, path in site_urls(site)]
    content = [_read(url, path, CONTENT, CONTEXT_ANCHOR if url in articles else None)
               for url, path, role in roles if role == CONTENT]
    titles = [page.title for page in content if page.url in articles]
    reference = [_read(url, path, role, None, by_anchor if url.startswith("glosarium/") else None, titles)
                 for url, path, role in roles if role is not None and role != CONTENT]
    return content + reference


def _read(url: str, path: Path, role: str, stop_at: str | None, by_anchor: dict | None = None,
          titles: Iterable[str] = ()) -> SearchPage:
    return page_from_lines(url, html_lines(path.read_text(encoding="utf-8"), stop_at), by_anchor, role, titles)


def _records(site: Path, name: str) -> list[dict]:
    path = site / "data" / name
    if not path.is_file():
        return []
    records = json.loads(path.read_text(encoding="utf-8"))
    return records if isinstance(records, list) else []


def index_site(site: Path, split: str | None = None, cache: Path | None = None,
               log: logging.Logger | None = None, version: str = "") -> PagefindStats:
    """Index the built site at `site` into `site/pagefind/` (replaced): one bundle, or with `split` one per
    publication year or per shard of the articles (see explainer.search.bundles). `cache`: where section terms
    and bundles are kept between runs (the hooks' memo, shared); `version`: the code they were computed by."""
    sources = _records(site, "sources.json")
    glossary = _records(site, "glossary.json")
    articles = {str(record["page"]) for record in sources if record.get("page")}
    if log is not None and not sources:
        log.warning("explainer: %s has no data/sources.json; its pages are indexed as hand-written pages", site)
    pages = site_pages(site, articles, glossary)
    split = resolved_split(split, len(articles))
    groups = year_groups((str(r["page"]), (r.get("published") or "")[:10] or r.get("published_inferred"))
                         for r in sources) if split == YEAR else _shard_groups(pages, articles) if split == SHARD else None
    bundles = f"{version}-pagefind-{package_version('pagefind')}"
    terms: Memo[list[str]] = Memo(cache, "search_terms", version, list[str])
    with tempfile.TemporaryDirectory(prefix="explainer-pagefind-") as tmp:
        staging = Path(tmp) / "pagefind"
        stats = build_search_index(pages, glossary_names(glossary), staging, memo=terms, groups=groups,
                                   bundle_memo=partial(_bundle_memo, cache, bundles))
        target = site / "pagefind"
        if target.exists():
            shutil.rmtree(target)
        shutil.move(str(staging), target)
    terms.save()
    return stats


def _shard_groups(pages: list[SearchPage], articles: set[str]) -> dict[str, str]:
    """Each article's shard and each reference page's, as the hooks' search job groups them."""
    reference = (page.url for page in pages if page.weight == REFERENCE_WEIGHT)
    return {**shard_groups(articles), **reference_groups(reference)}


def _bundle_memo(cache: Path | None, version: str, group: str) -> Memo[Bundle]:
    return Memo(cache, memo_name("search_bundle", group), version, Bundle)
