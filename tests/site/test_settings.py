"""`extra.explainer` settings: read from a mkdocs.yml as MkDocs reads it (INHERIT, !ENV, other tags), paths
relative to the config, checked in one place with the setting named."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.settings import SettingError, read_config, settings_from


def test_defaults_and_paths_relative_to_the_config(tmp_path: Path) -> None:
    settings = settings_from(None, tmp_path)
    assert settings.seeds == tmp_path / "seeds" and settings.cache == tmp_path / ".cache" / "explainer"
    assert (settings.workers, settings.executor, settings.search_split) == (None, None, None)
    off = settings_from({"seeds": "artikel", "cache": False, "workers": 2, "search_split": "year"}, tmp_path)
    assert (off.seeds, off.cache, off.workers, off.search_split) == (tmp_path / "artikel", None, 2, "year")


@pytest.mark.parametrize(("explainer", "message"), [
    ({"workers": 0}, "extra.explainer.workers: expected a positive whole number of worker processes, got 0"),
    ({"executor": 8786}, "extra.explainer.executor: expected a Dask scheduler address"),
    ({"search_split": "month"}, "extra.explainer.search_split: expected shard"),
    ({"seeds": False}, "extra.explainer.seeds: expected the folder of articles, got False"),
    ({"cache": 3}, "extra.explainer.cache: expected a folder or false, got 3"),
])
def test_a_bad_value_is_refused_naming_the_setting(tmp_path: Path, explainer: dict, message: str) -> None:
    with pytest.raises(SettingError, match=message.replace(".", r"\.").replace("(", r"\(")):
        settings_from(explainer, tmp_path)


def test_flags_replace_the_file_s_values_and_are_checked(tmp_path: Path) -> None:
    settings = settings_from({"workers": 2}, tmp_path)
    assert settings.with_changes(workers=None, seeds=tmp_path / "lain").workers == 2
    assert settings.with_changes(workers=3).workers == 3
    with pytest.raises(SettingError, match="workers"):
        settings.with_changes(workers=-1)


def test_a_config_is_read_as_mkdocs_reads_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "induk").mkdir()
    (tmp_path / "induk" / "mkdocs.yml").write_text(
        "site_name: Induk\ndocs_dir: halaman\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "extra:\n  explainer:\n    seeds: !ENV [SEEDS_DIR, arsip]\n    workers: 2\n", encoding="utf-8")
    child = tmp_path / "anak.yml"
    child.write_text("INHERIT: induk/mkdocs.yml\nextra:\n  explainer:\n    cache: false\n", encoding="utf-8")
    monkeypatch.delenv("SEEDS_DIR", raising=False)
    settings = read_config(child)
    assert (settings.seeds, settings.cache, settings.workers) == (tmp_path / "arsip", None, 2)
    assert settings.pages == tmp_path / "halaman"  # relative to the config that was given, as in MkDocs
    monkeypatch.setenv("SEEDS_DIR", "berita")
    assert read_config(child).seeds == tmp_path / "berita"


def test_an_unreadable_or_looping_config_is_an_error_naming_it(tmp_path: Path) -> None:
    with pytest.raises(SettingError, match="cannot be read"):
        read_config(tmp_path / "tidak-ada.yml")
    (tmp_path / "a.yml").write_text("INHERIT: b.yml\n")
    (tmp_path / "b.yml").write_text("INHERIT: a.yml\n")
    with pytest.raises(SettingError, match="INHERIT goes deeper"):
        read_config(tmp_path / "a.yml")
    (tmp_path / "c.yml").write_text("extra: [1, 2\n")
    with pytest.raises(SettingError, match="c.yml: not valid YAML"):
        read_config(tmp_path / "c.yml")
