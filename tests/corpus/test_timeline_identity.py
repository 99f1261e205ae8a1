"""The timeline on articles that state no date, as most copies do: a day written without its year dated from the
weekday and the corpus, a date contradicting its weekday or its story placed once on the right day, one entry per
event per day with every source, the day of a statement apart from the day of what it reports, and no entry for
what is no event (a year qualifying a noun, a term of office, a demand)."""

from __future__ import annotations

import datetime as dt

from explainer.corpus.timeline import build_timeline
from explainer.corpus.undated import anchor_undated, corpus_span
from explainer.extract.events import extract_events, infer_published
from explainer.model import Article, Block


def make(ident: str, paragraphs: list[str], published: str | None, outlet: str = "Kabar Uji") -> Article:
    article = Article(id=ident, source_file=f"{ident}.txt", title=f"Judul {ident}", outlet=outlet, url=None,
                      published=published, authors=[], editors=[], blocks=[Block("p", p) for p in paragraphs],
                      page=f"artikel/{ident}/", src_path=f"artikel/{ident}.md")
    if not published:
        article.published_inferred = infer_published(article)
    return article


def run(*articles: Article) -> list[dict]:
    return build_timeline(anchor_undated([(a, extract_events(a)) for a in articles]))


FLOOD = make("a", ["Banjir bandang melanda Desa Sukamaju di Kabupaten Lembah Hijau pada Senin (3/10/2022)."],
             "2022-10-05", outlet="Kabar Satu")
LATER = make("z", ["Pembangunan tanggul baru di Kabupaten Lembah Hijau rampung pada 1 Maret 2023."], "2023-03-02",
             outlet="Kabar Dua")


def test_a_day_without_its_year_takes_the_only_year_of_the_corpus_where_its_weekday_fits() -> None:
    visit = make("b", ["Bupati Rina Hale meninjau pengungsi di balai Desa Sukamaju, Selasa (4/10)."], None)
    entries = run(FLOOD, visit, LATER)
    entry = next(e for e in entries if e["sources"][0]["article"] == "b")
    assert (entry["date"], entry["inferred"]) == ("2022-10-04", True)
    assert entry["notes"] == ['Tahun tidak disebut; "Selasa (4/10)" hanya cocok dengan 4 Oktober 2022 dalam kurun '
                              'pemberitaan (Oktober 2022–Maret 2023).']


def test_a_day_without_its_year_near_the_articles_own_full_dates_takes_their_year() -> None:
    article = make("b", ["Banjir bandang melanda Desa Sukamaju pada Senin (3/10/2022).",
                         "Bupati Rina Hale meninjau lokasi pada 5 Oktober."], None)
    entry = next(e for e in run(article, LATER) if e["date"] == "2022-10-05")
    assert entry["notes"] == ['Tahun tidak disebut; "5 Oktober" dibaca dekat tanggal terakhir yang ditulis lengkap '
                              'di artikel ini.']


def test_an_articles_background_dates_do_not_give_the_year() -> None:
    first = make("a", ["Warga Desa Sukamaju memprotes pencemaran sungai pada Selasa (5/3/2019)."], "2019-03-05")
    last = make("c", ["Pemerintah menutup sementara pabrik di tepi sungai pada Rabu (20/3/2019)."], "2019-03-20")
    background = make("b", ["Pabrik itu berdiri pada 12 Maret 2012.",
                            "Warga pertama kali mengeluhkan bau sungai pada 1 Maret."], None)
    dates = [e["date"] for e in run(first, background, last) if e["sources"][0]["article"] == "b"]
    assert dates == ["2012-03-12", "2019-03-01"]


def test_without_a_weekday_only_a_single_fit_in_the_corpus_span_dates_a_day() -> None:
    single = make("b", ["Posko pengungsian di Desa Sukamaju ditutup pada 20 Oktober."], None)
    assert [e["date"] for e in run(FLOOD, single, LATER) if e["sources"][0]["article"] == "b"] == ["2022-10-20"]
    wide = make("w", ["Tanggul lama di Kabupaten Lembah Hijau jebol pada 5 Mei 2021."], "2021-05-06")
    two_years = make("b", ["Posko pengungsian di Desa Sukamaju ditutup pada 12 Mei."], None)
    assert [e for e in run(wide, two_years, LATER) if e["sources"][0]["article"] == "b"] == []


