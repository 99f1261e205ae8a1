"""What is not a name is no entity mention (issue 21): codes, numbers, credits, datelines, verbs, documents, on
invented sentences."""

from __future__ import annotations

from entitytexts import mentions


def test_codes_numbers_and_single_letters_are_not_names():
    found = mentions("Permohonan itu terdaftar dengan nomor 12/PHP.GUB-XXI/2025 di laman resmi.",
                     "Pemecatan itu termuat dalam Surat Keputusan Nomor SK 14 07 B 2025 yang terbit kemarin.",
                     "Gugatan meminta pembatalan Keputusan Dewan Pemilu Nomor 120 Tahun 2025 itu.",
                     "Pawai Budaya Kota Bandar Jaya 3 Juni 2025 lalu berlangsung meriah.",
                     "Jumlah peserta B bertambah dari kemarin. Harga naik lagi. (yd/as)")
    assert not [s for s in found if any(code in s for code in ("PHP", "GUB", "XXI", "SK", "Tahun", "Nomor", "yd"))]
    assert "B" not in found and "3" not in found
    assert not [s for s in found if s.endswith(" 3")]


def test_the_outlet_of_a_dateline_and_a_web_address_are_not_entities():
    found = mentions("Bandar Jaya, Kabar Kita -- Wali Kota Bandar Jaya Rudi Hartanto meresmikan pasar.",
                     "WARTAKITA.COM | Jakarta - Fraksi Partai Hijau menolak usul itu.")
    assert "Kabar Kita" not in found
    assert not [s for s in found if "WARTAKITA" in s or s == "COM"]
    assert found["Jakarta"].type == "place"
    assert found["Rudi Hartanto"].description == "Wali Kota Bandar Jaya"


def test_verbs_and_words_with_nya_end_a_capitalised_run():
    found = mentions("Spanduk bertuliskan Gas Air Mata Disemprotkan ke Tribun terpasang di gerbang.",
                     "Konferensi Persnya digelar di Gedung Sate Indah.")
    assert not [s for s in found if "Disemprotkan" in s or "Persnya" in s]
    assert "Gas Air Mata" not in found or found["Gas Air Mata"].type != "person"


def test_a_slogan_in_capitals_ends_at_its_verb():
    found = mentions("Anggota F-PRB membentangkan kertas bertuliskan F-PRB MENOLAK KENAIKAN PAJAK di ruang sidang.",
                     "Spanduk SERIKAT NELAYAN MENUNTUT GANTI RUGI terpasang di dermaga.",
                     "Rapat itu dihadiri MENTERI KELAUTAN Harun Basri.")
    assert "F-PRB" in found and not any("MENOLAK" in surface or "PAJAK" in surface for surface in found)
    assert not any("MENUNTUT" in surface or "GANTI" in surface for surface in found)
    assert found["Harun Basri"].description == "MENTERI KELAUTAN"  # a title in capitals is no verb


def test_heads_type_governments_factions_documents_and_units():
    found = mentions("Fraksi Partai Hijau menolak usul itu di rapat.",
                     "Pemerintah Kota Bandar Jaya menyiapkan dana bantuan.",
                     "Pemerintah Rusia membantah kabar itu.",
                     "Surat Telegram itu dibacakan. Keputusan KPU itu digugat ke pengadilan.",
                     "Batalyon Rajawali Muda dikerahkan ke lokasi.")
    assert found["Fraksi Partai Hijau"].type == "organization"
    assert found["Pemerintah Kota Bandar Jaya"].type == "organization"
    assert "Pemerintah Rusia" not in found and found["Rusia"].type == "place"
    assert found["Surat Telegram"].type == "other"
    assert "Keputusan KPU" not in found and found["KPU"].type == "organization"
    assert found["Batalyon Rajawali Muda"].type == "organization"


def test_a_candidate_pair_title_and_a_former_title_come_off_the_name():
    found = mentions("Pasangan Calon Presiden Raka Santoso tiba di lokasi.",
                     "Mantan Direktur PT Niaga Sentosa Baru Ahmad Sutarjo ditahan penyidik.")
    assert found["Raka Santoso"].description == "Pasangan Calon Presiden"
    assert found["Ahmad Sutarjo"].description == "Mantan Direktur PT Niaga Sentosa Baru"
    assert found["PT Niaga Sentosa Baru"].type == "organization"


