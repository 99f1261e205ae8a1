"""Tests for explainer.extract.dates: every expression type, anchoring across boundaries, weekday checks."""

from __future__ import annotations

import datetime as dt

import pytest

from explainer.extract.dates import find_dates
from explainer.idformat import format_date_id

D = dt.date


def only(text: str, ref: dt.date | None) -> tuple:
    found = find_dates(text, ref)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.expression
    return m.expression, m.date, m.end_date, m.granularity


# (sentence, reference, expression, date, end, granularity)
EXPLICIT = [
    ("Gedung itu diresmikan pada 13 September 2023 oleh bupati.", None,
     "13 September 2023", "2023-09-13", None, "day"),
    ("Perjanjian diteken 18 Juni 2024 di Pyongyang.", None, "18 Juni 2024", "2024-06-18", None,
     "day"),
    ("Harga mulai naik sejak Juni 2024.", None, "Juni 2024", "2024-06", None, "month"),
    ("Pertemuan terjadi pada bulan April 2022 di perbatasan.", None, "April 2022", "2022-04",
     None, "month"),
    ("Mereka pertama kali bertemu pada 2019.", None, "2019", "2019", None, "year"),
    ("Roket diluncurkan pada tahun 2016 dari kosmodrom itu.", None, "tahun 2016", "2016", None,
     "year"),
    ("Program itu berjalan sejak 2015 dan masih aktif.", None, "2015", "2015", None, "year"),
    ("Laporan dirilis Senin (4/9/2023) malam.", None, "Senin (4/9/2023)", "2023-09-04", None,
     "day"),
    ("Tim tiba di lokasi pada Selasa (12/9/2023).", None, "Selasa (12/9/2023)", "2023-09-12",
     None, "day"),
    ("Rapat digelar Rabu, 5 Juli 2023, di balai kota.", None, "Rabu, 5 Juli 2023", "2023-07-05",
     None, "day"),
    ("Pameran berlangsung 10-13/9/2023 di Surabaya.", None, "10-13/9/2023", "2023-09-10",
     "2023-09-13", "day"),
    ("Festival digelar 18–19 Juni 2024 di alun-alun.", None, "18–19 Juni 2024", "2024-06-18",
     "2024-06-19", "day"),
    ("Forum dijadwalkan pada Minggu hingga Rabu (10-13/9/2023).", None,
     "Minggu hingga Rabu (10-13/9/2023)", "2023-09-10", "2023-09-13", "day"),
    ("Libur berlangsung 30 Desember 2023 hingga 2 Januari 2024.", None,
     "30 Desember 2023 hingga 2 Januari 2024", "2023-12-30", "2024-01-02", "day"),
    ("Panen raya berlangsung Maret hingga Mei 2021.", None, "Maret hingga Mei 2021", "2021-03",
     "2021-05", "month"),
    ("Data dikumpulkan dari 2019 hingga 2021.", None, "2019 hingga 2021", "2019", "2021", "year"),
    ("Pada periode 2014–2017 jumlahnya naik.", None, "2014–2017", "2014", "2017", "year"),
    ("Proyek dimulai awal Agustus 2025.", None, "awal Agustus 2025", "2025-08", None, "month"),
    ("Pendaftaran ditutup pada 5 Sep 2023.", None, "5 Sep 2023", "2023-09-05", None, "day"),
    ("Sidang berikutnya digelar Kamis mendatang (7/3/2024).", None, "Kamis mendatang (7/3/2024)", "2024-03-07",
     None, "day"),
    ("Harga tertinggi sejak Desember tahun 2014.", None, "Desember tahun 2014", "2014-12", None, "month"),
    ("Pada masa itu inflasi tercatat tinggi di kota itu pada periode 2011-2013.", None, "2011-2013", "2011",
     "2013", "year"),
]


@pytest.mark.parametrize("text,ref,expression,date,end,granularity", EXPLICIT)
def test_explicit_expressions(text, ref, expression, date, end, granularity):
    assert only(text, ref) == (expression, date, end, granularity)


