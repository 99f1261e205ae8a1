"""Turn a seeds folder into cleaned Articles, with a named reason for every file that yields none."""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, replace
from pathlib import Path

from ..idformat import date_problem
from ..model import Article, Rejected
from ..slug import slugify, unique
from .budget import MAX_PAGE_CHARS, MAX_TEXT_CHARS, cut_text, within_budget
from .clean import Hints, clean_text
from .entities import load_overrides
from .htmlpage import read_html
from .sources import load_sources
from .textio import decode, escape_unprintable, input_problem, read_input

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
CONFIG_FILES = ("sources.yml", "entities.yml")
ARTICLE_DIR = "artikel"
# Ids the article index takes in ARTICLE_DIR: index.md, index-2.md… (its pages) and media/ (outlet indexes).
_RESERVED_IDS = re.compile(r"^(?:index(?:-\d+)?|media)$")
FALLBACK_ID = "artikel"  # for a title and file name without a letter or digit of ASCII


def seed_files(seeds_dir: Path) -> tuple[list[Path], list[Rejected], list[str]]:
    """Seed article files in name order, every other entry of the folder skipped with a reason (hidden files,
    folders, other file types, what cannot be read), and notes on the folder itself. Names are given as
    `shown_name` writes them."""
    files, skipped, notes = [], [], []
    try:
        entries = [seeds_dir / name for name in sorted(os.listdir(seeds_dir))] if seeds_dir.is_dir() else []
    except OSError as error:
        return [], [], [f"{shown_name(seeds_dir.name)}: the seeds folder cannot be read ({error.strerror or error})"]
    for path in entries:
        shown = shown_name(path.name)
        if _undecodable(path.name):
            skipped.append(Rejected(shown, "unreadable", "file name is not valid UTF-8 (rename the file)"))
            continue
        if path.name in CONFIG_FILES:
            continue  # read (through the same guard) by load_sources and load_overrides
        if path.name.startswith("."):
            skipped.append(Rejected(shown, "hidden", "hidden (the name starts with a dot)"))
            continue
        problem = input_problem(path, seeds_dir)
        if problem == "a folder, not a file":
            skipped.append(Rejected(shown, "folder", "a folder (files in folders inside seeds/ are not read)"))
        elif path.suffix.lower() not in TEXT_SUFFIXES + HTML_SUFFIXES:
            skipped.append(Rejected(shown, "unsupported", f"unsupported file type {path.suffix or '(none)'}"))
        elif problem:
            skipped.append(Rejected(shown, "unreadable", problem))
        else:
            files.append(path)
    return files, skipped, notes


def shown_name(name: str) -> str:
    """A file name as logs, pages and data show it: bytes that are not UTF-8 (kept by Python as lone
    surrogates) as U+FFFD, control and invisible characters as escapes (a newline would forge a log line)."""
    return escape_unprintable(name.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))


def _undecodable(name: str) -> bool:
    return any("\udc80" <= character <= "\udcff" for character in name)


def read_article(name: str, data: bytes) -> tuple[Article | None, Rejected | None, list[str]]:
    """Clean one seed file's bytes: (article, None, notes) or (None, reason, notes)."""
    notes: list[str] = []
    if not data.strip():
        return None, Rejected(name, "empty", "empty file"), notes
    named_html = name.lower().endswith(HTML_SUFFIXES)
    decoded = decode(data, html=named_html)
    if decoded.problem:
        return None, Rejected(name, "binary", decoded.problem), notes
    if decoded.encoding != "utf-8":
        notes.append(f"not UTF-8; read as {decoded.encoding}")
    if decoded.warning:
        notes.append(decoded.warning)
    text, hints, article = decoded.text, Hints(), None
    if named_html or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        text, cut = cut_text(text, MAX_PAGE_CHARS, "saved page")
        text, hints, article = read_html(text, name)  # normalised there: entities may spell controls (&#x9f;)
    else:
        text, cut = cut_text(text, MAX_TEXT_CHARS, "text")
    notes += [cut] if cut else []
    if article is None:
        article = clean_text(text, name, hints)
    article, changes = within_budget(article)
    notes += changes
    if not article.blocks:
        return None, Rejected(name, "no_body", "no article text found (only boilerplate)"), notes
    problem = date_problem(article.published) if article.published else None
    if problem:
        notes.append(f"publication date {article.published!r} {problem}; ignored")
        article.published = None
    article.warnings = notes + article.warnings
    return article, None, article.warnings  # the cleaner's warnings (no title, unread layout) are logged too


