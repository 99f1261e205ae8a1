"""The Sumber page: article table, outlets, who-reported-what matrix, single-source marks, skipped files,
pagination; on hand-made data, on the seeds and on a generated corpus."""

from __future__ import annotations

import html
from collections import Counter

import re
import shutil
from pathlib import Path

import pytest

from explainer.corpus.coverage import single_source, top_entities
from explainer.idformat import format_date_id, join_id
from explainer.model import Article, Block, Rejected
from explainer.render import rawhtml, sources_page
from explainer.render.mdtext import html_text
from explainer.render.sources_page import date_text, render_sources, shorten
from explainer.site import build_site
from paths import SEEDS
from sitebuild import build

ROW = re.compile(r"^\| .* \|$")
LINK = re.compile(r"\]\(([^) ]+)")
HREF = re.compile(r'<a href="([^"]+)">')


def art(article_id: str, outlet: str | None, published: str | None = "2024-03-01", *, title: str | None = None,
        inferred: str | None = None, authors: list[str] | None = None, editors: list[str] | None = None,
        url: str | None = None, text: str = "Warga kota berkumpul di balai desa pada pagi hari.") -> Article:
    return Article(id=article_id, source_file=f"{article_id}.txt", title=title or f"Judul {article_id}", outlet=outlet,
                   url=url, published=published, authors=authors or [], editors=editors or [],
                   blocks=[Block("p", text)], page=f"artikel/{article_id}/", src_path=f"artikel/{article_id}.md",
                   published_inferred=inferred)


def entity(entity_id: str, name: str, kind: str, mentions: dict[str, int]) -> dict:
    return {"id": entity_id, "name": name, "type": kind, "aliases": [name], "description": None,
            "description_source": None, "mentions": mentions, "page": f"glosarium/#{entity_id}"}


def event(event_id: str, date: str, text: str, articles: list[str], planned: bool = False) -> dict:
    return {"id": event_id, "date": date, "end": None, "granularity": "day", "text": text, "notes": [],
            "planned": planned,
            "sources": [{"article": a, "quote": text, "expression": date, "page": f"artikel/{a}/#p1-k1"}
                        for a in articles]}


def section(page: str, heading: str) -> str:
    """The Markdown from `heading` to the next heading of the same or a higher level."""
    level = heading.split(" ")[0]
    start = page.index(heading + "\n")
    rest = page[start + len(heading):]
    stop = re.search(rf"^#{{1,{len(level)}}} ", rest, re.M)
    return page[start:start + len(heading) + (stop.start() if stop else len(rest))]


