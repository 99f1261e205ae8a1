"""The search index built in a second process during a build, bundle by bundle, redoing only the bundles that changed.

``start_search_index`` starts the job with the pages known early (the articles) so that it overlaps the rest of
the build; ``SearchJob.add`` gives it the other pages, the glossary and (for a year split) each article's year;
``SearchJob.finish`` waits for it and moves the index in. With a shard split the shards are known from the start
(``explainer.search.bundles.shard_groups``): a shard whose pages changed is read, expanded with the last build's
glossary and indexed at once, before the other pages come (again after them only if the glossary changed).

Each bundle (the main one, a year's, a shard's) is kept between builds under the hash of its pages' Markdown:
when that and the glossary's names and aliases are the same as last time (or the aliases changed only in names
none of its pages has every word of: ``explainer.search.terms.alias_changes``), its bundle comes from the memo,
or stays in the site folder, without its pages being read again; otherwise its pages are read (memo by page),
expanded with the bundle's own lexicon (``explainer.search.pagefind.bundle_light_pages``) and indexed, unless
its light pages came out the same. A merged bundle that the last build's index holds as it was recorded is moved
into the new index, not written again: from the site folder (``--dirty``) or from where the hooks set the last
build's files aside (a plain build: ``hooks/page_output.py``).
"""
from __future__ import annotations

import hashlib
import multiprocessing
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib.metadata import version as package_version
from multiprocessing.connection import Connection
from pathlib import Path

from ..memo import Memo, digest, record_build, take_last_build
from .bundles import (MAIN, SHARD, YEAR, Bundle, BundleWriter, folder_stamp, light_key, memo_name, reference_groups,
                      shard_groups)
from .pagefind import (REFERENCE, MarkdownPage, PagefindStats, SearchPage, bundle_light_pages, glossary_key,
                       linked_titles, normalized_titles, page_analyses, page_from_markdown, page_title,
                       run_pagefind)
from .terms import TextAnalysis, alias_changes, alias_index, lexicon_evidence


@dataclass(frozen=True)
class BundleMade:
    """What a bundle's last build made of its pages (kept by the hash of their Markdown)."""

    glossary: str  # the glossary_key its terms were expanded with
    light: str  # the light_key of its light pages: its bundle's key in the bundle memo
    pages: int
    terms: int


class _Steps:
    """Wall seconds of the job's steps, in the order they first ran."""

    def __init__(self) -> None:
        self.spent: dict[str, float] = {}
        self.last = time.perf_counter()

    def __call__(self, step: str) -> None:
        now = time.perf_counter()
        self.spent[step] = self.spent.get(step, 0.0) + now - self.last
        self.last = now


SEARCH_NICENESS = 10  # added to the search job's niceness: the build's own steps get the CPU first


def yield_cpu() -> None:
    """Lower this process' CPU priority, and so its Pagefind runs': on a busy machine the build's own steps (the
    pipeline, MkDocs) come first and the job fills the time they leave; the build waits for it only at the end,
    and logs that wait. Nothing where processes have no niceness."""
    try:
        os.nice(SEARCH_NICENESS)
    except (AttributeError, OSError):
        pass


