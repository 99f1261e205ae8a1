"""A bad executor setting in mkdocs.yml stops the build with a message naming the setting."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from paths import ROOT, SEEDS


@pytest.mark.parametrize(("setting", "message"), [
    ("workers: 0", "explainer: extra.explainer.workers: expected a positive whole number of worker processes, got 0"),
    ("executor: 8786", "explainer: extra.explainer.executor: expected a Dask scheduler address such as "
                       "tcp://host:8786, got 8786"),
])
def test_mkdocs_build_stops_with_the_setting_named(tmp_path: Path, setting: str, message: str) -> None:
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"docs_dir: {ROOT / 'docs'}\n"
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\n"
        f"hooks:\n  - {ROOT / 'hooks' / 'explainer_hooks.py'}\n"
        f"watch:\n  - {SEEDS}\n"
        f"extra:\n  explainer:\n    seeds: {SEEDS}\n    cache: false\n    {setting}\n",
        encoding="utf-8")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d",
                             str(tmp_path / "site")], capture_output=True, text=True, env=env, cwd=ROOT)
    assert result.returncode != 0
    assert message in result.stderr + result.stdout
