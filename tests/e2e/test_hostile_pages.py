"""A reader opens the pages built from hostile seeds (tests/hostile.py) with every other host blocked: no dialog
opens, no request leaves 127.0.0.1, no redirect happens, and the hostile title is shown as plain text."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from serving import serve_folder
from hostile import write_hostile_seeds
from sitebuild import build

DESKTOP = {"width": 1280, "height": 900}  # as in conftest.py
PHONE = {"width": 390, "height": 844}
LOOPBACK = "127.0.0.1"


@pytest.fixture(scope="module")
def hostile_served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict]]:
    root = tmp_path_factory.mktemp("hostile-e2e")
    out = root / "site"
    result = build(out, seeds=write_hostile_seeds(root), strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    records = {r["source_file"]: r for r in json.loads((out / "data" / "articles.json").read_text("utf-8"))}
    with serve_folder(out) as url:
        yield url, records


def _pages(records: dict) -> list[str]:
    hostile = ["judul-c1.txt", "meta-refresh.html", "dari-sources.txt", "baris-hilang.txt", "🔥.txt",
               "judul-index.txt", "media-index.txt"]
    # the outlet pages of hostile outlet names (og:site_name "0;url=…" does not read as a name: no page)
    outlets = ["artikel/media/index-2/", "artikel/media/x-http-equiv-refresh-content-0-url-https-evil-example/"]
    return [records[name]["page"] for name in hostile] + ["artikel/", "glosarium/", "sumber/"] + outlets


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_hostile_pages_open_no_dialog_and_make_no_outside_request(browser: object, hostile_served: tuple,
                                                                  viewport: dict) -> None:
    base_url, records = hostile_served
    context = browser.new_context(viewport=viewport, service_workers="block")
    dialogs: list[str] = []
    outside: list[str] = []

    def route(route: object) -> None:
        url = route.request.url
        if url.startswith(("data:", "blob:")) or urlsplit(url).hostname == LOOPBACK:
            route.continue_()
        else:
            outside.append(url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("dialog", lambda dialog: (dialogs.append(f"{page.url}: {dialog.message}"), dialog.dismiss()))
    try:
        for path in _pages(records):
            page.goto(base_url + path, wait_until="networkidle")
            heading = page.locator("article h1").first
            heading.hover()  # a reader points at the title, then reads on to the end of the page
            page.mouse.wheel(0, 20_000)
            page.wait_for_timeout(300)  # a meta refresh or a late onerror would have fired by now
            assert page.url == base_url + path, f"redirected from {path} to {page.url}"
            box = heading.bounding_box()
            assert box and box["width"] > 0 and box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"] + 1
        page.goto(base_url + records["judul-c1.txt"]["page"], wait_until="networkidle")
        shown = page.locator("article h1").first.inner_text()
        assert "![x](nonexistent.png){: onerror=alert(9) }" in shown and "[klik](javascript:alert(1))" in shown
        assert page.locator("article img, article iframe").count() == 0
        assert page.locator("a[href^='javascript:']").count() == 0
    finally:
        context.close()
    assert dialogs == []
    assert outside == []
