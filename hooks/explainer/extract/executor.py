"""The executor the per-article step runs on: a local process pool, or an existing Dask cluster by address."""

from __future__ import annotations

import contextlib
import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import Executor, ProcessPoolExecutor

EXECUTOR_SETTING = "extra.explainer.executor"
WORKERS_SETTING = "extra.explainer.workers"
CONNECT_TIMEOUT = 10.0  # seconds to reach a Dask scheduler before giving up
WORKER_TIMEOUT = 60.0  # seconds for a Dask worker to answer the version check


class ExecutorError(ValueError):
    """A bad executor setting, a missing optional dependency, or an unreachable cluster (message names the setting)."""


def worker_count(workers: object = None) -> int:
    """The local pool's size: `extra.explainer.workers` when set (a positive whole number), else the CPU count."""
    if workers is None:
        return os.cpu_count() or 1
    if isinstance(workers, bool) or not isinstance(workers, int) or workers < 1:
        raise ExecutorError(f"{WORKERS_SETTING}: expected a positive whole number of worker processes, "
                            f"got {workers!r}")
    return workers


def scheduler_address(value: object) -> str | None:
    """`extra.explainer.executor` checked: None (unset or empty) or a Dask scheduler address string."""
    if value is None or value is False or value == "":
        return None
    if not isinstance(value, str) or not value.strip() or any(char.isspace() for char in value.strip()):
        raise ExecutorError(f"{EXECUTOR_SETTING}: expected a Dask scheduler address such as "
                            f"tcp://host:8786, got {value!r}")
    return value.strip()


def local_pool(workers: int) -> ProcessPoolExecutor:
    """A process pool of `workers` processes (forked where the platform can, so workers start fast)."""
    context = multiprocessing.get_context("fork" if hasattr(os, "fork") else "spawn")
    return ProcessPoolExecutor(max_workers=workers, mp_context=context)


@contextlib.contextmanager
def dask_executor(address: str, connect_timeout: float | None = None) -> Iterator[Executor]:
    """A `concurrent.futures.Executor` on the Dask cluster whose scheduler listens at `address`
    (e.g. `tcp://host:8786`); the client is closed on exit. Raises ExecutorError naming the setting
    when dask is not installed or the scheduler cannot be reached."""
    address = scheduler_address(address) or ""
    if not address:
        raise ExecutorError(f"{EXECUTOR_SETTING}: expected a Dask scheduler address such as "
                            f"tcp://host:8786, got nothing")
    try:
        from distributed import Client
    except ImportError as error:
        raise ExecutorError(f"{EXECUTOR_SETTING} is set to {address!r}, but Dask is not installed "
                            f"({error}); install the optional extra: pip install -e '.[dask]'") from error
    connect_timeout = CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
    try:
        client = Client(address, timeout=connect_timeout, set_as_default=False)
    except (OSError, TimeoutError, ValueError) as error:
        raise ExecutorError(f"{EXECUTOR_SETTING}: cannot reach the Dask scheduler at {address!r} within "
                            f"{connect_timeout:g}s ({type(error).__name__}: {error}); start the cluster or "
                            f"remove the setting to use the local process pool") from error
    try:
        yield client.get_executor()
    finally:
        client.close()


def check_workers(remote: Executor, address: str, expected: str, probe: Callable[[], str]) -> None:
    """The cluster's workers run this very pipeline code: `probe()` (the code version) run on a worker gives
    `expected`, the version this build caches under. Raises ExecutorError naming the setting otherwise."""
    try:
        theirs = remote.submit(probe).result(timeout=WORKER_TIMEOUT)
    except TimeoutError as error:
        raise ExecutorError(f"{EXECUTOR_SETTING}: no Dask worker at {address!r} answered within "
                            f"{WORKER_TIMEOUT:g}s; are workers connected to the scheduler?") from error
    except Exception as error:  # e.g. the workers cannot import the pipeline package
        raise ExecutorError(f"{EXECUTOR_SETTING}: the Dask workers at {address!r} cannot run the pipeline "
                            f"({type(error).__name__}: {error}); install this project on every worker "
                            f"(pip install -e .)") from error
    if theirs != expected:
        raise ExecutorError(f"{EXECUTOR_SETTING}: the Dask workers at {address!r} run other pipeline code "
                            f"(version {theirs}, this build {expected}); install this same checkout on every "
                            f"worker")
