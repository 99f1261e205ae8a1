"""The header search as a reader uses it: click, type, see results in the open panel; the keys of
stock Material (`/`, arrows, Enter, Escape); one clear button."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pagetext import is_article, is_list_page, pages_using

QUERY = "berkunjung"  # a form of a root every seed article uses; any site with a "kunjung" page works


def _first_result_is_visible(reader) -> str:
    shown = []
    for _ in range(20):  # the panel slides open (Material's transition, a fraction of a second)
        shown = reader.visible_results(limit=1)
        if shown:
            break
        reader.page.wait_for_timeout(100)
    assert shown, "typed a query: no result is visible in the header panel"
    return shown[0]


def _no_results_visible(reader, timeout_ms: int = 2000) -> bool:
    """True once no result is on screen (the panel's closing transition may take a moment)."""
    for _ in range(timeout_ms // 100):
        if not reader.visible_results():
            return True
        reader.page.wait_for_timeout(100)
    return False


def _panel_open(page) -> bool:
    return page.evaluate("document.getElementById('__search').checked")


@pytest.mark.parametrize("who", ["reader", "phone_reader"])
def test_clicking_the_box_and_typing_shows_results_in_the_open_panel(request, who):
    reader = request.getfixturevalue(who)
    reader.open("")
    listed = reader.search(QUERY)
    assert listed, f"no results listed for {QUERY!r}"
    assert _panel_open(reader.page)
    first = _first_result_is_visible(reader)
    assert first == listed[0]
    output = reader.page.locator(".md-search__output").bounding_box()
    assert output is not None and output["height"] > 100, output
    assert reader.console_errors == []


@pytest.mark.parametrize("who", ["reader", "phone_reader"])
def test_slash_opens_search_and_arrows_enter_escape_work_like_material(request, who):
    reader = request.getfixturevalue(who)
    page = reader.page
    reader.open("")
    page.keyboard.press("/")
    assert _panel_open(page)
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.type(QUERY, delay=10)
    page.wait_for_function("(q) => document.querySelector('[data-explainer-search-meta]').dataset.query === q",
                           arg=QUERY)
    first = _first_result_is_visible(reader)
    page.keyboard.press("ArrowDown")
    focused = page.evaluate("document.activeElement.href || ''")
    assert focused.endswith(first), (focused, first)
    page.keyboard.press("ArrowUp")
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.keyboard.press("Escape")
    assert not _panel_open(page)
    assert _no_results_visible(reader), "Escape closed search but results are still on screen"
    # Enter in the box opens the first result.
    reader.search(QUERY)
    first = _first_result_is_visible(reader)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.endswith(first.split("#")[0]) or first.split("#")[0] in page.url, (page.url, first)
    assert not _panel_open(page)
    assert reader.console_errors == []


@pytest.mark.parametrize("who", ["reader", "phone_reader"])
def test_one_clear_button_that_empties_the_box(request, who):
    reader = request.getfixturevalue(who)
    page = reader.page
    reader.open("")
    reader.search(QUERY)
    # The browser draws its own × in a type=search box; Material's box is a text box with one ×.
    assert page.locator("header input.md-search__input").get_attribute("type") == "text"
    clear = page.locator("header .md-search__options button[type=reset]")
    assert clear.count() == 1 and clear.is_visible()
    clear.click()
    assert page.locator("header input.md-search__input").input_value() == ""
    assert page.evaluate("document.activeElement.classList.contains('md-search__input')")
    page.wait_for_function("() => document.querySelector('[data-explainer-search-meta]').dataset.query === ''")
    assert _no_results_visible(reader)


# Reader queries and, written by hand, the forms of the word or name each one stands for.
KUNJUNG = ["kunjungan", "berkunjung", "mengunjungi", "dikunjungi", "kunjung", "kunjungi"]
READER_QUERIES = {
    "Korut": ["Korea Utara", "Korut"],
    "Jong-un": ["Jong-un", "Jong Un"],
    "pertemuan": ["pertemuan", "bertemu", "menemui", "ditemui", "temu", "bertemunya"],
    "berkunjung": KUNJUNG,
    "mengunjungi": KUNJUNG,
    "persenjataan": ["senjata", "persenjataan", "bersenjata", "senjatanya"],
    "Pyongyang": ["Pyongyang"],
}
TOP = 5


@pytest.mark.parametrize("who", ["reader", "phone_reader"])
def test_reader_queries_show_every_matching_article_in_the_visible_top_five(request, site_dir, site_pages, who):
    reader = request.getfixturevalue(who)
    articles = [p for p in site_pages if is_article(p)]
    reader.open("")
    checked = 0
    for query, forms in READER_QUERIES.items():
        expected = pages_using(site_dir, articles, forms)
        if not expected:
            continue
        listed = reader.search(query)
        assert not [url for url in listed if is_list_page(url)], f"{query!r}: list pages among results: {listed}"
        top = [url.split("#")[0] for url in reader.visible_results(limit=TOP, scroll=True)]
        assert len(top) == min(TOP, len(listed)), f"{query!r}: of the top {TOP}, only {top} can be seen"
        if len(expected) <= TOP:
            missing = sorted(expected - set(top))
            assert not missing, f"{query!r}: matching articles not in the visible top {TOP}: {missing}; top: {top}"
        else:
            assert set(top) <= expected, f"{query!r}: the visible top {TOP} holds non-articles: {top}"
        checked += 1
    if not checked:
        pytest.skip("the site uses none of the reader queries' words")
    assert reader.console_errors == []


def test_result_excerpts_show_no_file_names_or_metadata(reader, site_dir):
    records = json.loads((site_dir / "data" / "articles.json").read_text(encoding="utf-8"))
    files = [Path(r["source_file"]).stem for r in records]
    reader.open("")
    for query in READER_QUERIES:
        reader.search(query)
        text = reader.page.locator("[data-explainer-search-list]").inner_text()
        assert text.strip(), query
        leaked = [name for name in files if name in text]
        assert not leaked, f"{query!r}: result excerpts show seed file names {leaked}"
        for noise in ("title:", "description:", "Berkas:", "qqistilah", "---"):
            assert noise not in text, f"{query!r}: result excerpts show {noise!r}"
        repeats = reader.page.evaluate("""() => [...document.querySelectorAll('[data-explainer-search-list] > li > a:first-child')]
            .map(a => [a.querySelector('h1').innerText.trim(), (a.querySelector('p') || {innerText: ''}).innerText.trim()])
            .filter(([title, text]) => title && text.replace(/^… /, '').startsWith(title))""")
        assert not repeats, f"{query!r}: excerpts repeat the result's title: {repeats}"


def test_reference_pages_show_their_entries_not_a_page_excerpt(reader, site_dir):
    glossary = json.loads((site_dir / "data" / "glossary.json").read_text(encoding="utf-8"))
    person = next((e for e in glossary if e["type"] == "person" and e.get("description")), None)
    if person is None:
        pytest.skip("the glossary has no described person")
    query = person["name"].split()[-1]
    reader.open("")
    reader.search(query)
    groups = reader.page.evaluate("""() => [...document.querySelectorAll('[data-explainer-search-list] > li')]
        .map(li => ({url: li.querySelector('a').getAttribute('href'),
                     excerpt: !!li.querySelector('a:first-child p'),
                     entries: [...li.querySelectorAll('a')].slice(1).map(a => a.getAttribute('href'))}))""")
    glossary_group = next((g for g in groups if "glosarium/" in g["url"] and "#" not in g["url"]), None)
    assert glossary_group is not None, groups
    assert not glossary_group["excerpt"]  # the glossary page itself shows no excerpt ...
    assert any(href.endswith("#" + person["id"]) for href in glossary_group["entries"]), glossary_group
    assert any(g["excerpt"] for g in groups if "artikel/" in g["url"])  # ... articles do
