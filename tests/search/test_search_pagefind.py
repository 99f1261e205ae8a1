"""Unit tests for explainer.search.terms and explainer.search.pagefind (hand-written Indonesian sentences)."""
from pathlib import Path

import pytest

from explainer.search import pagefind as sp
from explainer.search import terms as st

PAGES = {
    "a": ["Presiden melakukan kunjungan resmi ke Jakarta.", "Kunjungan itu berlangsung dua hari."],
    "b": ["Menteri berkunjung ke pabrik di Surabaya bersama wartawan."],
    "c": ["Rombongan itu dikunjungi warga desa pada pagi hari."],
    "d": ["Kedua pemimpin bertemu di istana.", "Pertemuan itu tertutup bagi wartawan."],
    "e": ["Wartawan menemui juru bicara Korea Utara di Pyongyang."],
    "f": ["Kim Jong Un tiba di stasiun.", "Pemimpin Korut itu disambut pejabat."],
    "g": ["Ri Chol-song mengunjungi pelabuhan."],
    "h": ["Ri Chol Song membuka pameran."],
}
GLOSSARY = [{"name": "Korea Utara", "aliases": ["Korut", "DPRK"]}, {"name": "Kim Jong Un", "aliases": ["Kim Jong-un"]}]


def _index():
    analyses = {k: st.analyze_text(v) for k, v in sorted(PAGES.items())}
    expander = st.Expander(st.build_lexicon(analyses.values()), st.alias_index(GLOSSARY))
    return {k: {st.stem(w) for w in a.words} | {st.stem(t) for t in expander.terms(a)} for k, a in analyses.items()}


def _find(index, query):
    keys = [st.stem(t) for t in st.normalize(query).split()]
    return sorted(k for k, stems in index.items() if all(key in stems for key in keys))


def test_every_affixed_form_finds_every_page_of_the_root():
    index = _index()
    for query in ["kunjungan", "berkunjung", "mengunjungi", "dikunjungi"]:
        assert {"a", "b", "c", "g"} <= set(_find(index, query)), query
    for query in ["pertemuan", "bertemu", "menemui"]:
        assert {"d", "e"} <= set(_find(index, query)), query


def test_plain_snowball_alone_misses_nasal_forms():
    assert st.stem("mengunjungi") != st.stem("kunjungan")
    assert st.stem("menemui") != st.stem("pertemuan")


def test_aliases_and_spellings():
    index = _index()
    assert _find(index, "Korut") == ["e", "f"]
    assert _find(index, "Korea Utara") == ["e", "f"]
    assert _find(index, "Kim Jong-un") == ["f"]
    assert _find(index, "Chol-song") == ["g", "h"]


def test_names_get_no_affix_terms():
    analysis = st.analyze_text(PAGES["f"])
    expander = st.Expander(st.build_lexicon([st.analyze_text(v) for v in PAGES.values()]))
    assert not any(t.startswith(("mengim", "berkim", "dipyongyang")) for t in expander.terms(analysis))


def test_page_from_markdown_keeps_anchored_sections():
    page = sp.page_from_markdown("glosarium/", "# Glosarium\n\n## Korea Utara {#korea-utara}\n\nNegara \\(Korut\\).\n")
    assert page.title == "Glosarium"
    assert [(s.anchor, s.heading, s.paragraphs) for s in page.sections] == [("korea-utara", "Korea Utara", ("Negara (Korut).",))]


BYLINE_PAGE = """# Menteri Berkunjung ke Pabrik

<p class="artikel-meta" data-pagefind-ignore><strong>Media:</strong> Warta Contoh · <strong>Terbit:</strong> 3 Mei 2024</p>

<p id="p1">Menteri berkunjung ke pabrik baja di Cilegon.</p>
"""

REFERENCE_PAGE = """# Linimasa

Ringkasan: 3 peristiwa dari 2 artikel. Lihat [Menteri Berkunjung ke Pabrik](../artikel/menteri/).

## Mei 2024 {#bulan-2024-05}

<p id="peristiwa-1"><strong>3 Mei 2024</strong> · Menteri berkunjung ke pabrik baja.<br>Sumber: <a href="../artikel/menteri/#p1-k1" title="Menteri Berkunjung ke Pabrik">Warta Contoh</a></p>

<ul><li><a href="../artikel/menteri/">Menteri Berkunjung ke Pabrik</a> (1×)</li></ul>

<ul><li><strong>Disebut dalam:</strong> 2 artikel</li><li><a href="../artikel/menteri/">Menteri Berkunjung ke Pabrik</a> (2×)</li></ul>
"""


