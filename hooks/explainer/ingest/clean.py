"""Clean one raw article scrape into an Article: title, outlet, date, credits and body blocks in order."""

from __future__ import annotations

import re
from itertools import islice
from dataclasses import dataclass, field

from ..model import Article, Block
from ..slug import slugify
from . import boilerplate as bp
from .bodyruns import Rest, is_bullet_item, is_headline_item, teaser_block_end
from .credits import is_credit_line, label_only, parse_byline, parse_credit_line
from .headline import find_title, first_sentence, fold as _fold, is_furniture as _is_furniture
from .outlet import choose_outlet, dateline_outlet, is_place, masthead_outlet, readable, self_names, split_dateline
from .pubdate import is_labelled_published, parse_date_line

DECK_PROSE_LINES = 2
DATELINE_SEARCH_LINES = 4  # a dateline naming the outlet under a deck and captions still opens the body
TRUSTED_DATELINE_LINES = 6  # in an extracted area, captions or a deck may stand above the dateline paragraph


@dataclass
class Hints:
    """Metadata known before cleaning (from an HTML page's meta tags)."""

    title: str | None = None
    published: str | None = None
    authors: list[str] = field(default_factory=list)
    outlet: str | None = None
    url: str | None = None
    headings: frozenset[str] = frozenset()
    reading: str = ""  # which reading of an HTML page was kept ("trafilatura", "own")
    notes: list[str] = field(default_factory=list)  # problems met while reading the page, logged as warnings
    fallback_outlet: str | None = None  # the page's host name: the outlet only when the text names none


@dataclass
class _Credits:
    authors: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    published: list[tuple[int, str]] = field(default_factory=list)  # (priority, value)

    def add_names(self, authors: list[str], editors: list[str]) -> None:
        self.authors.extend(name for name in authors if name not in self.authors)
        self.editors.extend(name for name in editors if name not in self.editors)


def clean_text(text: str, source_file: str, hints: Hints | None = None) -> Article:
    """Clean normalised seed text into an Article (id is the title's slug; blocks may be empty)."""
    hints = hints or Hints()
    lines = [line.strip() for line in text.split("\n")]
    title_index = find_title(lines, hints.title)
    title = hints.title or (lines[title_index] if title_index is not None else "")
    trusted = bool(hints.reading)  # an extractor's content area: its lines are the article's unless shown not
    start = _find_body_start(lines, title_index, title, trusted)
    credits = _Credits()
    _read_metadata(_without_header_dates(lines[:start], title_index), credits)
    warnings = list(hints.notes)
    blocks, dateline, dropped = _read_body(lines, start, title, credits, hints.headings, trusted, warnings)

    outside = lines[:start] + dropped
    outlet = hints.outlet or choose_outlet(dateline_outlet(dateline) if dateline else None,
                                           self_names(outside), outside) or hints.fallback_outlet \
        or _weak_outlet(lines, title_index, blocks)
    published = hints.published or _best_published(credits.published)
    authors = credits.authors or hints.authors  # a byline on the page beats the page's meta author
    if not blocks:
        blocks = _all_prose(lines, title)
        if blocks:
            warnings.append(f"article body not recognised; kept its {len(blocks)} prose lines")
    if not title and blocks:
        title = first_sentence(blocks[0].text)
        warnings.append("no title found; the first sentence stands in for it")
    return Article(
        id=slugify(title) or slugify(source_file.rsplit(".", 1)[0]),
        source_file=source_file,
        title=title,
        outlet=outlet,
        url=hints.url,
        published=published,
        authors=authors,
        editors=[name for name in credits.editors if name not in authors],
        blocks=blocks,
        warnings=warnings,
    )


# "… menuju Istana.[kabarsatu]": the source's tag, written as a brand (lower case first, or a domain); "[Roni]" is
# a reporter's name
_SOURCE_TAG = re.compile(r"\[(?P<name>[a-z][a-z0-9]*(?:[A-Z][A-Za-z0-9]*)?|[A-Za-z][\w-]*\.[a-z]{2,6})\]$")


def _weak_outlet(lines: list[str], title_index: int | None, blocks: list[Block]) -> str | None:
    """An outlet named only where a name is less sure: the masthead above the menu, else a source tag closing
    the last paragraph."""
    masthead = masthead_outlet(lines, title_index)
    if masthead:
        return readable(masthead) if masthead.isupper() and " " in masthead else masthead
    tag = _SOURCE_TAG.search(blocks[-1].text) if blocks else None
    return tag.group("name") if tag else None


