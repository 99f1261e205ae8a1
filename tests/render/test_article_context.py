"""An article page in its context: its events (to Linimasa), its names (to Glosarium), "Juga dilaporkan oleh"."""

from __future__ import annotations

from explainer.model import Article, Block
from explainer.render import article_context
from explainer.render.article_context import context_renderer
from explainer.site import build_site
from paths import SEEDS


def art(article_id: str, outlet: str | None, title: str = "", published: str | None = "2024-03-05") -> Article:
    return Article(id=article_id, source_file=f"{article_id}.txt", title=title or f"Judul {article_id}",
                   outlet=outlet, url=None, published=published, authors=[], editors=[],
                   blocks=[Block("p", "Teks.")], page=f"artikel/{article_id}/", src_path=f"artikel/{article_id}.md")


def event(event_id: str, date: str, text: str, articles: list[str], planned: bool = False) -> dict:
    return {"id": event_id, "date": date, "end": None, "granularity": "day", "text": text, "notes": [],
            "planned": planned, "sources": [{"article": a, "quote": text, "expression": date,
                                             "page": f"artikel/{a}/#p1-k1"} for a in articles]}


def entity(entity_id: str, name: str, kind: str, mentions: dict[str, int], description: str | None = None) -> dict:
    return {"id": entity_id, "name": name, "type": kind, "aliases": [name], "description": description,
            "description_source": None, "mentions": mentions, "page": f"glosarium/#{entity_id}"}


ARTICLES = [art("a1", "Kabar Kota"), art("a2", "Warta Desa", title="Banjir <b>besar</b>"), art("a3", None),
            art("a4", "Suara Pantai", published=None)]
TIMELINE = [event("e1", "2024-03-01", "Hujan deras turun semalaman.", ["a1", "a2", "a3"]),
            event("e2", "2024-03-04", "Tanggul jebol di utara kota.", ["a1", "a2"]),
            event("e3", "2024-04-10", "Pemerintah akan membangun tanggul baru.", ["a1"], planned=True),
            event("e4", "2024-03-02", "Listrik padam.", ["a4"])]
GLOSSARY = [entity("budi", "Budi Santoso", "person", {"a1": 1, "a2": 3}, "Wali Kota"),
            entity("rina", "Rina Wulandari", "person", {"a1": 4}),
            entity("dinas", "Dinas Sosial", "organization", {"a1": 1}),
            entity("kota", "Kota Baru", "place", {"a1": 2}),
            entity("hal", "Hal Lain", "other", {"a1": 1})]


def test_events_names_and_other_articles() -> None:
    context = context_renderer(ARTICLES, TIMELINE, GLOSSARY)(ARTICLES[0])
    assert context.startswith("## Dalam konteks {#konteks}\n")
    events = context[context.index("### Peristiwa yang dilaporkan"):context.index("### Nama yang disebut")]
    assert events.count("<li>") == 3
    assert '<li><a href="../../linimasa/#e1">1 Maret 2024</a> · Hujan deras turun semalaman.</li>' in events
    assert '<a href="../../linimasa/#e3">10 April 2024</a> <em>(direncanakan)</em>' in events
    assert events.index("#e1") < events.index("#e2") < events.index("#e3")  # in date order
    names = context[context.index("### Nama yang disebut"):context.index("### Juga dilaporkan oleh")]
    assert ('<li><strong>Orang:</strong> <a href="../../glosarium/#rina">Rina Wulandari</a>, '
            '<a href="../../glosarium/#budi" title="Wali Kota">Budi Santoso</a></li>') in names  # most named first
    assert "Dinas Sosial" in names and "Kota Baru" in names and "Hal Lain" not in names
    also = context[context.index("### Juga dilaporkan oleh"):]
    assert also.index("Banjir &lt;b&gt;besar&lt;/b&gt;") < also.index("Judul a3")  # two shared events, then one
    assert "Warta Desa, 5 Maret 2024 (2 peristiwa yang sama)" in also
    assert "media tidak diketahui, 5 Maret 2024 (1 peristiwa yang sama)" in also
    assert "Judul a1" not in also and "Judul a4" not in also  # not itself, not an unrelated article


def test_an_article_with_nothing_around_it_gets_no_section() -> None:
    lonely = art("a5", "Kabar Kota")
    assert context_renderer(ARTICLES + [lonely], TIMELINE, GLOSSARY)(lonely) == ""
    only_event = context_renderer(ARTICLES, TIMELINE, GLOSSARY)(ARTICLES[3])
    assert "### Peristiwa yang dilaporkan" in only_event and "Juga dilaporkan oleh" not in only_event


def test_long_lists_are_capped() -> None:
    many = [art(f"b{k}", f"Media {k}") for k in range(30)]
    timeline = [event(f"e{k}", f"2024-01-{k % 28 + 1:02d}", f"Peristiwa nomor {k}.", [a.id for a in many])
                for k in range(40)]
    glossary = [entity(f"p{k}", f"Orang {k}", "person", {"b0": 1}) for k in range(20)]
    context = context_renderer(many, timeline, glossary)(many[0])
    assert context.count("Peristiwa nomor") == article_context.MAX_EVENTS
    assert "dan 25 peristiwa lain di" in context
    assert "dan 8 lainnya" in context
    assert "<li>dan 21 artikel lain</li>" in context  # 29 others, eight listed


def test_seed_article_pages_carry_the_context_and_search_gets_the_body_only() -> None:
    given: dict[str, str] = {}
    content = build_site(SEEDS, "", on_article_pages=given.update)
    pages = [content.pages[a.src_path] for a in content.articles]
    assert all("## Dalam konteks {#konteks}" in page for page in pages)
    assert all("### Nama yang disebut" in page for page in pages)
    assert sum("### Peristiwa yang dilaporkan" in page for page in pages) == 4  # one seed states no date
    assert given and not any("Dalam konteks" in page for page in given.values())
