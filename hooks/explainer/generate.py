"""The generate step for every builder: settings in, the pipeline run and logged, the generated pages and data out.

One code path: the MkDocs hooks hand the result to MkDocs in memory (``File.generated``), ``python -m
explainer generate`` writes it into a docs folder (``explainer.docsfolder``) for builders without hooks.
"""

from __future__ import annotations

import datetime as dt
import logging
import os
import time
from collections.abc import Callable, Iterable

from .idformat import date_problem
from .ingest.textio import escape_unprintable
from .settings import Settings
from .site import SiteContent, build_site
from .steptimes import write_log

PROGRESS_EVERY = 500  # articles between two progress lines
OUR_EPOCH = "EXPLAINER_BUILD_EPOCH"  # the SOURCE_DATE_EPOCH set by set_build_date (not the user's)


def generate(settings: Settings, intro: str, log: logging.Logger,
             on_article_pages: Callable[[dict[str, str]], None] | None = None) -> SiteContent:
    """Run the pipeline with `settings` (`intro`: the hand-written home page Markdown); log progress and every
    warning (a builder's strict mode then fails on a bad seed). `on_article_pages`: see ``build_site``."""
    started = time.perf_counter()
    content = build_site(settings.seeds, intro, settings.cache, _progress(log, started), on_article_pages,
                         executor=settings.executor, workers=settings.workers)
    for message in content.warnings:
        log.warning("explainer: %s", escape_unprintable(message))  # names and text from input, on one line
    log.info("explainer: %s", summary(content, time.perf_counter() - started))
    write_log(len(content.articles))
    return content


def _progress(log: logging.Logger, started: float) -> Callable[[int, int], None]:
    """A progress reporter that logs every PROGRESS_EVERY articles with a rate and an estimate."""
    def report(done: int, total: int) -> None:
        if done % PROGRESS_EVERY and done != total:
            return
        rate = done / max(time.perf_counter() - started, 1e-9)
        log.info("explainer: %d/%d articles (%.0f/s, about %.0fs left)", done, total, rate, (total - done) / rate)
    return report


def summary(content: SiteContent, seconds: float) -> str:
    """The build's one-line account: articles, cache use, skipped files, pages, events, entities, stage times."""
    stages = ", ".join(f"{stage} {spent:.2f}s" for stage, spent in content.seconds.items())
    return (f"{len(content.articles)} articles ({content.cached} from cache), {len(content.rejected)} skipped files, "
            f"{len(content.pages)} pages ({content.reused} article pages from cache), {len(content.timeline)} events, "
            f"{len(content.glossary)} entities, {len(content.warnings)} warnings in {seconds:.2f}s ({stages})")


def generated_files(content: SiteContent) -> dict[str, str]:
    """Every generated file by its path in the docs folder (pages "linimasa/index.md", data "data/timeline.json"),
    in path order."""
    files = {**content.pages, **content.data}
    return {path: files[path] for path in sorted(files)}


def set_build_date(content: SiteContent) -> None:
    """Same input, same output: the build date (sitemap, gzip) is the newest valid article date, unless the user
    set SOURCE_DATE_EPOCH. Set again on every build, so `mkdocs serve` follows edited seeds (the value set here
    is remembered in OUR_EPOCH, which survives MkDocs re-importing the hooks on a rebuild)."""
    current = os.environ.get("SOURCE_DATE_EPOCH")
    if current is not None and current != os.environ.get(OUR_EPOCH):
        return
    epoch = str(build_epoch(article.published for article in content.articles))
    os.environ["SOURCE_DATE_EPOCH"] = os.environ[OUR_EPOCH] = epoch


def build_epoch(stamps: Iterable[str | None]) -> int:
    """Seconds since 1970 of the newest real date among `stamps` (1 January 2000 when none), kept inside the
    range a gzip header can hold (1970 to 2106)."""
    days = sorted(stamp[:10] for stamp in stamps if stamp and not date_problem(stamp[:10]))
    day = dt.date.fromisoformat(days[-1]) if days else dt.date(2000, 1, 1)
    day = min(max(day, dt.date(1970, 1, 2)), dt.date(2105, 12, 31))
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp())
