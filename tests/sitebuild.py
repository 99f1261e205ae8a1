"""Build the real site with MkDocs into a temporary folder, optionally from another seeds folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from paths import ROOT


def build(out: Path, seeds: Path | None = None, strict: bool = True, dirty: bool = False) -> subprocess.CompletedProcess:
    """Run `mkdocs build` into `out` (`--dirty`: without emptying it first); with `seeds`, through a config
    that inherits mkdocs.yml."""
    config = ROOT / "mkdocs.yml"
    if seeds is not None:
        config = out.parent / f"{out.name}-mkdocs.yml"
        config.write_text(
            f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
            f"docs_dir: {ROOT / 'docs'}\n"
            f"theme:\n  custom_dir: {ROOT / 'overrides'}\n"
            f"hooks:\n  - {ROOT / 'hooks' / 'explainer_hooks.py'}\n"
            f"watch:\n  - {seeds}\n"
            f"extra:\n  explainer:\n    seeds: {seeds}\n",
            encoding="utf-8",
        )
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(out)]
    if strict:
        command.append("--strict")
    if dirty:
        command.append("--dirty")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