def _all_prose(lines: list[str], title: str) -> list[Block]:
    """Every prose line that is not boilerplate: the body of a page whose layout the cleaner did not read."""
    return [Block("p", line) for line in lines if line and bp.is_prose(line) and not bp.is_junk_line(line)
            and _fold(line) != _fold(title) and not _is_meta_line(line)]


def _find_body_start(lines: list[str], title_index: int | None, title: str, trusted: bool = False) -> int:
    """Index of the first body line: a dateline paragraph near the top, else the first prose line.

    In a `trusted` content area (an extractor's reading of a page) the body starts at its first line that is
    not furniture or metadata, unless a dateline paragraph comes a few lines later."""
    first = 0 if title_index is None else title_index + 1
    if trusted:
        return _trusted_body_start(lines, first, title)
    prose_seen: list[int] = []
    for index in range(first, len(lines)):
        line = lines[index]
        if not line or _fold(line) == _fold(title) or _is_furniture(line) or _is_meta_line(line):
            continue
        if bp.RELATED_HEADER.match(line) or bp.TAGS.match(line):
            break
        if not bp.is_prose(line):
            continue
        split = split_dateline(line)
        if split and (len(prose_seen) < DECK_PROSE_LINES or _names_outlet(split[0])):
            return index
        prose_seen.append(index)
        if len(prose_seen) >= DATELINE_SEARCH_LINES:
            break
    return prose_seen[0] if prose_seen else len(lines)


def _names_outlet(prefix: str) -> bool:
    """A dateline that names an outlet ("Jakarta, CNN Indonesia --"): below a deck or captions it still opens
    the body."""
    outlet = dateline_outlet(prefix)
    return bool(outlet) and not is_place(outlet)


def _trusted_body_start(lines: list[str], first: int, title: str) -> int:
    """The first candidate line that opens with a dateline among the first few, else the first candidate (only
    those few are judged: the furniture and metadata tests are the cleaner's dearest)."""
    candidates = (index for index in range(first, len(lines)) if lines[index]
                  and _fold(lines[index]) != _fold(title) and not _is_furniture(lines[index])
                  and not _is_meta_line(lines[index]) and not bp.is_section_word(lines[index]))
    head = list(islice(candidates, max(1, TRUSTED_DATELINE_LINES)))
    for index in head[:TRUSTED_DATELINE_LINES]:
        if bp.is_prose(lines[index]) and split_dateline(lines[index]):
            return index
    return head[0] if head else len(lines)


META_LINE_CHARS = 120  # a credit, date or byline line is never longer


def _is_meta_line(line: str) -> bool:
    return len(line) <= META_LINE_CHARS and (
        is_credit_line(line) or label_only(line) is not None or parse_date_line(line)[0] is not None
        or parse_byline(line)[1] is not None)


HEADER_DATE_GAP = 1  # a date line above the headline with more lines than this between is the site's clock


def _without_header_dates(lines: list[str], title_index: int | None) -> list[str]:
    """The header lines, less date lines standing above the headline with page furniture between them and it
    (the site's "today" in its header, not the article's date)."""
    if title_index is None:
        return lines
    kept = []
    for index, line in enumerate(lines):
        if index < title_index and parse_date_line(line)[0] is not None and \
                sum(1 for text in lines[index + 1:title_index] if text) > HEADER_DATE_GAP:
            continue
        kept.append(line)
    return kept


def _names_under_label(kind: str, line: str) -> tuple[list[str], list[str]]:
    """(authors, editors) named on the line under a bare 'Penulis' / 'Editor' label of `kind`."""
    return parse_credit_line(f"{'Editor' if kind == 'editor' else 'Penulis'}: {line}")


def _read_metadata(lines: list[str], credits: _Credits) -> None:
    """Collect credits and date lines from lines outside the body (header or tail)."""
    pending: str | None = None
    for line in lines:
        if not line:
            continue
        if pending:
            names = _names_under_label(pending, line)
            credits.add_names(*names)
            pending = None
            if names[0] or names[1]:
                continue
        kind = label_only(line)
        if kind:
            pending = kind
            continue
        names, value = parse_byline(line)
        if value:  # a writer and a date on one line
            credits.add_names(names, [])
            credits.published.append((1, value))
            continue
        if is_credit_line(line):
            credits.add_names(*parse_credit_line(line))
            continue
        value, date_kind = parse_date_line(line)
        if value:
            priority = 0 if is_labelled_published(line) else (2 if date_kind == "updated" else 1)
            credits.published.append((priority, value))


