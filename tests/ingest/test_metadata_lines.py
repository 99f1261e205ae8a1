"""Metadata of text scrapes from outlets never seen: datelines of every shape, the site's name above its menu or in
its footer, bylines glued to their dates, credits in brackets, and the page header's clock that is no date."""

from __future__ import annotations

import pytest

from explainer.ingest.clean import clean_text
from explainer.ingest.credits import parse_byline, parse_credit_line
from explainer.ingest.outlet import choose_outlet, dateline_outlet, self_names, split_dateline
from explainer.ingest.textio import normalise

HEADLINE = "Warga Desa Sukamundur Gelar Panen Raya Padi Organik"
TEXT = "Warga Desa Sukamundur menggelar panen raya padi organik bersama kelompok tani pada Rabu pagi."
SECOND = "Kepala desa mengatakan hasil panen tahun ini naik dua kali lipat karena irigasi baru."


def clean(*lines: str):
    return clean_text(normalise("\n\n".join(lines) + "\n"), "panen.txt")


@pytest.mark.parametrize(("line", "outlet"), [
    ("BANDUNG, kabarkita.com: " + TEXT, "kabarkita.com"),
    ("kabarkita.com: " + TEXT, "kabarkita.com"),
    ("BERITAKU.COM | Bandung - " + TEXT, "BERITAKU.COM"),
    ("BERITAKU.COM | " + TEXT, "BERITAKU.COM"),
    ("Warta6.com, Jakarta - " + TEXT, "Warta6.com"),
    ("Warta6.com, Bandung " + TEXT, "Warta6.com"),
    ("Kabarkita, Bandung – " + TEXT, "Kabarkita"),
    ("BANDUNG, WARTAKITA: " + TEXT, "WARTAKITA"),
])
def test_datelines_with_a_domain_or_a_name_give_the_outlet(line: str, outlet: str) -> None:
    prefix, rest = split_dateline(line)
    assert rest == TEXT and dateline_outlet(prefix) == outlet


def test_a_city_and_a_colon_is_a_dateline_but_other_capitals_are_not() -> None:
    assert split_dateline("BANDUNG: " + TEXT) == ("BANDUNG", TEXT)
    assert split_dateline("KABAR DESA: " + TEXT) is None  # a column's name, not a city
    assert split_dateline("Menurut dia: Warga desa akan terus menanam padi organik tahun depan.") is None


@pytest.mark.parametrize(("line", "name"), [
    ("© 2022 Warta. Hak Cipta Dilindungi.", "Warta"),
    ("Warta. All Rights Reserved", "Warta"),
    ("© 2023 Kabarkita.com - Media Siber Daerah", "Kabarkita.com"),
    ("Logo Kabar.news", "Kabar.news"),
])
def test_footer_names_without_their_copyright_words(line: str, name: str) -> None:
    assert choose_outlet(None, self_names([line]), [line]) == name


@pytest.mark.parametrize(("top", "outlet"), [
    (["Rumah Warta", "Beranda | Berita | Opini | Riset"], "Rumah Warta"),
    (["kabarkita.com", "Beranda | Sorotan | Nasional | Daerah"], "kabarkita.com"),
    (["detikTani | Pertanian | Pangan | Desa"], "detikTani"),
    (["KABARKU.COM | Nasional | Politik | Hukum"], "KABARKU.COM"),
])
def test_the_sites_name_above_its_menu_names_the_outlet(top: list[str], outlet: str) -> None:
    assert clean(*top, HEADLINE, TEXT, SECOND).outlet == outlet


def test_a_section_menu_alone_names_no_outlet() -> None:
    assert clean("Nasional | Ekonomi | Olahraga | Teknologi", HEADLINE, TEXT, SECOND).outlet is None
    assert clean("Nasional", "Beranda | Berita | Opini", HEADLINE, TEXT, SECOND).outlet is None


def test_a_source_tag_closing_the_body_names_the_outlet_when_nothing_else_does() -> None:
    assert clean(HEADLINE, TEXT, SECOND + "[kabarkita]").outlet == "kabarkita"
    assert clean(HEADLINE, TEXT, SECOND + " [Sari]").outlet is None  # a reporter's name


