"""Every builder publishes the same site: MkDocs and ProperDocs with the hooks, and a plain MkDocs build of the
folder `python -m explainer generate` writes (indexed by `python -m explainer search`) carry the same main
content on every page, the same data files and the same search index."""

from __future__ import annotations

from pathlib import Path

import lxml.html
import pytest

MAIN = "//article[contains(concat(' ', @class, ' '), ' md-content__inner ')]"  # Material's main content


def _pages(site: Path) -> dict[str, str]:
    """Site path -> the HTML of the page's main content (what the page says, without the theme around it)."""
    pages = {}
    for path in sorted(site.rglob("*.html")):
        relative = path.relative_to(site).as_posix()
        if relative.startswith("pagefind/"):
            continue
        found = lxml.html.document_fromstring(path.read_text(encoding="utf-8")).xpath(MAIN)
        assert len(found) == 1, f"{relative}: no main content"
        pages[relative] = lxml.html.tostring(found[0], encoding="unicode")
    return pages


def _files(site: Path, folder: str) -> dict[str, bytes]:
    return {p.relative_to(site).as_posix(): p.read_bytes() for p in sorted((site / folder).rglob("*")) if p.is_file()}


@pytest.mark.parametrize("builder", ["properdocs", "plain"])
def test_every_page_carries_the_same_main_content(example_sites: dict[str, Path], builder: str) -> None:
    expected, got = _pages(example_sites["mkdocs"]), _pages(example_sites[builder])
    assert sorted(got) == sorted(expected)
    assert len(expected) >= 17 and "linimasa/index.html" in expected and "404.html" in expected
    different = [page for page in expected if got[page] != expected[page]]
    assert different == [], f"{builder}: the main content differs on {different}"
    assert 'id="p1-k1"' in expected["artikel/kim-jong-un-naik-kereta-ke-rusia-temui-putin/index.html"]
    assert "<svg" in expected["linimasa/index.html"]  # the visual timeline is part of the page


@pytest.mark.parametrize("builder", ["properdocs", "plain"])
def test_the_same_data_files_and_search_index(example_sites: dict[str, Path], builder: str) -> None:
    for folder in ("data", "pagefind"):
        expected = _files(example_sites["mkdocs"], folder)
        assert expected, folder
        assert _files(example_sites[builder], folder) == expected, f"{builder}: {folder}/ differs"


def test_the_builders_are_the_ones_named(example_sites: dict[str, Path]) -> None:
    """The sites do come from different builders (their generator tags say so), not from one build copied."""
    def generator(site: Path) -> str:
        return lxml.html.parse(str(site / "index.html")).xpath("//meta[@name='generator']/@content")[0]

    assert generator(example_sites["mkdocs"]).startswith("mkdocs-1.")
    assert "ProperDocs" in generator(example_sites["properdocs"])