def test_the_span_leaves_out_a_stray_publication_day() -> None:
    days = [make(f"d{k}", ["Warga bergotong royong membersihkan lumpur."], f"2022-10-{k + 1:02d}") for k in range(9)]
    stray = make("s", ["Warga bergotong royong membersihkan lumpur."], "2019-01-01")
    assert corpus_span([stray, *days]) == (dt.date(2022, 10, 1), dt.date(2022, 10, 8))
    assert corpus_span(days[:3]) == (dt.date(2022, 10, 1), dt.date(2022, 10, 3))


def test_a_weekday_one_day_off_in_an_undated_article_is_placed_on_the_weekday() -> None:
    off = make("b", ["Bupati Rina Hale meninjau pengungsi di balai Desa Sukamaju, Rabu (4/10/2022)."], None)
    entry = next(e for e in run(FLOOD, off, LATER) if e["sources"][0]["article"] == "b")
    assert entry["date"] == "2022-10-05" and "ditempatkan pada Rabu, 5 Oktober 2022" in entry["notes"][0]


def test_a_year_typo_against_the_weekday_is_placed_in_the_story_and_merged_with_the_same_event() -> None:
    dated = make("a", ["Pengurus Koperasi Tani Lembah menyerahkan berkas keberatan ke Pengadilan Tata Usaha pada "
                       "Sabtu, 10 Februari 2024."], "2024-02-11", outlet="Kabar Satu")
    typo = make("b", ["Pengurus Koperasi Tani Lembah resmi menyerahkan berkas keberatan ke Pengadilan Tata Usaha, "
                      "Sabtu (10/2/2023)."], None, outlet="Kabar Dua")
    later = make("c", ["Pengadilan Tata Usaha membacakan putusan keberatan Koperasi Tani Lembah pada Selasa (14/5/2024)."],
                 "2024-05-14")
    entries = run(dated, typo, later)
    filing = [e for e in entries if "menyerahkan" in e["text"]]
    assert len(filing) == 1 and filing[0]["date"] == "2024-02-10"
    assert sorted(s["article"] for s in filing[0]["sources"]) == ["a", "b"]
    assert not any(e["date"].startswith("2023") for e in entries)


def test_one_entry_per_event_per_day_with_every_source() -> None:
    a = make("a", ["Ribuan buruh dari Serikat Pekerja Lembah berunjuk rasa di depan Gedung DPRD Lembah Hijau pada "
                   "Selasa (6/9/2022).",
                   "“Kami menolak kenaikan harga,” kata Ketua Serikat Pekerja Lembah Budi Santoso di atas mobil "
                   "komando, Selasa (6/9/2022)."], "2022-09-06", outlet="Kabar Satu")
    b = make("b", ["Aksi Serikat Pekerja Lembah di Gedung DPRD Lembah Hijau berlangsung tertib hingga sore, "
                   "Selasa (6/9/2022)."], "2022-09-07", outlet="Kabar Dua")
    other = make("c", ["Polisi menangkap dua pencuri motor di Pasar Kemuning pada Selasa (6/9/2022)."], "2022-09-07")
    entries = run(a, b, other)
    assert len(entries) == 2
    demo = next(e for e in entries if "Serikat" in e["text"])
    assert sorted(s["article"] for s in demo["sources"]) == ["a", "a", "b"]
    assert "berunjuk rasa" in demo["text"]  # the narrator's words speak for the entry, not the quotation


def test_the_day_of_a_statement_is_kept_apart_from_the_day_it_reports() -> None:
    a = make("a", ["Banjir bandang telah merendam Desa Sukamaju sejak Senin (3/10/2022), kata Kepala BPBD Lembah "
                   "Hijau Sari Wulan, Rabu (5/10/2022)."], "2022-10-05")
    entries = run(a)
    assert [e["date"] for e in entries] == ["2022-10-03", "2022-10-05"]


def test_only_real_events_become_entries() -> None:
    a = make("a", ["Buruh menuntut upah minimum naik 10 persen pada 2023.",
                   "Upah minimum tahun 2023 akan diumumkan gubernur.",
                   "Rina Hale adalah bupati Lembah Hijau periode 2021-2026.",
                   "Ia pernah menjabat wakil bupati pada periode 2016-2021."], "2022-09-06")
    assert [(e["date"], e["end"]) for e in run(a)] == [("2016", "2021")]


def test_an_entry_written_in_full_by_one_source_carries_no_inference_note() -> None:
    visit = make("b", ["Banjir bandang melanda Desa Sukamaju di Kabupaten Lembah Hijau, Senin (3/10)."], None)
    entries = run(FLOOD, visit, LATER)
    flood = next(e for e in entries if e["date"] == "2022-10-03")
    assert sorted(s["article"] for s in flood["sources"]) == ["a", "b"]
    assert flood["notes"] == [] and flood["inferred"] is False
