"""How the glossary joins and keeps apart the forms of one entity across articles (issue 21), on invented texts."""

from __future__ import annotations

from explainer.corpus.glossary import build_glossary
from explainer.extract.entities import find_mentions
from explainer.model import Article, Block


def glossary(*articles: tuple[str | None, str]) -> dict[str, dict]:
    """Entries by each alias, for articles given as (outlet, paragraph)."""
    built = [Article(id=f"a{k}", source_file=f"a{k}.txt", title="Judul", outlet=outlet, url=None,
                     published="2024-01-01", authors=[], editors=[], blocks=[Block("p", text)],
                     page=f"artikel/a{k}/", src_path=f"artikel/a{k}.md") for k, (outlet, text) in enumerate(articles)]
    entries = build_glossary([(a, find_mentions(a)) for a in built], {})
    return {alias: e for e in entries for alias in e["aliases"]}


def test_a_one_letter_typo_of_a_name_joins_it():
    g = glossary((None, "Ketua Serikat Nelayan Hendra Kurniawan menolak kenaikan harga solar."),
                 (None, "Hendra Kurniawan meminta pemerintah menunda kenaikan itu."),
                 (None, "Demo dipimpin Hendra Kurniawn di depan kantor gubernur."))
    assert g["Hendra Kurniawn"] is g["Hendra Kurniawan"]
    assert g["Hendra Kurniawan"]["type"] == "person"


def test_two_names_one_letter_apart_and_both_frequent_stay_apart():
    g = glossary((None, "Dodi Wiranto, Ketua Koperasi Tani, hadir. Dodi Wiranto berpidato. Dodi Wiranto pulang."),
                 (None, "Odi Wiranto, pedagang ikan, mengeluh. Odi Wiranto menutup kios. Odi Wiranto pergi."))
    assert g["Dodi Wiranto"] is not g["Odi Wiranto"]


def test_a_name_cut_short_joins_the_one_longer_name_it_is_part_of():
    g = glossary((None, "Pelatih Yudha Eka Pratama memimpin latihan pagi itu."),
                 (None, "Menurut Eka Pratama, timnya siap bertanding."),
                 (None, "Sri Wulandari Indah, Ketua Panitia, membuka acara. Sri Wulandari lalu berpidato."))
    assert g["Eka Pratama"] is g["Yudha Eka Pratama"]
    assert g["Sri Wulandari"] is g["Sri Wulandari Indah"]


def test_a_head_over_one_entity_is_one_entity():
    g = glossary((None, "Fraksi Partai Hijau Raya (PHR) meninggalkan ruang sidang."),
                 (None, "Fraksi PHR menolak rancangan anggaran itu."),
                 (None, "Dewan Pangan menggelar rapat di Gedung Dewan Pangan. Massa bertahan di Gedung Dewan Pangan RI."))
    assert g["Fraksi PHR"] is g["Fraksi Partai Hijau Raya"]
    assert g["PHR"] is g["Partai Hijau Raya"] is not g["Fraksi PHR"]
    assert g["Gedung Dewan Pangan"] is g["Gedung Dewan Pangan RI"]


def test_long_forms_defined_with_one_acronym_are_one_entity():
    g = glossary((None, "Sengketa itu masuk tahap Perselisihan Hasil Pemilihan Daerah (PHPD) di pengadilan."),
                 (None, "Sidang Perselisihan Hasil Pilkada (PHPD) dibuka hari ini."))
    assert g["Perselisihan Hasil Pilkada"] is g["Perselisihan Hasil Pemilihan Daerah"] is g["PHPD"]
    assert g["PHPD"]["type"] == "event"


def test_an_outlet_naming_itself_gives_no_entry_and_other_outlets_are_organisations():
    g = glossary(("Warta Kita", "Berdasarkan informasi yang diterima Warta Kita, rapat digelar sore ini."),
                 ("Kabar Timur", "Seperti dikutip Warta Kita, Menteri Keuangan Sri Wulandari hadir."))
    assert g["Warta Kita"]["type"] == "organization"
    assert g["Warta Kita"]["mentions"] == {"a1": 1}


def test_a_bare_region_name_does_not_join_an_organisation_named_after_it():
    g = glossary((None, "Kapolres Bandar Jaya dicopot. Polres Bandar Jaya menggelar jumpa pers di Bandar Jaya."),
                 (None, "Warga Kota Bandar Jaya dan Kabupaten Bandar Jaya berduka."))
    assert g["Polres Bandar Jaya"] is not g["Bandar Jaya"]
    assert g["Kabupaten Bandar Jaya"] is not g["Kota Bandar Jaya"]


def test_capitalised_common_words_are_no_entry():
    g = glossary((None, "Spanduk bertuliskan Harga Eceran Tertinggi dipasang. Polisi menembakkan Gas Air Mata ke tribun."),
                 (None, "Peserta membawa poster Tolak Kenaikan Harga Pangan di depan balai kota."))
    assert not {"Harga Eceran Tertinggi", "Gas Air Mata", "Tolak Kenaikan Harga Pangan"} & set(g)


def test_a_head_written_short_or_in_full_and_a_name_cut_short_are_one_place_or_body():
    g = glossary((None, "Sidang digelar di Pengadilan Negeri Bandar Jaya. Korban dirawat di RSUD Harapan Kita."),
                 (None, "Sidang di PN Bandar Jaya ditunda. Korban dipindah ke Rumah Sakit Harapan Kita."),
                 (None, "Massa berkumpul di Kawasan Tugu Elang Raya Perkasa. Polisi berjaga di Tugu Elang."))
    assert g["PN Bandar Jaya"] is g["Pengadilan Negeri Bandar Jaya"]
    assert g["Rumah Sakit Harapan Kita"] is g["RSUD Harapan Kita"]
    assert g["Tugu Elang"] is g["Kawasan Tugu Elang Raya Perkasa"]


