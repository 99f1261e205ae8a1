"""Outlet index pages never take each other's paths (or the article index's), whatever the outlets are called."""

from __future__ import annotations

from explainer.model import Article, Block
from explainer.render.article_index import PAGE_SIZE, outlet_pages, render_article_index


def _article(number: int, outlet: str) -> Article:
    return Article(f"a{number}", f"{number}.txt", f"Judul {number}", outlet, None, f"2024-01-{number % 28 + 1:02d}",
                   [], [], [Block("p", "Isi.")], page=f"artikel/a{number}/", src_path=f"artikel/a{number}.md")


def test_a_big_outlet_and_one_named_like_its_page_two_get_different_pages() -> None:
    articles = [_article(n, "X") for n in range(PAGE_SIZE + 1)] + [_article(100, "X 2"), _article(101, "Index")]
    pages = render_article_index(articles)
    paths = outlet_pages(articles)
    assert paths == {"X": "artikel/media/x.md", "X 2": "artikel/media/x-2.md", "Index": "artikel/media/index-2.md"}
    assert "artikel/media/x/2.md" in pages  # page 2 of X, in X's own folder
    assert "Judul 100" in pages["artikel/media/x-2.md"] and "Judul 100" not in pages["artikel/media/x/2.md"]
    assert "artikel/media/index.md" not in pages
