"""Render the source index ("Sumber"): article metadata, outlets, who reported what, skipped files, downloads."""

from __future__ import annotations

import urllib.parse
from collections import Counter, defaultdict
from collections.abc import Callable
from typing import NamedTuple

from .. import warm
from ..corpus.coverage import best_covered_events, event_articles, outlet_count, top_entities
from ..corpus.glossary import entry_src
from ..idformat import format_count, format_date_id, join_id, shorten
from ..model import Article, Rejected
from .article_index import newest_first, outlet_pages
from .mdtext import attr_escape, front_matter, html_text, link_title, md_escape, page_href, rel_link, safe_url
from .pager import pager as page_links
from .timeline_entries import caveat_html, entry_pages, newest_date, when_text

PAGE = "sumber.md"
LIST_PAGE = "sumber/daftar.md"  # first page of the full article table when it does not fit on PAGE
TABLE_LIMIT = 100  # up to this many articles the full table stays on PAGE
LIST_PAGE_SIZE = 100  # rows per page of the paginated article table
MATRIX_ENTITIES = 12  # rows of the "who names whom" matrix
MATRIX_COLUMNS = 6  # one column per article up to this many articles, else per outlet (5 + "Media lain")
EVENT_ROWS = 20  # events listed with their sources
OUTLET_ROWS = 100  # outlets listed in the outlet table
REJECTED_LISTED = 200  # skipped files listed by name (all are in rejected.json)
EVENT_TEXT_CHARS = 140  # event texts in the coverage table are shortened to about this length
UNKNOWN_OUTLET = "Tidak diketahui"  # outlet_pages' key for articles without an outlet
REASONS = {
    "empty": "berkas kosong",
    "binary": "bukan berkas teks",
    "no_body": "tidak ada teks artikel (hanya elemen halaman)",
    "duplicate": "salinan artikel lain",
    "unsupported": "jenis berkas tidak didukung",
    "unreadable": "tidak dapat dibaca (tautan rusak atau keluar dari folder, bukan berkas biasa)",
    "failed": "gagal diolah",
    "hidden": "berkas tersembunyi (namanya diawali titik)",
    "folder": "folder (berkas di dalamnya tidak dibaca)",
}
DOWNLOADS = [
    ("sources", ("csv", "json"), "satu baris per artikel: metadata (tanpa isi), nama dan peristiwa yang "
                                 "disumbangkannya"),
    ("timeline", ("csv", "json"), "peristiwa linimasa dengan tanggal, media, dan tautan ke kalimat sumber"),
    ("glossary", ("csv", "json"), "entri glosarium: nama, jenis, nama lain, keterangan, jumlah penyebutan"),
    ("articles", ("json",), "teks lengkap setiap artikel yang telah dibersihkan"),
    ("rejected", ("json",), "berkas yang tidak diolah dan alasannya"),
]


def render_sources(articles: list[Article], rejected: list[Rejected], timeline: list[dict],
                   glossary: list[dict]) -> dict[str, str]:
    """Docs path -> Markdown of the Sumber page ("sumber.md") and, for large corpora, the pages of the full
    article table ("sumber/daftar.md", "sumber/daftar-2.md", …)."""
    ordered = newest_first(articles)
    by_id = {article.id: article for article in articles}
    outlets = _by_outlet(ordered)
    pages: dict[str, str] = {}
    about = (f"Dari mana isi situs ini: {format_count(len(ordered))} artikel dari "
             f"{format_count(len([name for name in outlets if name != UNKNOWN_OUTLET]))} media, siapa melaporkan "
             "apa, berkas yang tidak diolah, dan data untuk diunduh.")
    lines = [front_matter(title="Sumber", description=about), "", "# Sumber", "",
             _intro(ordered, outlets, rejected), ""]
    lines += ["## Artikel", ""]
    row = warm.reuse("sources table row", _table_row)  # a row is kept by what it shows, under `mkdocs serve`
    if len(ordered) <= TABLE_LIMIT:
        lines += _article_table(ordered, PAGE, row)
    else:
        pages.update(_article_list_pages(ordered, row))
        count = len(pages)
        lines += [f"Daftar lengkap {format_count(len(ordered))} artikel dengan metadatanya: "
                  f"[{format_count(count)} halaman]({rel_link(PAGE, LIST_PAGE)}), dari yang terbaru.", ""]
    lines += _outlet_table(outlets, articles)
    lines += _coverage(ordered, outlets, by_id, timeline, glossary)
    lines += _rejected(rejected)
    lines += _downloads(PAGE)
    pages[PAGE] = "\n".join(lines).rstrip() + "\n"
    return pages


