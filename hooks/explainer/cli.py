"""`python -m explainer COMMAND`: the generator as standalone steps that any MkDocs-family builder can publish.

``new FOLDER`` makes a site folder for a new subject; ``generate DOCS_DIR`` writes the hand-written pages and everything the pipeline generates into a docs
folder; ``search SITE_DIR`` adds the Pagefind index to a built site. Settings are those of `extra.explainer`,
read from a mkdocs.yml (``-f``, default ./mkdocs.yml when there is one) and overridden by flags. A
sub-command is one registration: a function that adds its parser to COMMANDS' list and sets `run`.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path

from .docsfolder import DocsFolderError, write_docs_folder
from .extract.executor import ExecutorError
from .generate import build_epoch, generate, generated_files
from .newsite import NewSiteError, new_site
from .ingest.pages import INTRO, HandWritten, read_pages
from .search.built_site import index_site
from .settings import SettingError, Settings, read_config, settings_from
from .trim import trim_site

log = logging.getLogger("explainer")
CONFIG = "mkdocs.yml"  # read from the current folder when -f is not given and it exists

Register = Callable[["argparse._SubParsersAction[argparse.ArgumentParser]"], None]


class CommandError(Exception):
    """A problem that stops a command (the message says what and where)."""


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; 0 when it succeeded, 1 when `--strict` met a warning, 2 for an error."""
    parser = argparse.ArgumentParser(prog="python -m explainer", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for register in COMMANDS:
        register(commands)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.WARNING if args.quiet else logging.INFO, format="%(levelname)-7s -  %(message)s",
                        stream=sys.stderr)
    counter = _WarningCount()
    logging.getLogger().addHandler(counter)
    try:
        args.run(args)
    except (CommandError, SettingError, DocsFolderError, ExecutorError) as error:
        log.error("%s", error)
        return 2
    finally:
        logging.getLogger().removeHandler(counter)
    if args.strict and counter.count:
        log.error("aborted with %d warnings in strict mode", counter.count)
        return 1
    return 0


class _WarningCount(logging.Handler):
    """Counts the warnings logged (for --strict)."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.count = 0

    def emit(self, record: logging.LogRecord) -> None:
        self.count += 1


def _common(parser: argparse.ArgumentParser) -> None:
    """Flags every command takes: the config file, the cache, strictness, quiet."""
    parser.add_argument("-f", "--config", type=Path, help=f"a mkdocs.yml to read `extra.explainer` from "
                                                          f"(default: ./{CONFIG} when there is one)")
    parser.add_argument("--cache", type=Path, help="where results are kept between runs (extra.explainer.cache)")
    parser.add_argument("--no-cache", action="store_true", help="keep nothing between runs (cache: false)")
    parser.add_argument("--strict", action="store_true", help="exit with status 1 when anything was warned about")
    parser.add_argument("-q", "--quiet", action="store_true", help="log warnings and errors only")


def _settings(args: argparse.Namespace, **flags: object) -> Settings:
    """The config file's settings (or the defaults, relative to the current folder), flags over them."""
    config = args.config if args.config is not None else Path(CONFIG) if Path(CONFIG).is_file() else None
    settings = read_config(config) if config is not None else settings_from({}, Path.cwd())
    settings = settings.with_changes(cache=args.cache.resolve() if args.cache else None, **flags)
    return replace(settings, cache=None) if args.no_cache else settings


def _add_generate(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "generate", help="write the generated pages and data into a docs folder",
        description="Write the hand-written pages (the config's docs_dir, or --pages) and every generated page "
                    "and data file into DOCS_DIR, a folder of its own that any MkDocs-family builder can publish "
                    "(docs_dir: DOCS_DIR, no hooks); then `search` the built site.")
    parser.add_argument("docs_dir", type=Path, metavar="DOCS_DIR", help="the docs folder to write (new, or "
                                                                          "written by generate before)")
    parser.add_argument("--seeds", type=Path, help="the folder of articles (extra.explainer.seeds)")
    parser.add_argument("--pages", type=Path, help="the hand-written pages, index.md being the home page's "
                                                   "introduction (default: the config's docs_dir)")
    parser.add_argument("--workers", type=int, help="worker processes (extra.explainer.workers)")
    parser.add_argument("--executor", help="a Dask scheduler address (extra.explainer.executor)")
    _common(parser)
    parser.set_defaults(run=_generate)


