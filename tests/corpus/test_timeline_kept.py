"""Under `mkdocs serve` (explainer.warm) the timeline gives back the last build's entry for a cluster of the same
sources and notes, the same dict, and makes the entry again for one whose sources changed: the entries equal a
fresh build's either way."""

from __future__ import annotations

from explainer import warm
from explainer.corpus.timeline import build_timeline
from explainer.extract.events import extract_events
from explainer.model import Article, Block


def make(ident: str, paragraphs: list[str], published: str, page: str = "") -> Article:
    return Article(id=ident, source_file=f"{ident}.txt", title=f"Judul {ident}", outlet=f"Kabar {ident}", url=None,
                   published=published, authors=[], editors=[], blocks=[Block("p", p) for p in paragraphs],
                   page=page or f"artikel/{ident}/", src_path=f"artikel/{ident}.md")


DAM = make("a", ["Bendungan Sungai Teduh di Kabupaten Lembah Hijau diresmikan pada Senin (3/10/2022)."], "2022-10-04")
MARKET = make("b", ["Pasar Terapung Kota Tepian dibuka kembali pada 12 Januari 2023."], "2023-01-13")


def per_article(*articles: Article) -> list:
    return [(article, extract_events(article)) for article in articles]


def test_a_warm_build_gives_back_the_same_entry_for_the_same_sources() -> None:
    events = per_article(DAM, MARKET)
    warm.keep(True)
    try:
        first = build_timeline(events)
        second = build_timeline(events)
    finally:
        warm.keep(False)
    assert [entry["date"] for entry in first] == ["2022-10-03", "2023-01-12"]
    assert all(new is old for new, old in zip(second, first, strict=True))


def test_an_entry_whose_source_changed_is_made_again_and_equals_a_fresh_build() -> None:
    moved = make("b", [MARKET.blocks[0].text], "2023-01-13", page="artikel/pasar-lain/")
    warm.keep(True)
    try:
        first = build_timeline(per_article(DAM, MARKET))
        second = build_timeline(per_article(DAM, moved))
    finally:
        warm.keep(False)
    fresh = build_timeline(per_article(DAM, moved))
    assert second == fresh
    assert second[0] is first[0]  # the dam's entry: same sources
    assert second[1] is not first[1]
    assert second[1]["sources"][0]["page"].startswith("artikel/pasar-lain/#")


def test_outside_serve_each_build_makes_its_own_entries() -> None:
    events = per_article(DAM)
    first, second = build_timeline(events), build_timeline(events)
    assert first == second and first[0] is not second[0]
