"""Lifting our raw paragraphs out of Markdown and back gives the HTML that a full conversion gives."""

from __future__ import annotations

import markdown

from explainer.ingest.load import read_article
from explainer.render import rawhtml
from explainer.render.article_page import render_article
from paths import SEEDS

EXTENSIONS = ["attr_list", "admonition", "tables", "toc"]


def test_lift_and_restore_equals_full_conversion() -> None:
    article = read_article("003.txt", (SEEDS / "003_854559b10dfec0b7.txt").read_bytes())[0]
    article.src_path, article.page = "artikel/a.md", "artikel/a/"
    page = render_article(article, {0: [(10, 19, "../../glosarium/#korea-utara", "Negara")]}).split("---", 2)[2]
    lifted, fragments = rawhtml.lift(page)
    kinds = ["p"] + [block.kind for block in article.blocks]  # the byline, then the body
    runs = sum(kind == "p" and (index == 0 or kinds[index - 1] != "p") for index, kind in enumerate(kinds))
    assert len(fragments) == runs  # each run of paragraphs between headings
    assert "<span" not in lifted
    full = markdown.markdown(page, extensions=EXTENSIONS)
    fast = rawhtml.restore(markdown.markdown(lifted, extensions=EXTENSIONS), fragments)
    assert fast == full
    assert rawhtml.anchor_ids(fragments) >= {"p1", "p1-k1", "p2-k1"}
