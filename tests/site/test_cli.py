"""`python -m explainer generate` and `search`: a docs folder any builder can publish, kept in step with the seeds,
never written over a user's files; settings from a mkdocs.yml and flags; a search index for any built site."""

from __future__ import annotations

import json
import logging
from pathlib import Path

import pytest
from hostile import body, text_article

from explainer.cli import main
from explainer.docsfolder import MANIFEST
from sitebuild import explainer


def _project(root: Path, settings: str = "") -> Path:
    """A small project: two invented articles, a hand-written introduction and style sheet, a mkdocs.yml."""
    seeds, docs = root / "seeds", root / "docs"
    (docs / "assets").mkdir(parents=True)
    seeds.mkdir()
    (seeds / "sekolah.txt").write_text(text_article("Sekolah Baru Dibuka di Pinggir Kota", body("sekolah")))
    (seeds / "pasar.txt").write_text(text_article("Pasar Pagi Ramai Menjelang Hari Raya", body("pasar")))
    (docs / "index.md").write_text("# Kota Kami\n\nSitus ini merangkum berita kota.\n")
    (docs / "assets" / "gaya.css").write_text("p { color: black; }\n")
    (docs / ".catatan").write_text("pribadi\n")
    (root / "mkdocs.yml").write_text(f"site_name: Kota\nsite_url: !ENV [KOTA_URL, 'https://contoh.id/']\n"
                                     f"extra:\n  explainer:\n    cache: false\n{settings}", encoding="utf-8")
    return root


def _run(*arguments: str | Path) -> int:
    return main([str(argument) for argument in arguments])


def test_generate_writes_the_hand_written_and_generated_pages_and_the_data(tmp_path: Path) -> None:
    root = _project(tmp_path)
    out = tmp_path / "build" / "docs"
    assert _run("generate", out, "-f", root / "mkdocs.yml", "--strict") == 0
    files = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert "assets/gaya.css" in files and ".catatan" not in files  # hidden files stay behind, as MkDocs leaves them
    for page in ("index.md", "sumber.md", "linimasa/index.md", "glosarium/index.md", "kutipan/index.md",
                 "artikel/index.md", "artikel/sekolah-baru-dibuka-di-pinggir-kota.md", "data/articles.json",
                 "data/timeline.csv", MANIFEST):
        assert page in files, page
    home = (out / "index.md").read_text(encoding="utf-8")
    assert home.startswith("# Kota Kami") and "Situs ini merangkum berita kota." in home and "Sekilas" in home
    records = json.loads((out / "data" / "articles.json").read_text(encoding="utf-8"))
    assert sorted(record["source_file"] for record in records) == ["pasar.txt", "sekolah.txt"]
    assert (root / "docs" / "index.md").read_text() == "# Kota Kami\n\nSitus ini merangkum berita kota.\n"


def test_a_second_run_writes_only_what_changed_and_removes_what_is_gone(tmp_path: Path,
                                                                         caplog: pytest.LogCaptureFixture) -> None:
    root = _project(tmp_path)
    out = tmp_path / "out"
    assert _run("generate", out, "-f", root / "mkdocs.yml") == 0
    page = out / "artikel" / "pasar-pagi-ramai-menjelang-hari-raya.md"
    stamp = page.stat().st_mtime_ns
    (out / "catatan-saya.md").write_text("# Catatan\n")  # the user's own addition to the folder
    caplog.set_level(logging.INFO)
    assert _run("generate", out, "-f", root / "mkdocs.yml") == 0
    assert "0 files written" in caplog.text and page.stat().st_mtime_ns == stamp
    (root / "seeds" / "pasar.txt").unlink()
    assert _run("generate", out, "-f", root / "mkdocs.yml") == 0
    assert not page.exists() and (out / "catatan-saya.md").is_file()
    assert "artikel/pasar-pagi-ramai-menjelang-hari-raya.md" not in json.loads((out / MANIFEST).read_text())["files"]


def test_generate_never_writes_over_files_it_did_not_write(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = _project(tmp_path)
    theirs = tmp_path / "punya-orang"
    theirs.mkdir()
    (theirs / "penting.md").write_text("# Penting\n")
    assert _run("generate", theirs, "-f", root / "mkdocs.yml") == 2
    assert "holds files generate did not write" in caplog.text
    assert sorted(p.name for p in theirs.iterdir()) == ["penting.md"]
    assert _run("generate", root / "docs", "-f", root / "mkdocs.yml") == 2  # the hand-written pages themselves
    assert "must lie apart from the hand-written pages" in caplog.text
    out = tmp_path / "out"
    assert _run("generate", out, "-f", root / "mkdocs.yml") == 0
    (out / "sumber.md").unlink()
    (out / "sumber.md").write_text("# Sumber saya\n")  # a file the user put where a generated one was: replaced
    assert _run("generate", out, "-f", root / "mkdocs.yml") == 0
    assert "# Sumber saya" not in (out / "sumber.md").read_text()


def test_flags_win_over_the_config_and_bad_settings_are_named(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = _project(tmp_path, "    seeds: tidak-ada\n")
    out = tmp_path / "out"
    assert _run("generate", out, "-f", root / "mkdocs.yml") == 2
    assert "tidak-ada: no such folder of articles" in caplog.text
    assert _run("generate", out, "-f", root / "mkdocs.yml", "--seeds", root / "seeds", "--pages",
                tmp_path / "tidak-ada-juga") == 0
    assert not (out / "assets").exists() and "Kota Kami" not in (out / "index.md").read_text()
    assert _run("generate", out, "-f", root / "mkdocs.yml", "--workers", "0") == 2
    assert "extra.explainer.workers: expected a positive whole number" in caplog.text


def test_strict_fails_on_a_warning_that_names_the_file(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    root = _project(tmp_path)
    (root / "seeds" / "kosong.txt").write_text("   \n")
    assert _run("generate", tmp_path / "a", "-f", root / "mkdocs.yml") == 0
    assert _run("generate", tmp_path / "b", "-f", root / "mkdocs.yml", "--strict") == 1
    assert "kosong.txt: skipped: empty file" in caplog.text


def test_the_current_folder_s_mkdocs_yml_is_read_without_f(tmp_path: Path) -> None:
    root = _project(tmp_path, "    seeds: seeds\n")
    done = explainer("generate", "keluaran", cwd=root)
    assert done.returncode == 0, done.stderr
    assert (root / "keluaran" / "assets" / "gaya.css").is_file()
    assert "2 articles" in done.stderr


def test_search_indexes_any_built_site_and_refuses_what_is_not_one(tmp_path: Path,
                                                                    caplog: pytest.LogCaptureFixture) -> None:
    site = tmp_path / "site"
    (site / "catatan").mkdir(parents=True)
    page = ('<!doctype html><html lang="id"><head><title>{0}</title></head><body><main><h1 id="a">{0}</h1>'
            '<p>{1}</p></main></body></html>')
    (site / "index.html").write_text(page.format("Beranda", "Selamat datang."), encoding="utf-8")
    (site / "catatan" / "index.html").write_text(page.format("Catatan Perjalanan", "Kunjungan ke pelabuhan."),
                                                 encoding="utf-8")
    caplog.set_level(logging.INFO)
    assert _run("search", site, "--no-cache") == 0
    assert (site / "pagefind" / "pagefind.js").is_file() and (site / "pagefind" / "explainer-indexes.json").is_file()
    assert "search index of 1 pages" in caplog.text  # the home page is a list, not a result
    assert "has no data/sources.json" in caplog.text
    assert _run("search", tmp_path / "kosong", "--no-cache") == 2
    assert "not a built site" in caplog.text
