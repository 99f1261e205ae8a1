"""The search job bundle by bundle: each bundle's terms come from its own pages, and a rebuild after one edited
article reads, analyses and indexes only that article's shard, with the same bytes as a build from nothing."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from bundlefiles import bundle_urls, merged_folders

from explainer.search import bundles as sb
from explainer.search import job
from explainer.search import pagefind as sp
from explainer.search import terms as sp_terms


def _page(url: str, text: str) -> sp.SearchPage:
    return sp.SearchPage(url, url, (sp.SearchSection(None, "", (text,)),))


def test_each_bundle_is_expanded_with_its_own_lexicon():
    visit = _page("artikel/a/", "Warga mengunjungi pasar ikan pada pagi hari.")
    other = _page("artikel/b/", "Kunjungan bupati ke desa itu singkat.")
    groups = {"artikel/a/": "bagian/0", "artikel/b/": "bagian/1"}
    alone, _ = sp.render_search_pages([visit], groups=groups)
    split, _ = sp.render_search_pages([visit, other], groups=groups)
    whole, _ = sp.render_search_pages([visit, other])
    # "kunjungan" on another shard's page attests the root "kunjung" for the whole corpus, not for shard 0
    assert split[0] == alone[0]
    assert "kunjung" not in alone[0][1] and "kunjung" in whole[0][1]


@pytest.mark.parametrize("markdown", ["---\ntitle: x\n---\n# Pasar *Baru* Dibuka\n\nTeks.\n",
                                      "Teks tanpa judul.\n", "## Bagian {#b}\n\n# [Judul](../x/) Kedua\n", "#\n# \n# Isi\n",
                                      "Teks\u2028# Judul Lain\n# Judul\n", "Teks.\n# Judul\u2028lanjut\n"])
def test_a_pages_title_is_read_as_the_whole_page_reads_it(markdown):
    assert sp.page_title("artikel/x/", markdown) == sp.page_from_markdown("artikel/x/", markdown).title


def test_a_reference_page_depends_on_the_titles_its_links_name_only():
    titles = frozenset(sp.normalize(t) for t in ["Pasar Baru Dibuka", "Jembatan Putus", "Banjir Surut"])
    markdown = ('## 2021 {#t2021}\n\nPasar dibuka ([Pasar Baru Dibuka](../artikel/pasar/)).\n\n'
                '<p id="x">Air naik (<a href="../artikel/banjir/">Banjir <em>Surut</em></a>).</p>\n')
    assert sp.linked_titles(markdown, titles) == [" banjir surut ", " pasar baru dibuka "]
    assert sp.linked_titles("Tanpa tautan.\n", titles) == []
    # a line break other than "\n" splits lines as the parse splits them
    assert sp.linked_titles('<a href="x">Jembatan\u2028Putus</a>', titles) == []
    assert sp.linked_titles('<a href="x">Jembatan\nPutus</a>', titles) == []
    assert sp.linked_titles('x\u2028[Jembatan Putus](../a/)', titles) == [" jembatan putus "]


def test_reference_pages_are_sharded_with_the_first_shard_in_the_main_bundle():
    urls = [f"linimasa/2020-{month:02d}/" for month in range(1, 13)] + ["glosarium/", "kutipan/"]
    assert sb.reference_groups(urls) == {}  # 14 pages: one shard, the main bundle's
    many = [f"linimasa/{year}-{month:02d}/" for year in range(2015, 2020) for month in range(1, 13)]  # 60 pages
    groups = sb.reference_groups(many)
    assert set(groups.values()) == {"rujukan/1", "rujukan/2", "rujukan/3"}  # and shard 0 in the main bundle
    assert 30 <= len(groups) <= 60


class _Pipe:
    """The job's end of the pipe, in this process: hands it the rest of the input, keeps what it sends."""

    def __init__(self, rest: list, glossary: list) -> None:
        self.input, self.sent = (rest, glossary, None), []

    def recv(self) -> tuple:
        return self.input

    def send(self, value: object) -> None:
        self.sent.append(value)

    def close(self) -> None:
        pass


TOWNS = ["Lebak", "Tanjung", "Sukamaju", "Cibeber", "Karangsari", "Mekarjaya", "Sindang", "Pasirluhur"]
GLOSSARY = [{"name": "Desa Tanjung", "aliases": ["Tanjung"]}]


