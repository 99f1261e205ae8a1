"""Choose the events and people the home page leads with: the most-reported events, one per real event."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict

from .coverage import event_articles, outlet_count, top_entities
from ..model import Article

_QUOTE_MARKS = re.compile(r"[\"“”]")
_WORD = re.compile(r"[^\W\d_]{3,}")
_GRANULARITY = {"day": 2, "month": 1, "year": 0}
CENTRAL_NAMES = 8  # the corpus' most-named entities that make an event central
CENTRAL_ENOUGH = 2  # naming two of the most-named is as central as naming more
SAME_EVENT_OVERLAP = 0.3
NEWS_LEAD_DAYS = 90  # events this long before the first article still count as the news, not background  # share of the shorter text's words two texts need in common to be one event


def summary_events(timeline: list[dict], by_id: dict[str, Article], glossary: list[dict], limit: int) -> list[dict]:
    """Up to `limit` timeline entries for the "Ringkasan", in date order: reported by most outlets, then most
    articles, then naming (up to two of) the corpus' most-named people and places, then inside the news period
    (from NEWS_LEAD_DAYS before the first publication date on) rather than background, then most precisely dated.
    Entries whose text holds a quote mark (someone's words, not an event) are left out, and so is an entry
    that repeats one already chosen (same source sentence, or as precise and overlapping dates and many shared words)."""
    central = [[_words(name) for name in {entry["name"], *entry["aliases"]} if _words(name)]
               for entry in top_entities(glossary, CENTRAL_NAMES)]

    def named(text: str) -> int:
        present = _words(text)
        return min(CENTRAL_ENOUGH, sum(1 for names in central if any(name <= present for name in names)))

    since = news_period_start(by_id)

    def background(entry: dict) -> bool:
        last = entry.get("end") or entry["date"]
        return bool(since) and last < since[:len(last)]

    def rest(entry: dict) -> tuple:
        return (-named(entry.get("text", "")), background(entry), -_GRANULARITY.get(entry.get("granularity", ""), 0),
                entry["date"], entry.get("id", ""))

    # Ranked by coverage first; the text's words are read only in the coverage groups the choice reaches.
    by_coverage: dict[tuple[int, int], list[dict]] = defaultdict(list)
    for entry in timeline:
        by_coverage[-outlet_count(entry, by_id), -len(event_articles(entry))].append(entry)
    ranked = (entry for group in sorted(by_coverage) for entry in sorted(by_coverage[group], key=rest))
    chosen: list[dict] = []
    seen_sentences: set[str] = set()
    for entry in ranked:
        if len(chosen) >= limit:
            break
        text = entry.get("text", "")
        if not text or _QUOTE_MARKS.search(text):
            continue
        sentences = {source["page"] for source in entry.get("sources") or []}
        if sentences & seen_sentences or any(_same_event(entry, other) for other in chosen):
            continue
        chosen.append(entry)
        seen_sentences |= sentences
    return sorted(chosen, key=lambda entry: (entry["date"], entry.get("end") or "", entry.get("id", "")))


def news_period_start(by_id: dict[str, Article]) -> str:
    """The day NEWS_LEAD_DAYS before the earliest publication date ("" when no article has one)."""
    dates = [article.reference_date for article in by_id.values() if article.reference_date]
    if not dates:
        return ""
    return (dt.date.fromisoformat(min(dates)[:10]) - dt.timedelta(days=NEWS_LEAD_DAYS)).isoformat()


def key_people(glossary: list[dict], limit: int) -> list[dict]:
    """The `limit` people named in most articles."""
    return top_entities(glossary, limit, ("person",))


def _words(text: str) -> frozenset[str]:
    return frozenset(word.lower() for word in _WORD.findall(text))


def _same_event(a: dict, b: dict) -> bool:
    """Two entries tell of one event: dated as precisely, their dates overlap and they share many words (a
    year-dated background sentence is not the same as a day in that year that names the same people)."""
    if a.get("granularity") != b.get("granularity") or not _overlap(a, b):
        return False
    first, second = _words(a.get("text", "")), _words(b.get("text", ""))
    if not first or not second:
        return False
    return len(first & second) >= SAME_EVENT_OVERLAP * min(len(first), len(second))


def _overlap(a: dict, b: dict) -> bool:
    """The entries' date ranges meet ("2023-09" contains "2023-09-12")."""
    start_a, end_a = a["date"], a.get("end") or a["date"]
    start_b, end_b = b["date"], b.get("end") or b["date"]
    return start_a[:len(end_b)] <= end_b and start_b[:len(end_a)] <= end_a
