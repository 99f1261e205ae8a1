"""Every article's glossary links; under `mkdocs serve`, worked out again only for the articles whose inputs changed."""

from __future__ import annotations

from collections.abc import Hashable
from dataclasses import dataclass

from .. import warm
from ..corpus.glossary import entry_src
from ..extract.entities import Mention
from ..model import Article
from .links import article_indexes, article_linker, entry_title, mention_owner

Links = dict[int, list[tuple[int, int, str, str]]]
_NONE: frozenset[str] = frozenset()


@dataclass(frozen=True)
class _Linked:
    """What one article's links were worked out from, and what they were (kept for the next build)."""

    key: Hashable  # the article's content (its extraction) with its id and page: same key, same mentions
    here: frozenset[str]  # the glossary entries that name the article
    aliases: frozenset[str]  # every name its mentions could be looked up by
    entries: frozenset[str]  # the entries it links to
    links: Links


def links_by_article(entries: list[dict], articles: list[tuple[Hashable, Article, list[Mention]]]) -> list[Links]:
    """`render.links.article_linker`'s links of each (key, article, mentions), in order; `key` tells the same
    article with the same mentions (see `site.article_key`). Under `mkdocs serve` (explainer.warm), an article
    whose key is the last build's keeps the links it had then when the entries naming it are the same, no name its
    mentions could be looked up by changed owner, and no entry it links to changed its page or title: its links
    read nothing else, so they are what a fresh linking would give."""
    owners, here_of = indexes = article_indexes(entries)
    shown = {entry["id"]: (entry_src(entry), entry_title(entry)) for entry in entries}
    links_of = article_linker(entries, indexes)
    last = warm.recall("article links", "") if warm.keeping() else None
    kept: dict[Hashable, _Linked] = {}
    changed_names: set[str] = set()
    changed_entries: set[str] = set()
    if last is not None:
        old_owners, old_shown, kept = last
        changed_names = {name for name in owners.keys() | old_owners.keys() if owners.get(name) != old_owners.get(name)}
        changed_entries = {id_ for id_ in shown.keys() | old_shown.keys() if shown.get(id_) != old_shown.get(id_)}
    now: dict[Hashable, _Linked] = {}
    out: list[Links] = []
    for key, article, mentions in articles:
        here = here_of.get(article.id, _NONE)
        old = kept.get(key)
        if old is None or old.here != here or not old.aliases.isdisjoint(changed_names) \
                or not old.entries.isdisjoint(changed_entries):
            links = links_of(article, mentions)
            aliases = frozenset(name for mention in mentions for name in (mention.resolved or "", mention.surface))
            linked = frozenset(mention_owner(owners, mention) or "" for mention in mentions) & here
            old = _Linked(key, here, aliases, linked, links)
        now[key] = old
        out.append(old.links)
    if warm.keeping():
        warm.remember("article links", "", (owners, shown, now))
    return out
