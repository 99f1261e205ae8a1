"""Ranking with the real Pagefind engine on pages written here: an article outranks a reference page that
quotes it, a page that only links to an article is not found by the article's title, reference pages'
sections are results with their own anchors."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from serving import serve_folder
from explainer.search import pagefind as sp

ARTICLE = """---
title: "Tanggul Kali Bening Jebol"
---

# Tanggul Kali Bening Jebol

<p class="artikel-meta" data-pagefind-ignore><strong>Media:</strong> Warta Contoh</p>

<p id="p1">Tanggul di tepi Kali Bening jebol pada Senin malam setelah hujan deras.</p>

<p id="p2">Warga mengungsi ke balai desa sampai air surut.</p>
"""

TIMELINE = """# Linimasa

Ringkasan: 4 peristiwa. Lihat juga [Tanggul Kali Bening Jebol](../artikel/tanggul/).

## Maret 2024 {#bulan-2024-03}

<p id="e1"><strong>4 Maret 2024</strong> · Tanggul jebol, tanggul retak, tanggul diperbaiki.<br>Sumber: <a href="../artikel/tanggul/#p1-k1" title="Tanggul Kali Bening Jebol">Warta Contoh</a></p>

<p id="e2"><strong>5 Maret 2024</strong> · Perbaikan tanggul dimulai; tanggul baru dirancang.</p>

## April 2024 {#bulan-2024-04}

<p id="e3"><strong>2 April 2024</strong> · Pemerintah memeriksa semua tanggul.</p>

<ul><li><a href="../artikel/tanggul/">Tanggul Kali Bening Jebol</a> (1×)</li></ul>
"""

OTHER = """# Panen Raya Dimulai

<p id="p1">Petani di Bening memulai panen raya pekan ini.</p>
"""

SEARCH_PAGE = """<!doctype html><html><head><meta charset="utf-8"></head><body><script type="module">
window.pf = await import('./pagefind/pagefind.js'); await window.pf.init(); window.ready = true;
</script></body></html>"""


@pytest.fixture(scope="module")
def ranking_base(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("ranking")
    article = sp.page_from_markdown("artikel/tanggul/", ARTICLE)
    other = sp.page_from_markdown("artikel/panen/", OTHER)
    timeline = sp.page_from_markdown("linimasa/", TIMELINE, role=sp.REFERENCE, page_titles=[article.title, other.title])
    sp.build_search_index([article, other, timeline], [], root / "pagefind")
    (root / "index.html").write_text(SEARCH_PAGE, encoding="utf-8")

    with serve_folder(root) as url:
        yield url


def _results(page, query: str) -> list[tuple[str, list[str]]]:
    """(page URL, sub-result URLs with an anchor) per result, best first."""
    return page.evaluate("""async (q) => {
        const r = await window.pf.search(q);
        const out = [];
        for (const x of r.results) { const d = await x.data();
          out.push([d.url, (d.sub_results || []).map(s => s.url).filter(u => u.includes('#'))]); }
        return out; }""", query)


def test_article_outranks_the_reference_page_quoting_it(reader, ranking_base):
    page = reader.page
    page.goto(ranking_base, wait_until="networkidle")
    page.wait_for_function("() => window.ready === true")
    results = _results(page, "tanggul")
    assert [url for url, _ in results] == ["/artikel/tanggul/", "/linimasa/"], results
    anchors = results[1][1]
    assert "/linimasa/#bulan-2024-03" in anchors and "/linimasa/#bulan-2024-04" in anchors, anchors


def test_a_page_that_only_links_to_an_article_is_not_found_by_its_title(reader, ranking_base):
    page = reader.page
    page.goto(ranking_base, wait_until="networkidle")
    page.wait_for_function("() => window.ready === true")
    assert sorted(url for url, _ in _results(page, "Bening")) == ["/artikel/panen/", "/artikel/tanggul/"]
    assert [url for url, _ in _results(page, "Ringkasan")] == []  # the timeline's overview is no result
    assert [url for url, _ in _results(page, "Warta")] == ["/linimasa/"]  # the byline is no result; the source is
