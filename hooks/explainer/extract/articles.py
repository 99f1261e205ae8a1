"""Per-article work (clean, dates, entities, quotes), cached by content hash, run on a local pool or a Dask cluster."""

from __future__ import annotations

import functools
import hashlib
import json
import time
from collections.abc import Callable, Iterator
from concurrent.futures import Executor
from dataclasses import dataclass, field
from pathlib import Path
from typing import TypeVar

from .. import cachefile, warm
from ..ingest.load import apply_sources, read_article, shown_name
from ..ingest.textio import read_input
from ..memo import FOLDER as MEMO_FOLDER
from ..model import Article, Rejected
from ..slug import slugify
from .entities import Mention, find_mentions
from .events import Event, extract_events, infer_published
from .executor import check_workers, dask_executor, local_pool, worker_count
from .quotes import Quote, extract_quotes

T = TypeVar("T")
POOL_THRESHOLD = 64  # fewer uncached articles than this are faster in one process
CHUNK = 16


@dataclass
class Extracted:
    """What one seed file yields: its article (or why none), its dated events, entity mentions and quotes."""

    source_file: str
    article: Article | None
    rejected: Rejected | None
    notes: list[str]
    events: list[Event] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    seconds: dict[str, float] = field(default_factory=dict)  # stage -> CPU seconds spent on this file
    cached: bool = False
    key: str = ""  # its cache key (Cache.key: the seed's bytes, name, sources.yml entry and the code), once known


