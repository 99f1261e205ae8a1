"""Turn untrusted text into Markdown that renders as exactly that text, and build links between pages."""

from __future__ import annotations

import html
import json
import posixpath
import re
import urllib.parse

# Exactly Markdown(extensions=[attr_list, toc, tables, admonition]).ESCAPED_CHARS: the characters that
# carry meaning and accept a backslash (a backslash before any other character would show).
_BACKSLASHED = re.compile(r"([\\`*_{}\[\]()#+\-.!>|])")
_SPACES = re.compile(r"\s+")


def md_escape(text: str) -> str:
    """Escape `text` so Markdown shows it literally: no markup, link, heading, HTML or attribute."""
    return _escape_piece(text).strip()


def md_with_links(text: str, links: list[tuple[int, int, str, str | None]]) -> str:
    """Escape `text`, turning each (start, end, href, title) span into a Markdown link.

    Spans must not overlap; hrefs and titles are ours, never seed text.
    """
    out: list[str] = []
    position = 0
    for start, end, href, title in sorted(links):
        if start < position:
            continue
        out.append(_escape_piece(text[position:start]))
        label = _escape_piece(text[start:end])
        suffix = f' "{link_title(title)}"' if title else ""
        out.append(f"[{label}]({href}{suffix})")
        position = end
    out.append(_escape_piece(text[position:]))
    return "".join(out)


def _escape_piece(piece: str) -> str:
    """Escape one piece of a line, keeping its outer spaces: & < > become entities (no raw HTML or
    autolink), Markdown punctuation gets a backslash (no emphasis, link, heading, list or attribute)."""
    piece = _SPACES.sub(" ", piece)
    return _BACKSLASHED.sub(r"\\\1", html.escape(piece, quote=False))


def attr_escape(text: str) -> str:
    """Escape text for a double-quoted HTML attribute we write ourselves (e.g. a tooltip)."""
    return html.escape(_SPACES.sub(" ", text).strip(), quote=True)


def link_title(text: str) -> str:
    """Escape text for the quoted title of a Markdown link: `[x](url "title")`."""
    return attr_escape(text).replace("\\", "&#92;")


def rel_link(from_src: str, to_src: str, anchor: str | None = None) -> str:
    """Relative Markdown link from one docs file to another ("artikel/a.md" -> "../glosarium.md#x")."""
    if from_src == to_src:
        target = ""
    else:
        target = posixpath.relpath(to_src, posixpath.dirname(from_src) or ".")
    return target + (f"#{anchor}" if anchor else "")


def safe_url(url: str) -> str:
    """An http(s) URL percent-encoded so that it cannot end a Markdown link early; '' otherwise."""
    if not re.match(r"^https?://", url):
        return ""
    return urllib.parse.quote(url, safe=":/?#@!$&'*+,;=%~-._")


def page_title(text: str) -> str:
    """A title safe for theme templates, which print it unescaped (<title>, nav): no angle brackets.

    Pages that show seed text as a title also print it escaped as their own H1.
    """
    return _SPACES.sub(" ", text).strip().replace("<", "‹").replace(">", "›")


def yaml_string(text: str) -> str:
    """A YAML double-quoted scalar holding `text` (JSON strings are valid YAML)."""
    return json.dumps(_SPACES.sub(" ", text).strip(), ensure_ascii=False)