def test_captions_credits_teasers_and_glued_labels_give_no_mention():
    found = mentions("Fraksi Partai Hijau meninggalkan sidang itu. [Foto: Warta/Budi Santoso]",
                     "Image: Kondisi pintu Stadion Jaya malam itu. (Rina Wati via Instagram @arsipjaya)",
                     "Simak juga video berikut:",
                     "Kolom TulisKomentar ditutup. Rudi Hartono datang.")
    assert {s for s, m in found.items() if not m.initial} == {"Rudi Hartono"}  # "Kolom" opens its sentence


def test_acronyms_of_common_nouns_and_head_words_alone_are_not_entities():
    found = mentions("Antrean panjang terjadi di SPBU dan TKP dijaga polisi; rekaman CCTV diperiksa.",
                     "Upah UMR naik. Pasukan itu dibagi per Kompi dan Peleton oleh Komando Daerah Militer.")
    assert not {"SPBU", "TKP", "CCTV", "UMR", "Kompi", "Peleton"} & set(found)


def test_a_head_word_alone_inside_a_title_is_no_entity():
    found = mentions("Komandan Batalyon Letkol Arif Santoso memimpin apel pagi itu.")
    assert "Batalyon" not in found
    assert found["Arif Santoso"].type == "person"


def test_types_from_the_shape_of_a_name():
    found = mentions("Kemensos membuka posko. BPBD Jawa Tengah mencatat korban. Komnas Pangan menyelidiki.",
                     "Warga berkumpul di Kantor Dinas. Rapat Permusyawaratan Hakim digelar tertutup.")
    assert found["Kemensos"].type == "organization"
    assert found["BPBD Jawa Tengah"].type == "organization"
    assert found["Komnas Pangan"].type == "organization"
    assert found["Kantor Dinas"].type == "place"
    assert found["Rapat Permusyawaratan Hakim"].type == "event"


def test_units_inside_a_title_numbers_and_panels_are_apart():
    found = mentions("AKBP Made Surya sebelumnya menjabat Kapolres Pelabuhan Teluk Biru Polda Metro Raya.",
                     "Pelaku adalah Danki Satu Brimob Polda Bali, AKP Hasan Basri.",
                     "Vonis dibacakan Majelis Hakim PN Denpasar pada Kamis.")
    assert found["Polda Metro Raya"].type == "organization"
    assert "Pelabuhan Teluk Biru Polda Metro Raya" not in found
    assert "Brimob Polda Bali" in found and not [s for s in found if s.startswith("Satu")]
    assert found["PN Denpasar"].type == "organization"
    assert not [s for s in found if s.startswith("Majelis")]


def test_a_bodys_branch_a_law_after_a_word_and_an_acronym_alone():
    found = mentions("Berita itu dikutip dari Kantor Warta Reuters Indonesia.",
                     "Buruh menolak Omnibuslaw Undang-Undang Cipta Lahan itu.",
                     "Reuters Indonesia melaporkan hal yang sama. Kenaikan itu dibahas LKPB pekan ini.")
    assert found["Reuters Indonesia"].type == "organization"
    assert found["Omnibuslaw Undang-Undang Cipta Lahan"].type == "other"
    assert (found["LKPB"].type, found["LKPB"].strength) == ("organization", 0)  # a guess its long form may overrule


def test_a_number_after_a_title_is_no_name():
    found = mentions("Dukungan untuk Paslon 03 terus bertambah di desa itu.",
                     "Caleg 17 itu tidak hadir.")
    assert not [s for s in found if not any(c.isalpha() for c in s)]


def test_a_paragraph_written_as_a_headline_gives_only_the_names_the_body_writes():
    found = mentions("Dewi Lestari dan Anton Wibisono Bertemu Tertutup, Bahas Apa?",
                     "Bupati Anton Wibisono menerima Dewi Lestari di pendopo kabupaten pada Senin siang.")
    assert not [s for s in found if "Bertemu" in s or "Bahas" in s]
    assert found["Dewi Lestari"].type == "person" and found["Anton Wibisono"].type == "person"


def test_a_sentence_listing_names_is_no_headline():
    found = mentions("Hadir Menteri Kelautan Harun Basri, Gubernur Sulawesi Tengah Rina Hale, dan Bupati Dedi Kurnia.")
    assert {"Harun Basri", "Rina Hale", "Dedi Kurnia"} <= set(found)
