"""Results of pure steps kept between builds: one pickle of {input hash: result} per step in the cache folder."""

from __future__ import annotations

import hashlib
import os
import pickle
from collections.abc import Callable
from pathlib import Path
from typing import Generic, TypeVar

T = TypeVar("T")
FOLDER = "memo"  # subfolder of the per-article cache folder (its own entries are top-level *.pickle files)


def digest(value: object) -> str:
    """A hash of a value built from tuples, lists, dicts, strings, numbers, None and dataclasses, the same in
    every process: taken over its repr (a pickle is not: it changes with which equal strings are one object;
    sets are not allowed either: their order changes between processes)."""
    return hashlib.sha256(repr(value).encode("utf-8", "surrogatepass")).hexdigest()


class Memo(Generic[T]):
    """A step's results by input hash, loaded from `cache_dir/memo/<name>.pickle` (when it was written by the
    same code `version`) and written back by `save` with only the entries this build used: a result no build
    asks for again is dropped, and results of other code are never reused. `cache_dir` None: memory only."""

    def __init__(self, cache_dir: Path | None, name: str, version: str) -> None:
        self.path = cache_dir / FOLDER / f"{name}.pickle" if cache_dir is not None else None
        self.version = version
        self._old: dict[str, T] = self._load()
        self._used: dict[str, T] = {}
        self.hits = 0
        self.misses = 0

    def _load(self) -> dict[str, T]:
        if self.path is None:
            return {}
        try:
            with self.path.open("rb") as handle:
                version, entries = pickle.load(handle)
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
            return {}
        return entries if version == self.version and isinstance(entries, dict) else {}

    def get(self, key: str, compute: Callable[[], T]) -> T:
        """The result stored under `key`, or `compute()` (then stored)."""
        if key in self._used:
            self.hits += 1
            return self._used[key]
        if key in self._old:
            self.hits += 1
            value = self._used[key] = self._old.pop(key)
            return value
        self.misses += 1
        value = self._used[key] = compute()
        return value

    def save(self) -> None:
        """Write the entries used since loading (atomically); nothing when memory-only or nothing changed."""
        if self.path is None or (not self.misses and not self._old):
            return
        self.path.parent.mkdir(parents=True, exist_ok=True)
        temporary = self.path.with_name(f"{self.path.name}.{os.getpid()}.tmp")
        with temporary.open("wb") as handle:
            pickle.dump((self.version, self._used), handle, protocol=pickle.HIGHEST_PROTOCOL)
        temporary.replace(self.path)


def take_last_build(cache_dir: Path | None, name: str, version: str) -> dict[str, str]:
    """What the last successful build recorded under `name` with the same `version` (e.g. page path -> hash
    of the Markdown it wrote), removed at once: a build that fails or is stopped leaves no record, so the
    next one trusts nothing it may have half written."""
    path = cache_dir / FOLDER / f"{name}.pickle" if cache_dir is not None else None
    if path is None:
        return {}
    try:
        with path.open("rb") as handle:
            stored, values = pickle.load(handle)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError, TypeError):
        return {}
    finally:
        path.unlink(missing_ok=True)
    return values if stored == version and isinstance(values, dict) else {}


def record_build(cache_dir: Path | None, name: str, version: str, values: dict[str, str]) -> None:
    """Record `values` for the next build (see take_last_build); call when this build has succeeded."""
    if cache_dir is None:
        return
    path = cache_dir / FOLDER / f"{name}.pickle"
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    with temporary.open("wb") as handle:
        pickle.dump((version, values), handle, protocol=pickle.HIGHEST_PROTOCOL)
    temporary.replace(path)
