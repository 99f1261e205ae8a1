"""Text scrapes: the headline under mastheads, taglines and menus; no file-name titles; prefixed date lines."""

from __future__ import annotations

from explainer.ingest import boilerplate as bp
from explainer.ingest.clean import clean_text
from explainer.ingest.headline import find_title, first_sentence
from explainer.ingest.pubdate import parse_date_line

LEAD = ("SEMARANG, BeritaKita.id - Banjir merendam ratusan rumah warga di pesisir utara kota sejak Rabu malam "
        "setelah hujan deras turun selama enam jam.")
SECOND = "Petugas gabungan mengevakuasi warga lanjut usia dan anak-anak ke posko pengungsian di balai kelurahan."
HEADLINE = "Banjir Rendam Ratusan Rumah di Pesisir Utara Kota"


def clean(*lines: str):
    return clean_text("\n\n".join(lines), "banjir-pesisir.txt")


def test_masthead_tagline_and_menu_above_the_headline_are_boilerplate() -> None:
    article = clean("WARTA PAGI NUSANTARA", "Tajam, Terpercaya, Terkini", "≡ Menu   Cari", HEADLINE,
                    "Penulis: Rina Wulandari", LEAD, SECOND)
    assert article.title == HEADLINE
    assert article.authors == ["Rina Wulandari"]
    assert article.paragraphs[0].startswith("Banjir merendam")


def test_an_all_capitals_headline_alone_is_still_the_headline() -> None:
    assert clean("BANJIR RENDAM RATUSAN RUMAH", LEAD, SECOND).title == "BANJIR RENDAM RATUSAN RUMAH"


def test_a_headline_must_be_confirmed_by_what_follows() -> None:
    lines = ["Banjir Rendam Ratusan Rumah", "", "Tautan Lain Di Sini Juga", "", LEAD]
    assert find_title(lines, None) == 0
    assert find_title(["Banjir Rendam Ratusan Rumah"], None) is None  # nothing under it: not a headline


def test_missing_title_is_a_warning_and_the_first_sentence_stands_in() -> None:
    article = clean(SECOND + " Semua warga selamat.", "Air mulai surut pada Kamis siang, tetapi warga tetap waspada.")
    assert article.title == SECOND
    assert "banjir-pesisir" not in article.title and "no title found" in article.warnings[0]
    assert first_sentence("Satu dua tiga. Empat lima.") == "Satu dua tiga."


def test_long_title_and_titles_with_separators_are_kept() -> None:
    long_title = " ".join(["Pemerintah Kota Menyiapkan Bantuan Darurat bagi Ratusan Keluarga Terdampak"] * 4)
    assert len(long_title.split()) > 30
    assert clean(long_title, LEAD, SECOND).title == long_title
    piped = "Banjir Rendam Ratusan Rumah | Warga Mengungsi ke Balai Kelurahan --- Bantuan Disiapkan"
    assert clean(piped, LEAD, SECOND).title == piped
    assert bp.is_menu("Beranda | Berita | Olahraga | Hiburan")  # one-word items are still a menu


def test_outlet_prefixed_date_line_is_read() -> None:
    assert parse_date_line("Kompas.com - 14/09/2023, 10:15 WIB") == ("2023-09-14T10:15", "published")
    assert parse_date_line("Diperbarui - 12/09/2023")[1] == "updated"
    assert parse_date_line("Jakarta - Presiden berkata 12 orang hadir pada 2023")[0] is None
    article = clean(HEADLINE, "Kompas.com - 14/09/2023, 10:15 WIB", LEAD, SECOND)
    assert article.published == "2023-09-14T10:15"


def test_outlet_known_by_its_domain_reads_as_written() -> None:
    assert clean(HEADLINE, LEAD, SECOND).outlet == "BeritaKita.id"
    article = clean(HEADLINE, "JAKARTA, KOMPAS.com - " + LEAD.split(" - ", 1)[1], SECOND)
    assert article.outlet == "KOMPAS.com"


def test_bare_related_header_left_after_its_links_went_does_not_take_the_next_paragraph() -> None:
    article = clean(HEADLINE, LEAD, "Baca Juga", SECOND, "Air mulai surut pada Kamis siang, tetapi warga tetap waspada.")
    assert article.title == HEADLINE
    assert SECOND in article.paragraphs and "Baca Juga" not in article.paragraphs


