"""Take the article out of a saved web page: its content area as text lines, and its meta tags as hints."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

from .clean import Hints
from .credits import split_names
from .pubdate import parse_date_line

# Elements that are never article text.
_DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "form", "button", "nav", "header",
              "footer", "aside", "figure", "figcaption", "select", "input", "object", "embed", "canvas")
# class/id words of boxes inside the content area that are not article text.
_DROP_CLASS = re.compile(
    r"(?:^|[-_ ])(?:related|terkait|share|sharing|social|sosmed|tags?|topik|comments?|komentar|ads?|advert\w*|"
    r"iklan|promo\w*|newsletter|subscribe|baca-?juga|read-?also|breadcrumbs?|author-box|sidebar|widget|"
    r"recommend\w*|popular|terpopuler|caption|photo-credit)(?:$|[-_ ])",
    re.IGNORECASE,
)
_CONTENT_HINT = re.compile(r"(?:article|content|post|entry|body|detail|story|isi|berita|read)", re.IGNORECASE)
_BLOCKS = ("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "pre", "td", "dd", "dt")


def read_html(markup: str) -> tuple[str, Hints]:
    """Article text (blocks separated by blank lines) and the page's metadata hints."""
    soup = BeautifulSoup(markup, "html.parser")
    hints = _meta_hints(soup)
    for element in soup.find_all(_DROP_TAGS):
        element.decompose()
    for element in soup.find_all(True):
        if element.decomposed:
            continue
        names = " ".join(element.get("class") or []) + " " + (element.get("id") or "")
        if names.strip() and _DROP_CLASS.search(names) and element.name not in ("body", "html", "article"):
            element.decompose()
    area = _content_area(soup)
    headings = []
    lines = []
    title_tag = soup.find("h1")
    if not hints.title and title_tag:
        hints.title = _text(title_tag)
    for element in area.find_all(_BLOCKS):
        if element.find(_BLOCKS):
            continue  # the inner block is read on its own
        text = _text(element)
        if not text:
            continue
        if element.name in ("h2", "h3", "h4", "h5", "h6"):
            headings.append(text)
        lines.append(text)
    if not lines:
        lines = [line.strip() for line in area.get_text("\n").split("\n") if line.strip()]
    if hints.title and (not lines or lines[0] != hints.title):
        lines.insert(0, hints.title)
    hints.headings = frozenset(headings)
    return "\n\n".join(lines), hints


def _meta_hints(soup: BeautifulSoup) -> Hints:
    def meta(*names: str) -> str | None:
        for name in names:
            tag = soup.find("meta", attrs={"property": name}) or soup.find("meta", attrs={"name": name})
            if isinstance(tag, Tag) and tag.get("content", "").strip():
                return " ".join(tag["content"].split())
        return None

    published = None
    stamp = meta("article:published_time", "datePublished", "pubdate", "publishdate", "date")
    if stamp:
        iso = re.match(r"(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?", stamp)
        published = (f"{iso.group(1)}T{iso.group(2)}" if iso.group(2) else iso.group(1)) if iso else \
            parse_date_line(stamp)[0]
    author = meta("author", "article:author", "dc.creator")
    url = meta("og:url")
    canonical = soup.find("link", attrs={"rel": "canonical"})
    if not url and isinstance(canonical, Tag):
        url = canonical.get("href")
    if url and not re.match(r"https?://", url):
        url = None
    outlet = meta("og:site_name", "application-name")
    title = meta("og:title", "twitter:title")
    if title and outlet:  # "Judul Berita - Nama Media" / "Judul | Nama Media"
        title = re.sub(rf"\s*[-–—|:]\s*{re.escape(outlet)}\s*$", "", title, flags=re.IGNORECASE) or title
    return Hints(
        title=title,
        published=published,
        authors=split_names(author) if author and not author.startswith("http") else [],
        outlet=outlet,
        url=url,
    )


def _content_area(soup: BeautifulSoup) -> Tag:
    """The element holding the article: <article>, an articleBody, or the box with the most paragraph text."""
    for selector in ({"itemprop": "articleBody"},):
        found = soup.find(attrs=selector)
        if isinstance(found, Tag):
            return found
    articles = soup.find_all("article")
    if articles:
        return max(articles, key=_paragraph_text_length)
    best: Tag | None = None
    best_score = 0
    for element in soup.find_all(("div", "section", "main")):
        names = " ".join(element.get("class") or []) + " " + (element.get("id") or "")
        score = _paragraph_text_length(element, direct=True) * (2 if _CONTENT_HINT.search(names) else 1)
        if score > best_score:
            best, best_score = element, score
    return best or soup.body or soup


def _paragraph_text_length(element: Tag, direct: bool = False) -> int:
    return sum(len(_text(p)) for p in element.find_all("p", recursive=not direct))


def _text(element: Tag) -> str:
    return " ".join(element.get_text(" ").split())
