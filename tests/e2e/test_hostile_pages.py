"""A reader opens the pages built from hostile seeds (tests/hostile.py) with every other host blocked: no dialog
opens, no request leaves 127.0.0.1, no redirect happens, and the hostile title is shown as plain text; pointing
at, focusing and clicking every element with a tooltip (glossary and source links, long table-of-contents
entries, the page title in the header) and searching runs nothing and adds no element or handler from input."""

from __future__ import annotations

import json
from collections.abc import Iterator
from urllib.parse import urlsplit

import pytest

from serving import serve_folder
from hostile import HOVER_DESCRIPTION, HOVER_HEADING, HOVER_TITLE, write_hostile_seeds
from sitebuild import build

DESKTOP = {"width": 1280, "height": 900}  # as in conftest.py
PHONE = {"width": 390, "height": 844}
LOOPBACK = "127.0.0.1"


# What a tooltip may come from: any element with a title, the table of contents (Material gives an entry that does
# not fit a title when it is shown) and the header's page title (the same, on a phone).
TITLED = "main [title]:visible, nav.md-nav--secondary a.md-nav__link:visible"
HEADER_TITLE = "header [data-md-component=header-topic] .md-ellipsis"
# Elements or handlers that only markup from input could add to these pages.
INJECTED = """() => [...document.querySelectorAll('*')].filter(e =>
    ['IMG', 'IFRAME', 'OBJECT', 'EMBED', 'VIDEO', 'AUDIO'].includes(e.tagName)
    || [...e.attributes].some(a => a.name.startsWith('on') && !(e.tagName === 'FORM' && a.value === 'return false'))
  ).map(e => e.outerHTML.slice(0, 120))"""
TOOLTIP = "#__explainer_tooltip"
_UNDER_POINTER = """e => { const r = e.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && e.contains(hit); }"""


@pytest.fixture(scope="module")
def hostile_served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[str, dict]]:
    root = tmp_path_factory.mktemp("hostile-e2e")
    out = root / "site"
    result = build(out, seeds=write_hostile_seeds(root, big=False), strict=False)
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
    context, dialogs, outside = _context(browser, viewport, phone=False)
    page = context.new_page()
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


def _context(browser: object, viewport: dict, phone: bool) -> tuple[object, list[str], list[str]]:
    """A browser context with every host but 127.0.0.1 blocked: (context, dialogs seen, outside requests)."""
    options: dict[str, object] = {"viewport": viewport, "service_workers": "block"}
    if phone:
        options.update(is_mobile=True, has_touch=True)
    context = browser.new_context(**options)
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
    context.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    return context, dialogs, outside


def _point_at_every_title(page: object, selector: str = TITLED, scroll: bool = True
                          ) -> list[tuple[str | None, str | None]]:
    """Hover and focus an element of each title a tooltip may come from (each table-of-contents entry and the
    header's title too); (its title, the tooltip's text) for each."""
    seen = []
    titles: set[str] = set()
    for element in page.locator(selector).element_handles():  # fixed first: a shown tooltip takes its host's title
        title = element.get_attribute("title")
        if title is not None and title in titles:
            continue
        titles.add(title or "")
        page.mouse.move(0, 0)
        if scroll:
            element.evaluate("e => e.scrollIntoView({block: 'center'})")  # clear of the fixed header
        element.focus()  # a keyboard reader first: its tooltip too is text
        tip = page.locator(TOOLTIP)
        focused = tip.text_content() if tip.count() else None
        element.evaluate("e => e.blur()")
        try:
            element.hover(timeout=2000, force=True)  # a real pointer move; no wait for animations to settle
        except Exception:  # noqa: BLE001 - gone meanwhile: nothing a reader can point at
            continue
        if not element.evaluate(_UNDER_POINTER):
            continue  # covered, or not taking the pointer (the header's title on a wide screen)
        seen.append((title, tip.text_content() if tip.count() else None))
        if focused is not None:
            seen.append((title, focused))
    page.mouse.move(0, 0)
    return seen


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_pointing_at_clicking_and_searching_runs_nothing_from_input(browser: object, hostile_served: tuple,
                                                                      viewport: dict) -> None:
    base_url, records = hostile_served
    context, dialogs, outside = _context(browser, viewport, phone=viewport is PHONE)
    page = context.new_page()
    article = records["tooltip.txt"]["page"]
    pages = [article, records["judul-c1.txt"]["page"], "linimasa/", "glosarium/", "kutipan/", "sumber/", "",
             "artikel/"]
    tooltips: dict[str, list[tuple[str | None, str | None]]] = {}
    try:
        for path in pages:
            page.goto(base_url + path, wait_until="networkidle")
            scripts = page.locator("script").count()
            page.mouse.wheel(0, 20_000)  # the header shows the page's title once its heading scrolled away
            page.wait_for_timeout(300)
            tooltips[path] = _point_at_every_title(page, HEADER_TITLE, scroll=False)
            page.mouse.wheel(0, -20_000)
            tooltips[path] += _point_at_every_title(page)
            page.locator("article h1").first.click()
            if viewport is DESKTOP:  # on a phone the table of contents is in the closed drawer
                for entry in page.locator("nav.md-nav--secondary a.md-nav__link:visible").all():
                    entry.click()  # it jumps within the page
            page.wait_for_timeout(300)  # an onerror or onload would have fired by now
            assert dialogs == [], path
            assert page.evaluate(INJECTED) == [], path
            assert page.locator("script").count() == scripts, path
            assert page.url.startswith(base_url + path), f"left {path} for {page.url}"
        page.goto(base_url + article, wait_until="networkidle")
        page.locator("article a.glosarium").first.click()  # the glossary link with the hostile description
        page.wait_for_load_state("networkidle")
        assert page.url.startswith(base_url + "glosarium/") and page.evaluate(INJECTED) == []
        for query in ("onerror", "Rapat Warga", "wali kota"):
            _search(page, query)
            assert page.locator("[data-explainer-search-list] a").count() > 0, query
            assert page.evaluate(INJECTED) == [], query
    finally:
        context.close()
    assert dialogs == []
    assert outside == []
    shown = [text for found in tooltips.values() for _, text in found if text]
    for expected in (HOVER_DESCRIPTION, HOVER_TITLE):
        assert expected in shown, expected  # shown literally, as text
    for path, found in tooltips.items():
        for title, text in found:
            assert title is None or text == title, (path, title, text)
    if viewport is DESKTOP:
        assert any(text and text.strip() == HOVER_HEADING for text in shown)  # the long table-of-contents entry


def _search(page: object, query: str) -> None:
    """Type `query` into the header search box like a reader and wait for its results."""
    box = page.locator("header input.md-search__input")
    magnifier = page.locator("header label.md-header__button[for=__search]")  # shown on phones
    if magnifier.is_visible() and not page.evaluate("document.getElementById('__search').checked"):
        magnifier.click()
    elif not page.evaluate("document.getElementById('__search').checked"):
        box.click()
    box.fill("")
    page.keyboard.type(query, delay=5)
    page.wait_for_function("(q) => document.querySelector('[data-explainer-search-meta]').dataset.query === q",
                           arg=query, timeout=15_000)
