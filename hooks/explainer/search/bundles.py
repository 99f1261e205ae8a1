"""Pagefind bundles of the site: one, or with a split one per publication year or per shard of the articles.

Pagefind's indexer holds the whole index in memory (about 0.28 GB per 1,000 article pages, see
BENCHMARKS.md, "Pagefind's memory") and has no incremental mode, so a large corpus is split
(``extra.explainer.search_split``): the articles of each publication year (``year``) or of each shard (``shard``:
a stable hash of the page URL, at most about SHARD_SIZE articles a shard) get a bundle of their own under
``<site>/pagefind/tahun/<year>/`` or ``<site>/pagefind/bagian/<n>/``; the reference and hand-written pages (and
undated articles) stay in the main bundle ``<site>/pagefind/``, and the search box merges them in the browser
(Pagefind's ``mergeIndex``), listed in the main bundle's ``explainer-indexes.json`` (written also when not split:
an empty list). Each group is indexed by its own Pagefind run, so the peak memory is that of the largest group,
and a group whose light pages did not change since the last build is taken from the memo instead of being
indexed again: after one edit, only that article's shard and the main bundle.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from ..memo import Memo, digest

SPLIT_SETTING = "extra.explainer.search_split"
YEAR, SHARD, AUTO = "year", "shard", "auto"
SPLIT_MODES = (YEAR, SHARD, AUTO)
MAIN = ""  # the group of the main bundle: reference and hand-written pages, undated articles, all when not split
# A group is named by its bundle's folder inside the main bundle: "tahun/2023" (the articles of 2023),
# "bagian/07" (shard 7 of the articles).
# "rujukan/3" (shard 3 of the reference pages: timeline, glossary, quotes).
YEAR_FOLDER, SHARD_FOLDER, REFERENCE_FOLDER = "tahun", "bagian", "rujukan"
SHARD_SIZE = 1000  # articles per shard at most, on average: a shard's Pagefind run about 1 s on this machine
SHARD_SIZE_ENV = "EXPLAINER_SHARD_SIZE"  # another shard size (tests and benchmarks: several shards of a few pages)
REFERENCE_SHARD_SIZE = 16  # reference pages per shard at most, on average (a timeline month: about 300 entries)
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
    """`extra.explainer.search_split` checked: None (false) or "year" or "shard"."""
    if value is None or value is False:
        return None
    if isinstance(value, str) and value.strip() in SPLIT_MODES:
        return value.strip()
    raise SearchSettingError(f"{SPLIT_SETTING}: expected shard (one search index per about {SHARD_SIZE:,} "
                             f"articles), year (one per publication year of the articles) or false, got {value!r}")


def year_groups(articles: Iterable[tuple[str, str | None]]) -> dict[str, str]:
    """Site URL -> its year's group ("tahun/2023"), for (URL, date) of each article (its stated date, else the
    inferred one: ``Article.reference_date``); undated ones are left out (they stay in the main bundle)."""
    return {url: f"{YEAR_FOLDER}/{published[:4]}" for url, published in articles
            if published and len(published) >= 4 and published[:4].isdigit()}


def shard_count(articles: int, size: int | None = None) -> int:
    """How many shards `articles` article pages take: the smallest power of two giving at most SHARD_SIZE
    (or `size`) a shard. A power of two, so that a corpus growing past a step splits each shard in two (a page
    of shard k goes to k or k + count) rather than moving every page."""
    count, size = 1, size or int(os.environ.get(SHARD_SIZE_ENV) or SHARD_SIZE)
    while count * size < articles:
        count *= 2
    return count


def shard_of(url: str, count: int) -> int:
    """The shard of a page: a hash of its URL (the same in every build and process), modulo `count`."""
    return int.from_bytes(hashlib.sha256(url.encode("utf-8")).digest()[:8], "big") % count


def shard_groups(urls: Iterable[str], folder: str = SHARD_FOLDER, size: int | None = None) -> dict[str, str]:
    """Site URL -> its shard's group ("bagian/07"), for every article URL; the shard count follows their number.
    `folder`, `size`: for other pages (REFERENCE_FOLDER, REFERENCE_SHARD_SIZE)."""
    urls = sorted(set(urls))
    count = shard_count(len(urls), size)
    width = len(str(count - 1))
    return {url: f"{folder}/{shard_of(url, count):0{width}d}" for url in urls}


def reference_groups(urls: Iterable[str]) -> dict[str, str]:
    """Site URL -> group of each reference page in a shard split: shards of about REFERENCE_SHARD_SIZE pages,
    the first of them in the main bundle (never left empty: Pagefind indexes no empty site), the others
    "rujukan/<n>". One article changes a few reference pages (its timeline months, glossary entries, quotes):
    their shards are indexed again, not all reference pages."""
    groups = shard_groups(urls, REFERENCE_FOLDER, REFERENCE_SHARD_SIZE)
    if groups and all(int(group.rsplit("/", 1)[1]) for group in groups.values()):
        del groups[min(groups)]  # shard 0 came out empty: its first page stays in the main bundle
    return {url: group for url, group in groups.items() if int(group.rsplit("/", 1)[1])}


def resolved_split(mode: str | None, articles: int) -> str | None:
    """The split a site of `articles` articles is built with: `mode`, where "auto" is a shard split when the
    articles take more than one shard (over SHARD_SIZE), else none (one bundle)."""
    if mode == AUTO:
        return SHARD if shard_count(articles) > 1 else None
    return mode


def bundle_folder(group: str) -> str:
    """Where a group's bundle goes inside the main bundle: its name ("" for the main one)."""
    return group


