"""MkDocs hooks: thin adapters that run the explainer pipeline and add its pages and data to the build."""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files

from explainer.site import SiteContent, build_site

log = logging.getLogger("mkdocs.hooks.explainer")
_state: dict[str, SiteContent] = {}


def seeds_dir(config: MkDocsConfig) -> Path:
    """The seeds folder: `extra.explainer.seeds` in mkdocs.yml (relative to it), default 'seeds'."""
    setting = (config.extra.get("explainer") or {}).get("seeds", "seeds")
    return (Path(config.config_file_path).parent / setting).resolve()


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Build every generated page and data file in memory and add them to the site's files."""
    started = time.perf_counter()
    intro_file = files.get_file_from_path("index.md")
    intro = intro_file.content_string if intro_file else ""
    content = build_site(seeds_dir(config), intro)
    _state["content"] = content
    for message in content.warnings:
        log.warning("explainer: %s", message)
    generated = {**content.pages, **content.data}
    for path in sorted(generated):
        existing = files.get_file_from_path(path)
        if existing:
            files.remove(existing)
        files.append(File.generated(config, path, content=generated[path]))
    _fix_build_date(content)
    log.info("explainer: %d articles, %d skipped files, %d pages in %.2fs", len(content.articles),
             len(content.rejected), len(content.pages), time.perf_counter() - started)
    return files


def _fix_build_date(content: SiteContent) -> None:
    """Same input, same output: unless set, the build date is the newest article's date (sitemap, gzip)."""
    if "SOURCE_DATE_EPOCH" in os.environ:
        return
    dates = sorted(article.published[:10] for article in content.articles if article.published)
    day = dt.date.fromisoformat(dates[-1]) if dates else dt.date(2000, 1, 1)
    os.environ["SOURCE_DATE_EPOCH"] = str(int(dt.datetime(day.year, day.month, day.day,
                                                          tzinfo=dt.timezone.utc).timestamp()))
