"""Each page's finished HTML kept from the last build into the same site folder, so the theme's templates run only
for pages whose inputs changed.

A plain `mkdocs build` or `mkdocs serve` empties the site folder and renders every page through the theme's
templates again: at 10,000 articles the larger part of MkDocs' work once the conversions are kept (page_html.py).
Here, before MkDocs empties the folder, the last build's files are moved into a hidden folder inside it (MkDocs'
cleaning leaves hidden entries alone). A page whose inputs hash as they did — its HTML, table of contents,
title, metadata, addresses, neighbours and ancestors; the navigation; the config; the theme's templates — and
whose file there is the one the last build wrote (same size and modification time) is moved back into place,
and its template is a one-line one that renders nothing, so MkDocs writes nothing over it (the builder skips a
page with empty output; its note saying so is held back for these pages). The hidden folder, with what was not
moved back, is deleted when the build ends. Nothing is kept in `--dirty` builds (MkDocs skips unchanged pages
already), with a builder that would write an empty page, or when another plugin takes part in rendering pages
(`on_env`, `on_page_context`, `on_post_page`: what it adds is not among the inputs hashed here).
"""

from __future__ import annotations

import contextlib
import hashlib
import inspect
import logging
import os
import re
import shutil
import stat as stat_module
import sys
import sysconfig
from pathlib import Path
from typing import Any

import jinja2

from explainer.memo import digest, record_build, take_last_build, text_digest
from page_html import code_stamp, toc_rows

_CODE = Path(__file__).read_text(encoding="utf-8")  # part of the record's version: a change here is other code
ASIDE = ".explainer-last-build"  # the last build's files while this one runs (hidden: MkDocs does not clean it)
TEMPLATE = "explainer-kept-page.html"
KEPT = "explainer_kept_page"  # "" in the context of a page moved back into place (None: render its own template)
OWN = "explainer_page_template"  # the context's name of the page's own template
_SOURCE = (f"{{% if {KEPT} is string %}}{{{{ {KEPT} }}}}{{% else %}}{{% include {OWN} %}}{{% endif %}}")
RECORD = "page_outputs"  # memo record: output path -> "<inputs hash> <size> <modification time, ns>" of the last build
_JINJA = re.compile(r"\{[{%](.*?)[}%]\}", re.S)  # what a template says in Jinja (not its text or comments)
RENDERING_EVENTS = ("env", "page_context", "post_page")  # another plugin here changes output not hashed here


class PageOutputs:
    """The kept outputs of one build: made before MkDocs cleans the site folder (`on_pre_build`); `choose` in
    `on_env`, `context` in `on_page_context`; `finish` after the build (`end` after a failed one)."""

    def __init__(self, cache_dir: Path | None, version: str, config: Any, hooks_module: str) -> None:
        self.cache_dir = cache_dir
        self.site = Path(config["site_dir"])
        self.aside = self.site / ASIDE
        self.version = digest((version, _CODE, str(self.site.resolve())))
        self.problems: list[str] = []
        self.last = take_last_build(cache_dir, RECORD, self.version, self.problems)
        self.keys: dict[str, str] = {}  # output path -> inputs hash, of each page this build wrote
        self.chosen: dict[str, str | None] = {}  # output path -> the template the page named, if any
        self.kept = 0
        self.others = _other_renderers(config, hooks_module)
        self.held = _HeldNotes()
        self.builder_log: logging.Logger | None = None
        _discard(self.aside)  # a build stopped before its end
        if self.last and not self.others and self.site.is_dir():
            _move_aside(self.site, self.aside)

    def last_folder(self) -> Path | None:
        """Where the last build's files are while this build runs, when they were set aside (else None)."""
        return self.aside if self.aside.is_dir() else None

    def choose(self, env: jinja2.Environment, config: Any, pages: list[Any], nav: Any) -> None:
        """Give the pages whose inputs are the last build's, and whose file it wrote is still as it left it, the
        one-line template."""
        self.builder_log = _skipping_builder_log(pages[0]) if pages else None
        if self.others or self.builder_log is None or cache_key_unsafe(config):
            return
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({TEMPLATE: _SOURCE}), env.loader])
        site = digest((site_inputs(config, nav), self.version))
        for page in pages:
            path = page.file.dest_uri
            key = self.keys[path] = digest((site, page_inputs(page)))
            last_key, _, last_stat = self.last.get(path, "").partition(" ")
            if last_key == key and _stat(self.aside / path) == last_stat:
                self.chosen[path] = page.meta.get("template")
                page.meta["template"] = TEMPLATE
        self.builder_log.addFilter(self.held)

    def context(self, context: Any, page: Any) -> Any:
        """A chosen page: its file moved back into place and "" to render (or, when the move fails, the name of
        its own template to render)."""
        path = page.file.dest_uri
        if path not in self.chosen:
            return context
        own = self.chosen.pop(path)
        if own is None:  # the page's metadata as it was: the page's own template may read it
            del page.meta["template"]
        else:
            page.meta["template"] = own
        context[OWN] = own or "main.html"
        context[KEPT] = None
        target = Path(page.file.abs_dest_path)
        with contextlib.suppress(OSError):
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(self.aside / path, target)
            context[KEPT] = ""
            self.held.skipped.add(SKIPPED.format(page.file.src_uri))
            self.kept += 1
        return context

    def finish(self) -> list[str]:
        """After a build that succeeded: record each page's inputs with its file's size and time, delete the last
        build's files that were not moved back; the problems."""
        written = {path: f"{key} {stat}" for path, key in self.keys.items() if (stat := _stat(self.site / path))}
        self.end()
        problem = record_build(self.cache_dir, RECORD, self.version, written)
        return self.problems + ([problem] if problem else [])

    def end(self) -> None:
        """After a build that failed, too: delete the last build's files (no record: the next build keeps
        nothing), stop holding back the builder's notes."""
        _discard(self.aside)
        if self.builder_log is not None:
            self.builder_log.removeFilter(self.held)


