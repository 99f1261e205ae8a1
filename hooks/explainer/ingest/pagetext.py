"""A parsed web page as text: its blocks in reading order (one pass, no recursion) and its likely content box."""

from __future__ import annotations

import re

from lxml import etree
from lxml.html import HtmlElement

from .pagetree import body_of, class_and_id, strings as _strings, text_length

# Elements that are never article text.
DROP_TAGS = ("script", "style", "noscript", "template", "iframe", "svg", "button", "nav", "select", "input",
             "textarea", "object", "embed", "canvas", "figure", "figcaption", "aside", "footer", "header", "form")
# Of those, the ones that some sites wrap around the whole article: dropped only when they hold little of the text.
WRAPPER_TAGS = ("form", "header", "aside", "footer")
# class/id words of boxes that are not article text (whole words of the class or id, split at - and _).
DROP_CLASS = re.compile(
    r"(?:^|[-_ ])(?:related|terkait|share|sharing|social|sosmed|tags?|topik|comments?|komentar|ads?|advert\w*|"
    r"iklan|promo\w*|newsletter|subscribe|baca-?juga|read-?also|breadcrumbs?|author-box|sidebar|widget|"
    r"recommend\w*|popular|terpopuler|caption|photo-credit|cookies?|consent|gdpr)(?:$|[-_ ])",
    re.IGNORECASE,
)
CONTENT_HINT = re.compile(r"(?:article|content|post|entry|body|detail|story|isi|berita|read|main|text)",
                          re.IGNORECASE)
WRAPPER_SHARE = 0.5  # a box holding this share of the page's text is the article's wrapper, whatever its class
# Inline elements: their text continues the line; every other element starts a new block.
_INLINE = frozenset("a abbr b bdi bdo cite code data del dfn em font i ins kbd mark q s samp small span strong "
                    "sub sup time u var wbr label big tt nobr".split())
_LIST_ITEM = frozenset(("li", "dt", "dd"))
_HEADINGS = frozenset(("h2", "h3", "h4", "h5", "h6"))
_BOXES = ("div", "section", "main", "td", "article", "body")
# Boxes whose text a parent box does not count as its own.
_CONTAINERS = frozenset(("div", "section", "main", "article", "table", "ul", "ol", "td", "tr", "tbody"))


def all_tags(root: HtmlElement) -> list[HtmlElement]:
    """Every element under `root` (not `root` itself) in document order, comments left out."""
    return list(root.iterdescendants(etree.Element))


def drop_non_article(root: HtmlElement) -> None:
    """Remove scripts, menus and boxes named as non-article, except a wrapper that holds most of the text.

    Removed elements are tracked in a set, so nothing under a removed box is looked at again (a deeply nested
    page stays linear)."""
    total = max(1, text_length(body_of(root)))
    removed: set[HtmlElement] = set()

    def remove(element: HtmlElement) -> None:
        removed.add(element)
        removed.update(element.iterdescendants())
        element.drop_tree()  # the text after it stays

    tags = all_tags(root)
    for element in [tag for tag in tags if tag.tag in DROP_TAGS]:
        if element in removed:
            continue
        if element.tag in WRAPPER_TAGS and text_length(element) >= WRAPPER_SHARE * total:
            element.drop_tag()  # <form> or <header> around the whole page: keep what it holds
            continue
        remove(element)
    for element in tags:
        if element in removed or element.tag in ("body", "html", "article", "main"):
            continue
        names = class_and_id(element)
        if not names.strip() or not DROP_CLASS.search(names):
            continue
        if CONTENT_HINT.search(DROP_CLASS.sub(" ", names)) or text_length(element) >= WRAPPER_SHARE * total:
            continue  # "content-with-sidebar", "article-body l-sidebar-fixed", a wrapper: the article is inside
        remove(element)


def blocks(root: HtmlElement) -> tuple[list[list[str]], list[str]]:
    """The text under `root` as blocks of lines, and the subheading texts.

    Every block element ends a block; a `<br>` ends a line and a run of two or more ends a block; list items are
    lines of one block (so a related list stays together). Walks the tree with a stack, so depth costs nothing.
    """
    out: list[list[str]] = []
    headings: list[str] = []
    state = _State(out)
    stack: list[object] = [(root, False)]  # text pieces, and (element, leaving) pairs
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            state.text(item)
            continue
        node, leaving = item
        name = node.tag
        if leaving:
            if name in _HEADINGS:
                line = state.end_line()
                if line:
                    headings.append(line)
            if name in _LIST_ITEM:
                state.end_line()
            elif name not in _INLINE:
                state.end_block()
            continue
        if name == "br":
            state.line_break()
            continue
        if name in _LIST_ITEM:
            state.end_line()
        elif name not in _INLINE:
            state.end_block()
        stack.append((node, True))
        for child in reversed(node):
            if child.tail:
                stack.append(child.tail)
            if isinstance(child.tag, str):  # comments and processing instructions hold no page text
                stack.append((child, False))
        if node.text:
            stack.append(node.text)
    state.end_block()
    return out, headings


class _State:
    """The line and block being built while walking the tree."""

    def __init__(self, out: list[list[str]]) -> None:
        self.out = out
        self.parts: list[str] = []
        self.lines: list[str] = []
        self.breaks = 0

    def text(self, value: str) -> None:
        if value.strip():
            self.breaks = 0
        self.parts.append(value)

    def end_line(self) -> str:
        line = " ".join("".join(self.parts).split())
        self.parts = []
        if line:
            self.lines.append(line)
        return line

    def line_break(self) -> None:
        self.breaks += 1
        self.end_line()
        if self.breaks >= 2:
            self.end_block()

    def end_block(self) -> None:
        self.end_line()
        if self.lines:
            self.out.append(self.lines)
            self.lines = []


def content_box(root: HtmlElement) -> HtmlElement:
    """The element holding the article: an articleBody, the fullest <article>, or the box with the most text.

    A box scores the text it holds directly (its own text and its paragraph-level children, link text left
    out), doubled when its class names content: the tightest box around the paragraphs wins. Scores are summed
    bottom-up in one pass, so a deeply nested page costs linear time.
    """
    found = next(root.iterfind(".//*[@itemprop='articleBody']"), None)
    if found is not None and sum(len(piece.strip()) for piece in _strings(found)) > 200:
        return found
    body = body_of(root)
    nonlink = _nonlink_lengths(body)
    articles = [element for element in root.iter("article") if nonlink.get(element, 0) > 200]
    if articles:
        return max(articles, key=lambda element: nonlink.get(element, 0))
    best: HtmlElement | None = None
    best_score = 0.0
    for element in body.iterdescendants(*_BOXES):
        direct = len(element.text.strip()) if element.text else 0
        for child in element:
            if child.tail:
                direct += len(child.tail.strip())
            if child.tag not in _CONTAINERS:
                direct += nonlink.get(child, 0)
        score = direct * (2 if CONTENT_HINT.search(class_and_id(element)) else 1)
        if score > best_score:
            best, best_score = element, score
    return best if best is not None else body


def _nonlink_lengths(root: HtmlElement) -> dict[HtmlElement, int]:
    """element -> characters of text under it that are not inside a link (post-order, in one walk)."""
    lengths: dict[HtmlElement, int] = {}
    for _, node in etree.iterwalk(root, events=("end",)):
        if not isinstance(node.tag, str):
            continue
        total = 0
        if node.tag != "a":
            total = len(node.text.strip()) if node.text else 0
            for child in node:
                total += lengths.get(child, 0) + (len(child.tail.strip()) if child.tail else 0)
        lengths[node] = total
    return lengths
