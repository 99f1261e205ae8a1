"""Tests for explainer.corpus.undated and the corpus-wide joins of build_timeline: undated articles dated
from the corpus, coarse dates joining fine ones, guesses joining named dates."""

from __future__ import annotations

import datetime as dt

from explainer import warm
from explainer.model import Article, Block
from explainer.corpus.timeline import build_timeline
from explainer.extract.events import extract_events
from explainer.corpus.undated import anchor_undated, publication_bound


def make(ident: str, paragraphs: list[str], published: str | None, outlet: str = "Kabar Uji") -> Article:
    return Article(id=ident, source_file=f"{ident}.txt", title=f"Judul {ident}", outlet=outlet, url=None,
                   published=published, authors=[], editors=[], blocks=[Block("p", p) for p in paragraphs],
                   page=f"artikel/{ident}/", src_path=f"artikel/{ident}.md")


def run(*articles: Article) -> list[dict]:
    return build_timeline(anchor_undated([(a, extract_events(a)) for a in articles]))


def test_bound_from_the_sourcing_date_and_from_past_and_planned_days():
    sourced = make("a", ["Dilansir dari Harian Uji, Selasa (12/9/2023), banjir masih menggenangi desa itu."], None)
    bound = publication_bound(sourced)
    assert (bound.first, bound.last, bound.tight) == (dt.date(2023, 9, 12), dt.date(2023, 9, 19), True)
    # a quote's date is only a lower bound: the report may come days later
    quoted = make("q", ["“Kami menolak,” kata Bupati Rano, Selasa (12/9/2023)."], None)
    assert publication_bound(quoted) is None
    both = make("b", ["Jembatan itu runtuh pada Senin (11/9/2023).",
                      "Perbaikan dijadwalkan dimulai pada Jumat (15/9/2023)."], None)
    bound = publication_bound(both)
    assert (bound.first, bound.last, bound.tight) == (dt.date(2023, 9, 11), dt.date(2023, 9, 15), True)
    wide = make("c", ["Jembatan itu runtuh pada 11 Juni 2023.", "Perbaikan akan dimulai pada 15 September 2023."],
                None)
    assert not publication_bound(wide).tight
    assert publication_bound(make("d", ["Jembatan itu runtuh pada 11 Juni 2023."], None)) is None


def test_tight_bound_anchors_what_resolves_alike_at_both_ends_and_says_why():
    article = make("a", ["Dilansir dari Harian Uji, Selasa (12/9/2023), banjir masih menggenangi desa itu.",
                         "Bupati Sardi Wibowo meninjau tanggul bulan lalu.",
                         "Warga mengungsi kemarin."], None)
    entries = run(article)
    by_date = {e["date"]: e for e in entries}
    # "kemarin" is 11 to 18 September: no day, but surely September
    assert set(by_date) == {"2023-09-12", "2023-08", "2023-09"}
    assert by_date["2023-09"]["granularity"] == "month"
    assert by_date["2023-08"]["inferred"] is True
    assert "diperkirakan antara 12 September 2023 dan 19 September 2023" in by_date["2023-08"]["notes"][0]
    assert article.published_inferred == "2023-09-12"


def test_loose_bound_anchors_nothing():
    article = make("a", ["Jembatan itu runtuh pada 11 Juni 2023.", "Perbaikan akan dimulai pada 15 September 2023.",
                         "Bupati meninjau tanggul bulan lalu."], None)
    assert [e["date"] for e in run(article)] == ["2023-06-11", "2023-09-15"]


def test_a_month_without_year_takes_the_year_of_the_same_event_elsewhere():
    dated = make("a", ["Menteri Kelautan Budi Santoso meninjau Pelabuhan Tanjung Emas bersama Bupati Rina Hale "
                       "pada 25 Juli 2023.", "Budi Santoso dari Kementerian Kelautan meresmikan pasar ikan pada "
                       "3 Maret 2023."], "2023-08-30", outlet="Harian Uji")
    undated = make("b", ["Pada Juli lalu, Menteri Kelautan Budi Santoso meninjau Pelabuhan Tanjung Emas bersama "
                         "Bupati Rina Hale.",
                         "Pada Juli lalu, harga cabai di pasar naik.",
                         "Pada Mei lalu, Budi Santoso dari Kementerian Kelautan membuka lelang ikan."], None)
    undated_events = anchor_undated([(a, extract_events(a)) for a in (dated, undated)])[1][1]
    assert [(e.date, e.inferred) for e in undated_events] == [("2023-07", True)]
    assert "tahunnya (2023) diambil dari peristiwa yang sama yang diberitakan Harian Uji" in undated_events[0].notes[0]
    # in the timeline the month joins the day of the same event
    entries = run(dated, undated)
    visits = [e for e in entries if "Tanjung Emas" in e["text"]]
    assert [(e["date"], sorted(s["article"] for s in e["sources"])) for e in visits] == [("2023-07-25", ["a", "b"])]
    # the sentence without the event's names stays undated, and so does a person with their ministry
    # met again in another event (two names are not one event)
    assert all("cabai" not in e["text"] and "lelang" not in e["text"] for e in entries)


