"""Tests of per-article entity finding on hand-written Indonesian sentences."""

from __future__ import annotations

import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "hooks"))

from explainer.extract.acronyms import long_form_start  # noqa: E402
from explainer.extract.entities import Mention, find_mentions  # noqa: E402
from explainer.extract.lexicon import name_key  # noqa: E402
from explainer.model import Article, Block  # noqa: E402


def article(*paragraphs: str, article_id: str = "a") -> Article:
    return Article(id=article_id, source_file=f"{article_id}.txt", title="Judul", outlet=None, url=None,
                   published="2024-01-01", authors=[], editors=[], blocks=[Block("p", p) for p in paragraphs])


def by_surface(mentions: list[Mention]) -> dict[str, Mention]:
    return {m.surface: m for m in mentions}


def test_title_is_cut_from_the_name_and_becomes_its_description():
    found = by_surface(find_mentions(article(
        "Menteri Pertahanan Rusia Sergei Shoigu tiba di Jakarta pada Selasa pagi.",
        "Shoigu kemudian bertemu sejumlah pejabat.")))
    assert found["Sergei Shoigu"].type == "person"
    assert found["Sergei Shoigu"].description == "Menteri Pertahanan Rusia"
    assert found["Rusia"].type == "place"
    assert found["Jakarta"].type == "place"
    assert found["Shoigu"].resolved == "Sergei Shoigu"
    assert "Selasa" not in found and "Menteri Pertahanan Rusia Sergei Shoigu" not in found


def test_appositive_after_a_name_is_its_description_with_the_sentence():
    text = "Dmitry Peskov, juru bicara Kremlin, mengatakan pertemuan akan digelar pekan depan."
    found = by_surface(find_mentions(article(text)))
    assert found["Dmitry Peskov"].description == "juru bicara Kremlin"
    assert found["Dmitry Peskov"].quote == text
    assert found["Kremlin"].type == "organization"


def test_title_before_a_comma_describes_the_following_name():
    found = by_surface(find_mentions(article(
        "Direktur Badan Antariksa Nasional, Budi Hartono, menyebut peluncuran ditunda.")))
    assert found["Budi Hartono"].description == "Direktur Badan Antariksa Nasional"
    assert found["Budi Hartono"].type == "person"


def test_clause_after_menurut_is_not_an_appositive():
    found = by_surface(find_mentions(article(
        "Rina Wulandari memimpin rapat itu. Menurut Rina, hasil kajian akan disampaikan.")))
    assert found["Rina"].resolved == "Rina Wulandari"
    assert found["Rina"].description is None


def test_acronym_defined_in_the_text_resolves_to_the_full_name():
    found = find_mentions(article(
        "Lembaga Kajian Maritim Nusantara (LKMN) merilis laporan tahunan.",
        "Laporan LKMN menyebut kenaikan muatan kapal."))
    short = [m for m in found if m.surface == "LKMN"]
    assert len(short) == 2
    assert all(m.resolved == "Lembaga Kajian Maritim Nusantara" for m in short)
    assert short[0].expansion == "Lembaga Kajian Maritim Nusantara"


def test_days_months_section_words_and_sentence_openers_are_not_entities():
    found = by_surface(find_mentions(article(
        "Pada Senin (4/9/2023), warga berkumpul di Bandung.",
        "Kerugian ditaksir mencapai Rp1,2 miliar pada Agustus lalu.",
        "Hujan deras mengguyur kota itu.",
        "Baca Juga: harga beras naik lagi.")))
    assert {s for s, m in found.items() if not m.initial} == {"Bandung"}
    assert found["Hujan"].initial  # a lone capitalised sentence opener: dropped corpus-wide unless seen elsewhere


def test_surname_shared_by_two_people_in_one_article_is_left_unresolved():
    found = find_mentions(article(
        "Agus Santoso dan Dewi Santoso hadir dalam sidang itu.",
        "Santoso menolak berkomentar."))
    lone = [m for m in found if m.surface == "Santoso"]
    assert len(lone) == 1 and lone[0].resolved is None


