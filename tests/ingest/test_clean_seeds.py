"""The cleaner on the five seed articles: exact metadata, paragraph counts, no boilerplate left."""

from __future__ import annotations

import re

import pytest

from paths import SEEDS
from explainer.ingest.load import read_article
from explainer.ingest.textio import normalise

EXPECTED = {
    "000_3c019551425e886a.txt": dict(
        title="Kim Jong-un Dibawa dengan Kereta Lapis Baja Saat Bertandang ke Rusia",
        outlet="Cekricek.id", published=None, authors=[], editors=[], paragraphs=13, headings=0,
        first="Dalam beberapa hari mendatang, dunia akan menjadi saksi",
        last="di tengah ketegangan geopolitik global."),
    "001_b00a5bf02a3e2ed3.txt": dict(
        title="Pertemuan Kim Jong Un dengan Putin: Diplomasi Rusia-Korut Membahas Hubungan Antar Negara",
        outlet="Jabar Ekspres", published=None, authors=[], editors=[], paragraphs=9, headings=0,
        first="Pemerintah Rusia telah mengonfirmasi kunjungan",
        last="lembaga pemikiran yang berbasis di Amerika Serikat."),
    "002_294379014a42e2e6.txt": dict(
        title="Kim Jong-un Bakal Sambangi Putin, Bahas Pasokan Senjata untuk Rusia?",
        outlet="Jatim Times", published="2023-09-05T19:15", authors=["Binti Nikmatur", "Ghiska Ayu"],
        editors=["Dede Nana"], paragraphs=14, headings=0,
        first="Pemimpin Korea Utara Kim Jong-un dikabarkan bakal bertemu",
        last="Sementara kemungkinan tempat lain yang dikunjungi Kim Jong-un adalah Moskow."),
    "003_854559b10dfec0b7.txt": dict(
        title="Kim Jong Un Naik Kereta ke Rusia, Temui Putin",
        outlet="IDN Times", published=None, authors=[], editors=[], paragraphs=13, headings=3,
        first="Pemimpin Korea Utara (Korut) Kim Jong Un telah memulai perjalanan",
        last="Korut juga mendukung penuh referendum tersebut."),
    "004_42240055045aaa39.txt": dict(
        title="Pertemuan Vladimir Putin dan Kim Jong Un di Korea Utara Menimbulkan Kekhawatiran",
        outlet="GenPI.co", published="2024-06-18T12:40", authors=[], editors=["Irwina Istiqomah"],
        paragraphs=14, headings=0,
        first="Presiden Rusia Vladimir Putin akan mengunjungi Korea Utara",
        last="kepada audiens domestiknya."),
}

# Kinds of boilerplate, as patterns over their form (none of them may survive in a body).
BOILERPLATE = re.compile(
    r"baca juga|berita terkait|berita terpopuler|tinggalkan balasan|^topik|google news|copyright|©|"
    r"\(foto:|\[ap\]|hit counter|logo$|penulis|redaktur|editor\s*:|terverifikasi|^placeholder$|\(\*\)$|"
    r"^[A-Z .]+(?:\.ID|\.CO|EKSPRES|TIMES)?\s+[-–]\s", re.IGNORECASE)


@pytest.fixture(scope="module")
def cleaned() -> dict:
    return {name: read_article(name, (SEEDS / name).read_bytes())[0] for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_metadata(cleaned: dict, name: str) -> None:
    article, want = cleaned[name], EXPECTED[name]
    assert article.title == want["title"]
    assert article.outlet == want["outlet"]
    assert article.published == want["published"]
    assert article.authors == want["authors"]
    assert article.editors == want["editors"]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_seed_body(cleaned: dict, name: str) -> None:
    article, want = cleaned[name], EXPECTED[name]
    assert len(article.blocks) == want["paragraphs"]
    assert sum(block.kind == "h" for block in article.blocks) == want["headings"]
    assert article.blocks[0].text.startswith(want["first"])
    assert article.blocks[-1].text.endswith(want["last"])
    for block in article.blocks:
        assert not BOILERPLATE.search(block.text), block.text
        assert block.text != article.title


def test_numbered_subheadings_stay_headings(cleaned: dict) -> None:
    article = cleaned["003_854559b10dfec0b7.txt"]
    headings = [block.text for block in article.blocks if block.kind == "h"]
    assert headings == ["1. Diperkirakan akan bahas kerja sama senjata",
                        "2. Pengamanan di perbatasan ditingkatkan",
                        "3. Korut dukung invasi Rusia ke Ukraina"]


def test_teaser_between_paragraphs_keeps_both(cleaned: dict) -> None:
    """A 'Baca Juga' line splits two paragraphs; both stay, in order, and the teaser goes."""
    article = cleaned["001_b00a5bf02a3e2ed3.txt"]
    texts = article.paragraphs
    before = next(i for i, t in enumerate(texts) if t.startswith("Pada saat yang sama, Putin sendiri"))
    assert texts[before + 1].startswith("Dmitry Peskov, juru bicara Kremlin, dalam sebuah video")


def test_every_seed_sentence_of_the_body_is_kept(cleaned: dict) -> None:
    """No body text is lost: every kept paragraph occurs verbatim in the raw file (minus its dateline)."""
    for name, article in cleaned.items():
        raw = normalise((SEEDS / name).read_text(encoding="utf-8"))
        for text in article.paragraphs:
            assert text in raw, (name, text[:60])