@functools.cache
def pipeline_version() -> str:
    """Hash of the pipeline's code and data: a cache entry from other code is never reused."""
    digest = hashlib.sha256()
    package = Path(__file__).parent.parent
    for path in sorted(package.rglob("*")):
        if path.suffix in (".py", ".yml") and "__pycache__" not in path.parts:
            digest.update(path.relative_to(package).as_posix().encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def extract_one(name: str, data: bytes, source_entry: dict) -> Extracted:
    """Clean one seed file and extract its events, mentions and quotes (pure: same input, same output)."""
    seconds: dict[str, float] = {}
    started = time.thread_time()
    article, rejected, notes = read_article(name, data)
    if article is not None:
        article = apply_sources(article, source_entry)
        article.id = slugify(article.title) or article.id
        article.published_inferred = None if article.published else infer_published(
            article, source_entry.get("published"))
    seconds["clean"] = time.thread_time() - started
    result = Extracted(name, article, rejected, notes, seconds=seconds)
    if article is None:
        return result
    started = time.thread_time()
    result.events = extract_events(article)
    seconds["dates"] = time.thread_time() - started
    started = time.thread_time()
    result.mentions = find_mentions(article)
    seconds["entities"] = time.thread_time() - started
    started = time.thread_time()
    result.quotes = extract_quotes(article, result.mentions)
    seconds["quotes"] = time.thread_time() - started
    return result


Task = tuple[str, bytes, dict]  # (file name, its bytes, its sources.yml entry)


def _extract_task(task: Task) -> Extracted:
    """extract_one, with any error while processing one file turned into that file's rejection (named in the
    log), so one file the code cannot handle never stops the others."""
    try:
        return extract_one(*task)
    except Exception as error:  # noqa: BLE001 - the point is to catch whatever one file triggers
        name = task[0]
        detail = f"could not be processed ({type(error).__name__}: {str(error)[:200]})"
        return Extracted(name, None, Rejected(name, "failed", detail), [])


def _extract_batch(tasks: list[Task]) -> list[Extracted]:
    """One unit of work sent to an executor: several files, so each round trip carries enough work."""
    return [_extract_task(task) for task in tasks]


class Cache:
    """One cache file (explainer.cachefile) of `Extracted` per seed file under `folder`, keyed by the file's
    name and bytes, its sources.yml entry and the code. A damaged entry is a miss, named in `warnings`."""

    def __init__(self, folder: Path | None, version: str) -> None:
        self.folder = folder
        self.version = version
        self.warnings: list[str] = []
        if folder is not None and folder.exists() and not folder.is_dir():
            self.warnings.append(f"cache folder {folder.name}: not a folder; results are not kept")
            self.folder = None

    def key(self, name: str, data: bytes, source_entry: dict) -> str:
        """The entry of file `name` (its result names it, and its name may decide how it is read)."""
        digest = hashlib.sha256(data)
        digest.update(name.encode("utf-8", "surrogatepass"))
        digest.update(json.dumps(source_entry, sort_keys=True, ensure_ascii=False).encode())
        digest.update(self.version.encode())
        return digest.hexdigest()

    def get(self, key: str) -> Extracted | None:
        if self.folder is None:
            return None
        result, problem = cachefile.read(self.folder / f"{key}{cachefile.SUFFIX}", Extracted, self.version)
        if problem:
            self.warnings.append(f"cache {problem}")
        if result is None:
            return None
        result.cached = True
        return result

    def prune(self, keep: set[str]) -> int:
        """Remove entries (and left-over temporary files) whose key is not in `keep`, and every pickle older
        versions kept (never read); return how many. Called after each build with the keys it used, so the cache
        holds one corpus, not every past one."""
        if self.folder is None or not self.folder.is_dir():
            return 0
        removed = 0
        try:
            for path in [*self.folder.iterdir(), *self.folder.glob(f"{MEMO_FOLDER}/*.pickle")]:
                stale = path.suffix == ".pickle" or (path.suffix in (cachefile.SUFFIX, ".tmp")
                                                     and path.name.split(".", 1)[0] not in keep)
                if stale and path.is_file():
                    path.unlink(missing_ok=True)
                    removed += 1
        except OSError as error:
            self.warnings.append(f"cache folder {self.folder.name}: old entries not removed ({error.strerror or error})")
        return removed

    def put(self, key: str, result: Extracted) -> None:
        if self.folder is None:
            return
        problem = cachefile.write(self.folder / f"{key}{cachefile.SUFFIX}", result, Extracted, self.version)
        if problem:
            self.warnings.append(f"cache {problem}")


def extract_all(files: list[Path], sources: dict[str, dict], cache: Cache,
                progress: Callable[[int, int], None] | None = None, *,
                executor: Executor | str | None = None, workers: int | None = None) -> list[Extracted]:
    """Extract every file, in file order: cached results first, the rest on an executor. `executor` is a
    `concurrent.futures.Executor` to use as given, or a Dask scheduler address (`tcp://host:8786`), or None
    for a local process pool of `workers` processes (default: the CPU count) when there are many files.
    The result does not depend on the executor. Cache entries of files no longer in the corpus (or of older
    code) are removed."""
    results: list[Extracted | None] = [None] * len(files)
    todo: list[tuple[int, str, Task]] = []
    keys: set[str] = set()
    where = f"{cache.folder or ''} {cache.version}"
    stamps: dict[str, tuple] = warm.recall("seed stamps", where) or {}  # path -> (stamp, entry, key)
    kept: dict[str, Extracted] = warm.recall("extractions", where) or {}  # key -> result as first read
    now: dict[str, tuple] = {}
    key_of: dict[int, str] = {}
    for index, path in enumerate(files):
        name = shown_name(path.name)  # as logs, pages and data show it
        entry = sources.get(path.name, {})
        mark = warm.stamp(path) if warm.keeping() else None
        entry_text = json.dumps(entry, sort_keys=True, ensure_ascii=False) if mark is not None else ""
        last = stamps.get(str(path))
        if mark is not None and last is not None and last[:2] == (mark, entry_text) and last[2] in kept:
            keys.add(last[2])
            now[str(path)] = last
            key_of[index] = last[2]
            results[index] = _fresh(kept[last[2]])
            continue
        data, problem = read_input(path, path.parent)
        if data is None:  # vanished or changed since the folder was listed
            results[index] = Extracted(name, None, Rejected(name, "unreadable", problem or "?"), [])
            continue
        key = key_of[index] = cache.key(name, data, entry)
        keys.add(key)
        if mark is not None:
            now[str(path)] = (mark, entry_text, key)
        hit = _fresh(kept[key]) if key in kept else cache.get(key)
        if hit is not None:
            hit.key = key
            results[index] = hit
        else:
            todo.append((index, key, (name, data, entry)))
    done = len(files) - len(todo)
    for (index, key, _), result in zip(todo, _run([task for _, _, task in todo], executor, workers, cache.version),
                                     strict=True):
        result.key = key
        cache.put(key, result)
        results[index] = result
        done += 1
        if progress:
            progress(done, len(files))
    if warm.keeping():
        warm.remember("seed stamps", where, now)
        # what was kept stays kept as it is (never handed out); what was read now is copied before the build sets it
        warm.remember("extractions", where, {key: kept[key] if key in kept else _kept(results[index])
                                             for index, key in key_of.items() if results[index] is not None})
    cache.prune(keys)
    return [result for result in results if result is not None]


def _fresh(result: Extracted) -> Extracted:
    """A result as it was read, for this build: the build sets an article's id, page and inferred date on its
    own copy (``ingest.load.finalise``, ``corpus.undated``), so the kept one stays as the cache file has it."""
    fresh = _copy(result)
    fresh.article, fresh.cached = _copy(result.article) if result.article is not None else None, True
    return fresh


def _kept(result: Extracted) -> Extracted:
    """The copy of a result kept for the next build, with its article's word count made (it reads the blocks only,
    which no build changes; every copy handed out then has it)."""
    if result.article is not None:
        result.article.word_count  # noqa: B018  (a cached property: made once, copied with the rest)
    return _fresh(result)


def _copy(value: T) -> T:
    """A shallow copy of a plain dataclass instance (what copy.copy makes, several times faster)."""
    twin = object.__new__(type(value))
    twin.__dict__.update(value.__dict__)
    return twin


def _run(tasks: list[Task], executor: Executor | str | None, workers: int | None,
         version: str) -> Iterator[Extracted]:
    """Results of `tasks` in order, from the given executor, a Dask cluster, a local pool or this process."""
    count = worker_count(workers)  # checked even when everything is cached
    if not tasks:
        return
    if isinstance(executor, str):
        with dask_executor(executor) as remote:
            check_workers(remote, executor, version, pipeline_version)
            yield from _run_on(remote, tasks)
        return
    if executor is not None:
        yield from _run_on(executor, tasks)
        return
    if len(tasks) < POOL_THRESHOLD or count < 2:
        yield from (_extract_task(task) for task in tasks)
        return
    with local_pool(count) as pool:
        yield from _run_on(pool, tasks)


def _run_on(executor: Executor, tasks: list[Task]) -> Iterator[Extracted]:
    batches = [tasks[start:start + CHUNK] for start in range(0, len(tasks), CHUNK)]
    for batch in executor.map(_extract_batch, batches):
        yield from batch
