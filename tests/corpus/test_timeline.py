"""Tests for the timeline: events, date inference, merging, export schema and page rendering."""

from __future__ import annotations

import collections
import re

import markdown

from paths import SEEDS
from explainer.corpus.timeline import build_timeline
from explainer.extract.events import extract_events, infer_published
from explainer.ingest.clean import clean_text
from explainer.model import Article, Block
from explainer.render import rawhtml
from explainer.render.timeline_page import SINGLE_PAGE_LIMIT, render_timeline


def make_article(ident: str, paragraphs: list[str], published: str | None,
                 outlet: str = "Kabar Uji") -> Article:
    return Article(id=ident, source_file=f"{ident}.txt", title=f"Judul {ident}", outlet=outlet,
                   url=None, published=published, authors=[], editors=[],
                   blocks=[Block("p", p) for p in paragraphs], page=f"artikel/{ident}/",
                   src_path=f"artikel/{ident}.md")


def seed(prefix: str) -> Article:
    path = next(p for p in sorted(SEEDS.glob("*.txt")) if p.name.startswith(prefix))
    article = clean_text(path.read_text(encoding="utf-8"), path.name)
    article.page, article.src_path = f"artikel/{article.id}/", f"artikel/{article.id}.md"
    if not article.published:
        article.published_inferred = infer_published(article)
    return article


# ------------------------------------------------------------------ extraction

def test_events_carry_sentence_anchor_text_and_planned_flag():
    article = make_article("a", [
        "Pembukaan. Sementara itu, bupati meresmikan jembatan pada Senin (4/9/2023).",
        "Festival budaya akan berlangsung pada 20-22 September 2023 di alun-alun.",
    ], "2023-09-05T10:00")
    events = extract_events(article)
    assert [(e.block, e.sentence, e.date, e.end, e.granularity) for e in events] == [
        (0, 1, "2023-09-04", None, "day"), (1, 0, "2023-09-20", "2023-09-22", "day")]
    assert events[0].text == "Bupati meresmikan jembatan pada Senin (4/9/2023)."
    assert events[0].anchor == "p1-k2"
    assert events[0].quote.startswith("Sementara itu,")
    assert [e.planned for e in events] == [False, True]


def test_headings_are_not_events():
    article = make_article("a", [], "2023-09-05")
    article.blocks = [Block("h", "Pertemuan 13 September 2023"), Block("p", "Tanpa tanggal.")]
    assert extract_events(article) == []


def test_sentence_with_two_dates_is_cut_to_the_clause():
    article = make_article("a", ["Harga naik pada Juli 2023, sedangkan pasokan pulih pada "
                                 "Agustus 2023."], "2023-09-05")
    texts = {e.date: e.text for e in extract_events(article)}
    assert texts == {"2023-07": "Harga naik pada Juli 2023.",
                     "2023-08": "Sedangkan pasokan pulih pada Agustus 2023."}


def test_relative_dates_of_an_undated_article_are_left_out_unless_hinted():
    paragraphs = ["Kemarin, warga berunjuk rasa. Laporan itu terbit Selasa (12/9/2023).",
                  "Pada 2019, jembatan itu dibangun."]
    article = make_article("a", paragraphs, None)
    article.published_inferred = infer_published(article)
    assert article.published_inferred == "2023-09-12"
    assert [e.date for e in extract_events(article)] == ["2023-09-12", "2019"]
    hinted = make_article("b", paragraphs, None)
    hinted.published_inferred = infer_published(hinted, hint="2023-09-13")
    assert hinted.published_inferred == "2023-09-13"
    assert [e.date for e in extract_events(hinted)] == ["2023-09-12", "2023-09-12", "2019"]


def test_infer_published_ignores_future_and_respects_coarse_hint():
    article = make_article("a", [
        "Rapat digelar pada 1 Agustus 2023. Forum akan berlangsung 20 September 2023.",
        "Survei dilakukan pada 3 Maret 2022."], None)
    assert infer_published(article) == "2023-08-01"
    assert infer_published(article, hint="2022") == "2022-03-03"
    assert infer_published(article, hint="5 September 2023") == "2023-09-05"
    assert infer_published(make_article("b", ["Pada 2019 ia datang."], None)) is None


# ------------------------------------------------------------------ merging and export

def test_same_event_from_two_outlets_is_one_entry_with_both_sources():
    a = make_article("a", ["Presiden Joko Widodo meresmikan Bendungan Sindang Heula di "
                           "Serang pada Senin (4/9/2023)."], "2023-09-05", outlet="Kabar Satu")
    b = make_article("b", ["Bendungan Sindang Heula di Serang diresmikan Presiden Joko Widodo "
                           "pada 4 September 2023."], "2023-09-06", outlet="Kabar Dua")
    c = make_article("c", ["Gubernur Banten membuka pasar murah di Cilegon pada 4 September "
                           "2023."], "2023-09-06")
    entries = build_timeline([(x, extract_events(x)) for x in (a, b, c)])
    assert len(entries) == 2
    merged = next(e for e in entries if len(e["sources"]) == 2)
    assert [s["article"] for s in merged["sources"]] == ["a", "b"]
    assert merged["sources"][0]["page"] == "artikel/a/#p1-k1"
    assert merged["sources"][1]["expression"] == "4 September 2023"


