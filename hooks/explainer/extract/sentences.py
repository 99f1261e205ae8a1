"""Sentence segmentation for Indonesian news prose, and the stable anchors of paragraphs and sentences."""

from __future__ import annotations

import re

# Abbreviations that end with a period without ending the sentence (lower-cased, without the period).
ABBREVIATIONS = frozenset("""
    a.n dll dsb dst tsb yth no nomor jl jln kab kec kel prov gg rt rw hlm tel telp
    dr drs dra ir prof h hj kh st sdr sdri bpk ny nn tn mr mrs ms jr sr gen jend brigjen
    kol letjen mayjen kompol ipda iptu akp akbp irjen kapt lt sgt capt col
    u.s vs etc inc ltd co corp dept est approx fig ca
    rp us$ sen sel rab kam jum sab min jan feb mar apr jun jul agu agt ags sep sept okt nov des
""".split())

MAX_SENTENCE_CHARS = 1_000  # a longer run without a sentence end is split at spaces: per-sentence steps stay cheap

# A candidate boundary: terminal punctuation, optional closing quotes/brackets, then whitespace.
_BOUNDARY = re.compile(r"[.!?…]+[\"”’')\]]*(?=\s+)")
_NEXT_START = re.compile(r"\s+[\"“‘'(\[]*[A-Z0-9À-Ý]")
_WORD_BEFORE = re.compile(r"([\w.$]+)$")


def sentence_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the sentences of `text`; together they cover every non-space character."""
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if not _NEXT_START.match(text, end):
            continue
        # Only the word before the period matters; abbreviations are short, so 20 characters suffice.
        if match.group().startswith(".") and _is_abbreviation(text[max(start, match.start() - 20):match.start()]):
            continue
        spans.append(_trimmed(text, start, end))
        start = end
    if text[start:].strip():
        spans.append(_trimmed(text, start, len(text)))
    return [piece for span in spans if span[1] > span[0] for piece in _bounded(text, span)]


def _bounded(text: str, span: tuple[int, int]) -> list[tuple[int, int]]:
    """A span longer than MAX_SENTENCE_CHARS in pieces of at most that length, cut after the last space in each
    piece's second half (else anywhere), so no sentence makes the steps that read a whole sentence per date,
    name or quote slow."""
    start, end = span
    if end - start <= MAX_SENTENCE_CHARS:
        return [span]
    pieces = []
    while end - start > MAX_SENTENCE_CHARS:
        limit = start + MAX_SENTENCE_CHARS
        cut = text.rfind(" ", start + MAX_SENTENCE_CHARS // 2, limit)
        cut = cut + 1 if cut > 0 else limit
        pieces.append(_trimmed(text, start, cut))
        start = cut
    pieces.append(_trimmed(text, start, end))
    return [piece for piece in pieces if piece[1] > piece[0]]


def split_sentences(text: str) -> list[str]:
    """The sentences of `text`, stripped."""
    return [text[a:b] for a, b in sentence_spans(text)]


def _is_abbreviation(before: str) -> bool:
    found = _WORD_BEFORE.search(before)
    if not found:
        return False
    word = found.group(1)
    if len(word) == 1 and word.isalpha():  # an initial: "John F. Kirby"
        return True
    return word.lower().rstrip(".") in ABBREVIATIONS


def _trimmed(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def paragraph_anchor(block_index: int) -> str:
    """Anchor id of body block `block_index` (0-based) on its article page."""
    return f"p{block_index + 1}"


def sentence_anchor(block_index: int, sentence_index: int) -> str:
    """Anchor id of a sentence (both indexes 0-based) on its article page."""
    return f"p{block_index + 1}-k{sentence_index + 1}"
