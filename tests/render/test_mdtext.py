"""Links between generated pages: the fast relative-path code agrees with posixpath.relpath."""

from __future__ import annotations

import itertools
import posixpath

from explainer.render.mdtext import html_with_links, page_href, rel_link, src_url

PATHS = ["index.md", "sumber.md", "artikel/a.md", "artikel/index.md", "artikel/media/x.md", "glosarium/index.md",
         "glosarium/k.md", "linimasa/2023.md", "data/glossary.json", "a/b/c.md", "a/c.md", "a/b/d/e.md"]


def test_rel_link_matches_relpath() -> None:
    for here, there in itertools.product(PATHS, PATHS):
        expected = "" if here == there else posixpath.relpath(there, posixpath.dirname(here) or ".")
        assert rel_link(here, there) == expected, (here, there)
    assert rel_link("artikel/a.md", "glosarium/index.md", "kim") == "../glosarium/index.md#kim"


def test_page_href_uses_directory_urls() -> None:
    assert page_href("artikel/a.md", "glosarium/index.md", "kim") == "../../glosarium/#kim"
    assert page_href("artikel/a.md", "artikel/b.md", "p2-k1") == "../b/#p2-k1"
    assert page_href("index.md", "sumber.md") == "sumber/"


def test_page_href_matches_directory_url_relpath() -> None:
    for here, there in itertools.product([p for p in PATHS if p.endswith(".md")], PATHS):
        here_url = src_url(here) or "."
        there_url = src_url(there) if there.endswith(".md") else there
        expected = posixpath.relpath(there_url or ".", here_url)
        expected = "./" if expected == "." else expected + ("/" if there.endswith(".md") else "")
        assert page_href(here, there) == expected, (here, there)
    assert page_href("linimasa/2023.md", "artikel/a.md", "p2-k1") == "../../artikel/a/#p2-k1"
    assert page_href("glosarium/k.md", "data/glossary.json") == "../../data/glossary.json"


def test_html_with_links_escapes_text_and_keeps_links() -> None:
    text = "Kim <b> & Putin"
    assert html_with_links(text, [(10, 15, "../x/#putin", 'Vladimir "P"')]) == \
        'Kim &lt;b&gt; &amp; <a href="../x/#putin" title="Vladimir &quot;P&quot;">Putin</a>'