def date_text(article: Article | RowFacts) -> str:
    """The publication date as the Sumber table shows it; an unstated date says so and gives the estimate."""
    if article.published:
        return format_date_id(article.published)
    if article.published_inferred:
        return f"tanggal tidak tercantum (perkiraan: {format_date_id(article.published_inferred)})"
    return "tanggal tidak tercantum"


def _by_outlet(ordered: list[Article]) -> dict[str, list[Article]]:
    """Outlet name (UNKNOWN_OUTLET for none) -> its articles, newest first."""
    found: dict[str, list[Article]] = defaultdict(list)
    for article in ordered:
        found[article.outlet or UNKNOWN_OUTLET].append(article)
    return dict(found)


def _intro(ordered: list[Article], outlets: dict[str, list[Article]], rejected: list[Rejected]) -> str:
    if not ordered:
        text = "Belum ada artikel yang diolah."
    else:
        named = len([name for name in outlets if name != UNKNOWN_OUTLET])
        text = (f"Situs ini disusun dari {format_count(len(ordered))} artikel dari {format_count(named)} media"
                f"{_span(ordered)}. Setiap judul menautkan ke teks artikel yang telah dibersihkan; setiap fakta di "
                "linimasa dan glosarium menautkan ke kalimat sumbernya.")
    if rejected:
        text += f" {format_count(len(rejected))} berkas tidak dapat diolah (lihat [di bawah](#tidak-diolah))."
    return text + " Semua data dapat [diunduh](#unduh) sebagai CSV dan JSON."


def _span(articles: list[Article]) -> str:
    dates = sorted(article.published[:10] for article in articles if article.published)
    if not dates:
        return ""
    if dates[0] == dates[-1]:
        return f", terbit pada {format_date_id(dates[0])}"
    return f", terbit antara {format_date_id(dates[0])} dan {format_date_id(dates[-1])}"


def _article_table(chunk: list[Article], here: str, row: Callable[[tuple[str, RowFacts]], str]) -> list[str]:
    """The metadata table, five columns so that it fits a desktop page; the original URL (when known)
    follows the title, labelled with its host name. One raw HTML line we write ourselves (text escaped): as a
    Markdown table, its links and cells took Markdown about 35 ms a page of 100 rows. `row`: `_table_row`, or
    the same kept between builds."""
    rows = "".join(row((here, RowFacts(article.title, article.src_path, article.url, article.outlet,
                                       article.published, article.published_inferred, tuple(article.authors),
                                       tuple(article.editors), article.word_count))) for article in chunk)
    return [f"<table>{TABLE_HEAD}<tbody>{rows}</tbody></table>", ""]


TABLE_HEAD = ("<thead><tr><th>Judul</th><th>Media</th><th>Terbit</th><th>Penulis · Editor</th>"
              '<th style="text-align: right;">Kata</th></tr></thead>')


class RowFacts(NamedTuple):
    """What the article table shows of an article (plain and hashable: a row is kept by it)."""

    title: str
    src_path: str
    url: str | None
    outlet: str | None
    published: str | None
    published_inferred: str | None
    authors: tuple[str, ...]
    editors: tuple[str, ...]
    word_count: int


def _table_row(shown: tuple[str, RowFacts]) -> str:
    here, article = shown
    title = f'<a href="{page_href(here, article.src_path)}">{html_text(article.title)}</a>'
    original = _original(article)
    if original:
        title += f" · {original}"
    cells = [title, html_text(article.outlet or "—"), html_text(date_text(article)), credits_text(article)]
    return ("<tr>" + "".join(f"<td>{cell}</td>" for cell in cells)
            + f'<td style="text-align: right;">{format_count(article.word_count)}</td></tr>')


