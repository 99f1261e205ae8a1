"""Who reported what: the entities and events each article contributes, and how many sources back each fact."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping

from ..model import Article

# Glossary types that rank in "most mentioned" lists; "other" is mostly leftovers the extractor could not type.
RANKED_TYPES = ("person", "organization", "place", "event")


def entities_by_article(glossary: list[dict]) -> dict[str, list[str]]:
    """Article id -> ids of the glossary entries it mentions, in glossary order (sorted by id)."""
    found: dict[str, list[str]] = defaultdict(list)
    for entry in sorted(glossary, key=lambda item: item["id"]):
        for article_id, count in entry["mentions"].items():
            if count > 0:
                found[article_id].append(entry["id"])
    return dict(found)


def events_by_article(timeline: list[dict], articles_of: Mapping[str, list[str]] | None = None
                      ) -> dict[str, list[str]]:
    """Article id -> ids of the timeline entries it is a source of, in chronological order (`articles_of`: each
    entry's event_articles by entry id, when already known)."""
    found: dict[str, list[str]] = defaultdict(list)
    for entry in sorted(timeline, key=_chronological):
        for article_id in articles_of[entry["id"]] if articles_of is not None else event_articles(entry):
            found[article_id].append(entry["id"])
    return dict(found)


def event_articles(entry: dict) -> list[str]:
    """Distinct source article ids of a timeline entry, in the entry's source order."""
    return list(dict.fromkeys(source["article"] for source in entry.get("sources") or []))


def outlet_count(entry: dict, by_id: dict[str, Article], articles: list[str] | None = None) -> int:
    """How many independent sources report a timeline entry (`articles`: its event_articles, if known): its
    outlets, and each article whose outlet is unknown."""
    outlets, alone = source_outlets(articles or event_articles(entry), by_id)
    return len(outlets) + alone


def source_outlets(articles: list[str], by_id: dict[str, Article]) -> tuple[set[str], int]:
    """The outlets of distinct article ids, and how many of them have no known outlet."""
    outlets: set[str] = set()
    alone = 0
    for article_id in articles:
        article = by_id.get(article_id)
        if article is not None and article.outlet:
            outlets.add(article.outlet)
        else:
            alone += 1
    return outlets, alone


def single_source(entry: dict, by_id: dict[str, Article]) -> bool:
    """True when a timeline entry rests on one source: one article, or several from the same outlet."""
    return outlet_count(entry, by_id) <= 1


def top_entities(glossary: list[dict], limit: int, types: tuple[str, ...] = RANKED_TYPES) -> list[dict]:
    """The `limit` glossary entries of the given types named in most articles (then most often, then by name)."""
    chosen = [entry for entry in glossary if entry["type"] in types and entry["mentions"]]
    chosen.sort(key=lambda entry: (-len(entry["mentions"]), -sum(entry["mentions"].values()),
                                   entry["name"].lower(), entry["id"]))
    return chosen[:limit]


def best_covered_events(timeline: list[dict], by_id: dict[str, Article], limit: int,
                        counts: dict[str, int] | None = None) -> list[dict]:
    """The `limit` timeline entries reported by most outlets (then most articles, then earliest); `counts`: each
    entry's outlet_count by id, when already known."""
    def outlets(entry: dict) -> int:
        return counts[entry["id"]] if counts is not None else outlet_count(entry, by_id)

    ranked = sorted(timeline, key=lambda entry: (-outlets(entry), -len(event_articles(entry)), *_chronological(entry)))
    return ranked[:limit]


def latest_events(timeline: list[dict], limit: int, until: str | None = None) -> list[dict]:
    """The `limit` timeline entries that end last, newest first (ties: later start first, then id).

    With `until` ("YYYY-MM-DD", the corpus' newest article date) entries starting after it are left out:
    they are plans announced for later, not the latest news."""
    ranked = sorted((entry for entry in timeline if not until or entry["date"] <= until[:len(entry["date"])]),
                    key=lambda entry: entry.get("id", ""))
    ranked.sort(key=lambda entry: (entry.get("end") or entry["date"], entry["date"]), reverse=True)
    return ranked[:limit]


def _chronological(entry: dict) -> tuple[str, str, str]:
    return entry["date"], entry.get("end") or "", entry.get("id", "")
