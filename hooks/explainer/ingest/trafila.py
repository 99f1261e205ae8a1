"""The article as trafilatura reads a saved page: its text blocks as lines, and the metadata it finds."""

from __future__ import annotations

import logging
from copy import copy
from dataclasses import dataclass, field
from html import unescape

try:  # trafilatura is a dependency; a broken install only loses this candidate, never the page
    import trafilatura
    from htmldate import find_date
    from trafilatura import metadata as tmeta
    from trafilatura.settings import set_date_params
    from trafilatura.utils import line_processing
except ImportError:  # pragma: no cover - exercised only on a broken environment
    trafilatura = None

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# trafilatura's output elements that hold one block of text each.
_BLOCK_TAGS = {"p", "head", "item", "quote", "cell", "code", "row", "list", "table"}
_LINE_BREAK = "lb"


@dataclass
class TrafilaturaReading:
    """trafilatura's reading of one page: text blocks (lines, blank line between blocks) and its metadata.

    The metadata is what trafilatura's `extract_metadata` finds, less what the project does not use
    (categories, tags, licence: half its time); the two dearest fields, the author (a pruned copy of the page
    searched for bylines) and the date (htmldate), are read only when `author()` and `date()` are called."""

    text: str = ""
    headings: list[str] = field(default_factory=list)
    title: str | None = None
    sitename: str | None = None
    hostname: str | None = None
    url: str | None = None
    _tree: object = field(default=None, repr=False)  # an untouched copy of the page, for author() and date()
    _author: str | None = field(default=None, repr=False)  # the meta or JSON-LD author, before the byline search
    _url_untrimmed: str | None = field(default=None, repr=False)  # what htmldate is given

    def author(self) -> str | None:
        """The author trafilatura names: meta or JSON-LD, else a byline found in the page."""
        if self._author or self._tree is None:
            return _trimmed(self._author)
        return _trimmed(tmeta.extract_author(self._tree))

    def date(self) -> str | None:
        """htmldate's first publication day (YYYY-MM-DD), from markup and text patterns, no extensive search."""
        if self._tree is None:
            return None
        return _trimmed(find_date(self._tree, **{**set_date_params(False), "url": self._url_untrimmed}))


def read_with_trafilatura(tree) -> TrafilaturaReading | None:
    """trafilatura's main-text extraction and metadata of a page given as the lxml tree its loader makes (it
    copies the tree before pruning it: the same reading as from the markup, one parse fewer); comments left
    out; None when it finds no text."""
    if trafilatura is None:
        return None
    try:
        document = trafilatura.bare_extraction(tree, include_comments=False, include_tables=True)
    except Exception:  # noqa: BLE001 - a third-party parser failing on odd markup only loses this candidate
        return None
    if document is None:
        return None
    reading = _metadata(copy(tree))
    body = getattr(document, "body", None)
    if body is None:
        reading.text = "\n\n".join(line.strip() for line in (document.text or "").split("\n") if line.strip())
        return reading
    blocks: list[list[str]] = []
    _walk(body, blocks, reading.headings)
    reading.text = "\n\n".join("\n".join(block) for block in blocks if block)
    return reading


def _metadata(tree) -> TrafilaturaReading:
    """The cheap part of trafilatura's `extract_metadata`, in its order: meta tags, JSON-LD, title, URL, host
    and site name (trafilatura 2.3.1, pinned)."""
    found = tmeta.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None
    try:
        found = tmeta.extract_meta_json(tree, found)
    except Exception:  # noqa: BLE001 - trafilatura guards its JSON-LD reader the same way
        pass
    title = found.title or tmeta.extract_title(tree)
    url = found.url or tmeta.extract_url(tree, None)
    hostname = tmeta.extract_domain(url, fast=True) if url else None
    sitename = found.sitename or tmeta.extract_sitename(tree)
    if sitename:
        sitename = sitename.lstrip("@")
        if sitename and "." not in sitename and not sitename[0].isupper():
            sitename = sitename.title()
    elif url and (match := tmeta.META_URL.match(url)):
        sitename = match[1]
    return TrafilaturaReading(title=_trimmed(title), sitename=_trimmed(sitename), hostname=_trimmed(hostname),
                              url=_trimmed(url), _tree=tree, _author=found.author, _url_untrimmed=url)


def _trimmed(value: str | None) -> str | None:
    """A metadata string as trafilatura's Document.clean_and_trim leaves it."""
    if not isinstance(value, str):
        return value
    if len(value) > 10000:
        value = value[:9999] + "…"
    return line_processing(unescape(value))


def _walk(element, blocks: list[list[str]], headings: list[str]) -> None:
    """Append the blocks under `element`: a list's items stay together, every other block stands alone."""
    for child in element:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag == "row":  # a table row reads as one line, its cells in order
            cells = [" ".join(_lines(cell)) for cell in child if isinstance(cell.tag, str)]
            line = " | ".join(cell for cell in cells if cell)
            if line:
                blocks.append([line])
        elif tag == "list":
            items = [line for item in child.iter("item") for line in _lines(item)]
            blocks.append(items)
        elif tag in _BLOCK_TAGS and not any(isinstance(sub.tag, str) and sub.tag in _BLOCK_TAGS
                                            for sub in child.iterdescendants()):
            lines = _lines(child)
            if tag == "head":
                headings.extend(lines)
            blocks.extend([line] for line in lines)  # each <br>-separated run is its own paragraph
        elif tag in _BLOCK_TAGS or len(child):
            _walk(child, blocks, headings)
            if child.tail and child.tail.strip():
                blocks.append([" ".join(child.tail.split())])
        else:
            blocks.extend([line] for line in _lines(child))


def _lines(element) -> list[str]:
    """The element's text, one line per run between line breaks, whitespace collapsed."""
    parts: list[str] = []
    _collect(element, parts)
    return [" ".join(line.split()) for line in "".join(parts).split("\n") if line.strip()]


def _collect(element, parts: list[str]) -> None:
    if element.tag == _LINE_BREAK:
        parts.append("\n")
    elif element.text:
        parts.append(element.text)
    for child in element:
        _collect(child, parts)
        if child.tail:
            parts.append(child.tail)
