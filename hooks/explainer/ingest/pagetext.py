"""A parsed web page as text: its blocks in reading order (one pass, no recursion) and its likely content box."""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

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
_BOXES = frozenset(("div", "section", "main", "td", "article", "body"))


def parse(markup: str) -> BeautifulSoup:
    """The page as a tree (the standard library's forgiving parser: no depth limit)."""
    return BeautifulSoup(markup, "html.parser")


def all_tags(root: Tag) -> list[Tag]:
    """Every element under `root` in document order (cheaper than find_all(True), which filters each one)."""
    return [node for node in root.descendants if isinstance(node, Tag)]


def depth(root: Tag) -> int:
    """How deeply the elements under `root` nest."""
    deepest = 0
    stack = [(root, 0)]
    while stack:
        node, level = stack.pop()
        deepest = max(deepest, level)
        stack.extend((child, level + 1) for child in node.contents if isinstance(child, Tag))
    return deepest


def drop_non_article(soup: BeautifulSoup) -> None:
    """Remove scripts, menus and boxes named as non-article, except a wrapper that holds most of the text.

    Removed elements are tracked in a set: bs4's `decomposed` property searches the subtree on every call,
    which made a deeply nested page quadratic."""
    root = soup.body or soup
    total = max(1, len(root.get_text()))
    removed: set[int] = set()

    def remove(element: Tag) -> None:
        removed.add(id(element))
        removed.update(id(child) for child in element.descendants)
        element.decompose()

    tags = all_tags(soup)
    for element in [tag for tag in tags if tag.name in DROP_TAGS]:
        if id(element) in removed:
            continue
        if element.name in WRAPPER_TAGS and len(element.get_text()) >= WRAPPER_SHARE * total:
            element.unwrap()  # <form> or <header> around the whole page: keep what it holds
            continue
        remove(element)
    for element in tags:
        if id(element) in removed or element.name in ("body", "html", "article", "main"):
            continue
        names = " ".join(element.get("class") or []) + " " + (element.get("id") or "")
        if not names.strip() or not DROP_CLASS.search(names):
            continue
        if CONTENT_HINT.search(DROP_CLASS.sub(" ", names)) or len(element.get_text()) >= WRAPPER_SHARE * total:
            continue  # "content-with-sidebar", "article-body l-sidebar-fixed", a wrapper: the article is inside
        remove(element)


def blocks(root: Tag) -> tuple[list[list[str]], list[str]]:
    """The text under `root` as blocks of lines, and the subheading texts.

    Every block element ends a block; a `<br>` ends a line and a run of two or more ends a block; list items are
    lines of one block (so a related list stays together). Walks the tree with a stack, so depth costs nothing.
    """
    out: list[list[str]] = []
    headings: list[str] = []
    state = _State(out)
    stack: list[tuple[object, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if isinstance(node, PreformattedString):  # comments, doctype, CDATA
            continue
        if isinstance(node, NavigableString):
            state.text(str(node))
            continue
        name = node.name
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
        stack.extend((child, False) for child in reversed(node.contents))
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


def content_box(soup: BeautifulSoup) -> Tag:
    """The element holding the article: an articleBody, the fullest <article>, or the box with the most text.

    A box scores the text it holds directly (its own text and its paragraph-level children, link text left
    out), doubled when its class names content: the tightest box around the paragraphs wins. Scores are summed
    bottom-up in one pass, so a deeply nested page costs linear time.
    """
    found = soup.find(attrs={"itemprop": "articleBody"})
    if isinstance(found, Tag) and len(found.get_text(strip=True)) > 200:
        return found
    root = soup.body or soup
    nonlink = _nonlink_lengths(root)
    articles = [element for element in soup.find_all("article") if nonlink.get(id(element), 0) > 200]
    if articles:
        return max(articles, key=lambda element: nonlink.get(id(element), 0))
    best: Tag | None = None
    best_score = 0.0
    for element in [tag for tag in all_tags(root) if tag.name in _BOXES]:
        direct = 0
        for child in element.children:
            if isinstance(child, NavigableString):
                direct += 0 if isinstance(child, PreformattedString) else len(child.strip())
            elif isinstance(child, Tag) and child.name not in ("div", "section", "main", "article", "table", "ul",
                                                                 "ol", "td", "tr", "tbody"):
                direct += nonlink.get(id(child), 0)
        names = " ".join(element.get("class") or []) + " " + (element.get("id") or "")
        score = direct * (2 if CONTENT_HINT.search(names) else 1)
        if score > best_score:
            best, best_score = element, score
    return best or root


def _nonlink_lengths(root: Tag) -> dict[int, int]:
    """id(element) -> characters of text under it that are not inside a link (post-order, with a stack)."""
    lengths: dict[int, int] = {}
    stack: list[tuple[Tag, bool]] = [(root, False)]
    while stack:
        node, leaving = stack.pop()
        if not leaving:
            stack.append((node, True))
            stack.extend((child, False) for child in node.children if isinstance(child, Tag))
            continue
        total = 0
        if node.name != "a":
            for child in node.children:
                if isinstance(child, Tag):
                    total += lengths.get(id(child), 0)
                elif not isinstance(child, PreformattedString):
                    total += len(child.strip())
        lengths[id(node)] = total
    return lengths
