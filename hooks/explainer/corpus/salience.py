"""Glossary entries in, the entries worth a reader's glossary out: names said once in passing left out."""

from __future__ import annotations

from ..extract.lexicon import gazetteer_lookup, name_key
from .glossary import PAGINATE_AT, entry_page
from ..steptimes import timed

# Kinds of entity that keep their entry however often they are named: the people of a story and its events.
ALWAYS_KEPT = ("person", "event")


@timed("glossary salience")
def salient_entries(entries: list[dict], speakers: frozenset[str] = frozenset(),
                    overrides: dict | None = None) -> list[dict]:
    """The entries that earn a place in the glossary (`earns_entry`), their pages set again for the number kept.
    `speakers`: name keys of the quotes' speakers; `overrides`: the parsed seeds/entities.yml."""
    chosen = _user_keys(overrides)
    kept = [entry for entry in entries if earns_entry(entry, speakers, chosen)]
    paginated = len(kept) > PAGINATE_AT
    return [{**entry, "page": entry_page(entry["id"], paginated)} for entry in kept]


def earns_entry(entry: dict, speakers: frozenset[str] = frozenset(), chosen: frozenset[str] = frozenset()) -> bool:
    """Whether an entry is worth a glossary entry: a person or an event, one the articles describe, a name the
    gazetteer knows, a quote's speaker, one the user named in entities.yml, or any entity named more than once
    in the corpus. An organisation, place or thing named once in passing, with nothing said about it, is left
    out: a reader's glossary lists who and what the story is about, not every capitalised name."""
    if entry["type"] in ALWAYS_KEPT or entry.get("description") or sum(entry["mentions"].values()) > 1:
        return True
    keys = {name_key(form) for form in [entry["name"], *entry["aliases"]]}
    if keys & (speakers | chosen):
        return True
    return any(gazetteer_lookup(form) is not None for form in [entry["name"], *entry["aliases"]])


def _user_keys(overrides: dict | None) -> frozenset[str]:
    """Name keys of every name the user's entities.yml matches, adds, merges or splits off."""
    keys: set[str] = set()
    for fix in (overrides or {}).get("entries", []):
        for field in ("match", "name"):
            if isinstance(fix.get(field), str):
                keys.add(name_key(fix[field]))
        for field in ("aliases", "merge", "split"):
            keys.update(name_key(name) for name in fix.get(field, []))
    return frozenset(keys)
