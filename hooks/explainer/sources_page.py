"""Render the source index ("Sumber"): every article with its metadata, and the files that gave none."""

from __future__ import annotations

from .article_index import newest_first
from .idformat import format_count, format_date_id, join_id
from .mdtext import md_escape, rel_link, safe_url
from .model import Article, Rejected

PAGE = "sumber.md"
REASONS = {
    "empty": "berkas kosong",
    "binary": "bukan berkas teks",
    "no_body": "tidak ada teks artikel (hanya elemen halaman)",
    "duplicate": "salinan artikel lain",
    "unsupported": "jenis berkas tidak didukung",
}


def render_sources(articles: list[Article], rejected: list[Rejected]) -> str:
    """Markdown of the Sumber page."""
    lines = ["---", "title: Sumber", "---", "",
             f"{format_count(len(articles))} artikel diolah. Data lengkap: "
             "[articles.json](data/articles.json).", "",
             "| Media | Judul | Terbit | Penulis | Editor | Kata | Asli |",
             "|---|---|---|---|---|---:|---|"]
    for article in newest_first(articles):
        when = format_date_id(article.published[:10]) if article.published else "tanggal tidak tercantum"
        original = f"[tautan]({safe_url(article.url)})" if article.url and safe_url(article.url) else "—"
        lines.append(" | ".join([
            f"| {md_escape(article.outlet or '—')}",
            f"[{md_escape(article.title)}]({rel_link(PAGE, article.src_path)})",
            when,
            md_escape(join_id(article.authors)) or "—",
            md_escape(join_id(article.editors)) or "—",
            format_count(article.word_count),
            original + " |",
        ]))
    if rejected:
        lines += ["", "## Berkas yang tidak diolah", ""]
        lines += [f"- {md_escape(item.source_file)}: {REASONS.get(item.code, item.code)} ({md_escape(item.detail)})"
                  for item in rejected]
    return "\n".join(lines) + "\n"