def memo_name(step: str, group: str) -> str:
    """The memo file name of a step's results for one group ("search_bundle_main", "search_bundle_bagian_07")."""
    return f"{step}_{group.replace('/', '_') or 'main'}"


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
    bytes: int = 0  # of the index (the bundles left in the site folder included)
    files: int = 0
    reused: tuple[str, ...] = ()  # groups whose bundle the site folder already holds (not written into the output)
    stamps: tuple[tuple[str, str], ...] = ()  # (group, folder_stamp) of every merged bundle


class BundleWriter:
    """Writes one build's bundles into `output` (emptied first), group by group: each from its memo
    (`memo_of(group)`, by the hash of its light pages) or from a Pagefind run (`run(site, out)`) in a scratch
    folder; `close` writes the manifest. Use as a context manager."""

    def __init__(self, output: Path, run: Callable[[Path, Path], float],
                 memo_of: Callable[[str], Memo[Bundle]] | None = None, needed: int = 0) -> None:
        self.output, self.run, self.memo_of = output, run, memo_of
        self.seconds = 0.0
        self.groups: list[str] = []
        self.indexed: list[str] = []
        self.bytes = self.files = 0
        self.reused: list[str] = []
        self.stamps: dict[str, str] = {}
        if output.exists():
            shutil.rmtree(output)
        self._tmp = tempfile.TemporaryDirectory(prefix="explainer-bundles-", dir=scratch_folder(needed))

    def __enter__(self) -> BundleWriter:
        return self

    def __exit__(self, *error: object) -> None:
        self._tmp.cleanup()

    def kept(self, group: str, key: str) -> bool:
        """Write the group's bundle kept under `key` (a light_key), if its memo has it; say whether it did."""
        memo = self.memo_of(group) if self.memo_of is not None else None
        files = memo.peek(key) if memo is not None else None
        if files is None:
            return False
        self._write(group, files, key)
        return True

    def present(self, group: str, stamp: str) -> None:
        """A merged group whose bundle the site folder already holds, as `stamp` (folder_stamp) says: not written."""
        self.groups.append(group)
        self.reused.append(group)
        self.stamps[group] = stamp
        _, files, size = stamp.split()
        self.files += int(files)
        self.bytes += int(size)

    def add(self, group: str, members: Sequence[LightPage]) -> None:
        """Write the bundle of a group's light pages: from its memo, else indexed now (and kept)."""
        memo = self.memo_of(group) if self.memo_of is not None else None
        index = partial(self._index, group, members)
        key = light_key(members)
        files = index() if memo is None else memo.get(key, index)
        if memo is not None:
            memo.save()
        self._write(group, files, key)

    def keep(self, group: str, members: Sequence[LightPage]) -> None:
        """The bundle of a group's light pages in its memo (indexed now unless it is there), not written yet:
        `kept` writes it. Without a memo, keeps it in memory."""
        if self.memo_of is None:
            self.memo_of = _memory_memos()
        self.memo_of(group).get(light_key(members), partial(self._index, group, members))

    def _index(self, group: str, members: Sequence[LightPage]) -> Bundle:
        site, bundle = Path(self._tmp.name) / "pages", Path(self._tmp.name) / "pagefind"
        for folder in (site, bundle):
            shutil.rmtree(folder, ignore_errors=True)
        write_light_pages(members, site)
        started = time.perf_counter()
        self.run(site, bundle)
        self.seconds += time.perf_counter() - started
        self.indexed.append(group)
        return read_bundle(bundle, merged=group != MAIN)

    def _write(self, group: str, files: Bundle, key: str) -> None:
        self.groups.append(group)
        target = self.output / bundle_folder(group)
        for folder in sorted({(target / name).parent for name in files}):
            folder.mkdir(parents=True, exist_ok=True)
        size = 0
        for name, data in files.items():
            (target / name).write_bytes(data)
            size += len(data)
        self.bytes += size
        self.files += len(files)
        if group != MAIN:
            self.stamps[group] = f"{key} {len(files)} {size}"

    def close(self) -> BundlesBuilt:
        """Write the manifest (the merged bundles, in name order) and return what was built."""
        merged = sorted(bundle_folder(group) for group in self.groups if group != MAIN)
        manifest = (json.dumps({"merge": merged}) + "\n").encode("utf-8")
        self.output.mkdir(parents=True, exist_ok=True)
        (self.output / MANIFEST).write_bytes(manifest)
        return BundlesBuilt(self.seconds, tuple(sorted(self.groups)), tuple(self.indexed), self.bytes + len(manifest),
                            self.files + 1, tuple(self.reused), tuple(sorted(self.stamps.items())))


