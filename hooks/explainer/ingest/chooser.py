"""Choose between two readings of a page (the project's own and trafilatura's) by a named quality signal."""

from __future__ import annotations

from dataclasses import dataclass, field

from . import boilerplate as bp
from .outlet import split_dateline
from ..model import Article

# The own reading wins only when it carries clearly more prose: trafilatura measured better on most pages.
OWN_MARGIN = 1.25
LEAD_PARAGRAPHS = 3  # at most this many prose paragraphs are taken back from the other reading above the body


@dataclass
class Reading:
    """One candidate reading: its text (blocks split by blank lines), its subheadings and where it came from."""

    name: str
    text: str
    headings: list[str] = field(default_factory=list)


def prose_mass(article: Article) -> int:
    """The quality signal: characters of the cleaned body's paragraphs that read as running text.

    A related-articles list, a menu or a caption row is short headline-shaped lines, so it weighs little; a
    reading that lost body paragraphs weighs less than one that kept them."""
    return sum(len(block.text) for block in article.blocks if block.kind == "p" and bp.is_prose(block.text))


def choose(cleaned: list[tuple[Reading, Article]]) -> tuple[Reading, Article]:
    """The reading with the most prose; the first (preferred) one unless another has OWN_MARGIN times more."""
    best, best_article = cleaned[0]
    best_mass = prose_mass(best_article)
    for reading, article in cleaned[1:]:
        mass = prose_mass(article)
        if mass > best_mass * OWN_MARGIN or (best_mass == 0 and article.blocks and not best_article.blocks):
            best, best_article, best_mass = reading, article, mass
    return best, best_article


def recover_lead(chosen: Article, other: Article) -> list[str]:
    """The prose paragraphs that `other` has right above `chosen`'s first paragraph, to be put back.

    An extractor sometimes skips the lead paragraph when it sits in its own box (with the dateline in bold);
    the other reading, which found the same first paragraph later, shows what stood above it."""
    if not chosen.blocks or not other.blocks:
        return []
    first = chosen.blocks[0].text
    position = next((index for index, block in enumerate(other.blocks) if block.text == first), None)
    if not position:
        return []
    lead = []
    for block in reversed(other.blocks[max(0, position - LEAD_PARAGRAPHS):position]):
        if block.kind != "p" or not bp.is_prose(block.text) or block.text in chosen.paragraphs:
            break
        lead.insert(0, block.text)
    return lead


def other_may_count(preferred: Article, other_text: str) -> bool:
    """Whether the other reading, still uncleaned, could change the outcome: outweigh `preferred` (the cleaned
    first reading), or give back a lead paragraph above its first one. When it cannot, it is not cleaned.

    Cleaning keeps every block within one line of its reading (a dateline or sign-off cut off at most), so the
    reading's line lengths bound its prose mass, and a lead can come only from a prose line above the last line
    that holds `preferred`'s first paragraph."""
    if not preferred.blocks:
        return True
    lines = [line.strip() for line in other_text.split("\n") if line.strip()]
    if sum(map(len, lines)) > prose_mass(preferred) * OWN_MARGIN:
        return True
    first = preferred.blocks[0].text
    holding = [index for index, line in enumerate(lines) if first in line]
    if not holding:
        return False
    kept = set(preferred.paragraphs)
    for line in lines[:holding[-1]]:
        split = split_dateline(line)
        if any(bp.is_prose(text) and text not in kept for text in (line, split[1] if split else "")):
            return True
    return False
