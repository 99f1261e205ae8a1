"""The forms Indonesian news uses to say who or what a name is (issue 21), each on an invented sentence; a
description never belongs to a neighbouring name."""

from __future__ import annotations

from entitytexts import article, glossary_entries, mentions


def test_appositive_before_and_after_the_name_and_after_kata():
    found = mentions("Kepala Dinas Pangan Jawa Tengah, Fadli Rahman, meninjau pasar.",
                     "Rina Kusuma, Ketua Asosiasi Pedagang Beras, menolak usul itu.",
                     '"Harga harus turun," kata Direktur Lembaga Konsumen Sunardi Katili.')
    assert found["Fadli Rahman"].description == "Kepala Dinas Pangan Jawa Tengah"
    assert found["Rina Kusuma"].description == "Ketua Asosiasi Pedagang Beras"
    assert found["Sunardi Katili"].description == "Direktur Lembaga Konsumen"
    assert found["Jawa Tengah"].description is None


def test_a_title_with_its_short_form_in_brackets_and_a_role_in_brackets():
    found = mentions("Presiden meminta Menteri Perikanan (Menkan) RI, Rahmat Hidayat Lubis meninjau pelabuhan.",
                     "Kepala Biro Umum (Karoum) Tegar Santoso menemui mahasiswa.",
                     "Danang Purwoko (Ketua Panitia Pelaksana) dan Yoga Pranata (petugas keamanan) diperiksa.")
    assert found["Rahmat Hidayat Lubis"].description == "Menteri Perikanan (Menkan) RI"
    assert found["Tegar Santoso"].description == "Kepala Biro Umum (Karoum)"
    assert "Menkan" not in found and "Karoum" not in found  # a title's short form is no entity
    assert found["Danang Purwoko"].description == "Ketua Panitia Pelaksana"
    assert found["Yoga Pranata"].description == "petugas keamanan"


def test_a_pair_shares_the_role_written_before_it():
    found = mentions("Panitia menetapkan pasangan nomor urut 2 Rudi Hartanto-Sinta Dewi sebagai juara lomba.")
    assert found["Rudi Hartanto"].description == found["Sinta Dewi"].description == "pasangan nomor urut 2"


def test_the_copula_and_the_relative_clause_describe_the_subject():
    found = mentions("Lembaga Kajian Pangan merupakan lembaga riset milik pemerintah daerah.",
                     "Koperasi Tani Makmur, yang berdiri sejak 1990, membeli gabah petani.")
    assert found["Lembaga Kajian Pangan"].description == "lembaga riset milik pemerintah daerah"
    assert found["Koperasi Tani Makmur"].description == "yang berdiri sejak 1990"


def test_what_the_subject_does_describes_it_when_nothing_else_does():
    found = mentions("Badan Pusat Data (BPD) mengumumkan angka kemiskinan sebesar 9,4 persen pada Senin.",
                     "Himpunan Nelayan Kecil (HNK) memperkirakan, tangkapan ikan bisa turun 20 persen.",
                     "Komisi Pangan mengatakan, harga beras akan turun.")
    assert found["Badan Pusat Data"].description == "yang mengumumkan angka kemiskinan sebesar 9,4 persen"
    assert found["Himpunan Nelayan Kecil"].description == "yang memperkirakan tangkapan ikan bisa turun 20 persen"
    assert found["Komisi Pangan"].description is None  # what it said is no description of it


def test_the_glossary_leads_a_clause_with_the_names_head_word():
    a = article("Partai Karya bersama kelompok tani menggelar doa bersama di depan Balai Desa.")
    entries = glossary_entries([a])
    assert entries["Partai Karya"]["description"] == "partai yang bersama kelompok tani menggelar doa bersama di depan Balai Desa"
    assert entries["Partai Karya"]["description_source"]["article"] == "a"