def test_same_event_with_different_dates_gets_a_discrepancy_note():
    a = make_article("a", ["Presiden Joko Widodo meresmikan Bendungan Sindang Heula di "
                           "Serang pada 4 September 2023."], "2023-09-05", outlet="Kabar Satu")
    b = make_article("b", ["Presiden Joko Widodo meresmikan Bendungan Sindang Heula di "
                           "Serang pada 5 September 2023."], "2023-09-06", outlet="Kabar Dua")
    entries = build_timeline([(x, extract_events(x)) for x in (a, b)])
    assert [e["date"] for e in entries] == ["2023-09-04", "2023-09-05"]
    assert "5 September 2023 (Kabar Dua)" in entries[0]["notes"][0]
    assert "4 September 2023 (Kabar Satu)" in entries[1]["notes"][0]


def test_different_events_on_one_day_stay_apart():
    a = make_article("a", ["Bupati Sleman membuka pasar murah di Depok pada 4 September "
                           "2023."], "2023-09-05")
    b = make_article("b", ["Polisi menangkap dua pencuri motor di Bantul pada 4 September "
                           "2023."], "2023-09-05")
    assert len(build_timeline([(x, extract_events(x)) for x in (a, b)])) == 2


def test_export_schema_and_order():
    a = make_article("a", ["Pada 2019 mereka bertemu. Harga naik pada Juli 2023.",
                           "Rapat digelar Kamis (4/8/2023)."], "2023-09-05")
    entries = build_timeline([(a, extract_events(a))])
    assert [e["date"] for e in entries] == ["2019", "2023-07", "2023-08-04"]
    for entry in entries:
        assert set(entry) == {"date", "end", "granularity", "text", "sources", "notes",
                              "planned", "inferred", "id"}
        assert re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", entry["date"])
        assert entry["granularity"] == {4: "year", 7: "month", 10: "day"}[len(entry["date"])]
        for source in entry["sources"]:
            assert set(source) == {"article", "quote", "expression", "page"}
    assert entries[2]["notes"] and "Jumat" in entries[2]["notes"][0]
    assert len({e["id"] for e in entries}) == 3


# ------------------------------------------------------------------ seeds

def test_seed_with_weekday_typo_and_relative_dates():
    article = seed("002")
    assert article.published.startswith("2023-09-05")
    events = {e.expression: e for e in extract_events(article)}
    assert events["Senin (4/8/2023)"].date == "2023-09-04"  # the month typo, near publication
    assert "Jumat" in events["Senin (4/8/2023)"].notes[0]
    assert (events["awal pekan depan"].date, events["awal pekan depan"].planned) == \
        ("2023-09", True)
    assert events["akhir Agustus"].date == "2023-08"
    assert events["April 2022"].date == "2022-04"
    assert events["tahun 2016"].date == "2016"
    assert (events["Minggu hingga Selasa (10-13/9/2023)"].date,
            events["Minggu hingga Selasa (10-13/9/2023)"].end) == ("2023-09-10", "2023-09-13")


def test_seed_with_relative_weekdays_and_years_back():
    article = seed("004")
    got = [(e.expression, e.date, e.end, e.granularity) for e in extract_events(article)]
    assert got == [("Selasa", "2024-06-18", None, "day"),
                   ("dalam 24 tahun", "2000", None, "year"),
                   ("Selasa dan Rabu", "2024-06-18", "2024-06-19", "day"),
                   ("September", "2023-09", None, "month"),
                   ("tahun 2019", "2019", None, "year")]


def test_undated_seed_keeps_only_explicit_dates():
    article = seed("000")
    assert article.published is None
    assert [(e.expression, e.date) for e in extract_events(article)] == [("2019", "2019")]


# ------------------------------------------------------------------ the generated corpus

def _key(event: dict) -> tuple:
    granularity = "day" if event["granularity"] == "week" else event["granularity"]
    return event["paragraph"], event["date"], event["end"], granularity


def test_precision_and_recall_on_generated_corpus(corpus):
    _, manifest = corpus
    tp = fn = fp = predicted = 0
    misses: collections.Counter = collections.Counter()
    for n, record in enumerate(manifest["articles"]):
        article = make_article(f"a{n}", record["body"], record["published"])
        if not article.published:
            article.published_inferred = infer_published(article)
        events = extract_events(article)
        got = collections.Counter((e.block, e.date, e.end, e.granularity) for e in events)
        gold = collections.Counter(_key(e) for e in record["events"])
        resolvable = collections.Counter(_key(e) for e in record["events"] if e["resolvable"])
        for key, count in resolvable.items():
            tp += min(count, got[key])
            fn += count - min(count, got[key])
            if count > got[key]:
                misses[key[3]] += 1
        for key, count in got.items():
            fp += count - min(count, gold[key])
        predicted += len(events)
    recall, precision = tp / (tp + fn), (predicted - fp) / predicted
    # measured 1.000 / 1.000 on seeds 1 and 7
    assert recall >= 0.98, (recall, misses)
    assert precision >= 0.98, precision