def folder_stamp(folder: Path, key: str) -> str:
    """What a merged bundle in a site folder is checked by before it is left there: the light_key it was built
    from (as recorded), its number of files and their bytes ("" when the folder is missing)."""
    files = size = 0
    for root, _, names in os.walk(folder):
        for name in names:
            files += 1
            size += os.stat(os.path.join(root, name)).st_size
    return f"{key} {files} {size}" if files else ""


def _memory_memos() -> Callable[[str], Memo[Bundle]]:
    """A memo in memory for each group."""
    memos: dict[str, Memo[Bundle]] = {}
    return lambda group: memos.setdefault(group, Memo(None, group, "", Bundle))


def light_key(members: Sequence[LightPage]) -> str:
    """The hash a group's bundle is kept under: of its light pages."""
    return digest(members)


def build_bundles(pages: Sequence[LightPage], groups: Mapping[str, str] | None, output: Path,
                  run: Callable[[Path, Path], float],
                  memo_of: Callable[[str], Memo[Bundle]] | None = None) -> BundlesBuilt:
    """Index the light pages into `output` (emptied first): one Pagefind run (`run(site, out)`) per group,
    one after another; `memo_of(group)` keeps each group's bundle by the hash of its light pages."""
    with BundleWriter(output, run, memo_of, sum(len(text) for _, text in pages)) as writer:
        for group, members in by_group(pages, groups).items():
            writer.add(group, members)
        return writer.close()
