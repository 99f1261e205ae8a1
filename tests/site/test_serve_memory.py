"""explainer.warm: builds in one process (what `mkdocs serve` does on every save) keep what they read; a warm
build after adding, changing and removing an article gives the cold build's pages and data, reads only the seed
file that changed, and decodes no cache file the last build wrote."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from explainer import cachefile, warm
from explainer.extract import articles
from explainer.memo import Memo
from explainer.site import SiteContent, build_site

ARTICLES = {
    "01_sumur.txt": (
        "Sumur Bor Desa Karangwelas Kering di Puncak Kemarau\n\n"
        "Sumur bor di Desa Karangwelas berhenti mengalirkan air pada Kamis, 7 Agustus 2031.\n\n"
        "Kepala Desa Karangwelas, Sarwono Adikusumo, mengatakan warga kini membeli air dari truk tangki. "
        "\"Kami butuh bantuan segera,\" kata Sarwono.\n"),
    "02_tangki.txt": (
        "Truk Tangki Air Bersih Dikirim ke Karangwelas\n\n"
        "Perusahaan Daerah Air Minum Kabupaten Lerengan mengirim enam truk tangki pada Sabtu, 9 Agustus 2031.\n\n"
        "Direktur perusahaan itu, Yuliani Prabaswari, menyebut 300 keluarga menerima air bersih.\n"),
}
ADDED = ("03_pipa.txt", (
    "Pipa Baru dari Mata Air Gunung Lerengan Dipasang\n\n"
    "Warga Karangwelas memasang pipa dari mata air Gunung Lerengan pada Senin, 18 Agustus 2031.\n\n"
    "Sarwono Adikusumo mengatakan pipa sepanjang dua kilometer itu dibiayai dana desa.\n"))


@pytest.fixture
def keeping() -> Iterator[None]:
    warm.keep(True)
    try:
        yield
    finally:
        warm.keep(False)


def _site(content: SiteContent) -> dict[str, str]:
    return {**content.pages, **content.data}


def _cold(tmp_path: Path, seeds: Path, name: str) -> dict[str, str]:
    """A cold build: a cache folder of its own, which nothing in memory is kept for."""
    content = build_site(seeds, "", tmp_path / name / "cache")
    assert content.cached == 0
    return _site(content)


def added_key(seeds: Path) -> str:
    """The cache key of the added article (its cache file is looked up, found missing, then written)."""
    return articles.Cache(None, articles.pipeline_version()).key(ADDED[0], (seeds / ADDED[0]).read_bytes(), {})


def _counting(monkeypatch: pytest.MonkeyPatch, module: object, name: str) -> list[object]:
    """Calls of module.name from now on (their first argument each)."""
    calls: list[object] = []
    original = getattr(module, name)

    def counted(first: object, *args: object, **kwargs: object) -> object:
        calls.append(first)
        return original(first, *args, **kwargs)
    monkeypatch.setattr(module, name, counted)
    return calls


def test_warm_builds_after_add_change_remove_equal_cold_builds(tmp_path: Path, keeping: None,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name, text in ARTICLES.items():
        (seeds / name).write_text(text, encoding="utf-8")
    cache = tmp_path / "cache"
    first = build_site(seeds, "", cache)
    assert first.cached == 0
    reads = _counting(monkeypatch, articles, "read_input")
    decoded = _counting(monkeypatch, cachefile, "read")  # a path that did not exist yet is a lookup, not a decode

    (seeds / ADDED[0]).write_text(ADDED[1], encoding="utf-8")
    added = build_site(seeds, "", cache)
    assert [path.name for path in reads] == [ADDED[0]]  # the two unchanged seeds were not read again
    assert [path for path in decoded if Path(str(path)).name != f"{added_key(seeds)}.json"] == []
    # neither the unchanged articles' cache files nor the memos were decoded: they came from memory
    assert added.cached == 2
    assert _site(added) == _cold(tmp_path, seeds, "cold-add")

    reads.clear()
    changed = seeds / "02_tangki.txt"
    changed.write_text(changed.read_text(encoding="utf-8").replace("enam truk", "delapan truk"), encoding="utf-8")
    after_change = build_site(seeds, "", cache)
    assert [path.name for path in reads] == ["02_tangki.txt"]
    assert "delapan truk" in after_change.pages[next(p for p in after_change.pages if "truk-tangki" in p)]
    assert _site(after_change) == _cold(tmp_path, seeds, "cold-change")

    (seeds / "01_sumur.txt").unlink()
    removed = build_site(seeds, "", cache)
    assert not any("sumur-bor" in path for path in removed.pages)
    assert _site(removed) == _cold(tmp_path, seeds, "cold-remove")


def test_a_memo_file_changed_behind_the_process_is_read_again(tmp_path: Path, keeping: None) -> None:
    memo: Memo[str] = Memo(tmp_path, "step", "v1", str)
    assert memo.get("a", lambda: "first") == "first"
    memo.save()
    cachefile.write(memo.paths["a"], {"a": "second"}, dict[str, str], "v1")  # as another process would
    again: Memo[str] = Memo(tmp_path, "step", "v1", str)
    assert again.get("a", lambda: "computed") == "second"


def test_nothing_is_kept_when_not_serving(tmp_path: Path) -> None:
    warm.keep(False)
    memo: Memo[str] = Memo(tmp_path, "step", "v1", str)
    memo.get("a", lambda: "value")
    memo.save()
    assert warm.recall("memo", memo.paths["a"]) is None


def test_what_a_build_sets_on_its_articles_never_reaches_the_kept_results(tmp_path: Path, keeping: None) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "01_sumur.txt").write_text(ARTICLES["01_sumur.txt"], encoding="utf-8")
    cache = articles.Cache(tmp_path / "cache", "v1")
    first = articles.extract_all(sorted(seeds.iterdir()), {}, cache)
    first[0].article.published_inferred = "2031-08-01"  # as corpus.undated does for its build
    first[0].article.id = "id-lain"  # as ingest.load.finalise does
    again = articles.extract_all(sorted(seeds.iterdir()), {}, cache)
    assert again[0].cached
    assert again[0].article.id != "id-lain"
    assert again[0].article.published_inferred != "2031-08-01"
