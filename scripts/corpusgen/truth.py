"""The truth about each generated file (its manifest record and the whole pool's table) and the self-checks of --check.

``make_corpus.py --manifest FILE.json`` writes what the generator knows about every file, so a benchmark can
score a cleaner / entity extractor / timeline builder at scale::

    {"generator": "make_corpus.py", "version": 1, "seed": 1, "n": 1000,
     "entities": {"per-001": {"canonical", "type", "subtype", "role", "aliases"}, ...},
                                                               # ^ the whole pool
     "articles": [{
        "file", "topic", "section", "title", "outlet", "outlet_domain",
        "published":      "YYYY-MM-DDTHH:MM" (or "YYYY-MM-DD") as the file states it, else null,
        "published_text": the verbatim date line, else null,
        "reference_date": the day the generator wrote the article "on" (also when not shown),
        "authors", "editors": names as credited in the file ([] when none),
        "body":           the clean paragraphs, as a reader should see them,
        "dateline", "inline_suffix": junk glued to the first / last raw body paragraph,
        "caption", "deck", "teasers", "related",
        "non_body_lines": every other non-blank raw line (trimmed) - what a cleaner must drop,
        "entities": [{"id", "canonical", "type", "role", "aliases": as written in the body,
                      "mentions", "paragraphs"}],
        "events":   [{"date", "end", "granularity": day|week|month|year, "event",
                      "evidence": the verbatim date expression, "difficulty": explicit|relative,
                      "resolvable": false for a relative date in a file with no date line,
                      "kind": event|statement, "paragraph"}],
        "word_count"}]}

With ``--html`` a record also has ``"format": "html"`` and ``"layout"`` (its file is the saved page). Only body
paragraphs count for "entities" and "events"; names inside teasers, related headlines, captions and credits are
junk by construction. Every date expression in a body is listed in "events"; no other body sentence names a date
(vague phrases such as "dalam waktu dekat" aside).
"""

from __future__ import annotations

import datetime as dt

from .entities import EntityPool
from .frame import Frame
from .outlets import Outlet
from .page_layouts import visible_blocks
from .phrasing import Topic
from .words import MAX_WORDS, MIN_WORDS, count_words
from .writer import ArticleWriter, Event

GENERATOR_VERSION = 1


def manifest_record(name: str, topic: Topic, section: str, title: str, outlet: Outlet,
                    when: dt.datetime, frame: Frame, body: list[str], body_lines: list[str],
                    text: str, writer: ArticleWriter, pool: EntityPool) -> dict:
    """The manifest record of one article (the fields listed above)."""
    body_set = set(body_lines)
    non_body = [line.strip() for line in text.split("\n") if line.strip() and line not in body_set]
    return {
        "file": name,
        "topic": topic.key,
        "section": section,
        "title": title,
        "outlet": outlet.name,
        "outlet_domain": outlet.domain,
        "published": frame.published,
        "published_text": frame.published_text,
        "reference_date": when.date().isoformat(),
        "authors": frame.credits.authors,
        "editors": frame.credits.editors,
        "dateline": frame.dateline.strip() or None,
        "inline_suffix": frame.suffix or None,
        "caption": frame.caption,
        "deck": frame.deck,
        "body": body,
        "teasers": frame.teasers,
        "related": frame.related,
        "non_body_lines": non_body,
        "entities": entity_records(writer.mentions, pool),
        "events": [event_record(e, frame.published is not None) for e in writer.events],
        "word_count": count_words(text),
    }


def entity_records(mentions: list[tuple[int, str, str]], pool: EntityPool) -> list[dict]:
    """One record per entity the body mentions, with its aliases as written and the paragraphs they are in."""
    records: dict[str, dict] = {}
    for paragraph, entity_id, alias in mentions:
        entity = pool.by_id[entity_id]
        record = records.setdefault(entity_id, {
            "id": entity_id, "canonical": entity.canonical, "type": entity.type,
            "role": entity.role, "aliases": [], "mentions": 0, "paragraphs": []})
        if alias not in record["aliases"]:
            record["aliases"].append(alias)
        record["mentions"] += 1
        if paragraph not in record["paragraphs"]:
            record["paragraphs"].append(paragraph)
    return list(records.values())


def event_record(event: Event, date_shown: bool) -> dict:
    """One dated event of the body; a relative date is resolvable only when the file shows its date."""
    m = event.mention
    return {"date": m.date, "end": m.end, "granularity": m.granularity,
            "event": event.description, "evidence": event.evidence, "difficulty": m.difficulty,
            "resolvable": m.difficulty == "explicit" or date_shown, "kind": event.kind,
            "paragraph": event.paragraph}


def check_article(text: str, record: dict) -> list[str]:
    """Invariants a benchmark relies on; returns a list of problems (empty = fine)."""
    problems = []
    lines = set(text.split("\n"))
    body = record["body"]
    for i, paragraph in enumerate(body):
        if not any(paragraph in line for line in lines):
            problems.append(f"paragraph {i} not in raw text")
    for entity in record["entities"]:
        for alias in entity["aliases"]:
            if not any(alias in body[p] for p in entity["paragraphs"]):
                problems.append(f"alias {alias!r} not in its paragraphs")
    for event in record["events"]:
        if not event["evidence"] or event["evidence"] not in body[event["paragraph"]]:
            problems.append(f"evidence {event['evidence']!r} not in paragraph {event['paragraph']}")
    if not MIN_WORDS <= record["word_count"] <= MAX_WORDS:
        problems.append(f"word count {record['word_count']}")
    for line in record["non_body_lines"]:
        if line in body:
            problems.append(f"body paragraph listed as junk: {line[:40]!r}")
    return problems


def check_page(page: str, record: dict) -> list[str]:
    """A saved page shows every body paragraph as visible text, and its title."""
    visible = "\n".join(visible_blocks(page))
    problems = [f"paragraph {i} not in the page's text" for i, paragraph in enumerate(record["body"])
                if " ".join(paragraph.split()) not in visible]
    if record["title"] not in visible:
        problems.append("title not in the page's text")
    return problems


def pool_table(pool: EntityPool) -> dict:
    """The manifest's "entities": every entity of the pool, mentioned or not."""
    return {e.id: {"canonical": e.canonical, "type": e.type, "subtype": e.subtype,
                   "role": e.role, "aliases": e.aliases} for e in pool.entities}
