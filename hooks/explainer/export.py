"""Machine-readable exports (data/*.json, data/*.csv): the contract that pages and other programs read."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from typing import Any

from . import warm
from .corpus.coverage import entities_by_article, event_articles, events_by_article, source_outlets
from .model import Article, Rejected


def _metadata(article: Article) -> dict[str, Any]:
    """The article's metadata fields, in export order (shared by articles.json and sources.json)."""
    return {
        "id": article.id,
        "source_file": article.source_file,
        "title": article.title,
        "outlet": article.outlet,
        "url": article.url,
        "published": article.published,
        "published_inferred": article.published_inferred,
        "authors": list(article.authors),
        "editors": list(article.editors),
    }


def article_record(article: Article) -> dict[str, Any]:
    """One data/articles.json object (schema in DATA.md)."""
    return {
        **_metadata(article),
        "paragraphs": article.paragraphs,
        "headings": [index for index, block in enumerate(article.blocks) if block.kind == "h"],
        "word_count": article.word_count,
        "page": article.page,
    }


def rejected_record(item: Rejected) -> dict[str, str]:
    """One entry of data/rejected.json: a seed file that gave no article, and why."""
    return {"source_file": item.source_file, "reason": item.code, "detail": item.detail}


def to_json(records: Any) -> str:
    """Stable JSON text: UTF-8 characters kept, fixed key order, a list as one record per line (readable
    diffs, and Python's fast C encoder: an indented dump takes the slow pure-Python path), trailing newline."""
    if not isinstance(records, list):
        return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
    if not records:
        return "[]\n"
    return "[\n" + ",\n".join(map(_ONE_LINE.encode, records)) + "\n]\n"


_ONE_LINE = json.JSONEncoder(ensure_ascii=False)  # json.dumps(record, ensure_ascii=False), without a new encoder each


def coverage_exports(articles: list[Article], timeline: list[dict], glossary: list[dict]) -> dict[str, str]:
    """Site path -> text of data/sources.json and the CSV versions of the sources, timeline and glossary."""
    entities, events = entities_by_article(glossary), events_by_article(timeline)
    records = [source_record(article, entities.get(article.id, []), events.get(article.id, []))
               for article in articles]
    by_id = {article.id: article for article in articles}
    return {
        "data/sources.json": to_json(records),
        "data/sources.csv": sources_csv(records),
        "data/timeline.csv": timeline_csv(timeline, by_id),
        "data/glossary.csv": glossary_csv(glossary),
    }


def source_record(article: Article, entities: list[str], events: list[str]) -> dict[str, Any]:
    """One data/sources.json object: article metadata without the body, plus the glossary entry ids and
    timeline entry ids the article contributes (schema in DATA.md)."""
    return {
        **_metadata(article),
        "word_count": article.word_count,
        "page": article.page,
        "entities": list(entities),
        "events": list(events),
    }


SOURCES_COLUMNS = ["id", "source_file", "title", "outlet", "url", "published", "published_inferred", "authors",
                   "editors", "word_count", "page", "entities", "events"]
TIMELINE_COLUMNS = ["id", "date", "end", "granularity", "planned", "text", "article_count", "outlet_count",
                    "articles", "outlets", "pages", "notes"]
GLOSSARY_COLUMNS = ["id", "name", "type", "aliases", "description", "description_article", "article_count",
                    "mention_count", "page"]
LIST_SEPARATOR = "; "
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def sources_csv(records: list[dict[str, Any]]) -> str:
    """data/sources.csv: the sources.json records, one row each."""
    return csv_text(SOURCES_COLUMNS, [[record[column] for column in SOURCES_COLUMNS] for record in records])


def timeline_csv(timeline: list[dict], by_id: dict[str, Article]) -> str:
    """data/timeline.csv: one row per timeline entry, with its source articles and outlets."""
    return csv_text(TIMELINE_COLUMNS, lines=_timeline_lines(timeline, by_id))


def _timeline_row(entry: dict, articles: list[str], by_id: dict[str, Article]) -> list[Any]:
    outlets, alone = source_outlets(articles, by_id)
    return [entry.get("id", ""), entry["date"], entry.get("end"), entry.get("granularity"),
            bool(entry.get("planned")), entry.get("text", ""), len(articles), len(outlets) + alone,
            articles, sorted(outlets), [source["page"] for source in entry.get("sources") or []],
            list(entry.get("notes") or [])]


