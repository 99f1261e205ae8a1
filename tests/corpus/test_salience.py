"""Which glossary entries a reader's glossary keeps: names said once in passing are left out."""

from __future__ import annotations

from explainer.corpus.glossary import build_glossary
from explainer.corpus.salience import earns_entry, salient_entries
from explainer.extract.entities import find_mentions
from explainer.model import Article, Block


def _article(article_id: str, *paragraphs: str) -> Article:
    return Article(id=article_id, source_file=f"{article_id}.txt", title=f"Judul {article_id}", outlet=None, url=None,
                   published="2024-03-01", authors=[], editors=[], blocks=[Block("p", p) for p in paragraphs],
                   page=f"artikel/{article_id}/", src_path=f"artikel/{article_id}.md")


def _entry(name: str, kind: str, mentions: dict[str, int], description: str | None = None) -> dict:
    entry_id = name.lower().replace(" ", "-")
    return {"id": entry_id, "name": name, "type": kind, "aliases": [name], "description": description,
            "description_source": None, "mentions": mentions, "page": f"glosarium/#{entry_id}"}


def test_an_organisation_named_once_in_passing_is_left_out() -> None:
    assert not earns_entry(_entry("Koperasi Tani Makmur", "organization", {"a1": 1}))
    assert not earns_entry(_entry("Desa Sukajadi Lor", "place", {"a1": 1}))


def test_named_twice_described_a_person_or_an_event_keep_their_entry() -> None:
    assert earns_entry(_entry("Koperasi Tani Makmur", "organization", {"a1": 1, "a2": 1}))
    assert earns_entry(_entry("Koperasi Tani Makmur", "organization", {"a1": 2}))
    assert earns_entry(_entry("Koperasi Tani Makmur", "organization", {"a1": 1}, "koperasi petani jagung"))
    assert earns_entry(_entry("Sulastri Wibowo", "person", {"a1": 1}))
    assert earns_entry(_entry("Festival Panen Raya", "event", {"a1": 1}))


def test_a_quoted_body_or_one_the_user_named_keeps_its_entry() -> None:
    entry = _entry("Koperasi Tani Makmur", "organization", {"a1": 1})
    assert earns_entry(entry, speakers=frozenset({"koperasi tani makmur"}))
    overrides = {"entries": [{"match": "Koperasi Tani Makmur", "description": "koperasi desa"}]}
    assert salient_entries([entry], overrides=overrides) == [entry]
    assert salient_entries([entry], overrides={"entries": [{"match": "Lain", "split": ["Koperasi Tani Makmur"]}]})


def test_on_a_built_glossary_the_passing_name_goes_and_the_story_stays() -> None:
    corpus = [
        _article("a1", "Camat Lembah Hijau Hendra Saputra membuka Festival Panen Raya di lapangan desa. "
                       "Acara itu disponsori Koperasi Tani Makmur."),
        _article("a2", "Hendra Saputra mengatakan Dinas Pertanian Kabupaten Lembah Hijau membantu petani. "
                       "Dinas Pertanian Kabupaten Lembah Hijau menyalurkan pupuk."),
    ]
    full = build_glossary([(a, find_mentions(a)) for a in corpus], {})
    kept = salient_entries(full)
    names = {entry["name"] for entry in kept}
    assert "Hendra Saputra" in names and "Dinas Pertanian Kabupaten Lembah Hijau" in names
    assert any(entry["name"] == "Koperasi Tani Makmur" for entry in full)
    assert "Koperasi Tani Makmur" not in names
    assert all(entry["page"] == f"glosarium/#{entry['id']}" for entry in kept)
