"""Links between generated pages: the fast relative-path code agrees with posixpath.relpath."""

from __future__ import annotations

import itertools
import posixpath

from explainer.mdtext import html_href, rel_link

PATHS = ["index.md", "sumber.md", "artikel/a.md", "artikel/index.md", "artikel/media/x.md", "glosarium/index.md",
         "glosarium/k.md", "linimasa/2023.md", "data/glossary.json", "a/b/c.md", "a/c.md", "a/b/d/e.md"]


def test_rel_link_matches_relpath() -> None:
    for here, there in itertools.product(PATHS, PATHS):
        expected = "" if here == there else posixpath.relpath(there, posixpath.dirname(here) or ".")
        assert rel_link(here, there) == expected, (here, there)
    assert rel_link("artikel/a.md", "glosarium/index.md", "kim") == "../glosarium/index.md#kim"


def test_html_href_uses_directory_urls() -> None:
    assert html_href("artikel/a.md", "../glosarium/index.md#kim") == "../../glosarium/#kim"
    assert html_href("artikel/a.md", "b.md#p2-k1") == "../b/#p2-k1"
    assert html_href("index.md", "sumber.md") == "sumber/"
