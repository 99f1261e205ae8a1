"""The pager between the pages of a long list shows a window around the current page, not every page."""

from __future__ import annotations

from explainer.model import Article, Block
from explainer.render.article_index import PAGE_SIZE, render_article_index
from explainer.render.pager import pager


def test_few_pages_are_all_listed() -> None:
    paths = ["daftar/a.md", "daftar/a-2.md", "daftar/a-3.md"]
    assert pager(paths, 2, "daftar/a-2.md") == "Halaman: [1](a.md) · **2** · [3](a-3.md)"


def test_many_pages_show_the_ends_and_the_neighbours_with_gaps() -> None:
    paths = ["kumpulan.md"] + [f"kumpulan-{n}.md" for n in range(2, 41)]
    assert pager(paths, 20, "kumpulan-20.md") == (
        "Halaman: [1](kumpulan.md) · … · [17](kumpulan-17.md) · [18](kumpulan-18.md) · [19](kumpulan-19.md) · "
        "**20** · [21](kumpulan-21.md) · [22](kumpulan-22.md) · [23](kumpulan-23.md) · … · [40](kumpulan-40.md)")
    assert pager(paths, 1, "kumpulan.md") == (
        "Halaman: **1** · [2](kumpulan-2.md) · [3](kumpulan-3.md) · [4](kumpulan-4.md) · … · [40](kumpulan-40.md)")


def test_article_index_pages_link_a_window_of_pages() -> None:
    articles = [Article(f"z{n}", f"{n}.txt", f"Kabar {n}", "Warta Lembah", None, "2021-05-04", [], [],
                        [Block("p", "Isi.")], page=f"artikel/z{n}/", src_path=f"artikel/z{n}.md")
                for n in range(PAGE_SIZE * 12)]
    pages = render_article_index(articles)
    middle = pages["artikel/index-6.md"]
    assert middle.count("Halaman: [1](index.md) · … · [3](index-3.md)") == 2  # above and below the list
    assert "[2](index-2.md)" not in middle and "[12](index-12.md)" in middle and "[10](index-10.md)" not in middle
