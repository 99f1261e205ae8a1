#!/usr/bin/env python3
"""Benchmark the explainer build on generated text and saved-page corpora against plain mkdocs-material.

Usage::

    python scripts/bench.py [--sizes 100 1000 10000] [--formats text html] [--html] [--work DIR] [--seed 1]
                            [--workers N] [--executor tcp://host:8786] [--set NAME=VALUE ...] [--record]

`--sizes` picks the corpus sizes (default 100, 1,000 and 10,000; two sizes four times apart, e.g. `--sizes 2500
10000`, show how each corpus step grows); `--generator PATH` writes the corpora with another generator of the same
command line (e.g. ../shared/bench/make_corpus.py, the shared one, so figures compare across time; text
only); `--formats` the kinds of corpus: `text`
(raw `.txt` scrapes) and `html` (saved `.html` pages in several outlet templates, see
scripts/html_layouts.py); `--html` is short for `--formats html`; `--workers` and `--executor` set where the
per-article step runs (`extra.explainer.workers` / `executor`, see the README); `--set NAME=VALUE` adds any
other `extra.explainer` setting (e.g. `--set search_split=year`). For each kind and size it
generates a corpus with scripts/make_corpus.py (with its manifest), then measures:

* full build: `mkdocs build` of the real site from the raw corpus with a cold cache (all extraction included):
  wall time and milliseconds per page, CPU time (user + system, summed over every process of the build: the
  worker pool and Pagefind included; much less sensitive than wall time to other load on the machine), peak
  memory (RSS of the largest process), seconds per article in each pipeline stage, output size, average
  article page size, and the search payload a reader downloads before the first result;
* rebuild sequence (two generated articles are held back from the cold build): one article added, one
  changed, one removed, each rebuilt with the warm cache, then once more with another article of the same edit
  and `mkdocs build --dirty` into the same site folder (what `mkdocs serve --dirty` does on a save): wall
  time, the explainer's own part (pipeline seconds and the wait for the search index, from the build log)
  apart from MkDocs' and the rest, against the goals (own work <= 5 s, the whole <= 1.2x the baseline's cold
  build);
* corpus and render steps: seconds of each (timeline, glossary and their parts, quotes, undated anchoring,
  the generated pages, coverage, exports) from the log the cold build writes where EXPLAINER_STEP_TIMES
  points (explainer.steptimes); with two sizes of one kind, the growth, flagged when a step grows more than
  5x for 4x the corpus;
* extraction: milliseconds of CPU per article in each extraction step (clean, dates, entities, quotes);
* baseline: a plain mkdocs-material build (no hooks, only the home page in the nav) of the same article
  bodies as ready Markdown pages, with the same figures, in the same run; the table gives both the wall-time
  and the CPU-time ratio to it;
* quality at scale against the manifest: cleaning F1 (exact paragraphs), entity recall (a glossary entry
  holding one of the planted aliases and mentioning the article), event-date recall (a timeline entry with
  the planted date, end and granularity citing the article).

Prints one Markdown table on stdout (progress lines go to stderr), one explainer row and one baseline row per
corpus (format and size): wall and CPU time, their ratios to the baseline, peak RSS, pipeline seconds, ms per
page, milliseconds per article in each stage, output size, average article page, search payload, the
one-changed-seed rebuild (wall, pipeline and search wait), cleaning F1, entity recall and event recall; the
figures also go to WORK/results.json. A second, compact table gives the goals of issue 17 (cold build, rebuild
and dirty rebuild against the baseline's cold build, peak RSS, quality); `--print WORK/results.json ...`
prints both tables again from earlier runs, joined; `--record` also writes them into their section of
BENCHMARKS.md (``benchfile``), which holds the last recorded run. Nothing is asserted: the goals are read off the
table.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import re
import shutil
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

from benchfile import recording  # noqa: E402

SECTION = "Scale (`scripts/bench.py`)"  # of BENCHMARKS.md
MAKE_CORPUS = ROOT / "scripts" / "make_corpus.py"
SHARED_GENERATOR = Path("shared") / "bench" / "make_corpus.py"  # the shared generator's path ends so (../ of the repo)
SUMMARY = re.compile(r"explainer: (\d+) articles .*?in ([\d.]+)s \((.*)\)")
STEP_TIMES = "EXPLAINER_STEP_TIMES"  # explainer.steptimes: the build appends its corpus and render step times there
HELD_BACK = 2  # generated articles kept out of the cold build: the articles the rebuild sequence adds
OWN_GOAL, WHOLE_GOAL = 5.0, 1.2  # issue 26: own work of a one-article rebuild <= 5 s; whole <= 1.2x baseline cold
GROWTH_FLAG = (4, 5)  # a step flagged when it grows more than 5x for 4x the corpus (the same exponent otherwise)
WAITED = re.compile(r"build waited ([\d.]+)s")


def run_measured(command: list[str], cwd: Path, env: dict[str, str] | None = None) -> tuple[float, int, str, float]:
    """(wall seconds, peak RSS in bytes of the largest process, combined output, CPU seconds of the command and
    every process it started: user + system) of a command (`env`: more environment variables)."""
    wrapper = (
        "import resource, subprocess, sys\n"
        "p = subprocess.run(sys.argv[1:], capture_output=True, text=True)\n"
        "sys.stdout.write(p.stdout + p.stderr)\n"
        "usage = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print('PEAK_KB', usage.ru_maxrss, 'CPU_S', usage.ru_utime + usage.ru_stime)\n"
        "sys.exit(p.returncode)\n"
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})}
    started = time.perf_counter()
    result = subprocess.run([sys.executable, "-c", wrapper, *command], cwd=cwd, capture_output=True, text=True,
                            env=env)
    seconds = time.perf_counter() - started
    if result.returncode:
        raise SystemExit(f"command failed: {' '.join(command)}\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    usage = re.search(r"PEAK_KB (\d+) CPU_S ([\d.]+)", result.stdout)
    return seconds, int(usage.group(1)) * 1024, result.stdout, float(usage.group(2))


def folder_size(folder: Path, pattern: str = "*") -> tuple[int, int]:
    """(bytes, files) of the files under `folder` matching `pattern`."""
    sizes = [path.stat().st_size for path in folder.rglob(pattern) if path.is_file()]
    return sum(sizes), len(sizes)


def article_page_average(site: Path) -> float:
    pages = [path for path in (site / "artikel").glob("*/index.html") if path.parent.name not in ("media",)]
    return sum(path.stat().st_size for path in pages) / max(len(pages), 1)


def search_payload(site: Path) -> int:
    """Bytes a reader downloads before the first search result (index files and search scripts; with a split
    index, those of every bundle the search box merges)."""
    total = 0
    lunr = site / "search" / "search_index.json"
    if lunr.exists():
        total += lunr.stat().st_size
        total += sum(path.stat().st_size for path in (site / "assets" / "javascripts" / "workers").glob("search*.js"))
    pagefind = site / "pagefind"
    if pagefind.is_dir():
        for name in ("pagefind.js", "wasm.id.pagefind", "wasm.unknown.pagefind"):
            if (pagefind / name).exists():
                total += (pagefind / name).stat().st_size
        manifest = pagefind / "explainer-indexes.json"
        merged = json.loads(manifest.read_text(encoding="utf-8"))["merge"] if manifest.exists() else []
        for bundle in [pagefind, *(pagefind / folder for folder in merged)]:  # the main bundle and every merged one
            entry = bundle / "pagefind-entry.json"
            total += entry.stat().st_size if entry.exists() else 0
            total += sum(path.stat().st_size for path in bundle.glob("pagefind.*.pf_meta"))
            fragments = sorted(path.stat().st_size for path in (bundle / "index").glob("*.pf_index"))
            total += fragments[len(fragments) // 2] if fragments else 0  # one index chunk for a typical query
    return total


def write_config(path: Path, seeds: Path, cache: Path | None, executor: dict[str, object] | None = None) -> None:
    """A config inheriting the project's, reading `seeds`, caching in `cache` (None: no cache); `executor` adds
    `extra.explainer.workers` / `executor` settings. The one writer of such configs (benchmarks and tests)."""
    settings = "".join(f"    {name}: {value}\n" for name, value in (executor or {}).items() if value is not None)
    path.write_text(
        f"INHERIT: {ROOT / 'mkdocs.yml'}\n"
        f"docs_dir: {ROOT / 'docs'}\n"
        f"theme:\n  custom_dir: {ROOT / 'overrides'}\n"
        f"hooks:\n  - {ROOT / 'hooks' / 'explainer_hooks.py'}\n"
        f"watch:\n  - {seeds}\n"
        f"extra:\n  explainer:\n    seeds: {seeds}\n    cache: {'false' if cache is None else cache}\n{settings}",
        encoding="utf-8",
    )


def write_baseline(folder: Path, manifest: dict) -> Path:
    """A plain Material project whose pages are the planted article bodies as ready Markdown."""
    docs = folder / "docs"
    (docs / "artikel").mkdir(parents=True, exist_ok=True)
    (docs / "index.md").write_text("# Beranda\n\nArtikel.\n", encoding="utf-8")
    for number, record in enumerate(manifest["articles"]):
        body = "\n\n".join(record["body"])
        (docs / "artikel" / f"{number:05d}.md").write_text(f"# {record['title']}\n\n{body}\n", encoding="utf-8")
    config = folder / "mkdocs.yml"
    config.write_text("site_name: Baseline\ntheme:\n  name: material\n  language: id\n  font: false\n"
                      "plugins:\n  - search\nnav:\n  - Beranda: index.md\n"
                      "validation:\n  omitted_files: ignore\n", encoding="utf-8")
    return config


def quality(site: Path, manifest: dict) -> dict[str, float]:
    """Cleaning F1, entity recall and event-date recall of the built exports against the manifest."""
    articles = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    glossary = json.loads((site / "data" / "glossary.json").read_text(encoding="utf-8"))
    timeline = json.loads((site / "data" / "timeline.json").read_text(encoding="utf-8"))
    by_file = {record["source_file"]: record for record in articles}
    id_of = {record["source_file"]: record["id"] for record in articles}
    true_positive = false_positive = false_negative = 0
    for record in manifest["articles"]:
        got = Counter(by_file.get(record["file"], {}).get("paragraphs", []))
        want = Counter(record["body"])
        common = sum((got & want).values())
        true_positive += common
        false_positive += sum(got.values()) - common
        false_negative += sum(want.values()) - common
    precision = true_positive / max(true_positive + false_positive, 1)
    recall = true_positive / max(true_positive + false_negative, 1)

    alias_owner: dict[tuple[str, str], bool] = {}
    for entry in glossary:
        for alias in entry["aliases"]:
            for article_id in entry["mentions"]:
                alias_owner[(alias, article_id)] = True
    entities_found = entities_total = 0
    for record in manifest["articles"]:
        article_id = id_of.get(record["file"])
        for entity in record["entities"]:
            entities_total += 1
            entities_found += any(alias_owner.get((alias, article_id)) for alias in entity["aliases"])

    dated: set[tuple[str, str, str | None, str]] = set()
    for entry in timeline:
        for source in entry["sources"]:
            dated.add((source["article"], entry["date"], entry["end"], entry["granularity"]))
    events_found = events_total = 0
    for record in manifest["articles"]:
        article_id = id_of.get(record["file"])
        for event in record["events"]:
            if not event["resolvable"]:
                continue
            events_total += 1
            granularity = "day" if event["granularity"] == "week" else event["granularity"]
            events_found += (article_id, event["date"], event["end"], granularity) in dated
    return {"clean_f1": 2 * precision * recall / max(precision + recall, 1e-9),
            "entity_recall": entities_found / max(entities_total, 1),
            "event_recall": events_found / max(events_total, 1)}


def bench_size(size: int, work: Path, seed: int, kind: str = "text",
               executor: dict[str, object] | None = None, reuse: bool = False, rebuilds: bool = True,
               generator: Path = MAKE_CORPUS) -> dict:
    """Every figure of one corpus (`kind` text or html, `size` articles, written by `generator`) and of its
    baseline. `reuse`: keep a corpus generated by an earlier run in the same folder (a large one takes minutes
    to write); `rebuilds` False: the cold build and the baseline only."""
    folder = work / f"{kind}-{size}"
    seeds, manifest_path, held = folder / "seeds", folder / "truth.json", folder / "held"
    if reuse and manifest_path.exists():
        for name in ("site", "cache", "baseline"):
            shutil.rmtree(folder / name, ignore_errors=True)
        for path in held.glob("*"):  # what an earlier run added or removed goes back to where it was
            path.replace(seeds / path.name)
    else:
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        subprocess.run([sys.executable, str(generator), "--n", str(size + HELD_BACK), "--seed", str(seed), "--out",
                        str(seeds), "--manifest", str(manifest_path), *(["--html"] if kind == "html" else [])],
                       check=True, capture_output=True)
    held_back = hold_back(seeds, held, HELD_BACK)
    manifest = json.loads(manifest_path.read_text(encoding="utf-8"))
    manifest["articles"] = [record for record in manifest["articles"] if record["file"] not in held_back]
    config, cache, site = folder / "mkdocs.yml", folder / "cache", folder / "site"
    write_config(config, seeds, cache, executor)
    build = [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(site)]
    steps_log = folder / "steps.jsonl"
    steps_log.unlink(missing_ok=True)
    wall, peak, output, cpu = run_measured(build, ROOT, {STEP_TIMES: str(steps_log)})
    summary = SUMMARY.search(output)
    stages = dict((name, float(value[:-1])) for name, value in
                  (part.split() for part in summary.group(3).split(", "))) if summary else {}
    out_bytes, out_files = folder_size(site)
    result = {
        "kind": kind, "size": size, "wall": wall, "cpu": cpu, "peak": peak, "pipeline": pipeline_seconds(output),
        "stages_ms": {name: 1000 * value / size for name, value in stages.items()},
        "steps": read_steps(steps_log), **({} if generator == MAKE_CORPUS else {"generator": str(generator)}),
        "out_bytes": out_bytes, "out_files": out_files, "page_avg": article_page_average(site),
        "search": search_payload(site), **quality(site, manifest),
        "search_wait": search_wait(output),
    }
    if rebuilds:
        result.update(_rebuilds(build, seeds, held))
        result["rebuilds"] += _serve_rebuilds(config, site, seeds, held)
    result["baseline"] = _baseline(folder, manifest)
    return result


def hold_back(seeds: Path, held: Path, count: int) -> list[str]:
    """Move the last `count` seed files (by name) into `held`: the cold build goes without them, the rebuild
    sequence adds them one at a time. Returns their names."""
    held.mkdir(exist_ok=True)
    files = sorted(path for path in seeds.iterdir() if path.suffix in (".txt", ".html"))[-count:]
    for path in files:
        path.replace(held / path.name)
    return [path.name for path in files]


def read_steps(log: Path) -> dict[str, float]:
    """Seconds of each corpus and render step from the first build the step-time log holds ({} without one)."""
    if not log.exists():
        return {}
    lines = log.read_text(encoding="utf-8").splitlines()
    return json.loads(lines[0])["steps"] if lines else {}


def pipeline_seconds(output: str) -> float:
    """The hooks' own seconds, from the summary line a build logs (0 when it logged none)."""
    summary = SUMMARY.search(output)
    return float(summary.group(2)) if summary else 0.0


