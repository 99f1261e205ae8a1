"""Glossary links in the text: every glossary name found in a text, and the first mention of each entity in an article."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from .. import warm
from ..corpus.glossary import TYPE_LABELS, entry_src
from ..extract.entities import Mention
from ..model import Article
from .mdtext import page_href


def entry_title(entry: dict) -> str:
    """What a link to a glossary entry says on hover: its description, else its type."""
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
    titles = {entry["id"]: entry_title(entry) for entry in entries}
    owners = _alias_owners(entries)
    index: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for alias, entry_id in owners.items():
        first = alias.split()[0] if alias.split() else ""
        if first and first[0].isupper() or first[:1].isdigit():
            index[_first_word(alias)].append((alias, entry_id))
    for candidates in index.values():
        candidates.sort(key=lambda c: (-len(c[0]), c[0]))

    matched: dict[str, list[tuple[int, int, str]]] = {}
    looked_up: dict[str, frozenset[str]] = {}  # text -> the words whose index entries its matches read
    fresh: list[str] = []  # texts read by this linker (not kept from the last build's), when keeping
    last = _last_matches(index) if warm.keeping() else None
    warm.remember("glossary matches", "linker", (index, matched, looked_up))

    def matches(text: str) -> list[tuple[int, int, str]]:
        found = []
        position = 0
        words = set()
        for match in _TOKEN.finditer(text):
            start = match.start()
            if start < position:
                continue
            first = _FIRST_WORD.match(text, start, match.end())
            word = first.group() if first else match.group()
            words.add(word)
            candidates = index.get(word)
            if not candidates:
                continue
            for alias, entry_id in candidates:
                end = start + len(alias)
                if text.startswith(alias, start) and (end == len(text) or not (text[end].isalnum() or text[end] == "_")):
                    found.append((start, end, entry_id))
                    position = end
                    break
        if last is not None:
            looked_up[text] = frozenset(words)
        return found

    def found(text: str) -> list[tuple[int, int, str]]:
        if text not in matched:
            kept = last[0].get(text) if last is not None else None
            if kept is not None and last[1][text].isdisjoint(last[2]):
                matched[text], looked_up[text] = kept, last[1][text]
            else:
                matched[text] = matches(text)
                if last is not None:
                    fresh.append(text)
        return matched[text]

    def learned() -> dict[str, tuple[list[tuple[int, int, str]], frozenset[str]]]:
        return {text: (matched[text], looked_up[text]) for text in fresh}

    def learn(found_elsewhere: dict[str, tuple[list[tuple[int, int, str]], frozenset[str]]]) -> None:
        for text, (names, words) in found_elsewhere.items():
            matched.setdefault(text, names)
            looked_up.setdefault(text, words)

    def linker(text: str, from_src: str) -> list[tuple[int, int, str, str, str]]:
        return [(start, end, entry_id, page_href(from_src, entry_src(by_id[entry_id]), entry_id), titles[entry_id])
                for start, end, entry_id in found(text)]

    def inputs(text: str) -> list[tuple[int, int, str, str, str]]:
        return [(start, end, entry_id, titles[entry_id], entry_src(by_id[entry_id])) for start, end, entry_id in found(text)]

    linker.found = found  # type: ignore[attr-defined]  # (start, end, entry id) of each name, no link built
    # Everything the links in `text` depend on, from any page (what a rendered text may be kept between builds
    # by: explainer.memo); a glossary change misses only the texts that name a changed entry.
    linker.inputs = inputs  # type: ignore[attr-defined]
    # Under `mkdocs serve`: what this linker read itself, and taking in what a copy of it read in another process
    # (explainer.forked), so the next build keeps that too.
    linker.learned, linker.learn = learned, learn  # type: ignore[attr-defined]
    return linker


_FIRST_WORD = re.compile(r"[^\W_][\w’']*")


def _last_matches(index: dict[str, list[tuple[str, str]]]
                  ) -> tuple[dict[str, list[tuple[int, int, str]]], dict[str, frozenset[str]], set[str]]:
    """Under `mkdocs serve` (explainer.warm): the names the last build's linker found in each text, the words
    it looked up there, and the words whose index entries changed since. A text's matches depend only on the
    entries of the words looked up in it: where none changed, they are the same."""
    last = warm.recall("glossary matches", "linker")
    if last is None:
        return {}, {}, set()
    old_index, old_matched, old_looked_up = last
    changed = {word for word in old_index.keys() | index.keys() if old_index.get(word) != index.get(word)}
    return old_matched, old_looked_up, changed


def _first_word(text: str) -> str:
    match = _FIRST_WORD.match(text)
    return match.group() if match else text


def article_links(article: Article, mentions: list[Mention], entries: list[dict]) -> dict[int, list[tuple[int, int, str, str]]]:
    """Per block index, (start, end, href, title) for the FIRST mention of each entity in `article` (href: the
    URL from the article's page, for HTML we write)."""
    return article_linker(entries)(article, mentions)


def article_indexes(entries: list[dict]) -> tuple[dict[str, str], dict[str, frozenset[str]]]:
    """What linking articles reads of the glossary: each alias naming exactly one entry -> that entry's id, and
    each article id -> the ids of the entries naming it."""
    naming: dict[str, set[str]] = defaultdict(set)
    for entry in entries:
        for article_id in entry["mentions"]:
            naming[article_id].add(entry["id"])
    return _alias_owners(entries), {article_id: frozenset(ids) for article_id, ids in naming.items()}


def mention_owner(owners: dict[str, str], mention: Mention) -> str | None:
    """The entry a mention names, by its resolved form first, then its surface (`owners`: article_indexes')."""
    return owners.get(mention.resolved or "") or owners.get(mention.surface)


def article_linker(entries: list[dict], indexes: tuple[dict[str, str], dict[str, frozenset[str]]] | None = None
                   ) -> Callable[[Article, list[Mention]], dict[int, list[tuple[int, int, str, str]]]]:
    """`article_links` with the corpus-wide indexes built once, for linking every article of a site; `indexes`:
    `article_indexes(entries)`, when already built."""
    owners, mentioned = indexes or article_indexes(entries)
    by_id = {entry["id"]: entry for entry in entries}

    def links_of(article: Article, mentions: list[Mention]) -> dict[int, list[tuple[int, int, str, str]]]:
        here = mentioned.get(article.id, frozenset())
        seen: set[str] = set()
        links: dict[int, list[tuple[int, int, str, str]]] = defaultdict(list)
        for mention in sorted(mentions, key=lambda m: (m.block, m.start)):
            entry_id = mention_owner(owners, mention)
            if entry_id is None or mention.resolved is None or entry_id in seen or entry_id not in here:
                continue
            seen.add(entry_id)
            entry = by_id[entry_id]
            href = page_href(article.src_path, entry_src(entry), entry_id)
            links[mention.block].append((mention.start, mention.end, href, entry_title(entry)))
        return dict(links)

    return links_of
