"""Lift our own raw-HTML blocks out of page Markdown before MkDocs converts it, and put them back after.

Python-Markdown passes raw HTML blocks through unchanged but still parses them, which is most of the cost
of rendering thousands of generated pages. Each run of consecutive blocks of ours (one line each, blank
lines between) becomes one placeholder comment; the same HTML comes back for a fraction of the time.
Seed text never starts a line with "<" (it is escaped), so only HTML this project writes is lifted.
"""

from __future__ import annotations

import re

_OURS = re.compile(r"<(p|div|ul|ol|table|nav|details)[ >].*</\1>")
_ID = re.compile(r' id="([^"]+)"')
_PLACEHOLDER = re.compile(r"<!--explainer-raw-(\d+)-->")


def lift(markdown: str) -> tuple[str, list[str]]:
    """(Markdown with each run of our raw blocks replaced by a comment placeholder, the runs' HTML)."""
    fragments: list[str] = []
    out: list[str] = []
    run: list[str] = []
    blanks = 0

    def close() -> None:
        if run:
            out.append(f"<!--explainer-raw-{len(fragments)}-->")
            fragments.append("\n\n".join(run))
            run.clear()

    for line in markdown.split("\n"):
        if not line:
            if run:
                blanks += 1
            else:
                out.append(line)
            continue
        if line[0] == "<" and _OURS.fullmatch(line):
            run.append(line)
            blanks = 0
            continue
        close()
        out += [""] * blanks
        blanks = 0
        out.append(line)
    close()
    out += [""] * blanks
    return "\n".join(out), fragments


def restore(html: str, fragments: list[str]) -> str:
    """Put the lifted blocks back into the converted page HTML."""
    if not fragments:
        return html
    return _PLACEHOLDER.sub(lambda match: fragments[int(match.group(1))], html)


def anchor_ids(fragments: list[str]) -> set[str]:
    """The id attributes in the lifted blocks."""
    return {anchor for fragment in fragments for anchor in _ID.findall(fragment)}
