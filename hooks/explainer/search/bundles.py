"""Pagefind bundles of the site: one, or with a split one per publication year, indexed one after another.

Pagefind's indexer holds the whole index in memory (about 0.28 GB per 1,000 article pages, see
BENCHMARKS.md, "Pagefind's memory"), so a large corpus can be split (``extra.explainer.search_split: year``): the
articles of each publication year get a bundle of their own under ``<site>/pagefind/tahun/<year>/``,
the reference and hand-written pages (and undated articles) stay in the main bundle ``<site>/pagefind/``,
and the search box merges them in the browser (Pagefind's ``mergeIndex``), listed in the main bundle's
``explainer-indexes.json`` (written also when not split: an empty list). Each group is indexed by its own
Pagefind run, so the peak memory is that of the largest group, and a group whose light pages did not
change since the last build is taken from the memo instead of being indexed again.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from ..memo import Memo, digest

SPLIT_SETTING = "extra.explainer.search_split"
SPLIT_MODES = ("year",)
MAIN = ""  # the group of the main bundle: reference and hand-written pages, undated articles, all when not split
SPLIT_FOLDER = "tahun"  # <site>/pagefind/tahun/2023/: the bundle of the articles of 2023
MANIFEST = "explainer-indexes.json"  # in the main bundle: {"merge": [bundle folders the search box merges]}
# What a merged bundle needs (its entry, metadata, index chunks, fragments, filters): the scripts, styles and
# WebAssembly are the main bundle's.
_MERGED_KEEP = ("pagefind-entry.json", "index/", "fragment/", "filter/")

SCRATCH = "/dev/shm"  # memory-backed on Linux: light pages written there cost no disk writes (1.6 s against 13 s
# for 10,000 pages on this machine's shared disk); used when it has room, else the default temporary folder
LightPage = tuple[str, str]  # (site URL "artikel/judul/", the light HTML Pagefind indexes)
Bundle = dict[str, bytes]  # a Pagefind bundle: path inside it -> bytes


class SearchSettingError(ValueError):
    """A bad search setting in mkdocs.yml (the message names it)."""


def split_mode(value: object) -> str | None:
    """`extra.explainer.search_split` checked: None (unset or false) or "year"."""
    if value is None or value is False:
        return None
    if isinstance(value, str) and value.strip() in SPLIT_MODES:
        return value.strip()
    raise SearchSettingError(f"{SPLIT_SETTING}: expected year (one search index per publication year of the "
                             f"articles) or false, got {value!r}")


def year_groups(articles: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Site URL -> publication year, for (URL, date) of each article (its stated date, else the inferred
    one: ``Article.reference_date``); undated ones are left out (they stay in the main bundle)."""
    return {url: published[:4] for url, published in articles
            if published and len(published) >= 4 and published[:4].isdigit()}


def bundle_folder(group: str) -> str:
    """Where a group's bundle goes inside the main bundle ("" for the main one, "tahun/2023" for a year)."""
    return f"{SPLIT_FOLDER}/{group}" if group else ""


def by_group(pages: Sequence[LightPage], groups: Mapping[str, str] | None) -> dict[str, list[LightPage]]:
    """The light pages of each group, in page order; the main group is always there."""
    grouped: dict[str, list[LightPage]] = {MAIN: []}
    for url, text in pages:
        grouped.setdefault((groups or {}).get(url, MAIN), []).append((url, text))
    return dict(sorted(grouped.items()))


def write_light_pages(pages: Iterable[LightPage], out_dir: Path) -> None:
    """Write each light page to `out_dir/<url>/index.html` (the layout Pagefind reads URLs from)."""
    for url, text in pages:
        target = out_dir / url.strip("/") / "index.html" if url.strip("/") else out_dir / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")


def read_bundle(folder: Path, merged: bool) -> Bundle:
    """The files of a Pagefind output folder (sorted); `merged`: only what a merged bundle needs."""
    files = {path.relative_to(folder).as_posix(): path for path in sorted(folder.rglob("*")) if path.is_file()}
    if merged:
        files = {name: path for name, path in files.items()
                 if name.startswith(_MERGED_KEEP) or (name.startswith("pagefind.") and name.endswith(".pf_meta"))}
    return {name: path.read_bytes() for name, path in files.items()}


def scratch_folder(needed: int, where: str = SCRATCH) -> str | None:
    """`where` when it is a writable folder with room for `needed` bytes four times over, else None (Python's
    default temporary folder). Only speed depends on it: the bundles are the same bytes."""
    try:
        room = shutil.disk_usage(where).free
    except OSError:
        return None
    return where if room > 4 * needed and os.access(where, os.W_OK) else None


@dataclass(frozen=True)
class BundlesBuilt:
    """Outcome of building the bundles."""

    pagefind_seconds: float  # summed over the Pagefind runs
    groups: tuple[str, ...]  # every group's name (MAIN first)
    indexed: tuple[str, ...]  # the groups Pagefind indexed this time (the others came from the memo)


def build_bundles(pages: Sequence[LightPage], groups: Mapping[str, str] | None, output: Path,
                  run: Callable[[Path, Path], float],
                  memo_of: Callable[[str], Memo[Bundle]] | None = None) -> BundlesBuilt:
    """Index the light pages into `output` (emptied first): one Pagefind run (`run(site, out)`) per group,
    one after another; `memo_of(group)` keeps each group's bundle by the hash of its light pages."""
    grouped = by_group(pages, groups)
    seconds, indexed = 0.0, []
    if output.exists():
        shutil.rmtree(output)
    needed = sum(len(text) for _, text in pages)
    with tempfile.TemporaryDirectory(prefix="explainer-bundles-", dir=scratch_folder(needed)) as tmp:
        for group, members in grouped.items():
            def index(group: str = group, members: list[LightPage] = members) -> Bundle:
                nonlocal seconds
                site, bundle = Path(tmp) / "pages", Path(tmp) / "pagefind"
                for folder in (site, bundle):
                    shutil.rmtree(folder, ignore_errors=True)
                write_light_pages(members, site)
                started = time.perf_counter()
                run(site, bundle)
                seconds += time.perf_counter() - started
                indexed.append(group)
                return read_bundle(bundle, merged=group != MAIN)
            memo = memo_of(group) if memo_of is not None else None
            files = index() if memo is None else memo.get(digest(members), index)
            if memo is not None:
                memo.save()
            target = output / bundle_folder(group)
            for name, data in files.items():
                (target / name).parent.mkdir(parents=True, exist_ok=True)
                (target / name).write_bytes(data)
    merged = [bundle_folder(group) for group in grouped if group != MAIN]
    (output / MANIFEST).write_text(json.dumps({"merge": merged}) + "\n", encoding="utf-8")
    return BundlesBuilt(seconds, tuple(grouped), tuple(indexed))
