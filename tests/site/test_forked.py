"""A function run in a forked child gives the result it gives here; a failing child never changes the result."""

from __future__ import annotations

import os

import pytest

from explainer import forked, steptimes


def _pid_and_sum(numbers: list[int]) -> tuple[int, int]:
    return os.getpid(), sum(numbers)


def test_the_result_comes_from_another_process() -> None:
    pid, total = forked.start(_pid_and_sum, [1, 2, 39])()
    assert total == 42 and pid != os.getpid()


def test_without_fork_it_runs_here_when_asked() -> None:
    calls: list[int] = []
    result = forked.start(lambda: calls.append(1) or "klaar", fork=False)
    assert calls == []
    assert result() == "klaar" and calls == [1]


def test_a_child_that_dies_leaves_the_call_to_this_process() -> None:
    parent = os.getpid()

    def dies_in_a_child() -> str:
        if os.getpid() != parent:
            os._exit(3)  # as if killed for memory: no answer comes back
        return "dihitung di sini"

    assert forked.start(dies_in_a_child)() == "dihitung di sini"


def test_an_error_is_raised_here() -> None:
    def fails() -> None:
        raise ValueError("berkas rusak: contoh.txt")

    waiting = forked.start(fails)
    with pytest.raises(ValueError, match="contoh.txt"):
        waiting()


def test_the_childs_step_times_count_as_ours() -> None:
    @steptimes.timed("test.forked step")
    def busy() -> int:
        return sum(range(200_000))

    steptimes.take()
    assert forked.start(busy)() == sum(range(200_000))
    assert set(steptimes.take()) == {"test.forked step"}


def test_a_build_is_the_same_with_its_steps_forked_or_not() -> None:
    from paths import SEEDS
    from explainer.site import build_site

    forked_build, inline_build = build_site(SEEDS), build_site(SEEDS, workers=1)
    assert list(forked_build.pages.items()) == list(inline_build.pages.items())  # same text, same order
    assert list(forked_build.data.items()) == list(inline_build.data.items())
    assert forked_build.glossary == inline_build.glossary and len(forked_build.glossary) > 10


def test_a_result_never_asked_for_leaves_no_process_behind() -> None:
    waiting = forked.start(_pid_and_sum, [1, 2])
    pid = waiting.pid  # type: ignore[attr-defined]
    del waiting  # the build failed before it asked: the child is reaped
    with pytest.raises(ChildProcessError):
        os.waitpid(pid, os.WNOHANG)
