"""Plain data types passed between the pipeline stages."""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

ENTITY_TYPES = ("person", "organization", "place", "event", "other")  # glossary entry types


@dataclass(frozen=True)
class Block:
    """One body block of an article: a paragraph ("p") or a subheading ("h")."""

    kind: str
    text: str


@dataclass
class Article:
    """A cleaned article: metadata plus body blocks, in reading order."""

    id: str
    source_file: str
    title: str
    outlet: str | None
    url: str | None
    published: str | None  # "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM" when the text states it
    authors: list[str]
    editors: list[str]
    blocks: list[Block]
    page: str = ""  # site-relative URL of the article page, e.g. "artikel/judul-berita/"
    src_path: str = ""  # path of the generated Markdown file, e.g. "artikel/judul-berita.md"
    published_inferred: str | None = None  # "YYYY-MM-DD" guessed when `published` is None
    warnings: list[str] = field(default_factory=list)

    @property
    def paragraphs(self) -> list[str]:
        """Body texts in order, headings included as their text."""
        return [block.text for block in self.blocks]

    @functools.cached_property
    def word_count(self) -> int:
        """Words of the body (counted once: several pages and exports show it)."""
        return sum(len(block.text.split()) for block in self.blocks)

    @property
    def reference_date(self) -> str | None:
        """The day relative dates are anchored to: stated date first, inferred date second."""
        if self.published:
            return self.published[:10]
        return self.published_inferred


@dataclass(frozen=True)
class Rejected:
    """A seed file that produced no article: a reason code (empty, binary, no_body, duplicate,
    unsupported, unreadable, failed) and a detail for the log."""

    source_file: str
    code: str
    detail: str
