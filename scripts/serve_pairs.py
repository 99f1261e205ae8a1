#!/usr/bin/env python3
"""The explainer's own part of a `mkdocs serve` rebuild, timed for two versions of the code taking turns.

Usage::

    python scripts/serve_pairs.py CORPUS --before REV [--after REV] [--rounds 2] [--work DIR]

CORPUS is a folder with `seeds/` and `held/` (as scripts/bench.py leaves, e.g. /tmp/bench/text-10000). REV is a
git revision of this repository, checked out into a worktree under DIR; without --after the second version is
this checkout. Each round runs, for each version in turn, one process that keeps what builds read (as the hooks
do under `mkdocs serve`, explainer.warm) on its own copy of the corpus and its own cache folder: a first build,
then the bench's edits (bench.EDITS, bench.edit_seeds), each followed by `site.build_site`, timed. Prints each
rebuild's seconds per round, the ratio of the medians and whether both versions built the same pages and data
(a hash of them). Single runs on a shared machine vary by ±20%; taking turns puts both versions in the same
conditions. The first round also fills each version's cache (its first build is cold, not timed).
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--before", required=True, help="a git revision")
    parser.add_argument("--after", help="a git revision (default: this checkout)")
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--work", type=Path, default=Path("/tmp/serve-pairs"))
    args = parser.parse_args()
    versions = {"before": _checkout(args.before, args.work), "after": _checkout(args.after, args.work)
                if args.after else ROOT}
    runs: dict[str, list[dict]] = {name: [] for name in versions}
    for round_ in range(args.rounds):
        for name, code in versions.items():
            runs[name].append(_run(code, args.corpus, args.work / name))
            print(f"round {round_ + 1}, {name}: " + ", ".join(f"{edit} {seconds:.2f}s" for edit, seconds
                                                               in runs[name][-1]["seconds"].items()), flush=True)
    print_table(runs)


def _checkout(revision: str, work: Path) -> Path:
    """A worktree of `revision` under `work` (made again each time)."""
    tree = work / f"tree-{revision.replace('/', '-')}"
    subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(tree)], capture_output=True)
    shutil.rmtree(tree, ignore_errors=True)
    subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", "--force", str(tree), revision],
                   check=True, capture_output=True)
    return tree


def _run(code: Path, corpus: Path, folder: Path) -> dict:
    """One version's first build and timed rebuilds, in a process of its own; its cache folder is kept."""
    for part in ("seeds", "held"):
        shutil.rmtree(folder / part, ignore_errors=True)
        shutil.copytree(corpus / part, folder / part)
    done = subprocess.run([sys.executable, __file__, "--child", str(code / "hooks"), str(folder)],
                          check=True, capture_output=True, text=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def child(hooks: Path, folder: Path) -> dict:
    """In this process: the code of `hooks`, the first build, then each edit and its timed rebuild."""
    sys.path.insert(0, str(hooks))
    sys.path.insert(1, str(ROOT / "scripts"))
    import hashlib
    import time

    from bench import EDITS, edit_seeds
    from explainer import warm
    from explainer.site import build_site

    def built() -> tuple[float, str]:
        started = time.perf_counter()
        content = build_site(folder / "seeds", cache_dir=folder / "cache")
        seconds = time.perf_counter() - started
        digest = hashlib.sha256()
        for files in (content.pages, content.data):
            for path in sorted(files):
                digest.update(f"{path}\n{files[path]}\n".encode("utf-8", "surrogatepass"))
        return seconds, digest.hexdigest()[:12]

    warm.keep(True)
    built()
    seconds, hashes = {}, {}
    for edit in EDITS:
        edit_seeds(edit, folder / "seeds", folder / "held")
        seconds[edit], hashes[edit] = built()
    return {"seconds": seconds, "hashes": hashes}


def print_table(runs: dict[str, list[dict]]) -> None:
    """One row per edit: each round's seconds per version, the ratio of the medians, whether the output agreed."""
    print("| edit | before (s) | after (s) | after / before (medians) | same output |")
    print("|---|---|---|---|---|")
    before, after = runs["before"], runs["after"]
    for edit in before[0]["seconds"]:
        old = [run["seconds"][edit] for run in before]
        new = [run["seconds"][edit] for run in after]
        same = {run["hashes"][edit] for run in before + after}
        print(f"| {edit} | {', '.join(f'{s:.2f}' for s in old)} | {', '.join(f'{s:.2f}' for s in new)} "
              f"| {statistics.median(new) / statistics.median(old):.2f} | {'yes' if len(same) == 1 else 'no'} |")
    total_old = statistics.median(sum(run["seconds"].values()) for run in before)
    total_new = statistics.median(sum(run["seconds"].values()) for run in after)
    print(f"| all | {total_old:.2f} | {total_new:.2f} | {total_new / total_old:.2f} | |")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "--child":
        print(json.dumps(child(Path(sys.argv[2]), Path(sys.argv[3]))))
    else:
        main()
