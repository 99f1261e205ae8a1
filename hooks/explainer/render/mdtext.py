"""Turn untrusted text into Markdown that renders as exactly that text, and build links between pages."""

from __future__ import annotations

import functools
import html
import json
import re
import urllib.parse

import yaml

# Characters with inline meaning wherever they stand (code, emphasis, links, attribute lists, table cells);
# all are in Markdown(extensions=[attr_list, toc, tables, admonition]).ESCAPED_CHARS. `<`, `>` and `&`
# become entities instead, so no raw HTML, autolink or entity can form.
_INLINE = re.compile(r"([\\`*_{}\[\]|])")
# Block syntax only counts at the start of a block: heading, list item ("- ", "+ ", "12. ", "3) "), admonition.
_BLOCK_START = re.compile(r"^(?:([#+\-!])|(\d+)([.)]))")
_SPACES = re.compile(r"\s+")
# Characters neither YAML nor HTML can carry (C0/C1 controls, lone surrogates, noncharacters): removed.
_UNCARRIED = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]")


def _one_line(text: str) -> str:
    """Runs of whitespace as one space, and no character YAML or HTML cannot carry."""
    text = _SPACES.sub(" ", text)
    return _UNCARRIED.sub("", text) if _UNCARRIED.search(text) else text


def md_escape(text: str) -> str:
    """Escape `text` so Markdown shows it literally: no markup, link, heading, HTML or attribute.

    Only characters that could mean something where they stand get a backslash, which keeps Markdown's
    inline processing (the slowest part of a build) light.
    """
    return _escape_block_start(_escape_piece(text).strip())


def md_heading(text: str) -> str:
    """Escape a heading's text: also trailing '#', which would close an ATX heading."""
    escaped = md_escape(text)
    stripped = escaped.rstrip("#")
    return stripped + "\\#" * (len(escaped) - len(stripped))


def _escape_block_start(text: str) -> str:
    return _BLOCK_START.sub(lambda m: f"\\{m.group(1)}" if m.group(1) else f"{m.group(2)}\\{m.group(3)}", text, 1)


def _escape_piece(piece: str) -> str:
    """Escape one piece of a line, keeping its outer spaces (inline syntax only)."""
    return _INLINE.sub(r"\\\1", html.escape(_one_line(piece), quote=False))


def html_text(text: str) -> str:
    """Escape text for HTML we write ourselves, on one line (runs of whitespace become one space)."""
    return html.escape(_one_line(text).strip(), quote=False)


def attr_escape(text: str) -> str:
    """Escape text for a double-quoted HTML attribute we write ourselves (e.g. a tooltip)."""
    return html.escape(_one_line(text).strip(), quote=True)


# Characters of a link title that Markdown reads before the link itself (a backtick could open a code span that
# runs into the next link; brackets and parentheses could end the link early): written as character references.
_TITLE_REFERENCES = str.maketrans({"\\": "&#92;", "`": "&#96;", "[": "&#91;", "]": "&#93;", "(": "&#40;",
                                   ")": "&#41;"})


def link_title(text: str) -> str:
    """Escape text for the quoted title of a Markdown link: `[x](url "title")`; it shows as exactly the text."""
    return attr_escape(text).translate(_TITLE_REFERENCES)


def rel_link(from_src: str, to_src: str, anchor: str | None = None) -> str:
    """Relative Markdown link from one docs file to another ("artikel/a.md" -> "../glosarium.md#x")."""
    return _relative_path(from_src, to_src) + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=65536)
def _relative_path(from_src: str, to_src: str) -> str:
    """posixpath.relpath for two clean docs paths, without its filesystem work (it runs ~10^6 times)."""
    if from_src == to_src:
        return ""
    here = from_src.split("/")[:-1]
    there = to_src.split("/")
    common = 0
    while common < len(here) and common < len(there) - 1 and here[common] == there[common]:
        common += 1
    return "/".join([".."] * (len(here) - common) + there[common:])