def _generate(args: argparse.Namespace) -> None:
    settings = _settings(args, seeds=args.seeds.resolve() if args.seeds else None, workers=args.workers,
                         executor=args.executor, pages=args.pages.resolve() if args.pages else None)
    out = args.docs_dir.resolve()
    if not settings.seeds.is_dir():
        raise CommandError(f"{settings.seeds}: no such folder of articles (extra.explainer.seeds or --seeds)")
    pages = settings.pages if settings.pages is not None and settings.pages.is_dir() else None
    if pages is not None and (out == pages or out.is_relative_to(pages) or pages.is_relative_to(out)):
        raise CommandError(f"{out}: the docs folder to write must lie apart from the hand-written pages ({pages})")
    if out == settings.seeds or out.is_relative_to(settings.seeds):
        raise CommandError(f"{out}: the docs folder to write must lie outside the seeds folder")
    hand_written = read_pages(pages) if pages is not None else HandWritten()
    for message in hand_written.warnings:
        log.warning("explainer: %s", message)
    content = generate(settings, hand_written.intro, log)
    generated = generated_files(content)
    done = write_docs_folder(out, {**{path: data for path, data in hand_written.files.items()
                                      if path not in generated}, **generated})
    log.info("explainer: %s: %d files written, %d unchanged, %d removed (%d hand-written%s); build it with "
             "SOURCE_DATE_EPOCH=%d for the same bytes every time", out, len(done.written), len(done.unchanged),
             len(done.removed), len(hand_written.files), f", {INTRO} as the introduction" if hand_written.intro
             else "", build_epoch(article.published for article in content.articles))


def _add_search(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "search", help="add the Pagefind search index to a built site",
        description="Index the pages of a built site (SITE_DIR, as any MkDocs-family builder wrote it) into "
                    "SITE_DIR/pagefind/, with Indonesian word forms and the glossary's aliases; then remove "
                    "the files no page loads (the theme's own search, source maps).")
    parser.add_argument("site_dir", type=Path, metavar="SITE_DIR", help="the built site")
    parser.add_argument("--split", choices=("auto", "shard", "year", "none"),
                        help="one index per shard of the articles (auto: when they are many), per publication year, "
                             "or one (extra.explainer.search_split)")
    _common(parser)
    parser.set_defaults(run=_search)


def _search(args: argparse.Namespace) -> None:
    settings = _settings(args)
    if args.split:
        settings = settings.with_changes(search_split=args.split if args.split != "none" else False)
    site = args.site_dir.resolve()
    if not (site / "index.html").is_file():
        raise CommandError(f"{site}: not a built site (no index.html)")
    stats = index_site(site, settings.search_split, settings.cache, log)
    log.info("explainer: %s", stats.summary())
    removed = trim_site(site)  # as the hooks do after a build: the same files published by every builder
    log.info("explainer: %s: %.1f MB of files no page loads removed", site, removed / 1e6)


def _add_new(commands: argparse._SubParsersAction) -> None:
    parser = commands.add_parser(
        "new", help="make a site folder for a new subject",
        description="Make FOLDER a complete site for a new subject: mkdocs.yml with its title and description, "
                    "docs/index.md, an empty seeds/ folder and the files the build needs. It builds and serves "
                    "at once.")
    parser.add_argument("folder", type=Path, metavar="FOLDER", help="the new site's folder (new, or empty)")
    parser.add_argument("--title", required=True, help="the site's title (site_name, the home page's heading)")
    parser.add_argument("--description", help="one sentence on the subject (site_description, the intro)")
    parser.set_defaults(run=_new, quiet=False, strict=False)


def _new(args: argparse.Namespace) -> None:
    folder = args.folder
    try:
        written = new_site(folder, args.title, args.description or "")
    except NewSiteError as error:
        raise CommandError(str(error)) from error
    print(f"Created {len(written)} files and folders in {folder}:")
    for path in written:
        print(f"  {path.relative_to(folder).as_posix()}")
    print(f"Next: put your articles (.txt, .html) in {folder / 'seeds'}, write your introduction in "
          f"{folder / 'docs' / 'index.md'}, then run: cd {folder} && mkdocs serve")


COMMANDS: list[Register] = [_add_generate, _add_search, _add_new]