REF = D(2023, 9, 5)  # a Tuesday
RELATIVE = [
    ("Ia tiba kemarin di Jakarta.", "kemarin", "2023-09-04", None, "day"),
    ("Pengumuman disampaikan hari ini.", "hari ini", "2023-09-05", None, "day"),
    ("Pekan lalu, Gedung Putih mengungkapkan temuan itu.", "Pekan lalu", "2023-08-28",
     "2023-09-03", "day"),
    ("Tim akan berangkat pekan depan.", "pekan depan", "2023-09-11", "2023-09-17", "day"),
    ("Kim bakal bertemu Putin pada awal pekan depan.", "awal pekan depan", "2023-09", None,
     "month"),  # part of a week names no day: its month
    ("Rapat itu digelar Selasa pekan lalu.", "Selasa pekan lalu", "2023-08-29", None, "day"),
    ("Tim akan kembali Jumat minggu depan.", "Jumat minggu depan", "2023-09-15", None, "day"),
    ("Harga beras naik bulan lalu.", "bulan lalu", "2023-08", None, "month"),
    ("Inflasi tercatat rendah bulan ini.", "bulan ini", "2023-09", None, "month"),
    ("Pada Juli lalu, menteri itu mengunjungi Pyongyang.", "Juli lalu", "2023-07", None,
     "month"),
    ("Pada akhir Agustus, delegasi itu berangkat.", "akhir Agustus", "2023-08", None, "month"),
    ("Stok menipis sejak awal bulan ini.", "awal bulan ini", "2023-09", None, "month"),
    ("Produksi turun tahun lalu.", "tahun lalu", "2022", None, "year"),
    ("Ia menyerahkan berkas Senin lalu.", "Senin lalu", "2023-09-04", None, "day"),
    ("Rombongan meninggalkan ibu kota pada hari Senin.", "Senin", "2023-09-04", None, "day"),
    ("Kunjungan itu berlangsung Selasa (12/9) di Vladivostok.", "Selasa (12/9)", "2023-09-12",
     None, "day"),
    ("Sidang digelar tiga hari lalu.", "tiga hari lalu", "2023-09-02", None, "day"),
    ("Agustus tahun lalu, pabrik itu ditutup.", "Agustus tahun lalu", "2022-08", None, "month"),
    ("Konferensi itu dijadwalkan berlangsung hingga 13 September.", "13 September",
     "2023-09-13", None, "day"),
]


@pytest.mark.parametrize("text,expression,date,end,granularity", RELATIVE)
def test_relative_expressions(text, expression, date, end, granularity):
    assert only(text, REF) == (expression, date, end, granularity)


@pytest.mark.parametrize("text", [t for t, *_ in RELATIVE])
def test_relative_expressions_need_a_reference(text):
    assert find_dates(text, None) == []


def test_in_n_years_counts_back_in_a_first_time_sentence():
    text = "Ini akan menjadi perjalanan pertama Putin ke negara itu dalam 24 tahun."
    assert only(text, D(2024, 6, 18)) == ("dalam 24 tahun", "2000", None, "year")
    assert find_dates("Pabrik akan selesai dalam 2 tahun.", D(2024, 6, 18)) == []


def test_weekdays_follow_tense_around_the_reference():
    ref = D(2024, 6, 18)  # Tuesday
    assert only("Presiden akan berkunjung mulai Selasa.", ref)[1] == "2024-06-18"
    assert only("Ia akan melakukan kunjungan pada hari Selasa dan Rabu.", ref)[1:3] == \
        ("2024-06-18", "2024-06-19")
    assert only("Ia tiba di bandara pada Rabu.", ref)[1] == "2024-06-12"
    assert only("Menteri itu akan datang pada Rabu.", ref)[1] == "2024-06-19"
    # a reporting verb separates the day of saying from the future it reports
    assert only("Kremlin mengumumkan pada Senin bahwa ia akan datang.", ref)[1] == "2024-06-17"


def test_month_without_year_is_past_unless_future_is_said():
    ref = D(2024, 6, 18)
    assert only("Ia mengunjungi Rusia pada bulan September untuk berunding.", ref)[1] == "2023-09"
    assert only("Ia akan mengunjungi Rusia pada bulan September.", ref)[1] == "2024-09"
    assert only("Pembangunan dimulai pada bulan Juni.", ref)[1] == "2024-06"


