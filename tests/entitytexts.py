"""Invented articles and their entity mentions for the recogniser's tests (tests/extract/test_entity_*.py)."""

from __future__ import annotations

from explainer.corpus.glossary import build_glossary
from explainer.extract.entities import Mention, find_mentions
from explainer.model import Article, Block


def article(*paragraphs: str, article_id: str = "a") -> Article:
    """An article whose body is `paragraphs`, one block each."""
    return Article(id=article_id, source_file=f"{article_id}.txt", title="Judul", outlet=None, url=None,
                   published="2024-01-01", authors=[], editors=[], blocks=[Block("p", p) for p in paragraphs],
                   page=f"artikel/{article_id}/")


def mention_list(*paragraphs: str) -> list[Mention]:
    """Every mention of an article of `paragraphs`, in reading order."""
    return find_mentions(article(*paragraphs))


def mentions(*paragraphs: str) -> dict[str, Mention]:
    """The mentions of an article of `paragraphs` by surface (the last one of each surface)."""
    return {m.surface: m for m in mention_list(*paragraphs)}


def glossary_entries(articles: list[Article]) -> dict[str, dict]:
    """The glossary of `articles` (no entities.yml fixes), its entries by name."""
    return {entry["name"]: entry for entry in build_glossary([(a, find_mentions(a)) for a in articles], {})}