def test_kept_lookups_under_serve_give_what_a_fresh_anchoring_gives():
    """Under `mkdocs serve` a month without its year is looked up again only where the events listed under its
    sentence's names changed: each anchoring equals a fresh one."""
    opening = "Gubernur Lestari Wulan meresmikan Terminal Giriwangi bersama Walikota Damar Pranata pada 14 Oktober"
    dated = make("a", [f"{opening} 2026."], "2026-11-20", outlet="Warta Timur")
    later = make("c", [f"{opening} 2027."], "2027-11-20", outlet="Suara Barat")
    undated = make("b", ["Pada Oktober lalu, Gubernur Lestari Wulan meresmikan Terminal Giriwangi bersama Walikota "
                         "Damar Pranata."], None)

    def dates(*corpus: Article) -> list[tuple[str, str]]:
        return [(e.date, e.notes[-1]) for e in anchor_undated([(a, extract_events(a)) for a in corpus])[-1][1]]

    warm.keep(True)
    try:
        kept = [dates(dated, undated), dates(dated, undated), dates(dated, later, undated)]
    finally:
        warm.keep(False)
    assert kept == [dates(dated, undated), dates(dated, undated), dates(dated, later, undated)]
    assert kept[0][0][0] == "2026-10" and "Warta Timur" in kept[0][0][1]
    assert kept[2] == []  # the same event a year apart in two articles: no year can be taken


def test_a_count_back_from_a_guessed_day_joins_the_same_event_named_elsewhere():
    named = make("a", ["Pada Juli lalu, Menteri Kelautan Budi Santoso meninjau Pelabuhan Tanjung Emas."],
                 "2023-09-01", outlet="Harian Uji")
    guessed = make("b", ["Dilansir dari Kantor Berita Uji, Selasa (12/9/2023), kapal masih tertahan.",
                         "Menteri Kelautan Budi Santoso sudah meninjau Pelabuhan Tanjung Emas bulan lalu."],
                   None, outlet="Kabar Uji")
    entries = run(named, guessed)
    visits = [e for e in entries if "Tanjung Emas" in e["text"]]
    assert len(visits) == 1
    assert visits[0]["date"] == "2023-07"
    assert {s["article"] for s in visits[0]["sources"]} == {"a", "b"}
    # one note, agreeing with the month the entry is filed under
    assert visits[0]["notes"] == ["Kabar Uji menulis “bulan lalu” untuk peristiwa ini tanpa tanggal terbit; peristiwa "
                                  "ini ditempatkan pada Juli 2023, tanggal yang disebut sumber lain."]


def test_a_coarser_date_of_one_event_joins_the_finer_one():
    a = make("a", ["Presiden Arman Sudibyo bertemu Raja Haakon di Oslo pada 25 April 2019 untuk membahas "
                   "kerja sama perikanan."], "2023-09-01", outlet="Harian Uji")
    b = make("b", ["Presiden Arman Sudibyo bertemu Raja Haakon di Oslo pada April 2019 untuk membahas "
                   "kerja sama perikanan."], "2023-09-01", outlet="Kabar Uji")
    c = make("c", ["Presiden Arman Sudibyo bertemu Raja Haakon di Oslo pada 2019 untuk membahas kerja sama "
                   "perikanan."], "2023-09-01", outlet="Warta Uji")
    d = make("d", ["Pada 2019 harga ikan di Oslo turun tajam."], "2023-09-01")
    entries = run(a, b, c, d)
    assert [(e["date"], sorted(s["article"] for s in e["sources"])) for e in entries] == \
        [("2019", ["d"]), ("2019-04-25", ["a", "b", "c"])]
    assert entries[1]["text"].endswith("pada 25 April 2019 untuk membahas kerja sama perikanan.")


def test_generated_corpus_without_date_lines_is_dated_right(corpus):
    """Every article of the generated corpus with its date line dropped: the bounds hold the true day and
    the re-anchored events carry true dates (measured: 165 bounds all right; 10 of 10 events right)."""
    _, manifest = corpus
    articles, truth, gold = [], {}, {}
    for n, record in enumerate(manifest["articles"]):
        a = make(f"a{n}", record["body"], None)
        articles.append(a)
        truth[a.id] = dt.date.fromisoformat(record["reference_date"])
        gold[a.id] = {(e["paragraph"], e["date"]) for e in record["events"]}
    bounds = [(a, publication_bound(a)) for a in articles]
    bounded = [(a, b) for a, b in bounds if b is not None]
    assert len(bounded) >= 100
    assert sum(b.first <= truth[a.id] <= b.last for a, b in bounded) / len(bounded) >= 0.98
    inferred = right = 0
    for article, events in anchor_undated([(a, extract_events(a)) for a in articles]):
        for e in events:
            if e.inferred:
                inferred += 1
                right += (e.block, e.date) in gold[article.id] or any(
                    d.startswith(e.date + "-") for b, d in gold[article.id] if b == e.block)
    assert inferred >= 5 and right / inferred >= 0.95, (right, inferred)