def test_offsets_point_at_the_surface_and_mentions_pickle():
    paragraphs = ("Pemimpin Korea Utara Kim Jong Un tiba di Vladivostok, Rusia.",
                  "Kim disambut Presiden Rusia Vladimir Putin di stasiun.")
    found = find_mentions(article(*paragraphs))
    assert found, "expected mentions"
    for mention in found:
        assert paragraphs[mention.block][mention.start:mention.end] == mention.surface
    assert pickle.loads(pickle.dumps(found)) == found
    surfaces = by_surface(found)
    assert surfaces["Kim Jong Un"].description == "Pemimpin Korea Utara"
    assert surfaces["Kim"].resolved == "Kim Jong Un"
    assert surfaces["Vladimir Putin"].description == "Presiden Rusia"


def test_gazetteer_short_forms_and_case():
    found = by_surface(find_mentions(article("Pejabat AS dan Korut bertemu di markas PBB di New York.")))
    assert found["AS"].type == "place"
    assert found["Korut"].type == "place"
    assert found["PBB"].type == "organization"
    assert found["New York"].type == "place"


def test_name_key_joins_spellings():
    assert name_key("Kim Jong-un") == name_key("Kim Jong Un")
    assert name_key("Mohammad Rizal") == name_key("Muhammad Rizal")
    assert name_key("Soetrisno") == name_key("Sutrisno")
    assert name_key("Kab. Lubuk Sari") == name_key("Kabupaten Lubuk Sari")
    assert name_key("Budi Santoso") != name_key("Budi Susanto")


def test_long_form_start():
    assert long_form_start("KCNA", "Korean Central News Agency") == 0
    assert long_form_start("Korut", "Korea Utara") == 0
    assert long_form_start("NYT", "The New York Times") == len("The ")
    assert long_form_start("XYZ", "Korea Utara") is None


def test_long_article_yields_the_mentions_of_each_paragraph():
    paragraph = ("Bupati Lembah Hijau Teguh Wicaksono Nasution, didampingi Kepala Dinas Kesehatan Kabupaten Lembah "
                 "Hijau Rina Marlina, meninjau Desa Sukamaju pada Rabu (3/7/2024). Nasution mengatakan bahwa "
                 "Badan Penanggulangan Bencana Daerah (BPBD) telah mengirim bantuan. \u201cKami bergerak cepat,\u201d "
                 "kata Marlina kepada wartawan di Jakarta.")
    # (its cost per article is a figure of scripts/bench.py, "entities" column, not a timed test)
    one = [(m.block, m.surface) for m in find_mentions(article(paragraph))]
    long_article = article(*[paragraph] * 12)  # about 600 words
    mentions = [(m.block, m.surface) for m in find_mentions(long_article)]
    assert {"Rina Marlina", "Badan Penanggulangan Bencana Daerah", "BPBD", "Desa Sukamaju"} <= \
        {surface for _, surface in one}
    # every paragraph yields what the paragraph alone yields, except that later ones may use the short forms
    assert len(mentions) == 12 * len(one)
    assert [surface for block, surface in mentions if block == 0] == [surface for _, surface in one]


def test_region_named_after_a_place_head_elsewhere_is_cut_from_the_regional_heads_name():
    # "Kabupaten Lereng Biru" shows the region's name, so "Bupati Lereng Biru Darmaji Eko Saputro" is region + person
    found = [(m.surface, m.type) for m in find_mentions(article(
        "Bupati Lereng Biru Darmaji Eko Saputro membuka pasar itu. Pemerintah Kabupaten Lereng Biru menyiapkan dana."))]
    assert found[:2] == [("Lereng Biru", "place"), ("Darmaji Eko Saputro", "person")]
    one_word = [(m.surface, m.type) for m in find_mentions(article(
        "Bupati Randualas Darmaji Eko Saputro membuka pasar. Warga Kabupaten Randualas menyambutnya."))]
    assert one_word[:2] == [("Randualas", "place"), ("Darmaji Eko Saputro", "person")]


def test_a_given_name_alone_belongs_to_the_fullest_of_one_persons_spellings():
    found = find_mentions(article(
        "Raditya Wisnu Kencana mengucapkan sumpah di depan majelis.",
        "Sesudahnya ia duduk bersama Raditya Wisnu di barisan depan.",
        "Raditya kemudian menyapa warga."))
    lone = [m for m in found if m.surface == "Raditya"]
    assert len(lone) == 1 and lone[0].resolved == "Raditya Wisnu Kencana"
