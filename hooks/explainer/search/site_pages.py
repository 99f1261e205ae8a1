"""Which pages of a site search indexes, and as what: one rule for the pipeline's Markdown and a built site's HTML.

Articles and hand-written pages are indexed whole (CONTENT); the timeline, glossary and quotes are
reference pages (their anchored sections and entries are results, see ``explainer.search.pagefind``); the
other generated pages (the home page, article indexes, per-outlet pages, Sumber) are lists of links and
are not indexed. The MkDocs hooks give the search job Markdown (``article_pages`` as soon as the articles
exist, ``other_pages`` later); ``python -m explainer search`` reads the same roles off a built site
(``explainer.search.built_site``).
"""

from __future__ import annotations

from collections.abc import Container, Iterable, Mapping, Sequence

from ..render.mdtext import src_url
from .pagefind import CONTENT, REFERENCE, MarkdownPage

REFERENCE_DIRS = ("linimasa/", "glosarium/", "kutipan/")
LIST_DIRS = ("artikel/", "sumber/")  # generated lists of links: the article indexes, Sumber and its tables
HOME = ""  # the home page's URL: a generated overview over the hand-written introduction


def page_role(url: str, articles: Container[str]) -> str | None:
    """CONTENT, REFERENCE or None (not indexed) for the page at site URL `url`; `articles`: the article URLs.
    The generated folders belong to the generator, so a page there that is not an article is a list."""
    if url in articles:
        return CONTENT
    if url.startswith(REFERENCE_DIRS):
        return REFERENCE
    if url == HOME or url.startswith(LIST_DIRS):
        return None
    return CONTENT


def entries_by_anchor(glossary: Sequence[Mapping[str, object]]) -> dict[str, list[int]]:
    """Glossary entry index by its anchor id: a glossary section's entries, whose aliases join its terms."""
    return {str(entry["id"]): [index] for index, entry in enumerate(glossary)}


def glossary_names(glossary: Sequence[Mapping[str, object]]) -> list[dict]:
    """What search needs of the glossary: each entry's name and aliases."""
    return [{"name": entry["name"], "aliases": list(entry.get("aliases") or [])} for entry in glossary]


def article_pages(pages: Mapping[str, str]) -> list[MarkdownPage]:
    """The article pages (docs path -> Markdown), as search gets them first."""
    return [(src_url(path), text, None, CONTENT) for path, text in sorted(pages.items())]


def other_pages(pages: Iterable[tuple[str, str]], articles: Container[str],
                glossary: Sequence[Mapping[str, object]]) -> list[MarkdownPage]:
    """Every other page search indexes, from (docs path, Markdown) pairs in any order, in URL order: reference
    pages (a glossary page's sections carry their entries) and hand-written pages."""
    by_anchor = entries_by_anchor(glossary)
    found: list[MarkdownPage] = []
    for url, text in sorted((src_url(path), text) for path, text in pages):
        role = page_role(url, articles)
        if role is None or url in articles:
            continue
        found.append((url, text, by_anchor if url.startswith("glosarium/") else None, role))
    return found
