"""Pages that read well at any size of corpus, checked as a reader sees them on the seeds and on generated corpora
of 1, 3 and 300 articles, desktop (1280x900) and phone (390x844): the visual timeline keeps its size, tables fit
or show that they scroll, Beranda says each thing once with the introduction in the first screen, notes are one
short line, Glosarium is dense and can be jumped through, search shows one excerpt per result."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import pytest

from conftest import SITES

VIEWS = ("desktop", "phone")
MAX_SVG_TEXT = 30  # px: no text of the visual timeline is drawn taller
MAX_SVG_HEIGHT = 500  # px on a desktop
MAX_ENTRY_HEIGHT = 160  # px per glossary entry on a desktop


def _glossary_page(site: Path) -> str:
    """The glossary page holding most entries (the index, or its biggest letter page)."""
    entries = json.loads((site / "data" / "glossary.json").read_text(encoding="utf-8"))
    pages: dict[str, int] = {}
    for entry in entries:
        page = entry["page"].split("#")[0]
        pages[page] = pages.get(page, 0) + 1
    return max(sorted(pages), key=lambda page: pages[page]) if pages else "glosarium/"


def _timeline_page(site: Path) -> str:
    """The Linimasa page listing most entries: the index, or (a paginated timeline) its biggest period page."""
    pages = {path.parent.relative_to(site).as_posix() + "/": path.read_text(encoding="utf-8").count('<p id="peristiwa-')
             for path in (site / "linimasa").rglob("index.html")}
    return max(sorted(pages), key=lambda page: pages[page])


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("name", SITES)
def test_the_visual_timeline_keeps_its_size_and_its_text_small(tab, served_site, name, view):
    reader = tab(served_site(name), view == "phone")
    shown = "svg.lv-narrow" if view == "phone" else "svg.lv-wide"
    for path in ("linimasa/", ""):
        reader.open(path)
        page = reader.page
        picture = page.locator(f".linimasa-visual {shown}")
        assert picture.is_visible(), (name, path)
        box = picture.bounding_box()
        width = page.viewport_size["width"]
        assert box["x"] >= 0 and box["x"] + box["width"] <= width + 0.5, (name, path, box)
        if view == "desktop":
            assert box["height"] <= MAX_SVG_HEIGHT, (name, path, box)
        heights = picture.locator("text").evaluate_all("els => els.map(e => e.getBoundingClientRect().height)")
        assert heights and max(heights) <= MAX_SVG_TEXT and min(heights) >= 8, (name, path, heights)
        title = picture.locator("title").first.text_content()
        described = page.locator(f"#{picture.get_attribute('aria-describedby')}").text_content()
        assert title.startswith("Linimasa sekilas:") and "peristiwa" in described, (title, described)
        assert picture.get_attribute("role") == "group"
    assert reader.console_errors == [] and reader.external_requests() == []


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("name", SITES)
def test_tables_fit_or_show_that_they_scroll(tab, served_site, built_site, name, view):
    reader = tab(served_site(name), view == "phone")
    site = built_site(name)
    paths = ["sumber/"] + [p for p in ("sumber/daftar/", "linimasa/", "glosarium/", "kutipan/")
                           if (site / p / "index.html").is_file()
                           and "<table" in (site / p / "index.html").read_text(encoding="utf-8")]
    for path in paths:
        reader.open(path)
        page = reader.page
        assert page.evaluate("document.documentElement.scrollWidth") <= page.viewport_size["width"], (name, path)
        tables = page.evaluate("""() => [...document.querySelectorAll('article table')].map(t => {
            const box = t.closest('.md-typeset__scrollwrap');
            const b = box.getBoundingClientRect(), col = document.querySelector('article').getBoundingClientRect();
            return {scrolls: box.scrollWidth > box.clientWidth + 1, left: b.left, right: b.right, column: col.right,
                    cue: getComputedStyle(box).backgroundImage, table: getComputedStyle(t).backgroundColor}; })""")
        assert tables, (name, path)
        for table in tables:
            assert table["left"] >= 0 and table["right"] <= table["column"] + 1, (name, path, table)
            if table["scrolls"]:  # a shadow on the side with more columns, not hidden behind the table
                assert table["cue"].count("radial-gradient") == 2, (name, path, table)
                assert table["table"] == "rgba(0, 0, 0, 0)", (name, path, table)


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("name", SITES)
def test_beranda_opens_with_the_introduction_and_says_each_thing_once(tab, served_site, name, view):
    reader = tab(served_site(name), view == "phone")
    reader.open("")
    page = reader.page
    intro = page.locator("article h1 + p")
    assert intro.is_visible() and intro.bounding_box()["y"] < page.viewport_size["height"], name
    headings = page.locator("article h2").all_text_contents()
    assert len(headings) == len(set(headings)), headings
    events = page.locator("article ul.peristiwa > li > strong > a").evaluate_all(
        "els => els.map(e => e.getAttribute('href'))")
    assert len(events) == len(set(events)), events  # no event twice (Ringkasan, then the latest)
    assert page.locator("article .lv-periode").count() == 0  # the picture's counts are not listed again
    people = page.locator("article h2:has-text('Tokoh utama') + ul a").all_text_contents()
    named = page.locator("article h2:has-text('Paling sering disebut') ~ ul").first.inner_text() \
        if page.locator("article h2:has-text('Paling sering disebut')").count() else ""
    assert not [person for person in people if person in named], (people, named)
    assert page.locator("article").inner_text().count("Situs ini menyusun") == 1


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("name", SITES)
def test_notes_are_one_short_line_the_same_everywhere_and_open_on_a_click(tab, served_site, built_site, name, view):
    reader = tab(served_site(name), view == "phone")
    site = built_site(name)
    summaries: dict[str, set[str]] = {}
    for path in (_timeline_page(site), ""):
        reader.open(path)
        page = reader.page
        assert page.locator("article .admonition").count() == 0, path  # no warning boxes
        for found in page.evaluate("""() => [...document.querySelectorAll('article details.catatan')].map(d => {
              const holder = d.closest('li') || d.previousElementSibling;
              const link = holder && holder.querySelector('a[href*="#peristiwa-"], a[href*="linimasa/#"]');
              const id = holder && (holder.id || (link && link.getAttribute('href').split('#')[1]));
              return {id, text: d.querySelector('summary').textContent, height: d.getBoundingClientRect().height,
                      line: parseFloat(getComputedStyle(d).lineHeight)}; })"""):
            assert found["height"] <= 1.5 * found["line"], (path, found)  # closed: one line
            summaries.setdefault(found["id"], set()).add(found["text"])
    assert all(len(texts) == 1 for texts in summaries.values()), summaries
    if not summaries:
        pytest.skip(f"{name}: no event carries a note")
    reader.open(_timeline_page(site))
    note = reader.page.locator("article details.catatan").first
    note.locator("summary").click()
    opened = note.locator(".catatan-isi").first
    assert note.get_attribute("open") is not None and opened.is_visible()
    box = opened.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= reader.page.viewport_size["width"] + 1


@pytest.mark.parametrize("name", SITES)
def test_glossary_entries_are_dense_and_a_reader_can_jump_by_type(tab, served_site, built_site, name):
    reader = tab(served_site(name), False)
    path = _glossary_page(built_site(name))
    reader.open(path)
    page = reader.page
    heights = page.evaluate("""() => {
        const heads = [...document.querySelectorAll('article h3[id]')];
        return heads.map(h => {
          let end = h, next = h.nextElementSibling;
          while (next && !/^H[1-3]$/.test(next.tagName)) { end = next; next = next.nextElementSibling; }
          return end.getBoundingClientRect().bottom - h.getBoundingClientRect().top; }); }""")
    assert heights, path
    assert max(heights) <= MAX_ENTRY_HEIGHT, (path, sorted(heights)[-5:])
    assert "Jenis:" not in page.locator("article").inner_text()
    jumps = page.locator("article nav.gl-lompat a")
    assert jumps.count() >= 1
    target = jumps.nth(jumps.count() - 1)
    anchor = target.get_attribute("href").split("#", 1)[1]
    target.click()
    page.wait_for_function("(a) => location.hash === '#' + a", arg=anchor)
    box = page.locator(f"[id='{anchor}']").bounding_box()
    assert 0 <= box["y"] < page.viewport_size["height"], (anchor, box)


def _query(site: Path, name: str) -> str:
    """A word every site uses: on the seeds a noun whose root other pages use in affixed forms; elsewhere the
    longest word of the first article's title."""
    if name == "seeds":
        return "kunjungan"
    record = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))[0]
    return max((word.strip(",.:;?!\"'") for word in record["title"].split()), key=len)