def table_rows(markdown: str) -> list[list[str]]:
    """Body rows of the first pipe table in `markdown`, split into cells (escaped pipes kept inside cells)."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if ROW.match(line))
    assert re.fullmatch(r"\|(?::?-+:?\|)+", lines[start + 1]), "header row must be followed by the rule"
    rows = []
    for line in lines[start + 2:]:
        if not ROW.match(line):
            break
        rows.append([cell.strip() for cell in re.split(r"(?<!\\)\|", line)[1:-1]])
    return rows


def article_rows(markdown: str) -> list[list[str]]:
    """Body rows of the first HTML table in `markdown` (the article table: one raw HTML line), cells as HTML."""
    table = re.search(r"^<table>(.*)</table>$", markdown, re.M)
    assert table is not None, "no article table"
    head, body = table.group(1).split("<tbody>", 1)
    assert re.findall(r"<th(?: [^>]*)?>(.*?)</th>", head) == ["Judul", "Media", "Terbit", "Penulis · Editor", "Kata"]
    return [re.findall(r"<td(?: [^>]*)?>(.*?)</td>", row) for row in re.findall(r"<tr>(.*?)</tr>", body)]


# ---------------------------------------------------------------------------------------------
# Hand-made corpus
# ---------------------------------------------------------------------------------------------

SMALL = [
    art("a1", "Kabar Kota", "2024-03-05T19:15", authors=["Rina Wulandari", "Budi Santoso"], editors=["Sari Dewi"],
        url="https://www.kabarkota.id/berita/1"),
    art("a2", "Warta Desa", None, inferred="2024-03-02"),
    art("a3", "Kabar Kota", None, title="Judul <script>alert(1)</script> | pipa"),
    art("a4", None, "2024-02-28"),
]
GLOSSARY = [
    entity("ahmad-fauzi", "Ahmad Fauzi", "person", {"a1": 3, "a2": 1, "a4": 2}),
    entity("desa-sukamaju", "Desa Sukamaju", "place", {"a2": 1}),
    entity("lain-lain", "Lain Lain", "other", {"a1": 9, "a2": 9, "a3": 9, "a4": 9}),
    entity("dinas-pu", "Dinas PU", "organization", {"a1": 1, "a3": 1}),
]
TIMELINE = [
    event("e1", "2024-03-01", "Jembatan desa diresmikan oleh bupati.", ["a1", "a3"]),  # one outlet twice
    event("e2", "2024-02-20", "Banjir merendam dua kecamatan.", ["a1", "a2"]),  # two outlets
    event("e3", "2024-02-25", "Sekolah ditutup sementara karena banjir.", ["a4"]),
]


@pytest.fixture(scope="module")
def small() -> str:
    pages = render_sources(SMALL, [Rejected("foto.txt", "binary", "binary file")], TIMELINE, GLOSSARY)
    assert list(pages) == ["sumber.md"]
    return pages["sumber.md"]


def test_article_table_shows_every_field(small: str) -> None:
    rows = article_rows(section(small, "## Artikel"))
    assert [row[0].split(" · ")[0] for row in rows] == [  # newest first by stated or inferred date
        '<a href="../artikel/a1/">Judul a1</a>', '<a href="../artikel/a2/">Judul a2</a>',
        '<a href="../artikel/a4/">Judul a4</a>',
        '<a href="../artikel/a3/">Judul &lt;script&gt;alert(1)&lt;/script&gt; | pipa</a>']
    assert rows[0] == ['<a href="../artikel/a1/">Judul a1</a> · <a href="https://www.kabarkota.id/berita/1">'
                       'kabarkota.id</a>', "Kabar Kota", "5 Maret 2024, 19.15",
                       "Rina Wulandari dan Budi Santoso · Editor: Sari Dewi", "9"]
    assert rows[1][1:] == ["Warta Desa", "tanggal tidak tercantum (perkiraan: 2 Maret 2024)", "—", "9"]
    assert rows[2][1:3] == ["—", "28 Februari 2024"]
    assert rows[3][1:] == ["Kabar Kota", "tanggal tidak tercantum", "—", "9"]


def test_credits_and_original_link() -> None:
    only_editor = art("x", "A", editors=["Sari Dewi"])
    assert sources_page.credits_text(only_editor) == "Editor: Sari Dewi"
    three = art("x", "A", authors=["A Satu", "B Dua", "C_Tiga"])
    assert sources_page.credits_text(three) == "A Satu, B Dua dan C_Tiga"
    assert sources_page.credits_text(art("x", "A", authors=["<b>Ana</b> & Co"])) == "&lt;b&gt;Ana&lt;/b&gt; &amp; Co"
    bad = render_sources([art("x", "A", url="javascript:alert(1)")], [], [], [])["sumber.md"]
    assert "javascript" not in bad
    assert article_rows(section(bad, "## Artikel"))[0][0] == '<a href="../artikel/x/">Judul x</a>'


def test_date_text() -> None:
    assert date_text(art("x", "A", "2023-09-05")) == "5 September 2023"
    assert date_text(art("x", "A", None, inferred="2023-09-12")) == \
        "tanggal tidak tercantum (perkiraan: 12 September 2023)"
    assert date_text(art("x", "A", None)) == "tanggal tidak tercantum"


def test_outlet_table_counts_and_ranges(small: str) -> None:
    rows = table_rows(section(small, "## Media"))
    assert rows == [
        ["[Kabar Kota](artikel/media/kabar-kota.md)", "2", "5 Maret 2024; 1 tanpa tanggal"],
        ["[*media tidak diketahui*](artikel/media/tidak-diketahui.md)", "1", "28 Februari 2024"],
        ["[Warta Desa](artikel/media/warta-desa.md)", "1", "tanggal tidak tercantum (perkiraan: 2 Maret 2024)"],
    ]


def test_entity_matrix_per_article(small: str) -> None:
    matrix = section(small, "### Nama yang paling sering disebut")
    header = next(line for line in matrix.splitlines() if line.startswith("| Nama"))
    assert re.findall(r"\[([^\]]+)\]\(artikel/(a\d)\.md", header) == [
        ("Kabar Kota", "a1"), ("Warta Desa", "a2"), ("Artikel", "a4"), ("Kabar Kota (2)", "a3")]
    rows = table_rows(matrix)
    # "other" entities are left out; ranked by number of articles, then mentions
    assert rows == [
        ["[Ahmad Fauzi](glosarium/index.md#ahmad-fauzi)", "✓", "✓", "✓", "", "3"],
        ["[Dinas PU](glosarium/index.md#dinas-pu)", "✓", "", "", "✓", "2"],
        ["[Desa Sukamaju](glosarium/index.md#desa-sukamaju)", "", "✓", "", "", "1"],
    ]


def test_events_are_marked_when_they_rest_on_one_source(small: str) -> None:
    events = section(small, "### Peristiwa dan sumbernya")
    assert "Dari 3 peristiwa di [linimasa](linimasa/index.md), 2 hanya bersandar pada **satu sumber**" in events
    rows = table_rows(events)
    assert [row[0] for row in rows] == ["[20 Februari 2024](linimasa/index.md#e2)",
                                        "[25 Februari 2024](linimasa/index.md#e3)",
                                        "[1 Maret 2024](linimasa/index.md#e1)"]
    assert rows[0][2].count("](artikel/") == 2 and "satu sumber" not in rows[0][2]
    assert rows[1][2].startswith("[media tidak diketahui](artikel/a4.md#p1-k1 ")
    assert rows[1][2].endswith("*satu sumber*")
    # a '|' in a link title would end the table cell
    assert ('[Kabar Kota (2)](artikel/a3.md#p1-k1 "Judul &lt;script&gt;alert&#40;1&#41;&lt;/script&gt; &#124; pipa")'
            in rows[2][2])
    assert rows[2][2].endswith("*satu sumber*")


def test_single_source_means_one_outlet() -> None:
    by_id = {article.id: article for article in SMALL}
    assert [single_source(entry, by_id) for entry in TIMELINE] == [True, False, True]
    unknown_twice = event("e9", "2024-01-01", "x", ["a4", "a5"])
    assert not single_source(unknown_twice, {**by_id, "a5": art("a5", None)})  # unknown outlets count apart


def test_skipped_files_and_downloads(small: str) -> None:
    skipped = section(small, "## Berkas yang tidak diolah {#tidak-diolah}")
    assert "1 berkas tidak menghasilkan artikel (bukan berkas teks: 1)." in skipped
    assert "- foto.txt: bukan berkas teks (binary file)" in skipped
    assert "Semua berkas masukan berhasil diolah." in render_sources(SMALL, [], [], [])["sumber.md"]
    downloads = section(small, "## Unduh data {#unduh}")
    assert sorted(LINK.findall(downloads)) == sorted(
        f"data/{name}" for name in ["sources.csv", "sources.json", "timeline.csv", "timeline.json", "glossary.csv",
                                    "glossary.json", "articles.json", "rejected.json"])


def test_many_skipped_files_are_counted_and_capped() -> None:
    rejected = [Rejected(f"{n:05}.txt", "empty", "empty file") for n in range(sources_page.REJECTED_LISTED + 30)]
    page = render_sources(SMALL, rejected, [], [])["sumber.md"]
    assert f"{sources_page.REJECTED_LISTED + 30} berkas tidak menghasilkan artikel (berkas kosong: 230)." in page
    assert page.count(": berkas kosong (empty file)") == sources_page.REJECTED_LISTED
    assert "- dan 30 berkas lain (daftar lengkap di [rejected.json](data/rejected.json))" in page


def test_shorten() -> None:
    assert shorten("Satu dua tiga.", 40) == "Satu dua tiga."
    assert shorten("Satu dua, tiga empat lima", 10) == "Satu dua …"


# ---------------------------------------------------------------------------------------------
# Large corpora: paginated table, per-outlet matrix, best-covered events
# ---------------------------------------------------------------------------------------------

def big_corpus(n: int) -> list[Article]:
    outlets = [f"Media {chr(65 + k)}" for k in range(9)]
    return [art(f"b{i:04}", outlets[i % 9] if i % 10 else None, f"2023-{1 + i % 12:02}-{1 + i % 28:02}")
            for i in range(n)]


def test_large_corpus_table_is_paginated() -> None:
    articles = big_corpus(sources_page.TABLE_LIMIT * 2 + 17)
    pages = render_sources(articles, [], [], [])
    lists = sorted(path for path in pages if path != "sumber.md")
    assert lists == ["sumber/daftar-2.md", "sumber/daftar-3.md", "sumber/daftar.md"]
    assert "[3 halaman](sumber/daftar.md)" in pages["sumber.md"]
    assert "../artikel/" not in pages["sumber.md"] and "](artikel/b" not in pages["sumber.md"]
    linked = [href for path in lists for row in article_rows(pages[path]) for href in HREF.findall(row[0])]
    assert sorted(linked) == sorted(f"../../artikel/{a.id}/" for a in articles)  # each article exactly once
    assert [len(article_rows(pages[path])) for path in ["sumber/daftar.md", "sumber/daftar-2.md", "sumber/daftar-3.md"]] \
        == [100, 100, 17]
    assert "Halaman: [1](daftar.md) · **2** · [3](daftar-3.md)" in pages["sumber/daftar-2.md"]


def test_article_table_is_one_line_that_goes_past_markdown_as_it_is() -> None:
    pages = render_sources(big_corpus(sources_page.TABLE_LIMIT + 5), [], [], [])
    text, fragments = rawhtml.lift(pages["sumber/daftar.md"])
    assert "<table>" not in text and "<tr>" not in text  # Markdown gets a placeholder, not 100 rows of cells
    tables = [fragment for fragment in fragments if fragment.startswith("<table>")]
    assert len(tables) == 1 and tables[0].count("<tr>") == 1 + sources_page.LIST_PAGE_SIZE  # header and rows
    assert rawhtml.restore(text, fragments) == pages["sumber/daftar.md"]


def test_large_corpus_matrix_counts_per_outlet() -> None:
    articles = big_corpus(90)
    mentions = {a.id: 1 for a in articles if int(a.id[1:]) % 3 == 0}
    glossary = [entity("x", "Nama X", "person", mentions)]
    page = render_sources(articles, [], [], glossary)["sumber.md"]
    matrix = section(page, "### Nama yang paling sering disebut")
    header = next(line for line in matrix.splitlines() if line.startswith("| Nama"))
    shown = re.findall(r"\[(Media [A-I])\]", header)
    assert len(shown) == sources_page.MATRIX_COLUMNS - 1 and header.endswith("| Media lain | Artikel |")
    row = table_rows(matrix)[0]
    expected = []
    for name in shown:
        count = sum(1 for a in articles if a.outlet == name and a.id in mentions)
        expected.append(str(count) if count else "")
    rest = sum(1 for a in articles if a.outlet not in shown and a.id in mentions)
    assert row[1:] == expected + [str(rest), str(len(mentions))]


def test_large_timeline_lists_best_covered_events() -> None:
    articles = big_corpus(40)
    timeline = [event(f"s{i:03}", f"2023-05-{1 + i % 28:02}", "Satu sumber.", [articles[i].id]) for i in range(30)]
    timeline.append(event("m1", "2023-01-09", "Dua media.", [articles[1].id, articles[2].id]))
    timeline.append(event("m2", "2023-01-03", "Tiga media.", [articles[1].id, articles[2].id, articles[3].id]))
    page = render_sources(articles, [], timeline, [])["sumber.md"]
    rows = table_rows(section(page, "### Peristiwa dan sumbernya"))
    assert len(rows) == sources_page.EVENT_ROWS
    assert rows[0][1] == "Tiga media." and rows[1][1] == "Dua media."
    assert all(row[2].endswith("*satu sumber*") for row in rows[2:])
    assert "30 hanya bersandar pada **satu sumber**" in page and "2 dilaporkan oleh lebih dari satu media" in page


# ---------------------------------------------------------------------------------------------
# Seeds and a generated corpus through the whole pipeline
# ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def seeds_content():
    return build_site(SEEDS)


def test_seed_table_has_every_article_with_its_metadata(seeds_content) -> None:
    page = seeds_content.pages["sumber.md"]
    rows = article_rows(section(page, "## Artikel"))
    assert len(rows) == len(list(SEEDS.glob("*.txt"))) == len(seeds_content.articles)
    by_link = {HREF.findall(row[0])[0]: row for row in rows}
    for article in seeds_content.articles:
        row = by_link[f"../artikel/{article.id}/"]
        assert row[1] == html.escape(article.outlet or "—", quote=False)
        assert row[2] == date_text(article)
        assert row[4] == str(article.word_count)
    # values read off the seed files by hand
    jatim = next(row for row in rows if row[1] == "JatimTIMES")
    assert jatim[2:4] == ["5 September 2023, 19.15", "Binti Nikmatur dan Ghiska Ayu · Editor: Dede Nana"]
    genpi = next(row for row in rows if row[1] == "GenPI.co")
    assert genpi[2:4] == ["18 Juni 2024, 12.40", "Editor: Irwina Istiqomah"]
    assert sum(row[2].startswith("tanggal tidak tercantum") for row in rows) == 3


def test_seed_matrix_matches_the_article_texts(seeds_content) -> None:
    page = seeds_content.pages["sumber.md"]
    matrix = section(page, "### Nama yang paling sering disebut")
    header = next(line for line in matrix.splitlines() if line.startswith("| Nama"))
    columns = re.findall(r"\]\(artikel/([^) ]+)\.md", header)
    assert sorted(columns) == sorted(a.id for a in seeds_content.articles)
    texts = {a.id: " ".join(a.paragraphs) for a in seeds_content.articles}
    top = top_entities(seeds_content.glossary, sources_page.MATRIX_ENTITIES)
    rows = table_rows(matrix)
    assert len(rows) == len(top) == sources_page.MATRIX_ENTITIES
    for entry, row in zip(top, rows):
        for article_id, cell in zip(columns, row[1:-1]):
            assert (cell == "✓") == (article_id in entry["mentions"])
            if cell == "✓":  # a tick means the article text does name the entity
                assert any(alias in texts[article_id] for alias in entry["aliases"]), (entry["name"], article_id)
    putin = next(row for row, entry in zip(rows, top) if entry["name"] == "Vladimir Putin")
    assert putin[1:] == ["✓"] * 5 + ["5"]  # every seed article is about Putin


def test_seed_events_rest_on_the_outlets_of_their_sources(seeds_content) -> None:
    page = seeds_content.pages["sumber.md"]
    rows = table_rows(section(page, "### Peristiwa dan sumbernya"))
    assert len(rows) == len(seeds_content.timeline)
    # each seed outlet published one article: an event has one outlet behind it unless two articles tell it
    # (the Shoigu visit: "Juli lalu" in one, "bulan lalu" in another, joined into one entry)
    by_count = Counter(len({s["article"] for s in entry["sources"]}) for entry in seeds_content.timeline)
    assert sum(row[2].endswith("*satu sumber*") for row in rows) == by_count[1]
    assert by_count[2] >= 1


@pytest.fixture(scope="module")
def corpus_content(corpus):
    raw, manifest = corpus
    return build_site(raw, cache_dir=raw.parent / "cache"), manifest


def test_corpus_tables_list_each_article_once_with_true_metadata(corpus_content) -> None:
    content, manifest = corpus_content
    truth = {item["file"]: item for item in manifest["articles"]}
    rows = [row for path, page in content.pages.items() if path.startswith("sumber/") for row in article_rows(page)]
    by_link = {HREF.findall(row[0])[0]: row for row in rows}
    assert len(rows) == len(by_link) == len(content.articles) == len(truth)
    right = {"title": 0, "date": 0, "credits": 0}
    for article in content.articles:
        row, expected = by_link[f"../../artikel/{article.id}/"], truth[article.source_file]
        right["title"] += row[0].startswith(f'<a href="../../artikel/{article.id}/">{html_text(expected["title"])}</a>')
        right["date"] += row[2] == (format_date_id(expected["published"]) if expected["published"]
                                    else date_text(article))
        credits = ([join_id(expected["authors"])] if expected["authors"] else []) + \
            ([f"Editor: {join_id(expected['editors'])}"] if expected["editors"] else [])
        right["credits"] += row[3] == html.escape(" · ".join(credits) or "—", quote=False)
    # measured on seed 7: titles 298/300; dates, authors and editors 300/300
    assert right["title"] >= 0.97 * len(truth)
    assert right["date"] == right["credits"] == len(truth)


def test_corpus_matrix_counts_agree_with_the_glossary(corpus_content) -> None:
    content, _ = corpus_content
    page = content.pages["sumber.md"]
    matrix = section(page, "### Nama yang paling sering disebut")
    header = next(line for line in matrix.splitlines() if line.startswith("| Nama"))
    outlets = re.findall(r"\[([^\]]+)\]\(artikel/media/", header)
    assert len(outlets) == sources_page.MATRIX_COLUMNS - 1
    outlet_of = {a.id: a.outlet for a in content.articles}
    texts = {a.id: " ".join(a.paragraphs) for a in content.articles}
    top = top_entities(content.glossary, sources_page.MATRIX_ENTITIES)
    for entry, row in zip(top, table_rows(matrix), strict=True):
        counts = [sum(1 for a in entry["mentions"] if outlet_of[a] == name) for name in outlets]
        assert row[1:len(outlets) + 1] == [str(c) if c else "" for c in counts]
        assert row[-1] == str(len(entry["mentions"]))
        assert all(any(alias in texts[a] for alias in entry["aliases"]) for a in entry["mentions"])


def test_sumber_page_stays_small_on_a_corpus(corpus_content) -> None:
    content, _ = corpus_content
    page = content.pages["sumber.md"]
    assert len(page) < 40_000  # 300 articles: about 17 kB (2,000: the same, the table moves to sub-pages)
    assert all(len(text) < 60_000 for path, text in content.pages.items() if path.startswith("sumber/"))


def test_built_sumber_links_resolve_and_skipped_files_show(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "kosong.txt").write_bytes(b"")
    (seeds / "sources.yml").write_text("000_3c019551425e886a.txt:\n  url: https://www.cekricek.id/berita/123\n",
                                       encoding="utf-8")
    out = tmp_path / "site"
    result = build(out, seeds=seeds, strict=False)  # strict would stop at the warning about kosong.txt
    assert result.returncode == 0, result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("WARNING")]
    assert warnings == ["WARNING -  explainer: kosong.txt: skipped: empty file"]  # no link or anchor warnings
    html = (out / "sumber" / "index.html").read_text(encoding="utf-8")
    assert "kosong.txt: berkas kosong" in html
    assert '<a href="https://www.cekricek.id/berita/123">cekricek.id</a>' in html
    for href in re.findall(r'href="(\.\./data/[^"]+)"', html):
        assert (out / "sumber" / href).resolve().is_file(), href
    assert len(re.findall(r'href="\.\./data/', html)) == 8
