"""Turn a seeds folder into cleaned Articles, with a named reason for every file that yields none."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from ..model import Article, Rejected
from ..slug import slugify, unique
from .clean import Hints, clean_text
from .htmlpage import read_html
from .sources import load_sources
from .textio import decode

TEXT_SUFFIXES = (".txt", ".text", ".md")
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
CONFIG_FILES = ("sources.yml", "entities.yml")
LARGE_FILE_BYTES = 2_000_000
ARTICLE_DIR = "artikel"


def seed_files(seeds_dir: Path) -> tuple[list[Path], list[Rejected]]:
    """Seed article files in name order, and the other files that were skipped."""
    files, skipped = [], []
    for path in sorted(seeds_dir.iterdir()) if seeds_dir.is_dir() else []:
        if path.name.startswith(".") or path.is_dir() or path.name in CONFIG_FILES:
            continue
        if path.suffix.lower() in TEXT_SUFFIXES + HTML_SUFFIXES:
            files.append(path)
        else:
            skipped.append(Rejected(path.name, "unsupported", f"unsupported file type {path.suffix or '(none)'}"))
    return files, skipped


def read_article(name: str, data: bytes) -> tuple[Article | None, Rejected | None, list[str]]:
    """Clean one seed file's bytes: (article, None, notes) or (None, reason, notes)."""
    notes: list[str] = []
    if not data.strip():
        return None, Rejected(name, "empty", "empty file"), notes
    decoded = decode(data)
    if decoded.problem:
        return None, Rejected(name, "binary", decoded.problem), notes
    if decoded.encoding != "utf-8":
        notes.append(f"not UTF-8; read as {decoded.encoding}")
    if len(data) > LARGE_FILE_BYTES:
        notes.append(f"large file ({len(data) / 1_000_000:.1f} MB)")
    text, hints = decoded.text, Hints()
    if name.lower().endswith(HTML_SUFFIXES) or text.lstrip()[:15].lower().startswith(("<!doctype html", "<html")):
        text, hints = read_html(text)
    article = clean_text(text, name, hints)
    if not article.blocks:
        return None, Rejected(name, "no_body", "no article text found (only boilerplate)"), notes
    article.warnings = notes + article.warnings
    return article, None, article.warnings  # the cleaner's warnings (no title, unread layout) are logged too


def open_seeds(seeds_dir: Path) -> tuple[list[Path], list[Rejected], dict[str, dict], list[str]]:
    """The article files of a seeds folder, the other files skipped, sources.yml metadata, and warnings."""
    files, rejected = seed_files(seeds_dir)
    sources, warnings = load_sources(seeds_dir / "sources.yml", {path.name for path in files})
    return files, rejected, sources, warnings + [skipped_warning(item) for item in rejected]


def skipped_warning(item: Rejected) -> str:
    """The log line for a seed file that gave no article."""
    return f"{item.source_file}: skipped: {item.detail}"


def load_seeds(seeds_dir: Path) -> tuple[list[Article], list[Rejected], list[str]]:
    """All articles of a seeds folder (cleaned only), the files rejected (with reasons), and log warnings."""
    files, rejected, sources, warnings = open_seeds(seeds_dir)
    results = []
    for path in files:
        article, problem, notes = read_article(path.name, path.read_bytes())
        if article is not None:
            article = apply_sources(article, sources.get(path.name, {}))
        results.append((path.name, article, problem, notes))
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
        warnings.extend(f"{name}: {note}" for note in notes)
        if article is None:
            rejected.append(problem or Rejected(name, "no_body", "no article text found"))
            continue
        digest = hashlib.sha1("\n".join(article.paragraphs).encode("utf-8")).hexdigest()
        if digest in seen_bodies:
            rejected.append(Rejected(name, "duplicate", f"same text as {seen_bodies[digest]}"))
            continue
        seen_bodies[digest] = name
        article.id = unique(slugify(article.title) or article.id, taken)
        article.page = f"{ARTICLE_DIR}/{article.id}/"
        article.src_path = f"{ARTICLE_DIR}/{article.id}.md"
        kept.append(index)
    warnings.extend(skipped_warning(item) for item in rejected)
    return kept, rejected, warnings


def apply_sources(article: Article, entry: dict) -> Article:
    """The article with sources.yml fields taking precedence over what the cleaner found."""
    if not entry:
        return article
    changes = {key: value for key, value in entry.items() if key in ("url", "outlet", "published", "authors",
                                                                      "editors", "title")}
    return replace(article, **changes)
