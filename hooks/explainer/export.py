"""Machine-readable exports (data/*.json): the contract that pages and other programs read."""

from __future__ import annotations

import json
from typing import Any

from .model import Article, Rejected


def article_record(article: Article) -> dict[str, Any]:
    """One data/articles.json object (schema in the README)."""
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
        "paragraphs": article.paragraphs,
        "headings": [index for index, block in enumerate(article.blocks) if block.kind == "h"],
        "word_count": article.word_count,
        "page": article.page,
    }


def rejected_record(item: Rejected) -> dict[str, str]:
    """One entry of data/rejected.json: a seed file that gave no article, and why."""
    return {"source_file": item.source_file, "reason": item.code, "detail": item.detail}


def to_json(records: Any) -> str:
    """Stable JSON text: UTF-8 characters kept, fixed key order, trailing newline."""
    return json.dumps(records, ensure_ascii=False, indent=1) + "\n"
