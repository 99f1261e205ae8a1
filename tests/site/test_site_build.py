"""End to end: MkDocs builds the site from the seeds; exports, pages, strictness and reproducibility."""

from __future__ import annotations

import hashlib
import json
import re
from pathlib import Path

import pytest

from paths import ROOT, SEEDS
from sitebuild import build

ARTICLE_KEYS = ["id", "source_file", "title", "outlet", "url", "published", "published_inferred", "authors",
                "editors", "paragraphs", "headings", "word_count", "page"]


@pytest.fixture(scope="module")
def site(example_sites: dict[str, Path]) -> Path:
    return example_sites["mkdocs"]


def test_articles_json_has_every_seed(site: Path) -> None:
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    assert sorted(record["source_file"] for record in records) == sorted(p.name for p in SEEDS.glob("*.txt"))
    for record in records:
        assert list(record) == ARTICLE_KEYS
        assert record["page"] == f"artikel/{record['id']}/"
        assert (site / record["page"] / "index.html").is_file()
        assert record["word_count"] == sum(len(p.split()) for p in record["paragraphs"])
        assert record["published"] is None or len(record["published"]) in (10, 16)
    by_file = {record["source_file"]: record for record in records}
    assert by_file["002_294379014a42e2e6.txt"]["published"] == "2023-09-05T19:15"
    assert by_file["002_294379014a42e2e6.txt"]["authors"] == ["Binti Nikmatur", "Ghiska Ayu"]


def test_article_page_shows_text_and_metadata(site: Path) -> None:
    records = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    record = next(r for r in records if r["source_file"] == "004_42240055045aaa39.txt")
    html = (site / record["page"] / "index.html").read_text(encoding="utf-8")
    assert "18 Juni 2024, 12.40" in html
    assert "Irwina Istiqomah" in html
    assert 'id="p1-k1"' in html
    assert "BACA JUGA" not in html
    assert html.count("<h1") == 1


def test_no_third_party_requests_in_pages(site: Path) -> None:
    """Everything a page loads (scripts, styles, fonts, icons, images, frames) comes from this site."""
    loads = re.compile(r'<(?:script|img|iframe|source|audio|video)\b[^>]*\bsrc="([^"]*)"|'
                       r'<link\b[^>]*\brel="(?:stylesheet|preload|modulepreload|icon|prefetch|manifest)"[^>]*\bhref="([^"]*)"|'
                       r'url\((?:["\']?)(https?:)?//')
    checked = 0
    for page in sorted(site.rglob("*.html")) + sorted(site.rglob("*.css")):
        for match in loads.finditer(page.read_text(encoding="utf-8")):
            url = match.group(1) or match.group(2) or "//"
            assert not re.match(r"^(?:https?:)?//", url), f"{page.relative_to(site)} loads {url}"
            checked += 1
    assert checked > 20  # the pattern does find the theme's own scripts and styles


def test_builds_are_reproducible(site: Path, tmp_path: Path) -> None:
    again = tmp_path / "again"
    assert build(again).returncode == 0

    def digest(folder: Path) -> dict[str, str]:
        return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
                for p in sorted(folder.rglob("*")) if p.is_file()}

    assert digest(site) == digest(again)


def test_generated_pages_are_not_written_into_docs(site: Path) -> None:
    assert sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").rglob("*") if p.is_file()) == \
        ["assets/explainer.css", "index.md", "javascripts/pagefind-search.js", "javascripts/tooltips.js"]


def test_every_internal_link_resolves(site: Path) -> None:
    """Every href between pages (raw HTML ones included, which MkDocs does not check) hits a file and anchor."""
    from html.parser import HTMLParser
    from urllib.parse import unquote, urldefrag, urljoin

    class Page(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.ids: set[str] = set()
            self.hrefs: list[str] = []

        def handle_starttag(self, tag: str, attrs: list) -> None:
            attributes = dict(attrs)
            if attributes.get("id"):
                self.ids.add(attributes["id"])
            if tag == "a" and attributes.get("href"):
                self.hrefs.append(attributes["href"])

    parsed: dict[Path, Page] = {}
    for path in site.rglob("*.html"):
        page = Page()
        page.feed(path.read_text(encoding="utf-8"))
        parsed[path] = page
    checked = 0
    for path, page in parsed.items():
        if path.name == "404.html":
            continue  # served at any address, so its links are absolute under site_url
        base = "/" + path.relative_to(site).as_posix()
        for href in page.hrefs:
            if re.match(r"^[a-z]+:", href):
                continue
            url, anchor = urldefrag(urljoin(base, href))
            target = site / unquote(url).lstrip("/")
            if url.endswith("/") or target.is_dir():
                target = target / "index.html"
            assert target.exists(), f"{base}: {href} -> missing {target.relative_to(site)}"
            if anchor and target.suffix == ".html":
                assert anchor in parsed[target].ids, f"{base}: {href} -> no #{anchor}"
            checked += 1
    assert checked > 100


def test_the_site_ships_no_theme_search_source_maps_or_unused_search_ui(site: Path) -> None:
    """Material's lunr search and source maps (about 2.3 MB) and Pagefind's own UIs are not in the site, and
    every script and style a page names is there."""
    shipped = sorted(p.relative_to(site).as_posix() for p in site.rglob("*") if p.is_file())
    assert not [p for p in shipped if "/lunr/" in p or "/workers/" in p or p.endswith(".map")
                or p.startswith("pagefind/pagefind-ui")], shipped
    for path in ("assets/stylesheets", "assets/javascripts"):
        for file in (site / path).glob("*.*"):
            assert b"sourceMappingURL" not in file.read_bytes(), file
    home = (site / "index.html").read_text(encoding="utf-8")
    named = re.findall(r'(?:src|href)="((?:assets|javascripts)/[^"]+\.(?:js|css))"', home)
    assert len(named) >= 4 and all((site / name).is_file() for name in named), named