def _search_worker(first: Sequence[MarkdownPage], conn: Connection, output: Path, cache_dir: Path | None,
                   version: str, split: str | None, site: Path | None = None, last: Path | None = None) -> None:
    """The second process: read the article pages that need it, wait for the rest, the glossary and the page
    groups, build bundle by bundle (see the module docstring). `site`: the site folder whose pagefind/ the
    finished job replaces; `last`: the last build's index (`site`/pagefind unless set aside): a merged bundle
    that it holds and that is still the same is not written again (`SearchJob.finish` moves it)."""
    yield_cpu()
    try:
        started = time.perf_counter()
        lap = _Steps()
        memos: dict[str, Memo] = {}

        def memo(step: str, group: str, kind: object, of: str = version) -> Memo:
            name = memo_name(step, group)
            if name not in memos:
                memos[name] = Memo(cache_dir, name, of, kind)
            return memos[name]

        made: Memo[BundleMade] = memo("search", "made", BundleMade)
        in_site = take_last_build(cache_dir, WRITTEN, _site_version(version, site)) if site is not None else {}
        old_index = (last or site / INDEX) if site is not None else None
        items: dict[str, MarkdownPage] = {item[0]: item for item in first}
        keys = {url: _page_key(item) for url, item in items.items()}  # what each page's parse depends on
        titles = [page_title(url, item[1]) for url, item in items.items()]
        ready: dict[str, _Page] = {}

        def prepare(group: str, urls: Sequence[str]) -> None:
            """Each page read (memo by page) with what the lexicon takes of it (memo by page, else analysed)."""
            parsed: Memo[SearchPage] = memo("search_pages", group, SearchPage)
            evidence: Memo[TextAnalysis] = memo("search_words", group, TextAnalysis)
            for url in urls:
                if url in ready:
                    continue
                item = items[url]
                more = {"page_titles": titles} if item[3] == REFERENCE else {}
                page = parsed.get(keys[url], lambda: page_from_markdown(*item, **more))
                analyses: list[TextAnalysis] = []

                def analysed() -> TextAnalysis:
                    analyses.extend(page_analyses(page))
                    return lexicon_evidence(analyses)
                ready[url] = _Page(page, evidence.get(keys[url], analysed), analyses or None)

        groups = shard_groups(items) if split == SHARD else {}
        members = _members(list(items), groups)
        bundles = f"{version}-pagefind-{package_version('pagefind')}"
        terms = pages = 0
        last_glossary: Memo[list[list[str]]] = memo("search", "glossary", list[list[str]])
        guess = [{"name": names[0], "aliases": names[1:]} for names in last_glossary.peek(GLOSSARY) or []]
        writer = BundleWriter(output, run_pagefind, lambda group: memo("search_bundle", group, Bundle, bundles))

        def build(group: str, urls: Sequence[str], glossary: Sequence[Mapping[str, object]]) -> BundleMade:
            """The group's light pages, expanded with `glossary`, and its bundle, kept in the bundle memo."""
            light, count = bundle_light_pages(
                [ready[url].page for url in urls], [ready[url].evidence for url in urls],
                alias_index(glossary) if glossary else None, glossary_key(glossary),
                memo("search_terms", group, list[str]),
                None if any(ready[url].analyses is None for url in urls) else [ready[url].analyses for url in urls])
            lap("terms and light pages")
            writer.keep(group, light)
            lap("Pagefind")
            return BundleMade(glossary_key(glossary), light_key(light), len(light), count)

        received: list[tuple] = []  # the rest of the input, read at once: the build never waits to send it
        receiver = threading.Thread(target=lambda: received.append(conn.recv()), daemon=True)
        receiver.start()
        lap("start")
        with writer:
            for group, urls in members.items():  # early: a shard that changed, with last build's glossary (the
                # glossary seldom changes: then it is ready before the other pages come); all pages when not split
                key = _bundle_key(group, urls, keys)
                if split is None or (split == SHARD and made.peek(key) is None):
                    prepare(group, urls)
                    lap("read (early)")
                    if split == SHARD and urls and guess:
                        made.put(key, build(group, urls, guess))
            receiver.join()
            if not received:
                raise EOFError("the build sent no other pages")
            rest, glossary, given = received[0]
            lap("wait for the other pages")
            last_glossary.put(GLOSSARY, [[str(entry["name"]), *map(str, entry.get("aliases") or [])]
                                         for entry in glossary])
            known_titles = normalized_titles(titles)
            for item in rest:
                items[item[0]] = item
                keys[item[0]] = _page_key(item, linked_titles(item[1], known_titles) if item[3] == REFERENCE else ())
            if split == YEAR:
                groups = dict(given or {})
            elif split == SHARD:
                groups.update(reference_groups(item[0] for item in rest if item[3] == REFERENCE))
            members = _members(list(items), groups)
            known = glossary_key(glossary)
            renamed = alias_changes(guess, glossary) if guess and known != glossary_key(guess) else None
            lap("group the pages")
            for group, urls in members.items():
                key = _bundle_key(group, urls, keys)
                last = made.peek(key)
                if (last is not None and renamed is not None and last.glossary == glossary_key(guess)
                        and not _names_any(memo("search_words", group, TextAnalysis), [keys[url] for url in urls],
                                           renamed)):
                    last = replace(last, glossary=known)  # the glossary changed, but not where these pages look
                stamp = in_site.get(group, "") if last is not None and last.glossary == known else ""
                if stamp and old_index is not None and folder_stamp(old_index / group, last.light) == stamp:
                    writer.present(group, stamp)
                    made.put(key, last)
                    terms, pages = terms + last.terms, pages + last.pages
                    lap("bundles left in the site")
                    continue
                if last is None or last.glossary != known or not writer.kept(group, last.light):
                    prepare(group, urls)
                    lap("read")
                    last = build(group, urls, glossary)
                    writer.kept(group, last.light)
                made.put(key, last)
                terms, pages = terms + last.terms, pages + last.pages
                lap("write the bundles")
            built = writer.close()
        for kept in memos.values():
            kept.save()
        lap("write the memos")
        reused = sum(kept.hits for name, kept in memos.items() if name.startswith("search_terms_"))
        problems = tuple(line for kept in memos.values() for line in kept.warnings)
        conn.send(("ok", PagefindStats(time.perf_counter() - started, built.pagefind_seconds, built.bytes, built.files,
                                       pages, terms, reused, len(built.groups), len(built.indexed), problems,
                                       tuple(lap.spent.items())), built.reused, dict(built.stamps)))
    except BaseException as error:  # reported to the main process by finish()
        conn.send(("error", f"{type(error).__name__}: {error}"))
    finally:
        conn.close()


