"""MkDocs hooks: thin adapters that run the explainer pipeline and add its pages and data to the build."""

from __future__ import annotations

import datetime as dt
import logging
import os
import re
import time
from collections.abc import Callable, Iterable
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page

from explainer.extract.articles import pipeline_version
from explainer.extract.executor import ExecutorError, scheduler_address
from explainer.idformat import date_problem
from explainer.ingest.textio import escape_unprintable
from explainer.memo import digest, record_build, take_last_build
from explainer.render import rawhtml
from explainer.render.mdtext import src_url
from explainer.search import pagefind as search
from explainer.search.bundles import SearchSettingError, split_mode, year_groups
from explainer.site import SiteContent, build_site

log = logging.getLogger("mkdocs.hooks.explainer")
_state: dict[str, SiteContent] = {}
_fragments: dict[str, list[str]] = {}  # docs path -> raw paragraphs lifted out of its Markdown
PROGRESS_EVERY = 500
_OUR_EPOCH = "EXPLAINER_BUILD_EPOCH"  # the SOURCE_DATE_EPOCH this hook set (not the user's)


def _setting(config: MkDocsConfig, name: str, default: str | None) -> Path | None:
    """A folder named under `extra.explainer` in mkdocs.yml, relative to it; None when set to false."""
    value = (config.extra.get("explainer") or {}).get(name, default)
    if value is False or value is None:
        return None
    return (Path(config.config_file_path).parent / str(value)).resolve()


def _executor_settings(config: MkDocsConfig) -> dict[str, object]:
    """`extra.explainer.executor` (a Dask scheduler address) and `extra.explainer.workers` (local pool size)."""
    settings = config.extra.get("explainer") or {}
    return {"executor": scheduler_address(settings.get("executor")), "workers": settings.get("workers")}


def _progress(started: float) -> Callable[[int, int], None]:
    """A progress reporter that logs every PROGRESS_EVERY articles with a rate and an estimate."""
    def report(done: int, total: int) -> None:
        if done % PROGRESS_EVERY and done != total:
            return
        rate = done / max(time.perf_counter() - started, 1e-9)
        log.info("explainer: %d/%d articles (%.0f/s, about %.0fs left)", done, total, rate, (total - done) / rate)
    return report


UNSAFE_FEATURES = ("content.tooltips",)  # Material's tooltips insert an element's title with innerHTML


