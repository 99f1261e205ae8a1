"""Take the article out of a saved web page: the best of two readings as text lines, and its metadata as hints."""

from __future__ import annotations

import html
import re
from dataclasses import replace

from .chooser import Reading, choose, other_may_count, recover_lead
from ..model import Article
from .clean import Hints, clean_text
from .pagemeta import (host_outlet, lines_near, page_authors, page_facts, page_outlet, page_published, page_title,
                       page_url)
from .pagetext import blocks, content_box, drop_non_article
from .pagetree import body_of, parse
from .textio import normalise
from .trafila import read_with_trafilatura


def read_html(markup: str, source_file: str = "") -> tuple[str, Hints, Article | None]:
    """Article text (blocks separated by blank lines, normalised like seed text), the page's metadata hints, and
    the cleaned article when it is already made (the chosen reading, cleaned as `clean_text(text, source_file,
    hints)` would clean it), else None; a page whose markup breaks the readers is read as plain text, with a
    note saying so."""
    try:
        return _read_html(markup, source_file)
    except (RecursionError, ValueError, TypeError, AttributeError, IndexError, KeyError) as error:
        text = html.unescape(re.sub(r"(?is)<(script|style)\b.*?</\1\s*>|<[^>]+>", "\n", markup))
        lines = [" ".join(line.split()) for line in normalise(text).split("\n")]
        note = f"web page not readable as HTML ({type(error).__name__}); read as plain text"
        return "\n\n".join(line for line in lines if line), Hints(notes=[note]), None


def _read_html(markup: str, source_file: str) -> tuple[str, Hints, Article | None]:
    """Article text, the page's metadata hints, and the chosen reading's cleaned article (None when lead
    paragraphs were taken back from the other reading: that text is still to be cleaned).

    Two readings are made: trafilatura's, and the project's own (content box, every block and `<br>` run a
    line). Each is cleaned with the Indonesian rules, and the one with more prose wins (chooser.prose_mass).
    """
    page = parse(markup)
    root = page.root
    extracted = read_with_trafilatura(page.tree) if page.tree is not None else None
    facts = page_facts(root)
    outlet = page_outlet(facts, extracted.sitename if extracted else None)
    title = page_title(facts, outlet, extracted.title if extracted else None)
    drop_non_article(root)
    page_blocks, _ = blocks(body_of(root))
    near = lines_near(page_blocks, title)
    # trafilatura's date is the last fallback: read only when the page's own facts give none
    published, date_notes = page_published(facts, near, extracted.date if extracted else _none)
    hints = _normalised(Hints(
        title=title,
        published=published,
        authors=page_authors(facts, near, _none),  # trafilatura's author: only if the text names none either
        outlet=outlet,
        url=page_url(facts, extracted.url if extracted else None),
        fallback_outlet=host_outlet(extracted.hostname if extracted else None),
        notes=date_notes,
    ))
    title = hints.title
    own_blocks, own_headings = blocks(content_box(root))
    readings = []
    if extracted and extracted.text:
        readings.append(_reading("trafilatura", extracted.text, extracted.headings))
    readings.append(_reading("own", "\n\n".join("\n".join(block) for block in own_blocks), own_headings))
    cleaned = []
    for reading in readings:  # the second only when it could outweigh the first or give back its lead
        if not cleaned or other_may_count(cleaned[0][1], reading.text):
            text = _with_title(reading.text, title)
            cleaned.append((reading, clean_text(text, source_file, _hints_for(hints, reading))))
    chosen, article = choose(cleaned)
    lead = [line for reading, other in cleaned if reading is not chosen for line in recover_lead(article, other)]
    hints = _hints_for(hints, chosen)
    if extracted and not hints.authors and (lead or not article.authors):
        # the cleaner takes a byline in the text over these hints, so trafilatura's byline search (the dearest
        # fallback) runs only when neither the page's facts nor the kept text name an author
        hints.authors = _normalised(Hints(authors=page_authors(facts, near, extracted.author))).authors
        article = replace(article, authors=hints.authors,
                          editors=[name for name in article.editors if name not in hints.authors])
    if lead:
        return _with_title("\n\n".join(lead + [chosen.text]), title), hints, None
    return _with_title(chosen.text, title), hints, article


def _reading(name: str, text: str, headings: list[str]) -> Reading:
    """A candidate reading with the same character clean-up as seed text."""
    return Reading(name, normalise(text), [normalise(heading) for heading in headings])


def _normalised(hints: Hints) -> Hints:
    """Hints from a page's markup with the same character clean-up as seed text."""
    def text(value: str | None) -> str | None:
        return " ".join(normalise(value).split()) or None if value else value
    return replace(hints, title=text(hints.title), outlet=text(hints.outlet),
                   authors=[name for name in map(text, hints.authors) if name],
                   headings=frozenset(normalise(heading) for heading in hints.headings))


def _none() -> None:
    return None


def _hints_for(hints: Hints, reading: Reading) -> Hints:
    return Hints(title=hints.title, published=hints.published, authors=hints.authors, outlet=hints.outlet,
                 url=hints.url, headings=frozenset(reading.headings), reading=reading.name,
                 fallback_outlet=hints.fallback_outlet, notes=hints.notes)


def _with_title(text: str, title: str | None) -> str:
    """The reading with the headline on top (the cleaner finds the body start under it)."""
    if not title or text.split("\n", 1)[0].strip() == title:
        return text
    return f"{title}\n\n{text}"
