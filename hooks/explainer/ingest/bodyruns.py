"""Where a body goes on: teaser blocks, lists and runs of headline-shaped lines told from the footer by what follows.

A `Baca juga:` header with a list of headlines under it ends nothing when body prose follows it; a list whose
items carry no full stop is body; a run of headline-shaped lines is a related list only when what follows it up to
the next footer mark is mostly more headlines, not prose.
"""

from __future__ import annotations

import functools
import re
from typing import NamedTuple

from . import boilerplate as bp

# "- item", "• item", "* item", "1) item", "a. item": a list item by its marker.
LIST_ITEM = re.compile(r"^(?:[-–—•·▪●◦*+»›]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+\S")
_MARKER = re.compile(r"^(?:[-–—•·▪●◦*+»›]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+")
TITLE_CASE_SHARE = 0.6  # of a headline's longer words, at least this share is capitalised


_BULLET = re.compile(r"^[-–—•·▪●◦*+»›]\s+\S")


def is_list_item(line: str) -> bool:
    """A line opening with a list marker ("- beras", "• selimut", "2) obat")."""
    return bool(LIST_ITEM.match(line))


def is_bullet_item(line: str) -> bool:
    """A line opening with a bullet ("- beras", "• selimut"); a number may open a subheading instead."""
    return bool(_BULLET.match(line))


def unmarked(line: str) -> str:
    """The line without its list marker."""
    return _MARKER.sub("", line, count=1)


def title_cased(text: str) -> bool:
    """Most of the longer words start with a capital: a headline's form ("Warga Bergotong Royong …")."""
    longer = [word for word in bp.words(text) if len(word) >= 4]
    return bool(longer) and sum(word[0].isupper() for word in longer) >= TITLE_CASE_SHARE * len(longer)


def is_headline_item(line: str) -> bool:
    """A headline standing alone or as a list item: headline-shaped and no prose (a title-cased question
    "X dan Y Bertemu, Bahas Apa?" is a headline); a marked item in sentence case ("- beras dan mi instan") is
    a list item, not a headline."""
    text = unmarked(line)
    if not bp.is_headline_like(text):
        return False
    if bp.is_prose(text) or text != line:
        return title_cased(text)
    return True


def is_footer_mark(line: str) -> bool:
    """A line after which the lines belong to a new part: tags, copyright, a comment box, a related header."""
    return starts_footer(line) or is_related_header(line)


def starts_footer(line: str) -> bool:
    """A line that opens the page's footer wherever it stands: tags, copyright, a comment box or its prompt."""
    return bool((bp.TAGS.match(line) and len(line.split()) <= 12) or bp.is_copyright(line)
                or (bp.WIDGET.match(line) and line.lower().startswith(("tinggalkan", "komentar")))
                or bp.is_comment_prompt(line))


def is_related_header(line: str) -> bool:
    """A bare 'Baca Juga' / 'Berita Terkait' header (its headlines under it, not beside it)."""
    return bool(bp.RELATED_HEADER.match(line) or (bp.TEASER.match(line) and not bp.is_teaser(line)))


def body_like(line: str) -> bool:
    """Running text that reads as the article's: prose, no headline, and no boilerplate of any kind."""
    return (bp.is_prose(line) and not bp.is_junk_line(line) and not bp.is_copyright(line)
            and not is_headline_item(line))


class Facts(NamedTuple):
    """What the cleaner asks of one line, judged once."""

    junk: bool  # boilerplate wherever it stands (boilerplate.py::is_junk_line)
    footer: bool  # opens the footer (starts_footer)
    related: bool  # a related header (is_related_header)
    prose: bool  # running text (boilerplate.py::is_prose)
    headline: bool  # a headline standing alone or as a list item (is_headline_item)
    body: bool  # prose that reads as the article's (body_like)


