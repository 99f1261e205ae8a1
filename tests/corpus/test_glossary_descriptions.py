"""Glossary entries of hard cases written for issue 15: titles off names, descriptions of every kind,
one entry per entity, types from head nouns, and capitalised common words left out."""

from __future__ import annotations

from explainer.corpus.glossary import build_glossary
from explainer.extract.entities import find_mentions
from explainer.model import Article, Block


def glossary(*paragraphs: str) -> dict[str, dict]:
    articles = [Article(id=f"a{k}", source_file=f"a{k}.txt", title="Judul", outlet="Kabar Uji", url=None,
                        published="2024-01-01", authors=[], editors=[], blocks=[Block("p", p)],
                        page=f"artikel/a{k}/", src_path=f"artikel/a{k}.md") for k, p in enumerate(paragraphs)]
    entries = build_glossary([(a, find_mentions(a)) for a in articles], {})
    return {e["name"]: e for e in entries}


def test_a_title_with_a_country_or_an_organisation_comes_off_the_name():
    g = glossary("Menteri Luar Negeri AS Antony Blinken tiba di Jakarta pada pagi hari.",
                 "Duta Besar Jepang untuk ASEAN Kiyoshi Mori menghadiri rapat itu.",
                 "Laporan itu disampaikan ajudan Gedung Putih Ramon Vega kepada wartawan.",
                 "Kepala Dinas Pendidikan di Kabupaten Bantul Budi Hartono membuka acara.")
    assert g["Antony Blinken"]["description"] == "Menteri Luar Negeri AS"
    assert g["Kiyoshi Mori"]["description"] == "Duta Besar Jepang untuk ASEAN"
    assert g["Ramon Vega"]["description"] == "ajudan Gedung Putih"
    assert g["Budi Hartono"]["description"] == "Kepala Dinas Pendidikan di Kabupaten Bantul"
    assert {"Antony Blinken", "Kiyoshi Mori", "Ramon Vega", "Budi Hartono"} <= {n for n, e in g.items()
                                                                               if e["type"] == "person"}
    assert not [name for name in g if name.endswith(("Blinken", "Mori", "Vega", "Hartono")) and " " in name
                and name.split()[0] in ("AS", "ASEAN", "Gedung", "Kabupaten")]


def test_a_rank_is_a_title_and_the_role_is_the_description():
    g = glossary("Pentagon, melalui juru bicaranya, Brigadir Jenderal Rina Hale, membenarkan kabar itu.",
                 "Kolonel Damar Wijaya memimpin upacara itu.")
    assert g["Rina Hale"]["description"] == "juru bicara Pentagon"
    assert g["Damar Wijaya"]["description"] is None  # "Kolonel" alone says no role


def test_descriptions_of_organisations_places_and_events():
    g = glossary("Para nelayan menunggu kapal dari kelompok bayaran Rusia, Wagner.",
                 "Pertemuan digelar di kota pelabuhan Norwegia, Bergen, pada pagi hari.",
                 "Sementara itu, kantor berita negara Ruritania, RNA, menyebut rapat itu penting.",
                 "Knesset, parlemen Israel, menolak usul itu.",
                 "Usul itu ditolak Norwegia, yang merupakan anggota tetap Dewan Nordik.",
                 "Oslo merupakan ibu kota Norwegia.",
                 "Pelabuhan itu dijaga ketat di Khasan, perbatasan Rusia.",
                 "Ia mengunjungi Pier 9, tempat kapal armada Utara bersandar.",
                 "Delegasi itu tiba di kota pelabuhan Tromso pada pagi hari.")
    assert g["Wagner"]["description"] == "kelompok bayaran Rusia"
    assert g["Wagner"]["type"] == "organization"
    assert g["Bergen"]["description"] == "kota pelabuhan Norwegia"
    assert g["RNA"]["description"] == "kantor berita negara Ruritania"
    assert g["Knesset"]["description"] == "parlemen Israel"
    assert g["Norwegia"]["description"] == "anggota tetap Dewan Nordik"
    assert g["Oslo"]["description"] == "ibu kota Norwegia"
    assert g["Khasan"]["description"] == "perbatasan Rusia"
    assert g["Pier 9"]["description"] == "tempat kapal armada Utara bersandar"
    assert g["Tromso"]["description"] == "kota pelabuhan"
    assert (g["Tromso"]["type"], g["Bergen"]["type"]) == ("place", "place")
    # the country inside a description is not described by it
    assert g["Rusia"]["description"] is None


def test_a_description_needs_a_closed_apposition_not_a_list():
    g = glossary("Bantuan dikirim ke kota Solo, Klaten, dan Boyolali.",
                 "Banjir melanda Jakarta, Kabupaten Bogor, Depok, dan Bekasi kemarin.")
    assert g["Klaten"]["description"] is None
    assert g["Jakarta"]["description"] is None and "Kabupaten Bogor" in g


