"""Seed text is text: whatever a seed contains, the pipeline does not crash and emits no markup from it."""

from __future__ import annotations

from html.parser import HTMLParser

import markdown
from hypothesis import given, settings
from hypothesis import strategies as st

from explainer.ingest.clean import clean_text
from explainer.ingest.textio import normalise
from explainer.model import Article, Block
from explainer.render.article_page import render_article
from explainer.render.mdtext import link_title, md_escape

EXTENSIONS = ["attr_list", "admonition", "tables", "toc"]  # as in mkdocs.yml
NASTY = ["<script>alert(1)</script>", "# Judul palsu", "[x](javascript:alert(1))", "{{ config }}", "{% raw %}",
         "{: #id .kelas }", "*miring* **tebal**", "`kode`", "<b>tebal</b>", "&amp; &lt;", "1. daftar", "- butir",
         "> kutipan", "| a | b |", "![gambar](x.png)", "<http://contoh.id>", "\\", "!!! note", "    indent",
         "---", "===", "<!-- komentar -->", "Rp 10.000", "10.00 WIB", "Kim Jong-un", "™ ©"]
line = st.one_of(st.sampled_from(NASTY), st.text(min_size=0, max_size=80))
raw_text = st.lists(line, min_size=0, max_size=25).map(lambda lines: "\n".join(lines))


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _render(text: str) -> _Tags:
    parser = _Tags()
    parser.feed(markdown.markdown(text, extensions=EXTENSIONS))
    return parser


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=200))
def test_escaped_text_renders_as_exactly_itself(text: str) -> None:
    parsed = _render(md_escape(normalise(text)))
    assert {tag for tag, _ in parsed.tags} <= {"p"}
    assert "".join(parsed.text).split() == normalise(text).split()


@settings(max_examples=200, deadline=None)
@given(raw_text)
def test_cleaning_never_crashes_and_pages_carry_no_seed_markup(text: str) -> None:
    article = clean_text(normalise(text), "acak.txt")
    article.page, article.src_path = "artikel/acak/", "artikel/acak.md"
    page = render_article(article)
    body = page.split("---", 2)[2]
    parsed = _render(body)
    allowed = {"h1", "p", "span", "h2", "strong", "a"}
    assert {tag for tag, _ in parsed.tags} <= allowed
    for tag, attrs in parsed.tags:
        if tag == "a":
            assert attrs["href"].startswith(("http://", "https://"))  # only our own "Baca artikel asli" link
    for block in article.blocks:
        for word in block.text.split():
            assert word in "".join(parsed.text)


def test_hostile_seed_shows_literally() -> None:
    blocks = [Block("p", text) for text in NASTY if text.strip()]
    article = Article("a", "a.txt", "<script>x</script> # {{ t }}", None, None, None, [], [], blocks,
                      page="artikel/a/", src_path="artikel/a.md")
    parsed = _render(render_article(article).split("---", 2)[2])
    assert {tag for tag, _ in parsed.tags} <= {"h1", "p", "span", "strong"}
    shown = "".join(parsed.text)
    assert "<script>alert(1)</script>" in shown and "[x](javascript:alert(1))" in shown and "{{ config }}" in shown


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.links: list[tuple[str | None, str | None]] = []
        self.code = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag == "a":
            self.links.append((dict(attrs).get("href"), dict(attrs).get("title")))
        self.code += tag == "code"


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(max_size=40), min_size=2, max_size=4))
def test_link_titles_hold_any_text_and_never_swallow_the_next_link(titles: list[str]) -> None:
    """Sumber and Beranda write `[outlet](page "article title")` links side by side, in table cells too."""
    titles = [normalise(title) for title in titles]  # as every seed text is
    cells = [f"[{md_escape('Media ' + str(number))}](../a{number}/ \"{link_title(title)}\")"
             for number, title in enumerate(titles)]
    for text in (" · ".join(cells), "| a | b |\n|---|---|\n| " + " · ".join(cells).replace("|", "&#124;") + " | x |"):
        parsed = _Links()
        parsed.feed(markdown.markdown(text, extensions=EXTENSIONS))
        expected = [" ".join(title.split()) for title in titles]
        assert [href for href, _ in parsed.links] == [f"../a{number}/" for number in range(len(titles))]
        assert [title for _, title in parsed.links] == expected
        assert parsed.code == 0


def test_a_backtick_in_a_title_keeps_the_outlets_after_it() -> None:
    text = " · ".join(f'[Media {n}](../a{n}/ "{link_title(title)}")'
                      for n, title in enumerate(["Judul `satu", "Judul [dua] (x)", "Judul tiga` \\ akhir"]))
    parsed = _Links()
    parsed.feed(markdown.markdown(text, extensions=EXTENSIONS))
    assert parsed.links == [("../a0/", "Judul `satu"), ("../a1/", "Judul [dua] (x)"), ("../a2/", "Judul tiga` \\ akhir")]
