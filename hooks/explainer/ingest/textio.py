"""Read user files safely and seed bytes as text: detect binary files, decode other encodings, normalise."""

from __future__ import annotations

import codecs
import os
import re
import stat
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from bs4.dammit import EncodingDetector

# Zero-width and other invisible format characters that only get in the way of matching.
_INVISIBLE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e]")
# Every Unicode space that is not a line break becomes a plain space.
_SPACES = re.compile("[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# C0 and C1 controls (NEL, U+0085, is a line break) and noncharacters: never text, and YAML refuses them.
_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufdd0-\ufdef\ufffe\uffff]")
_CONTROL_BYTES = bytes(list(range(9)) + list(range(14, 32)))
_DELETED = re.compile(f"{_INVISIBLE.pattern[:-1]}{_CONTROL.pattern[1:]}")  # both classes, one pass
_LINE_SEPARATORS = ("\u2028", "\x85", "\u2029")  # read as line breaks, like CR


# Characters a log line or a page must not carry raw: C0 and C1 controls (a newline forges a log line, an escape
# sequence hides the rest of a terminal line), and invisible format characters (bidirectional overrides make a
# name read as another, zero-width ones hide in it).
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u2069"
                          "\ufeff\ufff9-\ufffb]")
_NAMED_ESCAPES = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def escape_unprintable(text: str) -> str:
    """`text` with each control or invisible format character written as an escape (`\\n`, `\\x1b`,
    `\\u202e`), so a log line or a page shows exactly what is there and nothing it could do."""
    if not _UNPRINTABLE.search(text):
        return text
    return _UNPRINTABLE.sub(lambda m: _NAMED_ESCAPES.get(m.group()) or (
        f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100 else f"\\u{ord(m.group()):04x}"), text)


@dataclass(frozen=True)
class Decoded:
    """Text of a seed file and how it was read."""

    text: str
    encoding: str
    problem: str | None = None  # set when the file cannot be used at all
    warning: str | None = None  # set when the file was read with losses (bytes replaced)


def looks_binary(data: bytes) -> bool:
    """True for data that is not text: NUL bytes or many control bytes in the first 8 KB."""
    head = data[:8192]
    if b"\x00" in head:
        return True
    control = len(head) - len(head.translate(None, _CONTROL_BYTES))
    return bool(head) and control / len(head) > 0.05


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
         (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be"))
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


_ASCII_PROBE = bytes(range(0x20, 0x7f))  # the page's markup is ASCII: a charset must read these bytes as themselves
_NOT_CHARSETS = frozenset({"undefined", "unicode-escape", "raw-unicode-escape", "idna", "punycode", "mbcs", "oem"})


def declared_encoding(data: bytes) -> str | None:
    """The encoding a web page declares in its head (`<meta charset>`, `http-equiv`, an XML declaration), by
    Beautiful Soup's detector, when it is a character set Python knows that reads ASCII as ASCII and is not a
    UTF form (which failed already); None for anything else (`base64`, `rot13`, `zlib`, EBCDIC, unknown
    names), which is then read like any other undecodable file."""
    name = EncodingDetector.find_declared_encoding(data, is_html=True)
    try:
        codec = codecs.lookup(name) if name else None
        if codec is None or not getattr(codec, "_is_text_encoding", True) or codec.name.startswith("utf") \
                or codec.name in _NOT_CHARSETS or _ASCII_PROBE.decode(codec.name) != _ASCII_PROBE.decode("ascii"):
            return None
    except (LookupError, UnicodeError, ValueError):
        return None
    return codec.name


def decode(data: bytes, html: bool = False) -> Decoded:
    """Decode seed bytes: UTF-16/32 with a byte-order mark; UTF-8 (with or without BOM), where a few invalid
    bytes are replaced (and reported) rather than the whole file re-read; a web page (`html`) that is not UTF-8
    in the encoding it declares (`<meta charset>`); else Windows-1252, else Latin-1."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                return Decoded(normalise(data[len(bom):].decode(encoding)), encoding[:6])
            except UnicodeDecodeError:
                text = data[len(bom):].decode(encoding, errors="replace")
                return Decoded(normalise(text), encoding[:6], warning=f"invalid {encoding[:6]} bytes replaced with \ufffd")
    if looks_binary(data):
        return Decoded("", "binary", "binary file (not text)")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    try:
        return Decoded(normalise(data.decode("utf-8")), "utf-8")
    except UnicodeDecodeError as error:
        first = error.start
    text = data.decode("utf-8", errors="replace")
    bad = text.count("\ufffd") - data.count("\ufffd".encode("utf-8"))
    if len(_UTF8_MULTIBYTE.findall(data)) >= bad:  # real UTF-8 with a few broken bytes
        line = data.count(b"\n", 0, first) + 1
        return Decoded(normalise(text), "utf-8", warning=f"{bad} invalid UTF-8 byte{'s' if bad > 1 else ''} "
                                                        f"replaced with \ufffd (first on line {line})")
    declared = declared_encoding(data) if html else None
    for encoding in ((declared,) if declared else ()) + ("cp1252", "latin-1"):
        try:
            return Decoded(normalise(data.decode(encoding)), encoding)
        except (UnicodeError, LookupError):
            continue
    raise AssertionError("latin-1 decodes any byte string")  # pragma: no cover


def normalise(text: str) -> str:
    """NFC, LF line endings, plain spaces, no invisible or control characters, no trailing spaces.

    Written for speed (a 60 KB saved page is read through it): each step only when its characters occur, the
    two deletions in one pass, trailing spaces stripped per line only when a line ends in one."""
    text = unicodedata.normalize("NFC", text)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    for separator in _LINE_SEPARATORS:
        if separator in text:
            text = text.replace(separator, "\n")
    text = _SPACES.sub(" ", _DELETED.sub("", text))
    if " \n" in text:
        text = "\n".join(line.rstrip(" ") for line in text.split("\n"))
    return text.rstrip(" ")


def input_problem(path: Path, root: Path) -> str | None:
    """What keeps `path` (an entry of folder `root`) from being read as an input file, or None. A symlink may
    point only inside `root`; only regular files are read (a FIFO would block the build)."""
    try:
        if stat.S_ISREG(os.lstat(path).st_mode):
            return None  # a regular file, not a link (the common case, without resolving paths)
    except OSError:
        pass  # said below
    try:
        target = path.resolve(strict=True)
        inside = root.resolve(strict=True)
        kind = os.stat(target).st_mode
    except FileNotFoundError:
        return "broken link (its target does not exist)" if path.is_symlink() else "file not found"
    except (RuntimeError, OSError) as error:  # a symlink loop, a permission problem
        return f"cannot be read ({_reason(error)})"
    if path.is_symlink() and not target.is_relative_to(inside):
        return "link to a file outside the seeds folder; refused"
    if stat.S_ISDIR(kind):
        return "a folder, not a file"
    if not stat.S_ISREG(kind):
        return "not a regular file (a pipe, socket or device)"
    return None


def read_input(path: Path, root: Path) -> tuple[bytes | None, str | None]:
    """The bytes of one input file in folder `root`, or None and what is wrong with it: the one guard every
    read of a user file goes through (checks of `input_problem`, then any OS error reported, never raised)."""
    problem = input_problem(path, root)
    if problem:
        return None, problem
    try:
        return path.resolve(strict=True).read_bytes(), None
    except (RuntimeError, OSError) as error:
        return None, f"cannot be read ({_reason(error)})"


def _reason(error: BaseException) -> str:
    if isinstance(error, OSError) and error.strerror:
        return error.strerror
    return str(error) or type(error).__name__