def _best_published(found: list[tuple[int, str]]) -> str | None:
    """The first publication stamp: labelled first, then plain; an update stamp only says 'later'."""
    usable = [(priority, order, value) for order, (priority, value) in enumerate(found) if priority < 2]
    return min(usable)[2] if usable else None


def _read_body(lines: list[str], start: int, title: str, credits: _Credits, headings: frozenset[str],
               trusted: bool = False, warnings: list[str] | None = None) -> tuple[list[Block], str | None, list[str]]:
    """Body blocks from `start` on, the dateline removed from the first paragraph, and the lines dropped.

    A teaser block (a related header and the headlines under it) is dropped, and ends the body only when what
    follows it is no body prose; list items are kept; a run of headline-shaped lines is kept when body prose
    follows it (bodyruns.py). A footer mark (tags, copyright) with body-like prose after it ends the body with
    a warning in `warnings` naming the line."""
    blocks: list[Block] = []
    dropped: list[str] = []
    dateline: str | None = None
    index = start
    pending_label: str | None = None
    rest = Rest(lines)
    run: tuple[int, bool, bool] = (-1, False, False)  # (end, kept, a lone subheading) of the headline run
    listing = False  # the last block kept is an item of a list
    while index < len(lines):
        line = lines[index]
        if not line:
            index += 1
            continue
        if pending_label:
            names = _names_under_label(pending_label, line)
            pending_label = None
            if names[0] or names[1]:
                credits.add_names(*names)
                index += 1
                continue
        facts = rest.facts(index)
        if _starts_tail(lines, index, rest):
            tail = lines[index:]
            _read_metadata(tail, credits)
            if warnings is not None:
                warnings.extend(_cut_warning(lines, index, rest))
            return _finish(blocks), dateline, dropped + tail
        if facts.related:  # the body goes on after its block
            end = teaser_block_end(lines, index)
            dropped.extend(lines[index:end])
            index = end
            continue
        kind = label_only(line)
        if kind:
            pending_label = kind
            index += 1
            continue
        if _is_meta_line(line):
            _read_metadata([line], credits)
            index += 1
            continue
        written = _is_written_markup(line) or _is_quote(line) or _above_underline(lines, index)
        prose, headline = facts.prose, facts.headline
        # a list item or its introduction: only lines that are no prose or carry a bullet can be one, and only
        # where it matters (a hand-written line or an extractor's is kept anyway)
        listed = not (written or trusted) and (not prose or is_bullet_item(line)) and \
            _in_list(lines, index, blocks, listing)
        if (facts.junk or (bp.is_section_word(line) and not (written or trusted or listed))
                or bp.is_caption(line)
                or _fold(line) == _fold(title)):
            dropped.append(line)
            index += 1
            continue
        if not blocks and dateline is None:
            split = split_dateline(line)
            if split:
                dateline, line = split
                prose, headline = bp.is_prose(line), is_headline_item(line)
        listing = listed
        if line in headings or (bp.is_numbered_heading(line) and not listed):
            blocks.append(Block("h", line))
        elif listed or written or prose or not headline:
            blocks.append(Block("p", line))
        elif trusted:  # an extractor's content area: a short headline-shaped line is a subheading
            blocks.append(Block("h" if len(line.split()) <= 14 and blocks else "p", line))
        else:
            if index >= run[0]:
                run = _headline_run(lines, index, rest, blocks)
            if not run[1]:
                dropped.append(line)  # a stray headline (a related link without its label) before the footer
            elif run[2] and len(line.split()) <= 14 and blocks:
                blocks.append(Block("h", line))  # an unnumbered subheading followed by prose
            else:
                blocks.append(Block("p", line))
        index += 1
    return _finish(blocks), dateline, dropped