def test_a_role_written_once_for_a_list_and_a_relation_to_the_subject():
    found = mentions("Putusan dibacakan hakim agung Nanda Wirya, Lusi Amalia, dan Tomi Hariman.",
                     "Bambang Wiryo berada di rumah bersama istrinya Rina Lestari pada sore itu.",
                     "Presiden Joko Santoso, Sri Wulandari, dan Budi Hartono hadir.")
    assert {found[n].description for n in ("Nanda Wirya", "Lusi Amalia", "Tomi Hariman")} == {"hakim agung"}
    assert found["Rina Lestari"].description == "istri Bambang Wiryo"
    assert found["Joko Santoso"].description == "Presiden"
    assert found["Sri Wulandari"].description is None  # a capitalised title is one person's


def test_a_titled_appositive_after_a_one_word_name_and_a_numbered_unit():
    found = mentions('"Kami menunggu putusan," ujar Wiratama, Kuasa Hukum kedua terdakwa.',
                     "Kasubdit 2 Tipidter Ditreskrimsus Polda Bali AKBP Gede Wirawan menegaskan status itu.",
                     '"Kami menuntut keadilan," kata Orang Tua Korban Tragedi Bandar, Ratih Kumala.')
    assert found["Wiratama"].description == "Kuasa Hukum kedua terdakwa"
    assert found["Gede Wirawan"].description == "Kasubdit 2 Tipidter Ditreskrimsus Polda Bali"
    assert found["Ratih Kumala"].description == "Orang Tua Korban Tragedi Bandar"


def test_a_building_and_the_places_it_lies_in():
    found = mentions("Kerusuhan terjadi di Stadion Bayu Perkasa, Kabupaten Muara, Jawa Barat usai laga.",
                     "Ia tinggal di Kecamatan Lowo, Kota Muara, sejak kecil.")
    assert found["Stadion Bayu Perkasa"].description == "stadion di Kabupaten Muara, Jawa Barat"
    assert found["Kecamatan Lowo"].description == "kecamatan di Kota Muara"
    assert found["Kabupaten Muara"].description == "kabupaten tempat Stadion Bayu Perkasa berada"


def test_a_title_wins_over_a_bare_status_and_the_status_most_articles_give_is_added():
    built = [article("Danang Purwoko (Ketua Panitia Pelaksana) ditahan polisi.", article_id="a1"),
             article("Hakim memeriksa terdakwa Danang Purwoko pada sidang pertama.", article_id="a2"),
             article("Jaksa menuntut terdakwa Danang Purwoko dua tahun penjara.", article_id="a3")]
    entries = glossary_entries(built)
    assert entries["Danang Purwoko"]["description"] == "Ketua Panitia Pelaksana, terdakwa"


def test_a_role_tied_by_selaku_sebagai_or_menjabat_and_a_role_before_bernama():
    found = mentions("Gugatan didaftarkan tim yang dipimpin Baskara Lubis selaku Deputi Hukum Tim Kampanye Nasional.",
                     "Ia digantikan AKBP Gusti Made Arsana yang sebelumnya menjabat sebagai Kapolres Pelabuhan Bahari.",
                     "Kemudian Sutan Wirabumi resmi menjabat Presiden ke-6 RI dan Darmaji sebagai Wapres ke-10 RI.",
                     "Korban ke-40 ini bernama Yudha Prasetya Wibawa, warga Desa Sukamaju.")
    assert found["Baskara Lubis"].description == "Deputi Hukum Tim Kampanye Nasional"
    assert found["Gusti Made Arsana"].description == "Kapolres Pelabuhan Bahari"
    assert found["Sutan Wirabumi"].description == "Presiden ke-6 RI"  # not "... dan Darmaji sebagai ..."
    assert found["Darmaji"].description == "Wapres ke-10 RI"
    assert found["Yudha Prasetya Wibawa"].description == "Korban ke-40"