class _HeldNotes(logging.Filter):
    """Holds back the builder's note that it skipped a page with empty output, for the pages moved back."""

    def __init__(self) -> None:
        super().__init__()
        self.skipped: set[str] = set()

    def filter(self, record: logging.LogRecord) -> bool:
        return record.getMessage() not in self.skipped


# How MkDocs (and ProperDocs) note a page whose output is empty, which they do not write (`_build_page`).
SKIPPED = "Page skipped: '{}'. Generated empty output."


def _skipping_builder_log(page: Any) -> logging.Logger | None:
    """The logger of the builder that builds `page` when that builder writes no file for an empty output and
    says so in a note (MkDocs' and ProperDocs' `_build_page`); else None (nothing can be kept)."""
    root = type(page).__module__.split(".")[0]
    module = sys.modules.get(f"{root}.commands.build")
    build_page = getattr(module, "_build_page", None)
    if build_page is None:
        return None
    try:
        source = inspect.getsource(build_page)
    except (OSError, TypeError):
        return None
    if "if output.strip():" not in source or SKIPPED.format("{page.file.src_uri}") not in source:
        return None
    return logging.getLogger(module.__name__)


def _stat(path: Path) -> str:
    """A file's size and modification time ("" when it is not a file)."""
    with contextlib.suppress(OSError):
        found = path.stat()
        if stat_module.S_ISREG(found.st_mode):
            return f"{found.st_size} {found.st_mtime_ns}"
    return ""


def _other_renderers(config: Any, hooks_module: str) -> list[str]:
    """The handlers of other plugins for the events that change a page's output after its HTML is made."""
    events = getattr(config["plugins"], "events", {})
    return [getattr(handler, "__qualname__", repr(handler)) for event in RENDERING_EVENTS
            for handler in events.get(event, []) if getattr(handler, "__module__", None) != hooks_module]


def cache_key_unsafe(config: Any) -> bool:
    """Whether the theme's own templates use a value that is not among the inputs hashed here (the build date,
    the list of every page)."""
    for folder in _own_template_folders(config):
        for path in sorted(folder.rglob("*.html")):
            with contextlib.suppress(OSError):
                code = " ".join(_JINJA.findall(path.read_text(encoding="utf-8", errors="replace")))
                if "build_date_utc" in code or _bare_name(code, "pages"):
                    return True
    return False