def test_the_description_most_articles_agree_on_wins_and_is_cited():
    g = glossary("Dewi Lestari, pengamat pangan, menilai harga naik.",
                 "Menurut Dewi Lestari, pengamat pangan dari Universitas Andalas, stok cukup.",
                 "Dewi Lestari, penulis buku resep, hadir.")
    entry = g["Dewi Lestari"]
    assert entry["description"] == "pengamat pangan"
    assert entry["description_source"]["article"] in ("a0", "a1")


def test_named_apposition_acronym_and_two_languages_are_one_entry():
    g = glossary("Dalam pernyataan yang dirilis oleh Kremlin, Istana Kepresidenan Rusia, disebutkan hal itu.",
                 "Kremlin menolak berkomentar.",
                 "Badan Pusat Statistik (BPS) mencatat inflasi naik.", "BPS juga mencatat ekspor turun.",
                 "Kapal itu tertahan di Terusan Suez selama sepekan.", "Pelayaran melalui Suez Canal terganggu.",
                 "Para mahasiswa Universitas Kookmin berunjuk rasa.", "Kookmin University menolak tuduhan itu.")
    assert g["Kremlin"]["description"] == "Istana Kepresidenan Rusia"
    assert "Istana Kepresidenan Rusia" in g["Kremlin"]["aliases"] and "Istana Kepresidenan Rusia" not in g
    assert set(g["Badan Pusat Statistik"]["aliases"]) >= {"BPS", "Badan Pusat Statistik"} and "BPS" not in g
    suez = [e for e in g.values() if "Terusan Suez" in e["aliases"]]
    assert len(suez) == 1 and "Suez Canal" in suez[0]["aliases"] and suez[0]["type"] == "place"
    kookmin = [e for e in g.values() if "Universitas Kookmin" in e["aliases"]]
    assert len(kookmin) == 1 and "Kookmin University" in kookmin[0]["aliases"]


def test_types_from_head_nouns_and_products():
    g = glossary("Majelis Rakyat Ruritania dan Sidang Umum Ruritania digelar bersamaan.",
                 "Komisi Energi Ruritania hadir. Armada Utara Ruritania berlayar. Angkatan Laut Ruritania siaga.",
                 "Partai Hijau Ruritania menang. Kementerian Air Ruritania menolak.",
                 "KTT Pangan Dunia dibuka. Perang Teluk berakhir. Forum Air Dunia digelar di sana.",
                 "Korban berjatuhan sejak pandemi Covid-19 melanda dunia.",
                 "Pesawat F-16 dan rudal Patriot dikirim ke sana.")
    types = {name: e["type"] for name, e in g.items()}
    for name in ("Majelis Rakyat Ruritania", "Komisi Energi Ruritania", "Armada Utara Ruritania",
                 "Angkatan Laut Ruritania", "Partai Hijau Ruritania", "Kementerian Air Ruritania"):
        assert types[name] == "organization", name
    for name in ("Sidang Umum Ruritania", "KTT Pangan Dunia", "Perang Teluk", "Forum Air Dunia", "Covid-19"):
        assert types[name] == "event", name
    assert types["Patriot"] == "other"
    assert [t for n, t in types.items() if "F-16" in n] == ["other"]


def test_capitalised_common_words_are_not_entities():
    g = glossary("Kereta 'Taeyangho' Antipeluru ini dilengkapi ruang rapat.",
                 "Hubungan Bilateral kedua negara membaik.", "Syarat Layanan berlaku untuk semua pengguna.",
                 "Ia berjuang demi Kemerdekaan negaranya.", "Produk itu dijual di seluruh Tanah Air.")
    for junk in ("Antipeluru", "Hubungan Bilateral", "Syarat Layanan", "Layanan", "Kemerdekaan", "Tanah Air"):
        assert junk not in g, junk


def test_the_link_tooltip_shows_the_description():
    from explainer.render.links import make_linker
    entries = list(glossary("Para nelayan menunggu kapal dari kelompok bayaran Rusia, Wagner.",
                            "Warga berkumpul di Oslo pada pagi hari.").values())
    found = {text_id: title for _, _, text_id, _, title in make_linker(entries)("Wagner dan Oslo.", "index.md")}
    by_name = {e["name"]: e["id"] for e in entries}
    assert found[by_name["Wagner"]] == "kelompok bayaran Rusia"
    assert found[by_name["Oslo"]] == "Tempat"  # no description: the type


def test_a_place_chain_or_an_office_is_no_description():
    g = glossary("Lomba itu digelar di kota Cekmekoy, Istanbul, sejak pekan lalu.",
                 "Wartawan menunggu di kantor redaksi Liputan6 pada malam hari.",
                 "Rapat berlangsung di kantor Kemenpan RB, Senayan, pada siang hari.")
    assert g["Istanbul"]["description"] is None
    assert g["Liputan6"]["description"] is None
    assert all(e["description"] is None for n, e in g.items() if n == "Senayan")


