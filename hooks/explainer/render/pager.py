"""The 'Halaman: 1 · … · 4 5 6 · … · 200' line between the pages of a paginated list: a window, never every page."""

from __future__ import annotations

from .mdtext import rel_link

AROUND = 3  # pages shown on each side of the current one (the first and the last are always shown)


def pager(paths: list[str], number: int, here: str) -> str:
    """Markdown links to the first and last page and to the pages around `number` (1-based) of `paths`, gaps
    shown as '…'; `here` is the docs path of the page it goes on. Its size does not grow with the number of
    pages (every page listing every other page is quadratic in text and in Markdown's link parsing)."""
    shown = sorted({1, len(paths), *range(max(1, number - AROUND), min(len(paths), number + AROUND) + 1)})
    parts: list[str] = []
    for position, page in enumerate(shown):
        if position and page != shown[position - 1] + 1:
            parts.append("…")
        parts.append(f"**{page}**" if page == number else f"[{page}]({rel_link(here, paths[page - 1])})")
    return "Halaman: " + " · ".join(parts)
