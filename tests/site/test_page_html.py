"""page_html.py: a page whose Markdown, place and links are unchanged takes the HTML the last build converted, with
the same table of contents, anchors, link checks and warnings as a fresh conversion; anything else is converted."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from mkdocs.config import load_config
from mkdocs.structure.files import Files, get_files
from mkdocs.structure.pages import Page

from page_html import PageHtml, _set_elsewhere

GUIDE = ("# Panduan Warga\n\n## Jalur Evakuasi {#jalur}\n\nLihat [peta lama](peta-lama.md) dan "
         "[posko](posko.md#buka).\n\n### Titik Kumpul\n\nTeks.\n")
POSKO = "# Posko\n\n## Jam Buka {#buka}\n\nSetiap hari.\n"


def _site(tmp_path: Path) -> Path:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "panduan.md").write_text(GUIDE, encoding="utf-8")
    (docs / "posko.md").write_text(POSKO, encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text("site_name: Uji\nmarkdown_extensions:\n  - attr_list\n  - toc:\n      permalink: true\n",
                      encoding="utf-8")
    return config


def _render(config_file: Path, cache: Path, files: Files | None = None, keep: bool = True) -> tuple[Page, PageHtml]:
    """One build's conversion of panduan.md (with the kept HTML when `keep`), the memo saved as a build saves it."""
    config = load_config(config_file=str(config_file))
    files = files if files is not None else get_files(config)
    page = Page(None, files.get_file_from_path("panduan.md"), config)
    page.read_source(config)
    kept = PageHtml(cache, "v1", config)
    if keep:
        kept.adopt(page)
    page.render(config, files)
    kept.save()
    return page, kept


def _shown(page: Page) -> tuple:
    toc = [(item.title, item.id, item.level, [(child.title, child.id, child.level) for child in item.children])
           for item in page.toc]
    links = {file.src_uri: dict(anchors) for file, anchors in (page.links_to_anchors or {}).items()}
    return page.content, toc, page._title_from_render, page.present_anchor_ids, links


def test_an_unchanged_page_takes_the_kept_html_with_the_same_toc_anchors_and_warnings(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config_file, cache = _site(tmp_path), tmp_path / "cache"
    caplog.set_level(logging.WARNING, logger="mkdocs")
    fresh, first = _render(config_file, cache, keep=False)
    fresh_warnings = [record.getMessage() for record in caplog.records]
    assert first.converted == 0 and first.kept == 0  # not adopted: MkDocs' own conversion
    _render(config_file, cache)  # converts and keeps
    caplog.clear()
    again, second = _render(config_file, cache)
    assert (second.converted, second.kept) == (0, 1)
    assert _shown(again) == _shown(fresh)
    assert [item.title for item in again.toc] == ["Panduan Warga"]
    assert [child.id for child in again.toc.items[0].children] == ["jalur"]
    assert {"jalur", "titik-kumpul"} <= again.present_anchor_ids
    assert '<a href="../posko/#buka">posko</a>' in again.content
    warnings = [record.getMessage() for record in caplog.records]
    assert warnings == fresh_warnings and len(warnings) == 1 and "peta-lama.md" in warnings[0]


def test_a_page_whose_link_now_resolves_elsewhere_is_converted_again_and_warns_once(
        tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    config_file, cache = _site(tmp_path), tmp_path / "cache"
    _render(config_file, cache)
    (tmp_path / "docs" / "posko.md").unlink()  # the second link's target: the first link was broken already
    caplog.set_level(logging.WARNING, logger="mkdocs")
    caplog.clear()
    page, kept = _render(config_file, cache)
    assert (kept.converted, kept.kept) == (1, 0)
    assert '<a href="posko.md#buka">posko</a>' in page.content
    warnings = [record.getMessage() for record in caplog.records]
    assert len(warnings) == 2  # the kept conversion's check of the first link (held back) is not logged as well
    assert "peta-lama.md" in warnings[0] and "posko.md#buka" in warnings[1]


def test_changed_markdown_or_another_place_is_converted_again(tmp_path: Path) -> None:
    config_file, cache = _site(tmp_path), tmp_path / "cache"
    _render(config_file, cache)
    (tmp_path / "docs" / "panduan.md").write_text(GUIDE.replace("Setiap", "Tiap").replace("Teks.", "Teks baru."),
                                                  encoding="utf-8")
    page, kept = _render(config_file, cache)
    assert (kept.converted, kept.kept) == (1, 0) and "Teks baru." in page.content
    config_file.write_text(config_file.read_text(encoding="utf-8") + "use_directory_urls: false\n", encoding="utf-8")
    page, kept = _render(config_file, cache)
    assert (kept.converted, kept.kept) == (1, 0)
    assert '<a href="posko.html#buka">posko</a>' in page.content


def test_a_render_that_sets_more_than_is_restored_is_not_kept() -> None:
    toc, title = object(), object()
    before = {"file": "f", "markdown": "# A", "toc": toc, "title": title}
    assert not _set_elsewhere(before, {**before, "content": "<h1>A</h1>", "toc": object(), "render": print})
    assert _set_elsewhere(before, {**before, "content": "<h1>A</h1>", "footnotes": []})  # a new attribute
    assert _set_elsewhere(before, {**before, "title": object()})  # one render changed, not restored


def test_dirty_builds_keep_nothing_for_the_whole_process() -> None:
    import page_html
    try:
        page_html.dirty_builds(True)  # once, at start-up: `mkdocs serve --dirty` loads the hooks anew per build
        assert not page_html.wanted()
        page_html.dirty_builds(False)
        assert page_html.wanted()
    finally:
        page_html.dirty_builds(False)
