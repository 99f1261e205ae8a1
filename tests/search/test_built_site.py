"""A built page read for search: the theme's main content only, one line per element, permalink marks gone, an
article's own text up to its context part, and the roles of the pages of a site."""

from __future__ import annotations

from pathlib import Path

from explainer.search import pagefind as sp
from explainer.search.built_site import html_lines, site_pages, site_urls

MATERIAL = ('<html><body><header>Menu Cari</header><div class="md-content"><article class="md-content__inner '
            'md-typeset"><h1 id="judul">Warga Menanam Pohon<a class="headerlink" href="#judul">¶</a></h1>'
            '<p class="artikel-meta" data-pagefind-ignore>Media: Kabar Desa</p>'
            '<p id="p1"><span id="p1-k1">Warga menanam <a href="../x/">seribu</a> pohon.</span></p>'
            '<h2 id="p2">Rencana<a class="headerlink" href="#p2">¶</a></h2><p id="p3">Tahun depan lagi.</p>'
            '<h2 id="konteks">Dalam konteks</h2><ul><li>Berita lain</li></ul></article></div>'
            '<footer>Hak cipta</footer></body></html>')


def test_the_main_content_is_read_as_lines_up_to_the_context_part() -> None:
    lines = list(html_lines(MATERIAL, stop_at="konteks"))
    assert lines[0][:3] == (1, "Warga Menanam Pohon", "judul")
    assert lines[1].startswith('<p class="artikel-meta" data-pagefind-ignore')
    assert lines[3][:3] == (2, "Rencana", "p2")
    page = sp.page_from_lines("artikel/pohon/", lines)
    assert page.title == "Warga Menanam Pohon"
    assert [(s.anchor, s.heading, s.paragraphs) for s in page.sections] == [
        (None, "", ("Warga menanam seribu pohon.",)), ("p2", "Rencana", ("Tahun depan lagi.",))]


def test_other_themes_main_element_and_the_body_as_the_last_resort() -> None:
    mkdocs_theme = '<html><body><nav>Menu</nav><div role="main"><h1 id="a">Judul</h1><p>Isi.</p></div></body></html>'
    assert [line if isinstance(line, str) else line[:3] for line in html_lines(mkdocs_theme)] == [
        (1, "Judul", "a"), "<p>Isi.</p>"]
    assert list(html_lines("<html><body><p>Saja.</p></body></html>")) == ["<p>Saja.</p>"]


def test_the_pages_of_a_site_and_their_roles(tmp_path: Path) -> None:
    page = '<html><body><main><h1 id="t">{0}</h1><p id="e">{0} isi.</p></main></body></html>'
    for folder in ("", "artikel/", "artikel/pohon/", "linimasa/", "catatan/", "sumber/", "pagefind/"):
        (tmp_path / folder).mkdir(parents=True, exist_ok=True)
        (tmp_path / folder / "index.html").write_text(page.format(folder.strip("/") or "Beranda"), encoding="utf-8")
    (tmp_path / "404.html").write_text(page.format("Hilang"), encoding="utf-8")
    assert [url for url, _ in site_urls(tmp_path)] == ["", "artikel/", "artikel/pohon/", "catatan/", "linimasa/",
                                                       "sumber/"]
    pages = site_pages(tmp_path, {"artikel/pohon/"}, [])
    assert [(p.url, p.weight) for p in pages] == [("artikel/pohon/", None), ("catatan/", None),
                                                  ("linimasa/", sp.REFERENCE_WEIGHT)]