def test_a_title_continued_after_dan_and_a_city_part():
    g = glossary("Rapat dipimpin Menteri Pemberdayaan Perempuan dan Perlindungan Anak Dewi Lestari.",
                 "Presiden Joko Widodo dan Wakil Presiden Ma'ruf Amin hadir.",
                 "Ketua DPR Puan Maharani dan Anies Baswedan datang.",
                 "Banjir merendam rumah di Jakarta Pusat dan Jakarta Selatan.")
    assert g["Dewi Lestari"]["description"] == "Menteri Pemberdayaan Perempuan dan Perlindungan Anak"
    assert "Pemberdayaan Perempuan" not in g and not [n for n in g if n.startswith("Perlindungan")]
    assert (g["Joko Widodo"]["description"], g["Ma'ruf Amin"]["description"]) == ("Presiden", "Wakil Presiden")
    assert g["Puan Maharani"]["description"] == "Ketua DPR" and g["Anies Baswedan"]["description"] is None
    assert (g["Jakarta Pusat"]["type"], g["Jakarta Selatan"]["type"]) == ("place", "place")


def test_photo_credits_and_teasers_left_in_a_paragraph_give_no_entry():
    g = glossary("Warga antre membeli beras di Pasar Kranggan. (Foto: Dok. Harian Uji/Rina Hale)",
                 "Petugas membagikan kupon kepada warga Sleman. ANTARA FOTO/Budi Santoso",
                 "Baca Juga: Harga Cabai Naik Lagi di Pasar Induk")
    assert "Pasar Kranggan" in g and "Sleman" in g
    for credit in ("Rina Hale", "Harian Uji", "Budi Santoso", "Cabai Naik Lagi", "Pasar Induk"):
        assert credit not in g, credit


def test_a_relative_clause_describes_an_organisation_when_no_noun_does():
    g = glossary("Pentagon, yang bermarkas di Virginia, menolak berkomentar.",
                 "Dinas itu didukung Yayasan Amal Ruritania, yang berdiri sejak 1990, dan warga.",
                 "Bantuan datang dari Yayasan Amal Ruritania, lembaga nirlaba, pekan ini.",
                 "Budi Hartono, yang juga membuka warung kopi, hadir.",
                 "Sari Wulandari, yang juga menjabat ketua RT, hadir.")
    assert g["Pentagon"]["description"] == "yang bermarkas di Virginia"
    assert g["Yayasan Amal Ruritania"]["description"] == "lembaga nirlaba"  # the noun phrase wins
    assert g["Budi Hartono"]["description"] is None  # what a person did is no description
    assert g["Sari Wulandari"]["description"] == "ketua RT"  # the role "menjabat" names is


def test_a_head_noun_naming_a_related_place_does_not_describe_the_name_after_it():
    g = glossary("Rombongan berangkat dari Pyongyang, ibu kota Korea Utara, menuju Vladivostok.",
                 "Kereta itu melintas di dekat ibu kota Ruritania pada malam hari.")
    assert g["Pyongyang"]["description"] == "ibu kota Korea Utara"
    assert g["Korea Utara"]["description"] is None
    assert g["Ruritania"]["description"] is None


def test_a_relative_clause_after_a_place_inside_a_noun_phrase_is_not_its_description():
    g = glossary("Bantuan dikirim ke tiga desa di Ruritania, yang dilanda banjir pekan lalu.",
                 "Pentagon, yang bermarkas di Virginia, menolak berkomentar.")
    assert g["Ruritania"]["description"] is None  # the villages were flooded, not the country
    assert g["Pentagon"]["description"] == "yang bermarkas di Virginia"


def test_description_support_counts_articles_whose_description_holds_it_as_whole_words() -> None:
    from explainer.corpus.glossary import _support

    said = {"ketua koperasi": {"a1"}, "ketua koperasi tani lorosae": {"a2"}, "ketua koperasinya": {"a3"},
            "mantan ketua": {"a4"}, "ketua": {"a5"}}
    support = _support(said)
    assert support["ketua koperasi"] == {"a1", "a2"}  # not "koperasinya": inside a longer word
    assert support["ketua"] == {"a1", "a2", "a3", "a4", "a5"}
    assert support["mantan ketua"] == {"a4"}
    assert support["ketua koperasi tani lorosae"] == {"a2"}


def test_a_name_that_is_a_common_abbreviation_is_spelled_out():
    g = glossary("Warga Kabupaten Lereng memilih bupati baru dalam Pilkada 2020 yang digelar serentak.",
                 "Panitia menyiapkan acara penetapan pemenang Pilkada 2020 di aula.")
    assert g["Pilkada 2020"]["description"] == "pemilihan kepala daerah 2020"