@pytest.mark.parametrize(("line", "names", "date"), [
    ("Oleh riskaThursday, 21st March 2024 | 16:05 WIB", ["riska"], "2024-03-21T16:05"),
    ("Nita Sari, Kamis, 3 Maret 2022 09.45", ["Nita Sari"], "2022-03-03T09:45"),
    ("Nita Sari, Kamis, 3 Maret 2022 09.45 | Waktu baca 2 menit", ["Nita Sari"], "2022-03-03T09:45"),
    ("Penulis: Budi Santoso | Rabu, 4 Oktober 2023", ["Budi Santoso"], "2023-10-04"),
])
def test_bylines_glued_to_their_dates_give_both(line: str, names: list[str], date: str) -> None:
    assert parse_byline(line) == (names, date)
    article = clean(HEADLINE, line, TEXT, SECOND)
    assert (article.authors, article.published) == (names, date)


@pytest.mark.parametrize("line", ["Selasa, 12 September 2023 | 14:05 WIB", "Jakarta, Senin 5 Juni 2023",
                                  "Kabarkita.com - 06/09/2022, 18:14 WIB",
                                  "Warga berkumpul di balai desa, Senin, 24 Oktober 2022"])
def test_date_lines_places_and_prose_are_no_bylines(line: str) -> None:
    assert parse_byline(line) == ([], None)


def test_credits_with_a_glued_colon_a_lower_case_name_or_in_brackets() -> None:
    assert parse_credit_line("Reporter :Andi susanto") == (["Andi susanto"], [])
    assert parse_credit_line("(Budi Santoso)") == (["Budi Santoso"], [])
    assert parse_credit_line("(Bersambung)") == ([], [])
    assert parse_credit_line("(TOM)") == ([], [])
    article = clean(HEADLINE, TEXT, SECOND, "(Budi Santoso)")
    assert article.authors == ["Budi Santoso"] and article.paragraphs == [TEXT, SECOND]


def test_the_page_headers_clock_above_the_menu_is_no_publication_date() -> None:
    article = clean("Jumat, 15/11/2024 - 10:29 WIB", "Beranda | Berita | Opini", "TERBARU", "NASIONAL", HEADLINE,
                    TEXT, SECOND)
    assert article.published is None
    assert clean("Jumat, 15/11/2024 - 10:29 WIB", HEADLINE, TEXT, SECOND).published == "2024-11-15T10:29"


def test_bylines_naming_their_site_or_without_colons() -> None:
    article = clean("Berita | Daerah | Hukum", HEADLINE, "Rina Hale - detikTani", "Selasa, 04 Jun 2024 10:15 WIB",
                    "Jakarta - " + TEXT, SECOND)
    assert (article.authors, article.published) == (["Rina Hale"], "2024-06-04T10:15")
    article = clean(HEADLINE, "Penulis Sari Wulan | Editor Budi Santoso", "JAKARTA, KABARKU.com - " + TEXT, SECOND)
    assert (article.authors, article.editors) == (["Sari Wulan"], ["Budi Santoso"])
    assert parse_credit_line("Penulis buku itu tinggal di desa.") == ([], [])


def test_a_banner_ending_with_a_full_stop_is_no_headline() -> None:
    article = clean("Kabarku+ Baca berita tanpa iklan.", HEADLINE, "BANDUNG, Kabarku.id - " + TEXT, SECOND)
    assert article.title == HEADLINE


def test_a_standfirst_and_a_caption_above_a_dateline_naming_the_outlet_are_not_body() -> None:
    deck = "Warga Desa Sukamundur hari ini resmi memulai panen raya padi organik pertama mereka tahun ini."
    caption = "Petani memanen padi di sawah organik Desa Sukamundur pada Rabu (4/10) pagi, disaksikan kepala desa."
    article = clean(HEADLINE, "Kabarku", "Rabu, 4 Okt 2023 10:18 WIB", deck, caption,
                    "Bandung, Kabarku Indonesia -- " + TEXT, SECOND)
    assert article.paragraphs == [TEXT, SECOND] and article.outlet == "Kabarku Indonesia"
