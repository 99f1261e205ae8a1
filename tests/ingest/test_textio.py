"""Reading seed files: UTF-16 with a BOM, UTF-8 with only its bad bytes replaced, real cp1252/latin-1 kept,
controls YAML refuses removed, and the one guard every user-file read goes through."""

from __future__ import annotations

import os
from pathlib import Path

from explainer.ingest.textio import decode, input_problem, read_input

TEXT = "Kim “Jong-un” tiba di Vladivostok — café dan ½ porsi.\nBaris kedua."


def test_utf16_with_a_byte_order_mark_is_text() -> None:
    for encoding in ("utf-16", "utf-16-be", "utf-32"):
        data = TEXT.encode(encoding)
        if encoding == "utf-16-be":
            data = b"\xfe\xff" + data
        decoded = decode(data)
        assert (decoded.text, decoded.problem) == (TEXT, None), encoding
        assert decoded.encoding == encoding[:6]


def test_one_bad_byte_replaces_only_itself() -> None:
    data = TEXT.encode("utf-8").replace(b"Baris", b"Ba\xffris")
    decoded = decode(data)
    assert decoded.encoding == "utf-8"
    assert decoded.text == TEXT.replace("Baris", "Ba\ufffdris")  # the curly quotes stay curly quotes
    assert decoded.warning == "1 invalid UTF-8 byte replaced with \ufffd (first on line 2)"


def test_files_really_in_cp1252_or_latin1_are_read_as_such() -> None:
    cp = "Kim “Jong-un” café".encode("cp1252")
    assert decode(cp).text == "Kim “Jong-un” café" and decode(cp).encoding == "cp1252"
    latin = b"caf\xe9 \x81 ok"  # 0x81 is undefined in cp1252
    assert (decode(latin).text, decode(latin).encoding) == ("café  ok", "latin-1")


def test_c1_controls_and_noncharacters_are_removed() -> None:
    assert decode("a\x80b\x9fc\ufffed\uffffe".encode("utf-8")).text == "abcde"
    assert decode("satu\x85dua".encode("utf-8")).text == "satu\ndua"  # NEL is a line break


def test_guard_names_what_is_wrong_and_never_raises(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "ok.txt").write_text("isi")
    (tmp_path / "luar.txt").write_text("rahasia")
    (seeds / "sub").mkdir()
    (seeds / "sub" / "dalam.txt").write_text("dalam")
    os.symlink(tmp_path / "luar.txt", seeds / "luar.txt")
    os.symlink(seeds / "sub" / "dalam.txt", seeds / "dalam.txt")
    os.symlink(tmp_path / "hilang.txt", seeds / "rusak.txt")
    os.symlink(seeds / "b.txt", seeds / "a.txt")
    os.symlink(seeds / "a.txt", seeds / "b.txt")
    os.mkfifo(seeds / "pipa.txt")
    assert read_input(seeds / "ok.txt", seeds) == (b"isi", None)
    assert read_input(seeds / "dalam.txt", seeds) == (b"dalam", None)
    assert read_input(seeds / "luar.txt", seeds) == (None, "link to a file outside the seeds folder; refused")
    assert read_input(seeds / "rusak.txt", seeds) == (None, "broken link (its target does not exist)")
    assert read_input(seeds / "a.txt", seeds)[1].startswith("cannot be read (")
    assert read_input(seeds / "pipa.txt", seeds) == (None, "not a regular file (a pipe, socket or device)")
    assert input_problem(seeds / "sub", seeds) == "a folder, not a file"
    assert read_input(seeds / "tidak-ada.txt", seeds) == (None, "file not found")