def test_a_numbered_title_and_a_team_named_inside_a_title():
    found = mentions("Sidang diikuti Presiden ke-5 RI Sutan Wirabumi dan Wapres ke-9 RI Darmaji Kusuma.",
                     "Deputi Hukum TKN Rudi-Sinta, Baskara Lubis bersama rombongan tiba.")
    assert found["Sutan Wirabumi"].description == "Presiden ke-5 RI"
    assert found["Darmaji Kusuma"].description == "Wapres ke-9 RI"
    assert "RI Sutan Wirabumi" not in found
    assert found["Baskara Lubis"].description == "Deputi Hukum TKN Rudi-Sinta"
    assert "Rudi" not in found and "Rudi-Sinta" not in found  # the team's name is no person here


def test_the_next_persons_title_and_a_nickname_in_brackets_are_no_description():
    found = mentions("Hadir Co-Captain Timnas Bersatu Hendra Kusuma Wijaya alias Ayi Wijaya, mantan Wakil Ketua "
                     "Komisi Kejaksaan Bonar Simanjuntak, dan lainnya.",
                     "Pasangan nomor urut 2 Arman Pratama (Cak Arman) tiba di gedung.")
    assert found["Ayi Wijaya"].description is None
    assert found["Hendra Kusuma Wijaya"].description == "Co-Captain Timnas Bersatu"
    assert found["Arman Pratama"].description == "Pasangan nomor urut 2"


def test_the_glossary_takes_the_fuller_title_and_adds_a_second_role_said_elsewhere():
    built = [article("Presiden Sutan Wirabumi membuka sidang.", article_id="a1"),
             article("Presiden Sutan Wirabumi menutup sidang.", article_id="a2"),
             article("Sidang diikuti Presiden ke-5 RI Sutan Wirabumi.", article_id="a3"),
             article("Korban ke-40 ini bernama Yudha Prasetya Wibawa.", "Yudha merupakan mahasiswa Fakultas Hukum.",
                     article_id="a4")]
    entries = glossary_entries(built)
    assert entries["Sutan Wirabumi"]["description"] == "Presiden ke-5 RI"
    assert entries["Yudha Prasetya Wibawa"]["description"] == "Korban ke-40, mahasiswa Fakultas Hukum"


def test_the_noun_phrase_before_adalah_or_yakni_describes_each_name_listed_after_it():
    found = mentions("Sementara itu, dua kota yang mengalami banjir adalah Pelawan sebesar 3 persen dan Lirang "
                     "sebesar 2 persen.",
                     "Tiga hakim yang berbeda pendapat yakni Rudi Hartono, Sinta Dewi, dan Bagas Wiryo.",
                     "Mereka adalah Yoga Pranata (17) warga Kabupaten Muara.")
    assert found["Pelawan"].description == "kota yang mengalami banjir sebesar 3 persen"
    assert found["Lirang"].description == "kota yang mengalami banjir sebesar 2 persen"
    assert found["Pelawan"].type == "place"
    assert {found[n].description for n in ("Rudi Hartono", "Sinta Dewi", "Bagas Wiryo")} == \
        {"hakim yang berbeda pendapat"}
    assert found["Yoga Pranata"].description is None  # "mereka" says nothing of who they are


def test_a_body_in_a_leaders_title_is_led_by_that_person_when_nothing_else_says_what_it_is():
    found = mentions("Pernyataan itu disampaikan Presiden Serikat Buruh Tani (SBT) Rudi Hartono di Jakarta.",
                     "Wakil Ketua Serikat Nelayan Muara Sinta Dewi hadir.")
    assert found["Serikat Buruh Tani"].description == "yang dipimpin Rudi Hartono"
    assert found["Serikat Nelayan Muara"].description is None  # a deputy does not lead it
    built = [article("Pernyataan itu disampaikan Presiden Serikat Buruh Tani (SBT) Rudi Hartono.", article_id="a1"),
             article("Serikat Buruh Tani (SBT) menggelar mogok kerja di pabrik itu.", article_id="a2")]
    entries = glossary_entries(built)
    assert entries["Serikat Buruh Tani"]["description"] == "serikat buruh yang menggelar mogok kerja di pabrik itu"


