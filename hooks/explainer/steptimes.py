"""CPU seconds each corpus and render step of a build takes, written to a log file only when EXPLAINER_STEP_TIMES asks."""

from __future__ import annotations

import functools
import json
import os
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

ENV = "EXPLAINER_STEP_TIMES"  # a file path: each build appends one JSON line {"articles": n, "steps": {...}}
F = TypeVar("F", bound=Callable[..., Any])
_spent: dict[str, float] = {}


def timed(step: str) -> Callable[[F], F]:
    """Decorate a corpus step: the seconds of each call are added to `step` (steps may nest: "timeline" and
    "timeline.flag_conflicts")."""
    def wrap(function: F) -> F:
        @functools.wraps(function)
        def run(*args: Any, **kwargs: Any) -> Any:
            started = time.thread_time()
            try:
                return function(*args, **kwargs)
            finally:
                _spent[step] = _spent.get(step, 0.0) + time.thread_time() - started
        return run  # type: ignore[return-value]
    return wrap


class Laps:
    """A stopwatch for a run of steps in one function: `lap(step)` adds the seconds since the last lap."""

    def __init__(self) -> None:
        self.last = time.thread_time()

    def __call__(self, step: str) -> None:
        now = time.thread_time()
        _spent[step] = _spent.get(step, 0.0) + now - self.last
        self.last = now


def take() -> dict[str, float]:
    """The steps' seconds since the last take (and start counting again)."""
    spent = dict(_spent)
    _spent.clear()
    return spent


def add(spent: dict[str, float]) -> None:
    """Count `spent` (another process' `take()`) as this process' steps."""
    for step, seconds in spent.items():
        _spent[step] = _spent.get(step, 0.0) + seconds


def write_log(articles: int) -> None:
    """Append this build's step times to the file EXPLAINER_STEP_TIMES names (nothing when it is unset)."""
    spent = take()
    target = os.environ.get(ENV)
    if not target:
        return
    with Path(target).open("a", encoding="utf-8") as log:
        log.write(json.dumps({"articles": articles, "steps": spent}, sort_keys=True) + "\n")