@pytest.mark.parametrize("text,ref,date,end", [
    ("Ia tiba kemarin.", D(2024, 1, 1), "2023-12-31", None),
    ("Harga naik bulan lalu.", D(2024, 1, 15), "2023-12", None),
    ("Harga naik tahun lalu.", D(2024, 1, 1), "2023", None),
    ("Pekan lalu ia datang.", D(2024, 1, 3), "2023-12-25", "2023-12-31"),
    ("Acara digelar pekan depan.", D(2023, 12, 28), "2024-01-01", "2024-01-07"),
    ("Pada Desember lalu ia datang.", D(2024, 1, 10), "2023-12", None),
    ("Sidang digelar Selasa (31/12).", D(2025, 1, 2), "2024-12-31", None),
    ("Laga digelar Rabu (1/1).", D(2024, 12, 30), "2025-01-01", None),
    ("Pada 30 Desember, ia berangkat ke Bali.", D(2024, 1, 2), "2023-12-30", None),
    ("Rapat akan digelar pada 3 Januari.", D(2023, 12, 29), "2024-01-03", None),
    ("Pada Januari mendatang, tarif naik.", D(2023, 11, 20), "2024-01", None),
    ("Lima hari lalu ia diperiksa.", D(2024, 3, 2), "2024-02-26", None),
    ("Ia datang pada Minggu lalu.", D(2024, 1, 2), "2023-12-31", None),
])
def test_anchoring_across_month_and_year_boundaries(text, ref, date, end):
    found = find_dates(text, ref)
    assert [(m.date, m.end_date) for m in found] == [(date, end)]


def test_week_word_minggu_versus_sunday():
    ref = D(2023, 9, 5)
    week = find_dates("Minggu lalu, harga cabai naik.", ref)[0]
    assert (week.date, week.end_date, week.kind) == ("2023-08-28", "2023-09-03", "relative-week")
    sunday = find_dates("Ia datang pada Minggu lalu.", ref)[0]
    assert (sunday.date, sunday.end_date) == ("2023-09-03", None)
    lower = find_dates("Harga naik minggu lalu.", ref)[0]
    assert (lower.date, lower.end_date) == ("2023-08-28", "2023-09-03")


def test_weekday_month_typo_near_publication_takes_the_matching_date():
    # 4 August 2023 is a Friday; in an article of 5 September the Monday meant is 4 September
    m = find_dates("Laporan itu dirilis pada Senin (4/8/2023).", D(2023, 9, 5))[0]
    assert m.date == "2023-09-04"
    assert len(m.notes) == 1 and "Jumat" in m.notes[0] and "4 September 2023" in m.notes[0]
    # a year typo too: Kamis (7/3/2023) in March 2024 -> 7 March 2024 is a Thursday
    y = find_dates("Rapat digelar Kamis (7/3/2023) di kantor bupati.", D(2024, 3, 8))[0]
    assert y.date == "2024-03-07" and "7 Maret 2024" in y.notes[0]
    # near the written date, or nothing matching near publication: kept as written, noted
    near = find_dates("Rapat digelar Senin (4/8/2023).", D(2023, 8, 6))[0]
    assert near.date == "2023-08-04" and "7 Agustus 2023" in near.notes[0]
    far = find_dates("Rapat digelar Senin (4/8/2023).", D(2023, 12, 1))[0]
    assert far.date == "2023-08-04"


def test_weekday_mismatch_is_flagged_with_nearest_matching_day():
    m = find_dates("Laporan itu dirilis pada Senin (4/8/2023).", D(2023, 8, 20))[0]
    assert m.date == "2023-08-04"  # kept as written
    assert len(m.notes) == 1
    assert "Jumat" in m.notes[0] and "7 Agustus 2023" in m.notes[0]
    assert "4 September 2023" in m.notes[0]  # the month typo that would fit
    ok = find_dates("Laporan itu dirilis pada Senin (4/9/2023).", None)[0]
    assert ok.notes == ()


def test_weekday_of_a_written_long_date_is_checked():
    m = find_dates("Rapat berlangsung Rabu, 13 September 2023.", None)[0]
    assert m.notes == ()
    bad = find_dates("Rapat berlangsung Kamis, 13 September 2023.", None)[0]
    assert bad.date == "2023-09-13" and "Rabu" in bad.notes[0] and "14 September 2023" in bad.notes[0]
    # near the publication day, the day number one off: the neighbouring day that has the weekday, noted once
    fixed = find_dates("Rapat berlangsung Kamis, 13 September 2023.", D(2023, 9, 15))[0]
    assert fixed.date == "2023-09-14"
    assert fixed.notes == ("Kemungkinan salah ketik: tertulis Kamis (13/9/2023), padahal 13 September 2023 jatuh "
                           "pada hari Rabu; peristiwa ini ditempatkan pada Kamis, 14 September 2023.",)


