#!/usr/bin/env python3
"""Pagefind's indexer as the corpus grows: time, peak memory and bundle size, whole and split per year.

Usage::

    python3 scripts/pagefind_bench.py [--sizes 1000 10000 25000 50000 100000] [--base 10000]
                                      [--work DIR] [--limit-gb 18] [--no-split | --no-whole] [--query kunjungan]
                                      [--record]

Generates `--base` text articles with ``scripts/make_corpus.py``, runs the pipeline on them without MkDocs
(``explainer.site.build_site``) and renders their light search pages as the search job does
(``explainer.search.pagefind.render_search_pages``: the articles, and the timeline, glossary and quote
pages as reference pages). A corpus of N articles takes the base articles again and again; each copy
after the first gets its own URLs and its own names (every capitalised word gets a suffix of the copy's
number), so the vocabulary grows with the corpus, and it is dated one base span of years earlier (the
base covers 2019-2025 by stated dates, 2012-2025 with inferred ones: each copy adds as many years of about as
many articles each).
Each corpus is indexed through ``explainer.search.bundles.build_bundles`` with every Pagefind run
measured by ``/usr/bin/time -v``: once whole and once split per publication year (the
``extra.explainer.search_split: year`` layout: one run per year, one for the reference pages). A whole
run whose peak is projected (linearly from the last measured size) above ``--limit-gb`` is skipped, and
one that leaves under 3 GB of the machine's memory free is stopped.

Prints one table: articles, light-page MB, then for the whole index and for the split one Pagefind wall
seconds, CPU seconds (user + system), peak RSS (the largest Pagefind run), bundle MB, and the bytes a
headless Chromium fetches from the bundle for one first query (``--query``) with its ten top results
(the search box's calls: import, mergeIndex of each listed bundle, search, data()), when Playwright and
Chromium are there. `--record` also writes the table into its section of BENCHMARKS.md (``benchfile``).
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
sys.path.insert(0, str(ROOT / "scripts"))

from bench import folder_size  # noqa: E402
from benchfile import recording  # noqa: E402

from explainer.render.mdtext import src_url  # noqa: E402
from explainer.search import pagefind as search  # noqa: E402
from explainer.search.bundles import LightPage, build_bundles, year_groups  # noqa: E402
from explainer.search.site_pages import REFERENCE_DIRS  # noqa: E402
from explainer.site import build_site  # noqa: E402

MAKE_CORPUS = ROOT / "scripts" / "make_corpus.py"
SECTION = "Pagefind's memory (`scripts/pagefind_bench.py`)"  # of BENCHMARKS.md
LOW_MEMORY = 3 * 1024 ** 3  # stop a run when the machine has less than this available
CONSONANTS = "bcdfghjklmnpqrstvwxz"
_CAPITALISED = re.compile(r"(?<![\w<])([A-Z][a-z]{2,})\b")
_URL_TAIL = re.compile(r"/$")


def base_pages(work: Path, count: int) -> tuple[list[LightPage], list[LightPage], dict[str, str], float]:
    """(article light pages, reference light pages, article URL -> year, seconds to render them) of a
    generated corpus of `count` articles."""
    seeds = work / f"seeds-{count}"
    if not seeds.is_dir() or len(list(seeds.glob("*.txt"))) < count:
        shutil.rmtree(seeds, ignore_errors=True)
        subprocess.run([sys.executable, str(MAKE_CORPUS), "--n", str(count), "--out", str(seeds)], check=True,
                       capture_output=True)
    content = build_site(seeds, cache_dir=work / "cache")
    articles = {article.src_path for article in content.articles}
    first = [(src_url(path), text, None, search.CONTENT) for path, text in sorted(content.pages.items())
             if path in articles]
    entry_of_anchor = {entry["id"]: [index] for index, entry in enumerate(content.glossary)}
    rest = [(src_url(path), text, entry_of_anchor if path.startswith("glosarium/") else None, search.REFERENCE)
            for path, text in sorted(content.pages.items()) if path.startswith(REFERENCE_DIRS)]
    started = time.perf_counter()
    pages = [search.page_from_markdown(*item) for item in first]
    titles = [page.title for page in pages]
    pages += [search.page_from_markdown(*item, page_titles=titles) for item in rest]
    glossary = [{"name": entry["name"], "aliases": list(entry["aliases"])} for entry in content.glossary]
    light, _ = search.render_search_pages(pages, glossary)
    seconds = time.perf_counter() - started
    years = year_groups((src_url(article.src_path), article.reference_date) for article in content.articles)
    return light[:len(first)], light[len(first):], years, seconds


def copy_tag(copy: int) -> str:
    """Letters naming a copy (1 -> "c", 21 -> "cc"): the suffix its names get."""
    tag = ""
    while copy:
        copy, digit = divmod(copy, len(CONSONANTS))
        tag = CONSONANTS[digit] + tag
    return tag


def corpus(articles: list[LightPage], years: dict[str, str], size: int) -> tuple[list[LightPage], dict[str, str]]:
    """`size` article light pages made from the base ones (see the module docstring) and their years."""
    span = len({year for year in years.values()}) or 1
    pages: list[LightPage] = []
    groups: dict[str, str] = {}
    for index in range(size):
        copy, (url, text) = divmod(index, len(articles))[0], articles[index % len(articles)]
        if copy:
            tag = copy_tag(copy)
            url = _URL_TAIL.sub(f"-{tag}/", url)
            text = _CAPITALISED.sub(lambda m: m.group(1) + tag, text)
        pages.append((url, text))
        year = years.get(articles[index % len(articles)][0])
        if year:
            groups[url] = f"tahun/{int(year.rsplit('/', 1)[1]) - span * copy}"
    return pages, groups


class MeasuredRun:
    """A `run(site, out)` for build_bundles that runs Pagefind under /usr/bin/time -v and keeps the figures."""

    def __init__(self) -> None:
        self.wall = self.cpu = 0.0
        self.peak = 0
        self.stopped = ""

    def __call__(self, site: Path, out: Path) -> float:
        started = time.perf_counter()
        child = subprocess.Popen(["/usr/bin/time", "-v", *search.pagefind_command(site, out)],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        watch = threading.Thread(target=self._watch, args=(child,), daemon=True)
        watch.start()
        output, report = child.communicate()
        seconds = time.perf_counter() - started
        if child.returncode:
            raise RuntimeError(self.stopped or f"pagefind failed: {(output + report)[-1500:]}")
        figures = dict(line.strip().rsplit(": ", 1) for line in report.splitlines() if ": " in line)
        self.peak = max(self.peak, int(figures["Maximum resident set size (kbytes)"]) * 1024)
        self.cpu += float(figures["User time (seconds)"]) + float(figures["System time (seconds)"])
        self.wall += seconds
        return seconds

    def _watch(self, child: subprocess.Popen) -> None:
        import psutil
        while child.poll() is None:
            if psutil.virtual_memory().available < LOW_MEMORY:
                self.stopped = "stopped: under 3 GB of memory left"
                child.kill()
                return
            time.sleep(0.2)


HARNESS = """<!doctype html><meta charset="utf-8"><script type="module">
const pf = await import("/pagefind/pagefind.js");
await pf.options({baseUrl: "/"}); pf.init();
const listed = await (await fetch("/pagefind/explainer-indexes.json")).json();
await Promise.all(listed.merge.map(f => pf.mergeIndex("/pagefind/" + f + "/", {baseUrl: "/"})));
const found = await pf.search(QUERY);
const top = await Promise.all(found.results.slice(0, 10).map(r => r.data()));
window.done = {results: found.results.length, top: top.map(d => d.url)};
</script>"""


def first_query_bytes(root: Path, query: str) -> tuple[int, int] | None:
    """(bytes fetched from the bundle, results) for one first query in headless Chromium; None without one."""
    chromium = shutil.which("chromium") or "/usr/bin/chromium"
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None
    if not Path(chromium).exists():
        return None
    sys.path.insert(0, str(ROOT / "tests" / "e2e"))
    from serving import serve_folder
    (root / "index.html").write_text(HARNESS.replace("QUERY", json.dumps(query)), encoding="utf-8")
    fetched = []
    with serve_folder(root) as url, sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=chromium, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"])
        page = browser.new_page()
        page.on("response", lambda response: fetched.append(response) if "/pagefind/" in response.url else None)
        page.goto(url)
        page.wait_for_function("window.done", timeout=120000)
        results = page.evaluate("window.done.results")
        total = sum(len(response.body()) for response in fetched)
        browser.close()
    return total, results


def measure(pages: list[LightPage], groups: dict[str, str] | None, root: Path, query: str) -> dict[str, object]:
    """Index `pages` into root/pagefind (split by `groups` when given) and measure it."""
    shutil.rmtree(root, ignore_errors=True)
    run = MeasuredRun()
    try:
        built = build_bundles(pages, groups, root / "pagefind", run)
    except RuntimeError as error:
        return {"skipped": str(error)}
    fetched = first_query_bytes(root, query)
    figures = {"wall": run.wall, "cpu": run.cpu, "peak": run.peak, "bundles": len(built.groups),
               "bundle_bytes": folder_size(root / "pagefind")[0],
               "query_bytes": fetched[0] if fetched else None, "results": fetched[1] if fetched else None}
    shutil.rmtree(root, ignore_errors=True)
    return figures


def cells(figures: dict[str, object] | None) -> list[str]:
    if not figures or "skipped" in figures:
        return [(figures or {}).get("skipped", "—")] + ["—"] * 5
    query = figures["query_bytes"]
    return [f"{figures['wall']:.1f} s", f"{figures['cpu']:.1f} s", f"{figures['peak'] / 1024 ** 3:.2f} GB",
            f"{figures['bundle_bytes'] / 1e6:.1f} MB ({figures['bundles']})",
            "—" if query is None else f"{query / 1e6:.2f} MB ({figures['results']} results)"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 25000, 50000, 100000])
    parser.add_argument("--base", type=int, default=10000, help="generated articles the corpora are made of")
    parser.add_argument("--work", type=Path, default=Path("/tmp/pagefind-bench"))
    parser.add_argument("--limit-gb", type=float, default=18.0)
    parser.add_argument("--no-split", action="store_true", help="measure the whole index only")
    parser.add_argument("--no-whole", action="store_true", help="measure the split index only")
    parser.add_argument("--query", default="kunjungan")
    parser.add_argument("--record", action="store_true", help="also write the table into its section of BENCHMARKS.md")
    args = parser.parse_args(argv)
    args.work.mkdir(parents=True, exist_ok=True)
    articles, reference, years, render_seconds = base_pages(args.work, min(args.base, max(args.sizes)))
    print(f"base: {len(articles)} articles, {len(reference)} reference pages, light pages rendered in "
          f"{render_seconds:.1f} s, years {sorted(set(years.values()))}", flush=True)
    header = ["articles", "light pages", "whole: Pagefind wall", "CPU", "peak RSS", "bundle (bundles)",
              "first query fetches", "split: Pagefind wall", "CPU", "peak RSS (largest run)", "bundles MB (bundles)",
              "first query fetches"]
    rows = []
    last: tuple[int, int] | None = None
    for size in args.sizes:
        made, groups = corpus(articles, years, size)
        pages = made + reference
        light_mb = sum(len(text.encode("utf-8")) for _, text in pages) / 1e6
        projected = last[1] * size / last[0] if last else 0
        whole: dict[str, object]
        if args.no_whole:
            whole = {"skipped": "not measured (--no-whole)"}
        elif projected > args.limit_gb * 1024 ** 3:
            whole = {"skipped": f"skipped (projected {projected / 1024 ** 3:.0f} GB)"}
        else:
            whole = measure(pages, None, args.work / "site", args.query)
            if "peak" in whole:
                last = (size, int(whole["peak"]))
        split = None if args.no_split else measure(pages, groups, args.work / "site", args.query)
        row = [f"{size:,}", f"{light_mb:.0f} MB", *cells(whole), *([] if args.no_split else cells(split))]
        rows.append(row)
        print(json.dumps({"size": size, "light_mb": light_mb, "whole": whole, "split": split}), flush=True)
    width = len(rows[0]) if rows else len(header)
    with recording(args.record, SECTION):
        print("| " + " | ".join(header[:width]) + " |")
        print("|" + "---|" * width)
        for row in rows:
            print("| " + " | ".join(row) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
