"""The generated home page: intro handling, overview, latest events, most-named entities, latest articles;
on hand-made data, the seeds and a generated corpus."""

from __future__ import annotations

import re

import pytest

from explainer.corpus.coverage import latest_events
from explainer.model import Article, Block
from explainer.render import home_page
from explainer.render.home_page import render_home, split_intro
from explainer.site import build_site
from paths import ROOT, SEEDS

INTRO = "---\ntitle: Beranda\n---\n\n# Banjir Kota\n\nPada Maret 2024 banjir besar melanda kota.\n"


def art(article_id: str, outlet: str | None, published: str | None, title: str = "") -> Article:
    return Article(id=article_id, source_file=f"{article_id}.txt", title=title or f"Judul {article_id}",
                   outlet=outlet, url=None, published=published, authors=[], editors=[],
                   blocks=[Block("p", "Air naik setinggi satu meter.")], page=f"artikel/{article_id}/",
                   src_path=f"artikel/{article_id}.md")


def entity(entity_id: str, name: str, kind: str, mentions: dict[str, int], page: str = "") -> dict:
    return {"id": entity_id, "name": name, "type": kind, "aliases": [name], "description": None,
            "description_source": None, "mentions": mentions, "page": page or f"glosarium/#{entity_id}"}


def event(event_id: str, date: str, text: str, article: str, planned: bool = False, end: str | None = None) -> dict:
    return {"id": event_id, "date": date, "end": end, "granularity": "day", "text": text, "notes": [],
            "planned": planned, "sources": [{"article": article, "quote": text, "expression": date,
                                             "page": f"artikel/{article}/#p1-k2"}]}


ARTICLES = [art("a1", "Kabar Kota", "2024-03-05T08:00"), art("a2", "Warta Desa", "2024-03-01"),
            art("a3", "Kabar Kota", None, title="Judul [aneh] *x*")]
GLOSSARY = [entity("budi", "Budi Santoso", "person", {"a1": 1, "a2": 2}),
            entity("rina", "Rina Wulandari", "person", {"a1": 5}),
            entity("kota-baru", "Kota Baru", "place", {"a1": 1, "a2": 1, "a3": 1}),
            entity("dinas", "Dinas Sosial", "organization", {"a2": 1}),
            entity("hal", "Hal Lain", "other", {"a1": 1, "a2": 1, "a3": 1})]
TIMELINE = [event("e1", "2024-02-28", "Hujan deras turun semalaman.", "a2"),
            event("e2", "2024-03-04", "Tanggul jebol di <b>utara</b> kota.", "a1"),
            event("e3", "2024-04-10", "Pemerintah akan membangun tanggul baru.", "a1", planned=True),
            event("e4", "2024-03-05", "Bantuan akan tiba.", "a1", planned=True, end="2024-03-06")]


@pytest.fixture(scope="module")
def home() -> str:
    return render_home(ARTICLES, TIMELINE, GLOSSARY, INTRO)


def section(page: str, heading: str) -> str:
    start = page.index(heading + "\n")
    rest = page[start + len(heading):]
    stop = re.search(r"^## ", rest, re.M)
    return page[start:start + len(heading) + (stop.start() if stop else len(rest))]


def test_split_intro() -> None:
    assert split_intro(INTRO) == ("---\ntitle: Beranda\n---\n", "# Banjir Kota",
                                  "Pada Maret 2024 banjir besar melanda kota.")
    assert split_intro("# Judul\n\nTeks.\n\n## Bagian\n\nLagi.") == ("", "# Judul", "Teks.\n\n## Bagian\n\nLagi.")
    assert split_intro("Teks saja.\n\n# Judul di tengah\n") == ("", "", "Teks saja.\n\n# Judul di tengah")
    assert split_intro("---\ntitle: X\n---\n## Bukan H1\n") == ("---\ntitle: X\n---\n", "", "## Bukan H1")
    assert split_intro("") == ("", "", "")


def test_the_introduction_comes_first_and_each_section_once(home: str) -> None:
    assert home.startswith("---\ntitle: Beranda\n---\n\n# Banjir Kota\n\nPada Maret 2024 banjir besar melanda kota.\n\n"
                           "Situs ini menyusun 3 artikel dari 2 media yang terbit antara 1 Maret 2024 dan 5 Maret 2024."
                           "\n\n## Ringkasan\n")
    headings = re.findall(r"^## (.+)$", home, re.M)
    assert headings == ["Ringkasan", "Linimasa sekilas", "Tokoh utama", "Peristiwa terbaru lainnya",
                        "Paling sering disebut", "Artikel terbaru", "Sekilas"]
    assert home.count("Pada Maret 2024 banjir") == 1 and "Tentang situs ini" not in home
    assert home.count("# Banjir Kota") == 1 and home.count("title: Beranda") == 1
    # the counts are said once, in "Sekilas"; the most-named once, in their own sections
    assert len(re.findall(r"\b4\W* peristiwa bertanggal", home)) == 1 and "Yang paling sering disebut" not in home


