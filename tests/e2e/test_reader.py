"""Reader checks in headless Chromium: pages load cleanly, stay on 127.0.0.1, search finds Indonesian
word forms, aliases and hyphenated names, in-text links land on their anchors, phones get a usable layout."""

from __future__ import annotations

from pathlib import Path

import pytest
from pagetext import is_list_page, pages_using

# Word families written by hand (no stemmer involved): every form names the same root.
FAMILIES = {
    "kunjung": ["kunjungan", "berkunjung", "mengunjungi", "dikunjungi", "kunjung"],
    "temu": ["pertemuan", "bertemu", "menemui", "ditemui", "temu"],
    "pilih": ["pilih", "pemilihan", "memilih", "pilihan", "terpilih"],
}
# Spellings and aliases of common world names (a gazetteer fact, not site content).
NAME_GROUPS = {
    "kim-jong-un": ["Kim Jong Un", "Kim Jong-un"],
    "korea-utara": ["Korea Utara", "Korut"],
}
MAX_PAGES = 40  # pages opened by the crawl tests; larger sites are sampled evenly


def _sample(pages: list[str]) -> list[str]:
    if len(pages) <= MAX_PAGES:
        return pages
    keep = {p for p in pages if not p.startswith("artikel/")}
    articles = [p for p in pages if p.startswith("artikel/")]
    step = max(1, len(articles) // (MAX_PAGES - len(keep) or 1))
    return sorted(keep | set(articles[::step]))[:MAX_PAGES]


def _pages_using(site_dir: Path, pages: list[str], forms: list[str]) -> set[str]:
    """Pages using the forms that search should find: every page but the list pages, counting no text of
    links to whole pages (a page that only links to an article is not found by the article's title)."""
    return {p for p in pages_using(site_dir, pages, forms, page_links=False) if not is_list_page(p)}


def test_pages_load_without_console_errors_and_stay_local(reader, site_pages):
    opened = _sample(site_pages)
    assert opened, "the built site has no pages"
    for page in opened:
        reader.open(page)
        assert reader.page.locator("header.md-header").is_visible(), page
    assert reader.console_errors == []
    assert reader.external_requests() == []
    assert any("127.0.0.1" in url for url in reader.requests)


def test_search_box_is_materials_header_box_and_stays_local(reader):
    reader.open("")
    assert reader.page.locator("header label.md-header__button[for=__search]").count() == 1
    reader.search("Korea")
    assert reader.external_requests() == []
    assert reader.console_errors == []
    assert not any(url.endswith("search/search_index.json") for url in reader.requests), (
        "Material's whole lunr index was downloaded")


@pytest.mark.parametrize("root", sorted(FAMILIES))
def test_affixed_forms_find_every_page_of_the_root(reader, site_dir, site_pages, root):
    forms = FAMILIES[root]
    expected = _pages_using(site_dir, site_pages, forms)
    if len(expected) < 2:
        pytest.skip(f"the site uses fewer than two pages with forms of {root!r}")
    reader.open("")
    for form in forms:
        found = {url.split("#")[0] for url in reader.search_all(form)}
        missing = sorted(expected - found)
        assert not missing, f"query {form!r} misses pages using another form of {root!r}: {missing}"


@pytest.mark.parametrize("group", sorted(NAME_GROUPS))
def test_every_alias_and_spelling_finds_every_page_of_the_name(reader, site_dir, site_pages, group):
    names = NAME_GROUPS[group]
    expected = _pages_using(site_dir, site_pages, names)
    if not expected:
        pytest.skip(f"the site never names {names[0]!r}")
    reader.open("")
    for query in [*names, *(n.lower() for n in names)]:
        found = {url.split("#")[0] for url in reader.search_all(query)}
        missing = sorted(expected - found)
        assert not missing, f"query {query!r} misses pages naming {names[0]!r}: {missing}"


def test_search_box_shows_results_for_an_alias(reader, site_dir, site_pages):
    expected = _pages_using(site_dir, site_pages, NAME_GROUPS["korea-utara"])
    if not expected:
        pytest.skip("the site never names Korea Utara")
    reader.open("")
    shown = {url.split("#")[0] for url in reader.search("Korut")}
    assert shown, "the header search box listed nothing for 'Korut'"
    assert shown <= {p for p in site_pages}, shown
    assert shown & expected
    assert reader.console_errors == []


def test_glossary_entries_are_results_with_their_anchor(reader, site_dir):
    glossary = site_dir / "glosarium" / "index.html"
    if not glossary.is_file():
        pytest.skip("no glossary page")
    reader.open("")
    urls = reader.search_all("Korut")
    assert any(url.startswith("glosarium/#") for url in urls), urls


def test_in_text_links_land_on_their_anchor(reader, site_pages):
    """Article -> glossary and timeline -> article-sentence links: the target element exists, and
    after following the link it is scrolled into view."""
    sources = [p for p in site_pages if p.startswith(("artikel/", "linimasa/"))]
    links: list[tuple[str, str]] = []
    for page in _sample(sources):
        reader.open(page)
        hrefs = reader.page.eval_on_selector_all(
            "article.md-content__inner a[href*='#']", "els => els.map(e => e.href)")
        links += [(page, href) for href in hrefs if "/#" in href or ".html#" in href or "#" in href]
    targets = [(page, href) for page, href in links
               if "/glosarium/" in href or "/artikel/" in href]
    if not targets:
        pytest.skip("no article/glossary/timeline links with anchors")
    for page, href in sorted(set(targets))[:MAX_PAGES]:
        reader.page.goto(href, wait_until="networkidle")
        anchor = href.split("#", 1)[1]
        target = reader.page.locator(f"[id='{anchor}']")
        assert target.count() == 1, f"{page} links to {href}: no element with that id"
        box = target.bounding_box()
        assert box is not None and 0 <= box["y"] < reader.page.viewport_size["height"], (
            f"{page} -> {href}: target not in view")
    assert reader.console_errors == []


def test_phone_layout_has_no_sideways_scroll_and_search_opens(phone_reader, site_pages):
    pages = [p for p in _sample(site_pages)][:10]
    for page in pages:
        phone_reader.open(page)
        width = phone_reader.page.evaluate("document.documentElement.scrollWidth")
        assert width <= phone_reader.page.viewport_size["width"], f"{page} scrolls sideways ({width}px)"
    phone_reader.open("")
    phone_reader.page.locator("header label.md-header__button[for=__search]").click()
    box = phone_reader.page.locator("header input.md-search__input")
    assert box.is_visible()
    assert box.bounding_box()["width"] <= phone_reader.page.viewport_size["width"] + 0.5  # sub-pixel rounding
    assert phone_reader.console_errors == []


def test_timeline_periods_are_results_with_their_anchor(reader, site_dir):
    timeline = site_dir / "linimasa" / "index.html"
    if not timeline.is_file() or "Pyongyang" not in timeline.read_text(encoding="utf-8"):
        pytest.skip("no timeline naming Pyongyang")
    reader.open("")
    urls = reader.search_all("Pyongyang")
    assert any(url.startswith("linimasa/") and "#" in url for url in urls), urls
    assert "linimasa/" not in [url for url in urls if "#" not in url][:5]  # articles come first
