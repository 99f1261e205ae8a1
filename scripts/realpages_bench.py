#!/usr/bin/env python3
"""Measure article extraction on real saved web pages and on the seeds, with trafilatura beside it.

Usage::

    python scripts/realpages_bench.py [--sets zyte id seeds] [--work DIR] [--pipeline] [--keep] [--record]

For each set it builds a copy of this project's site with that set as its seeds folder:

* `zyte`: the 181 Zyte benchmark pages (`/work/shared/realpages/zyte/html/*.html.gz`, gunzipped to `<id>.html`);
* `id`: the 17 Indonesian pages in `/work/shared/realpages/id/`;
* `seeds`: the project's own five `seeds/`.

The build is `mkdocs build` through a config that inherits `mkdocs.yml` and points `extra.explainer.seeds` at the
set's folder (with `--pipeline`: the plain pipeline `build_site`, which writes the same `data/*.json`, without MkDocs
and Pagefind). Then it runs the shared scorers on the built site: `realpages/score_pages.py` (body F1, precision,
recall with the Zyte benchmark's 4-word-shingle metric, title and date matches, pages rejected) for `zyte` and `id`,
and `eval/score.py all` (seed bodies, metadata, timeline, glossary) for `seeds`.

Beside the project it scores trafilatura's own `extract()` (defaults, `output_format="txt"`) and its metadata
(`extract_metadata`: title, date) on the same pages, written as an `articles.json` of the same shape and scored by the
same `score_pages.py`.

It also reports the time per saved page: milliseconds of the project's `read_article` (HTML parsing, content area,
cleaning, metadata) and of trafilatura's `extract()` on each page, one process, averaged over the set.

Last, the time to read one page of 20,000 nested `<div>`s (about 200 KB), which was quadratic before.

Prints one table (one row per set and extractor); nothing is asserted; `--record` also writes it into its section
of BENCHMARKS.md. Goals: see the README's Cleaning section.
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXPLAINER_SHARED", "/work/shared"))
REALPAGES = SHARED / "realpages"
SCORE_PAGES = REALPAGES / "score_pages.py"
SCORE_SEEDS = SHARED / "eval" / "score.py"
SEEDS_GOLD = SHARED / "eval" / "seeds.json"
SUMMARY = re.compile(r"pages=(\d+) missing=(\d+) f1=([\d.]+) precision=([\d.]+) recall=([\d.]+) "
                     r"title=(\S+) date=(\S+)")

sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "scripts"))

from bench import write_config  # noqa: E402
from benchfile import recording  # noqa: E402

SECTION = "Real saved pages (`scripts/realpages_bench.py`)"  # of BENCHMARKS.md


def prepare_seeds(which: str, work: Path) -> Path:
    """A folder holding the set's pages as seed files."""
    if which == "seeds":
        return ROOT / "seeds"
    folder = work / f"seeds-{which}"
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    if which == "zyte":
        for path in sorted((REALPAGES / "zyte" / "html").glob("*.html.gz")):
            (folder / path.name[:-3]).write_bytes(gzip.decompress(path.read_bytes()))
    else:
        for path in sorted((REALPAGES / "id").glob("*.html")):
            shutil.copyfile(path, folder / path.name)
    return folder


def build_project(seeds: Path, out: Path, pipeline: bool) -> float:
    """Build the site from `seeds` into `out`; seconds taken."""
    if out.exists():
        shutil.rmtree(out)
    started = time.perf_counter()
    if pipeline:
        from explainer.site import build_site

        content = build_site(seeds)
        for path, text in content.data.items():
            target = out / path
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        return time.perf_counter() - started
    config = out.parent / f"{out.name}-mkdocs.yml"
    write_config(config, seeds, out.parent / (out.name + "-cache"))
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(out)],
                            capture_output=True, text=True, env=env, cwd=ROOT)
    if result.returncode:
        raise SystemExit(f"build failed for {seeds}:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return time.perf_counter() - started


def score_pages(site_or_json: Path, which: str, seeds: Path) -> dict:
    """The score_pages.py summary as numbers."""
    result = subprocess.run([sys.executable, str(SCORE_PAGES), str(site_or_json), "--set", which,
                             "--pages", str(seeds), "--quiet"], capture_output=True, text=True)
    match = SUMMARY.search(result.stdout)
    if not match:
        raise SystemExit(f"score_pages.py gave no summary:\n{result.stdout}\n{result.stderr}")
    pages, missing, f1, precision, recall, title, date = match.groups()
    return {"pages": int(pages), "rejected": int(missing), "f1": float(f1), "precision": float(precision),
            "recall": float(recall), "title": title, "date": date}


def score_seeds(site: Path) -> str:
    """eval/score.py's lines for the seeds (its summary lines only)."""
    result = subprocess.run([sys.executable, str(SCORE_SEEDS), "all", str(site), str(SEEDS_GOLD)],
                            capture_output=True, text=True)
    lines = [line for line in result.stdout.splitlines() if line.startswith(("articles", "timeline", "glossary"))]
    return "\n".join(lines) or result.stdout[-2000:]


def project_ms_per_page(seeds: Path) -> float:
    """Mean milliseconds of the project's read_article per seed file."""
    from explainer.ingest.load import read_article

    files = sorted(path for path in seeds.iterdir() if path.suffix in (".html", ".txt"))
    started = time.perf_counter()
    for path in files:
        read_article(path.name, path.read_bytes())
    return (time.perf_counter() - started) * 1000 / max(1, len(files))


def trafilatura_articles(seeds: Path, out: Path) -> tuple[Path, float]:
    """Trafilatura's extract() and metadata for every page, as an articles.json; and ms per page of extract()."""
    import trafilatura
    from trafilatura.metadata import extract_metadata

    records = []
    spent = 0.0
    for path in sorted(seeds.glob("*.html")):
        raw = path.read_bytes()
        started = time.perf_counter()
        text = trafilatura.extract(raw) or ""  # its defaults, and its own decoding of the bytes
        spent += time.perf_counter() - started
        meta = extract_metadata(raw.decode("utf-8", errors="replace"))
        records.append({"source_file": path.name, "title": meta.title if meta else None,
                        "published": meta.date if meta else None,
                        "paragraphs": [line for line in text.split("\n") if line.strip()]})
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps([r for r in records if r["paragraphs"]], ensure_ascii=False), encoding="utf-8")
    return out, spent * 1000 / max(1, len(records))