def test_yakni_before_the_comma_is_no_part_of_the_description():
    found = mentions("Pasangan itu menang di satu provinsi yakni, Tanjung Muara.")
    assert found["Tanjung Muara"].description == "provinsi"


def test_a_place_is_where_the_named_things_written_before_it_lie():
    found = mentions("Laga digelar di Stadion Sekar Wangi, Kabupaten Tirtamaya, Kamis.",
                     "Korban dirawat di Rumah Sakit Harapan Jaya (RSHJ), Kota Lereng.",
                     "Pedagang datang dari Tirtamaya, Lereng, dan Parikesit.")
    assert found["Kabupaten Tirtamaya"].description == "kabupaten tempat Stadion Sekar Wangi berada"
    assert found["Kota Lereng"].description == "kota tempat Rumah Sakit Harapan Jaya berada"
    assert found["Lereng"].description is None  # a list of places: none lies in another
    two = [article("Demo digelar di Gedung Arta, Kota Lereng.", article_id="a1"),
           article("Rapat digelar di Kantor Dewan Tani, Kota Lereng.", article_id="a2")]
    entry = glossary_entries(two)["Kota Lereng"]
    assert entry["description"] == "kota tempat Gedung Arta dan Kantor Dewan Tani berada"


def test_a_building_of_two_bodies_and_a_place_named_after_a_body():
    found = mentions("Petani berdemo di Gedung Dewan/Senat, Kota Lereng, Senin.")
    assert found["Kota Lereng"].description == "kota tempat Gedung Dewan/Senat berada"


def test_a_good_or_index_whose_value_changes_is_described_by_the_change():
    found = mentions("Produk Minyak Kenari dan Gula Sarimas dijual di pasar.",
                     "Rinciannya, harga minyak kenari naik dari Rp 9.000 menjadi Rp 11.000 per liter, "
                     "Gula Sarimas turun dari Rp 15.000 menjadi Rp 14.000 per kilogram.",
                     "Inflasi berasal dari kenaikan indeks biaya tani (IBT) dari 101,5 menjadi 103,2 .")
    assert found["Minyak Kenari"].description == "yang harganya naik dari Rp 9.000 menjadi Rp 11.000 per liter"
    assert found["Gula Sarimas"].description == "yang turun dari Rp 15.000 menjadi Rp 14.000 per kilogram"
    assert found["IBT"].description == "yang naik dari 101,5 menjadi 103,2"


def test_a_body_after_a_passive_verb_does_it_to_the_clauses_subject():
    found = mentions("Ia mengatakan terkait bahaya dari asap pabrik ini akan diperiksa Badan Riset Tani Nusantara.",
                     "Jakarta, Kabar Kita – Enam tersangka pada Kasus Lereng, Muara, Jawa Barat, sudah ditetapkan oleh "
                     "Komisi Tani Muara.",
                     "Sorak terdengar saat Bintang FC dikalahkan Persatuan Sepakbola Lereng di kandang.",
                     "Panitia siap sesuai jadwal yang ditentukan oleh Dewan Juri Nasional.",
                     "\"Kami siap sesuai jadwal yang ditetapkan oleh Badan Lomba Daerah,\" ujar Rudi.",
                     "Hal itu seperti diberitakan Kantor Berita Merpati.",
                     "Acara itu disponsori Koperasi Tani Sentosa.")
    assert found["Badan Riset Tani Nusantara"].description == "yang memeriksa bahaya dari asap pabrik"
    assert found["Komisi Tani Muara"].description == "yang menetapkan enam tersangka pada Kasus Lereng"
    assert found["Persatuan Sepakbola Lereng"].description == "yang mengalahkan Bintang FC"
    assert found["Dewan Juri Nasional"].description == "yang menentukan jadwal"
    assert found["Badan Lomba Daerah"].description is None  # words in quotation marks are someone's
    assert mentions("Kami siap sesuai jadwal yang ditetapkan oleh Badan Lomba Daerah,” ujar Rudi.")[
        "Badan Lomba Daerah"].description is None
    assert found["Kantor Berita Merpati"].description is None
    assert found["Koperasi Tani Sentosa"].description is None  # one bare noun ("acara") says too little
    assert found["Bintang FC"].description is None


