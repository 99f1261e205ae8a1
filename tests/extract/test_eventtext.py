"""Tests for explainer.extract.eventtext and its use in extract_events: what an event's words are."""

from __future__ import annotations

from explainer.model import Article, Block
from explainer.extract.events import extract_events


def article(paragraphs: list[str], published: str | None = "2023-09-14") -> Article:
    return Article(id="a", source_file="a.txt", title="Judul", outlet="Kabar Uji", url=None,
                   published=published, authors=[], editors=[],
                   blocks=[Block("p", p) for p in paragraphs], page="artikel/a/", src_path="artikel/a.md")


def events(paragraphs: list[str], published: str | None = "2023-09-14") -> list[tuple[str, str]]:
    return [(e.date, e.text) for e in extract_events(article(paragraphs, published))]


def test_discourse_openers_and_pointing_back_phrases_go():
    got = events(["Di tengah sorotan tersebut, gubernur meresmikan jembatan pada 2 Mei 2023.",
                  "Sementara itu, pasar baru dibuka pada 3 Mei 2023.",
                  "Menyusul kabar itu, warga berkumpul pada 4 Mei 2023."])
    assert [text for _, text in got] == ["Gubernur meresmikan jembatan pada 2 Mei 2023.",
                                         "Pasar baru dibuka pada 3 Mei 2023.",
                                         "Warga berkumpul pada 4 Mei 2023."]


def test_fragment_starting_with_a_relative_pronoun_reads_on_its_own():
    got = events(["Di mana gedung itu adalah tempat sidang pertama digelar pada tahun 2011."])
    assert got == [("2011", "Gedung itu adalah tempat sidang pertama digelar pada tahun 2011.")]


def test_stray_closing_quote_of_an_earlier_sentence_is_dropped():
    got = events(['"Kami menolak. Harga pupuk naik," kata ketua kelompok tani, Rabu (13/9/2023).'])
    assert got == [("2023-09-13", "Harga pupuk naik, kata ketua kelompok tani, Rabu (13/9/2023).")]


def test_the_date_of_the_source_is_not_the_date_of_what_it_reports():
    # the source's date with a completed or future event: no entry
    assert events(["Dilansir dari Kantor Berita Uji, Selasa (12/9/2023), bendungan itu telah jebol."]) == []
    assert events(["Dilansir dari Kantor Berita Uji, Selasa (12/9/2023), menteri akan datang."]) == []
    # another date in the sentence dates the event
    assert events(["Dikutip dari Harian Uji, Selasa (12/9/2023), banjir melanda desa itu pada 8 September 2023."]) \
        == [("2023-09-08", "Banjir melanda desa itu pada 8 September 2023.")]
    # what the source says of that moment keeps the date, without the sourcing words
    assert events(["Dilansir dari Kantor Berita Uji, Selasa (12/9/2023), rombongan menteri kabarnya "
                   "didampingi dua gubernur."]) == \
        [("2023-09-12", "Rombongan menteri kabarnya didampingi dua gubernur.")]


def test_a_quote_date_dates_the_saying_whatever_the_quote_says():
    got = events(["“Kami akan membangun dua sekolah,” kata Bupati Rano, Kamis (14/9/2023)."])
    assert [date for date, _ in got] == ["2023-09-14"]


def test_a_named_report_with_its_release_date_is_an_event():
    got = events(["Menurut laporan Harian Uji yang dirilis pada Senin (11/9/2023), harga beras naik."])
    assert [date for date, _ in got] == ["2023-09-11"]


def test_first_in_n_years_is_worded_as_the_previous_occurrence():
    got = extract_events(article(["Ini akan menjadi kunjungan pertama raja ke Jepang dalam 30 tahun."],
                                 "2024-06-18"))
    assert [(e.date, e.text) for e in got] == \
        [("1994", "Kunjungan raja ke Jepang sebelumnya, sekitar 30 tahun sebelum Juni 2024.")]
    assert "dihitung mundur" in got[0].notes[0]
    # no noun to word it with: nothing rather than the 2024 sentence under 1994
    assert events(["Ia menang pertama kali dalam 30 tahun."], "2024-06-18") == []


def test_two_dates_in_comma_pieces_give_each_its_own_piece():
    got = events(["Ekspor naik sejak pabrik dibuka pada bulan Maret, kenaikan tertinggi sejak tahun 2015."],
                 "2024-06-18")
    assert got == [("2024-03", "Ekspor naik sejak pabrik dibuka pada bulan Maret."),
                   ("2015", "Kenaikan tertinggi sejak tahun 2015.")]


def test_the_same_words_are_never_listed_under_two_dates():
    # no clause boundary between the two dates: one statement, under its first date only
    got = events(["Harga naik dari Juli 2023 ke Agustus 2023 di pasar itu."])
    assert [date for date, _ in got] == ["2023-07"]
