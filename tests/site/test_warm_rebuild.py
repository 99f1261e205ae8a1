"""A rebuild after one edited seed reuses the cached article pages and search terms, and its site is
byte-identical to a cold build of the same seeds; `mkdocs build --dirty` also leaves unchanged generated pages
and exports as they are."""

from __future__ import annotations

import hashlib
import re
import shutil
from pathlib import Path

import pytest

from paths import SEEDS
from sitebuild import build

REUSED_PAGES = re.compile(r"\((\d+) article pages from cache\)")
REUSED_TERMS = re.compile(r"\((\d+) sections' terms from cache\)")


def _files(folder: Path) -> dict[str, str]:
    return {p.relative_to(folder).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def _edit_one_word(seeds: Path, old: str, new: str) -> Path:
    """Replace the first `old` in the body of the first seed that has it (never the title line)."""
    for path in sorted(seeds.glob("*.txt")):
        head, _, body = path.read_text(encoding="utf-8").partition("\n")
        if old in body:
            path.write_text(head + "\n" + body.replace(old, new, 1), encoding="utf-8")
            return path
    raise AssertionError(f"no seed has {old!r}")


def _warm_and_cold(tmp_path: Path, old: str, new: str) -> tuple[Path, Path, str]:
    """Build cold, edit one seed, rebuild with the same cache; then build the edited seeds with no cache."""
    seeds = tmp_path / "warm" / "seeds"
    shutil.copytree(SEEDS, seeds)
    first = build(tmp_path / "warm" / "first", seeds)
    assert first.returncode == 0, first.stderr
    _edit_one_word(seeds, old, new)
    warm = build(tmp_path / "warm" / "second", seeds)
    assert warm.returncode == 0, warm.stderr
    cold_seeds = tmp_path / "cold" / "seeds"
    shutil.copytree(seeds, cold_seeds)
    cold = build(tmp_path / "cold" / "site", cold_seeds)  # its own folder: its own, empty cache
    assert cold.returncode == 0, cold.stderr
    assert "(0 article pages from cache)" in cold.stderr
    return tmp_path / "warm" / "second", tmp_path / "cold" / "site", warm.stderr


@pytest.mark.parametrize(("old", "new"), [
    (" dan ", " serta "),  # words the corpus already has: the lexicon stays, only the edited text is redone
    (" dan ", " beserta-sertanya "),  # new words: the lexicon changes, every section's terms are redone
])
def test_warm_rebuild_is_byte_identical_to_a_cold_build(tmp_path: Path, old: str, new: str) -> None:
    warm, cold, log = _warm_and_cold(tmp_path, old, new)
    articles = len(list(SEEDS.glob("*.txt")))
    assert int(REUSED_PAGES.search(log).group(1)) == articles - 1  # every page but the edited one
    terms_reused = int(REUSED_TERMS.search(log).group(1))
    if new == " serta ":
        assert terms_reused > 0
    else:
        assert terms_reused == 0
    warm_files, cold_files = _files(warm), _files(cold)
    assert sorted(warm_files) == sorted(cold_files)
    assert [path for path in warm_files if warm_files[path] != cold_files[path]] == []


def test_dirty_rebuild_rewrites_only_what_the_edit_changed(tmp_path: Path) -> None:
    seeds, site = tmp_path / "warm" / "seeds", tmp_path / "warm" / "site"
    shutil.copytree(SEEDS, seeds)
    assert build(site, seeds).returncode == 0
    before = {path: (site / path).stat().st_mtime_ns for path in _files(site)}
    _edit_one_word(seeds, " dan ", " serta ")
    again = build(site, seeds, strict=False, dirty=True)  # MkDocs warns about every dirty build
    assert again.returncode == 0, again.stderr
    changed = {path for path in _files(site) if (site / path).stat().st_mtime_ns != before.get(path)}
    cold_seeds = tmp_path / "cold" / "seeds"
    shutil.copytree(seeds, cold_seeds)
    assert build(tmp_path / "cold" / "site", cold_seeds).returncode == 0
    assert _files(site) == _files(tmp_path / "cold" / "site")
    edited_pages = [path for path in changed if path.startswith("artikel/") and path.endswith("/index.html")
                    and path != "artikel/index.html"]
    assert len(edited_pages) == 1  # the edited article's page (named by its title, not its file)
    edited_page = edited_pages[0]
    unchanged_articles = [path for path in before if path.startswith("artikel/") and path.endswith("/index.html")
                          and path != "artikel/index.html" and path != edited_page]
    assert unchanged_articles and not set(unchanged_articles) & changed
    assert "data/glossary.json" not in changed  # an export the edit does not touch is not written again
    assert "sitemap.xml" in changed  # MkDocs' own templates are always written