def on_config(config: MkDocsConfig) -> MkDocsConfig:
    """Keep Material's features that would turn seed text into HTML off (titles hold seed text; the site's own
    javascripts/tooltips.js shows them as text)."""
    features = config.theme.get("features") or []
    for feature in UNSAFE_FEATURES:
        if feature in features:
            features.remove(feature)
            log.info("explainer: theme feature %s turned off: it would insert titles from the articles as HTML "
                     "(javascripts/tooltips.js shows them as text)", feature)
    return config


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Build every generated page and data file in memory and add them to the site's files."""
    started = time.perf_counter()
    intro_file = files.get_file_from_path("index.md")
    intro = intro_file.content_string if intro_file else ""
    previous = _state.pop("search", None)
    if previous is not None:  # a rebuild (mkdocs serve) after a failed one
        previous.cancel()

    cache = _setting(config, "cache", ".cache/explainer")
    try:
        split = split_mode((config.extra.get("explainer") or {}).get("search_split"))
    except SearchSettingError as error:
        raise PluginError(f"explainer: {error}") from error

    def start_search(article_pages: dict[str, str]) -> None:
        _state["search"] = search.start_search_index(
            [(src_url(path), text, None, search.CONTENT) for path, text in sorted(article_pages.items())],
            cache, pipeline_version())

    try:
        how = _executor_settings(config)
        content = build_site(_setting(config, "seeds", "seeds"), intro, cache, _progress(started), start_search, **how)
    except ExecutorError as error:
        raise PluginError(f"explainer: {error}") from error
    _state["content"] = content
    for message in content.warnings:
        log.warning("explainer: %s", escape_unprintable(message))  # names and text from input, on one line
    _fragments.clear()
    generated = {**content.pages, **content.data}
    version = _written_version(config)
    problems: list[str] = []
    last, written = take_last_build(cache, WRITTEN, version, problems), {}
    for message in problems:
        log.warning("explainer: %s", message)
    for path in sorted(generated):
        existing = files.get_file_from_path(path)
        if existing:
            files.remove(existing)
        text = generated[path]
        written[path] = digest(text)
        if path in content.pages:
            text, fragments = rawhtml.lift(text)
            if fragments:
                _fragments[path] = fragments
        file = File.generated(config, path, content=text)
        if last.get(path) == written[path] and os.path.isfile(file.abs_dest_path):
            file = _SameAsLastBuild.generated(config, path, content=text)
        files.append(file)
    _state["written"] = (cache, WRITTEN, version, written)
    _fix_build_date(content)
    groups = year_groups((src_url(a.src_path), a.reference_date) for a in content.articles) if split else None
    _state["search"].add(_search_pages(files, content), _search_glossary(content), groups)
    stages = ", ".join(f"{stage} {spent:.2f}s" for stage, spent in content.seconds.items())
    log.info("explainer: %d articles (%d from cache), %d skipped files, %d pages (%d article pages from cache), "
             "%d events, %d entities, %d warnings in %.2fs (%s)", len(content.articles), content.cached,
             len(content.rejected), len(content.pages), content.reused, len(content.timeline), len(content.glossary),
             len(content.warnings), time.perf_counter() - started, stages)
    return files


WRITTEN = "written_pages"  # memo record: generated path -> hash of what the last build into a site folder wrote


class _SameAsLastBuild(File):
    """A generated page or data file whose text is the one the last build wrote into this site folder:
    `mkdocs build --dirty` / `mkdocs serve --dirty` leave it as it is (MkDocs counts every file with
    in-memory content as modified)."""

    def is_modified(self) -> bool:
        return False


def _written_version(config: MkDocsConfig) -> str:
    """What else the written pages depend on: the code, the site folder and address, the config file, the nav."""
    config_text = Path(config.config_file_path).read_text(encoding="utf-8") if config.config_file_path else ""
    return digest((pipeline_version(), Path(__file__).read_text(encoding="utf-8"), config.site_dir, config.site_url,
                   config_text, repr(config.nav)))


class _RootRedirectFilter(logging.Filter):
    """Drops the dev server's warning for "GET /": site_url has a path (/kim-putin/), so `mkdocs serve`
    serves the site there and answers "/" with a redirect to it, which is expected, not a problem."""

    _ROOT = re.compile(r'^(?:\[[\d:]+\] )?"(?:GET|HEAD) / HTTP/[\d.]+" code 302$')

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.levelno == logging.WARNING and self._ROOT.match(record.getMessage()))


_ROOT_REDIRECT = _RootRedirectFilter()


def on_serve(server: object, config: MkDocsConfig, builder: object) -> object:
    """`mkdocs serve`: keep the log free of a warning for every visit of "/" (redirected to site_url's path)."""
    served = logging.getLogger("mkdocs.livereload")
    if _ROOT_REDIRECT not in served.filters:
        served.addFilter(_ROOT_REDIRECT)
    return server


def on_post_build(config: MkDocsConfig) -> None:
    """Wait for the search index (built in a second process while MkDocs rendered) and add it to the site;
    record what this build wrote (for the next `--dirty` build)."""
    job = _state.pop("search", None)
    if job is not None:
        started = time.perf_counter()
        stats = job.finish(config.site_dir)
        log.info("explainer: search index of %d pages, %d added terms (%d sections' terms from cache), %.1f MB "
                 "in %d bundles (%d indexed, the others from cache) in %.1fs (build waited %.1fs)", stats.pages,
                 stats.terms, stats.reused, stats.index_bytes / 1e6, stats.bundles, stats.indexed, stats.seconds,
                 time.perf_counter() - started)
        for message in stats.warnings:
            log.warning("explainer: %s", message)
    if "written" in _state:
        problem = record_build(*_state.pop("written"))
        if problem:
            log.warning("explainer: %s", problem)


