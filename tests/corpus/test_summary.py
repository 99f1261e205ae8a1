"""The home page's "Ringkasan": most-reported events first, one bullet per real event, no quotes, date order."""

from __future__ import annotations

import re

from explainer.corpus.summary import key_people, summary_events
from explainer.model import Article, Block
from explainer.render.home_page import render_home
from explainer.site import build_site


def art(article_id: str, outlet: str | None) -> Article:
    return Article(id=article_id, source_file=f"{article_id}.txt", title=f"Judul {article_id}", outlet=outlet,
                   url=None, published="2024-03-10", authors=[], editors=[], blocks=[Block("p", "Teks.")],
                   page=f"artikel/{article_id}/", src_path=f"artikel/{article_id}.md")


def event(event_id: str, date: str, text: str, articles: list[str], sentence: str = "", planned: bool = False,
          end: str | None = None, granularity: str = "day") -> dict:
    return {"id": event_id, "date": date, "end": end, "granularity": granularity, "text": text, "notes": [],
            "planned": planned,
            "sources": [{"article": a, "quote": text, "expression": date,
                         "page": f"artikel/{a}/#{sentence or event_id}"} for a in articles]}


BY_ID = {a.id: a for a in [art("a1", "Kabar Kota"), art("a2", "Warta Desa"), art("a3", "Kabar Kota"),
                           art("a4", "Suara Pantai"), art("a5", None)]}
GLOSSARY = [{"id": "budi", "name": "Budi Santoso", "type": "person", "aliases": ["Budi Santoso", "Budi"],
             "description": "Wali Kota Baru", "mentions": {"a1": 2, "a2": 1, "a4": 1}, "page": "glosarium/#budi"},
            {"id": "rina", "name": "Rina Wulandari", "type": "person", "aliases": ["Rina Wulandari"],
             "description": None, "mentions": {"a1": 1}, "page": "glosarium/#rina"},
            {"id": "kota", "name": "Kota Baru", "type": "place", "aliases": ["Kota Baru"], "description": None,
             "mentions": {"a1": 1, "a2": 1, "a3": 1, "a4": 1}, "page": "glosarium/#kota"}]


def test_most_outlets_first_then_shown_in_date_order() -> None:
    timeline = [
        event("late", "2024-03-08", "Bantuan tiba di Kota Baru.", ["a1", "a2", "a4"]),
        event("early", "2024-03-01", "Hujan deras mengguyur pesisir.", ["a1", "a2"]),
        event("same-outlet", "2024-03-02", "Jalan utama ditutup polisi.", ["a1", "a3"]),  # one outlet twice
        event("lone", "2024-03-03", "Sekolah diliburkan sepekan.", ["a5"]),
    ]
    chosen = summary_events(timeline, BY_ID, GLOSSARY, 2)
    assert [e["id"] for e in chosen] == ["early", "late"]
    assert [e["id"] for e in summary_events(timeline, BY_ID, GLOSSARY, 3)] == ["early", "same-outlet", "late"]


def test_no_duplicates_and_no_quotes_as_events() -> None:
    timeline = [
        event("bridge", "2024-03-04", "Jembatan Kota Baru runtuh diterjang banjir.", ["a1", "a2"]),
        event("bridge-again", "2024-03-04", "Jembatan di Kota Baru runtuh setelah diterjang banjir.", ["a4"]),
        event("same-sentence", "2024-03", "Jembatan Kota Baru runtuh diterjang banjir.", ["a1"], sentence="bridge"),
        event("quote", "2024-03-05", "\u201cKami butuh bantuan,\u201d kata Budi Santoso, Selasa (5/3/2024).",
              ["a1", "a2", "a4"]),
        event("other-day", "2024-03-09", "Jembatan darurat dibangun di Kota Baru.", ["a4"]),
    ]
    ids = [e["id"] for e in summary_events(timeline, BY_ID, GLOSSARY, 5)]
    assert ids == ["bridge", "other-day"]


