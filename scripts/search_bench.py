#!/usr/bin/env python3
"""Measure a built site's search: index size on disk, and per query what a reader downloads before
the first result appears (headless Chromium, site served from 127.0.0.1).

Usage::

    python3 scripts/search_bench.py SITE_DIR [--query Q ...] [--recall] [--json OUT.json] [--chromium PATH]
                                    [--record]

Works for the project's Pagefind box (``[data-explainer-search]``) and for stock Material (lunr)
sites. "Payload before first result" is the sum of response bodies of every search request
(Pagefind bundle, index chunks, fragments, Material's worker and search_index.json, the box's
script) from page load until the first result link is shown; each query runs in a fresh browser
context, so nothing is cached between queries. Nothing is fetched from outside 127.0.0.1: other
requests are aborted and reported.

Prints one JSON report (also written to --json OUT.json): the number of HTML pages, the Pagefind
bundle's bytes and files (``pagefind_bytes``, ``pagefind_files``) or the lunr index's bytes, and per
query whether the expected result was found, the milliseconds to the first result, the results shown,
the bytes and number of search requests before it, the three largest downloads and any blocked
request; then ``max_search_bytes`` over all queries. Exit status 1 when a query found nothing or a
request tried to leave 127.0.0.1. With `--recall`, one line per reader query instead: recall@5 of the article
pages it matches, in the open panel. `--record` also writes the output into its section of BENCHMARKS.md
(``benchfile``); the README's search figures come from here.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import shutil
import sys
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))

from benchfile import recording  # noqa: E402

SECTION = "Search payload (`scripts/search_bench.py`)"  # of BENCHMARKS.md
RECALL_SECTION = "Search recall (`scripts/search_bench.py --recall`)"

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DEFAULT_QUERIES = ["kunjungan", "mengunjungi", "pemilihan", "Kim Jong-un", "Korut", "pertemuan"]
# Reader queries whose ranking is measured (--recall): recall@5 of the article pages they match.
RECALL_QUERIES = ["Korut", "Jong-un", "pertemuan", "berkunjung", "mengunjungi", "persenjataan", "Pyongyang"]
TOP = 5
SEARCH_PARTS = ("/pagefind/", "search_index.json", "search_index.js", "/workers/search",
                "pagefind-search.js")


def dir_size(path: Path) -> tuple[int, int]:
    """(bytes, files) under path, 0 when missing."""
    if not path.exists():
        return 0, 0
    files = [p for p in path.rglob("*") if p.is_file()]
    return sum(p.stat().st_size for p in files), len(files)


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002
        pass


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve root on 127.0.0.1 (free port) in a daemon thread."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(_Quiet, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def measure_query(browser: object, base: str, query: str) -> dict[str, object]:
    """Open the home page in a fresh context, type the query into the header box, wait for the
    first result; report search bytes and requests, the time, and the result count shown."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    page = context.new_page()
    sizes: dict[str, int] = {}
    blocked: list[str] = []

    def route(route: object) -> None:
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:")):
            route.continue_()
        else:
            blocked.append(url)
            route.abort()

    def on_response(response: object) -> None:
        url = response.url
        if any(part in url for part in SEARCH_PARTS):
            try:
                sizes[url] = len(response.body())
            except Exception:  # noqa: BLE001 - a redirect or aborted body has no size
                sizes[url] = 0

    context.route("**/*", route)
    page.on("response", on_response)
    # Worker requests (Material's lunr worker fetches the index) are seen through the context.
    context.on("response", on_response)
    page.goto(base, wait_until="networkidle")
    ours = page.locator("[data-explainer-search]").count() > 0
    box = page.locator("header input.md-search__input")
    if not box.is_visible():
        page.locator("header label.md-header__button[for=__search]").click()
    started = time.perf_counter()
    box.type(query, delay=5)
    link = "[data-explainer-search-list] a.md-search-result__link" if ours else \
        "li.md-search-result__item > a.md-search-result__link"
    found = True
    try:
        page.wait_for_selector(link, timeout=20_000)
    except Exception:  # noqa: BLE001 - no result within the time: report it
        found = False
    elapsed_ms = (time.perf_counter() - started) * 1000
    page.wait_for_timeout(300)
    shown = page.locator(link).count()
    context.close()
    return {"query": query, "engine": "pagefind" if ours else "material-lunr", "found": found,
            "ms_to_first_result": round(elapsed_ms), "results_shown": shown,
            "search_bytes": sum(sizes.values()), "search_requests": len(sizes),
            "largest": sorted(((v, k.replace(base, "/")) for k, v in sizes.items()), reverse=True)[:3],
            "blocked": blocked}