def test_a_weekday_one_day_off_its_number_places_the_event_on_the_weekday():
    ref = D(2024, 3, 8)
    m = find_dates("Rapat digelar Selasa (5/3/2024) di balai kota.", ref)[0]  # 5 March 2024 is a Tuesday
    assert (m.date, m.notes) == ("2024-03-05", ())
    off = find_dates("Rapat digelar Rabu (5/3/2024) di balai kota.", ref)[0]
    assert off.date == "2024-03-06" and "ditempatkan pada Rabu, 6 Maret 2024" in off.notes[0]
    # never after the publication day
    assert find_dates("Rapat digelar Rabu (5/3/2024) di balai kota.", D(2024, 3, 5))[0].date == "2024-03-05"


def test_two_months_with_one_year_each_take_it():
    found = find_dates("Bantuan cair pada bulan Maret dan Juni 2023 lewat kantor pos.", None)
    assert [(m.expression, m.date) for m in found] == [("Maret", "2023-03"), ("Juni 2023", "2023-06")]


@pytest.mark.parametrize("text", [
    "Ketiga, buruh meminta upah minimum tahun 2025 dinaikkan 10 persen.",
    "Anggaran subsidi tahun 2024 membengkak tiga kali lipat.",
    "Presiden terpilih periode 2029-2034 dilantik di gedung parlemen.",
    "Keputusan Komisi Nomor 12 Tahun 2024 dibacakan di ruang sidang.",
])
def test_a_year_qualifying_a_noun_is_no_date(text):
    assert find_dates(text, None) == []


@pytest.mark.parametrize("text", [
    "Acara dimulai pukul 10.00 WIB di aula.",
    "Kereta berangkat pukul 19.15 dari stasiun.",
    "Terdakwa divonis 12 tahun penjara.",
    "Nilai proyek mencapai Rp2,8 miliar atau 2.019 unit.",
    "Aturan itu tertuang dalam UU Nomor 12 Tahun 2011 tentang pembentukan peraturan.",
    "Partai itu bersiap menghadapi Pilpres 2024.",
    "Jumlah korban mencapai 2019 orang.",
    "Warga menunggu selama beberapa bulan lalu pulang.",
])
def test_non_dates_are_not_dates(text):
    assert find_dates(text, D(2023, 9, 5)) == []


def test_vague_periods_are_left_out():
    assert find_dates("Kota itu menggelar referendum beberapa bulan lalu.", D(2023, 9, 5)) == []


def test_offsets_are_relative_to_the_whole_text():
    text = "Paragraf pertama. Kedua pemimpin bertemu pada 13 September 2023. Lalu pulang."
    m = find_dates(text, None)[0]
    assert text[m.start:m.end] == "13 September 2023"


@pytest.mark.parametrize("date,end,shown", [
    ("2023-09-13", None, "13 September 2023"),
    ("2023-07", None, "Juli 2023"),
    ("2019", None, "2019"),
    ("2023-09-10", "2023-09-13", "10–13 September 2023"),
    ("2023-08-30", "2023-09-02", "30 Agustus–2 September 2023"),
    ("2023-12-31", "2024-01-02", "31 Desember 2023–2 Januari 2024"),
    ("2021-03", "2021-05", "Maret–Mei 2021"),
    ("2019", "2021", "2019–2021"),
])
def test_format_date_id(date, end, shown):
    assert format_date_id(date, end) == shown


def test_capitalised_number_word_inside_a_name_is_not_a_count():
    found = find_dates("Pabrik diresmikan di Banua Lima pekan lalu.", D(2023, 9, 5))
    assert [(m.expression, m.date, m.end_date) for m in found] == \
        [("pekan lalu", "2023-08-28", "2023-09-03")]


def test_case_lookalike_letters_do_not_crash_and_read_as_ascii():
    ref = dt.date(2024, 1, 10)
    for text, expected in (("Ia datang harı ini ke kantor.", "2024-01-10"),
                           ("Mereka tiba KEMARİN sore.", "2024-01-09"), ("Rapat digelar beſok pagi.", "2024-01-11")):
        found = find_dates(text, ref)
        assert [m.date for m in found] == [expected], text
        assert found[0].expression in text
