#!/usr/bin/env python3
"""Where a rebuild after one changed seed spends its time: the hooks' pipeline, MkDocs' Markdown and template, the
wait for the search index.

Usage::

    python scripts/rebuild_profile.py [--n 1000] [--dirty] [--folder /tmp/rebuild-profile]

Generates a corpus of N articles with scripts/make_corpus.py (kept in the folder for the next run), builds it
once (cold, or warm when the folder's cache is already filled), edits one word of one seed as scripts/bench.py
does, and rebuilds in this process with timers around MkDocs' steps (`--dirty`: a dirty rebuild into the same
site folder). Prints one line per step of the rebuild: seconds of wall time and of this process' CPU time.
"""

from __future__ import annotations

import argparse
import collections
import functools
import os
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from bench import MAKE_CORPUS, change_one_seed, write_config  # noqa: E402


def _timed(spent: collections.Counter, name: str, function: Callable) -> Callable:
    @functools.wraps(function)
    def run(*args: object, **kwargs: object) -> object:
        wall, cpu = time.perf_counter(), time.process_time()
        try:
            return function(*args, **kwargs)
        finally:
            spent[(name, "wall")] += time.perf_counter() - wall
            spent[(name, "cpu")] += time.process_time() - cpu
    return run


def profile_rebuild(config: Path, site: Path, dirty: bool) -> collections.Counter:
    """Run one `mkdocs build` in this process with timers around its steps and the hooks' events."""
    from mkdocs.commands import build
    from mkdocs.config import load_config

    spent: collections.Counter = collections.Counter()
    build._populate_page = _timed(spent, "MkDocs: Markdown of every page (with the hooks' page_content)",
                                  build._populate_page)
    build._build_page = _timed(spent, "MkDocs: Material's template and writing", build._build_page)
    loaded = load_config(str(config), site_dir=str(site))
    events = loaded.plugins.run_event

    def run_event(name: str, item: object = None, **kwargs: object) -> object:
        label = {"files": "hooks: pipeline (on_files)", "post_build": "hooks: wait for the search index"}.get(name)
        return _timed(spent, label, events)(name, item, **kwargs) if label else events(name, item, **kwargs)

    loaded.plugins.run_event = run_event
    _timed(spent, "whole rebuild", build.build)(loaded, dirty=dirty)
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=1000, help="articles in the corpus (default 1000)")
    parser.add_argument("--dirty", action="store_true", help="profile a `mkdocs build --dirty` rebuild")
    parser.add_argument("--folder", type=Path, default=Path("/tmp/rebuild-profile"), help="work folder")
    args = parser.parse_args()
    folder = args.folder / str(args.n)
    seeds, config, site = folder / "seeds", folder / "mkdocs.yml", folder / "site"
    os.environ["NO_MKDOCS_2_WARNING"] = "1"
    if not seeds.is_dir():
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--n", str(args.n), "--out", str(seeds)], check=True,
                       capture_output=True)
    write_config(config, seeds, folder / "cache")
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)], check=True,
                   cwd=ROOT)
    print(f"first build (fills the cache): {time.perf_counter() - started:.1f} s")
    print(f"edited {change_one_seed(seeds).name}")
    spent = profile_rebuild(config, site, args.dirty)
    for name in dict.fromkeys(name for name, _ in spent):
        print(f"{name}: {spent[(name, 'wall')]:.2f} s wall, {spent[(name, 'cpu')]:.2f} s CPU")


if __name__ == "__main__":
    main()