def test_places_listed_after_where_someone_won_are_where_they_won():
    found = mentions("Dari 30 provinsi, pasangan Rudi Santoso-Dewi Lestari unggul di dua provinsi yakni, Bengkulu dan "
                     "Gorontalo.",
                     "Pasangan ini hanya menang di dua provinsi yakni Lampung dan Jambi.")
    assert found["Bengkulu"].description == "provinsi tempat pasangan Rudi Santoso-Dewi Lestari unggul"
    assert found["Gorontalo"].description == "provinsi tempat pasangan Rudi Santoso-Dewi Lestari unggul"
    assert found["Lampung"].description is None  # "pasangan ini" says nothing by itself


def test_places_given_as_examples_of_a_counted_noun_share_its_clause():
    found = mentions('"Beberapa provinsi belum bisa ikut karena faktor cuaca seperti Bengkulu dan Jambi," kata Rudi.',
                     "Ia menyukai kota seperti Lampung.")
    assert found["Bengkulu"].description == "provinsi yang belum bisa ikut karena faktor cuaca"
    assert found["Jambi"].description == "provinsi yang belum bisa ikut karena faktor cuaca"
    assert found["Lampung"].description is None  # no counted noun before "seperti"


def test_a_place_described_as_a_container_stays_a_place_beside_a_person_sharing_its_word():
    found = mentions("Saksi bernama Agus Bantul (40) mengaku melihat laga.",
                     "Laga digelar di Stadion Sekar Wangi, Bantul, Kamis.")
    assert (found["Bantul"].type, found["Bantul"].resolved) == ("place", "Bantul")
    assert found["Bantul"].description == "daerah tempat Stadion Sekar Wangi berada"


def test_a_listed_name_keeps_the_value_written_after_it():
    found = mentions("Dua kota yang mengalami deflasi adalah Lereng sebesar 0,41 persen dan Sindangraja 0,3 persen.")
    assert found["Lereng"].description == "kota yang mengalami deflasi sebesar 0,41 persen"
    assert found["Sindangraja"].description == "kota yang mengalami deflasi sebesar 0,3 persen"


def test_the_things_in_a_place_are_listed_once():
    two = [article("Massa berkumpul di Kawasan Tugu Merpati Putih, Kota Lereng.", article_id="a1"),
           article("Massa bergerak ke Tugu Merpati Putih, Kota Lereng.", article_id="a2")]
    entry = glossary_entries(two)["Kota Lereng"]
    assert entry["description"] == "kota tempat Kawasan Tugu Merpati Putih berada"


def test_a_place_people_come_from_or_head_to():
    found = mentions("Sekitar 5.000 massa dari Lembah Hijau berkumpul di depan Gedung Dewan.",
                     "Mahasiswa kekeh menuju kawasan Istana Sari untuk menyampaikan tuntutan.",
                     "Harga beras dari Sungai Deras naik.")
    assert found["Lembah Hijau"].description == "wilayah asal massa"
    assert found["Istana Sari"].description == "yang dituju mahasiswa"
    assert found["Sungai Deras"].description is None  # goods, not people, come from it
    two = [article("Massa aksi bergerak ke Istana Sari.", article_id="a1"),
           article("Mahasiswa menuju kawasan Istana Sari.", article_id="a2")]
    entry = glossary_entries(two)["Istana Sari"]
    assert entry["description"] == "istana yang dituju massa aksi dan mahasiswa"


