"""MkDocs hooks: thin adapters that hand MkDocs the generated pages and data in memory and add the search index.

The work is the package's (``explainer.generate``, the same code path as ``python -m explainer generate``);
here are only MkDocs' events: settings from `extra.explainer`, pages as ``File.generated``, the search job
started early and finished after the build, the `--dirty` record, each page's kept HTML (``page_html``) and kept
output (``page_output``), the dev server's log.
"""

from __future__ import annotations

import logging
import os
import re
import time
from pathlib import Path

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page
from mkdocs.utils.templates import TemplateContext

from explainer import warm
from explainer.docsfolder import remove_empty_parents
from explainer.extract.articles import pipeline_version
from explainer.extract.executor import ExecutorError
from explainer.generate import generate, generated_files, set_build_date
from explainer.ingest.textio import escape_unprintable
from explainer.memo import digest, record_build, take_last_build, text_digest
from explainer.render import rawhtml
from explainer.render.mdtext import src_url
from explainer.search import job as search
from explainer.search.bundles import YEAR, resolved_split, year_groups
from explainer.search.site_pages import article_pages, glossary_names, other_pages
from explainer.settings import SettingError, Settings, settings_from
from explainer.steptimes import ENV as STEP_TIMES
from explainer.trim import trim_site
import page_html
import page_output

log = logging.getLogger("mkdocs.hooks.explainer")
_state: dict[str, object] = {}
_fragments: dict[str, list[str]] = {}  # docs path -> raw paragraphs lifted out of its Markdown


def _settings(config: MkDocsConfig) -> Settings:
    """`extra.explainer`, paths relative to mkdocs.yml; a bad value stops the build naming the setting."""
    try:
        return settings_from(config.extra.get("explainer"), Path(config.config_file_path).parent)
    except SettingError as error:
        raise PluginError(f"explainer: {error}") from error


UNSAFE_FEATURES = ("content.tooltips",)  # Material's tooltips insert an element's title with innerHTML


def on_startup(command: str, dirty: bool) -> None:
    """`mkdocs serve` rebuilds in this process on every save: keep what each build read for the next one
    (explainer.warm); a one-shot build keeps nothing."""
    warm.keep(command == "serve")
    page_html.dirty_builds(dirty)


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


def on_pre_build(config: MkDocsConfig) -> None:
    """Before MkDocs empties the site folder: move the last build's pages aside, to keep those whose inputs have
    not changed (page_output.py; not in `--dirty` builds, which keep the folder)."""
    _end_outputs()
    if page_html.wanted():
        _state["page_output"] = page_output.PageOutputs(_settings(config).cache, pipeline_version(), config,
                                                        __name__)


def on_nav(nav: Navigation, config: MkDocsConfig, files: Files) -> Navigation:
    """Keep the navigation for `on_env` (a page's output depends on it)."""
    _state["nav"] = nav
    return nav


def on_env(env: Environment, config: MkDocsConfig, files: Files) -> Environment:
    """Give the pages whose output would be the last build's a template that renders nothing (page_output.py)."""
    outputs = _state.get("page_output")
    if isinstance(outputs, page_output.PageOutputs):
        pages = [file.page for file in files.documentation_pages() if file.page is not None]
        outputs.choose(env, config, pages, _state.pop("nav"))
    return env


def on_page_context(context: TemplateContext, page: Page, config: MkDocsConfig, nav: Navigation) -> TemplateContext:
    """Move a kept page's file back into place, or name its own template to render (page_output.py)."""
    outputs = _state.get("page_output")
    return outputs.context(context, page) if isinstance(outputs, page_output.PageOutputs) else context


