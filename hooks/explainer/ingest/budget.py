"""An article's size budget, counted in characters (so every machine gives the same site): text over it is cut,
a paragraph over it is split at sentence ends, a metadata field over it is shortened; each with a note."""

from __future__ import annotations

import re
from dataclasses import replace

from ..model import Article, Block

MAX_TEXT_CHARS = 1_000_000  # an article's text: about 150,000 words, some 200 long news articles
MAX_PAGE_CHARS = 5_000_000  # a saved page's markup, scripts and styles included
MAX_BLOCK_CHARS = 10_000  # a paragraph: news paragraphs are a few hundred; per-paragraph steps stay cheap
MAX_FIELD_CHARS = 500  # a title, outlet, author or editor name
MAX_URL_CHARS = 2_000  # longer addresses are not kept (a shortened one would lead elsewhere)

# Where a sentence ends and the next begins (as extract/sentences.py reads it, simplified): the best place to
# split an overlong paragraph.
_SENTENCE_END = re.compile(r"[.!?…][\"”’')\]]*\s+(?=[\"“‘'(\[]*[A-Z0-9À-Ý])")
_SPACE = re.compile(r"\s+")


def cut_text(text: str, limit: int, what: str) -> tuple[str, str | None]:
    """`text` up to `limit` characters, cut at the last line break (else space) in the last tenth before it,
    and a note saying how much was left out; `what` names the text in the note ("text", "saved page")."""
    if len(text) <= limit:
        return text, None
    end = _break_before(text, limit, "\n")
    left = len(text) - end
    return text[:end], (f"{what} longer than {limit:,} characters: the last {left:,} characters are not read "
                        f"(size budget)")


def within_budget(article: Article) -> tuple[Article, list[str]]:
    """The article within the budget (text, paragraphs, fields) and a note for each change."""
    notes: list[str] = []
    blocks, cut = _cut_blocks(article.blocks)
    if cut:
        notes.append(f"text longer than {MAX_TEXT_CHARS:,} characters: the last {cut:,} characters are not read "
                     "(size budget)")
    blocks, split = _split_blocks(blocks)
    if split:
        longest, parts = split
        which = "a paragraph" if parts == 1 else f"{parts:,} paragraphs"
        notes.append(f"{which} longer than {MAX_BLOCK_CHARS:,} characters (the longest {longest:,}) split at "
                     "sentence ends (size budget)")
    changes: dict[str, object] = {}
    for name in ("title", "outlet"):
        value = getattr(article, name)
        if value and len(value) > MAX_FIELD_CHARS:
            changes[name] = shorten(value, MAX_FIELD_CHARS)
            notes.append(f"{name} longer than {MAX_FIELD_CHARS} characters: shortened (size budget)")
    for name in ("authors", "editors"):
        names = getattr(article, name)
        if any(len(value) > MAX_FIELD_CHARS for value in names):
            changes[name] = [shorten(value, MAX_FIELD_CHARS) for value in names]
            notes.append(f"a name in {name} longer than {MAX_FIELD_CHARS} characters: shortened (size budget)")
    if article.url and len(article.url) > MAX_URL_CHARS:
        changes["url"] = None
        notes.append(f"url longer than {MAX_URL_CHARS:,} characters: not kept (size budget)")
    if blocks is not article.blocks:
        changes["blocks"] = blocks
    return (replace(article, **changes) if changes else article), notes


def shorten(text: str, limit: int) -> str:
    """`text` cut to at most `limit` characters at a space where one is near, with "…"."""
    if len(text) <= limit:
        return text
    return text[:_break_before(text, limit - 1, " ")].rstrip() + "…"


def _break_before(text: str, limit: int, mark: str) -> int:
    """Where to cut `text` to at most `limit` characters: after the last `mark` (or space) in the last tenth."""
    floor = limit - limit // 10
    for candidate in (mark, " "):
        found = text.rfind(candidate, floor, limit)
        if found > 0:
            return found + 1
    return limit


def _cut_blocks(blocks: list[Block]) -> tuple[list[Block], int]:
    """The blocks holding the first MAX_TEXT_CHARS characters of text, and how many characters were left out."""
    total = sum(len(block.text) for block in blocks)
    if total <= MAX_TEXT_CHARS:
        return blocks, 0
    kept, room = [], MAX_TEXT_CHARS
    for block in blocks:
        if len(block.text) > room:
            cut = block.text[:_break_before(block.text, room, " ")].rstrip()
            kept += [Block(block.kind, cut)] if cut else []
            break
        kept.append(block)
        room -= len(block.text)
    return kept, total - sum(len(block.text) for block in kept)


def _split_blocks(blocks: list[Block]) -> tuple[list[Block], tuple[int, int] | None]:
    """Blocks over MAX_BLOCK_CHARS split into pieces of at most that size; (longest, how many) when any was."""
    if all(len(block.text) <= MAX_BLOCK_CHARS for block in blocks):
        return blocks, None
    out: list[Block] = []
    longest = parts = 0
    for block in blocks:
        if len(block.text) <= MAX_BLOCK_CHARS:
            out.append(block)
            continue
        longest, parts = max(longest, len(block.text)), parts + 1
        out.extend(Block(block.kind, piece) for piece in _pieces(block.text))
    return out, (longest, parts)


def _pieces(text: str) -> list[str]:
    """`text` in pieces of at most MAX_BLOCK_CHARS characters, each ending at a sentence end where one lies in
    its second half, else at a space, else anywhere; one pass over the text."""
    pieces, start = [], 0
    while len(text) - start > MAX_BLOCK_CHARS:
        limit = start + MAX_BLOCK_CHARS
        end = None
        for match in _SENTENCE_END.finditer(text, start + MAX_BLOCK_CHARS // 2, limit):
            end = match.end()
        if end is None:
            space = _SPACE.search(text[start + MAX_BLOCK_CHARS // 2:limit][::-1])
            end = limit - space.start() if space else limit
        pieces.append(text[start:end].strip())
        start = end
    pieces.append(text[start:].strip())
    return [piece for piece in pieces if piece]