def on_build_error(error: Exception, **kwargs: object) -> None:
    """Stop a search-index job the failed build started (and record no written pages)."""
    _state.pop("written", None)
    job = _state.pop("search", None)
    if job is not None:
        job.cancel()


def _search_glossary(content: SiteContent) -> list[dict]:
    return [{"name": entry["name"], "aliases": list(entry["aliases"])} for entry in content.glossary]


# Generated pages search indexes besides the articles: the timeline, glossary and quotes, as reference pages
# (their periods, entries and speakers are results with their own anchors). The other generated pages (article
# indexes, per-outlet pages, Sumber, the home page's overview) are lists of links: not results.
_REFERENCE_DIRS = ("linimasa/", "glosarium/", "kutipan/")


def _search_pages(files: Files, content: SiteContent) -> list[search.MarkdownPage]:
    """The pages search has not been given yet (all but the articles), from their Markdown: timeline and
    glossary pages as reference pages (glossary entries are their own sections) and hand-written pages
    whole. The home page is not a result: its overview lists what other pages hold, and its short intro
    would outrank every article that tells the story."""
    entry_of_anchor = {entry["id"]: [index] for index, entry in enumerate(content.glossary)}
    articles = {article.src_path for article in content.articles}
    pages: list[search.MarkdownPage] = []
    for file in sorted(files.documentation_pages(), key=lambda f: f.src_uri):
        uri = file.src_uri
        if uri in articles:
            continue
        if uri.startswith(_REFERENCE_DIRS):
            by_anchor = entry_of_anchor if uri.startswith("glosarium/") else None
            pages.append((src_url(uri), content.pages.get(uri) or file.content_string, by_anchor, search.REFERENCE))
        elif uri not in content.pages:
            pages.append((src_url(uri), file.content_string, None, search.CONTENT))
    return pages


def on_page_content(html: str, page: Page, **kwargs: object) -> str:
    """Put back the raw-HTML paragraphs lifted out of generated pages before conversion (and tell MkDocs'
    link validation about the anchors they carry)."""
    fragments = _fragments.get(page.file.src_uri, [])
    if fragments and page.present_anchor_ids is not None:
        page.present_anchor_ids |= rawhtml.anchor_ids(fragments)
    return rawhtml.restore(html, fragments)


def _fix_build_date(content: SiteContent) -> None:
    """Same input, same output: the build date (sitemap, gzip) is the newest valid article date, unless the
    user set SOURCE_DATE_EPOCH. Set again on every build, so `mkdocs serve` follows edited seeds (the value
    we set is remembered in _OUR_EPOCH, which survives MkDocs re-importing this module on a rebuild)."""
    current = os.environ.get("SOURCE_DATE_EPOCH")
    if current is not None and current != os.environ.get(_OUR_EPOCH):
        return
    epoch = str(build_epoch(article.published for article in content.articles))
    os.environ["SOURCE_DATE_EPOCH"] = os.environ[_OUR_EPOCH] = epoch


def build_epoch(stamps: Iterable[str | None]) -> int:
    """Seconds since 1970 of the newest real date among `stamps` (1 January 2000 when none), kept inside the
    range a gzip header can hold (1970 to 2106)."""
    days = sorted(stamp[:10] for stamp in stamps if stamp and not date_problem(stamp[:10]))
    day = dt.date.fromisoformat(days[-1]) if days else dt.date(2000, 1, 1)
    day = min(max(day, dt.date(1970, 1, 2)), dt.date(2105, 12, 31))
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp())