def test_a_team_named_after_two_people_does_not_take_their_names():
    g = glossary((None, "Rudi Hartanto dan Sinta Dewi mendaftar. Tim Rudi dan Sinta meminta pemungutan suara ulang. "
                        "Rudi berpidato di depan pendukungnya."))
    assert g["Rudi"] is g["Rudi Hartanto"]
    assert g["Tim Rudi dan Sinta"]["type"] == "organization"


def test_two_overlapping_cuts_of_one_name_described_alike_are_one_person():
    g = glossary((None, "Turut hadir Kapten Tim Garuda Bima Arya dalam acara itu."),
                 (None, "Kapten Tim Garuda Arya Santosa tiba lebih awal."),
                 (None, "Rina Kusuma, pedagang sayur, menolak kenaikan harga."),
                 (None, "Kusuma Wardani, guru sekolah dasar, ikut berdemo."))
    assert g["Bima Arya"] is g["Arya Santosa"]
    assert g["Rina Kusuma"] is not g["Kusuma Wardani"]  # described differently: two people


def test_a_one_word_name_written_with_two_letters_more_is_one_person():
    g = glossary((None, "Komandan Kompi Sudarmawan diperiksa penyidik."),
                 (None, "Sudarmawan membantah tuduhan itu. Sudarmawan lalu pulang."),
                 (None, "Kuasa hukum Sudarman meminta keringanan."))
    assert g["Sudarman"] is g["Sudarmawan"]


def test_an_undefined_acronym_joins_the_one_organisation_it_spells():
    g = glossary((None, "Anggota F-PRB membentangkan spanduk di ruang sidang."),
                 (None, "Fraksi Partai Rakyat Bersatu keluar dari ruang sidang paripurna."),
                 (None, "Ketua F-PRB Darmaji Suwondo menolak kenaikan pajak."))
    assert g["F-PRB"] is g["Fraksi Partai Rakyat Bersatu"]
    assert g["F-PRB"]["type"] == "organization"


def test_an_acronym_two_organisations_spell_joins_neither():
    g = glossary((None, "Anggota F-PRB membentangkan spanduk di ruang sidang."),
                 (None, "Fraksi Partai Rakyat Bersatu keluar dari ruang sidang paripurna."),
                 (None, "Forum Pemuda Rantau Barat menggelar diskusi di balai kota."))
    assert g["F-PRB"] is not g["Fraksi Partai Rakyat Bersatu"]
    assert g["F-PRB"] is not g["Forum Pemuda Rantau Barat"]


def test_a_person_written_by_initials_joins_the_one_person_they_spell():
    g = glossary((None, "Ketiga tersangka, direktur operasional, BW, ketua panitia lomba, HW, petugas keamanan, DK, "
                        "ditahan polisi."),
                 (None, "Ketua Panitia Lomba Hendro Wibisono menjalani sidang perdana."),
                 (None, "Bagas Wiryo dan Bima Wicaksono hadir sebagai saksi."))
    assert g["HW"] is g["Hendro Wibisono"]
    assert g["Hendro Wibisono"]["description"].startswith("Ketua Panitia Lomba")  # the full name's title first
    assert "BW" not in g or g["BW"] is not g["Bagas Wiryo"]  # two people spell BW: neither


def test_a_given_name_with_initials_joins_the_one_such_person_described_alike():
    g = glossary((None, "Kasat Lantas Polres Tapal Kompol Gilang Surya Pratama memimpin apel pagi."),
                 (None, "Tersangka lain, Kasat Lantas Polres Tapal, Gilang SP, diperiksa penyidik."),
                 (None, "Gilang Ramadhan, pedagang kopi, menonton apel itu. Gilang Ramadhan lalu pulang."))
    assert g["Gilang SP"] is g["Gilang Surya Pratama"]
    assert g["Gilang Ramadhan"] is not g["Gilang Surya Pratama"]


def test_a_defined_acronym_with_one_qualifier_after_it_is_the_body_it_stands_for():
    g = glossary((None, "Gugatan itu diajukan oleh Tim Advokasi Rakyat (TAR) Wiraguna ke pengadilan."),
                 (None, "TAR Wiraguna mendatangi pengadilan pada pagi hari."),
                 (None, "Sementara itu, Komisi Pangan Daerah (KPD) Sumatera Barat menggelar rapat."),
                 (None, "KPD Sumatera Barat dan KPD Jawa Tengah menolak usul itu."))
    assert g["TAR Wiraguna"] is g["Tim Advokasi Rakyat"]
    assert "KPD Jawa Tengah" not in g or g["KPD Jawa Tengah"] is not g.get("Komisi Pangan Daerah")


def test_a_short_call_name_joins_the_one_person_whose_given_name_it_opens():
    g = glossary((None, "Ketua Umum Partai Karya Sukmawati Lestari membuka kongres."),
                 (None, "\"Ibu Sukma sudah menyampaikan sikapnya,\" kata juru bicara partai."),
                 (None, "Sukmawati Lestari lalu meninggalkan gedung."))
    assert g["Sukma"] is g["Sukmawati Lestari"]


def test_a_defined_unit_written_with_the_body_it_belongs_to_is_that_unit():
    g = glossary((None, "Kapolda menonaktifkan Komandan Kompi (Danki) Brigade Pantai (Brigpan)."),
                 (None, "Personel Brigpan Polda Tapal menembakkan gas air mata ke tribun."),
                 (None, "Brigpan Polda Tapal kemudian ditarik dari stadion."))
    assert g["Brigpan Polda Tapal"] is g["Brigade Pantai"]