def credits_text(article: Article | RowFacts) -> str:
    """'A dan B · Editor: C' (authors, then editors), or '—' when the article credits nobody; HTML-escaped."""
    parts = [html_text(join_id(article.authors))] if article.authors else []
    if article.editors:
        parts.append(f"Editor: {html_text(join_id(article.editors))}")
    return " · ".join(parts) or "—"


def _original(article: Article | RowFacts) -> str:
    """A link to the original page labelled with its host name, or "" when there is no usable URL."""
    url = safe_url(article.url or "")
    if not url:
        return ""
    host = urllib.parse.urlsplit(url).hostname or "tautan"
    host = host[4:] if host.startswith("www.") else host
    return f'<a href="{attr_escape(url)}">{html_text(host)}</a>'


def _article_list_pages(ordered: list[Article], row: Callable[[tuple[str, RowFacts]], str]) -> dict[str, str]:
    """The full article table split into pages of LIST_PAGE_SIZE rows, with a pager on each."""
    chunks = [ordered[i:i + LIST_PAGE_SIZE] for i in range(0, len(ordered), LIST_PAGE_SIZE)]
    paths = [LIST_PAGE] + [f"{LIST_PAGE[:-3]}-{number}.md" for number in range(2, len(chunks) + 1)]
    pages = {}
    for number, (path, chunk) in enumerate(zip(paths, chunks), start=1):
        first = (number - 1) * LIST_PAGE_SIZE + 1
        title = "Daftar artikel" if number == 1 else f"Daftar artikel (halaman {number})"
        pager = page_links(paths, number, path)
        shown = (f"Artikel {format_count(first)}–{format_count(first + len(chunk) - 1)} dari "
                 f"{format_count(len(ordered))}, dari yang terbaru.")
        lines = [front_matter(title=title, description=f"{shown} Judul, media, tanggal, penulis dan editor."), "",
                 f"# {title}", "", f"{shown} [Kembali ke Sumber]({rel_link(path, PAGE)})", "", pager, ""]
        lines += _article_table(chunk, path, row)
        lines += [pager, ""]
        pages[path] = "\n".join(lines)
    return pages


def _outlet_table(outlets: dict[str, list[Article]], articles: list[Article]) -> list[str]:
    """Per outlet: number of articles and the dates covered, biggest outlets first."""
    if not outlets:
        return []
    paths = outlet_pages(articles)
    ranked = sorted(outlets.items(), key=lambda item: (-len(item[1]), item[0]))
    lines = ["## Media", "", "| Media | Artikel | Terbit |", "|---|---:|---|"]
    for name, items in ranked[:OUTLET_ROWS]:
        label = "*media tidak diketahui*" if name == UNKNOWN_OUTLET else md_escape(name)
        lines.append(f"| [{label}]({rel_link(PAGE, paths[name])}) | {format_count(len(items))} | "
                     f"{_range_text(items)} |")
    lines.append("")
    if len(ranked) > OUTLET_ROWS:
        rest = ranked[OUTLET_ROWS:]
        lines += [f"Dan {format_count(len(rest))} media lain dengan {format_count(sum(len(i) for _, i in rest))} "
                  f"artikel; semuanya ada di [indeks artikel]({rel_link(PAGE, 'artikel/index.md')}).", ""]
    return lines


def _range_text(items: list[Article]) -> str:
    """Dates an outlet's articles cover: the stated range, then how many state no date (with the estimate)."""
    stated = sorted(article.published[:10] for article in items if article.published)
    inferred = sorted(article.published_inferred for article in items
                      if not article.published and article.published_inferred)
    text = format_date_id(stated[0], stated[-1]) if stated else ""
    missing = len(items) - len(stated)
    if missing:
        note = "tanggal tidak tercantum" if not stated else f"{format_count(missing)} tanpa tanggal"
        if inferred:
            note += f" (perkiraan: {format_date_id(inferred[0], inferred[-1])})"
        text = f"{text}; {note}" if text else note
    return text


# ---------------------------------------------------------------------------------------------
# Who reported what
# ---------------------------------------------------------------------------------------------

