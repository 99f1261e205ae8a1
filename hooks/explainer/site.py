"""The whole pipeline: a seeds folder in, generated Markdown pages and data files out (no MkDocs needed)."""

from __future__ import annotations

import time
from collections.abc import Callable
from concurrent.futures import Executor
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from . import forked, warm
from .corpus.glossary import build_glossary
from .corpus.salience import salient_entries
from .extract.lexicon import name_key
from .corpus.speakers import by_speaker, quote_records
from .corpus.timeline import build_timeline
from .corpus.undated import UndatedFacts, anchor_undated
from .export import article_record, coverage_exports, quotes_exports, rejected_record, to_json
from .gcpause import collector_paused
from .extract.articles import Cache, Extracted, extract_all, pipeline_version
from .memo import Memo
from .ingest.load import Seeds, finalise, open_seeds
from .model import Article, Rejected
from .render.article_context import context_renderer, render_context
from .render.article_index import render_article_index
from .render.article_page import render_article
from .render.glossary_page import render_glossary
from .render.home_page import render_home
from .render.article_links import links_by_article
from .render.links import make_linker
from .render.quotes_page import render_quotes
from .render.sources_page import render_sources
from .render.timeline_page import render_timeline
from .steptimes import Laps

STAGES = ("clean", "dates", "entities", "quotes", "merge", "render")


@dataclass
class SiteContent:
    """Everything the build adds to the site: pages by docs path, data files by site path, log lines."""

    articles: list[Article]
    rejected: list[Rejected]
    timeline: list[dict] = field(default_factory=list)
    glossary: list[dict] = field(default_factory=list)
    quotes: list[dict] = field(default_factory=list)
    pages: dict[str, str] = field(default_factory=dict)
    data: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> seconds (per-article stages summed)
    cached: int = 0  # articles whose extraction came from the cache
    reused: int = 0  # article pages whose Markdown came from the cache (same article, same glossary links)


def build_site(seeds_dir: Path, intro: str = "", cache_dir: Path | None = None,
               progress: Callable[[int, int], None] | None = None,
               on_article_pages: Callable[[dict[str, str]], None] | None = None, *,
               executor: Executor | str | None = None, workers: int | None = None) -> SiteContent:
    """Run the pipeline over `seeds_dir`. `intro` is the hand-written home page Markdown; `cache_dir` keeps
    per-article results between builds; `progress(done, total)` is called as articles are extracted;
    `on_article_pages(pages)` gets the article pages as soon as they exist (to start work on them early);
    `executor` / `workers` choose where the per-article step runs (see `extract.articles.extract_all`)."""
    seeds = open_seeds(seeds_dir)
    rejected, warnings = seeds.rejected, seeds.warnings
    cache = Cache(cache_dir, pipeline_version())
    with collector_paused():  # reading the cache, the corpus steps and the pages make millions of objects
        extracted = extract_all(seeds.files, seeds.sources, cache, progress, executor=executor, workers=workers)
        warnings += cache.warnings
        seconds = {stage: 0.0 for stage in STAGES}
        for item in extracted:
            for stage, spent in ({} if item.cached else item.seconds).items():
                seconds[stage] += spent
        return _merge_and_render(seeds, extracted, rejected, warnings, seconds, intro, cache_dir, on_article_pages,
                                 workers)