def search_wait(output: str) -> float:
    """How long a build waited for its search index at the end, from its log (0 when it did not)."""
    waited = WAITED.search(output)
    return float(waited.group(1)) if waited else 0.0


EDITS = ("add", "change", "remove")  # the one-article edits of the rebuild sequence, in order


def edit_seeds(edit: str, seeds: Path, held: Path) -> Path:
    """One article added (a held-back file moved into the seeds), changed (change_one_seed) or removed (a file
    from the middle of the corpus moved out into `held`)."""
    if edit == "add":
        path = sorted(held.glob("*"))[0]
        return path.replace(seeds / path.name)
    if edit == "change":
        return change_one_seed(seeds)
    files = sorted(path for path in seeds.iterdir() if path.suffix in (".txt", ".html"))
    return files[len(files) // 3].replace(held / files[len(files) // 3].name)


def _rebuilds(build: list[str], seeds: Path, held: Path) -> dict:
    """The rebuild sequence: for each of EDITS, one edit then a rebuild (warm cache, the site folder emptied
    first), another edit of the same kind then `mkdocs build --dirty` into the same site folder (what
    `mkdocs serve --dirty` does on a save). The change rebuilds also fill the older one-change fields."""
    result: dict = {"rebuilds": []}
    for edit in EDITS:
        for dirty in (False, True):
            edit_seeds(edit, seeds, held)
            wall, _, output, cpu = run_measured(build + (["--dirty"] if dirty else []), ROOT)
            result["rebuilds"].append({"edit": edit, "dirty": dirty, "wall": wall, "cpu": cpu,
                                       "pipeline": pipeline_seconds(output), "search_wait": search_wait(output)})
    change, dirty_change = (row for row in result["rebuilds"] if row["edit"] == "change")
    result["rebuild_wall"], result["rebuild_pipeline"] = change["wall"], change["pipeline"]
    result["rebuild_search_wait"] = change["search_wait"]
    result["dirty_wall"], result["dirty_cpu"] = dirty_change["wall"], dirty_change["cpu"]
    result["dirty_pipeline"], result["dirty_search_wait"] = dirty_change["pipeline"], dirty_change["search_wait"]
    return result


def _serve_rebuilds(config: Path, site: Path, seeds: Path, held: Path) -> list[dict]:
    """The same edits as `mkdocs serve` (and `serve --dirty`) rebuilds them: every build in one process, which
    keeps what the last build read (scripts/serve_rebuild.py; its first, warm-start build is not counted)."""
    rows = []
    for dirty in (False, True):
        command = [sys.executable, str(ROOT / "scripts" / "serve_rebuild.py"), str(config), str(seeds), str(held),
                   "--site", str(site), *(["--dirty"] if dirty else [])]
        done = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False,
                              env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
        if done.returncode:
            raise SystemExit(f"command failed: {' '.join(command)}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}")
        rows += [{**row, "serve": True} for row in map(json.loads, done.stdout.splitlines()) if row["edit"] != "start"]
    return rows


def _baseline(folder: Path, manifest: dict) -> dict:
    """The plain mkdocs-material build of the same bodies: wall, CPU, peak RSS, output, page and search size."""
    base = folder / "baseline"
    base_config = write_baseline(base, manifest)
    base_site = base / "site"
    wall, peak, _, cpu = run_measured([sys.executable, "-m", "mkdocs", "build", "-f", str(base_config), "-d",
                                  str(base_site)], ROOT)
    base_bytes, _ = folder_size(base_site)
    base_pages = list((base_site / "artikel").glob("*/index.html"))
    return {"wall": wall, "cpu": cpu, "peak": peak, "out_bytes": base_bytes,
            "page_avg": sum(p.stat().st_size for p in base_pages) / max(len(base_pages), 1),
            "search": search_payload(base_site)}


def change_one_seed(seeds: Path) -> Path:
    """Edit one word of the body of a seed file from the middle of the corpus (the "one edit" of a rebuild)."""
    files = sorted(path for path in seeds.iterdir() if path.suffix in (".txt", ".html"))
    for path in files[len(files) // 2:] + files[:len(files) // 2]:
        text = path.read_text(encoding="utf-8")
        if " dan " in text:
            path.write_text(text.replace(" dan ", " serta ", 1), encoding="utf-8")
            return path
    raise SystemExit(f"no seed file in {seeds} to change")


def megabytes(value: float) -> str:
    return f"{value / 1_000_000:.1f} MB"


def print_table(results: list[dict]) -> None:
    print("| corpus | articles | build | wall | ms/page | × baseline | CPU | CPU × baseline | peak RSS | pipeline "
          "| clean | dates | entities | merge | render | output | article page | search payload | rebuild (1 changed) | clean F1 | entity recall | event recall |")
    print("|" + "---|" * 22)
    for r in results:
        s, b = r["stages_ms"], r["baseline"]
        kind = corpus_label(r)
        print(f"| {kind} | {r['size']:,} | explainer | {r['wall']:.1f} s | {1000 * r['wall'] / r['size']:.1f} "
              f"| {r['wall'] / b['wall']:.2f} | {r.get('cpu', 0):.1f} s "
              f"| {r.get('cpu', 0) / max(b.get('cpu', 0), 1e-9):.2f} | {megabytes(r['peak'])} "
              f"| {r['pipeline']:.1f} s | {s.get('clean', 0):.2f} ms | {s.get('dates', 0):.2f} ms "
              f"| {s.get('entities', 0):.2f} ms | {s.get('merge', 0):.2f} ms | {s.get('render', 0):.2f} ms "
              f"| {megabytes(r['out_bytes'])} | {r['page_avg'] / 1000:.1f} KB | {megabytes(r['search'])} "
              f"| {_rebuild_text(r)} | {r['clean_f1']:.4f} "
              f"| {r['entity_recall']:.4f} | {r['event_recall']:.4f} |")
        print(f"| {kind} | {r['size']:,} | baseline | {b['wall']:.1f} s | {1000 * b['wall'] / r['size']:.1f} | 1.00 | "
              f"{b.get('cpu', 0):.1f} s | 1.00 | {megabytes(b['peak'])} | — | — | — | — | — | — "
              f"| {megabytes(b['out_bytes'])} | {b['page_avg'] / 1000:.1f} KB | {megabytes(b['search'])} "
              "| — | — | — | — |")


def _rebuild_text(r: dict) -> str:
    if "rebuild_wall" not in r:
        return "—"
    return (f"{r['rebuild_wall']:.1f} s (pipeline {r['rebuild_pipeline']:.2f} s + search wait "
            f"{r['rebuild_search_wait']:.1f} s)")


def corpus_label(result: dict) -> str:
    """The corpus column: its kind, with the generator when not scripts/make_corpus.py and the settings it was
    built with ("text, shared make_corpus.py, search_split=year")."""
    generator = result.get("generator")
    source = [] if not generator else ["shared make_corpus.py" if Path(generator).parts[-3:] == SHARED_GENERATOR.parts
                                       else generator]
    return ", ".join([result.get("kind", "text"), *source, *result.get("settings", [])])


def print_goals(results: list[dict]) -> None:
    """The compact table of issue 17's goals (the README shows it): cold build and rebuilds against the
    baseline's cold build, peak memory, quality."""
    print("| corpus | articles | cold build | × baseline (wall / CPU) | peak RSS | rebuild, 1 changed | × baseline "
          "| of it beyond MkDocs | `--dirty` rebuild | × baseline | clean F1 | entity recall | event recall |")
    print("|" + "---|" * 13)
    for r in results:
        b = r["baseline"]
        rebuild = (f"{r['rebuild_wall']:.1f} s | {r['rebuild_wall'] / b['wall']:.2f} "
                   f"| {r['rebuild_pipeline'] + r['rebuild_search_wait']:.1f} s" if "rebuild_wall" in r else "— | — | —")
        dirty = (f"{r['dirty_wall']:.1f} s | {r['dirty_wall'] / b['wall']:.2f}" if "dirty_wall" in r else "— | —")
        print(f"| {corpus_label(r)} | {r['size']:,} | {r['wall']:.1f} s (baseline {b['wall']:.1f} s) "
              f"| {r['wall'] / b['wall']:.2f} / {r.get('cpu', 0) / max(b.get('cpu', 0), 1e-9):.2f} "
              f"| {megabytes(r['peak'])} | {rebuild} | {dirty} | {r['clean_f1']:.3f} | {r['entity_recall']:.3f} "
              f"| {r['event_recall']:.3f} |")


def print_rebuilds(results: list[dict]) -> None:
    """The rebuild sequence of issue 26: each one-article edit, rebuilt plainly and with `--dirty`, the
    explainer's own part (pipeline + search wait, from the build log) apart from MkDocs', against the goals."""
    print(f"| corpus | articles | edit | build | wall | × baseline cold (goal ≤ {WHOLE_GOAL}) | pipeline "
          f"| search wait | own work (goal ≤ {OWN_GOAL:.0f} s) | MkDocs and the rest | goals |")
    print("|" + "---|" * 11)
    for r in results:
        base = r["baseline"]["wall"]
        for row in r.get("rebuilds", []):
            own = row["pipeline"] + row["search_wait"]
            ratio = row["wall"] / base
            held = ("own ✓" if own <= OWN_GOAL else "own ✗") + (", whole ✓" if ratio <= WHOLE_GOAL else ", whole ✗")
            build = ("serve" if row.get("serve") else "build") + (" --dirty" if row["dirty"] else "")
            print(f"| {corpus_label(r)} | {r['size']:,} | {row['edit']} | {build} "
                  f"| {row['wall']:.1f} s | {ratio:.2f} (baseline {base:.1f} s) | {row['pipeline']:.2f} s "
                  f"| {row['search_wait']:.1f} s | {own:.1f} s | {row['wall'] - own:.1f} s | {held} |")


def growth_flag(small: float, large: float, size_ratio: float) -> str:
    """"⚠" when a step's time grows faster than GROWTH_FLAG allows for `size_ratio` times the corpus (5x for
    4x: an exponent of log 5 / log 4); steps under 0.05 s at the larger size are noise, never flagged."""
    corpus, allowed = GROWTH_FLAG
    limit = size_ratio ** (math.log(allowed) / math.log(corpus))
    return "⚠" if large >= 0.05 and large > limit * max(small, 1e-9) else ""


def print_steps(results: list[dict]) -> None:
    """Seconds of each corpus and render step at each size (from the cold build's step-time log); with two or
    more sizes of one corpus kind, the growth from the smallest to the largest, flagged (growth_flag)."""
    for kind in dict.fromkeys(corpus_label(r) for r in results):
        rows = sorted((r for r in results if corpus_label(r) == kind and r.get("steps")), key=lambda r: r["size"])
        if not rows:
            continue
        names = sorted({name for r in rows for name in r["steps"]})
        growth = len(rows) > 1
        ratio = rows[-1]["size"] / rows[0]["size"] if growth else 1.0
        print(f"| step ({kind}) | " + " | ".join(f"{r['size']:,}" for r in rows)
              + (f" | × for {ratio:.1f}× the corpus | flag |" if growth else " |"))
        print("|" + "---|" * (1 + len(rows) + 2 * growth))
        for name in names:
            times = [r["steps"].get(name, 0.0) for r in rows]
            cells = " | ".join(f"{value:.2f} s" for value in times)
            extra = (f" | {times[-1] / max(times[0], 1e-9):.1f} | {growth_flag(times[0], times[-1], ratio)} |"
                     if growth else " |")
            print(f"| {name} | {cells}{extra}")
        print()


def print_extraction(results: list[dict]) -> None:
    """Milliseconds of CPU per article in each extraction step (from the cold build's summary line)."""
    steps = ("clean", "dates", "entities", "quotes")
    print("| corpus | articles | " + " | ".join(f"{step} ms CPU/article" for step in steps) + " | total |")
    print("|" + "---|" * (3 + len(steps)))
    for r in results:
        values = [r["stages_ms"].get(step, 0.0) for step in steps]
        print(f"| {corpus_label(r)} | {r['size']:,} | " + " | ".join(f"{value:.2f}" for value in values)
              + f" | {sum(values):.2f} |")


def print_tables(results: list[dict]) -> None:
    """The full table, then the goal table, the rebuild sequence, the corpus and render steps, the extraction."""
    print_table(results)
    print()
    print_goals(results)
    if any(r.get("rebuilds") for r in results):
        print()
        print_rebuilds(results)
    if any(r.get("steps") for r in results):
        print()
        print_steps(results)
    else:
        print()
    print_extraction(results)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--work", type=Path, default=Path("/tmp/explainer-bench"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--formats", nargs="+", choices=("text", "html"), default=["text", "html"],
                        help="kinds of corpus: raw text scrapes and/or saved web pages (default both)")
    parser.add_argument("--html", action="store_true", help="saved-page corpora only (--formats html)")
    parser.add_argument("--workers", type=int, help="extra.explainer.workers for the builds (default: CPU count)")
    parser.add_argument("--executor", help="extra.explainer.executor: a Dask scheduler address (tcp://host:8786)")
    parser.add_argument("--set", dest="settings", action="append", default=[], metavar="NAME=VALUE",
                        help="another extra.explainer setting for the builds (e.g. search_split=year)")
    parser.add_argument("--generator", type=Path, default=MAKE_CORPUS, metavar="PATH",
                        help="the corpus generator (default scripts/make_corpus.py; ../shared/bench/make_corpus.py "
                             "is the shared one, so figures compare across time; text corpora only)")
    parser.add_argument("--reuse", action="store_true", help="keep a corpus an earlier run wrote in WORK")
    parser.add_argument("--cold-only", action="store_true", help="no rebuilds: the cold build and the baseline")
    parser.add_argument("--print", dest="printed", type=Path, nargs="+", metavar="RESULTS",
                        help="only print the tables of earlier runs' WORK/results.json files, joined")
    parser.add_argument("--record", action="store_true", help="also write the output into its section of BENCHMARKS.md")
    args = parser.parse_args(argv)
    if args.printed:
        with recording(args.record, SECTION):
            print_tables([row for path in args.printed for row in json.loads(path.read_text(encoding="utf-8"))])
        return 0
    kinds = ["html"] if args.html else args.formats
    if args.generator != MAKE_CORPUS:
        if args.html:
            parser.error("--generator writes text corpora only")
        kinds = ["text"]
    results = []
    for kind in kinds:
        for size in args.sizes:
            print(f"benchmarking {size} {kind} articles…", file=sys.stderr, flush=True)
            settings = {"workers": args.workers, "executor": args.executor,
                        **dict(item.split("=", 1) for item in args.settings)}
            result = bench_size(size, args.work, args.seed, kind, settings, args.reuse, not args.cold_only,
                                args.generator)
            result["settings"] = args.settings
            results.append(result)
    with recording(args.record, SECTION):
        print_tables(results)
    (args.work / "results.json").write_text(json.dumps(results, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