def _articles(changed: str | None = None) -> list[sp.MarkdownPage]:
    pages = []
    for town in TOWNS:
        text = f"Warga {town} membangun jembatan baru di tepi sungai."
        if town == changed:
            text += " Pedagang ikan menyeberang lebih cepat."
        pages.append((f"artikel/jembatan-{town.lower()}/", f"# Jembatan {town}\n\n{text}\n", None, sp.CONTENT))
    return pages


REST = [("linimasa/", "# Linimasa\n\n## 2021 {#t2021}\n\nJembatan dibangun di desa-desa.\n", None, sp.REFERENCE)]


def _build(output: Path, cache: Path | None, changed: str | None = None, glossary: list = GLOSSARY) -> sp.PagefindStats:
    pipe = _Pipe(REST, glossary)
    job._search_worker(_articles(changed), pipe, output, cache, "v1", sb.SHARD)
    status, stats, *_ = pipe.sent[0]
    assert status == "ok", stats
    return stats


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_a_rebuild_indexes_only_the_shard_of_the_changed_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sb, "SHARD_SIZE", 2)  # 8 articles: 4 shards
    cache = tmp_path / "cache"
    first = _build(tmp_path / "first", cache)
    groups = sb.shard_groups(url for url, *_ in _articles())
    shards = sorted(set(groups.values()))
    assert len(shards) >= 3 and (first.bundles, first.indexed) == (len(shards) + 1, len(shards) + 1)
    assert merged_folders(tmp_path / "first") == shards
    assert bundle_urls(tmp_path / "first") == {"/linimasa/"}
    for shard in shards:
        assert bundle_urls(tmp_path / "first" / shard) == {"/" + url for url, group in groups.items() if group == shard}
    again = _build(tmp_path / "again", cache)
    assert (again.indexed, again.pages, again.terms) == (0, first.pages, first.terms)  # every bundle from the memo
    assert _files(tmp_path / "again") == _files(tmp_path / "first")
    edited = _build(tmp_path / "edited", cache, changed="Sindang")
    assert (edited.bundles, edited.indexed) == (len(shards) + 1, 1)
    assert edited.pages == first.pages and "read (early)" in dict(edited.steps)
    _build(tmp_path / "fresh", None, changed="Sindang")
    assert _files(tmp_path / "edited") == _files(tmp_path / "fresh")
    assert _files(tmp_path / "edited") != _files(tmp_path / "first")
    # the changed shard is built before the glossary comes, with the last one: a new alias makes it build again
    named = [{"name": "Desa Tanjung", "aliases": ["Tanjung", "Kampung Tanjung"]}]
    renamed = _build(tmp_path / "renamed", cache, changed="Mekarjaya", glossary=named)
    assert _files(tmp_path / "renamed") == _files(_build_fresh(tmp_path / "renamed-fresh", "Mekarjaya", named))
    assert renamed.indexed >= 1 and renamed.pages == 9


def _build_fresh(output: Path, changed: str | None, glossary: list) -> Path:
    _build(output, None, changed=changed, glossary=glossary)
    return output


def _job(site: Path, cache: Path, changed: str | None = None, rest: list | None = None,
         last: Path | None = None) -> sp.PagefindStats:
    search = job.start_search_index(_articles(changed), cache, "v1", sb.SHARD, site, last)
    search.add(REST if rest is None else rest, GLOSSARY)
    return search.finish(site)


def _inodes(folder: Path) -> dict[str, int]:
    return {p.relative_to(folder).as_posix(): p.stat().st_ino for p in folder.rglob("*") if p.is_file()}