def _merge_and_render(seeds: Seeds, extracted: list[Extracted], rejected: list[Rejected], warnings: list[str],
                      seconds: dict[str, float], intro: str, cache_dir: Path | None,
                      on_article_pages: Callable[[dict[str, str]], None] | None,
                      workers: int | None = None) -> SiteContent:
    """build_site's corpus steps and generated pages, from the extracted seed files (`workers`: 1 keeps every
    step in this process; otherwise some run beside others in a forked child, explainer.forked)."""
    started = time.perf_counter()
    lap = Laps()
    kept, more_rejected, more_warnings = finalise(
        [(item.source_file, item.article, item.rejected, item.notes) for item in extracted])
    warnings += more_warnings
    rejected = sorted(rejected + more_rejected, key=lambda item: item.source_file)
    chosen = [extracted[index] for index in kept]
    articles = [item.article for item in chosen]
    lap("finalise")
    per_events = [(item.article, [replace(event, article=item.article.id) if event.article != item.article.id
                                  else event for event in item.events]) for item in chosen]
    speakers = frozenset(name_key(quote.speaker) for item in chosen for quote in item.quotes if quote.speaker)
    glossary_of = forked.start(_glossary, [(item.article, item.mentions) for item in chosen], seeds.overrides,
                               speakers, fork=workers != 1)  # beside the timeline and the anchoring before it,
    # which may date an article: the glossary reads no dates (tests/corpus/test_glossary.py)
    undated: Memo[UndatedFacts] = Memo(cache_dir, "undated_facts", pipeline_version(), UndatedFacts)
    anchored = anchor_undated(per_events, undated)
    undated.save()
    timeline = build_timeline(anchored)
    glossary = glossary_of()
    quotes = quote_records([(item.article, item.quotes) for item in chosen], glossary)
    seconds["merge"] = time.perf_counter() - started
    lap("corpus steps, all")

    started = time.perf_counter()
    content = SiteContent(articles, rejected, timeline, glossary, quotes, warnings=warnings, seconds=seconds,
                          cached=sum(item.cached for item in extracted))
    by_id = {article.id: article for article in articles}
    linker = make_linker(glossary)
    overview = forked.start(_overview, content, intro, by_id, linker, fork=workers != 1)  # beside what follows
    # and so, in a build of its own, are Linimasa, Sumber and the coverage files; under `mkdocs serve` they run
    # here, where what they keep for the next build (the entries' memo, Sumber's rows) stays (explainer.warm)
    reference = forked.start(_reference, content, by_id, linker, cache_dir, fork=workers != 1 and not warm.keeping())
    keys = [article_key(item) for item in chosen]
    rendered: Memo[str] = Memo(cache_dir, "article_pages", pipeline_version(), str)
    for item, key, links in zip(chosen, keys, links_by_article(glossary, [
            (key, item.article, item.mentions) for item, key in zip(chosen, keys)]), strict=True):
        content.pages[item.article.src_path] = rendered.get_same(
            item.article.src_path, (key, links), partial(render_article, item.article, links))
    rendered.save()
    content.reused = rendered.hits
    lap("render.article pages")
    if on_article_pages is not None:
        on_article_pages(dict(content.pages))
    lap("render.search start")
    context_of = context_renderer(articles, timeline, glossary)  # after search got the pages: body text only
    contexts: Memo[str] = Memo(cache_dir, "article_contexts", pipeline_version(), str)
    for item in chosen:
        shown = context_of.inputs(item.article)  # type: ignore[attr-defined]
        context = contexts.get_same(item.article.src_path, shown, partial(render_context, shown))
        if context:
            content.pages[item.article.src_path] += "\n" + context
    contexts.save()
    lap("render.article context")
    content.pages.update(render_article_index(articles))
    lap("render.article index")
    timeline_pages, sources, coverage, memo_warnings = reference()
    content.pages.update(timeline_pages)
    lap("render.reference wait")
    warnings += [line for memo in (undated, rendered, contexts) for line in memo.warnings] + memo_warnings
    pages, (data, quotes_data), learned = overview()
    lap("render.overview wait")
    linker.learn(learned)  # type: ignore[attr-defined]
    content.pages.update(pages)
    content.pages.update(sources)
    content.data.update(data | coverage | quotes_data)
    seconds["render"] = time.perf_counter() - started
    return content


def article_key(item: Extracted) -> tuple:
    """What an article page is made of besides its links, as a small value: the article's extraction (its cache
    key: the seed's bytes, name, sources.yml entry and the code) and what the corpus steps set on it (id, page,
    inferred date). The article itself when it has no extraction key."""
    article = item.article
    assert article is not None
    if not item.key:
        return (article,)
    return item.key, article.id, article.page, article.src_path, article.published_inferred


def _glossary(per_article: list[tuple[Article, list]], overrides: dict, speakers: frozenset[str]) -> list[dict]:
    """The glossary with its salience marks (corpus.glossary, corpus.salience)."""
    return salient_entries(build_glossary(per_article, overrides), speakers, overrides)


def _reference(content: SiteContent, by_id: dict[str, Article], linker: Callable[[str, str], list],
               cache_dir: Path | None) -> tuple[dict[str, str], dict[str, str], dict[str, str], list[str]]:
    """Linimasa's pages, Sumber's, the coverage data files and the warnings of the entries' memo: one piece of
    the render step, run beside the article pages (explainer.forked) in a build of its own."""
    lap = Laps()
    entries: Memo[str] = Memo(cache_dir, "timeline_entries", pipeline_version(), str)
    pages = render_timeline(content.timeline, by_id, linker, entries)
    entries.save()
    lap("render.timeline")
    sources = render_sources(content.articles, content.rejected, content.timeline, content.glossary)
    lap("render.sources")
    coverage = coverage_exports(content.articles, content.timeline, content.glossary)
    lap("render.coverage")
    return pages, sources, coverage, entries.warnings


def _overview(content: SiteContent, intro: str, by_id: dict[str, Article], linker: Callable[[str, str], list]
              ) -> tuple[dict[str, str], tuple[dict[str, str], dict[str, str]], dict]:
    """The pages over the whole corpus (glossary, quotes, home) and the data files but the coverage ones (the
    articles, timeline, glossary and rejected files; the quotes'): one piece of the render step, run beside the
    article, timeline and sources pages and the coverage files (explainer.forked); and the names the linker found
    in texts for them (kept for the next build under `mkdocs serve`)."""
    lap = Laps()
    articles, timeline, glossary, quotes = content.articles, content.timeline, content.glossary, content.quotes
    pages = render_glossary(glossary, by_id, timeline, linker, by_speaker(quotes))
    lap("render.glossary")
    pages.update(render_quotes(quotes, glossary, by_id))
    lap("render.quotes")
    pages["index.md"] = render_home(articles, timeline, glossary, intro, quotes)
    lap("render.home")
    data = {"data/articles.json": to_json([article_record(article) for article in articles]),
            "data/timeline.json": to_json(timeline), "data/glossary.json": to_json(glossary),
            "data/rejected.json": to_json([rejected_record(item) for item in content.rejected])}
    lap("render.exports")
    quotes_data = quotes_exports(quotes)
    lap("render.exports")
    return pages, (data, quotes_data), linker.learned()  # type: ignore[attr-defined]
