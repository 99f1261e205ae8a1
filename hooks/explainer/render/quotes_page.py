"""Render the "Kutipan" page: who said what, quotes grouped by speaker, each linked to its sentence."""

from __future__ import annotations

from ..corpus.glossary import entry_src
from ..corpus.speakers import by_speaker
from ..idformat import format_count, format_date_id
from ..model import Article
from .mdtext import attr_escape, html_text, md_escape, page_href, rel_link

INDEX = "kutipan/index.md"
UNATTRIBUTED = "tanpa-atribusi"
MAX_PER_SPEAKER = 20  # a speaker quoted hundreds of times shows the first twenty; data/quotes.json has all
MAX_SPEAKERS = 200  # speakers beyond these (the least quoted) are counted, not listed
MAX_UNATTRIBUTED = 30


def render_quotes(records: list[dict], glossary: list[dict], articles: dict[str, Article]) -> dict[str, str]:
    """Docs path -> Markdown of the Kutipan page (always "kutipan/index.md"): speakers by number of quotes,
    each with their quotes (oldest first), then the quotes whose speaker the articles do not name."""
    entries = {entry["id"]: entry for entry in glossary}
    grouped = by_speaker(records)
    speakers = sorted((s for s in grouped if s is not None and s in entries),
                      key=lambda s: (-len(grouped[s]), entries[s]["name"].lower(), s))
    lines = ["# Kutipan", "", _intro(records, grouped, len(speakers)), ""]
    for speaker in speakers[:MAX_SPEAKERS]:
        entry = entries[speaker]
        lines += [f"## {md_escape(entry['name'])} {{#{speaker}}}", ""]
        about = [html_text(entry["description"])] if entry.get("description") else []
        about.append(f'<a href="{page_href(INDEX, entry_src(entry), speaker)}">di Glosarium</a>')
        about.append(f"{format_count(len(grouped[speaker]))} kutipan")
        lines += [f'<p class="kutipan-siapa">{" · ".join(about)}</p>', ""]
        lines += [_quote_list(grouped[speaker], articles, MAX_PER_SPEAKER), ""]
    if len(speakers) > MAX_SPEAKERS:
        rest = speakers[MAX_SPEAKERS:]
        lines += [f"Dan {format_count(len(rest))} pembicara lain dengan "
                  f"{format_count(sum(len(grouped[s]) for s in rest))} kutipan (semuanya ada di "
                  f"[quotes.json]({rel_link(INDEX, 'data/quotes.json')})).", ""]
    unattributed = grouped.get(None, []) + [r for s in grouped if s is not None and s not in entries
                                            for r in grouped[s]]
    if unattributed:
        lines += [f"## Tanpa atribusi {{#{UNATTRIBUTED}}}", "",
                  "Kutipan yang pembicaranya tidak disebut namanya di artikel (misalnya hanya "
                  "\u201ckatanya\u201d atau \u201cpara pejabat\u201d); tidak ditebak.", ""]
        lines += [_quote_list(unattributed, articles, MAX_UNATTRIBUTED), ""]
    return {INDEX: "\n".join(lines).rstrip() + "\n"}


def _intro(records: list[dict], grouped: dict, speakers: int) -> str:
    if not records:
        return "Belum ada kutipan langsung yang ditemukan dalam artikel."
    articles = len({record["article"] for record in records})
    return (f"{format_count(len(records))} kutipan langsung dari {format_count(articles)} artikel, "
            f"dari {format_count(speakers)} pembicara yang disebut namanya. Setiap kutipan menautkan "
            "kalimatnya di artikel; pembicara dikenali dari kata seperti \u201ckata\u201d, \u201cujar\u201d "
            "atau \u201cmenurut\u201d di dekat tanda kutip.")


def _quote_list(records: list[dict], articles: dict[str, Article], limit: int, src: str = INDEX) -> str:
    """The quotes as one raw HTML list we write ourselves (text escaped)."""
    items = [quote_item(record, articles, src) for record in records[:limit]]
    if len(records) > limit:
        items.append(f"<li>dan {format_count(len(records) - limit)} kutipan lain (lihat "
                     f'<a href="{page_href(src, "data/quotes.json")}">quotes.json</a>)</li>')
    return f'<ul class="kutipan">{"".join(items)}</ul>'


def quote_item(record: dict, articles: dict[str, Article], src: str) -> str:
    """One quote as an HTML list item: the words in quote marks, then a link to the sentence (outlet, date)."""
    article = articles.get(record["article"])
    label = (article.outlet or article.title) if article else record["article"]
    when = format_date_id(record["date"]) if record.get("date") else "tanpa tanggal"
    text = f"<q>{html_text(record['text'])}</q>"
    if article is None or not article.src_path:
        return f"<li>{text} — {html_text(label)}, {when}</li>"
    anchor = record["page"].split("#", 1)[1] if "#" in record["page"] else None
    href = page_href(src, article.src_path, anchor)
    return (f'<li>{text} <span class="kutipan-sumber">— <a href="{href}" title="{attr_escape(article.title)}">'
            f"{html_text(label)}</a>, {when}</span></li>")