def measure_recall(browser: object, base: str, query: str) -> dict[str, object]:
    """Type the query into the header box like a reader (click, keys); report the top-level results
    listed, how many of the first five a reader can see (inside the viewport, not covered or clipped;
    on the first screen and when scrolling the panel), the article pages the engine matches at all,
    and recall@5: the share of those articles among the first five results a reader sees."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, service_workers="block")
    page = context.new_page()
    page.route("**/*", lambda r: r.continue_() if urlsplit(r.request.url).hostname == "127.0.0.1"
               else r.abort())
    page.goto(base, wait_until="networkidle")
    page.locator("header input.md-search__input").click()
    page.keyboard.type(query, delay=5)
    page.wait_for_function("(q) => { const m = document.querySelector('[data-explainer-search-meta]');"
                           " return m && m.dataset.query === q; }", arg=query, timeout=20_000)
    first_screen = page.evaluate(_SEEN_JS, False)
    shown = page.evaluate(_SEEN_JS, True)
    matched = page.evaluate("(q) => window.explainerSearch.allUrls(q)", query)
    context.close()
    prefix = urlsplit(base).path
    rel = [(path[len(prefix):] if path.startswith(prefix) else path, visible) for path, visible in shown]
    articles = sorted({urlsplit(u).path[len(prefix):] for u in matched if "#" not in u}
                      & _article_pages(matched, prefix))
    top = [url for url, visible in rel[:TOP] if visible]  # what a reader sees, scrolling the panel
    listed = [url for url, _ in rel[:TOP]]  # the ranking alone, seen or not
    hits = [url for url in articles if url in top]
    ranked = [url for url in articles if url in listed]
    return {"query": query, "top5": listed, "top5_visible": len(top),
            "top5_on_first_screen": sum(1 for _, visible in first_screen[:TOP] if visible),
            "articles_matched": len(articles), "articles_in_top5": len(hits),
            "recall_at_5": round(len(hits) / len(articles), 2) if articles else None,
            "recall_at_5_ranking": round(len(ranked) / len(articles), 2) if articles else None}


# [path, visible] of each top-level result: its title inside the viewport, not covered or clipped at the
# point a reader clicks; with `scroll`, after scrolling the results panel to it (as a reader scrolls the list).
_SEEN_JS = """(scroll) => [...document.querySelectorAll('[data-explainer-search-list] > li')].map(li => {
        const a = li.querySelector('a');
        if (scroll) a.scrollIntoView({block: 'nearest'});
        const r = a.getBoundingClientRect();
        const x = r.left + Math.min(r.width / 2, 40), y = r.top + Math.min(r.height / 2, 12);
        const hit = r.width > 0 && r.height > 0 && y >= 0 && y < innerHeight && r.right <= innerWidth + 1
          && document.elementFromPoint(x, y);
        const visible = !!hit && a.contains(hit);
        return [new URL(a.href).pathname, visible]; })"""


def _article_pages(matched: list[str], prefix: str) -> set[str]:
    """Article pages among the matched URLs: one path segment under artikel/, not the index pages."""
    out = set()
    for url in matched:
        path = urlsplit(url).path
        path = path[len(prefix):] if path.startswith(prefix) else path
        parts = path.strip("/").split("/")
        if len(parts) == 2 and parts[0] == "artikel" and parts[1] != "media" and not parts[1].isdigit():
            out.add(path)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--query", action="append", help="query to time (repeatable)")
    parser.add_argument("--recall", action="store_true",
                        help="measure recall@5 of article pages for the reader queries instead")
    parser.add_argument("--json", type=Path, help="write the report here too")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
    parser.add_argument("--record", action="store_true", help="also write the output into its section of BENCHMARKS.md")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    site = args.site_dir.resolve()
    report: dict[str, object] = {"site_dir": str(site)}
    pagefind_bytes, pagefind_files = dir_size(site / "pagefind")
    lunr_bytes, _ = dir_size(site / "search")
    report.update(pages=sum(1 for _ in site.rglob("*.html")), pagefind_bytes=pagefind_bytes,
                  pagefind_files=pagefind_files, lunr_index_bytes=lunr_bytes)
    server, base = serve(site)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=args.chromium, headless=True, args=FLAGS)
            if args.recall:
                report["recall"] = [measure_recall(browser, base, q) for q in (args.query or RECALL_QUERIES)]
            else:
                report["queries"] = [measure_query(browser, base, q) for q in (args.query or DEFAULT_QUERIES)]
            browser.close()
    finally:
        server.shutdown()
    if args.recall:
        with recording(args.record, RECALL_SECTION):
            _print_recall(report["recall"])
        if args.json:
            args.json.write_text(json.dumps(report, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
        return 0
    queries = report["queries"]
    report["max_search_bytes"] = max(q["search_bytes"] for q in queries)
    text = json.dumps(report, indent=1, ensure_ascii=False)
    with recording(args.record, SECTION):
        print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if all(q["found"] and not q["blocked"] for q in queries) else 1


def _print_recall(rows: list[dict]) -> None:
    """One line per reader query: recall@5 in the open panel, and of the ranking alone."""
    for row in rows:
        print(f"{row['query']:>14}  recall@5 {row['recall_at_5']} (ranking alone "
              f"{row['recall_at_5_ranking']}; {row['articles_in_top5']}/{row['articles_matched']} articles; "
              f"of the top 5, {row['top5_visible']} visible, {row['top5_on_first_screen']} on the first "
              f"screen)  {row['top5']}")

if __name__ == "__main__":
    sys.exit(main())
