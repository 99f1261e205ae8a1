"""Glossary links in the text: every glossary name found in a text, and the first mention of each entity in an article."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from ..corpus.glossary import TYPE_LABELS, entry_src
from ..extract.entities import Mention
from ..memo import digest
from ..model import Article
from .mdtext import page_href


def _title(entry: dict) -> str:
    return entry["description"] or TYPE_LABELS.get(entry["type"], entry["type"])


def _alias_owners(entries: list[dict]) -> dict[str, str]:
    """Exact alias -> entry id, for aliases that name exactly one entry."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for alias in entry["aliases"]:
            owners[alias].add(entry["id"])
    return {alias: next(iter(ids)) for alias, ids in owners.items() if len(ids) == 1}


_TOKEN = re.compile(r"[^\W_][\w’'\-.]*")


def make_linker(entries: list[dict]) -> Callable[[str, str], list[tuple[int, int, str, str, str]]]:
    """linker(text, from_src) -> every glossary name in `text` as (start, end, id, href, title), href being
    the URL from the page of docs file `from_src` (for HTML we write).

    Aliases are indexed by their first word; matching walks the words of the text once and tries
    the longest alias starting at each word (case-sensitive, whole words only). Matches are remembered
    per text, so linking the same text again (from another page) costs only the hrefs."""
    by_id = {entry["id"]: entry for entry in entries}
    titles = {entry["id"]: _title(entry) for entry in entries}
    owners = _alias_owners(entries)
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for alias, entry_id in owners.items():
        first = alias.split()[0] if alias.split() else ""
        if first and first[0].isupper() or first[:1].isdigit():
            index[_first_word(alias)].append((alias, entry_id))
    for candidates in index.values():
        candidates.sort(key=lambda c: (-len(c[0]), c[0]))

    matched: dict[str, list[tuple[int, int, str]]] = {}

    def matches(text: str) -> list[tuple[int, int, str]]:
        found = []
        position = 0
        for match in _TOKEN.finditer(text):
            start = match.start()
            if start < position:
                continue
            first = _FIRST_WORD.match(text, start, match.end())
            candidates = index.get(first.group() if first else match.group())
            if not candidates:
                continue
            for alias, entry_id in candidates:
                end = start + len(alias)
                if text.startswith(alias, start) and (end == len(text) or not (text[end].isalnum() or text[end] == "_")):
                    found.append((start, end, entry_id))
                    position = end
                    break
        return found

    def found(text: str) -> list[tuple[int, int, str]]:
        if text not in matched:
            matched[text] = matches(text)
        return matched[text]

    def linker(text: str, from_src: str) -> list[tuple[int, int, str, str, str]]:
        return [(start, end, entry_id, page_href(from_src, entry_src(by_id[entry_id]), entry_id), titles[entry_id])
                for start, end, entry_id in found(text)]

    linker.found = found  # type: ignore[attr-defined]  # (start, end, entry id) of each name, no link built

    # Everything the links depend on (what a rendered text may be kept between builds by: explainer.memo).
    linker.key = digest([(entry["id"], list(entry["aliases"]), titles[entry["id"]], entry_src(entry))  # type: ignore[attr-defined]
                         for entry in entries])
    return linker


_FIRST_WORD = re.compile(r"[^\W_][\w’']*")


def _first_word(text: str) -> str:
    match = _FIRST_WORD.match(text)
    return match.group() if match else text


def article_links(article: Article, mentions: list[Mention], entries: list[dict]) -> dict[int, list[tuple[int, int, str, str]]]:
    """Per block index, (start, end, href, title) for the FIRST mention of each entity in `article` (href: the
    URL from the article's page, for HTML we write)."""
    return article_linker(entries)(article, mentions)


def article_linker(entries: list[dict]) -> Callable[[Article, list[Mention]], dict[int, list[tuple[int, int, str, str]]]]:
    """`article_links` with the corpus-wide indexes built once, for linking every article of a site."""
    owners = _alias_owners(entries)
    by_id = {entry["id"]: entry for entry in entries}
    mentioned: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for article_id in entry["mentions"]:
            mentioned[article_id].add(entry["id"])

    def links_of(article: Article, mentions: list[Mention]) -> dict[int, list[tuple[int, int, str, str]]]:
        here = mentioned.get(article.id, set())
        seen: set[str] = set()
        links: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
        for mention in sorted(mentions, key=lambda m: (m.block, m.start)):
            entry_id = owners.get(mention.resolved or "") or owners.get(mention.surface)
            if entry_id is None or mention.resolved is None or entry_id in seen or entry_id not in here:
                continue
            seen.add(entry_id)
            entry = by_id[entry_id]
            href = page_href(article.src_path, entry_src(entry), entry_id)
            links[mention.block].append((mention.start, mention.end, href, _title(entry)))
        return dict(links)

    return links_of
