"""Run a function in a forked child process while this one goes on; its result comes back through a pipe.

The child inherits the caller's memory (nothing is sent to it), so a step over the whole corpus can run beside
another one on a second core. Where fork does not exist, or when the child fails for any reason (an exception,
killed for memory), the function runs again in this process when its result is asked for: the result never
depends on where it ran, and a real error is raised here, with its traceback.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable
from typing import Any, TypeVar

from . import steptimes

T = TypeVar("T")


def start(function: Callable[..., T], *args: Any, fork: bool = True) -> Callable[[], T]:
    """Start `function(*args)` in a forked child (`fork`: False runs it here instead, when asked for);
    return a function that waits for its result and returns it (the child's step times are added to ours)."""
    if not fork or not hasattr(os, "fork"):
        return lambda: function(*args)
    context = multiprocessing.get_context("fork")
    receiver, sender = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(sender, function, args), daemon=True)
    try:
        child.start()
    except (OSError, AssertionError):  # no memory or process left, or we are a daemon process: run here
        return lambda: function(*args)
    sender.close()

    def result() -> T:
        try:
            outcome = receiver.recv()
        except (EOFError, OSError):
            outcome = None  # the child died before it answered
        finally:
            receiver.close()
            child.join()
        if outcome is None or outcome[0] != "ok":
            return function(*args)
        steptimes.add(outcome[2])
        return outcome[1]
    return result


def _child(sender: Any, function: Callable[..., Any], args: tuple) -> None:
    steptimes.take()  # the parent's steps so far are the parent's
    try:
        outcome: tuple = ("ok", function(*args), steptimes.take())
    except BaseException:  # noqa: BLE001 - the parent runs the call again and raises it there
        outcome = ("failed",)
    try:
        sender.send(outcome)
    finally:
        sender.close()
