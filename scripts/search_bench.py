#!/usr/bin/env python3
"""Measure a built site's search: index size on disk, and per query what a reader downloads before
the first result appears (headless Chromium, site served from 127.0.0.1).

Usage::

    python3 scripts/search_bench.py SITE_DIR [--query Q ...] [--json OUT.json] [--chromium PATH]

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
request tried to leave 127.0.0.1. The README's and ARCHITECTURE.md's search figures come from here.
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

FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]
DEFAULT_QUERIES = ["kunjungan", "mengunjungi", "pemilihan", "Kim Jong-un", "Korut", "pertemuan"]
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("site_dir", type=Path)
    parser.add_argument("--query", action="append", help="query to time (repeatable)")
    parser.add_argument("--json", type=Path, help="write the report here too")
    parser.add_argument("--chromium", default=shutil.which("chromium") or "/usr/bin/chromium")
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
            report["queries"] = [measure_query(browser, base, q) for q in (args.query or DEFAULT_QUERIES)]
            browser.close()
    finally:
        server.shutdown()
    queries = report["queries"]
    report["max_search_bytes"] = max(q["search_bytes"] for q in queries)
    text = json.dumps(report, indent=1, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if all(q["found"] and not q["blocked"] for q in queries) else 1


if __name__ == "__main__":
    sys.exit(main())
