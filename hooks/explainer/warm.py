"""What one build read and computed, kept in this process for the next build while `mkdocs serve` runs.

A dev server rebuilds in the same process on every save. Without this, each rebuild reads every seed file and
decodes every cache file again (at 10,000 articles about 6 s of a rebuild, see BENCHMARKS.md). With it
switched on (``keep(True)``, by the hooks when the command is `serve`), the per-article step takes a seed file
whose stat is unchanged from memory, and each memo (``explainer.memo.Memo``) takes its entries from memory
when its file is the one the last build wrote. What is kept is what the cache folder holds, in memory: the
same keys, the same values, so a warm build's output is the cold build's. Off (the default, `mkdocs build`
and `python -m explainer`), nothing is kept: a one-shot build's memory is freed as before.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any, TypeVar

V = TypeVar("V")

_on = False
_kept: dict[tuple[str, str], Any] = {}  # (kind of value, where it lives on disk) -> the value


def keep(on: bool) -> None:
    """Keep (or stop keeping, and forget) what builds read, for the next build in this process."""
    global _on
    _on = on
    if not on:
        _kept.clear()


def keeping() -> bool:
    """Whether builds in this process keep what they read."""
    return _on


def recall(kind: str, where: Path | str) -> Any:
    """What the last build kept as `kind` for `where` (a file or a folder), or None."""
    return _kept.get((kind, str(where))) if _on else None


def remember(kind: str, where: Path | str, value: Any) -> None:
    """Keep `value` as `kind` for `where` until the next build replaces it (only when keeping)."""
    if _on:
        _kept[(kind, str(where))] = value


Stamp = tuple[int, ...]


def stamp(path: Path | str) -> Stamp | None:
    """What tells that a file changed without reading it (as make and git do): the link's and its target's
    inode, size, modification and change times; None when it cannot be read."""
    try:
        link, target = os.lstat(path), os.stat(path)
    except OSError:
        return None
    return (link.st_ino, link.st_mtime_ns, link.st_ctime_ns, target.st_dev, target.st_ino, target.st_size,
            target.st_mtime_ns, target.st_ctime_ns, target.st_mode)


def reuse(kind: str, function: Callable[[Hashable], V]) -> Callable[[Hashable], V]:
    """`function` (pure, of one hashable key) for this build, giving back what the last build in this process
    computed for the same key, when keeping (else `function` itself). Only this build's keys are kept."""
    if not _on:
        return function
    last: dict = recall(kind, "") or {}
    now: dict = {}
    remember(kind, "", now)

    def call(key: Hashable) -> V:
        if key in now:
            return now[key]
        value = now[key] = last[key] if key in last else function(key)
        return value
    return call
