"""explainer.steptimes: step times add up per step and go to a log file only when EXPLAINER_STEP_TIMES names one."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from explainer import steptimes


def test_step_times_are_logged_only_when_asked(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    @steptimes.timed("test.twice")
    def twice(value: int) -> int:
        return 2 * value

    steptimes.take()
    assert twice(4) == 8 and twice(5) == 10
    lap = steptimes.Laps()
    lap("test.lap")
    log = tmp_path / "steps.jsonl"
    monkeypatch.delenv(steptimes.ENV, raising=False)
    steptimes.write_log(7)
    assert not log.exists() and steptimes.take() == {}  # counted, then dropped: nothing written
    twice(1)
    monkeypatch.setenv(steptimes.ENV, str(log))
    steptimes.write_log(7)
    steptimes.write_log(8)
    first, second = (json.loads(line) for line in log.read_text(encoding="utf-8").splitlines())
    assert first["articles"] == 7 and sorted(first["steps"]) == ["test.twice"] and first["steps"]["test.twice"] >= 0
    assert second == {"articles": 8, "steps": {}}