def _end_outputs() -> None:
    """Delete the last build's pages set aside by a build that did not finish."""
    outputs = _state.pop("page_output", None)
    if isinstance(outputs, page_output.PageOutputs):
        outputs.end()


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Build every generated page and data file in memory and add them to the site's files; start the search
    index on the article pages as soon as they exist and give it the other pages once MkDocs has them all."""
    settings = _settings(config)
    intro_file = files.get_file_from_path("index.md")
    previous = _state.pop("search", None)
    if previous is not None:  # a rebuild (mkdocs serve) after a failed one
        previous.cancel()

    def start_search(pages: dict[str, str]) -> None:
        _state["split"] = split = resolved_split(settings.search_split, len(pages))
        outputs = _state.get("page_output")
        last = outputs.last_folder() if isinstance(outputs, page_output.PageOutputs) else None
        _state["search"] = search.start_search_index(article_pages(pages), settings.cache, pipeline_version(), split,
                                                     config.site_dir, last and last / search.INDEX)

    try:
        content = generate(settings, intro_file.content_string if intro_file else "", log, start_search)
    except ExecutorError as error:
        raise PluginError(f"explainer: {error}") from error
    _fragments.clear()
    version = _written_version(config)
    problems: list[str] = []
    last, written = take_last_build(settings.cache, WRITTEN, version, problems), {}
    for message in problems:
        log.warning("explainer: %s", escape_unprintable(message))
    for path, text in generated_files(content).items():
        existing = files.get_file_from_path(path)
        if existing:
            files.remove(existing)
        written[path] = text_digest(text)
        if path in content.pages:
            text, fragments = rawhtml.lift(text)
            if fragments:
                _fragments[path] = fragments
        file = File.generated(config, path, content=text)
        if last.get(path) == written[path] and os.path.isfile(file.abs_dest_path):
            file = _SameAsLastBuild.generated(config, path, content=text)
        files.append(file)
    _remove_stale(config, files, [path for path in last if path not in written])
    _state["written"] = (settings.cache, WRITTEN, version, written)
    if page_html.wanted():  # `--dirty` converts only changed pages already; their memo would lose the rest
        _state["page_html"] = page_html.PageHtml(settings.cache, pipeline_version(), config)
    set_build_date(content)
    articles = {src_url(article.src_path) for article in content.articles}
    docs = [(file.src_uri, content.pages.get(file.src_uri) or file.content_string)
            for file in files.documentation_pages()]
    groups = year_groups((src_url(a.src_path), a.reference_date) for a in content.articles) \
        if _state.pop("split", None) == YEAR else None
    _state["search"].add(other_pages(docs, articles, content.glossary), glossary_names(content.glossary), groups)
    return files


WRITTEN = "written_pages"  # memo record: generated path -> hash of what the last build into a site folder wrote


class _SameAsLastBuild(File):
    """A generated page or data file whose text is the one the last build wrote into this site folder:
    `mkdocs build --dirty` / `mkdocs serve --dirty` leave it as it is (MkDocs counts every file with
    in-memory content as modified)."""

    def is_modified(self) -> bool:
        return False


def _remove_stale(config: MkDocsConfig, files: Files, gone: list[str]) -> None:
    """Delete from the site folder what the last build generated under paths this build has no page or data file
    for (a removed article's page: `--dirty` keeps the folder), and the folders that leaves empty."""
    site = Path(config.site_dir).resolve()
    kept = {file.dest_uri for file in files}
    for path in gone:
        stale = File.generated(config, path, content="")
        target = Path(stale.abs_dest_path).resolve()
        if stale.dest_uri in kept or site not in target.parents:
            continue
        target.unlink(missing_ok=True)
        remove_empty_parents(target.parent, site)


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
    """`mkdocs serve`: rebuild when a file in the seeds folder changes, wherever `extra.explainer.seeds` points;
    keep the log free of a warning for every visit of "/" (redirected to site_url's path)."""
    seeds = _settings(config).seeds if config is not None else None
    if seeds is not None and seeds.is_dir():
        server.watch(str(seeds))  # type: ignore[attr-defined]
    served = logging.getLogger("mkdocs.livereload")
    if _ROOT_REDIRECT not in served.filters:
        served.addFilter(_ROOT_REDIRECT)
    return server


def on_post_build(config: MkDocsConfig) -> None:
    """Wait for the search index (built in a second process while MkDocs rendered) and add it to the site;
    record what this build wrote (for the next `--dirty` build); remove the files no page loads."""
    job = _state.pop("search", None)
    if job is not None:
        started = time.perf_counter()
        stats = job.finish(config.site_dir)
        log.info("explainer: %s (build waited %.1fs)", stats.summary(), time.perf_counter() - started)
        if os.environ.get(STEP_TIMES):
            log.info("explainer: search job steps: %s", ", ".join(f"{step} {seconds:.2f}s" for step, seconds in stats.steps))
        for message in stats.warnings:
            log.warning("explainer: %s", escape_unprintable(message))
    if "written" in _state:
        problem = record_build(*_state.pop("written"))
        if problem:
            log.warning("explainer: %s", escape_unprintable(problem))
    kept = _state.pop("page_html", None)
    if isinstance(kept, page_html.PageHtml):
        log.info("explainer: %d of %d pages converted (the others' HTML kept from the last build)", kept.converted,
                 kept.converted + kept.kept)
        for problem in kept.save():
            log.warning("explainer: %s", escape_unprintable(problem))
    outputs = _state.pop("page_output", None)
    if isinstance(outputs, page_output.PageOutputs):
        log.info("explainer: %d of %d pages kept as the last build wrote them (their inputs unchanged)",
                 outputs.kept, len(outputs.keys))
        for problem in outputs.finish():
            log.warning("explainer: %s", escape_unprintable(problem))
    trim_site(Path(config.site_dir))


def on_build_error(error: Exception, **kwargs: object) -> None:
    """Stop a search-index job the failed build started (and record no written pages)."""
    _state.pop("written", None)
    _state.pop("page_html", None)
    _state.pop("nav", None)
    _end_outputs()
    job = _state.pop("search", None)
    if job is not None:
        job.cancel()


def on_pre_page(page: Page, config: MkDocsConfig, files: Files) -> Page:
    """Let the page take the HTML a past build converted from the same Markdown (page_html.py)."""
    kept = _state.get("page_html")
    if isinstance(kept, page_html.PageHtml):
        kept.adopt(page)
    return page


def on_page_content(html: str, page: Page, **kwargs: object) -> str:
    """Put back the raw-HTML paragraphs lifted out of generated pages before conversion (and tell MkDocs'
    link validation about the anchors they carry)."""
    fragments = _fragments.get(page.file.src_uri, [])
    if fragments and page.present_anchor_ids is not None:
        page.present_anchor_ids |= rawhtml.anchor_ids(fragments)
    return rawhtml.restore(html, fragments)
