"""`extra.explainer.search_split: year` and `shard` on the seeds: one search bundle per publication year (or the
articles' one shard) plus the main one, each with the expected pages, and every other file of the site
byte-identical to a build without it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from bundlefiles import bundle_urls, merged_folders
from paths import SEEDS
from sitebuild import build

REFERENCE = ("/linimasa/", "/glosarium/", "/kutipan/")


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path]:
    root = tmp_path_factory.mktemp("split")
    for name, settings in (("whole", None), ("split", {"search_split": "year"}), ("shard", {"search_split": "shard"})):
        done = build(root / name, SEEDS, settings=settings)
        assert done.returncode == 0, done.stderr[-3000:]
    return root / "whole", root / "split", root / "shard"


def _files(site: Path) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted(site.rglob("*"))
            if p.is_file() and not p.relative_to(site).as_posix().startswith("pagefind/")}


def test_the_split_changes_nothing_but_the_search_bundles(sites):
    whole, split, shard = sites
    assert _files(whole) == _files(split) == _files(shard)
    assert any(name.startswith("data/") for name in _files(split))


def test_a_shard_split_of_a_small_site_has_one_shard_of_all_articles(sites):
    whole, _, shard = sites
    articles = {"/" + record["page"] for record in
                json.loads((shard / "data" / "articles.json").read_text(encoding="utf-8"))}
    pagefind = shard / "pagefind"
    assert merged_folders(pagefind) == ["bagian/0"]  # five articles: one shard; few reference pages: in the main one
    assert bundle_urls(pagefind / "bagian" / "0") == articles
    assert bundle_urls(pagefind) | articles == bundle_urls(whole / "pagefind") and not bundle_urls(pagefind) & articles


def test_one_bundle_per_year_with_that_years_articles_and_the_main_one_with_the_rest(sites):
    whole, split, _ = sites
    articles = json.loads((split / "data" / "articles.json").read_text(encoding="utf-8"))
    by_year: dict[str, set[str]] = {}
    for record in articles:
        year = (record["published"] or record["published_inferred"] or "")[:4]  # stated date, else inferred
        by_year.setdefault(year, set()).add("/" + record["page"])
    undated = by_year.pop("")  # two seeds state no date and none can be inferred: they stay in the main bundle
    assert sorted(by_year) == ["2023", "2024"] and len(undated) == 2
    pagefind = split / "pagefind"
    assert merged_folders(pagefind) == [f"tahun/{year}" for year in sorted(by_year)]
    for year, pages in by_year.items():
        assert bundle_urls(pagefind / "tahun" / year) == pages
    main = bundle_urls(pagefind)
    assert undated <= main and not main & set().union(*by_year.values())
    assert all(any(url.startswith(prefix) for url in main) for prefix in REFERENCE)
    # the same pages as the whole index, no more, no fewer
    assert main | set().union(*by_year.values()) == bundle_urls(whole / "pagefind")
    assert merged_folders(whole / "pagefind") == []


def test_a_bad_split_setting_stops_the_build_naming_the_setting(tmp_path: Path):
    done = build(tmp_path / "site", SEEDS, settings={"search_split": "bulan"})
    assert done.returncode != 0
    assert "extra.explainer.search_split: expected shard" in done.stderr and "'bulan'" in done.stderr