def _coverage(ordered: list[Article], outlets: dict[str, list[Article]], by_id: dict[str, Article],
              timeline: list[dict], glossary: list[dict]) -> list[str]:
    lines = ["## Siapa melaporkan apa {#cakupan}", ""]
    lines += _entity_matrix(ordered, outlets, glossary)
    lines += _event_table(by_id, timeline)
    return lines


def _columns(ordered: list[Article], outlets: dict[str, list[Article]]) -> tuple[list[tuple[str, set[str]]], bool]:
    """Matrix columns as (header Markdown, article ids): one per article for small corpora, else one per outlet
    (the biggest MATRIX_COLUMNS - 1, the rest together). The flag tells which."""
    if len(ordered) <= MATRIX_COLUMNS:
        seen: Counter[str] = Counter()
        columns = []
        for article in ordered:
            label = article.outlet or "Artikel"
            seen[label] += 1
            if seen[label] > 1:
                label = f"{label} ({seen[label]})"
            link = f'{rel_link(PAGE, article.src_path)} "{cell_title(article.title)}"'
            columns.append((f"[{md_escape(label)}]({link})", {article.id}))
        return columns, True
    paths = outlet_pages(ordered)
    named = sorted(((name, items) for name, items in outlets.items() if name != UNKNOWN_OUTLET),
                   key=lambda item: (-len(item[1]), item[0]))
    unknown = outlets.get(UNKNOWN_OUTLET, [])
    if len(named) + bool(unknown) <= MATRIX_COLUMNS:
        shown, rest, label = named, unknown, "Media tak diketahui"
    else:
        keep = MATRIX_COLUMNS - 1
        shown, label = named[:keep], "Media lain"
        rest = unknown + [article for _, items in named[keep:] for article in items]
    columns = [(f"[{md_escape(name)}]({rel_link(PAGE, paths[name])})", {a.id for a in items}) for name, items in shown]
    if rest:
        columns.append((label, {article.id for article in rest}))
    return columns, False


def _entity_matrix(ordered: list[Article], outlets: dict[str, list[Article]], glossary: list[dict]) -> list[str]:
    top = top_entities(glossary, MATRIX_ENTITIES)
    if not top:
        return []
    columns, per_article = _columns(ordered, outlets)
    if per_article:
        lines = ["### Nama yang paling sering disebut", "",
                 f"{format_count(len(top))} nama yang disebut dalam artikel terbanyak, dan artikel mana yang "
                 "menyebutnya (✓). Kolom terakhir: jumlah artikel.", ""]
    else:
        lines = ["### Nama yang paling sering disebut", "",
                 f"{format_count(len(top))} nama yang disebut dalam artikel terbanyak, dan berapa artikel dari "
                 "setiap media yang menyebutnya. Kolom terakhir: jumlah seluruh artikel.", ""]
    lines.append("| Nama | " + " | ".join(header for header, _ in columns) + " | Artikel |")
    lines.append("|---|" + ":-:|" * len(columns) + "---:|")
    for entry in top:
        mentioned = set(entry["mentions"])
        cells = []
        for _, ids in columns:
            hits = len(ids & mentioned)
            cells.append(("✓" if hits else "") if per_article else (format_count(hits) if hits else ""))
        name = f"[{md_escape(entry['name'])}]({rel_link(PAGE, entry_src(entry), entry['id'])})"
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {format_count(len(mentioned))} |")
    return lines + [""]


