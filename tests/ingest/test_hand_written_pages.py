"""The hand-written pages `generate` copies: the introduction read as text, other files as bytes, hidden entries
left out, and an entry that cannot be read skipped with a warning naming it."""

from __future__ import annotations

import os
from pathlib import Path

from explainer.ingest.pages import read_pages


def test_intro_files_and_what_is_left_out(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    (docs / "gambar").mkdir(parents=True)
    (docs / ".git").mkdir()
    (docs / "index.md").write_bytes("\ufeff# Judul\r\n\r\nPengantar\u00a0singkat.\r\n".encode("utf-8"))
    (docs / "gambar" / "logo.png").write_bytes(b"\x89PNG\r\n\x1a\n")
    (docs / ".git" / "config").write_text("x")
    (docs / ".draf.md").write_text("x")
    (tmp_path / "rahasia.txt").write_text("di luar")
    os.symlink(tmp_path / "rahasia.txt", docs / "tautan.md")
    os.mkfifo(docs / "pipa.md")
    pages = read_pages(docs)
    assert pages.intro == "# Judul\n\nPengantar singkat.\n"
    assert pages.files == {"gambar/logo.png": b"\x89PNG\r\n\x1a\n"}
    assert pages.warnings == ["pipa.md: skipped: not a regular file (a pipe, socket or device)",
                              "tautan.md: skipped: link to a file outside the seeds folder; refused"]


def test_an_introduction_that_is_not_utf8_is_left_out_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "index.md").write_bytes(b"# Judul \xff\n")
    pages = read_pages(tmp_path)
    assert pages.intro == "" and pages.warnings == ["index.md: not UTF-8 (byte 8); the introduction is left out"]
