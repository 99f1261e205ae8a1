"""Acronym definitions both ways, pairs of names and nicknames in one article (issue 21), on invented sentences."""

from __future__ import annotations

from entitytexts import mention_list as mentions
from explainer.extract.acronyms import long_form_start


def test_schwartz_hearst_finds_the_shortest_long_form():
    assert long_form_start("BRITP", "Badan Riset, Inovasi, dan Teknologi Pangan") == 0
    assert long_form_start("PHR", "Fraksi Partai Hijau Raya") == len("Fraksi ")
    assert long_form_start("GSNN", "Gabungan Serikat Nelayan Nusantara") == 0
    assert long_form_start("XYZ", "Badan Pangan") is None


def test_a_long_form_written_with_commas_is_one_name_and_joins_its_acronym():
    found = mentions("Badan Riset, Inovasi, dan Teknologi Pangan (BRITP) merilis data pekan ini.",
                     "Data BRITP menyebut harga beras naik.")
    surfaces = [m.surface for m in found]
    assert "Badan Riset, Inovasi, dan Teknologi Pangan" in surfaces
    assert not {"Badan Riset", "Inovasi", "Teknologi Pangan"} & set(surfaces)
    assert {m.resolved for m in found if m.surface == "BRITP"} == {"Badan Riset, Inovasi, dan Teknologi Pangan"}


def test_acronym_first_and_long_form_in_brackets():
    found = {m.surface: m for m in mentions("LKPN (Lembaga Kajian Pangan Nasional) merilis laporan tahunan.")}
    assert found["LKPN"].resolved == "Lembaga Kajian Pangan Nasional"
    assert found["Lembaga Kajian Pangan Nasional"].type == "organization"


def test_an_acronym_of_the_end_of_a_name_defines_that_end():
    found = {m.surface: m for m in mentions("Fraksi Partai Hijau Raya (PHR) meninggalkan ruang sidang.",
                                            "Ketua Gabungan Serikat Nelayan Nusantara (GSNN) Hamdan Basri hadir.")}
    assert found["Fraksi Partai Hijau Raya"].type == "organization"
    assert found["PHR"].resolved == "Partai Hijau Raya"
    assert found["GSNN"].resolved == "Gabungan Serikat Nelayan Nusantara"
    assert found["Hamdan Basri"].description == "Ketua Gabungan Serikat Nelayan Nusantara (GSNN)"


def test_a_pair_of_names_is_two_people():
    found = mentions("Panitia menetapkan pasangan Rudi Hartanto-Sinta Dewi sebagai pemenang.",
                     "Rudi Hartanto berpidato. Pendukung Rudi-Sinta bersorak.")
    people = {m.surface: m.resolved for m in found if m.type == "person"}
    assert people == {"Rudi Hartanto": "Rudi Hartanto", "Sinta Dewi": "Sinta Dewi", "Rudi": "Rudi Hartanto",
                      "Sinta": "Sinta Dewi"}
    assert not [m for m in found if "-" in m.surface]


def test_a_reduplicated_word_is_not_a_pair():
    found = [m.surface for m in mentions("Mereka menolak Undang-Undang Cipta Lahan itu.")]
    assert "Undang-Undang Cipta Lahan" in found


def test_a_nickname_the_article_pairs_with_the_name_resolves_to_it():
    found = mentions("Rudi Santoso yang akrab disapa Rudos hadir. Rudos lalu berpidato.",
                     "Pasangan itu, Hendra Wijaya alias Cak Hen, mendaftar. Cak Hen tersenyum.")
    assert {m.resolved for m in found if m.surface == "Rudos"} == {"Rudi Santoso"}
    assert {m.resolved for m in found if m.surface == "Hen"} == {"Hendra Wijaya"}


def test_initials_of_a_person_named_in_the_article_resolve_to_them():
    found = mentions("Polisi menetapkan Bagas Hadi Lukman sebagai tersangka.",
                     "Menurut polisi, BHL diperiksa selama sepuluh jam.")
    assert {m.resolved for m in found if m.surface == "BHL"} == {"Bagas Hadi Lukman"}


def test_a_company_and_its_acronym_and_a_lower_case_title_through_the_brackets():
    found = {m.surface: m for m in mentions(
        "Mereka adalah direktur utama PT Liga Sentosa Baru (LSB) Bagas Hadi Lukman, AKP Budi Santoso, dan lainnya.")}
    assert found["LSB"].resolved == "PT Liga Sentosa Baru"  # a legal form is part of the company's name
    assert "Liga Sentosa Baru" not in found
    assert found["Bagas Hadi Lukman"].description == "direktur utama PT Liga Sentosa Baru (LSB)"
