"""Build the real site into a temporary folder: with MkDocs or ProperDocs and the hooks (optionally from another
seeds folder), or plainly from the docs folder `python -m explainer generate` writes."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from paths import ROOT

sys.path.insert(0, str(ROOT / "scripts"))

from bench import write_config  # noqa: E402  (the one writer of a config inheriting mkdocs.yml)


BUILDERS = ("mkdocs", "properdocs")  # the MkDocs family that runs hooks (ProperDocs: a maintained fork of MkDocs 1.x)


def build(out: Path, seeds: Path | None = None, strict: bool = True, dirty: bool = False,
          settings: dict[str, object] | None = None, builder: str = "mkdocs") -> subprocess.CompletedProcess:
    """Run `mkdocs build` (or another of BUILDERS) into `out` (`--dirty`: without emptying it first); with
    `seeds`, through a config that inherits mkdocs.yml (the cache where mkdocs.yml's default puts it, beside
    that config), with `settings` added under `extra.explainer`."""
    config = ROOT / "mkdocs.yml"
    if seeds is not None:
        config = out.parent / f"{out.name}-mkdocs.yml"
        write_config(config, seeds, config.parent / ".cache" / "explainer", settings)
    command = [sys.executable, "-m", builder, "build", "-f", str(config), "-d", str(out)]
    if strict:
        command.append("--strict")
    if dirty:
        command.append("--dirty")
    return _run(command)


def explainer(*arguments: str | Path, cwd: Path = ROOT) -> subprocess.CompletedProcess:
    """Run `python -m explainer ARGUMENTS` (in `cwd`)."""
    return _run([sys.executable, "-m", "explainer", *map(str, arguments)], cwd)


def build_plain(folder: Path) -> Path:
    """The example as a builder without hooks publishes it: `generate` into folder/docs, a plain `mkdocs build` of
    it through a config inheriting publish.yml (folder/site), then `search` of the built site. Returns the site."""
    docs, site, config = folder / "docs", folder / "site", folder / "publish.yml"
    done = explainer("generate", docs, "-f", ROOT / "mkdocs.yml", "--strict")
    assert done.returncode == 0, done.stderr[-3000:]
    config.write_text(f"INHERIT: {ROOT / 'publish.yml'}\ndocs_dir: {docs}\ntheme:\n  custom_dir: {ROOT / 'overrides'}\n",
                      encoding="utf-8")
    for command in ([sys.executable, "-m", "mkdocs", "build", "--strict", "-f", str(config), "-d", str(site)],
                    [sys.executable, "-m", "explainer", "search", str(site), "-f", str(ROOT / "mkdocs.yml")]):
        done = _run(command)
        assert done.returncode == 0, done.stderr[-3000:]
    return site


def _run(command: list[str], cwd: Path = ROOT) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    env.pop("SOURCE_DATE_EPOCH", None)
    return subprocess.run(command, capture_output=True, text=True, env=env, cwd=cwd)