def test_lines_marked_for_no_search_are_left_out():
    page = sp.page_from_markdown("artikel/menteri/", BYLINE_PAGE)
    text = " ".join(p for s in page.sections for p in s.paragraphs)
    assert "Warta Contoh" not in text and "Terbit" not in text
    assert text == "Menteri berkunjung ke pabrik baja di Cilegon."
    assert page.weight is None


def test_inline_markup_leaves_no_space_before_punctuation():
    line = ('<p id="p1"><span class="kalimat" id="p1-k1"><a href="../glosarium/#budi">Bupati Budi</a>, '
            'didampingi <em>camat</em>, tiba.</span> <span class="kalimat" id="p1-k2">Warga senang.</span></p>')
    assert sp.markdown_text(line) == "Bupati Budi, didampingi camat, tiba. Warga senang."
    assert sp.markdown_text("<li><strong>Jenis:</strong> Orang</li><li>Tempat</li>") == "Jenis: Orang Tempat"


def test_links_marked_for_no_search_leave_no_brackets_behind():
    line = ('<li><strong>Keterangan:</strong> kepala desa di lembah itu '
            '(<a href="../artikel/desa/#p2" data-pagefind-ignore>sumber</a>)</li>')
    assert sp.markdown_text(line) == "Keterangan: kepala desa di lembah itu"
    assert sp.markdown_text('<li>disebut dalam <a href="../artikel/desa/">Berita Desa</a> (2×)</li>') == \
        "disebut dalam Berita Desa (2×)"


@pytest.mark.parametrize(("line", "text"), [
    ("Rapat  warga \t desa", "Rapat warga desa"),  # no markup: only the spacing changes
    ("- butir terakhir |", "butir terakhir"),
    ("**Tempat:** Balai Desa", "Tempat: Balai Desa"),
    ("Harga naik 5\\% dan \\[catatan\\] pekan ini", "Harga naik 5% dan [catatan] pekan ini"),
    ("Kopi &amp; teh &quot;hangat&quot;", 'Kopi & teh "hangat"'),
    ("Catatan rapat {: .kecil }", "Catatan rapat"),
    ("[Balai Kota](../glosarium/balai/) dibuka, [ini](a.md) juga", "Balai Kota dibuka, ini juga"),
    ("Harga [cabai] naik {sekitar} 5 * 2 & <lebih>", "Harga [cabai] naik {sekitar} 5 * 2 &"),
])
def test_markdown_text_of_each_kind_of_markup(line, text):
    assert sp.markdown_text(line) == text


def test_reference_pages_given_the_same_titles_again_drop_the_same_links():
    titles = ["Menteri Berkunjung ke Pabrik", "Lain Lagi"]
    first = sp.page_from_markdown("linimasa/", REFERENCE_PAGE, role=sp.REFERENCE, page_titles=titles)
    again = sp.page_from_markdown("linimasa/", REFERENCE_PAGE, role=sp.REFERENCE, page_titles=list(titles))
    other = sp.page_from_markdown("linimasa/", REFERENCE_PAGE, role=sp.REFERENCE, page_titles=["Lain Lagi"])
    assert first == again
    assert "Menteri Berkunjung ke Pabrik (1×)" in other.sections[0].paragraphs  # a title no longer given

def test_reference_pages_keep_anchored_sections_without_links_naming_pages():
    page = sp.page_from_markdown("linimasa/", REFERENCE_PAGE, role=sp.REFERENCE,
                                 page_titles=["Menteri Berkunjung ke Pabrik"])
    assert [s.anchor for s in page.sections] == ["bulan-2024-05"]  # the overview on top is no result
    assert page.sections[0].paragraphs == ("3 Mei 2024 · Menteri berkunjung ke pabrik baja. Sumber: Warta Contoh",
                                           "Disebut dalam: 2 artikel")  # no "(2×)" left by a dropped link
    assert page.weight == sp.REFERENCE_WEIGHT
    plain = sp.page_from_markdown("linimasa/", REFERENCE_PAGE, page_titles=["Menteri Berkunjung ke Pabrik"])
    assert plain.sections[0].anchor is None and plain.weight is None  # a content page stays whole


