"""Shared fixtures: the project paths, the seed articles, and a generated corpus with its manifest."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from paths import MAKE_CORPUS


@pytest.fixture(scope="session")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    """300 generated raw articles (seed 7) and the truth the generator planted."""
    folder = tmp_path_factory.mktemp("corpus")
    manifest = folder / "truth.json"
    subprocess.run([sys.executable, str(MAKE_CORPUS), "--n", "300", "--seed", "7", "--out", str(folder / "raw"),
                    "--manifest", str(manifest)], check=True, capture_output=True)
    return folder / "raw", json.loads(manifest.read_text(encoding="utf-8"))


@pytest.fixture(scope="session")
def example_sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The example site built once per builder: "mkdocs" and "properdocs" with the hooks, "plain" by MkDocs
    without them from `python -m explainer generate`'s folder, then `python -m explainer search`."""
    from sitebuild import BUILDERS, build, build_plain

    root = tmp_path_factory.mktemp("builders")
    sites = {}
    for builder in BUILDERS:
        done = build(root / builder, builder=builder)
        assert done.returncode == 0, done.stderr[-3000:]
        sites[builder] = root / builder
    sites["plain"] = build_plain(root / "plain")
    return sites