def _timeline_lines(timeline: list[dict], by_id: dict[str, Article]) -> list[str]:
    """The CSV line of each entry. Under `mkdocs serve` (explainer.warm) an entry that is the same dict as in the
    last build (corpus/timeline.py gives back unchanged entries) keeps its line, unless the outlet of one of its
    articles changed: that is all its row reads besides the entry, and nothing changes an entry once made."""
    if not warm.keeping():
        return csv_lines([_timeline_row(entry, event_articles(entry), by_id) for entry in timeline])
    outlets = {article_id: article.outlet for article_id, article in by_id.items()}
    last_outlets, last_lines = warm.recall(_KEPT_LINES, "") or ({}, {})
    moved = {article_id for article_id in outlets.keys() | last_outlets.keys()
             if outlets.get(article_id, _GONE) != last_outlets.get(article_id, _GONE)}
    kept: list[str | None] = []
    made: list[list[Any]] = []
    for entry in timeline:
        last = last_lines.get(id(entry))
        articles = event_articles(entry)
        if last is not None and last[0] is entry and moved.isdisjoint(articles):
            kept.append(last[1])
        else:
            kept.append(None)
            made.append(_timeline_row(entry, articles, by_id))
    new = iter(csv_lines(made))
    lines = [line if line is not None else next(new) for line in kept]
    warm.remember(_KEPT_LINES, "", (outlets, {id(entry): (entry, line) for entry, line in zip(timeline, lines)}))
    return lines


_KEPT_LINES = "timeline csv lines"  # explainer.warm: (article id -> outlet, id(entry) -> (entry, its CSV line))
_GONE = object()


def glossary_csv(glossary: list[dict]) -> str:
    """data/glossary.csv: one row per glossary entry, with how many articles name it and how often."""
    rows = [[entry["id"], entry["name"], entry["type"], entry["aliases"], entry.get("description"),
             (entry.get("description_source") or {}).get("article"), len(entry["mentions"]),
             sum(entry["mentions"].values()), entry["page"]] for entry in glossary]
    return csv_text(GLOSSARY_COLUMNS, rows)


def csv_text(header: list[str], rows: list[list[Any]] | None = None, *, lines: list[str] | None = None) -> str:
    """CSV for spreadsheets: a byte-order mark (so Excel reads UTF-8), a header row, then `rows` (or their
    `lines`, from csv_lines)."""
    return "\ufeff" + "".join(csv_lines([header])) + "".join(csv_lines(rows or []) if lines is None else lines)


def csv_lines(rows: list[list[Any]]) -> list[str]:
    """Each row as one CSV line (CRLF-terminated): lists joined with "; ", None as an empty cell, booleans as
    true/false, and text that a spreadsheet would take for a formula (starting with = + - @) prefixed with an
    apostrophe."""
    lines: list[str] = []
    writer = csv.writer(_Appender(lines.append), lineterminator="\r\n")  # one write() per row
    writer.writerows([value if type(value) is str and not value.startswith(_FORMULA_START) else _cell(value)
                      for value in row] for row in rows)  # plain text, most cells, without a call each
    return lines


class _Appender:
    """A file for csv.writer whose write() appends each row's line to a list."""

    def __init__(self, write: Callable[[str], None]) -> None:
        self.write = write


def _cell(value: Any) -> str:
    if type(value) is str:
        return "'" + value if value.startswith(_FORMULA_START) else value
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):
        value = LIST_SEPARATOR.join(" ".join(str(item).split()) for item in value)
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


QUOTES_COLUMNS = ["speaker", "text", "date", "article", "page"]


def quotes_exports(records: list[dict[str, Any]]) -> dict[str, str]:
    """Site path -> text of data/quotes.json and data/quotes.csv: one record per direct quote (`speaker`
    glossary id or null, `text`, `date`, `article` id, `page` link to the sentence)."""
    return {
        "data/quotes.json": to_json([{column: record[column] for column in QUOTES_COLUMNS} for record in records]),
        "data/quotes.csv": csv_text(QUOTES_COLUMNS, [[record[column] for column in QUOTES_COLUMNS]
                                                     for record in records]),
    }
