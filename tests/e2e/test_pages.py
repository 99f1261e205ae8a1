"""Visible defects of the pages, checked as a reader sees them: the 404 page, heading permalinks, links side
by side, wide tables, arriving at a glossary entry."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from serving import serve_site


@pytest.fixture(scope="module")
def pages_base(site_dir: Path) -> Iterator[str]:
    """The site served under the path its 404 page links to (site_url's path), on 127.0.0.1."""
    with serve_site(site_dir) as url:
        yield url


def _in_view(page, locator) -> bool:
    box = locator.bounding_box()
    size = page.viewport_size
    return box is not None and box["width"] > 0 and 0 <= box["x"] and box["x"] + box["width"] <= size["width"] + 1 \
        and 0 <= box["y"] < size["height"]


@pytest.mark.parametrize("who", ["reader", "phone_reader"])
def test_404_page_is_indonesian_and_helps(request, pages_base, who):
    reader = request.getfixturevalue(who)
    page = reader.page
    answer = page.goto(pages_base + "halaman/yang-tidak-ada/", wait_until="networkidle")
    assert answer.status == 404
    heading = page.locator("article h1")
    assert heading.inner_text().strip() == "Halaman tidak ditemukan"
    assert "tidak ada di situs ini" in page.locator("article").inner_text()
    for name in ("Beranda", "Linimasa", "Glosarium"):
        link = page.locator("article").get_by_role("link", name=name, exact=True)
        assert link.count() == 1 and _in_view(page, link), name
    box = page.locator("article input[name=q]")
    assert _in_view(page, box)
    box.click()
    page.keyboard.type("Korut", delay=10)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    page.wait_for_function("() => document.querySelector('[data-explainer-search-meta]').dataset.query === 'Korut'")
    for _ in range(20):  # the panel slides open
        if reader.visible_results(limit=1):
            break
        page.wait_for_timeout(100)
    assert reader.visible_results(limit=1), "the 404 search box's query shows no visible result"
    page.goto(pages_base + "halaman/yang-tidak-ada/", wait_until="networkidle")
    with page.expect_navigation():
        page.locator("article").get_by_role("link", name="Glosarium", exact=True).click()
    assert page.locator("article h1").inner_text().strip().startswith("Glosarium")
    assert [e for e in reader.console_errors if "404" not in e] == []


def test_heading_permalinks_are_indonesian(reader):
    reader.open("linimasa/")
    links = reader.page.locator("article a.headerlink")
    assert links.count() > 0
    titles = set(links.evaluate_all("els => els.map(e => e.title)"))
    assert titles == {"Tautan permanen"}


@pytest.mark.parametrize("path_kind", ["article", "linimasa/", ""])
def test_links_in_text_are_underlined_so_neighbours_read_apart(reader, site_pages, path_kind):
    path = next(p for p in site_pages if p.startswith("artikel/") and p.count("/") == 2 and "/media/" not in p) \
        if path_kind == "article" else path_kind
    reader.open(path)
    styles = reader.page.eval_on_selector_all(
        "article.md-content__inner a:not(.headerlink):not(.md-button)",
        "els => els.slice(0, 80).map(e => getComputedStyle(e).textDecorationLine)")
    assert styles and all("underline" in s for s in styles), (path, set(styles))
    # Two links with only a space between them: the space belongs to neither, so the underline breaks there.
    gaps = reader.page.evaluate("""() => {
        const out = [];
        for (const a of document.querySelectorAll('article.md-content__inner a')) {
          const gap = a.nextSibling, b = gap && gap.nextSibling;
          if (gap && gap.nodeType === 3 && /^\\s+$/.test(gap.textContent) && b && b.tagName === 'A') {
            const rs = a.getClientRects(), r1 = rs[rs.length - 1], r2 = b.getClientRects()[0];
            if (Math.abs(r1.top - r2.top) < 2) out.push(r2.left - r1.right);
          }
        }
        return out; }""")
    assert all(gap > 1 for gap in gaps), gaps


@pytest.mark.parametrize("who", ["reader", "phone_reader"])
def test_wide_tables_scroll_inside_their_own_box(request, who):
    reader = request.getfixturevalue(who)
    page = reader.page
    reader.open("sumber/")
    width = page.viewport_size["width"]
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    tables = page.evaluate("""() => [...document.querySelectorAll('article table')].map(t => {
        const box = t.closest('.md-typeset__scrollwrap') || t;
        box.scrollLeft = box.scrollWidth;
        const b = box.getBoundingClientRect(), r = t.getBoundingClientRect();
        const article = document.querySelector('article.md-content__inner').getBoundingClientRect();
        return {boxLeft: b.left, boxRight: b.right, tableRight: r.right, articleRight: article.right,
                scrolls: box.scrollWidth > box.clientWidth, overflow: getComputedStyle(box).overflowX}; })""")
    assert tables, "Sumber has no table"
    for table in tables:
        assert table["boxLeft"] >= 0 and table["boxRight"] <= min(width, table["articleRight"]) + 1, table
        assert table["tableRight"] <= table["boxRight"] + 1, f"the table's right edge stays cut off: {table}"
        if table["scrolls"]:
            assert table["overflow"] in ("auto", "scroll"), table


@pytest.mark.parametrize("who", ["reader", "phone_reader"])
def test_arriving_at_a_glossary_entry_highlights_it(request, site_dir, who):
    reader = request.getfixturevalue(who)
    entries = json.loads((site_dir / "data" / "glossary.json").read_text(encoding="utf-8"))
    if len(entries) < 2:
        pytest.skip("fewer than two glossary entries")
    target, other = entries[len(entries) // 2], entries[0]
    reader.open(target["page"])
    page = reader.page

    def look(entry_id: str) -> dict:
        return page.evaluate("""(id) => { const h = document.getElementById(id), s = getComputedStyle(h);
            const next = getComputedStyle(h.nextElementSibling);
            return {outline: s.outlineStyle, background: s.backgroundColor, facts: next.outlineStyle}; }""", entry_id)

    here, there = look(target["id"]), look(other["id"])
    assert here["outline"] != "none" and here["facts"] != "none", here
    assert there["outline"] == "none" and here["background"] != there["background"], (here, there)
    assert _in_view(page, page.locator(f"[id='{target['id']}']"))
