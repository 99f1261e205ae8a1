"""Reading seed files: UTF-16 with a BOM, UTF-8 with only its bad bytes replaced, real cp1252/latin-1 kept,
controls YAML refuses removed, and the one guard every user-file read goes through."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

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


def test_a_web_page_is_read_in_the_encoding_it_declares() -> None:
    page = '<html><head><meta charset="koi8-r"><title>Москва</title></head><body><p>Кремль сообщил.</p></body></html>'
    data = page.encode("koi8-r")
    decoded = decode(data, html=True)
    assert (decoded.text, decoded.encoding) == (page, "koi8-r")
    assert decode(data).encoding == "cp1252"  # the same bytes as a text file: no declaration is looked for
    old_style = ('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-2">'
                 '<p>Łódź i Gdańsk</p>')
    assert decode(old_style.encode("iso-8859-2"), html=True).text == old_style
    unknown = '<meta charset="x-no-such-codec"><p>café</p>'
    assert decode(unknown.encode("cp1252"), html=True).encoding == "cp1252"


@pytest.mark.parametrize("charset", ["base64", "rot13", "zlib", "hex", "bz2", "uu", "quopri", "undefined", "idna",
                                     "punycode", "unicode_escape", "raw_unicode_escape", "cp037", "mbcs"])
def test_a_declared_charset_that_is_no_character_set_falls_back(charset: str) -> None:
    """Names Python knows that turn bytes into bytes, text into text, escapes or EBCDIC (which reads the page's
    own ASCII markup as something else): read like any undecodable page, never an error."""
    page = f'<html><head><meta charset="{charset}"></head><body><p>Warga café dan “kota”.</p></body></html>'
    decoded = decode(page.encode("cp1252"), html=True)
    assert (decoded.text, decoded.encoding, decoded.problem) == (page, "cp1252", None)


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


def test_normalise_cleans_each_kind_of_character_and_trailing_spaces() -> None:
    from explainer.ingest.textio import normalise

    raw = "Cafe\u0301\u00a0dan\u200b teh \r\nbaris\u2028dua\t\x07 \rtiga\x85empat\ufeff  "
    assert normalise(raw) == "Café dan teh\nbaris\ndua\ntiga\nempat"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab \n\r\t\u00a0\u200b\u2028\x85\x07\x9f\ufeffe\u0301")), max_size=40))
def test_normalise_equals_its_plain_definition(text: str) -> None:
    import re
    import unicodedata

    from explainer.ingest.textio import normalise

    expected = unicodedata.normalize("NFC", text)
    for separator in ("\r\n", "\r", "\u2028", "\x85", "\u2029"):
        expected = expected.replace(separator, "\n")
    expected = re.sub("[\u200b\ufeff\x07\x9f]", "", expected)
    expected = re.sub("[\u00a0\t]", " ", expected)
    assert normalise(text) == re.sub(r"[ ]+$", "", expected, flags=re.MULTILINE)