def _cut_warning(lines: list[str], index: int, rest: Rest) -> list[str]:
    """A warning when the footer mark at `index` (tags, copyright) has text after it that reads as the article's:
    those lines are left out, and the reader should know where."""
    line = lines[index]
    if not rest.facts(index).footer or bp.is_comment_prompt(line) or bp.WIDGET.match(line) \
            or not rest.reads_as_body(index + 1):
        return []
    lost = next((k for k in range(index + 1, len(lines)) if lines[k] and rest.facts(k).body
                 and not _is_meta_line(lines[k])), None)
    if lost is None:
        return []
    text = lines[lost] if len(lines[lost]) <= 60 else lines[lost][:60] + "…"
    return [f"line {lost + 1}: text that reads as the article's follows the footer line {index + 1} "
            f"(\"{line[:40]}\") and was left out: \"{text}\""]


def _in_list(lines: list[str], index: int, blocks: list[Block], listing: bool) -> bool:
    """A list or its introduction: a line with a list marker in sentence case; a line ending with ':' above a
    line that is not prose; any line that is not prose under a paragraph that introduces a list or under an
    item of the list (`listing`)."""
    line = lines[index]
    if is_bullet_item(line) and not is_headline_item(line):
        return True
    if bp.is_prose(line):
        return False
    if line.endswith(":"):
        following = next((text for text in lines[index + 1:index + 4] if text), None)
        if following is not None and not bp.is_prose(following) and not bp.is_junk_line(following):
            return True
    return bool(blocks) and blocks[-1].kind == "p" and (listing or blocks[-1].text.endswith(":"))


def _headline_run(lines: list[str], index: int, rest: Rest, blocks: list[Block]) -> tuple[int, bool, bool]:
    """(end, kept, lone) for the run of headline-shaped lines at `index`: kept when body prose comes right after
    it and, for a run of several, the text after it reads as body; or when it introduces a list."""
    end = rest.run_end(index)
    members = [lines[k] for k in range(index, end) if lines[k] and not rest.facts(k).junk]
    lone = len(members) == 1
    after = next((k for k in range(end, len(lines)) if lines[k] and not rest.facts(k).junk), None)
    goes_on = after is not None and rest.facts(after).body and not rest.facts(after).footer \
        and not rest.facts(after).related and (lone or rest.reads_as_body(end))
    introduces = any(line.rstrip().endswith(":") for line in members) or \
        bool(blocks and blocks[-1].text.rstrip().endswith(":"))
    return end, goes_on or introduces, lone


_SEPARATOR = re.compile(r"^(?:[=\-*_#~+]\s*){3,}$")  # "***", "===", "- - -": a rule or setext underline
_MARKDOWN_HEADING = re.compile(r"^#{1,6}\s")
_QUOTE = re.compile(r"^[\"“‘'«].*[,.!?…]\s*[\"”’'»]")  # opens with a quote mark and closes a quoted sentence


def _is_written_markup(line: str) -> bool:
    """A line the writer formatted by hand ("# Heading", "***"): body text, kept as written. (A hashtag line,
    "#Putin #Kim", is not: the body's usual rules judge it.)"""
    return bool(_MARKDOWN_HEADING.match(line) or _SEPARATOR.match(line))


def _is_quote(line: str) -> bool:
    """Quoted speech ('"Kami siap," kata Putin'): prose even without a final period."""
    return bool(_QUOTE.match(line))


def _above_underline(lines: list[str], index: int) -> bool:
    """True for a line right above a "===" or "---" line (a setext heading, or text above a rule)."""
    following = next((lines[k] for k in range(index + 1, len(lines)) if lines[k]), "")
    return bool(re.match(r"^(?:={3,}|-{3,})$", following))


def _starts_tail(lines: list[str], index: int, rest: Rest) -> bool:
    """True where the article's footer begins: tags, copyright, comments, or a related header whose block is
    followed by no more body prose."""
    facts = rest.facts(index)
    if facts.footer:
        return True
    if facts.related:
        return not rest.reads_as_body(teaser_block_end(lines, index))
    return False


def _finish(blocks: list[Block]) -> list[Block]:
    """Drop a sign-off code from the last paragraph and headings left without text after them."""
    while blocks and blocks[-1].kind == "h":
        blocks.pop()
    if blocks:
        last = blocks[-1]
        stripped = bp.SIGN_OFF.sub("", last.text).rstrip()
        if stripped != last.text and stripped:
            blocks[-1] = Block(last.kind, stripped)
    return blocks
