"""Shortcuts of the extraction (date cues, memos, caches) never change its output, and the output
does not depend on the order in which articles are processed or merged."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from paths import SEEDS
from explainer.corpus.glossary import build_glossary
from explainer.corpus.timeline import build_timeline
from explainer.extract import dates, events, pieces, titles
from explainer.extract.entities import find_mentions
from explainer.extract.events import extract_events, infer_published
from explainer.extract.sentences import split_sentences
from explainer.ingest.clean import clean_text
from explainer.model import Article, Block

REFERENCE = dt.date(2023, 9, 5)
EVERY_CUE = set().union(*dates._NEEDS.values())

# Sentences near the edges of the cues: month abbreviations, capitalised relative words, words
# that contain a month or weekday name, future words in capitals, years without context, odd letters.
TRICKY = [
    "Warga Desa Maretta berkumpul pada 3 Des 2023 di balai desa.",
    "Rapat digelar BESOK pagi dan LUSA sore.",
    "Pertemuan itu AKAN berlangsung pada September.",
    "Pak Agus Junianto (45) tiba Senin (4/9) malam.",
    "Ia lahir tahun 1990 dan pindah pada 2001-2004.",
    "Sejak Agt. 2019 harga naik; Sept lalu turun lagi.",
    "Kantor itu dibuka pekan depan, kata Mei Lestari.",
    "Jum'at (8/9/2023) dan Jum’at depan kantor tutup.",
    "Dalam 24 tahun terakhir, ini pertemuan pertama keduanya.",
    "Nomor 12 Tahun 2011 mengatur hal itu, bukan 2012.",
    "Minggu hingga Selasa (10-12/9/2023) ada pameran.",
    "Acara pada 18 dan 19 Juni mendatang batal.",
    "Rapat digelar Senin İNİ di kantor.",  # "İ" matches "i" case-insensitively, lower-cases to two letters
]


def _article(ident: str, paragraphs: list[str], published: str | None) -> Article:
    return Article(id=ident, source_file=f"{ident}.txt", title=f"Judul {ident}", outlet=f"Kabar {ident[-1]}",
                   url=None, published=published, authors=[], editors=[],
                   blocks=[Block("p", p) for p in paragraphs], page=f"artikel/{ident}/",
                   src_path=f"artikel/{ident}.md")


@pytest.fixture(scope="module")
def articles(corpus) -> list[Article]:
    """The generated corpus (about one in seven undated), the seeds, and the tricky sentences."""
    _, manifest = corpus
    out = [_article(f"a{n:03d}", record["body"], record["published"])
           for n, record in enumerate(manifest["articles"])]
    for path in sorted(SEEDS.glob("*.txt")):
        article = clean_text(path.read_text(encoding="utf-8"), path.name)
        article.page = f"artikel/{article.id}/"
        out.append(article)
    out.append(_article("tricky", TRICKY, "2023-09-05"))
    for article in out:
        if not article.published:
            article.published_inferred = infer_published(article)
    return out


def _sentences(articles: list[Article]) -> list[str]:
    return [s for article in articles for block in article.blocks for s in split_sentences(block.text)]


def test_date_cues_only_skip_sentences_without_dates(articles, monkeypatch):
    sentences = _sentences(articles)
    fast = [dates.find_dates_in_sentence(s, REFERENCE) for s in sentences]
    undated = [dates.find_dates_in_sentence(s, None) for s in sentences]
    monkeypatch.setattr(dates, "cues", lambda text: set(EVERY_CUE))
    assert fast == [dates.find_dates_in_sentence(s, REFERENCE) for s in sentences]
    assert undated == [dates.find_dates_in_sentence(s, None) for s in sentences]
    assert sum(map(len, fast)) > len(articles)  # the comparison covers many dates


def test_paragraphs_without_cues_hold_no_events(articles, monkeypatch):
    fast = [(extract_events(a), infer_published(a)) for a in articles]
    monkeypatch.setattr(dates, "cues", lambda text: set(EVERY_CUE))
    monkeypatch.setattr(events, "cues", lambda text: set(EVERY_CUE))
    assert fast == [(extract_events(a), infer_published(a)) for a in articles]


def test_name_start_memo_changes_nothing(articles, monkeypatch):
    memoised = [find_mentions(a) for a in articles]

    def unmemoised(text, rest, context, untitled=False):
        return titles._best_name_start(text, rest, context, untitled) if rest else 0

    monkeypatch.setattr(pieces, "name_start", unmemoised)
    assert memoised == [find_mentions(a) for a in articles]


def test_results_do_not_depend_on_processing_or_merge_order(articles):
    forward = {a.id: (extract_events(a), find_mentions(a)) for a in articles}
    backward = {a.id: (extract_events(a), find_mentions(a)) for a in reversed(articles)}
    assert forward == backward
    assert sum(len(mentions) for _, mentions in forward.values()) > 10 * len(articles)

    pairs = [(a, forward[a.id]) for a in articles]
    shuffled = pairs[:]
    random.Random(3).shuffle(shuffled)
    assert build_timeline([(a, events) for a, (events, _) in pairs]) == \
        build_timeline([(a, events) for a, (events, _) in shuffled])
    assert build_glossary([(a, mentions) for a, (_, mentions) in pairs], {}) == \
        build_glossary([(a, mentions) for a, (_, mentions) in shuffled], {})