def test_a_dirty_rebuild_leaves_an_unchanged_bundle_where_it_is(tmp_path: Path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    first = _job(site, cache)
    shard = site / "pagefind" / "bagian" / "0"  # 8 articles: one shard
    assert (first.bundles, first.indexed) == (2, 2) and bundle_urls(shard) == {"/" + url for url, *_ in _articles()}
    before = _inodes(shard)
    timeline = [("linimasa/", REST[0][1] + "\n## 2022 {#t2022}\n\nJembatan diresmikan.\n", None, sp.REFERENCE)]
    again = _job(site, cache, rest=timeline)  # only the main bundle changed
    assert (again.bundles, again.indexed) == (2, 1) and _inodes(shard) == before
    fresh = tmp_path / "fresh"
    _job(fresh, tmp_path / "cold", rest=timeline)
    assert _files(site / "pagefind") == _files(fresh / "pagefind")
    (shard / "pagefind-entry.json").write_text("{}", encoding="utf-8")  # a bundle changed behind our back
    _job(site, cache, rest=timeline)
    assert _files(site / "pagefind") == _files(fresh / "pagefind")
    edited = _job(site, cache, changed="Lebak", rest=timeline)
    assert (edited.indexed, bundle_urls(shard)) == (1, {"/" + url for url, *_ in _articles()})
    assert _inodes(shard) != before and not (site / ".explainer-pagefind-old").exists()


def test_a_plain_rebuild_moves_an_unchanged_bundle_back_from_where_the_last_build_was_set_aside(tmp_path: Path):
    site, cache = tmp_path / "site", tmp_path / "cache"
    _job(site, cache)
    aside = site / ".last"  # what the hooks do before MkDocs empties the site folder (hooks/page_output.py)
    aside.mkdir()
    (site / "pagefind").rename(aside / "pagefind")
    shard = aside / "pagefind" / "bagian" / "0"
    before = _inodes(shard)
    timeline = [("linimasa/", REST[0][1] + "\n## 2022 {#t2022}\n\nJotos di Jembatan.\n", None, sp.REFERENCE)]
    again = _job(site, cache, rest=timeline, last=aside / "pagefind")
    assert (again.bundles, again.indexed) == (2, 1)  # the main bundle only
    assert _inodes(site / "pagefind" / "bagian" / "0") == before and not shard.exists()  # moved, not written
    assert (aside / "pagefind").is_dir()  # the rest of the last build is the hooks' to delete
    fresh = tmp_path / "fresh"
    _job(fresh, tmp_path / "cold", rest=timeline)
    assert _files(site / "pagefind") == _files(fresh / "pagefind")
    (site / "pagefind").rename(aside / "moved")  # set aside again, but the bundle is not where it was recorded
    edited = _job(site, cache, rest=timeline, last=aside / "pagefind")
    assert edited.indexed == 0 and _files(site / "pagefind") == _files(fresh / "pagefind")  # from the memo


def test_the_main_bundle_keeps_a_reference_page_when_no_page_falls_in_shard_0():
    odd = [url for url in (f"linimasa/2020-{n}/" for n in range(200)) if sb.shard_of(url, 2) == 1][:17]  # 2 shards
    groups = sb.reference_groups(odd)
    assert set(odd) - set(groups) == {min(odd)} and set(groups.values()) == {"rujukan/1"}


def test_alias_changes_are_the_names_that_changed():
    old = [{"name": "Desa Tanjung", "aliases": ["Tanjung"]}, {"name": "Sungai Lebak", "aliases": []}]
    new = [{"name": "Sungai Lebak", "aliases": []}, {"name": "Desa Tanjung", "aliases": ["Tanjung", "Kampung Tanjung"]},
           {"name": "Pasar Ikan", "aliases": []}]
    assert sp_terms.alias_changes(old, new) == {("desa", "tanjung"), ("tanjung",), ("kampung", "tanjung"),
                                                ("pasar", "ikan")}  # the order of the entries does not matter
    assert sp_terms.alias_changes(old, list(reversed(old))) == frozenset()


def test_a_new_alias_reindexes_only_the_shards_whose_pages_name_its_entry(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(sb, "SHARD_SIZE", 2)  # 8 articles: 4 shards
    cache = tmp_path / "cache"
    _build(tmp_path / "first", cache)
    named = [{"name": "Desa Tanjung", "aliases": ["Tanjung", "Kampung Tanjung"]}]
    again = _build(tmp_path / "again", cache, glossary=named)
    assert again.indexed == 1  # the shard of the article about Tanjung
    assert _files(tmp_path / "again") == _files(_build_fresh(tmp_path / "fresh", None, named))


def _niceness_after_yield(queue) -> None:
    job.yield_cpu()
    queue.put(os.nice(0))


@pytest.mark.skipif(not hasattr(os, "nice"), reason="no process niceness here")
def test_the_search_job_gives_the_cpu_to_the_build_first():
    import multiprocessing
    context = multiprocessing.get_context("spawn")
    queue = context.Queue()
    child = context.Process(target=_niceness_after_yield, args=(queue,))
    child.start()
    lowered = queue.get(timeout=60)
    child.join(timeout=60)
    assert lowered == min(19, os.nice(0) + job.SEARCH_NICENESS)  # this process itself keeps its priority
