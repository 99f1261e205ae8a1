"""Each page's finished HTML kept from the last build into the same site folder, so the theme's templates run only
for pages whose inputs changed.

A plain `mkdocs build` or `mkdocs serve` empties the site folder and renders every page through the theme's
templates again: at 10,000 articles the larger part of MkDocs' work once the conversions are kept (page_html.py).
Here, before MkDocs empties the folder, the last build's files are moved into a hidden folder inside it (MkDocs'
cleaning leaves hidden entries alone). A page whose inputs hash as they did — its HTML, table of contents,
title, metadata, addresses, neighbours and ancestors; the navigation; the config; the theme's templates — and
whose file there still holds what the last build wrote (checked by its hash) is written from that file through
a one-line template instead of the theme's; the hidden folder is deleted when the build ends. Nothing is kept
in `--dirty` builds (MkDocs skips unchanged pages already), or when another plugin takes part in rendering pages
(`on_env`, `on_page_context`, `on_post_page`: what it adds is not among the inputs hashed here).
"""

from __future__ import annotations

import contextlib
import hashlib
import importlib.metadata
import logging
import os
import re
import shutil
import sys
import sysconfig
from pathlib import Path
from typing import Any

import jinja2

from explainer.memo import digest, record_build, take_last_build

_CODE = Path(__file__).read_text(encoding="utf-8")  # part of the record's version: a change here is other code
ASIDE = ".explainer-last-build"  # the last build's files while this one runs (hidden: MkDocs does not clean it)
TEMPLATE = "explainer-kept-page.html"
KEPT = "explainer_kept_page"  # the context's kept output (None: render the page's own template)
OWN = "explainer_page_template"  # the context's name of the page's own template
_SOURCE = (f"{{% if {KEPT} is string %}}{{{{ {KEPT} }}}}{{% else %}}{{% include {OWN} %}}{{% endif %}}")
RECORD = "page_outputs"  # memo record: output path -> "<inputs hash> <output hash>" of the last build
_JINJA = re.compile(r"\{[{%](.*?)[}%]\}", re.S)  # what a template says in Jinja (not its text or comments)
RENDERING_EVENTS = ("env", "page_context", "post_page")  # another plugin here changes output not hashed here
log = logging.getLogger("mkdocs.hooks.explainer")


def output_hash(output: str) -> str:
    """The hash of a page's output as MkDocs writes it."""
    return hashlib.blake2b(output.encode("utf-8", errors="xmlcharrefreplace"), digest_size=20).hexdigest()


