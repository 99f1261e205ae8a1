"""Render the "Kutipan" page: who said what, quotes grouped by speaker, each linked to its sentence."""

from __future__ import annotations

from collections import defaultdict

from ..corpus.glossary import entry_src, letter_of
from ..corpus.speakers import by_speaker
from ..idformat import first_sentence, format_count, format_date_id, join_id
from ..model import Article
from .mdtext import attr_escape, front_matter, html_text, md_escape, page_href, rel_link

INDEX = "kutipan/index.md"
UNATTRIBUTED = "tanpa-atribusi"
SINGLE_PAGE_LIMIT = 300  # more quotes than this: one page per initial letter of the speakers, and an index
MAX_PER_SPEAKER = 20  # a speaker quoted hundreds of times shows the first twenty; data/quotes.json has all
MAX_UNATTRIBUTED = 200
MAX_INDEX_SPEAKERS = 100  # the index of a paginated Kutipan ranks this many speakers


def speaker_src(speaker: str | None, total: int) -> str:
    """Docs path of the Kutipan page that holds a speaker's quotes (None: the unattributed ones), for a
    corpus of `total` quotes."""
    if total <= SINGLE_PAGE_LIMIT:
        return INDEX
    return f"kutipan/{UNATTRIBUTED if speaker is None else letter_of(speaker)}.md"


def render_quotes(records: list[dict], glossary: list[dict], articles: dict[str, Article]) -> dict[str, str]:
    """Docs path -> Markdown of the Kutipan pages (always "kutipan/index.md"): speakers by number of quotes,
    each with their quotes (oldest first), then the quotes whose speaker the articles do not name. Above
    SINGLE_PAGE_LIMIT quotes the index ranks the speakers and each initial letter gets its own page."""
    entries = {entry["id"]: entry for entry in glossary}
    grouped = by_speaker(records)
    speakers = sorted((s for s in grouped if s is not None and s in entries),
                      key=lambda s: (-len(grouped[s]), entries[s]["name"].lower(), s))
    unattributed = grouped.get(None, []) + [r for s in grouped if s is not None and s not in entries
                                            for r in grouped[s]]
    intro = _intro(records, len(speakers))
    total = len(records)
    if total <= SINGLE_PAGE_LIMIT:
        lines = [front_matter(title="Kutipan", description=first_sentence(intro)), "", "# Kutipan", "", intro, ""]
        for speaker in speakers:
            lines += _speaker_section(entries[speaker], grouped[speaker], articles, INDEX)
        lines += _unattributed(unattributed, articles, INDEX)
        return {INDEX: "\n".join(lines).rstrip() + "\n"}
    pages: dict[str, list[str]] = defaultdict(list)
    for speaker in sorted(speakers, key=lambda s: (entries[s]["name"].lower(), s)):
        src = speaker_src(speaker, total)
        pages[src] += _speaker_section(entries[speaker], grouped[speaker], articles, src)
    index = [front_matter(title="Kutipan", description=first_sentence(intro)), "", "# Kutipan", "", intro, "",
             "| Pembicara | Kutipan |", "| --- | ---: |"]
    for speaker in speakers[:MAX_INDEX_SPEAKERS]:
        src = speaker_src(speaker, total)
        index.append(f"| [{md_escape(entries[speaker]['name'])}]({rel_link(INDEX, src, speaker)}) | "
                     f"{format_count(len(grouped[speaker]))} |")
    if unattributed:
        src = speaker_src(None, total)
        index.append(f"| [Tanpa atribusi]({rel_link(INDEX, src, UNATTRIBUTED)}) | {format_count(len(unattributed))} |")
        pages[src] = _unattributed(unattributed, articles, src)
    if len(speakers) > MAX_INDEX_SPEAKERS:
        index += ["", f"Dan {format_count(len(speakers) - MAX_INDEX_SPEAKERS)} pembicara lain, di halaman per huruf:"]
    letters = sorted(src for src in pages if src != speaker_src(None, total))
    index += ["", "Per huruf: " + " · ".join(f"[{md_escape(src[len('kutipan/'):-3].upper())}]({rel_link(INDEX, src)})"
                                            for src in letters)]
    out = {INDEX: "\n".join(index).rstrip() + "\n"}
    for src, body in pages.items():
        title = "Tanpa atribusi" if src.endswith(f"/{UNATTRIBUTED}.md") else src[len("kutipan/"):-3].upper()
        names = [entries[s]["name"] for s in sorted(speakers, key=lambda s: (entries[s]["name"].lower(), s))
                 if speaker_src(s, total) == src]
        about = (f"Kutipan langsung dari {format_count(len(names))} pembicara, antara lain {join_id(names[:3])}."
                 if names else "Kutipan langsung yang pembicaranya tidak disebut dalam artikel.")
        head = [front_matter(title=f"Kutipan: {title}", description=about), "", f"# Kutipan: {md_escape(title)}", "",
                f"[Kembali ke indeks kutipan]({rel_link(src, INDEX)})", ""]
        out[src] = "\n".join(head + body).rstrip() + "\n"
    return out


def _speaker_section(entry: dict, said: list[dict], articles: dict[str, Article], src: str) -> list[str]:
    """A speaker's heading (anchor: their glossary id), who they are, and their quotes."""
    speaker = entry["id"]
    about = [html_text(entry["description"])] if entry.get("description") else []
    about.append(f'<a href="{page_href(src, entry_src(entry), speaker)}">di Glosarium</a>')
    about.append(f"{format_count(len(said))} kutipan")
    return [f"## {md_escape(entry['name'])} {{#{speaker}}}", "", f'<p class="kutipan-siapa">{" · ".join(about)}</p>',
            "", _quote_list(said, articles, MAX_PER_SPEAKER, src), ""]


def _unattributed(records: list[dict], articles: dict[str, Article], src: str) -> list[str]:
    if not records:
        return []
    return [f"## Tanpa atribusi {{#{UNATTRIBUTED}}}", "",
            "Kutipan yang pembicaranya tidak disebut namanya di artikel (misalnya hanya "
            "\u201ckatanya\u201d atau \u201cpara pejabat\u201d); tidak ditebak.", "",
            _quote_list(records, articles, MAX_UNATTRIBUTED, src), ""]


def _intro(records: list[dict], speakers: int) -> str:
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
