"""Build the real site with MkDocs into a temporary folder, optionally from another seeds folder."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from paths import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

from bench import write_config  # noqa: E402  (the one writer of a config inheriting mkdocs.yml)


def build(out: Path, seeds: Path | None = None, strict: bool = True, dirty: bool = False,
          settings: dict[str, object] | None = None) -> subprocess.CompletedProcess:
    """Run `mkdocs build` into `out` (`--dirty`: without emptying it first); with `seeds`, through a config
    that inherits mkdocs.yml (the cache where mkdocs.yml's default puts it, beside that config), with
    `settings` added under `extra.explainer`."""
    config = ROOT / "mkdocs.yml"
    if seeds is not None:
        config = out.parent / f"{out.name}-mkdocs.yml"
        write_config(config, seeds, config.parent / ".cache" / "explainer", settings)
    command = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(out)]
    if strict:
        command.append("--strict")
    if dirty:
        command.append("--dirty")
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
