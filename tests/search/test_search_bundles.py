"""The search index split per publication year or per shard (explainer.search.bundles): which pages each bundle
holds, what the search box is told to merge, the setting's check, and a rebuild that re-indexes only what changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from bundlefiles import bundle_urls, merged_folders

from explainer.memo import Memo
from explainer.search import bundles as sb
from explainer.search import pagefind as sp


def _article(url: str, title: str, text: str) -> sp.SearchPage:
    return sp.SearchPage(url, title, (sp.SearchSection(None, "", (text,)),))


PAGES = [
    _article("artikel/jembatan-baru-dibuka/", "Jembatan Baru Dibuka", "Warga menyeberangi jembatan baru di Sungai Lebak."),
    _article("artikel/jembatan-diperbaiki/", "Jembatan Diperbaiki", "Dinas memperbaiki jembatan tua di Desa Tanjung."),
    _article("artikel/pasar-pindah/", "Pasar Pindah", "Pedagang pindah ke pasar sementara dekat jembatan."),
    _article("artikel/tanpa-tanggal/", "Tanpa Tanggal", "Banjir surut di dua kelurahan."),
    sp.SearchPage("linimasa/", "Linimasa", (sp.SearchSection("2021", "2021", ("Jembatan baru dibuka.",)),),
                  sp.REFERENCE_WEIGHT),
]
YEARS = {"artikel/jembatan-baru-dibuka/": "2021-03-02", "artikel/jembatan-diperbaiki/": "2021-11-20T08:15",
         "artikel/pasar-pindah/": "2022-01-05", "artikel/tanpa-tanggal/": None}
GROUPS = sb.year_groups(YEARS.items())


def test_year_groups_keep_dated_articles_only():
    assert GROUPS == {"artikel/jembatan-baru-dibuka/": "tahun/2021", "artikel/jembatan-diperbaiki/": "tahun/2021",
                      "artikel/pasar-pindah/": "tahun/2022"}


def test_a_split_index_writes_one_bundle_per_year_and_the_main_one(tmp_path: Path):
    out = tmp_path / "pagefind"
    stats = sp.build_search_index(PAGES, [], out, groups=GROUPS)
    assert (stats.bundles, stats.indexed, stats.pages) == (3, 3, 5)
    assert merged_folders(out) == ["tahun/2021", "tahun/2022"]
    assert bundle_urls(out) == {"/linimasa/", "/artikel/tanpa-tanggal/"}  # reference pages and undated articles
    assert bundle_urls(out / "tahun" / "2021") == {"/artikel/jembatan-baru-dibuka/", "/artikel/jembatan-diperbaiki/"}
    assert bundle_urls(out / "tahun" / "2022") == {"/artikel/pasar-pindah/"}
    # a merged bundle carries its index, not another copy of Pagefind's scripts and WebAssembly
    merged = sorted(p.name for p in (out / "tahun" / "2022").iterdir())
    assert merged[:2] == ["fragment", "index"] and merged[2] == "pagefind-entry.json" and merged[3].endswith(".pf_meta")
    assert len(merged) == 4
    assert (out / "pagefind.js").is_file()


def test_without_a_split_everything_is_in_the_main_bundle(tmp_path: Path):
    out = tmp_path / "pagefind"
    stats = sp.build_search_index(PAGES, [], out)
    assert (stats.bundles, stats.indexed) == (1, 1)
    assert merged_folders(out) == []
    assert bundle_urls(out) == {"/" + page.url for page in PAGES}
    assert not (out / "tahun").exists()


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_rebuild_reindexes_only_the_year_whose_pages_changed_and_writes_the_same_bytes(tmp_path: Path):
    cache = tmp_path / "cache"
    memo_of = lambda group: Memo(cache, sb.memo_name("search_bundle", group), "v1", sb.Bundle)  # noqa: E731
    sp.build_search_index(PAGES, [], tmp_path / "first", groups=GROUPS, bundle_memo=memo_of)
    changed = [*PAGES[:2], _article("artikel/pasar-pindah/", "Pasar Pindah", "Pedagang pindah ke pasar baru."),
               *PAGES[3:]]
    again = sp.build_search_index(changed, [], tmp_path / "again", groups=GROUPS, bundle_memo=memo_of)
    assert (again.bundles, again.indexed) == (3, 1)  # 2022 only: 2021 and the main bundle came from the memo
    sp.build_search_index(changed, [], tmp_path / "fresh", groups=GROUPS)
    assert _files(tmp_path / "again") == _files(tmp_path / "fresh")
    assert bundle_urls(tmp_path / "again" / "tahun" / "2021") == bundle_urls(tmp_path / "first" / "tahun" / "2021")


@pytest.mark.parametrize("value, expected", [(None, None), (False, None), ("year", "year"), (" year ", "year"),
                                             ("shard", "shard"), ("auto", "auto")])
def test_the_split_setting_accepts_shard_year_auto_or_nothing(value, expected):
    assert sb.split_mode(value) == expected


@pytest.mark.parametrize("value", ["month", "tahun", "bagian", True, 2023, ""])
def test_a_bad_split_setting_names_the_setting(value):
    with pytest.raises(sb.SearchSettingError, match=r"extra\.explainer\.search_split: expected shard"):
        sb.split_mode(value)


@pytest.mark.parametrize("articles, count", [(0, 1), (1, 1), (1000, 1), (1001, 2), (2000, 2), (2001, 4),
                                             (10_000, 16), (50_000, 64)])
def test_the_shard_count_is_a_power_of_two_with_at_most_shard_size_articles_each(articles, count):
    assert sb.SHARD_SIZE == 1000
    assert sb.shard_count(articles) == count


def test_auto_shards_only_a_corpus_of_more_than_one_shard():
    assert [sb.resolved_split("auto", n) for n in (5, 1000, 1001)] == [None, None, "shard"]
    assert [sb.resolved_split(mode, 5) for mode in ("shard", "year", None)] == ["shard", "year", None]


def _urls(count: int) -> list[str]:
    return [f"artikel/kabar-desa-{number}/" for number in range(count)]


def test_shards_hold_about_the_same_number_of_articles_and_never_move_in_one_build_to_the_next():
    groups = sb.shard_groups(_urls(3000))  # 4 shards
    sizes = {group: sum(1 for g in groups.values() if g == group) for group in set(groups.values())}
    assert sorted(sizes) == ["bagian/0", "bagian/1", "bagian/2", "bagian/3"]
    assert all(650 <= size <= 850 for size in sizes.values()), sizes
    assert sb.shard_groups(reversed(_urls(3000))) == groups  # the order of the pages does not matter
    # one article more or less keeps every other article in its shard
    assert {url: groups[url] for url in _urls(2999)} == sb.shard_groups(_urls(2999))
    assert sb.shard_groups(["artikel/kabar-desa-7/"]) == {"artikel/kabar-desa-7/": "bagian/0"}


def test_a_corpus_growing_past_a_step_splits_each_shard_in_two():
    small, large = sb.shard_groups(_urls(4000)), sb.shard_groups(_urls(4001))  # 4 shards, then 8
    assert len(set(large.values())) == 8 and set(large.values()) >= {"bagian/7"}
    for url, group in small.items():
        shard = int(large[url].split("/")[1])
        assert shard % 4 == int(group.split("/")[1])
    assert sb.shard_groups(_urls(20_000))["artikel/kabar-desa-1/"].split("/")[1].isdigit()
    assert len(sb.shard_groups(_urls(20_000))["artikel/kabar-desa-1/"]) == len("bagian/05")  # 32 shards: 2 digits


def test_the_scratch_folder_is_used_only_when_it_has_room(tmp_path: Path):
    assert sb.scratch_folder(1, str(tmp_path)) == str(tmp_path)
    assert sb.scratch_folder(10 ** 18, str(tmp_path)) is None
    assert sb.scratch_folder(1, str(tmp_path / "missing")) is None
