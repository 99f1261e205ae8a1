"""Unit tests for explainer.search.pagefind (hand-written Indonesian sentences; proposed for tests/)."""
from explainer.search import pagefind as sp

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
    analyses = {k: sp.analyze_text(v) for k, v in sorted(PAGES.items())}
    expander = sp.Expander(sp.build_lexicon(analyses.values()), sp.alias_index(GLOSSARY))
    return {k: {sp.stem(w) for w in a.words} | {sp.stem(t) for t in expander.terms(a)} for k, a in analyses.items()}


def _find(index, query):
    keys = [sp.stem(t) for t in sp.normalize(query).split()]
    return sorted(k for k, stems in index.items() if all(key in stems for key in keys))


def test_every_affixed_form_finds_every_page_of_the_root():
    index = _index()
    for query in ["kunjungan", "berkunjung", "mengunjungi", "dikunjungi"]:
        assert {"a", "b", "c", "g"} <= set(_find(index, query)), query
    for query in ["pertemuan", "bertemu", "menemui"]:
        assert {"d", "e"} <= set(_find(index, query)), query


def test_plain_snowball_alone_misses_nasal_forms():
    assert sp.stem("mengunjungi") != sp.stem("kunjungan")
    assert sp.stem("menemui") != sp.stem("pertemuan")


def test_aliases_and_spellings():
    index = _index()
    assert _find(index, "Korut") == ["e", "f"]
    assert _find(index, "Korea Utara") == ["e", "f"]
    assert _find(index, "Kim Jong-un") == ["f"]
    assert _find(index, "Chol-song") == ["g", "h"]


def test_names_get_no_affix_terms():
    analysis = sp.analyze_text(PAGES["f"])
    expander = sp.Expander(sp.build_lexicon([sp.analyze_text(v) for v in PAGES.values()]))
    assert not any(t.startswith(("mengim", "berkim", "dipyongyang")) for t in expander.terms(analysis))


def test_page_from_markdown_keeps_anchored_sections():
    page = sp.page_from_markdown("glosarium/", "# Glosarium\n\n## Korea Utara {#korea-utara}\n\nNegara \\(Korut\\).\n")
    assert page.title == "Glosarium"
    assert [(s.anchor, s.heading, s.paragraphs) for s in page.sections] == [("korea-utara", "Korea Utara", ("Negara (Korut).",))]