@dataclass(frozen=True)
class _Page:
    """A page read for search: what the lexicon takes of it and, when just computed, its sections' analyses."""

    page: SearchPage
    evidence: TextAnalysis
    analyses: list[TextAnalysis] | None


GLOSSARY = "last"  # the key of the last build's glossary (names and aliases) in its memo
INDEX = "pagefind"  # the index's folder in the site
WRITTEN = "search_written"  # memo record: merged bundle -> folder_stamp of what the last build left in the site


def _page_key(item: MarkdownPage, titles: Sequence[str] = ()) -> str:
    """What a page's parse depends on: its URL, Markdown (hashed as bytes: quicker than digest's repr of it),
    glossary entries, role, and the titles its links name."""
    url, text, anchors, role = item
    return digest((url, hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest(), anchors, role, titles))


def _site_version(version: str, site: Path | None) -> str:
    return digest((version, str(site)))


def _names_any(evidence: Memo[TextAnalysis], keys: Sequence[str], names: frozenset[tuple[str, ...]]) -> bool:
    """Whether a page (by its key in the `evidence` memo) has every word of one of the `names`, or is not in the
    memo."""
    found = False
    for key in keys:  # every page looked at: the memo keeps the ones a build used
        page = evidence.peek(key)
        found = found or page is None or any(all(word in page.words for word in name) for name in names)
    return found


def _members(urls: Sequence[str], groups: Mapping[str, str]) -> dict[str, list[str]]:
    """The page URLs of each group, in page order; the main group first and always there."""
    grouped: dict[str, list[str]] = {MAIN: []}
    for url in urls:
        grouped.setdefault(groups.get(url, MAIN), []).append(url)
    return dict(sorted(grouped.items()))


def _bundle_key(group: str, urls: Sequence[str], keys: Mapping[str, str]) -> str:
    """What a bundle is kept under: its name and what its pages' parse depends on."""
    return digest((group, [keys[url] for url in urls]))