@functools.lru_cache(maxsize=8192)  # a page repeats its lines ("***", a menu), and callers ask again
def line_facts(line: str) -> Facts:
    """The Facts of one non-blank line."""
    junk, prose, headline = bp.is_junk_line(line), bp.is_prose(line), is_headline_item(line)
    return Facts(junk, starts_footer(line), is_related_header(line), prose, headline,
                 prose and not junk and not headline and not bp.is_copyright(line))


class Rest:
    """The lines of one article, each judged once (``facts``), and what the lines from a given line to the next
    footer mark hold: body-like prose lines, headline lines, and whether two prose lines stand together. Only the
    stretches asked about are read (a related header is usually near the end)."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self._facts: dict[int, Facts] = {}
        self._counts: dict[int, tuple[int, int, bool]] = {}

    def facts(self, index: int) -> Facts:
        """The Facts of the non-blank line at `index`."""
        found = self._facts.get(index)
        if found is None:
            found = self._facts[index] = line_facts(self.lines[index])
        return found

    def counts(self, start: int) -> tuple[int, int, bool]:
        """(prose lines, headline lines, two prose lines in a row) from `start` to the next footer mark."""
        if start not in self._counts:
            prose = headlines = 0
            paired = False
            previous = ""
            listing = False
            for index in range(start, len(self.lines)):
                kind, listing = self._kind(index, listing)
                if kind == "mark":
                    break
                if kind == "prose":
                    prose += 1
                    paired = paired or previous == "prose"
                elif kind == "headline":
                    headlines += 1
                previous = kind or previous
            self._counts[start] = (prose, headlines, paired)
        return self._counts[start]

    def reads_as_body(self, start: int) -> bool:
        """Whether the lines from `start` on are the article going on: prose, and either no headlines or two
        paragraphs in a row (a related list pairs each headline with a one-line blurb)."""
        prose, headlines, paired = self.counts(start)
        return prose > 0 and (headlines == 0 or paired)

    def run_end(self, index: int) -> int:
        """Index after the run of headline-shaped lines starting at `index` (blank and boilerplate lines inside
        it are part of the run)."""
        end = index
        for position in range(index, len(self.lines)):
            if not self.lines[position]:
                continue
            facts = self.facts(position)
            if facts.junk:
                continue
            if not facts.headline or facts.footer or facts.related:
                break
            end = position + 1
        return end

    def _kind(self, index: int, listing: bool) -> tuple[str, bool]:
        """The line's part in telling body from related lists, and whether a list goes on after it: "mark" (a
        footer mark), "prose", "headline" or "" (blank, boilerplate, a list's introduction ending with ':' and
        its items)."""
        line = self.lines[index]
        if not line:
            return "", listing
        facts = self.facts(index)
        if facts.junk:
            return "", listing
        if facts.footer or facts.related:
            return "mark", False
        if line.endswith(":") and not facts.prose:
            return "", True
        if listing and not facts.body:
            return "", True
        if facts.body:
            return "prose", line.endswith(":")
        return ("headline" if facts.headline else ""), False


def teaser_block_end(lines: list[str], index: int) -> int:
    """Index after a related header at `index` and the headlines it introduces: the block right under it (up to
    a blank line, or its first prose line: the links of a block of prose were removed), and further blocks of
    marked items ("- headline") after blank lines."""
    position = index + 1
    while position < len(lines) and not lines[position]:
        position += 1
    if position < len(lines) and "video" in lines[index].lower() and not is_footer_mark(lines[position]):
        position += 1  # a video teaser: its title or its one-line blurb, prose or not
    marked = position < len(lines) and is_list_item(lines[position])
    end = position
    while position < len(lines):
        line = lines[position]
        if not line:
            following = position
            while following < len(lines) and not lines[following]:
                following += 1
            if marked and following < len(lines) and is_list_item(lines[following]) \
                    and _teaser_item(lines[following]):
                position = following
                continue
            break
        if not _teaser_item(line):
            break
        position += 1
        end = position
    return end


def _teaser_item(line: str) -> bool:
    return bp.is_junk_line(line) or is_headline_item(line) or (is_list_item(line) and not body_like(line))