def test_central_names_and_precise_dates_break_ties() -> None:
    timeline = [
        event("vague", "2024", "Budi Santoso memimpin Kota Baru.", ["a1"], granularity="year"),
        event("precise", "2024-03-06", "Budi menemui warga Kota Baru.", ["a2"]),
        event("nobody", "2024-03-07", "Listrik padam selama dua jam.", ["a4"]),
    ]
    assert [e["id"] for e in summary_events(timeline, BY_ID, GLOSSARY, 1)] == ["precise"]
    assert [e["id"] for e in summary_events(timeline, BY_ID, GLOSSARY, 2)] == ["vague", "precise"]


def test_key_people_are_people_named_in_most_articles() -> None:
    assert [e["id"] for e in key_people(GLOSSARY, 5)] == ["budi", "rina"]


def test_home_page_bullets_are_cited_sentences_and_plans_say_so() -> None:
    timeline = [event("plan", "2024-04-01", "Pemerintah akan membangun <b>tanggul</b> baru.", ["a1", "a2"],
                      planned=True),
                event("done", "2024-03-04", "Tanggul jebol di utara kota.", ["a4"])]
    home = render_home(list(BY_ID.values()), timeline, GLOSSARY, "")
    summary = home[home.index("## Ringkasan"):home.index("## Tokoh utama")]
    bullets = re.findall(r"<li>.*?</li>", summary)
    assert bullets[0] == ('<li><strong><a href="linimasa/#done">4 Maret 2024</a></strong> · Tanggul jebol di utara '
                          'kota. (<a href="artikel/a4/#done" title="Judul a4">Suara Pantai</a>)</li>')
    # dated after the newest article (10 March): still a plan
    assert bullets[1].startswith('<li><strong><a href="linimasa/#plan">1 April 2024</a></strong> <em>(direncanakan)'
                                 "</em> · Pemerintah akan membangun &lt;b&gt;tanggul&lt;/b&gt; baru. (<a ")
    people = home[home.index("## Tokoh utama"):]
    assert "- **[Budi Santoso](glosarium/index.md#budi)** — Wali Kota Baru\n" in people
    assert "- **[Rina Wulandari](glosarium/index.md#rina)**\n" in people


def test_news_rather_than_background() -> None:
    timeline = [event("old", "2019-05", "Budi Santoso pertama kali memimpin Kota Baru.", ["a1"], granularity="month"),
                event("news", "2024-02", "Budi Santoso meresmikan pasar Kota Baru.", ["a2"], granularity="month")]
    assert [e["id"] for e in summary_events(timeline, BY_ID, GLOSSARY, 1)] == ["news"]  # articles: March 2024


def test_one_article_site_reads_well(tmp_path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "satu.txt").write_text(
        "Banjir Rendam Kota Baru\n\nKOTA BARU, Kabar Kota - Banjir merendam Kota Baru pada Senin (4/3/2024). "
        "Wali Kota Budi Santoso meninjau lokasi.\n\n“Kami sudah menyiapkan posko pengungsian,” kata Budi Santoso.\n",
        encoding="utf-8")
    content = build_site(seeds, "# Banjir\n\nPengantar.")
    home = content.pages["index.md"]
    summary = home[home.index("## Ringkasan"):home.index("## Linimasa sekilas")]
    assert [item.split(" · ")[0] for item in re.findall(r"<li>.*?</li>", summary)] == [
        '<li><strong><a href="linimasa/#' + content.timeline[0]["id"] + '">4 Maret 2024</a></strong>']
    assert home.count('<rect class="lv-bar"') == 2  # one column (wide) and one row (phone)
    assert "- **[Budi Santoso](glosarium/index.md#budi-santoso)**" in home
    assert home.startswith("# Banjir\n\nPengantar.\n\nSitus ini menyusun 1 artikel")
    assert [q["speaker"] for q in content.quotes] == ["budi-santoso"]
