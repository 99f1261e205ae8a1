"""The article as trafilatura reads a saved page: its text blocks as lines, and the metadata it finds."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

try:  # trafilatura is a dependency; a broken install only loses this candidate, never the page
    import trafilatura
except ImportError:  # pragma: no cover - exercised only on a broken environment
    trafilatura = None

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# trafilatura's output elements that hold one block of text each.
_BLOCK_TAGS = {"p", "head", "item", "quote", "cell", "code", "row", "list", "table"}
_LINE_BREAK = "lb"


@dataclass
class TrafilaturaReading:
    """trafilatura's reading of one page: text blocks (lines, blank line between blocks) and its metadata."""

    text: str = ""
    headings: list[str] = field(default_factory=list)
    title: str | None = None
    date: str | None = None  # YYYY-MM-DD, htmldate's original (first publication) date
    author: str | None = None
    sitename: str | None = None
    hostname: str | None = None
    url: str | None = None


def read_with_trafilatura(page) -> TrafilaturaReading | None:
    """trafilatura's main-text extraction and metadata of a page (markup, or the lxml tree its loader makes, which
    it copies before pruning: the same reading, one parse fewer); comments left out; None when it finds none."""
    if trafilatura is None:
        return None
    try:
        document = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False,
                                               include_tables=True)
    except Exception:  # noqa: BLE001 - a third-party parser failing on odd markup only loses this candidate
        return None
    if document is None:
        return None
    reading = TrafilaturaReading(title=document.title, date=document.date, author=document.author,
                                 sitename=document.sitename, hostname=document.hostname, url=document.url)
    body = getattr(document, "body", None)
    if body is None:
        reading.text = "\n\n".join(line.strip() for line in (document.text or "").split("\n") if line.strip())
        return reading
    blocks: list[list[str]] = []
    _walk(body, blocks, reading.headings)
    reading.text = "\n\n".join("\n".join(block) for block in blocks if block)
    return reading


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
