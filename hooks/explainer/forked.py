"""Run a function in a forked child process while this one goes on; its result comes back through a pipe.

The child inherits the caller's memory (nothing is sent to it), so a step over the whole corpus can run beside
another one on a second core. The child does nothing but the call: it writes the pickled result and leaves with
``os._exit`` (no exit handlers, no flushing of streams that another thread may have held at the fork). Where fork
does not exist, or when the child fails for any reason (an exception, killed for memory), the function runs
again in this process when its result is asked for: the result never depends on where it ran, and a real error
is raised here, with its traceback.
"""

from __future__ import annotations

import contextlib
import os
import pickle
from collections.abc import Callable
from typing import Any, Generic, TypeVar

from . import steptimes

T = TypeVar("T")


def start(function: Callable[..., T], *args: Any, fork: bool = True) -> Callable[[], T]:
    """Start `function(*args)` in a forked child (`fork`: False runs it here instead, when asked for);
    return a function that waits for its result and returns it (the child's step times are added to ours)."""
    def here() -> T:
        return function(*args)

    if not fork or not hasattr(os, "fork"):
        return here
    try:
        reader, writer = os.pipe()
    except OSError:
        return here
    try:
        pid = os.fork()
    except OSError:  # no memory or no process left to fork: run here
        os.close(reader)
        os.close(writer)
        return here
    if pid == 0:
        os.close(reader)
        _child(writer, function, args)  # never returns
    os.close(writer)
    return _Child(pid, reader, function, args)


class _Child(Generic[T]):
    """A forked call's result, once: read from the child's pipe, or computed here when the child failed."""

    def __init__(self, pid: int, reader: int, function: Callable[..., T], args: tuple) -> None:
        self.pid, self.reader, self.function, self.args = pid, reader, function, args

    def __call__(self) -> T:
        with os.fdopen(self.reader, "rb") as pipe:
            self.reader = -1
            data = pipe.read()
        self._reap()
        try:
            outcome = pickle.loads(data) if data else None
        except Exception:  # noqa: BLE001 - cut short: the child died while writing
            outcome = None
        if outcome is None or outcome[0] != "ok":
            return self.function(*self.args)
        steptimes.add(outcome[2])
        return outcome[1]

    def __del__(self) -> None:
        """Never asked for (the build failed first): close the pipe, so the child's writing ends, and reap it."""
        if self.reader >= 0:
            with contextlib.suppress(OSError):
                os.close(self.reader)
            self.reader = -1
            self._reap()

    def _reap(self) -> None:
        with contextlib.suppress(ChildProcessError, OSError):
            os.waitpid(self.pid, 0)


def _child(writer: int, function: Callable[..., Any], args: tuple) -> None:
    code = 1
    try:
        steptimes.take()  # the parent's steps so far are the parent's
        try:
            outcome: tuple = ("ok", function(*args), steptimes.take())
        except BaseException:  # noqa: BLE001 - the parent runs the call again and raises it there
            outcome = ("failed",)
        with os.fdopen(writer, "wb") as pipe:
            pipe.write(pickle.dumps(outcome, protocol=pickle.HIGHEST_PROTOCOL))
        code = 0
    finally:
        os._exit(code)