def test_a_place_is_where_something_was_done():
    found = mentions("Korban diketahui telah dirawat di Rumah Sakit Teluk Damar sejak Sabtu.",
                     "Pernyataan itu disampaikan usai rapat yang diadakan di Pengadilan Negeri Lereng, Senin.",
                     "Budi Santoso dirawat di Rumah Sakit Sentosa Jaya.")
    assert found["Rumah Sakit Teluk Damar"].description == "tempat korban dirawat"
    assert found["Pengadilan Negeri Lereng"].description == "tempat rapat diadakan"
    assert found["Rumah Sakit Sentosa Jaya"].description is None  # a named person, no bare noun
    entry = glossary_entries([article("Korban dirawat di Rumah Sakit Teluk Damar.")])["Rumah Sakit Teluk Damar"]
    assert entry["description"] == "rumah sakit tempat korban dirawat"


def test_a_role_after_selaku_keeps_its_short_form_and_is_not_the_next_names():
    found = mentions("Gugatan didaftarkan tim yang dipimpin Baskara Lubis selaku Deputi Hukum Tim Kampanye Nasional "
                     "(TKN), Rudi-Sinta.")
    assert found["Baskara Lubis"].description == "Deputi Hukum Tim Kampanye Nasional (TKN)"
    assert found["Rudi"].description is None  # the title is Baskara's, written before the team's pair


def test_the_verb_phrase_after_a_list_of_people_is_what_each_did():
    found = mentions("Ketua majelis menyebut tiga hakim agung, Bagas Wiryo, Sinta Lestari, dan Damar Kusuma "
                     "menyampaikan keberatan atau catatan khusus terhadap putusan itu.",
                     "Ketua Koperasi Laras Wiyata dan Bupati Arga Putra menandatangani perjanjian itu.")
    for name in ("Bagas Wiryo", "Sinta Lestari", "Damar Kusuma"):
        assert found[name].description == "hakim agung yang menyampaikan keberatan"
    assert found["Laras Wiyata"].description == "Ketua Koperasi"  # a title says enough
    assert found["Arga Putra"].description == "Bupati"


def test_a_verb_of_saying_after_a_list_is_no_description():
    found = mentions("Menurut dia, Joko Susanto dan Rini Astuti mengatakan harga beras naik.")
    assert found["Joko Susanto"].description is None
    assert found["Rini Astuti"].description is None


def test_the_leader_of_a_body_named_before_yang_diketuai():
    found = mentions("Putusan dibacakan oleh majelis hakim PN Kota Baru yang diketuai hakim Rudi Hartono.",
                     "Hasil kerja Tim Gabungan Pencari Fakta yang dipimpin Damar Kusuma diumumkan.",
                     "Mereka yang dipimpin Bagas Wiryo tiba.",
                     "Korban dibawa ambulans yang dipimpin oleh Rina Kusuma.")
    assert found["Rudi Hartono"].description == "ketua majelis hakim PN Kota Baru"
    assert found["Damar Kusuma"].description == "pemimpin Tim Gabungan Pencari Fakta"
    assert found["Bagas Wiryo"].description is None  # a pronoun names no body
    assert found["Rina Kusuma"].description is None  # "ambulans" is no body


def test_a_persons_title_after_a_body_is_the_next_list_item_not_its_description():
    found = mentions("Panitia mengundang ketua BPKD, ketua KPK, dan pimpinan lembaga lainnya ke acara itu.",
                     "Rusia, anggota tetap Dewan Keamanan PBB, menolak usul itu.")
    assert found["BPKD"].description is None
    assert found["BPKD"].type == "organization"  # "ketua BPKD": the body a title leads, no person
    assert found["Rusia"].description == "anggota tetap Dewan Keamanan PBB"  # bodies are members too


def test_a_counted_noun_phrase_before_di_antaranya_or_antara_lain_describes_the_list():
    found = mentions("Tampak sejumlah elite Partai Karya di antaranya Bagas Wiryo hingga Damar Kusuma dalam aksi itu.",
                     "Beberapa pengamat, antara lain Sekar Palupi dan Joko Susanto, menolak usul itu.")
    assert found["Bagas Wiryo"].description == "elite Partai Karya"
    assert found["Damar Kusuma"].description == "elite Partai Karya"
    assert found["Sekar Palupi"].description == "pengamat"
    assert found["Joko Susanto"].description == "pengamat"
