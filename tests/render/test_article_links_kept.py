"""Under `mkdocs serve` each article keeps the glossary links of the last build while nothing they read changed;
every article's links equal a fresh linking's, build after build."""

from __future__ import annotations

import pytest

from explainer import warm
from explainer.extract.entities import Mention
from explainer.model import Article, Block
from explainer.render.article_links import links_by_article
from explainer.render.links import article_linker


def _article(article_id: str, text: str) -> Article:
    return Article(article_id, f"{article_id}.txt", article_id.title(), None, None, "2021-03-04", [], [],
                   [Block("p", text)], page=f"artikel/{article_id}/", src_path=f"artikel/{article_id}.md")


def _mention(text: str, surface: str, resolved: str | None = None) -> Mention:
    start = text.index(surface)
    return Mention(0, start, start + len(surface), surface, "organization", 2, 0, resolved or surface)


DAM = "Dinas Pengairan Lerengan menutup Bendung Karangwelas pada Kamis."
TRUCKS = "Warga Karangwelas menunggu truk tangki dari Dinas Pengairan."
RAIN = "Hujan turun di hulu Sungai Sidareja semalam."
ARTICLES = [
    ("k-dam", _article("dam", DAM), [_mention(DAM, "Dinas Pengairan Lerengan"), _mention(DAM, "Bendung Karangwelas")]),
    ("k-trucks", _article("trucks", TRUCKS), [_mention(TRUCKS, "Dinas Pengairan", "Dinas Pengairan Lerengan")]),
    ("k-rain", _article("rain", RAIN), [_mention(RAIN, "Sungai Sidareja")]),
]


def _entry(entry_id: str, name: str, articles: list[str], *aliases: str, page: str = "glosarium/",
           description: str | None = None) -> dict:
    return {"id": entry_id, "name": name, "type": "organization", "aliases": [name, *aliases],
            "description": description, "mentions": {article: 1 for article in articles}, "page": f"{page}#{entry_id}"}


FIRST = [_entry("dinas", "Dinas Pengairan Lerengan", ["dam", "trucks"]),
         _entry("bendung", "Bendung Karangwelas", ["dam"]),
         _entry("sungai", "Sungai Sidareja", ["rain"])]
# The dam's entry gets a description (its title changes): the articles linking it are linked again.
DESCRIBED = [_entry("dinas", "Dinas Pengairan Lerengan", ["dam", "trucks"], description="dinas provinsi"), *FIRST[1:]]
# The river's entry no longer names the rain article (its link goes), nothing else changes.
UNNAMED = [*DESCRIBED[:2], _entry("sungai", "Sungai Sidareja", [])]
# A second entry claims the alias "Bendung Karangwelas": the name no longer has one owner, so it links nowhere.
SHARED = [*UNNAMED, _entry("bendung-2", "Bendungan Karangwelas", ["dam"], "Bendung Karangwelas")]


def _fresh(entries: list[dict]) -> list[dict]:
    linker = article_linker(entries)
    return [linker(article, mentions) for _, article, mentions in ARTICLES]


def test_kept_links_equal_fresh_ones_and_only_touched_articles_are_linked_again() -> None:
    fresh = [_fresh(entries) for entries in (FIRST, DESCRIBED, UNNAMED, SHARED)]
    assert fresh[0][0] == {0: [(0, 24, "../../glosarium/#dinas", "Organisasi"),
                               (33, 52, "../../glosarium/#bendung", "Organisasi")]}
    assert fresh[1][1] == {0: [(44, 59, "../../glosarium/#dinas", "dinas provinsi")]}
    assert fresh[2][2] == {} and fresh[3][0] == {0: [(0, 24, "../../glosarium/#dinas", "dinas provinsi")]}

    warm.keep(True)
    try:
        built = [links_by_article(entries, ARTICLES) for entries in (FIRST, DESCRIBED, UNNAMED, SHARED)]
    finally:
        warm.keep(False)
    assert built == fresh
    first, described, unnamed, shared = built
    assert described[0] is not first[0] and described[1] is not first[1] and described[2] is first[2]
    assert unnamed[0] is described[0] and unnamed[1] is described[1] and unnamed[2] is not described[2]
    assert shared[0] is not unnamed[0] and shared[1] is unnamed[1] and shared[2] is unnamed[2]


def test_an_article_with_a_new_key_or_id_is_linked_again() -> None:
    warm.keep(True)
    try:
        before = links_by_article(FIRST, ARTICLES)
        renamed = _article("dam-2", DAM)
        moved = [("k-dam", renamed, ARTICLES[0][2]), ("k-trucks-edited", *ARTICLES[1][1:]), ARTICLES[2]]
        entries = [_entry("dinas", "Dinas Pengairan Lerengan", ["dam-2", "trucks"]), *FIRST[1:]]
        after = links_by_article(entries, moved)
    finally:
        warm.keep(False)
    linker = article_linker(entries)
    assert after == [linker(article, mentions) for _, article, mentions in moved]
    assert after[0] == {0: [(0, 24, "../../glosarium/#dinas", "Organisasi")]}  # "bendung" names "dam", not "dam-2"
    assert after[1] is not before[1] and after[2] is before[2]


@pytest.mark.parametrize("keeping", [False, True])
def test_nothing_is_kept_outside_serve(keeping: bool) -> None:
    warm.keep(keeping)
    try:
        links_by_article(FIRST, ARTICLES)
        assert (warm.recall("article links", "") is not None) is keeping
    finally:
        warm.keep(False)
