"""The forms Indonesian news uses to say who or what a name is (issue 21), each on an invented sentence; a
description never belongs to a neighbouring name."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "hooks"))

from explainer.corpus.glossary import build_glossary  # noqa: E402
from explainer.extract.entities import Mention, find_mentions  # noqa: E402
from explainer.model import Article, Block  # noqa: E402


def article(*paragraphs: str) -> Article:
    return Article(id="a", source_file="a.txt", title="Judul", outlet=None, url=None, published="2024-01-01",
                   authors=[], editors=[], blocks=[Block("p", p) for p in paragraphs], page="artikel/a/")


def mentions(*paragraphs: str) -> dict[str, Mention]:
    return {m.surface: m for m in find_mentions(article(*paragraphs))}


def test_appositive_before_and_after_the_name_and_after_kata():
    found = mentions("Kepala Dinas Pangan Jawa Tengah, Fadli Rahman, meninjau pasar.",
                     "Rina Kusuma, Ketua Asosiasi Pedagang Beras, menolak usul itu.",
                     '"Harga harus turun," kata Direktur Lembaga Konsumen Sunardi Katili.')
    assert found["Fadli Rahman"].description == "Kepala Dinas Pangan Jawa Tengah"
    assert found["Rina Kusuma"].description == "Ketua Asosiasi Pedagang Beras"
    assert found["Sunardi Katili"].description == "Direktur Lembaga Konsumen"
    assert found["Jawa Tengah"].description is None


def test_a_title_with_its_short_form_in_brackets_and_a_role_in_brackets():
    found = mentions("Presiden meminta Menteri Kesehatan (Menkes) RI, Budi Gunawan Sadikin memantau rumah sakit.",
                     "Kepala Sekretariat Negara (Kasetneg) Heru Santoso menemui mahasiswa.",
                     "Abdi Harsono (Ketua Panitia Pelaksana) dan Suko Sutrisna (security officer) ditahan.")
    assert found["Budi Gunawan Sadikin"].description == "Menteri Kesehatan (Menkes) RI"
    assert found["Heru Santoso"].description == "Kepala Sekretariat Negara (Kasetneg)"
    assert "Menkes" not in found and "Kasetneg" not in found  # a title's short form is no entity
    assert found["Abdi Harsono"].description == "Ketua Panitia Pelaksana"
    assert found["Suko Sutrisna"].description == "security officer"


def test_a_pair_shares_the_role_written_before_it():
    found = mentions("KPU menetapkan pasangan nomor urut 2 Rudi Hartanto-Sinta Dewi sebagai pemenang.")
    assert found["Rudi Hartanto"].description == found["Sinta Dewi"].description == "pasangan nomor urut 2"


def test_the_copula_and_the_relative_clause_describe_the_subject():
    found = mentions("Lembaga Kajian Pangan merupakan lembaga riset milik pemerintah daerah.",
                     "Koperasi Tani Makmur, yang berdiri sejak 1990, membeli gabah petani.")
    assert found["Lembaga Kajian Pangan"].description == "lembaga riset milik pemerintah daerah"
    assert found["Koperasi Tani Makmur"].description == "yang berdiri sejak 1990"


def test_what_the_subject_does_describes_it_when_nothing_else_does():
    found = mentions("Badan Pusat Data (BPD) mengumumkan inflasi September sebesar 1,17 persen pada Senin.",
                     "Organisasi Angkutan Kota (Organka) memprediksi, tarif angkutan bisa naik 10 persen.",
                     "Komisi Pangan mengatakan, harga beras akan turun.")
    assert found["Badan Pusat Data"].description == "yang mengumumkan inflasi September sebesar 1,17 persen"
    assert found["Organisasi Angkutan Kota"].description == "yang memprediksi tarif angkutan bisa naik 10 persen"
    assert found["Komisi Pangan"].description is None  # what it said is no description of it


def test_the_glossary_leads_a_clause_with_the_names_head_word():
    a = article("Partai Karya bersama serikat buruh menggelar demo di depan Gedung Dewan.")
    entries = {e["name"]: e for e in build_glossary([(a, find_mentions(a))], {})}
    assert entries["Partai Karya"]["description"] == "partai yang bersama serikat buruh menggelar demo di depan Gedung Dewan"
    assert entries["Partai Karya"]["description_source"]["article"] == "a"


def test_a_role_written_once_for_a_list_and_a_relation_to_the_subject():
    found = mentions("Putusan dibacakan hakim konstitusi Saldi Irawan, Enny Nurbani, dan Arief Hidayat.",
                     "Ganjar Pratama berada di rumah bersama istrinya Siti Atikah pada sore itu.",
                     "Presiden Joko Santoso, Sri Wulandari, dan Budi Hartono hadir.")
    assert {found[n].description for n in ("Saldi Irawan", "Enny Nurbani", "Arief Hidayat")} == {"hakim konstitusi"}
    assert found["Siti Atikah"].description == "istri Ganjar Pratama"
    assert found["Joko Santoso"].description == "Presiden"
    assert found["Sri Wulandari"].description is None  # a capitalised title is one person's


def test_a_titled_appositive_after_a_one_word_name_and_a_numbered_unit():
    found = mentions('"Kami menunggu putusan," ujar Sumarda, Kuasa Hukum kedua terdakwa.',
                     "Kasubdit 1 Kamneg Ditreskrimsus Polda Jatim AKBP Ahmad Taufik menegaskan status itu.",
                     '"Jangan dipakai guyonan," kata Orang Tua Korban Tragedi Bandar, Cholifa Noor.')
    assert found["Sumarda"].description == "Kuasa Hukum kedua terdakwa"
    assert found["Ahmad Taufik"].description == "Kasubdit 1 Kamneg Ditreskrimsus Polda Jatim"
    assert found["Cholifa Noor"].description == "Orang Tua Korban Tragedi Bandar"
