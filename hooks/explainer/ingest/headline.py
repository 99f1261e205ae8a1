"""Find a text scrape's headline: the line that reads like one, under mastheads, taglines and menus."""

from __future__ import annotations

import re

from . import boilerplate as bp
from .credits import is_credit_line, label_only, parse_byline
from .outlet import split_dateline
from .pubdate import parse_date_line

TITLE_SEARCH_LINES = 40  # the headline sits near the top, under menus and logos
SHORT_DECK_WORDS = 6  # a line this short right under a title-case headline is a deck, not the title
MASTHEAD_WORDS = 5  # an all-capitals line this short above another headline is the site's name
KICKER_WORDS = 4  # a label this short above a longer headline is the section's name
CONFIRM_LINES = 8  # a byline, date line or lead within this many lines under a headline confirms it
LONG_TITLE_WORDS = 80  # a headline may run long; a line longer than this is never one
# A slogan: two to six capitalised words joined by commas, "&" or "dan" ("Tajam, Terpercaya, Terkini").
TAGLINE = re.compile(r"^[A-Z][\w'’-]*(?:\s*(?:,|&|\+|\s(?:dan|and)\s)\s*[A-Z][\w'’-]*){1,5}\s*[.!]?$")
# Menu symbols and navigation words: a line made only of these is a menu ("≡ Menu   Cari").
_MENU_SYMBOL = r"[≡☰☷⋮…»«›‹|•·/\\<>×✕+-]"
_NAV_WORD = (r"menu|cari|search|login|log\s*in|masuk|daftar|register|beranda|home|indeks|index|tutup|close|"
             r"kanal|topik|terbaru|terpopuler|video|foto|live|tv|e-?paper|langganan|subscribe")
MENU_LINE = re.compile(rf"^\s*(?:(?:{_MENU_SYMBOL}+|(?i:{_NAV_WORD}))\s*)+$")


def find_title(lines: list[str], hinted: str | None) -> int | None:
    """Index of the headline: the hinted title's line, else the first headline-shaped line above the text.

    Mastheads, taglines and menu lines are never it. A title-case headline looks like a word menu; it wins
    over one when it is repeated below (as a repeated headline or in a caption) or when it is the last such
    line before the text starts. A line that is the whole text (nothing confirms it) is not a headline.
    """
    if hinted:
        wanted = fold(hinted)
        for index, line in enumerate(lines[:TITLE_SEARCH_LINES * 2]):
            if line and fold(line) == wanted:
                return index
    section_word = None
    menu_like: list[int] = []
    candidates = [index for index, line in enumerate(lines[:TITLE_SEARCH_LINES]) if line]
    for position, index in enumerate(candidates):
        line = lines[index]
        if is_furniture(line) or is_masthead(line, [lines[i] for i in candidates[position + 1:position + 4]]):
            continue
        if bp.is_prose(line) and not bp.is_headline_like(line) and not is_long_headline(line):
            break  # the text has started
        if bp.is_section_word(line):
            section_word = index if section_word is None else section_word
            continue
        if not 3 <= len(line.split()) <= LONG_TITLE_WORDS or not _confirmed(lines, index):
            continue
        if bp.looks_like_word_menu(line) and not _repeated_below(lines, index):
            menu_like.append(index)
            continue
        if menu_like and len(line.split()) <= SHORT_DECK_WORDS:
            break  # "Apa yang akan dibahas?" under a title-case headline is its deck
        if _is_kicker(line, lines[candidates[position + 1]] if position + 1 < len(candidates) else ""):
            continue
        return index
    if menu_like:
        return menu_like[-1]
    return section_word


def is_masthead(line: str, following: list[str]) -> bool:
    """A site's name or slogan above the headline: a tagline, or a short all-capitals line followed by
    another headline-shaped line."""
    if TAGLINE.match(line.strip()) and len(line.split()) <= 6 and "," in line + " &":
        return True
    letters = [ch for ch in line if ch.isalpha()]
    if not letters or not all(ch.isupper() for ch in letters) or len(line.split()) > MASTHEAD_WORDS:
        return False
    if any(ch.isdigit() for ch in line):
        return False
    return any(bp.is_headline_like(other) and len(other.split()) >= 3 and not is_furniture(other)
               and not all(ch.isupper() for ch in other if ch.isalpha()) for other in following)


def _is_kicker(line: str, following: str) -> bool:
    """A short section label ("Hukum dan Kriminal") right above a longer headline-shaped line."""
    return (len(line.split()) <= KICKER_WORDS and bp.is_headline_like(following) and not bp.is_prose(following)
            and len(following.split()) > len(line.split()) + 2 and not is_furniture(following)
            and not line.rstrip().endswith(("?", "!", ":")))


def is_long_headline(line: str) -> bool:
    """A headline that runs past the prose length: long, but with no sentence ending anywhere."""
    return len(line.split()) >= 18 and not re.search(r"[.!?…](?:\s|$)", line)


def _confirmed(lines: list[str], index: int) -> bool:
    """True when what follows the line confirms it: a byline, a date line, a dateline paragraph or a lead."""
    following = [line for line in lines[index + 1:index + 1 + TITLE_SEARCH_LINES] if line][:CONFIRM_LINES]
    return any(is_credit_line(line) or label_only(line) or parse_date_line(line)[0] or split_dateline(line)
               or parse_byline(line)[1] or bp.is_prose(line) for line in following)


def _repeated_below(lines: list[str], index: int) -> bool:
    """True when the line at `index` comes again below, alone or opening another line (a caption)."""
    wanted = fold(lines[index])
    return any(fold(line).startswith(wanted) for line in lines[index + 1: index + 1 + TITLE_SEARCH_LINES] if line)


def is_furniture(line: str) -> bool:
    """Lines above the headline that are never the headline."""
    word_menu = bp.looks_like_word_menu(line)  # may be a title-case headline: judged by find_title
    return (bp.is_junk_line(line) or (bp.is_menu(line) and not word_menu) or bool(MENU_LINE.match(line))
            or is_credit_line(line) or label_only(line) is not None or parse_date_line(line)[0] is not None
            or parse_byline(line)[1] is not None
            or bool(bp.CAPTION.search(line)) or bool(bp.RELATED_HEADER.match(line))
            or bool(bp.TEASER.match(line) and not bp.is_teaser(line)))


def first_sentence(text: str, max_words: int = 20) -> str:
    """The opening sentence of a paragraph (cut at `max_words`), shown where an article has no headline."""
    match = re.match(r"(.+?[.!?…])(?:\s|$)", text)
    sentence = (match.group(1) if match else text).strip()
    words = sentence.split()
    return " ".join(words[:max_words]) + ("…" if len(words) > max_words else "")


def fold(text: str) -> str:
    """Comparison form of a line: lower case, single spaces, no final period."""
    return " ".join(text.lower().split()).rstrip(" .")

