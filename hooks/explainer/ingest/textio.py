"""Read seed bytes as text: detect binary files, decode non-UTF-8 encodings, normalise whitespace."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

# Zero-width and other invisible format characters that only get in the way of matching.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
# Every Unicode space that is not a line break becomes a plain space.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f]")
_CONTROL_BYTES = bytes(list(range(9)) + list(range(14, 32)))
_TRAILING = re.compile(r"[ ]+$", re.MULTILINE)


@dataclass(frozen=True)
class Decoded:
    """Text of a seed file and how it was read."""

    text: str
    encoding: str
    problem: str | None = None  # set when the file cannot be used at all


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control bytes in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and control / len(head) > 0.05


def decode(data: bytes) -> Decoded:
    """Decode seed bytes: UTF-8 (with or without BOM) first, then Windows-1252, then Latin-1."""
    if looks_binary(data):
        return Decoded("", "binary", "binary file (not text)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp1252", "latin-1"):
        try:
            return Decoded(normalise(data.decode(encoding)), encoding)
        except UnicodeDecodeError:
            continue
    raise AssertionError("latin-1 decodes any byte string")  # pragma: no cover


def normalise(text: str) -> str:
    """NFC, LF line endings, plain spaces, no invisible or control characters, no trailing spaces."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    text = _CONTROL.sub("", text)
    return _TRAILING.sub("", text)
