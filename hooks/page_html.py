"""Each page's HTML kept between builds by its Markdown, so MkDocs converts only the pages that changed.

A plain `mkdocs build` or `mkdocs serve` converts every page's Markdown again, even when one article changed:
at 10,000 articles that is about a third of MkDocs' work. Here, a page's conversion (what `Page.render` leaves on
the page: its HTML, table of contents, title, anchors and links to other pages' anchors) is kept in the cache
folder (``explainer.memo.Memo``, data not code) under a hash of its Markdown, its place in the site and the
Markdown settings. A kept conversion is used only when every link on the page still resolves to what it did
(MkDocs' own link resolution is run again on each, which also logs the same warnings); else the page is
converted as before. `--dirty` builds keep nothing here: MkDocs already skips their unchanged pages.
"""

from __future__ import annotations

import contextlib
import importlib.util
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from types import ModuleType
from typing import Any

from explainer.memo import Memo, digest

_CODE = Path(__file__).read_text(encoding="utf-8")  # part of the memo's version: a change here is other code
_dirty = False  # builds in this process are `--dirty` (set once at start-up: `mkdocs serve` loads the hooks anew
# for every build, so the hooks' own state would forget it)


def dirty_builds(dirty: bool) -> None:
    """Say whether this process' builds are `--dirty` ones (they keep nothing here)."""
    global _dirty
    _dirty = dirty


def wanted() -> bool:
    """Whether this process' builds keep their pages' HTML (not `--dirty` ones)."""
    return not _dirty


TocRow = tuple[int, int, str, str]  # (depth in the tree, heading level, id, title as HTML), in document order


@dataclass(frozen=True)
class Converted:
    """What converting one page's Markdown left on the page, as data."""

    content: str
    toc: list[TocRow]
    title: str | None
    anchors: list[str]  # the ids the page has, sorted
    links: list[tuple[str, str]]  # every link and image address as written and as converted, in document order


class PageHtml:
    """The kept conversions of one build: `adopt` each page before MkDocs renders it, `save` after the build."""

    def __init__(self, cache_dir: Path | None, version: str, config: Any) -> None:
        self.memo: Memo[Converted] = Memo(cache_dir, "page_html", digest((version, _CODE)), Converted)
        self.settings = _settings(config)
        self.converted = 0  # pages converted by this build (the others came from the memo)
        self.kept = 0

    def adopt(self, page: Any) -> None:
        """Make `page.render` take a kept conversion when it is still right (a page of another type, or
        Markdown settings the cache cannot name, are left as they are)."""
        module = _render_module(type(page))
        if module is not None and self.settings is not None:
            page.render = partial(self._render, page, module)

    def _render(self, page: Any, module: ModuleType, config: Any, files: Any) -> None:
        if self.settings is None:
            type(page).render(page, config, files)
            return
        key = digest((page.markdown, page.file.src_uri, page.file.dest_uri, page.file.url, module.__name__,
                      self.settings))
        found = self.memo.peek(key)
        if found is not None and _restored(page, found, module, config, files):
            self.kept += 1
            return
        links: list[tuple[str, str]] = []
        before = dict(vars(page))
        with _recording_links(module, page.file, links):
            type(page).render(page, config, files)
        self.converted += 1
        if _set_elsewhere(before, vars(page)):
            self.settings = None  # a builder whose render sets more than this module restores: keep nothing
            return
        self.memo.put(key, Converted(page.content, toc_rows(page.toc), page._title_from_render,
                                     sorted(page.present_anchor_ids or ()), links))

    def save(self) -> list[str]:
        """Write the conversions this build used; the problems doing so (for the log)."""
        self.memo.save()
        return self.memo.warnings


RESTORED = frozenset({"content", "toc", "_title_from_render", "present_anchor_ids", "links_to_anchors", "render"})


def _set_elsewhere(before: dict, after: dict) -> bool:
    """Whether a conversion set an attribute of the page that `_restored` does not restore."""
    return any(name not in RESTORED and (name not in before or before[name] is not value)
               for name, value in after.items())


