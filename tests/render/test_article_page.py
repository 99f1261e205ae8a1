"""The article page's byline: reader metadata only, no seed file name, kept out of search."""

from explainer.render.article_page import render_article
from explainer.export import article_record
from explainer.model import Article, Block


def _article() -> Article:
    return Article(id="menteri-berkunjung", source_file="007_9f8e7d6c5b4a3921.txt", title="Menteri Berkunjung",
                   outlet="Warta Contoh", url="https://warta.example/berita/1", published="2024-05-03",
                   authors=["Ani Wijaya"], editors=[], blocks=[Block("p", "Menteri berkunjung ke pabrik.")],
                   page="artikel/menteri-berkunjung/", src_path="artikel/menteri-berkunjung.md")


def test_byline_shows_no_seed_file_name_and_is_skipped_by_search():
    markdown = render_article(_article())
    byline = next(line for line in markdown.splitlines() if "artikel-meta" in line)
    assert "007_9f8e7d6c5b4a3921" not in markdown
    assert "Berkas" not in byline
    assert "Warta Contoh" in byline and "3 Mei 2024" in byline and "Ani Wijaya" in byline
    assert byline.startswith('<p class="artikel-meta" data-pagefind-ignore>')


def test_exports_keep_the_seed_file_name():
    assert article_record(_article())["source_file"] == "007_9f8e7d6c5b4a3921.txt"
