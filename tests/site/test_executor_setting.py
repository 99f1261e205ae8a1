"""A bad executor setting in mkdocs.yml stops the build with a message naming the setting."""

from __future__ import annotations

from pathlib import Path

import pytest

from paths import SEEDS
from sitebuild import build


@pytest.mark.parametrize(("setting", "message"), [
    ({"workers": 0}, "explainer: extra.explainer.workers: expected a positive whole number of worker processes, "
                     "got 0"),
    ({"executor": 8786}, "explainer: extra.explainer.executor: expected a Dask scheduler address such as "
                         "tcp://host:8786, got 8786"),
])
def test_mkdocs_build_stops_with_the_setting_named(tmp_path: Path, setting: dict, message: str) -> None:
    result = build(tmp_path / "site", seeds=SEEDS, strict=False, settings=setting)
    assert result.returncode != 0
    assert message in result.stderr + result.stdout