def test_an_intro_with_sections_keeps_its_opening_on_top_and_its_sections_at_the_end() -> None:
    intro = "# Banjir\n\nPembuka singkat.\n\n## Cara membaca\n\nPenjelasan.\n"
    page = render_home(ARTICLES, TIMELINE, GLOSSARY, intro)
    assert page.startswith("# Banjir\n\nPembuka singkat.\n\nSitus ini menyusun 3 artikel")
    assert page.rstrip().endswith("## Sekilas" + section(page, "## Sekilas")[len("## Sekilas"):].rstrip()
                                  + "\n\n## Cara membaca\n\nPenjelasan.")
    assert page.count("Pembuka singkat.") == 1


def test_key_figures(home: str) -> None:
    figures = section(home, "## Sekilas")
    assert "- [Linimasa](linimasa/index.md): **4** peristiwa bertanggal, 2024" in figures
    assert "- [Glosarium](glosarium/index.md): **2** orang, **1** organisasi, **1** tempat" in figures
    assert "- [Artikel](artikel/index.md): **3** artikel dari **2** media" in figures
    assert "- [Sumber](sumber.md): " in figures


def test_event_items_carry_date_link_plan_sources_and_notes(home: str) -> None:
    summary = re.findall(r"<li>.*?</li>", section(home, "## Ringkasan"))
    assert [re.search(r'href="linimasa/#(e\d)"', item).group(1) for item in summary] == ["e1", "e2"]
    assert "Tanggul jebol di &lt;b&gt;utara&lt;/b&gt; kota." in summary[1]  # seed text stays text
    assert '<a href="artikel/a2/#p1-k2" title="Judul a2">Warta Desa</a>' in summary[0]
    latest = re.findall(r"<li>.*?</li>", section(home, "## Peristiwa terbaru lainnya"))
    assert latest == ['<li><strong><a href="linimasa/#e4">5–6 Maret 2024</a></strong> <em>(direncanakan)</em> · '
                      'Bantuan akan tiba. (<a href="artikel/a1/#p1-k2" title="Judul a1">Kabar Kota</a>)</li>']
    noted = dict(TIMELINE[1], notes=["Tahun diperkirakan dari artikel lain.", "Tanggal kedua <i>lain</i>."])
    page = render_home(ARTICLES, [noted], GLOSSARY, INTRO)
    assert ('<details class="catatan"><summary>Catatan tanggal (2)</summary><span class="catatan-isi">Tahun '
            'diperkirakan dari artikel lain.</span> <span class="catatan-isi">Tanggal kedua &lt;i&gt;lain&lt;/i&gt;.'
            "</span></details></li>") in page


def test_latest_events_repeat_nothing_and_leave_out_plans_after_the_newest_article(monkeypatch) -> None:
    monkeypatch.setattr(home_page, "SUMMARY_EVENTS", 1)
    again = event("e5", "2024-03-04", "Tanggul di utara kota jebol pada malam hari.", "a2")
    page = render_home(ARTICLES, TIMELINE + [again], GLOSSARY, INTRO)
    shown = re.findall(r'href="linimasa/#(e\d)"', section(page, "## Ringkasan"))
    latest = section(page, "## Peristiwa terbaru lainnya")
    listed = re.findall(r'<li><strong><a href="linimasa/#(e\d)"', latest)
    assert shown == ["e1"] and listed == ["e4", "e2"]  # e3 is after 5 March; e5 tells 4 March again
    assert latest.count("<li>") == 2 and "[Seluruh linimasa](linimasa/index.md)" in latest
    assert [e["id"] for e in latest_events(TIMELINE, 2)] == ["e3", "e4"]  # without a limit date plans count too


def test_latest_events_stay_in_the_news_period(monkeypatch) -> None:
    monkeypatch.setattr(home_page, "SUMMARY_EVENTS", 0)
    old = event("e9", "1998", "Banjir besar pernah melanda kota.", "a1")
    page = render_home(ARTICLES, [old, TIMELINE[1]], GLOSSARY, INTRO)
    latest = section(page, "## Peristiwa terbaru")
    assert "linimasa/#e2" in latest and "e9" not in latest  # 1998 is background, not the latest news


def test_most_named_link_into_the_glossary(home: str) -> None:
    names = section(home, "## Paling sering disebut")
    assert "- **Tempat:** [Kota Baru](glosarium/index.md#kota-baru) (3)" in names
    assert "- **Organisasi:** [Dinas Sosial](glosarium/index.md#dinas) (1)" in names
    assert "Orang" not in names  # the people are "Tokoh utama", once
    assert "[Budi Santoso](glosarium/index.md#budi)" in section(home, "## Tokoh utama")
    assert "Hal Lain" not in home  # "other" entities are not ranked
    paginated = render_home(ARTICLES, [], [entity("k", "Kali", "place", {"a1": 1}, "glosarium/k/#k")], "")
    assert "[Kali](glosarium/k.md#k)" in paginated


