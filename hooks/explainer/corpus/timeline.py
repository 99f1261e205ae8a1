"""The corpus-wide timeline: every article's dated events merged into timeline entries
(clustering and joins in corpus/timeline_merge.py, undated articles in corpus/undated.py)."""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict

from .. import warm
from ..extract.dates_calendar import TYPO_NOTE
from ..extract.events import Event
from ..gcpause import collector_paused
from ..model import Article
from ..steptimes import timed
from .timeline_merge import (CONFLICT_NOTE, Cluster, Similarity, event_content, flag_conflicts, join_coarser,
                             join_guesses, merge_bucket)


# =============================================================================================
# Corpus-wide merge
# =============================================================================================

@timed("timeline")
def build_timeline(per_article: list[tuple[Article, list[Event]]]) -> list[dict]:
    """Merge every article's events into timeline entries sorted by date (near-linear).

    Each entry: ``date``, ``end`` (or None), ``granularity`` (day/month/year), ``text``,
    ``sources`` (list of ``{article, quote, expression, page}``; ``page`` is the article page with
    the sentence anchor), ``notes`` (Indonesian strings: weekday typos, date discrepancies), plus
    ``planned`` (bool: announced as future at publication by every source), ``inferred`` (bool:
    every source's date rests on an inferred publication date or another article) and ``id`` (stable
    anchor id of the entry, derived from its date and first source).

    Events with the same date, end and granularity merge when they share names (people, places,
    organisations) and rarity-weighted action words; candidates come from a per-date name index,
    never all pairs. A cluster whose event is told by other articles with a nearby or
    typo-like different date (up to three days apart, or the same day a month apart; for months,
    the neighbouring month) and nearly the same words and names gets a note naming that date
    and its outlets.
    """
    with collector_paused():  # the merge makes many small containers: collections would cost more than it
        return _build_timeline(per_article)


def _build_timeline(per_article: list[tuple[Article, list[Event]]]) -> list[dict]:
    buckets: dict[tuple[str, str, str], list[tuple[Article, Event]]] = defaultdict(list)
    for article, events in sorted(per_article, key=lambda pair: pair[0].id):
        for event in events:
            buckets[(event.date, event.end or "", event.granularity)].append((article, event))
    content_of = warm.reuse("event content", event_content)  # under `mkdocs serve`, from the last build's
    contents = {id(event): content_of((event.text, event.expression))
                for items in buckets.values() for _, event in items}
    similarity = Similarity([content[0] for content in contents.values()])
    clusters: list[Cluster] = []
    for key in sorted(buckets):
        clusters.extend(merge_bucket(key, buckets[key], contents, similarity))
    clusters = join_guesses(join_coarser(clusters, similarity))
    flag_conflicts(clusters, similarity)
    entries = _entries(clusters, contents)
    entries.sort(key=lambda e: (e["date"], e["end"] or "", e["id"]))
    return entries


@timed("timeline.entries")
def _entries(clusters: list[Cluster], contents: dict[int, tuple[frozenset[str], ...]]) -> list[dict]:
    """Each cluster's entry. Under `mkdocs serve` (explainer.warm) a cluster the last build made of the same
    sources (each event, with its article's id and page, in order) and notes gives back the entry it gave then,
    the same dict: that is all _entry reads, and nothing changes an entry once made."""
    if not warm.keeping():
        return [_entry(cluster, contents) for cluster in clusters]
    keys = [(cluster.key, tuple(cluster.notes), tuple((article.id, article.page, event)
                                                      for article, event in cluster.events)) for cluster in clusters]
    cluster_of = dict(zip(keys, clusters))
    entry_of = warm.reuse(_KEPT_ENTRIES, lambda key: _entry(cluster_of[key], contents))
    return [entry_of(key) for key in keys]


_KEPT_ENTRIES = "timeline entries"  # explainer.warm: cluster key -> the entry made of it


def _speaker(dated: list[tuple[Article, Event]], contents: dict[int, tuple[frozenset[str], ...]]
             ) -> tuple[Article, Event]:
    """The event an entry speaks with: a date written in full before an inferred one, a report before a plan
    when the entry is not all plans, the narrator's words before a quotation, then the sentence whose words the
    others share most (the story's core), then the earliest paragraph."""
    if len(dated) == 1:
        return dated[0]
    shared: dict[str, int] = defaultdict(int)
    for _, event in dated:
        for word in contents[id(event)][0]:
            shared[word] += 1
    unplanned = any(not e.planned for _, e in dated)

    def core(event: Event) -> float:
        words = contents[id(event)][0]
        return sum(shared[w] - 1 for w in words) / (len(words) + CORE_DAMPING)

    return min(dated, key=lambda pair: (pair[1].inferred, unplanned and pair[1].planned,
                                        bool(_QUOTE_MARK.search(pair[1].text)), -core(pair[1]),
                                        pair[1].block, pair[0].id, pair[1].sentence))


CORE_DAMPING = 5  # a short sentence is not the core for sharing its few words
_QUOTE_MARK = re.compile(r"[\"“”]")


def _notes(dated: list[tuple[Article, Event]], cluster_notes: list[str]) -> list[str]:
    """One entry, one story of its date: where a source's date was moved to agree with its weekday, one line of
    reasoning for an inferred date (none when a source writes the date in full: only the notes of the sources
    dated as the entry count), and the other dates other sources give."""
    written = [e for _, e in dated if not e.inferred]
    placed: list[str] = []
    reasoning: list[str] = []
    for event in written or [dated[0][1]]:
        for note in event.notes:
            (placed if note.startswith(TYPO_NOTE) else reasoning).append(note)
    conflicts = sorted({note for note in cluster_notes if note.startswith(CONFLICT_NOTE)})
    reasoning += sorted({note for note in cluster_notes if not note.startswith(CONFLICT_NOTE)})
    return list(dict.fromkeys(placed)) + reasoning[:1] + conflicts


def _entry(cluster: Cluster, contents: dict[int, tuple[frozenset[str], ...]]) -> dict:
    events = sorted(cluster.events, key=lambda pair: (pair[0].id, pair[1].block, pair[1].sentence))
    dated = [(a, e) for a, e in events if (e.date, e.end or "") == cluster.key[:2]] or events
    first_article, first = _speaker(dated, contents)
    notes = _notes(dated, cluster.notes)
    sources = []
    seen = set()
    for article, event in events:
        key = (article.id, event.block, event.sentence, event.expression)
        if key in seen:
            continue
        seen.add(key)
        sources.append({"article": article.id, "quote": event.quote,
                        "expression": event.expression,
                        "page": f"{article.page}#{event.anchor}"})
    digest = hashlib.sha1(f"{first.date}|{first.end}|{first_article.id}|{first.anchor}|"
                          f"{first.expression}".encode()).hexdigest()[:8]
    return {
        "date": first.date,
        "end": first.end,
        "granularity": first.granularity,
        "text": first.text,
        "sources": sources,
        "notes": notes,
        "planned": all(event.planned for _, event in events),
        "inferred": all(event.inferred for _, event in events),
        "id": f"peristiwa-{first.date.replace('-', '')}-{digest}",
    }