@dataclass
class SearchJob:
    """A search-index build running in a second process while the pipeline and MkDocs go on.

    Started with the pages known early (the articles); ``add`` gives it the remaining pages and the
    glossary; ``finish`` waits for it and moves the bundle into the site."""

    process: multiprocessing.process.BaseProcess
    conn: Connection
    staging: Path
    _tmp: tempfile.TemporaryDirectory = field(repr=False)
    site: Path | None = None  # the site folder it was started for (its bundles may be left there)
    last: Path | None = None  # the last build's index, when not in the site folder (set aside by the hooks)
    cache_dir: Path | None = None
    version: str = ""

    def add(self, pages: Sequence[MarkdownPage], glossary: Sequence[Mapping[str, object]] = (),
            groups: Mapping[str, str] | None = None) -> None:
        """The rest of the site's pages, the glossary and, for a year split, each article URL's bundle
        (explainer.search.bundles.year_groups) (call once)."""
        self.conn.send(([(url, text, dict(anchors) if anchors else None, role) for url, text, anchors, role in pages],
                        [dict(entry) for entry in glossary], dict(groups) if groups else None))

    def finish(self, site_dir: str | Path) -> PagefindStats:
        """Wait for the job and move its bundles to ``site_dir/pagefind`` (call in on_post_build): the ones it
        wrote, beside the merged bundles it found unchanged there; record what the folder then holds."""
        try:
            try:
                status, value, *kept = self.conn.recv()
            except EOFError:
                status, value = "error", f"the search process ended with code {self.process.exitcode}"
            if status != "ok":
                raise RuntimeError(f"search index failed: {value}")
            reused, stamps = kept
            site = Path(site_dir)
            if reused and site.resolve() != (self.site or site).resolve():
                raise RuntimeError(f"search index: started for {self.site}, finished for {site}")
            _replace_index(site / INDEX, self.staging, reused, self.last)
            if self.site is not None:
                record_build(self.cache_dir, WRITTEN, _site_version(self.version, self.site), stamps)
            return value
        finally:
            self.cancel()

    def cancel(self) -> None:
        """Stop the job if it still runs and remove its files (also after a failed build)."""
        if self.process.is_alive():
            self.process.terminate()
        self.process.join()
        self.conn.close()
        self._tmp.cleanup()


def _replace_index(target: Path, staging: Path, reused: Sequence[str], last: Path | None = None) -> None:
    """The new index in `target`: `staging` moved there, with the merged bundles `reused` taken from the old one
    (`target` itself, or `last` where the last build's files were set aside; what is left there is not ours to
    delete)."""
    old = target.with_name(".explainer-pagefind-old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old) if reused and last is None else shutil.rmtree(target)
    shutil.move(str(staging), target)
    for folder in reused:
        (target / folder).parent.mkdir(parents=True, exist_ok=True)
        ((last or old) / folder).rename(target / folder)
    shutil.rmtree(old, ignore_errors=True)


def start_search_index(pages: Sequence[MarkdownPage], cache_dir: Path | None = None, version: str = "",
                       split: str | None = None, site: str | Path | None = None,
                       last: str | Path | None = None) -> SearchJob:
    """Start the search-index job in a second process and return at once; complete its input with
    ``job.add``. `cache_dir`, `version`: where the per-page and per-bundle steps are kept between builds, and the
    code they were computed by (see explainer.memo); `split`: None, "year" or "shard" (see
    explainer.search.bundles); `site`: the site folder `finish` will be given, when the last build's merged
    bundles may be moved into the new index if unchanged (needs `cache_dir`, where what each build left is
    recorded); `last`: where the last build's index is when it is no longer in `site` (set aside).

    The process is spawned, not forked: a fork would inherit the whole pipeline's memory (every article's
    extraction: 7 GB at 50,000 articles), and copy much of it as the child's references and garbage
    collector touch it; spawned, it holds only the pages it is sent (measured: BENCHMARKS.md, "Scale")."""
    tmp = tempfile.TemporaryDirectory(prefix="explainer-pagefind-")
    staging = Path(tmp.name) / "pagefind"
    context = multiprocessing.get_context("spawn")
    parent, child = context.Pipe()
    site = Path(site).resolve() if site is not None and cache_dir is not None else None
    last = Path(last).resolve() if last is not None and site is not None else None
    process = context.Process(target=_search_worker,
                              args=(list(pages), child, staging, cache_dir, version, split, site, last), daemon=True)
    process.start()
    child.close()
    return SearchJob(process, parent, staging, tmp, site, last, cache_dir, version)
