"""A saved page parsed once into an lxml tree: libxml2's parser, or the standard library's beyond its depth limit."""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser

from lxml import etree
from lxml.html import HTMLParser as LxmlHTMLParser, HtmlElement, document_fromstring, html_parser

try:  # trafilatura's own loader: a tree from it reads exactly as the markup would in trafilatura
    from trafilatura.utils import load_html
except ImportError:  # pragma: no cover - exercised only on a broken environment
    load_html = None

# libxml2 stops reading a page below this nesting depth (the rest of the page is lost, silently).
LXML_MAX_DEPTH = 255
DEPTH_MARGIN = 5  # a tree reaching LXML_MAX_DEPTH - DEPTH_MARGIN levels may have been cut: read it again
# The parser options trafilatura uses (comments and processing instructions left out).
_PARSER = LxmlHTMLParser(collect_ids=False, default_doctype=False, encoding="utf-8", remove_comments=True,
                         remove_pis=True)
# An element with LXML_MAX_DEPTH - DEPTH_MARGIN ancestors, as a path of that many + 1 steps from the document (one
# pass per level, where counting every element's ancestors costs elements x depth).
_CUT_TREE = etree.XPath("boolean(/" + "/".join(["*"] * (LXML_MAX_DEPTH - DEPTH_MARGIN + 1)) + ")")
# Elements without an end tag (html.parser reports no end for them).
_VOID = frozenset("area base br col embed hr img input keygen link meta param source track wbr basefont bgsound "
                  "frame isindex".split())
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NO_TEXT = ("script", "style", "template")  # their text is code, not page text
_STRING = etree.XPath("string()")  # the text of every text node under an element


@dataclass
class ParsedPage:
    """A page's tree: its document root, the tree to hand to trafilatura, and every element of it.

    lxml frees an element's Python proxy by walking up to the nearest ancestor that still has one, so on a
    deeply nested page proxies that come and go cost depth x elements; `elements` holds them all (freed last
    first, each with a living parent), which keeps every walk over the tree linear."""

    root: HtmlElement
    tree: HtmlElement | None  # None when lxml cannot read the page in full (too deep): the own reading only
    elements: list[HtmlElement]


def parse(markup: str) -> ParsedPage:
    """The page parsed once: libxml2's tree (trafilatura's loader, so trafilatura reads it as it would the
    markup), or, when libxml2 would cut the page at its depth limit, the standard library's parser's."""
    try:
        tree = load_html(markup) if load_html is not None else None
    except ValueError:
        tree = None
    if tree is not None and not _CUT_TREE(tree):
        return _page(tree.getroottree().getroot(), tree)
    root = tree.getroottree().getroot() if tree is not None else _lxml_document(markup)
    if root is not None and not _CUT_TREE(root):
        return _page(root, None)
    return parse_unlimited(markup)


def _page(root: HtmlElement, tree: HtmlElement | None) -> ParsedPage:
    return ParsedPage(root, tree, list(root.iter(etree.Element)))


def _lxml_document(markup: str) -> HtmlElement | None:
    """The page through libxml2 as a whole document (a str with an encoding declaration goes in as UTF-8)."""
    for data in (markup, markup.encode("utf-8", "replace")):
        try:
            return document_fromstring(data, parser=_PARSER)
        except ValueError:  # "Unicode strings with encoding declaration are not supported"
            continue
        except etree.ParserError:  # nothing to parse
            return None
    return None


def parse_unlimited(markup: str) -> ParsedPage:
    """The page as an lxml tree built from the standard library's forgiving parser (no depth limit, linear)."""
    builder = _TreeBuilder()
    builder.feed(markup)
    builder.close()
    return ParsedPage(builder.root, None, builder.elements)


class _TreeBuilder(HTMLParser):
    """html.parser events -> lxml elements: an end tag closes up to its open element, an unmatched one is ignored.

    Elements are made with SubElement (appending checks the new parent's ancestors: quadratic when deep)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.root: HtmlElement = html_parser.makeelement("html")
        self.elements: list[HtmlElement] = [self.root]
        self.open: list[HtmlElement] = [self.root]
        self.names: list[str] = ["html"]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "html" and len(self.open) == 1:
            self._set_attributes(self.root, attrs)
            return
        try:
            element = etree.SubElement(self.open[-1], tag)
        except ValueError:  # a name lxml refuses (quotes, odd characters): kept as an inline element
            element = etree.SubElement(self.open[-1], "span")
        self.elements.append(element)
        self._set_attributes(element, attrs)
        if tag not in _VOID:
            self.open.append(element)
            self.names.append(tag)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)
        if tag not in _VOID and len(self.open) > 1 and self.names[-1] == tag:
            self.open.pop()
            self.names.pop()

    def handle_endtag(self, tag: str) -> None:
        for index in range(len(self.names) - 1, 0, -1):
            if self.names[index] == tag:
                del self.open[index:], self.names[index:]
                return

    def handle_data(self, data: str) -> None:
        data = _NOT_XML.sub("", data)
        parent = self.open[-1]
        if len(parent):
            last = parent[-1]
            last.tail = (last.tail or "") + data
        else:
            parent.text = (parent.text or "") + data

    @staticmethod
    def _set_attributes(element: HtmlElement, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            try:
                element.set(name, _NOT_XML.sub("", value or ""))
            except ValueError:  # an attribute name lxml refuses: dropped
                continue


def depth(root: HtmlElement) -> int:
    """How deeply the elements under `root` nest (one pass, no recursion)."""
    deepest = level = 0
    for event, _ in etree.iterwalk(root, events=("start", "end")):
        level += 1 if event == "start" else -1
        deepest = max(deepest, level)
    return deepest - 1


def strings(root: HtmlElement):
    """The text pieces under `root` in reading order, without script, style and template code."""
    skipping = 0
    for event, node in etree.iterwalk(root, events=("start", "end")):
        code = not isinstance(node.tag, str) or node.tag in _NO_TEXT
        if event == "start":
            skipping += code
            if not skipping and node.text:
                yield node.text
        else:
            skipping -= code
            if node is not root and not skipping and node.tail:
                yield node.tail


def text_of(root: HtmlElement, separator: str = "") -> str:
    """The element's text (like BeautifulSoup's get_text: code left out, pieces joined by `separator`)."""
    return separator.join(strings(root))


def text_length(root: HtmlElement) -> int:
    """len(text_of(root)), counted by libxml2: all text under `root`, less the code elements' text."""
    total = len(_STRING(root))
    inside: set[HtmlElement] = set()  # code inside a <template>, already taken off with it
    for code in root.iter(*_NO_TEXT):
        if code in inside:
            continue
        total -= len(_STRING(code))
        if code.tag == "template":
            inside.update(code.iterdescendants(*_NO_TEXT))
    return total


def class_and_id(element: HtmlElement) -> str:
    """The element's class words and id as one string ('a b c id')."""
    return " ".join((element.get("class") or "").split()) + " " + (element.get("id") or "")


def body_of(root: HtmlElement) -> HtmlElement:
    """The page's <body>, else the root."""
    return next(root.iter("body"), root)