def nested_page_seconds(levels: int = 20_000) -> tuple[int, float]:
    """(bytes, seconds) of read_article on a page whose one paragraph sits under `levels` nested <div>s."""
    from explainer.ingest.load import read_article

    markup = ("<html><head><title>Judul berita di halaman yang sangat dalam</title></head><body>" + "<div>" * levels +
              "<p>Ini adalah satu kalimat berita yang cukup panjang untuk dibaca sebagai teks artikel.</p>" +
              "</div>" * levels + "</body></html>").encode()
    started = time.perf_counter()
    read_article("nested.html", markup)
    return len(markup), time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", nargs="+", default=["zyte", "id", "seeds"], choices=("zyte", "id", "seeds"))
    parser.add_argument("--work", type=Path, help="working folder (default: a temporary one)")
    parser.add_argument("--pipeline", action="store_true", help="run build_site instead of mkdocs build (faster)")
    parser.add_argument("--no-trafilatura", action="store_true", help="skip the trafilatura rows")
    parser.add_argument("--keep", action="store_true", help="keep the working folder")
    parser.add_argument("--record", action="store_true", help="also write the output into its section of BENCHMARKS.md")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="realpages-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows = []
    seed_report = ""
    for which in args.sets:
        seeds = prepare_seeds(which, work)
        site = work / f"site-{which}"
        seconds = build_project(seeds, site, args.pipeline)
        ms = project_ms_per_page(seeds)
        if which == "seeds":
            seed_report = score_seeds(site)
            rows.append((which, "this project", None, ms, seconds))
            continue
        rows.append((which, "this project", score_pages(site, which, seeds), ms, seconds))
        if not args.no_trafilatura:
            articles, tms = trafilatura_articles(seeds, work / f"trafilatura-{which}" / "articles.json")
            rows.append((which, "trafilatura extract()", score_pages(articles, which, seeds), tms, None))
    size, nested = nested_page_seconds()
    with recording(args.record, SECTION):
        _print_table(rows, seed_report, size, nested)
    if not args.keep and not args.work:
        shutil.rmtree(work, ignore_errors=True)
    return 0


def _print_table(rows: list, seed_report: str, size: int, nested_seconds: float) -> None:
    """The table of the sets and extractors, the seeds' scores, the nested page's time."""
    print(f"{'set':6} {'extractor':22} {'pages':>5} {'rejected':>8} {'F1':>6} {'P':>6} {'R':>6} {'title':>6} "
          f"{'date':>6} {'ms/page':>8} {'build s':>8}")
    for which, name, score, ms, seconds in rows:
        build = f"{seconds:8.1f}" if seconds is not None else f"{'':8}"
        if score is None:
            print(f"{which:6} {name:22} {'':>5} {'':>8} {'':>6} {'':>6} {'':>6} {'':>6} {'':>6} {ms:8.1f} {build}")
            continue
        print(f"{which:6} {name:22} {score['pages']:5d} {score['rejected']:8d} {score['f1']:6.3f} "
              f"{score['precision']:6.3f} {score['recall']:6.3f} {score['title']:>6} {score['date']:>6} "
              f"{ms:8.1f} {build}")
    if seed_report:
        print("seeds, eval/score.py all:")
        print(seed_report)
    print(f"20,000 nested <div>s ({size / 1000:.0f} KB): {nested_seconds:.2f} s")


if __name__ == "__main__":
    sys.exit(main())
