"""With `extra.explainer.search_split: year` or `shard`, a reader's query finds articles of two bundles in one list:
the search box merges the per-year or per-shard bundles, and the results it shows are on screen inside the open
panel."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from bundlefiles import bundle_urls, merged_folders
from serving import serve_folder
from sitebuild import build

from explainer.search.bundles import SHARD_SIZE_ENV, shard_groups

QUERY = "jembatan"
# Four short articles of a made-up town, two per year; each speaks of the bridge.
ARTICLES = {
    "jembatan-2021-a.txt": ("2021-03-02", "Jembatan Gantung Sungai Lebak Mulai Dibangun",
                            ["Pemerintah kabupaten mulai membangun jembatan gantung di atas Sungai Lebak pada Selasa pagi.",
                             "Kepala dinas pekerjaan umum mengatakan jembatan itu akan menghubungkan dua desa nelayan.",
                             "Warga Desa Tanjung selama ini menyeberang dengan perahu kecil saat air sungai naik."]),
    "jembatan-2021-b.txt": ("2021-09-14", "Warga Desa Tanjung Gotong Royong Mengangkut Material",
                            ["Puluhan warga Desa Tanjung mengangkut batu dan pasir untuk pembangunan jembatan di Sungai Lebak.",
                             "Kepala desa menyebut kerja bakti itu dilakukan setiap Minggu sampai musim hujan tiba.",
                             "Pekerja proyek memasang tiang baja pertama di tepi barat sungai."]),
    "jembatan-2022-a.txt": ("2022-02-08", "Jembatan Sungai Lebak Resmi Dibuka untuk Umum",
                            ["Bupati meresmikan jembatan gantung Sungai Lebak yang dibangun selama setahun.",
                             "Anak-anak sekolah kini berjalan kaki menyeberang tanpa menunggu perahu.",
                             "Pedagang ikan dari Desa Tanjung mengatakan waktu perjalanan ke pasar menjadi lebih singkat."]),
    "jembatan-2022-b.txt": ("2022-11-21", "Banjir Besar Menguji Kekuatan Jembatan Baru",
                            ["Banjir besar melanda bantaran Sungai Lebak setelah hujan turun dua hari berturut-turut.",
                             "Petugas dinas memeriksa jembatan dan menyatakan tiang bajanya tetap kokoh.",
                             "Warga yang mengungsi ke balai desa kembali ke rumah setelah air surut."]),
}


def _write_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True)
    sources = []
    for name, (published, title, paragraphs) in ARTICLES.items():
        (folder / name).write_text("\n\n".join([title, *paragraphs]) + "\n", encoding="utf-8")
        sources.append(f"{name}:\n  published: {published}\n  outlet: Kabar Lebak\n")
    (folder / "sources.yml").write_text("".join(sources), encoding="utf-8")
    return folder


@pytest.fixture(scope="module", params=["year", "shard"])
def split_site(request: pytest.FixtureRequest,
               tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str], dict[str, str], str]:
    """The site of the four articles, built with the split (shards of one article at most); article page -> year,
    article page -> the folder of the bundle holding it; the split."""
    root = tmp_path_factory.mktemp(f"split-e2e-{request.param}")
    out = root / "site"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(SHARD_SIZE_ENV, "1")
        done = build(out, seeds=_write_seeds(root / "seeds"), settings={"search_split": request.param})
    assert done.returncode == 0, done.stderr[-3000:]
    records = json.loads((out / "data" / "articles.json").read_text(encoding="utf-8"))
    pagefind = out / "pagefind"
    bundles = {url[1:]: folder for folder in merged_folders(pagefind) for url in bundle_urls(pagefind / folder)}
    return out, {record["page"]: record["published"][:4] for record in records}, bundles, request.param


@pytest.fixture(scope="module")
def base_url(split_site: tuple[Path, dict[str, str], dict[str, str], str]) -> Iterator[str]:
    """This module's readers open the split site (overrides the session's site)."""
    with serve_folder(split_site[0]) as url:
        yield url


def test_the_site_has_a_bundle_per_year_or_shard_and_no_article_in_the_main_one(split_site):
    site, years, bundles, split = split_site
    assert sorted(set(years.values())) == ["2021", "2022"]
    pagefind = site / "pagefind"
    assert not any(url.startswith("/artikel/") and url != "/artikel/" for url in bundle_urls(pagefind))
    assert sorted(bundles) == sorted(years)  # every article in one merged bundle
    if split == "year":
        assert merged_folders(pagefind) == ["tahun/2021", "tahun/2022"]
        assert bundles == {page: f"tahun/{year}" for page, year in years.items()}
        return
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(SHARD_SIZE_ENV, "1")
        assert bundles == shard_groups(years)  # four shards by the hash of the URL: some hold two, some none
    assert len(set(bundles.values())) >= 2 and merged_folders(pagefind) == sorted(set(bundles.values()))


@pytest.mark.parametrize("who", ["reader", "phone_reader"])
def test_a_query_shows_articles_of_two_bundles_in_the_open_panel(request, split_site, who):
    _, years, bundles, _ = split_site
    reader = request.getfixturevalue(who)
    reader.open("")
    listed = reader.search(QUERY)
    articles = [url for url in listed if url.split("#")[0] in years]
    assert {years[url.split("#")[0]] for url in articles} == {"2021", "2022"}, listed
    assert {bundles[url.split("#")[0]] for url in articles} == set(bundles.values()), listed
    shown = []
    for _ in range(20):  # the panel slides open
        shown = reader.visible_results(limit=10, scroll=True)
        if len(shown) >= 2:
            break
        reader.page.wait_for_timeout(100)
    seen_years = {years[url.split("#")[0]] for url in shown if url.split("#")[0] in years}
    assert seen_years == {"2021", "2022"}, shown
    assert len({bundles[url.split("#")[0]] for url in shown if url.split("#")[0] in bundles}) >= 2, shown
    panel = reader.page.locator(".md-search__output").bounding_box()
    viewport = reader.page.viewport_size
    assert panel and panel["width"] > 0 and panel["height"] > 100, panel
    for link in reader.page.locator("[data-explainer-search-list] > li > a.md-search-result__link").all()[:2]:
        link.scroll_into_view_if_needed()
        for _ in range(30):  # a busy machine may still be laying out the sliding panel: look again
            box = link.bounding_box()
            panel = reader.page.locator(".md-search__output").bounding_box()
            if box and panel and box["x"] + box["width"] <= min(panel["x"] + panel["width"], viewport["width"]) + 1:
                break
            reader.page.wait_for_timeout(100)
        assert box and box["width"] > 0 and box["height"] > 0
        assert panel["x"] - 1 <= box["x"] and box["x"] + box["width"] <= panel["x"] + panel["width"] + 1, (box, panel)
        assert panel["y"] - 1 <= box["y"] and box["y"] + box["height"] <= panel["y"] + panel["height"] + 1, (box, panel)
        assert 0 <= box["y"] and box["y"] + min(box["height"], 24) <= viewport["height"], (box, viewport)
        assert 0 <= box["x"] and box["x"] + box["width"] <= viewport["width"] + 1, (box, viewport)
    assert reader.console_errors == []
    assert reader.external_requests() == []