def test_undated_articles_inferred_date_is_never_after_the_truth(corpus):
    _, manifest = corpus
    checked = 0
    for n, record in enumerate(manifest["articles"]):
        if record["published"]:
            continue
        guess = infer_published(make_article(f"a{n}", record["body"], None))
        if guess:
            checked += 1
            assert guess <= record["reference_date"], (guess, record["reference_date"])
    assert checked >= 10


# ------------------------------------------------------------------ page

def _articles(*items: Article) -> dict[str, Article]:
    return {a.id: a for a in items}


def test_small_timeline_is_one_page_grouped_by_year_and_month():
    a = make_article("a", ["Pada 2019 mereka bertemu. Harga naik pada Juli 2023.",
                           "Forum akan berlangsung pada 10-13 September 2023.",
                           "Rapat digelar Kamis (4/8/2023)."], "2023-09-05", outlet="Kabar *Uji*")
    entries = build_timeline([(a, extract_events(a))])
    pages = render_timeline(entries, _articles(a))
    assert list(pages) == ["linimasa/index.md"]
    md = pages["linimasa/index.md"]
    assert md.index("## 2019") < md.index("## 2023") < md.index("### Juli 2023") < \
        md.index("### Agustus 2023") < md.index("### September 2023")
    assert "<strong>10–13 September 2023</strong> · <em>direncanakan</em>" in md
    assert "<strong>Juli 2023</strong>" in md
    assert '<a href="../artikel/a/#p2-k1" title="Judul a">Kabar *Uji*</a>' in md
    assert ('<details class="catatan"><summary>Catatan tanggal</summary><span class="catatan-isi">Kemungkinan '
            "salah ketik: 4 Agustus 2023") in md  # the note as one short line that opens on it
    assert "admonition" not in md
    lifted, fragments = rawhtml.lift(md)
    assert all(line.startswith(("#", "<!--explainer-raw-")) for line in lifted.split("\n")[8:] if line)  # after front matter and intro
    html = markdown.markdown(md, extensions=["attr_list", "toc", "tables", "admonition"])
    assert f'<p id="{entries[0]["id"]}">' in html
    assert "<em>Uji</em>" not in html


def test_large_timeline_is_paginated_with_links_between_periods():
    paragraphs = [f"Warga Desa Nomor{k} menanam {k} pohon pada {1 + k % 28} "
                  f"{['Maret', 'Juli'][k % 2]} {2020 + k % 3}."
                  for k in range(SINGLE_PAGE_LIMIT + 50)]
    # one article per paragraph: one article's sentences on one day are one entry
    articles = [make_article(f"a{k}", [text], "2023-09-05") for k, text in enumerate(paragraphs)]
    entries = build_timeline([(a, extract_events(a)) for a in articles])
    assert len(entries) == SINGLE_PAGE_LIMIT + 50
    pages = render_timeline(entries, _articles(*articles))
    assert sorted(pages) == ["linimasa/2020.md", "linimasa/2021.md", "linimasa/2022.md",
                             "linimasa/index.md"]
    assert "(2021.md)" in pages["linimasa/index.md"]
    middle = pages["linimasa/2021.md"]
    assert "[← 2020](2020.md)" in middle and "[2022 →](2022.md)" in middle
    assert "[Semua periode](index.md)" in middle
    assert '<a href="../../artikel/a' in middle
    assert sum(page.count('<p id="peristiwa-') for page in pages.values()) == len(entries)


def test_entity_links_only_first_mention_per_entry():
    a = make_article("a", ["Putin bertemu Kim, lalu Putin pulang pada 13 September 2023."],
                     "2023-09-14")
    entries = build_timeline([(a, extract_events(a))])

    def linker(text: str, from_src: str):
        return [(m.start(), m.end(), "putin", "../glosarium/#putin", "Vladimir Putin")
                for m in re.finditer("Putin", text)]

    md = render_timeline(entries, _articles(a), linker)["linimasa/index.md"]
    assert md.count('<a href="../glosarium/#putin" title="Vladimir Putin">Putin</a>') == 1
    assert "lalu Putin pulang" in md


def test_render_is_deterministic():
    a = make_article("a", ["Pada 2019 mereka bertemu.", "Harga naik pada Juli 2023."],
                     "2023-09-05")
    entries = build_timeline([(a, extract_events(a))])
    assert render_timeline(entries, _articles(a)) == \
        render_timeline(list(reversed(entries)), _articles(a))