@dataclass
class Seeds:
    """What a seeds folder gives the pipeline before any article is read: the article files (name order), the
    files skipped, sources.yml metadata by file name, the checked entities.yml fixes, and warnings."""

    files: list[Path]
    rejected: list[Rejected]
    sources: dict[str, dict]
    overrides: dict
    warnings: list[str]


def open_seeds(seeds_dir: Path) -> Seeds:
    """The seeds folder listed, with its two optional YAML files read and checked (the only reading of them)."""
    files, rejected, notes = seed_files(seeds_dir)
    sources, source_problems = load_sources(seeds_dir / "sources.yml", {path.name for path in files})
    overrides, override_problems = load_overrides(seeds_dir / "entities.yml")
    return Seeds(files, rejected, sources, overrides,
                 notes + source_problems + [skipped_warning(item) for item in rejected] + override_problems)


def skipped_warning(item: Rejected) -> str:
    """The log line for a seed file that gave no article."""
    return f"{item.source_file}: skipped: {item.detail}"


def load_seeds(seeds_dir: Path) -> tuple[list[Article], list[Rejected], list[str]]:
    """All articles of a seeds folder (cleaned only), the files rejected (with reasons), and log warnings."""
    seeds = open_seeds(seeds_dir)
    files, rejected, sources, warnings = seeds.files, seeds.rejected, seeds.sources, seeds.warnings
    results = []
    for path in files:
        name = shown_name(path.name)
        data, unreadable = read_input(path, seeds_dir)
        if data is None:
            results.append((name, None, Rejected(name, "unreadable", unreadable or "cannot be read"), []))
            continue
        article, problem, notes = read_article(name, data)
        if article is not None:
            article = apply_sources(article, sources.get(path.name, {}))
        results.append((name, article, problem, notes))
    kept, more_rejected, more_warnings = finalise(results)
    articles = [results[index][1] for index in kept]
    return articles, sorted(rejected + more_rejected, key=lambda item: item.source_file), warnings + more_warnings


def finalise(results: list[tuple[str, Article | None, Rejected | None, list[str]]]
             ) -> tuple[list[int], list[Rejected], list[str]]:
    """Corpus-level step after cleaning, in file order: drop duplicates, give unique ids and page paths.

    Returns the indexes of the articles kept, the files rejected, and warnings naming each file.
    """
    kept: list[int] = []
    rejected: list[Rejected] = []
    warnings: list[str] = []
    seen_bodies: dict[str, str] = {}
    taken: set[str] = set()
    for index, (name, article, problem, notes) in enumerate(results):
        messages = notes + [note for note in (article.warnings if article else []) if note not in notes]
        warnings.extend(f"{name}: {note}" for note in messages)
        if article is None:
            rejected.append(problem or Rejected(name, "no_body", "no article text found"))
            continue
        digest = hashlib.sha1("\n".join(article.paragraphs).encode("utf-8")).hexdigest()
        if digest in seen_bodies:
            rejected.append(Rejected(name, "duplicate", f"same text as {seen_bodies[digest]}"))
            continue
        seen_bodies[digest] = name
        article.id = unique(article_id(article.title, name), taken)
        article.page = f"{ARTICLE_DIR}/{article.id}/"
        article.src_path = f"{ARTICLE_DIR}/{article.id}.md"
        kept.append(index)
    warnings.extend(skipped_warning(item) for item in rejected)
    return kept, rejected, warnings


def article_id(title: str, source_file: str) -> str:
    """The id (page slug) an article's title gives, before de-duplication: never empty, never one of the
    article index's own pages."""
    base = slugify(title) or slugify(Path(source_file).stem) or FALLBACK_ID
    return f"{base}-{FALLBACK_ID}" if _RESERVED_IDS.match(base) else base


def apply_sources(article: Article, entry: dict) -> Article:
    """The article with sources.yml fields taking precedence over what the cleaner found."""
    if not entry:
        return article
    changes = {key: value for key, value in entry.items() if key in ("url", "outlet", "published", "authors",
                                                                      "editors", "title")}
    return replace(article, **changes)
