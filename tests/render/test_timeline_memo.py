"""Timeline entries kept between builds (explainer.memo) render exactly as without the memo, and follow every
input they read: the entry, its source articles' names and the glossary."""

from __future__ import annotations

import copy
from pathlib import Path

from paths import SEEDS
from explainer.memo import Memo
from explainer.render.links import make_linker
from explainer.render.timeline_page import render_timeline
from explainer.site import build_site


def _render(content, by_id, glossary, cache: Path | None) -> tuple[dict[str, str], int]:
    memo: Memo[str] = Memo(cache, "timeline_entries", "test", str)
    pages = render_timeline(content.timeline, by_id, make_linker(glossary), memo)
    memo.save()
    return pages, memo.hits


def test_kept_entries_render_as_fresh_ones_and_follow_their_inputs(tmp_path: Path) -> None:
    content = build_site(SEEDS)
    by_id = {article.id: article for article in content.articles}
    fresh = render_timeline(content.timeline, by_id, make_linker(content.glossary))
    assert _render(content, by_id, content.glossary, tmp_path) == (fresh, 0)
    assert _render(content, by_id, content.glossary, tmp_path) == (fresh, len(content.timeline))

    # A source article's outlet is printed in the entry: the entry is rendered again, with the new name.
    renamed = copy.deepcopy(by_id)
    source = content.timeline[0]["sources"][0]["article"]
    renamed[source].outlet = "Kabar Contoh"
    pages, hits = _render(content, renamed, content.glossary, tmp_path)
    assert pages == render_timeline(content.timeline, renamed, make_linker(content.glossary))
    assert "Kabar Contoh" in pages["linimasa/index.md"] and hits < len(content.timeline)

    # A glossary name gone: no entry keeps a link to it.
    glossary = copy.deepcopy(content.glossary)
    linked = next(entry for entry in glossary if f'glosarium/#{entry["id"]}' in fresh["linimasa/index.md"]
                  or f'#{entry["id"]}"' in fresh["linimasa/index.md"])
    glossary.remove(linked)
    pages, _ = _render(content, by_id, glossary, tmp_path)
    assert pages == render_timeline(content.timeline, by_id, make_linker(glossary))
    assert pages != fresh

    # One entity's description (its links' title) changed: only the entries naming it are rendered again.
    _render(content, by_id, content.glossary, tmp_path)
    retitled = copy.deepcopy(content.glossary)
    changed = next(entry for entry in retitled if entry["id"] == linked["id"])
    changed["description"] = "keterangan baru"
    pages, hits = _render(content, by_id, retitled, tmp_path)
    assert pages == render_timeline(content.timeline, by_id, make_linker(retitled))
    assert "keterangan baru" in "".join(pages.values())
    naming = sum(changed["id"] in {link[2] for link in make_linker(retitled).found(entry["text"])}
                 for entry in content.timeline)
    assert 0 < naming < len(content.timeline) and hits == len(content.timeline) - naming