def test_body_text_of_an_unreadable_layout_is_kept_not_rejected() -> None:
    article = clean(HEADLINE, "Topik: banjir, semarang", SECOND, "Air mulai surut pada Kamis siang, tetapi warga tetap waspada.")
    assert article.paragraphs == [SECOND, "Air mulai surut pada Kamis siang, tetapi warga tetap waspada."]
    assert "article body not recognised" in article.warnings[0]


def test_unspaced_script_counts_words_and_prose() -> None:
    assert bp.word_count("先日、不正に改造した電話を販売した") >= 8
    assert bp.is_prose("先日、不正に改造した電話を販売したとして、男性が逮捕されました。")


def test_page_notices_are_boilerplate_wherever_they_stand() -> None:
    for line in ("SCROLL TO RESUME CONTENT", "Artikel ini telah naik di Kabar Daerah dan bisa dibaca selengkapnya di sini.",
                 "Tulis tanggapan Anda di sini...", "We use cookies to improve your experience.",
                 "Situs ini menggunakan cookie agar nyaman dibaca; dengan melanjutkan Anda setuju."):
        assert bp.is_junk_line(line), line
    for line in ("Warga menulis komentar di media sosial tentang banjir yang terjadi di kota itu kemarin.",
                 "Komentar presiden itu memicu perdebatan di parlemen tentang anggaran pertahanan."):
        assert not bp.is_junk_line(line), line
    article = clean(HEADLINE, LEAD, "SCROLL TO RESUME CONTENT", SECOND, "Tulis tanggapan Anda di sini...")
    assert article.paragraphs[1:] == [SECOND]


def test_photo_credit_caption_and_dont_miss_header_are_boilerplate() -> None:
    assert bp.CAPTION.search("Penyanyi itu saat masih berusia 13 tahun © instagram.com/akunpenyanyi")
    assert not bp.CAPTION.search("Hak cipta © dilindungi undang-undang bagi seluruh isi artikel yang terbit di sini")
    assert bp.RELATED_HEADER.match("JANGAN LEWATKAN!!!")
    article = clean(HEADLINE, LEAD, SECOND, "JANGAN LEWATKAN!!!", "Judul Berita Lain Yang Menarik Sekali",
                    "Judul Berita Kedua Yang Juga Menarik")
    assert article.paragraphs[1:] == [SECOND]


def test_section_label_above_the_headline_is_not_the_title() -> None:
    article = clean("Beranda | Berita | Hukum | Olahraga", "Hukum dan Kriminal", HEADLINE, "1 Okt 2022, 19:50 WIB",
                    LEAD, SECOND)
    assert article.title == HEADLINE
    assert clean("Kim dan Putin", LEAD, SECOND).title == "Kim dan Putin"  # a short headline alone stays one


TITLE_CASE_HEADLINE = "Wakil Bupati Sebut Ada 120 Rumah Terendam Banjir di Pesisir Utara Kota"


def test_a_caption_under_a_title_case_headline_is_not_the_title() -> None:
    for caption in ("Warga mengungsi ke balai kelurahan di pesisir utara/ Foto: Kabar Kita",
                    "Petugas mengevakuasi warga lanjut usia dengan perahu karet.-tangkapan layar-"):
        article = clean("Nasional | Ekonomi | Olahraga | Teknologi", TITLE_CASE_HEADLINE, caption, "Bagikan:",
                        LEAD, SECOND)
        assert article.title == TITLE_CASE_HEADLINE, caption
        assert caption not in article.paragraphs


def test_a_subscription_banner_or_a_skip_link_above_the_headline_is_not_the_title() -> None:
    for banner in ("Baca berita tanpa iklan. Gabung BeritaKita+", "Skip to content"):
        article = clean(banner, HEADLINE, "BeritaKita.id - 14/09/2023, 10:15 WIB", LEAD, SECOND)
        assert article.title == HEADLINE, banner
        assert not article.warnings


def test_a_menu_of_wide_gaps_above_the_headline_is_not_the_title() -> None:
    assert clean("Beranda  Daerah  Olahraga  Indeks", HEADLINE, LEAD, SECOND).title == HEADLINE


def test_a_navigation_link_above_a_short_headline_is_not_the_title() -> None:
    for link in ("Kembali ke Beranda", "« Berita Sebelumnya", "Lihat Semua Berita", "Selengkapnya »"):
        assert clean(link, "Banjir Surut Pagi Ini", LEAD, SECOND).title == "Banjir Surut Pagi Ini", link
    assert not bp.is_junk_line("Kembali ke desa, warga membersihkan rumah mereka dari lumpur.")