def _bare_name(text: str, name: str) -> bool:
    """Whether `name` occurs in `text` as a variable of its own (not as an attribute, `x.pages`)."""
    start = text.find(name)
    while start != -1:
        before = text[start - 1] if start else " "
        after = text[start + len(name)] if start + len(name) < len(text) else " "
        if not (before.isalnum() or before in "._") and not (after.isalnum() or after == "_"):
            return True
        start = text.find(name, start + 1)
    return False


def site_inputs(config: Any, nav: Any) -> str:
    """A hash of what every page's output shares: the config (plugins by name), the navigation, the theme's
    templates (an installed theme by its version, a custom folder by its files), the builder's version."""
    settings = [(key, _stable(value)) for key, value in sorted(config.items())
                if key not in ("plugins", "hooks", "nav")]
    return digest((settings, sorted(config["plugins"]), _nav_rows(nav), _templates(config)))


def _stable(value: Any) -> str:
    """A repr that is the same in every process: sets sorted, a theme by its settings."""
    if isinstance(value, (set, frozenset)):
        return "{" + ", ".join(sorted(map(_stable, value))) + "}"
    if isinstance(value, (list, tuple)):
        return repr(type(value).__name__) + "[" + ", ".join(map(_stable, value)) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{key!r}: {_stable(item)}" for key, item in value.items()) + "}"
    if hasattr(value, "static_templates") and hasattr(value, "dirs"):  # MkDocs' Theme (its repr holds a set)
        return _stable((value.name, value.dirs, value.static_templates, sorted(dict(value).items())))
    return repr(value)


def _nav_rows(nav: Any) -> list[tuple]:
    """The navigation as rows: depth, kind, title, address, in order."""
    rows: list[tuple] = []

    def walk(items: Any, depth: int) -> None:
        for item in items:
            rows.append((depth, type(item).__name__, item.title, getattr(item, "url", None)))
            walk(getattr(item, "children", None) or [], depth + 1)
    walk(nav.items, 0)
    homepage = getattr(nav, "homepage", None)
    rows.append((-1, "homepage", getattr(homepage, "url", None)))
    return rows


def _templates(config: Any) -> list[tuple]:
    """The theme's template folders: an installed package's by its code (page_html.code_stamp), others by their
    files."""
    rows: list[tuple] = []
    for folder in config["theme"].dirs:
        package = _package_root(Path(folder))
        if package is not None:
            rows.append((folder, code_stamp(package)))
            continue
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                with contextlib.suppress(OSError):
                    rows.append((str(path.relative_to(folder)), hashlib.blake2b(path.read_bytes()).hexdigest()))
    return rows


def _own_template_folders(config: Any) -> list[Path]:
    """The theme's template folders that are not an installed package's (a custom_dir)."""
    return [Path(folder) for folder in config["theme"].dirs if _package_root(Path(folder)) is None]


def _package_root(folder: Path) -> str | None:
    """The top-level package holding `folder` when it lies in an installed-packages folder, else None."""
    resolved = folder.resolve()
    for root in {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"], *sys.path}:
        if not root or "packages" not in Path(root).name:
            continue
        with contextlib.suppress(ValueError):
            return resolved.relative_to(Path(root).resolve()).parts[0]
    return None


def page_inputs(page: Any) -> str:
    """A hash of what one page's output depends on beyond `site_inputs`."""
    neighbours = [(item.title, item.url) if item is not None else None
                  for item in (page.previous_page, page.next_page)]
    ancestors = [(type(item).__name__, item.title, getattr(item, "url", None)) for item in page.ancestors]
    return digest((text_digest(page.content or ""), toc_rows(page.toc), page.title, repr(page.meta), page.url, page.canonical_url, page.abs_url,
                   page.edit_url, page.file.src_uri, page.file.dest_uri, page.is_homepage,
                   repr(getattr(page.file, "inclusion", None)), neighbours, ancestors))


def _move_aside(site: Path, aside: Path) -> None:
    """Move the site folder's entries (hidden ones left, as MkDocs leaves them) into `aside`."""
    aside.mkdir()
    for entry in sorted(os.listdir(site)):
        if not entry.startswith("."):
            os.rename(site / entry, aside / entry)


def _discard(folder: Path) -> None:
    if folder.is_dir() and not folder.is_symlink():
        shutil.rmtree(folder, ignore_errors=True)
