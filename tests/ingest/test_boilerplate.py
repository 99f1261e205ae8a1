"""Boilerplate kinds on small hand-written texts: each kind is recognised by its form, prose around it stays.

The model for a new kind (ARCHITECTURE.md, "Where to change what"): a line of the kind, a prose line
that looks a little like it, and an article where it sits between body paragraphs.
"""

from __future__ import annotations

import pytest

from explainer.ingest import boilerplate as bp
from explainer.ingest.bodyruns import is_related_header
from explainer.ingest.clean import clean_text

ARTICLE = """Beranda | Nasional | Ekonomi | Olahraga
Warga Desa Sukamundur Gelar Panen Raya Padi Organik
Rabu, 4 Oktober 2023 10:15 WIB
Penulis: Sari Lestari | Editor: Bayu Aji
BANDUNG, Kabarbumi.id - Warga Desa Sukamundur menggelar panen raya padi organik bersama kelompok tani.
Baca Juga: Harga Beras Naik Lagi di Pasar Induk
Kepala desa mengatakan hasil panen tahun ini naik dua kali lipat karena irigasi baru.
Ikuti berita terbaru kami di Google News, klik di sini.
Panen berikutnya dijadwalkan pada Maret mendatang, menurut kelompok tani.
Topik: padi, panen, desa
Berita Terkait
Petani Cianjur Tanam Jagung
Pupuk Subsidi Datang Terlambat
Copyright © 2023 Kabarbumi.id. All rights reserved.
"""


@pytest.mark.parametrize("line", [
    "Baca Juga: Harga Beras Naik Lagi di Pasar Induk",
    "BACA JUGA:  Harga Cabai Turun",
    "Simak juga - Video Panen di Lereng Gunung",
    "Ikuti berita terbaru kami di Google News, klik di sini.",
    "Copyright © 2023 Kabarbumi.id. All rights reserved.",
    "BACA: Harga Cabai Turun di Pasar Induk",
    "Tulisan ini sebelumnya sudah dimuat dengan judul: Harga Beras Naik Lagi",
    "Tulis komentarmu dengan tagar #PanenRaya dan menangkan hadiah menarik!",
    "Dapatkan breaking news dan berita pilihan Kabarbumi lewat ponsel Anda.",
    "Baca berita tanpa iklan. Gabung Kabarbumi+",
    "Skip to content",
    "Bagikan artikel ini:",
    "#PanenRaya #Sukamundur #PadiOrganik",
])
def test_lines_that_are_boilerplate_wherever_they_stand(line: str) -> None:
    assert bp.is_junk_line(line)


@pytest.mark.parametrize("line", [
    "Petani itu membaca juga buku panduan dari dinas pertanian setiap malam.",
    "Ia mengikuti rapat di balai desa bersama warga lain pada Senin pagi.",
    "Kepala desa mengatakan hasil panen tahun ini naik dua kali lipat.",
    "Petani menulis komentar panjang tentang harga pupuk di grup percakapan desa.",
    "Warga membaca berita pilihan di papan pengumuman balai desa setiap pagi.",
])
def test_prose_with_look_alike_words_is_not_boilerplate(line: str) -> None:
    assert not bp.is_junk_line(line)
    assert bp.is_prose(line)


def test_footer_kinds_are_told_by_their_label() -> None:
    assert bp.RELATED_HEADER.match("Berita Terkait")
    assert bp.TAGS.match("Topik: padi, panen, desa")
    assert bp.CAPTION.search("Foto: Dok. Humas Desa")
    assert not bp.TAGS.match("Topiknya adalah harga pupuk yang naik.")


def test_sign_off_code_is_cut_from_the_last_paragraph() -> None:
    assert bp.SIGN_OFF.sub("", "Panen selesai sore hari. (ant/rhm)") == "Panen selesai sore hari."
    assert bp.SIGN_OFF.sub("", "Panen selesai sore hari (Selasa).") == "Panen selesai sore hari (Selasa)."


