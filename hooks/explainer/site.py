"""The whole pipeline: a seeds folder in, generated Markdown pages and data files out (no MkDocs needed)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .article_index import render_article_index
from .article_page import render_article
from .export import article_record, rejected_record, to_json
from .home_page import render_home
from .load import load_seeds
from .model import Article, Rejected
from .sources_page import render_sources


@dataclass
class SiteContent:
    """Everything the build adds to the site: pages by docs path, data files by site path, log lines."""

    articles: list[Article]
    rejected: list[Rejected]
    pages: dict[str, str] = field(default_factory=dict)
    data: dict[str, str] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def build_site(seeds_dir: Path, intro: str = "") -> SiteContent:
    """Run the pipeline over `seeds_dir`; `intro` is the hand-written home page Markdown, shown below."""
    articles, rejected, warnings = load_seeds(seeds_dir)
    content = SiteContent(articles, rejected, warnings=warnings)
    for article in articles:
        content.pages[article.src_path] = render_article(article)
    content.pages.update(render_article_index(articles))
    content.pages["index.md"] = render_home(articles, intro)
    content.pages["sumber.md"] = render_sources(articles, rejected)
    content.data["data/articles.json"] = to_json([article_record(article) for article in articles])
    content.data["data/rejected.json"] = to_json([rejected_record(item) for item in rejected])
    return content