def test_reference_pages_weigh_less_in_the_index(tmp_path):
    pages = [sp.page_from_markdown("artikel/menteri/", BYLINE_PAGE),
             sp.page_from_markdown("linimasa/", REFERENCE_PAGE, role=sp.REFERENCE)]
    sp.write_search_pages(pages, tmp_path)
    article = (tmp_path / "artikel" / "menteri" / "index.html").read_text(encoding="utf-8")
    reference = (tmp_path / "linimasa" / "index.html").read_text(encoding="utf-8")
    assert "<h1>Menteri Berkunjung ke Pabrik</h1>" in article and "<p>Menteri berkunjung" in article
    assert f'<p data-pagefind-weight="{sp.REFERENCE_WEIGHT:g}">' in reference
    assert f'<h2 id="bulan-2024-05" data-pagefind-weight="{sp.REFERENCE_WEIGHT:g}">' in reference
    assert 'data-pagefind-meta="kind:reference"' in reference and "data-pagefind-meta" not in article


def test_front_matter_is_not_page_text():
    page = sp.page_from_markdown("artikel/menteri/", '---\ntitle: "Menteri"\ndescription: "Warta — Menteri"\n---\n\n'
                                 + BYLINE_PAGE)
    assert page.title == "Menteri Berkunjung ke Pabrik"
    assert [p for s in page.sections for p in s.paragraphs] == ["Menteri berkunjung ke pabrik baja di Cilegon."]


def test_every_section_ends_with_a_hidden_block(tmp_path):
    page = sp.page_from_markdown("glosarium/", "# Glosarium\n\n## Andi Baso {#andi-baso}\n\nWartawan.\n\n"
                                 "## Budi Carik {#budi-carik}\n\nJuru foto.\n", role=sp.REFERENCE)
    sp.write_search_pages([page], tmp_path)
    written = (tmp_path / "glosarium" / "index.html").read_text(encoding="utf-8")
    assert written.count(sp.SENTINEL_OPEN) == 2 and written.count(sp.SENTINEL_CLOSE) == 2
    assert written.index(sp.SENTINEL_OPEN) < written.index("budi-carik")


def test_entries_on_top_of_a_reference_page_stay_its_overview_goes():
    year_page = ("# Linimasa 2019\n\n[← 2018](2018.md) · [2020 →](2020.md)\n\n"
                 '<p id="peristiwa-2019-ab12"><strong>2019</strong> · Jembatan Bening diresmikan.</p>\n\n'
                 "## Mei 2019 {#bulan-2019-05}\n\n"
                 '<p id="peristiwa-201905-cd34"><strong>Mei 2019</strong> · Jalan baru dibuka.</p>\n')
    page = sp.page_from_markdown("linimasa/2019/", year_page, role=sp.REFERENCE)
    assert [(s.anchor, s.paragraphs) for s in page.sections] == [
        (None, ("2019 · Jembatan Bening diresmikan.",)),
        ("bulan-2019-05", ("Mei 2019 · Jalan baru dibuka.",))]


def test_pagefind_runs_as_its_binary_without_starting_python(tmp_path):
    import subprocess
    command = sp.pagefind_command(tmp_path / "situs", tmp_path / "indeks")
    assert command[1:] == ["--site", str(tmp_path / "situs"), "--output-path", str(tmp_path / "indeks"),
                           "--force-language", "id"]
    assert "python" not in Path(command[0]).name  # the binary itself, found as `python -m pagefind` finds it
    done = subprocess.run([command[0], "--version"], capture_output=True, text=True, check=False)
    assert done.returncode == 0 and "pagefind" in done.stdout.lower()


def test_pagefind_runs_as_a_module_when_the_package_names_no_binary(monkeypatch):
    import sys
    import pagefind.service
    sp._pagefind_program.cache_clear()
    monkeypatch.setattr(pagefind.service, "get_executable", lambda: None)
    try:
        assert sp.pagefind_command(Path("a"), Path("b"))[:3] == [sys.executable, "-m", "pagefind"]
    finally:
        sp._pagefind_program.cache_clear()
