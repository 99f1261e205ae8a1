"""Under `mkdocs serve` the rows of the article lists (Sumber's table, the article index) are kept by what they
show; a row whose article changed is made again, and every page equals a fresh render's."""

from __future__ import annotations

from dataclasses import replace

from explainer import warm
from explainer.model import Article, Block
from explainer.render.article_index import render_article_index
from explainer.render.sources_page import render_sources


def _article(k: int) -> Article:
    return Article(f"sawah-{k}", f"{k:03d}.txt", f"Panen padi di Desa Ngrayun ke-{k}", "Warta Lembah" if k % 3 else None,
                   f"https://warta.example/{k}" if k % 2 else None, f"2030-0{1 + k % 9}-1{k % 10}", ["Sri Wulan"], [],
                   [Block("p", "Petani memanen padi. " * (1 + k % 4))], page=f"artikel/sawah-{k}/",
                   src_path=f"artikel/sawah-{k}.md")


def _pages(articles: list[Article]) -> dict[str, str]:
    return {**render_sources(articles, [], [], []), **render_article_index(articles)}


def test_kept_rows_give_the_pages_a_fresh_render_gives() -> None:
    first = [_article(k) for k in range(130)]  # more than one page of Sumber's table (100 rows)
    second = [replace(article, title="Harga gabah turun", outlet="Kabar Hulu") if article.id == "sawah-7"
              else article for article in first]
    third = second[:50] + second[51:]  # one article gone: the rows after it move to other pages
    fresh = [_pages(articles) for articles in (first, second, third)]
    assert "Harga gabah turun" in fresh[1]["sumber/daftar.md"] and "Harga gabah turun" not in fresh[0]["sumber/daftar.md"]
    warm.keep(True)
    try:
        kept = [_pages(articles) for articles in (first, second, third)]
    finally:
        warm.keep(False)
    assert kept == fresh