def test_article_keeps_every_body_paragraph_between_boilerplate() -> None:
    article = clean_text(ARTICLE, "panen.txt")
    assert article.title == "Warga Desa Sukamundur Gelar Panen Raya Padi Organik"
    assert (article.outlet, article.published) == ("Kabarbumi.id", "2023-10-04T10:15")
    assert (article.authors, article.editors) == (["Sari Lestari"], ["Bayu Aji"])
    assert article.paragraphs == [
        "Warga Desa Sukamundur menggelar panen raya padi organik bersama kelompok tani.",
        "Kepala desa mengatakan hasil panen tahun ini naik dua kali lipat karena irigasi baru.",
        "Panen berikutnya dijadwalkan pada Maret mendatang, menurut kelompok tani.",
    ]


def test_prose_about_copyright_is_body_text_and_a_notice_is_not():
    assert bp.is_junk_line("Hak cipta dilindungi undang-undang.")
    assert bp.is_junk_line("© 2024 Kabar Lembah. Semua hak dilindungi.")
    assert bp.is_junk_line("Copyright Kabar Lembah")
    prose = ("Hak cipta atas lagu daerah itu kini dipegang oleh sebuah yayasan di Lembah Hijau, "
             "kata kuasa hukum para pencipta lagu kepada wartawan.")
    assert not bp.is_junk_line(prose)


def test_a_paragraph_opening_with_hak_cipta_does_not_end_the_article():
    text = "\n\n".join([
        "Sengketa Lagu Daerah Berakhir Damai",
        "LEMBAH HIJAU - Sengketa lagu daerah yang berlangsung dua tahun akhirnya berakhir damai pada Senin (3/6/2024).",
        "Hak cipta atas lagu itu kini dipegang oleh sebuah yayasan yang didirikan keluarga penciptanya, "
        "kata kuasa hukum keluarga kepada wartawan.",
        "Yayasan itu akan membagi royalti kepada para ahli waris setiap tahun.",
        "Hak cipta dilindungi undang-undang.",
    ])
    article = clean_text(text, "a.txt")
    assert article.paragraphs[-2:] == [
        "Hak cipta atas lagu itu kini dipegang oleh sebuah yayasan yang didirikan keluarga penciptanya, "
        "kata kuasa hukum keluarga kepada wartawan.",
        "Yayasan itu akan membagi royalti kepada para ahli waris setiap tahun."]


@pytest.mark.parametrize("line", [
    "Petani memanen padi di sawah organik Desa Sukamundur/ Foto: Kabarbumi",
    "Kepala desa menunjukkan hasil panen. [Foto: Kabarbumi/Sari Lestari]",
    "Kepala desa menunjukkan hasil panen kepada wartawan.-tangkapan layar-",
    "Image: Petani memanen padi di sawah organik Desa Sukamundur",
    "Foto : Panen raya di Sukamundur",
    "Petani memanen padi pada Rabu. Foto: KABARBUMI/Sari Lestari",
    "Petani memanen padi di sawah, Rabu pagi/kabarbumi Petani memanen padi di sawah, Rabu pagi/kabarbumi",
])
def test_captions_by_their_credit_or_their_doubled_text(line: str) -> None:
    assert bp.is_caption(line)


@pytest.mark.parametrize("line", [
    "Harga pertalite naik menjadi Rp10.000 per liter mulai Sabtu, kata menteri.",
    "Foto-foto yang dibagikan warga menunjukkan sawah yang terendam banjir setinggi lutut.",
    "Petani memanen padi dan petani lain menanam jagung di sawah sebelah.",
])
def test_prose_is_no_caption(line: str) -> None:
    assert not bp.is_caption(line)


def test_headers_of_teaser_blocks_are_told_by_their_label() -> None:
    for header in ("Simak! Video Pilihan Redaksi:", "BACA JUGA", "Berita Terkait:", "Baca juga:"):
        assert is_related_header(header), header
    assert not is_related_header("Baca juga buku panduan dari dinas pertanian.")


def test_menu_of_items_set_apart_by_wide_gaps() -> None:
    assert bp.is_menu("Beranda  Daerah  Olahraga  Indeks")
    assert not bp.is_menu("Warga  desa menggelar panen raya.")
