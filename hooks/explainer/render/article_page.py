"""Render one article as a Markdown page: metadata line, then the body with paragraph and sentence anchors."""

from __future__ import annotations

from ..extract.sentences import paragraph_anchor, sentence_anchor, sentence_spans
from ..idformat import format_date_id, join_id, shorten
from ..model import Article
from .mdtext import attr_escape, front_matter, html_text, html_with_links, md_escape, md_heading, safe_url

DESCRIPTION_CHARS = 200  # the page's description (search engines, link previews): its lead, cut to about this
Link = tuple[int, int, str, str | None]  # (start, end, href, title) inside one block's text


def render_article(article: Article, links: dict[int, list[Link]] | None = None) -> str:
    """Markdown of the article page; `links` maps a block index to glossary links inside that block (hrefs
    relative to the article's page URL)."""
    links = links or {}
    meta = {"title": article.title, "jenis": "artikel"}  # jenis: an article (og:type, overrides/main.html)
    lead = next((block.text for block in article.blocks if block.kind == "p" and block.text.strip()), "")
    if lead:
        meta["description"] = shorten(lead, DESCRIPTION_CHARS)
    lines = [front_matter(**meta), "", f"# {md_escape(article.title)}", "", _metadata(article), ""]
    for index, block in enumerate(article.blocks):
        if block.kind == "h":
            lines += [f"## {md_heading(block.text)} {{#{paragraph_anchor(index)}}}", ""]
        else:
            lines += [_paragraph(index, block.text, links.get(index, [])), ""]
    return "\n".join(lines)


def _metadata(article: Article) -> str:
    """The byline paragraph (raw HTML, text escaped): outlet, date, authors, editors, original link. The seed
    file name is provenance, not reader content: it stays on Sumber and in data/*.json. Search skips it."""
    parts = [f"<strong>Media:</strong> {html_text(article.outlet or 'tidak diketahui')}"]
    if article.published:
        parts.append(f"<strong>Terbit:</strong> {format_date_id(article.published)}")
    elif article.published_inferred:
        parts.append("<strong>Terbit:</strong> tanggal tidak tercantum "
                     f"(perkiraan {format_date_id(article.published_inferred)})")
    else:
        parts.append("<strong>Terbit:</strong> tanggal tidak tercantum")
    if article.authors:
        parts.append(f"<strong>Penulis:</strong> {html_text(join_id(article.authors))}")
    if article.editors:
        parts.append(f"<strong>Editor:</strong> {html_text(join_id(article.editors))}")
    url = safe_url(article.url or "")
    if url:
        parts.append(f'<a href="{attr_escape(url)}">Baca artikel asli</a>')
    return '<p class="artikel-meta" data-pagefind-ignore>' + " · ".join(parts) + "</p>"


def _paragraph(index: int, text: str, links: list[Link]) -> str:
    """One paragraph as a raw HTML block we write ourselves (text escaped), each sentence in an anchored span.

    Raw HTML skips Markdown's inline processing, the costliest part of rendering thousands of pages.
    """
    pieces = []
    for number, (start, end) in enumerate(sentence_spans(text)):
        inside = [(a - start, b - start, href, title) for a, b, href, title in links if start <= a and b <= end]
        body = html_with_links(text[start:end], inside, "glosarium")
        pieces.append(f'<span class="kalimat" id="{sentence_anchor(index, number)}">{body}</span>')
    return f'<p id="{paragraph_anchor(index)}">{" ".join(pieces)}</p>'