@pytest.mark.parametrize("view", VIEWS)
@pytest.mark.parametrize("name", SITES)
def test_search_shows_one_excerpt_per_result_with_its_words_marked(tab, served_site, built_site, name, view):
    reader = tab(served_site(name), view == "phone")
    reader.open("")
    query = _query(built_site(name), name)
    assert reader.search(query), (name, query)
    results = reader.page.evaluate("""() => [...document.querySelectorAll('[data-explainer-search-list] > li')]
        .map(li => [...li.querySelectorAll('article')].map(a => {
            const p = a.querySelector('p');
            return {level: a.querySelector('h1') ? 1 : 2, excerpt: p ? p.textContent : '',
                    marks: [...a.querySelectorAll('mark')].map(m => m.textContent.toLowerCase())}; }))""")
    for items in results:
        excerpts = [item["excerpt"] for item in items if item["excerpt"]]
        assert len(excerpts) == len(set(excerpts)), items  # the same words never twice in one result
        if items[0]["excerpt"]:  # a page with its excerpt: its sections are titles only
            assert excerpts == [items[0]["excerpt"]], items
    marked = {mark for items in results for item in items for mark in item["marks"]}
    assert marked, (name, query)
    if name == "seeds":  # a form Pagefind found through the hidden terms is marked too
        assert [mark for mark in marked if "unjung" in mark and mark != "kunjungan"], marked
    assert reader.console_errors == [] and reader.external_requests() == []


