"""Results of pure steps kept between builds: one cache file (explainer.cachefile) of {input hash: result} per
step in the cache folder."""

from __future__ import annotations

import contextlib
import hashlib
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, Generic, TypeVar

from . import cachefile, warm

T = TypeVar("T")
FOLDER = "memo"  # subfolder of the per-article cache folder (its own entries are top-level files)


def digest(value: object) -> str:
    """A hash of a value built from tuples, lists, dicts, strings, numbers, None and dataclasses, the same in
    every process: taken over its repr (a pickle is not: it changes with which equal strings are one object;
    sets are not allowed either: their order changes between processes)."""
    return hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).hexdigest()


def text_digest(text: str) -> str:
    """A hash of one text, the same in every process (`digest` of a string copies it into its repr first)."""
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def memo_path(cache_dir: Path, name: str) -> Path:
    """Where the step `name` keeps its results."""
    return cache_dir / FOLDER / f"{name}{cachefile.SUFFIX}"


SHARDS = tuple("0123456789abcdef") + ("_",)  # a memo's files: by its keys' first hex digit (other keys: "_")


def shard_of(key: str) -> str:
    """The file of a memo that keeps `key`: its first character when a hex digit (keys are digests), else "_"."""
    head = key[:1]
    return head if head in SHARDS[:-1] else "_"


class Memo(Generic[T]):
    """A step's results by input hash, loaded from `cache_dir/memo/<name>.<shard>.json` (when written by the same
    code `version`; read back as values of type `kind` only) and written back by `save` with only the entries this
    build used: a result no build asks for again is dropped, and results of other code are never reused. The
    entries are spread over the files by their key's first hex digit (``shard_of``), and `save` writes only the
    files whose entries changed: one edited article rewrites one or two sixteenths of a step's results, not all.
    A damaged file is an empty part, with a line in `warnings`. `cache_dir` None: memory only."""

    def __init__(self, cache_dir: Path | None, name: str, version: str, kind: Any) -> None:
        self.paths = {shard: memo_path(cache_dir, f"{name}.{shard}") for shard in SHARDS} \
            if cache_dir is not None else {}
        self.version = version
        self.kind = dict[str, kind]
        self.warnings: list[str] = []
        self._old: dict[str, T] = {}
        self._damaged: set[str] = set()  # shards whose file could not be read: rewritten by `save`
        self._legacy = memo_path(cache_dir, name) if cache_dir is not None else None  # one file, older code
        for shard, path in self.paths.items():
            self._old.update(self._load(shard, path))
        self._used: dict[str, T] = {}
        self._changed: set[str] = set()  # shards with a computed entry
        self.hits = 0
        self.misses = 0
        where = f"{cache_dir} {name} {version}"  # what each item's inputs were in the last build (explainer.warm)
        self._last_inputs: dict[Hashable, tuple[object, str]] = warm.recall("memo inputs", where) or {}
        self._inputs: dict[Hashable, tuple[object, str]] = {}
        warm.remember("memo inputs", where, self._inputs)

    def _load(self, shard: str, path: Path) -> dict[str, T]:
        kept = warm.recall("memo", path)
        if kept is not None and kept[:2] == (self.version, warm.stamp(path)):
            return dict(kept[2])  # the file the last build in this process wrote or read (explainer.warm)
        if not path.exists():
            return {}
        entries, problem = cachefile.read(path, self.kind, self.version)
        if problem:
            self.warnings.append(f"cache {FOLDER}/{problem}")
            self._damaged.add(shard)
        return entries or {}

    def get(self, key: str, compute: Callable[[], T]) -> T:
        """The result stored under `key`, or `compute()` (then stored)."""
        found = self.peek(key)
        if found is not None:
            return found
        self.misses += 1
        self._changed.add(shard_of(key))
        value = self._used[key] = compute()
        return value

    def get_same(self, item: Hashable, inputs: object, compute: Callable[[], T]) -> T:
        """`get(digest(inputs), compute)`, `item` naming what the inputs are of (an entry, a page). Under `mkdocs
        serve`, when the item's inputs equal (==) those of the last build, that build's key is taken without
        hashing them again: inputs are plain data that read the same when equal (keys looked up, not a dict's
        order; no True beside 1)."""
        last = self._last_inputs.get(item)
        key = last[1] if last is not None and last[0] == inputs else digest(inputs)
        if warm.keeping():
            self._inputs[item] = (inputs, key)
        return self.get(key, compute)

    def peek(self, key: str) -> T | None:
        """The result stored under `key` (kept for this build, like `get`), or None without computing anything."""
        if key in self._used:
            self.hits += 1
            return self._used[key]
        if key in self._old:
            self.hits += 1
            value = self._used[key] = self._old.pop(key)
            return value
        return None

    def put(self, key: str, value: T) -> None:
        """Store `value` under `key` (a result computed elsewhere, for instance over several steps)."""
        if self._used.get(key, self._old.pop(key, None)) != value:
            self.misses += 1
            self._changed.add(shard_of(key))
        self._used[key] = value

    def save(self) -> None:
        """Write (atomically) each file whose entries changed since loading: a computed entry, or one no longer
        used (dropped); nothing when memory-only."""
        if not self.paths:
            return
        changed = self._changed | {shard_of(key) for key in self._old} | self._damaged
        parts: dict[str, dict[str, T]] = {shard: {} for shard in SHARDS}
        for key, value in self._used.items():
            parts[shard_of(key)][key] = value
        for shard, path in self.paths.items():
            if shard in changed:
                problem = cachefile.write(path, parts[shard], self.kind, self.version) if parts[shard] else None
                if not parts[shard]:
                    path.unlink(missing_ok=True)
                if problem:
                    self.warnings.append(f"cache {FOLDER}/{problem}")
                    continue
            warm.remember("memo", path, (self.version, warm.stamp(path), parts[shard]))
        if self._legacy is not None:
            self._legacy.unlink(missing_ok=True)


_RECORD = dict[str, str]


def take_last_build(cache_dir: Path | None, name: str, version: str,
                    warnings: list[str] | None = None) -> dict[str, str]:
    """What the last successful build recorded under `name` with the same `version` (e.g. page path -> hash
    of the Markdown it wrote), removed at once: a build that fails or is stopped leaves no record, so the
    next one trusts nothing it may have half written. A damaged record is none (noted in `warnings`)."""
    if cache_dir is None:
        return {}
    path = memo_path(cache_dir, name)
    values, problem = cachefile.read(path, _RECORD, version)
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)
    if problem and warnings is not None:
        warnings.append(f"cache {FOLDER}/{problem}")
    return values or {}


def record_build(cache_dir: Path | None, name: str, version: str, values: dict[str, str]) -> str | None:
    """Record `values` for the next build (see take_last_build); call when this build has succeeded. Returns
    a problem writing it, if any (the next build then simply has no record)."""
    if cache_dir is None:
        return None
    problem = cachefile.write(memo_path(cache_dir, name), values, _RECORD, version)
    return f"cache {FOLDER}/{problem}" if problem else None
