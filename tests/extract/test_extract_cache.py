"""The per-article cache: a rebuild re-extracts only changed seeds, and old entries do not pile up."""

from __future__ import annotations

import shutil
from pathlib import Path

from explainer.extract.articles import Cache, extract_all
from paths import SEEDS


def _seeds(folder: Path) -> list[Path]:
    folder.mkdir()
    for path in sorted(SEEDS.glob("*.txt"))[:3]:
        shutil.copy(path, folder / path.name)
    return sorted(folder.glob("*.txt"))


def _entries(cache_dir: Path) -> int:
    return len(list(cache_dir.glob("*.json")))


def test_rebuild_reextracts_only_the_changed_seed(tmp_path: Path) -> None:
    files, cache_dir = _seeds(tmp_path / "seeds"), tmp_path / "cache"
    first = extract_all(files, {}, Cache(cache_dir, "v1"))
    assert [item.cached for item in first] == [False, False, False]
    again = extract_all(files, {}, Cache(cache_dir, "v1"))
    assert [item.cached for item in again] == [True, True, True]
    assert [item.article.paragraphs for item in again] == [item.article.paragraphs for item in first]
    assert [item.events for item in again] == [item.events for item in first]

    text = files[1].read_text(encoding="utf-8")
    files[1].write_text(text.replace(" dan ", " serta ", 1), encoding="utf-8")
    changed = extract_all(files, {}, Cache(cache_dir, "v1"))
    assert [item.cached for item in changed] == [True, False, True]
    assert _entries(cache_dir) == 3  # the entry of the old text is gone


def test_entries_of_removed_seeds_and_older_code_are_pruned(tmp_path: Path) -> None:
    files, cache_dir = _seeds(tmp_path / "seeds"), tmp_path / "cache"
    extract_all(files, {}, Cache(cache_dir, "v1"))
    assert _entries(cache_dir) == 3
    extract_all(files[:2], {}, Cache(cache_dir, "v1"))
    assert _entries(cache_dir) == 2
    newer = extract_all(files[:2], {}, Cache(cache_dir, "v2"))
    assert [item.cached for item in newer] == [False, False]
    assert _entries(cache_dir) == 2
    (cache_dir / "left-over.123.tmp").write_bytes(b"x")
    (cache_dir / "notes.txt").write_text("not ours", encoding="utf-8")
    extract_all(files[:2], {}, Cache(cache_dir, "v2"))
    assert sorted(path.name for path in cache_dir.iterdir() if not path.name.endswith(".json")) == ["notes.txt"]


def test_two_files_with_the_same_bytes_keep_their_own_names(tmp_path: Path) -> None:
    files, cache_dir = _seeds(tmp_path / "seeds"), tmp_path / "cache"
    twin = files[0].with_name("kembar.txt")
    twin.write_bytes(files[0].read_bytes())
    files = sorted([*files, twin])
    extract_all(files, {}, Cache(cache_dir, "v1"))
    again = extract_all(files, {}, Cache(cache_dir, "v1"))
    assert all(item.cached for item in again)
    assert [item.source_file for item in again] == [path.name for path in files]
    assert [item.article.source_file for item in again] == [path.name for path in files]