@pytest.mark.parametrize("view", VIEWS)
def test_search_opened_from_disk_says_in_indonesian_that_it_needs_a_server(tab, built_site, view):
    reader = tab("http://127.0.0.1/", view == "phone")
    page = reader.page
    page.goto((built_site("seeds") / "index.html").as_uri())
    reader.open_search()
    page.keyboard.type("Korea", delay=10)
    meta = page.locator("[data-explainer-search-meta]")
    page.wait_for_function("() => document.querySelector('[data-explainer-search-meta]').dataset.query === 'Korea'")
    assert meta.is_visible()
    assert "Pencarian memerlukan server web" in meta.text_content() and "mkdocs serve" in meta.text_content()
    assert not [error for error in reader.console_errors if "TypeError" in error or "uncaught" in error]


def _meta(html: str) -> dict[str, str]:
    found = {}
    for tag in re.findall(r"<meta\s[^>]*>", html):
        key = re.search(r'(?:name|property)="([^"]+)"', tag)
        value = re.search(r'content="([^"]*)"', tag)
        if key and value:
            found[key.group(1)] = value.group(1)
    return found


@pytest.mark.parametrize("name", SITES)
def test_every_page_describes_itself_for_sharing(built_site, name):
    """Each page's description comes from its own content (an article: its lead), with Open Graph and Twitter
    card tags; only Beranda (and the 404 page) carry the site's description; the 404 page says what it is."""
    site = built_site(name)
    home = _meta((site / "index.html").read_text(encoding="utf-8"))
    leads = {record["page"]: record["paragraphs"][0] for record in
             json.loads((site / "data" / "articles.json").read_text(encoding="utf-8")) if record["paragraphs"]}
    described: dict[str, list[str]] = {}
    for path in sorted(site.rglob("index.html")):
        page = path.parent.relative_to(site).as_posix() + "/" if path.parent != site else ""
        meta = _meta(path.read_text(encoding="utf-8"))
        for key in ("description", "og:title", "og:description", "og:url", "twitter:card", "twitter:title"):
            assert meta.get(key), (page, key)
        assert meta["og:description"] == meta["description"] == meta["twitter:description"], page
        described.setdefault(meta["description"], []).append(page)
        if page in leads:
            assert meta["og:type"] == "article"
            assert html.unescape(meta["description"]).rstrip(" …") in " ".join(leads[page].split()), page
    assert described[home["description"]] == [""], described[home["description"]]  # the site's: Beranda only
    assert home["og:title"] == home["og:site_name"]
    missing = (site / "404.html").read_text(encoding="utf-8")
    assert re.search(r"<title>Halaman tidak ditemukan - [^<]+</title>", missing)