def test_latest_articles(home: str) -> None:
    latest = section(home, "## Artikel terbaru")
    assert [line for line in latest.splitlines() if line.startswith("- ")] == [
        "- [Judul a1](artikel/a1.md) — Kabar Kota, 5 Maret 2024, 08.00",
        "- [Judul a2](artikel/a2.md) — Warta Desa, 1 Maret 2024",
        r"- [Judul \[aneh\] \*x\*](artikel/a3.md) — Kabar Kota, tanggal tidak tercantum"]


def test_small_and_empty_sites_read_well() -> None:
    one = render_home(ARTICLES[:1], [], [], "Pengantar singkat.")
    assert one.startswith("Pengantar singkat.\n\nSitus ini menyusun 1 artikel dari 1 media yang terbit pada "
                          "5 Maret 2024.\n")
    assert "Peristiwa terbaru" not in one and "Paling sering disebut" not in one
    empty = render_home([], [], [], "# Judul\n")
    assert empty == ("# Judul\n\nBelum ada artikel yang diolah.\n\n## Sekilas\n\n"
                     "- [Linimasa](linimasa/index.md): **0** peristiwa bertanggal\n"
                     "- [Glosarium](glosarium/index.md): **0** orang, **0** organisasi, **0** tempat\n"
                     "- [Artikel](artikel/index.md): **0** artikel dari **0** media, dapat dibaca utuh\n"
                     "- [Sumber](sumber.md): metadata setiap artikel, siapa melaporkan apa, dan data untuk diunduh\n")


def test_seed_home_page() -> None:
    intro = (ROOT / "docs" / "index.md").read_text(encoding="utf-8")
    content = build_site(SEEDS, intro)
    home = content.pages["index.md"]
    front, title, rest = split_intro(intro)
    assert home.startswith(front + "\n" + title + "\n\n" + rest + "\n\nSitus ini menyusun 5 artikel dari 5 media "
                           "yang terbit antara 5 September 2023 dan 18 Juni 2024.\n\n## Ringkasan\n")
    summary = re.findall(r"<li>.*?</li>", section(home, "## Ringkasan"))
    assert 3 <= len(summary) <= home_page.SUMMARY_EVENTS
    assert not any('"' in item.split(" · ", 1)[1].split(" (<a")[0] for item in summary)  # no quotes as events
    assert any(">12 September 2023</a>" in item and "Kim kabarnya didampingi" in item for item in summary)
    people = section(home, "## Tokoh utama")
    assert "- **[Vladimir Putin](glosarium/index.md#vladimir-putin)** — Presiden Rusia" in people
    assert re.search(r"\[Kim Jong[- ]?[Uu]n\]\(glosarium/index\.md#kim-jong-un\)", people)
    assert ("- [Kutipan](kutipan/index.md): **11** kutipan langsung dari **6** pembicara yang disebut namanya\n"
            "- [Sumber](sumber.md)") in section(home, "## Sekilas")
    assert home.count(rest) == 1
    # no event twice: what Ringkasan tells, the latest events do not tell again, nor the same days twice
    ids = re.findall(r'<li><strong><a href="linimasa/#([^"]+)"', home)
    assert len(ids) == len(set(ids))


def test_corpus_home_page_stays_short(corpus) -> None:
    raw, _ = corpus
    content = build_site(raw, "# Uji\n\nPengantar.", cache_dir=raw.parent / "cache")
    home = content.pages["index.md"]
    assert len(home) < 24_000  # 300 articles: about 17 kB (Ringkasan, small visual timeline); lists are capped
    assert len(re.findall(r"^- \[", section(home, "## Artikel terbaru"), re.M)) == home_page.LATEST_ARTICLES
    latest = section(home, "## Peristiwa terbaru lainnya")
    assert 1 <= latest.count("<li>") <= home_page.LATEST_EVENTS
    newest = max(a.reference_date for a in content.articles if a.reference_date)
    for date in re.findall(r"#peristiwa-(\d{4})(\d{2})?(\d{2})?-", latest):
        assert "-".join(part for part in date if part) <= newest


def test_latest_events_are_newest_first_by_start_and_quotes_are_not_events(monkeypatch) -> None:
    monkeypatch.setattr(home_page, "SUMMARY_EVENTS", 0)
    timeline = [event("range", "2024-03-01", "Pengungsi bertahan di posko.", "a1", end="2024-03-02"),
                event("day", "2024-03-03", "Air mulai surut.", "a1"),
                event("quote", "2024-03-04", "Kami siap membantu,” kata Budi, Senin (4/3/2024).", "a1"),
                event("said", "2024-03-02", "Menurut Rina, “bantuan cukup” untuk sepekan.", "a2"),
                event("plan", "2024-02-20", "Warga akan mengungsi ke sekolah.", "a2", planned=True)]
    latest = section(render_home(ARTICLES, timeline, GLOSSARY, INTRO), "## Peristiwa terbaru")
    items = re.findall(r"<li>.*?</li>", latest)
    assert [re.search(r'href="linimasa/#(\w+)"', item).group(1) for item in items] == ["day", "range", "plan"]
    assert items[2].startswith('<li><strong><a href="linimasa/#plan">20 Februari 2024</a></strong> '
                               "<em>(rencana yang diberitakan)</em>")
    assert "direncanakan" not in latest
