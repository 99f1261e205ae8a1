#!/usr/bin/env python3
"""One-article rebuilds as `mkdocs serve` runs them: every build in one process, each with the config loaded
again (MkDocs' serve builder), the hooks told the command is `serve` (so explainer.warm keeps what each build
read). Prints one JSON line per build: the edit, wall seconds, the pipeline's seconds and the search wait (from
the build log).

Usage (scripts/bench.py runs it)::

    python scripts/serve_rebuild.py mkdocs.yml SEEDS HELD [--site SITE] [--dirty]

The first build starts from the cache folder (warm from a cold build before it); then one article is added,
one changed and one removed (bench.edit_seeds), each followed by a rebuild into the same site folder.
"""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import EDITS, edit_seeds, pipeline_seconds, search_wait  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("config", type=Path)
    parser.add_argument("seeds", type=Path)
    parser.add_argument("held", type=Path)
    parser.add_argument("--site", type=Path, help="the site folder (default: the config's)")
    parser.add_argument("--dirty", action="store_true", help="as `mkdocs serve --dirty`")
    args = parser.parse_args()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    log = io.StringIO()
    handler = logging.StreamHandler(log)
    logging.getLogger("mkdocs").addHandler(handler)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    folder = {"site_dir": str(args.site)} if args.site else {}
    config = load_config(str(args.config), **folder)
    config.plugins.on_startup(command="serve", dirty=args.dirty)
    try:
        for edit in ("start", *EDITS):
            if edit != "start":
                edit_seeds(edit, args.seeds, args.held)
                config = load_config(str(args.config), **folder)  # as the serve builder does on every change
            log.seek(0)
            log.truncate()
            started = time.perf_counter()
            build(config, dirty=args.dirty)
            wall = time.perf_counter() - started
            output = log.getvalue()
            print(json.dumps({"edit": edit, "dirty": args.dirty, "wall": wall, "pipeline": pipeline_seconds(output),
                              "search_wait": search_wait(output)}), flush=True)
    finally:
        config.plugins.on_shutdown()


if __name__ == "__main__":
    main()