def src_url(src: str) -> str:
    """Site URL of a docs file with directory URLs: 'a/b.md' -> 'a/b/', 'a/index.md' -> 'a/', 'index.md' -> ''."""
    stem = src[:-3] if src.endswith(".md") else src
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    else:
        stem += "/"
    return stem.lstrip("/")


def page_href(from_src: str, to_src: str, anchor: str | None = None) -> str:
    """Relative URL from the page of docs file `from_src` to docs file `to_src` (a page, or a data file kept
    as is), for HTML we write ourselves: ('linimasa/2023.md', 'artikel/a.md', 'p2') -> '../../artikel/a/#p2'."""
    return _page_path(from_src, to_src) + (f"#{anchor}" if anchor else "")


@functools.lru_cache(maxsize=65536)
def _page_path(from_src: str, to_src: str) -> str:
    here = src_url(from_src) + "index.html"
    there = src_url(to_src) + "index.html" if to_src.endswith(".md") else to_src
    relative = _relative_path(here, there)
    if relative.endswith("index.html"):
        relative = relative[: -len("index.html")]
    return relative or "./"


def html_with_links(text: str, links: list[tuple[int, int, str, str | None]], css_class: str | None = None) -> str:
    """Escape `text` as HTML on one line, turning each (start, end, href, title) span into a link (hrefs ours),
    of class `css_class` when given.

    Spans must not overlap (a later overlapping one is dropped).
    """
    out: list[str] = []
    position = 0
    kind = f' class="{css_class}"' if css_class else ""
    for start, end, href, title in sorted(links):
        if start < position:
            continue
        tip = f' title="{attr_escape(title)}"' if title else ""
        out += [_html_piece(text[position:start]),
                f'<a{kind} href="{href}"{tip}>{_html_piece(text[start:end])}</a>']
        position = end
    out.append(_html_piece(text[position:]))
    return "".join(out)


def _html_piece(piece: str) -> str:
    """Escape one piece of a line for HTML, on one line (keeps its outer spaces)."""
    return html.escape(_one_line(piece), quote=False)


def safe_url(url: str) -> str:
    """An http(s) URL percent-encoded so that it cannot end a Markdown link early; '' otherwise."""
    if not re.match(r"^https?://", url):
        return ""
    return urllib.parse.quote(url, safe=":/?#@!$&'*+,;=%~-._")


def template_text(text: str) -> str:
    """Text for a value that theme templates print unescaped (page title in <title> and the header, meta
    description in an attribute): HTML-escaped, quotes included, on one line, so it shows as exactly the text."""
    return html.escape(_one_line(text).strip(), quote=True)


def front_matter(**fields: str) -> str:
    """The YAML front matter block of a generated page, every value through `template_text`.

    What is written is parsed back (as MkDocs does) and must give the same values; if it ever did not, the
    values are written again in plain ASCII, so a page never loses its front matter to text YAML refuses.
    """
    values = {key: template_text(value) for key, value in fields.items()}
    block = _yaml_block(values, ascii_only=False)
    if _parses_to(block, values):
        return block
    values = {key: value.encode("ascii", "ignore").decode("ascii") for key, value in values.items()}
    block = _yaml_block(values, ascii_only=True)
    if not _parses_to(block, values):  # pragma: no cover - printable ASCII in JSON quotes is always YAML
        raise ValueError(f"front matter does not parse back: {block!r}")
    return block


def _yaml_block(values: dict[str, str], ascii_only: bool) -> str:
    lines = [f"{key}: {json.dumps(value, ensure_ascii=ascii_only)}" for key, value in values.items()]
    return "\n".join(["---", *lines, "---"])


# libyaml's loader (about 20x faster than PyYAML's own, which MkDocs uses) checks the round trip; a value
# holding a character PyYAML's reader refuses is refused here first, so the two cannot disagree on it.
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NON_PRINTABLE = yaml.reader.Reader.NON_PRINTABLE


def _parses_to(block: str, values: dict[str, str]) -> bool:
    if _NON_PRINTABLE.search(block):
        return False
    try:
        return (yaml.load(block[4:-4], Loader=_LOADER) or {}) == values
    except yaml.YAMLError:
        return False