def _render_module(page_type: type) -> ModuleType | None:
    """The module of `page_type` when it is MkDocs' own Page (or ProperDocs'), whose render this one repeats."""
    module = sys.modules.get(page_type.__module__)
    processor = getattr(module, "_RelativePathTreeprocessor", None)
    if module is None or page_type is not getattr(module, "Page", None) or processor is None \
            or "path_to_url" not in vars(processor) or not hasattr(module, "get_toc"):
        return None
    return module


def _settings(config: Any) -> str | None:
    """What else a conversion depends on: the builder's and Markdown's code, the extensions (with their packages'
    code) and their settings, directory URLs; None when an extension is not named by a string."""
    extensions = config["markdown_extensions"]
    if not all(isinstance(name, str) for name in extensions):
        return None
    packages = sorted({name.split(".")[0] for name in extensions} | {"markdown", "mkdocs", "properdocs"})
    return digest((list(extensions), repr(config["mdx_configs"]), bool(config["use_directory_urls"]),
                   [code_stamp(name) for name in packages]))


def code_stamp(package: str) -> tuple[str, int, int] | None:
    """What tells the installed code of a top-level package (or module) apart: the size and modification time of
    its first file, which an install or upgrade rewrites; None when there is no such package. (The installed
    distributions' own metadata would name versions, but mapping a module to its distribution reads every
    distribution's file list: seconds per build.)"""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.origin or not os.path.isfile(spec.origin):
        return None
    found = os.stat(spec.origin)
    return spec.origin, found.st_size, found.st_mtime_ns


@contextlib.contextmanager
def _recording_links(module: ModuleType, file: Any, links: list[tuple[str, str]]) -> Iterator[None]:
    """While MkDocs converts `file`'s page: note each address its link resolution is given and gives back."""
    processor = module._RelativePathTreeprocessor
    original: Callable[[Any, str], str] = vars(processor)["path_to_url"]

    def path_to_url(self: Any, url: str) -> str:
        converted = original(self, url)
        if self.file is file:
            links.append((url, converted))
        return converted

    processor.path_to_url = path_to_url
    try:
        yield
    finally:
        processor.path_to_url = original


def _restored(page: Any, found: Converted, module: ModuleType, config: Any, files: Any) -> bool:
    """Put a kept conversion on `page` if each of its links still resolves as it did (then the link checks'
    warnings are logged as a conversion logs them); False, with nothing logged, if one does not."""
    processor = module._RelativePathTreeprocessor(page.file, files, config)
    held = _Held()
    module.log.addFilter(held)
    try:
        same = all(processor.path_to_url(url) == converted for url, converted in found.links)
    finally:
        module.log.removeFilter(held)
    if not same:
        return False
    for record in held.records:
        module.log.handle(record)
    page.content = found.content
    page.toc = module.get_toc(_toc_tokens(found.toc))
    page._title_from_render = found.title
    page.present_anchor_ids = set(found.anchors)
    if module.log.getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = processor.links_to_anchors
    return True


class _Held(logging.Filter):
    """Holds back what a logger logs (to log it later, or never)."""

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def filter(self, record: logging.LogRecord) -> bool:
        self.records.append(record)
        return False


def toc_rows(toc: Any) -> list[TocRow]:
    """A page's table of contents as rows in document order."""
    rows: list[TocRow] = []

    def walk(items: Any, depth: int) -> None:
        for item in items:
            rows.append((depth, item.level, item.id, item.title))
            walk(item.children, depth + 1)
    walk(toc, 0)
    return rows


def _toc_tokens(rows: list[TocRow]) -> list[dict]:
    """The Markdown toc extension's tokens (what MkDocs builds a table of contents from) back from rows."""
    top: list[dict] = []
    open_lists = [top]  # the children list at each depth
    for depth, level, anchor, title in rows:
        token: dict = {"level": level, "id": anchor, "name": title, "children": []}
        del open_lists[depth + 1:]
        open_lists[depth].append(token)
        open_lists.append(token["children"])
    return top