class PageOutputs:
    """The kept outputs of one build: made before MkDocs cleans the site folder (`on_pre_build`); `choose` in
    `on_env`, `context` in `on_page_context`, `written` in `on_post_page`; `finish` after the build (`end` after
    a failed one)."""

    def __init__(self, cache_dir: Path | None, version: str, config: Any, hooks_module: str) -> None:
        self.cache_dir = cache_dir
        self.site = Path(config["site_dir"])
        self.aside = self.site / ASIDE
        self.version = digest((version, _CODE, str(self.site.resolve())))
        problems: list[str] = []
        self.last = take_last_build(cache_dir, RECORD, self.version, problems)
        self.problems = problems
        self.written: dict[str, str] = {}
        self.keys: dict[str, str] = {}
        self.chosen: dict[str, tuple[str | None, str]] = {}  # output path -> (own template named, output hash)
        self.kept = 0
        self.others = _other_renderers(config, hooks_module)
        _discard(self.aside)  # a build stopped before its end
        if self.last and not self.others and self.site.is_dir():
            _move_aside(self.site, self.aside)

    def choose(self, env: jinja2.Environment, config: Any, pages: list[Any], nav: Any) -> None:
        """Give the pages whose inputs are the last build's, and whose file it wrote is still there, the one-line
        template (it renders the page's own template when the file turns out to have changed)."""
        if self.others or cache_key_unsafe(config):
            return
        env.loader = jinja2.ChoiceLoader([jinja2.DictLoader({TEMPLATE: _SOURCE}), env.loader])
        site = digest((site_inputs(config, nav), self.version))
        for page in pages:
            path = page.file.dest_uri
            key = self.keys[path] = hashlib.blake2b(f"{site} {page_inputs(page)}".encode(), digest_size=20).hexdigest()
            last_key, _, last_output = self.last.get(path, "").partition(" ")
            if last_key == key and (self.aside / path).is_file():
                self.chosen[path] = (page.meta.get("template"), last_output)
                page.meta["template"] = TEMPLATE

    def context(self, context: Any, page: Any) -> Any:
        """The kept output of a chosen page (checked against the hash the last build recorded), or the name of
        its own template to render."""
        chosen = self.chosen.pop(page.file.dest_uri, None)
        if chosen is None:
            return context
        own, expected = chosen
        if own is None:  # the page's metadata as it was: the page's own template may read it
            del page.meta["template"]
        else:
            page.meta["template"] = own
        kept = _read(self.aside / page.file.dest_uri)
        context[KEPT] = kept if kept is not None and output_hash(kept) == expected else None
        context[OWN] = own or "main.html"
        self.kept += context[KEPT] is not None
        return context

    def wrote(self, output: str, page: Any) -> None:
        """Note what a page's output was, for the next build."""
        key = self.keys.get(page.file.dest_uri)
        if key is not None:
            self.written[page.file.dest_uri] = f"{key} {output_hash(output)}"

    def finish(self) -> list[str]:
        """After a build that succeeded: delete the last build's files, record this one's; the problems."""
        _discard(self.aside)
        problem = record_build(self.cache_dir, RECORD, self.version, self.written)
        return self.problems + ([problem] if problem else [])

    def end(self) -> None:
        """After a build that failed: delete the last build's files (no record: the next build keeps nothing)."""
        _discard(self.aside)


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
    """The theme's template folders: an installed package's by its name and version, others by their files."""
    packages = _installed_packages()
    rows: list[tuple] = []
    for folder in config["theme"].dirs:
        package = packages.get(_package_root(Path(folder)))
        if package is not None:
            rows.append((folder, package))
            continue
        for path in sorted(Path(folder).rglob("*")):
            if path.is_file():
                with contextlib.suppress(OSError):
                    rows.append((str(path.relative_to(folder)), hashlib.blake2b(path.read_bytes()).hexdigest()))
    return rows


def _own_template_folders(config: Any) -> list[Path]:
    """The theme's template folders that are not an installed package's (a custom_dir)."""
    packages = _installed_packages()
    return [Path(folder) for folder in config["theme"].dirs if packages.get(_package_root(Path(folder))) is None]


def _installed_packages() -> dict[str, str]:
    """Top-level package name -> 'distribution version' of every installed distribution."""
    found: dict[str, str] = {}
    for name, distributions in importlib.metadata.packages_distributions().items():
        with contextlib.suppress(importlib.metadata.PackageNotFoundError):
            found[name] = " ".join(f"{dist} {importlib.metadata.version(dist)}" for dist in sorted(distributions))
    return found


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
    toc: list[tuple] = []

    def walk(items: Any, depth: int) -> None:
        for item in items:
            toc.append((depth, item.level, item.id, item.title))
            walk(item.children, depth + 1)
    walk(page.toc, 0)
    neighbours = [(item.title, item.url) if item is not None else None
                  for item in (page.previous_page, page.next_page)]
    ancestors = [(type(item).__name__, item.title, getattr(item, "url", None)) for item in page.ancestors]
    content = hashlib.blake2b((page.content or "").encode("utf-8", "surrogatepass"), digest_size=20).hexdigest()
    return digest((content, toc, page.title, repr(page.meta), page.url, page.canonical_url, page.abs_url,
                   page.edit_url, page.file.src_uri, page.file.dest_uri, page.is_homepage,
                   repr(getattr(page.file, "inclusion", None)), neighbours, ancestors))


def _move_aside(site: Path, aside: Path) -> None:
    """Move the site folder's entries (hidden ones left, as MkDocs leaves them) into `aside`."""
    aside.mkdir()
    for entry in sorted(os.listdir(site)):
        if not entry.startswith("."):
            os.rename(site / entry, aside / entry)


def _read(path: Path) -> str | None:
    with contextlib.suppress(OSError, UnicodeDecodeError):
        return path.read_bytes().decode("utf-8")
    return None


def _discard(folder: Path) -> None:
    if folder.is_dir() and not folder.is_symlink():
        shutil.rmtree(folder, ignore_errors=True)
