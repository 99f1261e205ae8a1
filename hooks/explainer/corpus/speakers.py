"""Corpus step for quotes: resolve each quote's speaker to its glossary entry and build data/quotes.json records."""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from ..extract.quotes import Quote
from ..extract.sentences import sentence_anchor
from ..model import Article
from ..steptimes import timed


SPEAKER_TYPES = ("person", "organization")  # who can say something: a place or a thing speaks through someone


@timed("quotes")
def quote_records(per_article: list[tuple[Article, list[Quote]]], glossary: list[dict]) -> list[dict[str, Any]]:
    """One record per quote, in article order then reading order: `speaker` (glossary id, or None when the
    article names nobody or a name no single glossary entry has), `text`, `date`, `article`, `page` (the
    sentence's URL). A speaker resolves only through a name that belongs to exactly one entry, a person or an
    organisation, and that entry is named in the same article, so nothing is guessed across articles."""
    owners = _owners(glossary)
    named_in = {entry["id"]: entry["mentions"] for entry in glossary if entry["type"] in SPEAKER_TYPES}
    records = []
    for article, quotes in per_article:
        for quote in quotes:
            speaker = None
            for name in (quote.speaker, quote.speaker_surface):
                entry_id = owners.get(name or "")
                if entry_id is not None and article.id in named_in.get(entry_id, ()):
                    speaker = entry_id
                    break
            records.append({"speaker": speaker, "text": quote.text, "date": quote.date, "article": article.id,
                            "page": f"{article.page}#{sentence_anchor(quote.block, quote.sentence)}"})
    return records


def by_speaker(records: list[dict]) -> dict[str | None, list[dict]]:
    """Speaker id (None: unattributed) -> that speaker's quote records, oldest date first (undated last)."""
    grouped: dict[str | None, list[dict]] = defaultdict(list)
    for record in records:
        grouped[record["speaker"]].append(record)
    for items in grouped.values():
        items.sort(key=lambda r: (r["date"] is None, r["date"] or "", r["article"], r["page"]))
    return dict(grouped)


def _owners(glossary: list[dict]) -> dict[str, str]:
    """Name or alias -> entry id, for names that belong to exactly one entry."""
    owners: dict[str, set[str]] = defaultdict(set)
    for entry in glossary:
        for name in [entry["name"], *entry["aliases"]]:
            owners[name].add(entry["id"])
    return {name: next(iter(ids)) for name, ids in owners.items() if len(ids) == 1}