def _event_table(by_id: dict[str, Article], timeline: list[dict]) -> list[str]:
    if not timeline:
        return []
    where = entry_pages(timeline)
    counts = {entry["id"]: outlet_count(entry, by_id) for entry in timeline}
    single = sum(1 for count in counts.values() if count <= 1)
    shared = len(timeline) - single
    total = f"{format_count(len(timeline))} peristiwa di [linimasa]({rel_link(PAGE, 'linimasa/index.md')})"
    one = "**satu sumber** (satu artikel, atau beberapa artikel dari satu media)"
    if not shared:
        summary = f"Semua {total} hanya bersandar pada {one}."
    elif not single:
        summary = f"Semua {total} dilaporkan oleh lebih dari satu media."
    else:
        summary = (f"Dari {total}, {format_count(single)} hanya bersandar pada {one} dan "
                   f"{format_count(shared)} dilaporkan oleh lebih dari satu media.")
    lines = ["### Peristiwa dan sumbernya", "", summary]
    if len(timeline) <= EVENT_ROWS:
        shown = sorted(timeline, key=lambda entry: (entry["date"], entry.get("end") or "", entry.get("id", "")))
        lines[-1] += " Semua peristiwa menurut urutan waktu:"
    else:
        shown = best_covered_events(timeline, by_id, EVENT_ROWS, counts)
        lines[-1] += (f" Berikut {format_count(len(shown))} peristiwa yang dilaporkan paling banyak media; "
                      f"jumlah sumber setiap peristiwa ada di [timeline.csv]({rel_link(PAGE, 'data/timeline.csv')}).")
    lines += ["", "| Tanggal | Peristiwa | Sumber |", "|---|---|---|"]
    now = newest_date(by_id.values())
    for entry in shown:
        date_link = f"[{when_text(entry, now)}]({rel_link(PAGE, where[entry['id']], entry['id'])})"
        sources = source_links(entry, PAGE, by_id)
        if counts[entry["id"]] <= 1:
            sources += " · *satu sumber*"
        text = md_escape(shorten(entry.get("text", ""), EVENT_TEXT_CHARS)) + caveat_html(entry, md_escape)
        lines.append(f"| {date_link} | {text} | {sources} |")
    return lines + [""]


def source_links(entry: dict, here: str, by_id: dict[str, Article]) -> str:
    """A timeline entry's source articles as links to the quoted sentence, labelled by outlet."""
    parts = []
    used: Counter[str] = Counter()
    anchors = {}
    for source in entry.get("sources") or []:
        anchors.setdefault(source["article"], source["page"].partition("#")[2] or None)
    for article_id in event_articles(entry):
        article = by_id.get(article_id)
        if article is None or not article.src_path:
            continue
        label = article.outlet or "media tidak diketahui"
        used[label] += 1
        if used[label] > 1:
            label = f"{label} ({used[label]})"
        href = rel_link(here, article.src_path, anchors[article_id])
        parts.append(f'[{md_escape(label)}]({href} "{cell_title(article.title)}")')
    return ", ".join(parts) or "—"


def cell_title(text: str) -> str:
    """A link title that is safe inside a table cell as well (a bare '|' would end the cell)."""
    return link_title(text).replace("|", "&#124;")


# ---------------------------------------------------------------------------------------------
# Skipped files and downloads
# ---------------------------------------------------------------------------------------------

def _rejected(rejected: list[Rejected]) -> list[str]:
    lines = ["## Berkas yang tidak diolah {#tidak-diolah}", ""]
    if not rejected:
        return lines + ["Semua berkas masukan berhasil diolah.", ""]
    reasons = Counter(item.code for item in rejected)
    summary = ", ".join(f"{REASONS.get(code, code)}: {format_count(count)}"
                        for code, count in sorted(reasons.items(), key=lambda kv: (-kv[1], kv[0])))
    lines += [f"{format_count(len(rejected))} berkas tidak menghasilkan artikel ({summary}).", ""]
    ordered = sorted(rejected, key=lambda item: item.source_file)
    lines += [f"- {md_escape(item.source_file)}: {REASONS.get(item.code, md_escape(item.code))} "
              f"({md_escape(item.detail)})" for item in ordered[:REJECTED_LISTED]]
    if len(ordered) > REJECTED_LISTED:
        lines.append(f"- dan {format_count(len(ordered) - REJECTED_LISTED)} berkas lain "
                     f"(daftar lengkap di [rejected.json]({rel_link(PAGE, 'data/rejected.json')}))")
    return lines + [""]


def _downloads(here: str) -> list[str]:
    lines = ["## Unduh data {#unduh}", "",
             "Berkas CSV dapat dibuka dengan aplikasi lembar kerja (UTF-8, daftar dipisah titik koma); "
             "berkas JSON untuk program.", ""]
    for stem, kinds, what in DOWNLOADS:
        links = " · ".join(f"[{stem}.{kind}]({rel_link(here, f'data/{stem}.{kind}')})" for kind in kinds)
        lines.append(f"- {links} — {what}")
    return lines + [""]
