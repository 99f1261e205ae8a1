"""Titles, ranks and positions written before a name are roles, not names (issue 21), on invented sentences."""

from __future__ import annotations

from entitytexts import mentions


def test_a_long_title_with_a_field_comes_off_the_name():
    found = mentions("Menteri Koordinator Bidang Pangan Arief Santoso tiba di pelabuhan.",
                     "Menteri Koordinator Bidang Perekonomian Laras Wiyata menolak usul itu.")
    assert found["Arief Santoso"].description == "Menteri Koordinator Bidang Pangan"
    assert found["Laras Wiyata"].description == "Menteri Koordinator Bidang Perekonomian"
    assert {m.type for m in found.values() if m.surface in ("Arief Santoso", "Laras Wiyata")} == {"person"}
    assert not [s for s in found if s.startswith(("Pangan", "Perekonomian"))]


def test_in_a_list_each_person_keeps_the_title_written_before_their_own_name():
    found = mentions("Rapat itu dihadiri Menteri Keuangan Sri Wulandari, Gubernur Bank Sentral Andi Prakoso, "
                     "dan Ketua Asosiasi Pengusaha Rina Kusuma.",
                     "Pertemuan dibuka Gubernur Bank Sentral Andi Prakoso dan Ketua Asosiasi Pengusaha Rina Kusuma.")
    assert found["Sri Wulandari"].description == "Menteri Keuangan"
    assert found["Andi Prakoso"].description == "Gubernur Bank Sentral"
    assert found["Rina Kusuma"].description == "Ketua Asosiasi Pengusaha"
    assert not [s for s in found if "Prakoso" in s and "Ketua" in s]


def test_a_title_runs_through_dan_and_an_acronym_in_brackets_to_the_name():
    found = mentions("Menteri Energi dan Sumber Daya Laut (ESDL) Galih Santoso hadir.",
                     "Menteri Pemberdayaan Perempuan dan Perlindungan Anak Dewi Lestari membuka acara.")
    assert found["Galih Santoso"].type == "person"
    assert found["Galih Santoso"].description == "Menteri Energi dan Sumber Daya Laut (ESDL)"
    assert found["Dewi Lestari"].description == "Menteri Pemberdayaan Perempuan dan Perlindungan Anak"
    assert not [s for s in found if s.endswith(("Laut", "Anak Dewi Lestari"))]


def test_police_and_military_ranks_and_unit_titles_are_titles():
    found = mentions("Kabag Ops Polres Bandar Jaya Kompol Banyu Setiadi mengatakan itu.",
                     "Kasubbag Humas RSUD Harapan Kita Fandi Irawan menjelaskan hal itu.",
                     "Kadiv Humas Polri Irjen Pol Yosef Kurnia membenarkan kabar itu.",
                     "AKBP Made Surya Wiguna dilantik pada pagi hari.")
    assert found["Banyu Setiadi"].description == "Kabag Ops Polres Bandar Jaya"
    assert found["Polres Bandar Jaya"].type == "organization"
    assert found["Fandi Irawan"].description == "Kasubbag Humas RSUD Harapan Kita"
    assert found["RSUD Harapan Kita"].type == "organization"
    assert found["Yosef Kurnia"].description == "Kadiv Humas Polri"
    assert found["Made Surya Wiguna"].type == "person"
    assert found["Made Surya Wiguna"].description is None  # a rank alone is no role
    assert not [s for s in found if s.split()[0] in ("Kompol", "Irjen", "AKBP") or s.endswith(("Kompol", "Pol"))]


def test_a_common_given_name_is_not_cut_off_as_a_qualifier():
    found = mentions("Koordinator Pusat Aliansi Mahasiswa Nusantara Muhammad Naufal Rasyid memimpin aksi itu.",
                     "Naufal juga berorasi di depan gedung.")
    assert found["Muhammad Naufal Rasyid"].description == "Koordinator Pusat Aliansi Mahasiswa Nusantara"
    assert found["Naufal"].resolved == "Muhammad Naufal Rasyid"


def test_a_title_after_a_newspaper_belongs_to_the_person_after_it():
    found = mentions("Seperti dikutip dari Warta Pos, Direktur Utama PT Sinar Laut Budi Santoso mengatakan, "
                     "kapal itu tiba.")
    assert found["Warta Pos"].description is None
    assert found["Warta Pos"].type == "organization"
    assert found["PT Sinar Laut"].type == "organization"
    assert found["Budi Santoso"].description == "Direktur Utama PT Sinar Laut"


def test_a_title_ending_in_its_party_does_not_run_through_dan():
    found = mentions("Setelahnya, Politikus PKB Ardo Sitompul dan Bonar Rahmat Hidayat.",
                     "Menteri Pemberdayaan Perempuan dan Perlindungan Anak Dewi Lestari hadir.")
    assert found["Ardo Sitompul"].description == "Politikus PKB"
    assert "Bonar Rahmat Hidayat" in found and "Rahmat Hidayat" not in found
    assert found["Bonar Rahmat Hidayat"].description == "Politikus PKB"  # a role many hold: both are politicians
    assert found["Dewi Lestari"].description == "Menteri Pemberdayaan Perempuan dan Perlindungan Anak"


def test_a_short_form_in_capitals_closes_the_body_in_a_title_before_an_unknown_name():
    found = mentions("Turut hadir Wakil Kapten Tim Relawan SUKA Fernando Wirasaka Tambunan di gedung itu.")
    assert found["Fernando Wirasaka Tambunan"].description == "Wakil Kapten Tim Relawan SUKA"
    assert found["Fernando Wirasaka Tambunan"].type == "person"
    assert not [s for s in found if "SUKA" in s and "Fernando" in s]


def test_a_word_the_article_names_as_a_place_is_no_name_after_a_title():
    found = mentions("Kerusuhan itu terjadi di Stadion Wiraguna.",
                     "\"Kami minta keadilan,\" Orang Tua Korban Tragedi Wiraguna, Sekar Palupi.",
                     "Penonton memadati Wiraguna sejak sore.")
    assert found["Sekar Palupi"].description == "Orang Tua Korban Tragedi Wiraguna"
    assert not [m for m in found.values() if m.surface == "Wiraguna" and m.type == "person"]


def test_common_words_after_a_titles_short_form_are_its_field_not_a_name():
    found = mentions("Gunawan ditugaskan menjadi Perwira Pertama (Pama) Hubungan Masyarakat (BHM) Polda Tapal.")
    assert not [m for m in found.values() if m.type == "person" and m.surface != "Gunawan"]
    assert "Masyarakat" not in found and "Hubungan Masyarakat" not in found


def test_a_unit_written_with_the_body_it_belongs_to_is_one_name():
    found = mentions("Gunawan kini bertugas sebagai Pama BHM Polri sejak bulan lalu.")
    assert found["BHM Polri"].type == "organization"
    assert "BHM" not in found


def test_a_national_body_the_gazetteer_knows_is_named_even_alone():
    found = mentions("Di sisi lain, Polri masih menyelidiki beberapa saksi.",
                     "Empat tersangka sudah ditetapkan oleh Polri.")
    assert found["Polri"].type == "organization"
    assert found["Polri"].description == "yang menetapkan empat tersangka"


def test_an_office_before_a_list_is_the_first_persons_only():
    found = mentions("Menteri Keuangan Sri Wulandari dan Bagas Wiryo hadir dalam rapat itu.")
    assert found["Sri Wulandari"].description == "Menteri Keuangan"
    assert found["Bagas Wiryo"].description is None
