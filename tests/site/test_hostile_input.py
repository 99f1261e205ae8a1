"""Hostile and broken input next to the seeds: a normal build succeeds, names every problem, keeps every good
article and body line, publishes nothing from outside seeds/, and no element or attribute comes from input."""

from __future__ import annotations

import json
import os
import shutil
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from mkdocs.utils.meta import get_data

from explainer.site import build_site
from hostile import (BACKTICK_EVENT, BACKTICK_OUTLET, BACKTICK_TITLE, BIG_LINE, NEXT_OUTLET, BIDI_SHOWN, CONTROL_SHOWN, CONTROL_SKIPPED_SHOWN, KEPT, KEPT_LINES, QUOTE_LAST, SECRET, SKIPPED, body,
                     seed_articles, text_article, write_hostile_seeds)
from paths import ROOT, SEEDS
from sitebuild import build

# Attributes whose value may quote input text (escaped): tooltips and the meta description.
TEXT_ATTRIBUTES = {"title", "content", "aria-label"}
URL_ATTRIBUTES = {"href", "src", "srcset", "action", "formaction", "poster", "data", "xlink:href", "background"}
RESOURCE_ATTRIBUTES = URL_ATTRIBUTES - {"href"}


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict, str]:
    root = tmp_path_factory.mktemp("hostile")
    seeds = write_hostile_seeds(root)
    before = _regular_files(seeds)
    out = root / "site"
    result = build(out, seeds=seeds, strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert _regular_files(seeds) == before  # raw files are only read
    records = {r["source_file"]: r for r in json.loads((out / "data" / "articles.json").read_text("utf-8"))}
    return out, seeds, records, result.stderr


def _regular_files(folder: Path) -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in folder.rglob("*")
            if not path.is_symlink() and path.is_file()}


class _Page(HTMLParser):
    """Every start tag with its attributes, and the text of <script> elements."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)


def _parsed(path: Path) -> _Page:
    page = _Page()
    page.feed(path.read_text(encoding="utf-8"))
    return page


def test_build_names_every_problem_with_its_file(hostile_site: tuple) -> None:
    log = hostile_site[3]
    for expected in (
        "meta-refresh.html: publication date '2023-13-05' is not a real date; ignored",
        "tanggal-9999.html: publication date '9999-99-99' is not a real date; ignored",
        "tanggal-30-feb.html: publication date '2030-02-30' is not a real date; ignored",
        "tanggal-nol.html: publication date '0000-00-00' is not a real date; ignored",
        "sources.yml: entry 'utf8-rusak.txt': published '0001-01-01' is out of range (1900–2100); ignored",
        "sources.yml: entry 'notepad.txt': published '2200-01-01' is out of range (1900–2100); ignored",
        "sources.yml: duplicate key 'outlet' (line 30); the last one is used",
        "sources.yml: entry 'judul-c1.txt': url must start with http:// or https://; ignored",
        "entities.yml: duplicate key 'type' (line 8); the last one is used",
        "utf8-rusak.txt: 1 invalid UTF-8 byte replaced",
        "notepad.txt: not UTF-8; read as utf-16",
        "tautan-luar.txt: skipped: link to a file outside the seeds folder; refused",
        "tautan-rusak.txt: skipped: broken link",
        "putar-a.txt: skipped: cannot be read",
        "putar-b.txt: skipped: cannot be read",
        "pipa.txt: skipped: not a regular file",
        "folder.txt: skipped: a folder",
        "arsip: skipped: a folder",
        ".tersembunyi.txt: skipped: hidden",
        "\ufffdnama.txt: skipped: file name is not valid UTF-8 (rename the file)",
        # settings PyYAML would have turned into objects that fail later: plain values, or left out by name
        "sources.yml: entry 'petik-1.txt': published '2023-02-30' is not a real date; ignored",
        "sources.yml: item 2 of key 'authors' (line 15): not a number; ignored",
        "sources.yml: key 'editors' (line 16): not true or false; ignored",
        "sources.yml: key 'url' (line 17): unsupported tag !!python/object/apply:os.system; ignored",
        "sources.yml: key 'title' (line 20): a number of 5,000 digits; read as text",
        "sources.yml: entry 'petik-2.txt': title longer than 500 characters; ignored",
        "charset-base64.html: not UTF-8; read as cp1252",  # a declared charset that is no character set
        "satu-baris.txt: text longer than 1,000,000 characters: the last ",
        "satu-baris.txt: a paragraph longer than 10,000 characters (the longest ",
    ):
        assert expected in log, expected
    assert max(map(len, log.splitlines())) < 1000  # no warning quotes an unbounded value


def test_a_file_over_the_size_budget_is_cut_and_split(hostile_site: tuple) -> None:
    paragraphs = hostile_site[2]["satu-baris.txt"]["paragraphs"]
    assert sum(map(len, paragraphs)) <= 1_000_000 and max(map(len, paragraphs)) <= 10_000
    assert " ".join(paragraphs) in BIG_LINE  # what is kept is the text as written, from its start
    assert len(" ".join(paragraphs)) > 990_000


def test_odd_settings_values_are_read_as_plain_data(hostile_site: tuple) -> None:
    records = hostile_site[2]
    assert records["petik-1.txt"]["outlet"] == BACKTICK_OUTLET and records["petik-1.txt"]["authors"] == ["1:30"]
    assert records["petik-1.txt"]["url"] is None and records["petik-2.txt"]["title"] == "Harga Bawang `Turun di Pasar Kota"
    assert records["charset-base64.html"]["paragraphs"][-1] == "Kafé “baru”."


def test_a_backtick_in_a_title_keeps_the_links_after_it(hostile_site: tuple) -> None:
    out = hostile_site[0]
    for page in (out / "sumber" / "index.html", out / "index.html"):
        assert not any(tag == "code" for tag, _ in _parsed(page).tags), page  # no code span ran across links
    links = [attrs for tag, attrs in _parsed(out / "sumber" / "index.html").tags if tag == "a"]
    titles = [attrs.get("title") for attrs in links]
    assert BACKTICK_TITLE in titles and "Harga Bawang `Turun di Pasar Kota" in titles  # shown exactly
    row = _visible_text(out / "sumber" / "index.html").split(BACKTICK_EVENT.split(",")[0])[1][:300]
    assert BACKTICK_OUTLET in row and NEXT_OUTLET in row and "Kabar Kota" in row  # every source of the event


def test_every_good_article_is_kept(hostile_site: tuple) -> None:
    records = hostile_site[2]
    assert set(records) == seed_articles() | KEPT
    assert records["notepad.txt"]["paragraphs"] == body("taman")
    assert records["tautan-dalam.txt"]["paragraphs"] == body("air")  # a link inside seeds/ works
    for name in ("meta-refresh.html", "tanggal-9999.html", "tanggal-30-feb.html", "tanggal-nol.html",
                 "utf8-rusak.txt", "notepad.txt"):
        assert records[name]["published"] is None, name
    rejected = {item["source_file"]: item["reason"]
                for item in json.loads((hostile_site[0] / "data" / "rejected.json").read_text("utf-8"))}
    assert rejected == SKIPPED  # every skipped entry of the folder, with its reason


def test_every_skipped_path_is_listed_on_sumber(hostile_site: tuple) -> None:
    text = _visible_text(hostile_site[0] / "sumber" / "index.html")
    for name in SKIPPED:
        assert f"{' '.join(name.split())}: " in text, name  # as the page shows it, runs of spaces as one
    assert ".tersembunyi.txt: berkas tersembunyi" in text and "arsip: folder" in text


def test_names_with_control_characters_are_shown_escaped(hostile_site: tuple) -> None:
    out, _, records, log = hostile_site
    assert {CONTROL_SHOWN, BIDI_SHOWN} <= set(records)
    for line in log.splitlines():
        if "explainer:" in line:
            assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f or c == "\u202e" for c in line), repr(line)
    assert "WARNING -  explainer: semua berkas terbaca" not in log.replace(CONTROL_SHOWN, "")  # no forged line
    assert f"explainer: {CONTROL_SKIPPED_SHOWN}: skipped: unsupported file type .pdf" in log
    assert " ".join(CONTROL_SKIPPED_SHOWN.split()) in _visible_text(out / "sumber" / "index.html")


def _visible_text(page: Path) -> str:
    """The text a reader sees on a page (entities decoded, tags dropped)."""
    class Text(HTMLParser):
        def __init__(self) -> None:
            super().__init__()
            self.parts: list[str] = []

        def handle_data(self, data: str) -> None:
            self.parts.append(data)

    parser = Text()
    parser.feed(page.read_text(encoding="utf-8"))
    return " ".join(" ".join(parser.parts).split())


def test_only_the_bad_bytes_are_replaced(hostile_site: tuple) -> None:
    record = hostile_site[2]["utf8-rusak.txt"]
    assert record["title"] == "Pasar Baru Dibuka untuk “Pedagang Kecil” Kota"
    assert record["paragraphs"] == [p.replace("rapat ke-2", "rapat \ufffd ke-2") for p in body("pasar")]


def test_no_body_line_is_dropped(hostile_site: tuple) -> None:
    paragraphs = hostile_site[2]["baris-hilang.txt"]["paragraphs"]
    for line in KEPT_LINES:
        assert line in paragraphs, line
    assert paragraphs[-1] == QUOTE_LAST


def test_nothing_from_outside_seeds_is_published(hostile_site: tuple) -> None:
    out = hostile_site[0]
    for path in out.rglob("*"):
        if path.is_file() and path.suffix in (".html", ".json", ".csv", ".xml"):
            assert SECRET not in path.read_text(encoding="utf-8", errors="replace"), path


def test_ids_never_collide_with_generated_pages_or_each_other(hostile_site: tuple) -> None:
    out, _, records, _ = hostile_site
    pages = [record["page"] for record in records.values()]
    assert len(pages) == len(set(pages))
    assert all(record["id"] for record in records.values())
    assert records["judul-index.txt"]["page"] == "artikel/index-artikel/"
    assert records["judul-media.txt"]["page"] == "artikel/media-artikel/"
    assert records["🔥.txt"]["page"] == "artikel/artikel/"  # no ASCII letter in the title or the file name
    for record in records.values():
        html = (out / record["page"] / "index.html").read_text(encoding="utf-8")
        assert 'class="artikel-meta"' in html, record["page"]  # the article's own page, not an index
    index = (out / "artikel" / "index.html").read_text(encoding="utf-8")
    assert 'class="daftar-artikel"' in index
    outlet = (out / "artikel" / "media" / "index-2" / "index.html").read_text(encoding="utf-8")
    assert "Artikel Index" in outlet and "Bus Kota Menambah Rute Malam" in outlet


def test_no_element_or_attribute_comes_from_input(hostile_site: tuple) -> None:
    out = hostile_site[0]
    checked = 0
    for path in sorted(out.rglob("*.html")):
        if "pagefind" in path.parts:
            continue
        page = _parsed(path)
        checked += 1
        for tag, attrs in page.tags:
            assert tag not in ("img", "iframe", "object", "embed", "base", "video", "audio"), (path, tag)
            if tag == "meta":
                assert "http-equiv" not in attrs, (path, attrs)
            for name, value in attrs.items():
                value = value or ""
                assert not (name.startswith("on") and name != "onsubmit"), (path, tag, name, value)
                if name == "onsubmit":
                    assert value == "return false", (path, value)  # Material's search form
                if name in URL_ATTRIBUTES:
                    assert not value.strip().lower().startswith(("javascript:", "data:", "vbscript:")), (path, value)
                if name in RESOURCE_ATTRIBUTES or (tag == "link" and name == "href" and attrs.get("rel") != "canonical"):
                    assert urlsplit(value).hostname is None, (path, tag, name, value)  # loaded from this site
                if "alert(" in value or "evil.example" in value:
                    assert name in TEXT_ATTRIBUTES, (path, tag, name, value)
                    assert tag != "meta" or attrs.get("name") in ("description", "twitter:title", "twitter:description") \
                        or attrs.get("property") in ("og:title", "og:description"), (path, attrs)  # text, not markup
        assert not any("alert(" in script or "evil.example" in script for script in page.scripts), path
    assert checked > 30


def test_hostile_titles_show_as_text(hostile_site: tuple) -> None:
    out, _, records, _ = hostile_site
    page = out / records["judul-c1.txt"]["page"] / "index.html"
    html = page.read_text(encoding="utf-8")
    title = "Warga Kota Menyambut Program Baru ![x](nonexistent.png){: onerror=alert(9) } " \
            "[klik](javascript:alert(1)) ![x](http://evil.example/x.png)"
    assert records["judul-c1.txt"]["title"] == title  # C1 controls and U+FFFE removed from seed text
    assert f"<title>{title} - " in html
    assert records["meta-refresh.html"]["title"] == 'X" http-equiv="refresh'  # &#x81;&#xfffe; removed too
    assert records["judul-c1.txt"]["url"] is None
    assert records["judul-c1.txt"]["authors"] == ["<img src=x onerror=alert(2)>"]  # fed in, shown as text
    assert records["judul-c1.txt"]["editors"][1].startswith('X" http-equiv="refresh"')
    link = (out / records["dari-sources.txt"]["page"] / "index.html").read_text(encoding="utf-8")
    assert '<a href="https://contoh.id/berita/1%22onmouseover=%22x">Baca artikel asli</a>' in link
    meta = (out / records["meta-refresh.html"]["page"] / "index.html").read_text(encoding="utf-8")
    assert '<meta property="og:title" content="X&quot; http-equiv=&quot;refresh">' in meta  # a sharing tag: text
    assert records["meta-refresh.html"]["outlet"] is None  # og:site_name "0;url=…" does not read as a name
    assert 'http-equiv="refresh"' not in meta and "<title>X&quot; http-equiv=&quot;refresh - " in meta


def test_glossary_names_and_descriptions_from_entities_yml_show_as_text(hostile_site: tuple) -> None:
    out = hostile_site[0]
    glossary = {entry["name"]: entry for entry in json.loads((out / "data" / "glossary.json").read_text("utf-8"))}
    renamed = "[Kim](javascript:alert(8)) <b onmouseover=alert(8)>Jong-un</b> ![x](nonexistent.png){: onerror=alert(9) }"
    assert renamed in glossary
    assert glossary["Vladimir Putin"]["description"].startswith("<script>alert(4)</script>")
    html = "".join(path.read_text(encoding="utf-8") for path in (out / "glosarium").rglob("*.html"))
    assert "[Kim](javascript:alert(8)) &lt;b onmouseover=alert(8)&gt;Jong-un&lt;/b&gt;" in html
    assert "&lt;script&gt;alert(4)&lt;/script&gt;" in html


def test_front_matter_of_every_page_parses_back(tmp_path: Path) -> None:
    seeds = write_hostile_seeds(tmp_path)
    content = build_site(seeds)
    checked = 0
    for path, text in content.pages.items():
        if not text.startswith("---"):
            continue
        _, meta = get_data(text)  # as MkDocs reads it
        assert meta.get("title"), path
        checked += 1
    assert checked == len(content.pages) - sum(not text.startswith("---") for text in content.pages.values())
    assert checked > len(content.articles)


@pytest.fixture(scope="module")
def broken_config_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """sources.yml as a folder and entities.yml nested 600 deep, next to the seeds."""
    root = tmp_path_factory.mktemp("config")
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "sources.yml").mkdir()
    (seeds / "entities.yml").write_text("- match: Kim\n  aliases: " + "[" * 600 + "]" * 600 + "\n", encoding="utf-8")
    out = root / "site"
    result = build(out, seeds=seeds, strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    return out, result.stderr


def test_config_files_that_cannot_be_read_are_warnings(broken_config_site: tuple) -> None:
    out, log = broken_config_site
    assert "sources.yml: a folder, not a file" in log
    assert "entities.yml: not valid YAML (nested deeper than 20 levels" in log
    records = json.loads((out / "data" / "articles.json").read_text("utf-8"))
    assert {record["source_file"] for record in records} == seed_articles()


def test_deep_sources_yml_is_a_warning(tmp_path: Path) -> None:
    from explainer.ingest.sources import load_sources
    (tmp_path / "sources.yml").write_text("a.txt:\n  title: " + "{x: " * 600 + "1" + "}" * 600 + "\n")
    assert load_sources(tmp_path / "sources.yml", {"a.txt"}) == (
        {}, ["sources.yml: not valid YAML (nested deeper than 20 levels (line 2)); ignored"])


def test_sources_yml_link_out_of_seeds_is_refused(tmp_path: Path) -> None:
    from explainer.ingest.sources import load_sources
    outside = tmp_path / "lain.yml"
    outside.write_text("a.txt:\n  title: Dari luar\n")
    (tmp_path / "seeds").mkdir()
    os.symlink(outside, tmp_path / "seeds" / "sources.yml")
    assert load_sources(tmp_path / "seeds" / "sources.yml", {"a.txt"}) == (
        {}, ["sources.yml: link to a file outside the seeds folder; refused"])


def test_fifo_sources_yml_does_not_block(tmp_path: Path) -> None:
    from explainer.ingest.entities import load_overrides
    os.mkfifo(tmp_path / "entities.yml")
    assert load_overrides(tmp_path / "entities.yml") == (
        {}, ["entities.yml: not a regular file (a pipe, socket or device)"])


def test_an_alias_bomb_in_entities_yml_is_a_warning_not_a_hang(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(text_article("Sekolah Baru Dibangun di Pinggir Kota", body("sekolah")))
    lines = ["- match: Sekolah", "  description: &a0 [x, x, x, x, x, x, x, x, x]"]
    lines += [f"- match: K{level}\n  description: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]"
              for level in range(1, 9)]
    (seeds / "entities.yml").write_text("\n".join(lines) + "\n")  # under 1 KB; 9**9 strings if expanded
    content = build_site(seeds)
    assert [article.source_file for article in content.articles] == ["a.txt"]
    assert content.warnings == ["entities.yml: aliases repeat more than 10,000 values; ignored"]


def test_plain_seed_folder_gives_no_warning_from_these_checks(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(text_article("Sekolah Baru Dibangun di Pinggir Kota", body("sekolah")))
    content = build_site(seeds)
    assert content.warnings == [] and [a.source_file for a in content.articles] == ["a.txt"]
    meta = yaml.safe_load(content.pages[content.articles[0].src_path].split("---")[1])
    assert meta["title"] == "Sekolah Baru Dibangun di Pinggir Kota" and meta["jenis"] == "artikel"
    assert meta["description"].startswith(content.articles[0].blocks[0].text[:40])  # its lead


def test_an_error_in_one_file_skips_only_that_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import explainer.extract.articles as articles
    real = articles.extract_events

    def fragile(article):  # stands for any bug one file's text triggers
        if "Meledak" in article.title:
            raise ValueError("tanggal aneh")
        return real(article)

    monkeypatch.setattr(articles, "extract_events", fragile)
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text(text_article("Sekolah Baru Dibangun di Pinggir Kota", body("sekolah")))
    (seeds / "b.txt").write_text(text_article("Gudang Meledak di Kawasan Industri", body("gudang")))
    content = build_site(seeds)
    assert [article.source_file for article in content.articles] == ["a.txt"]
    assert [(item.source_file, item.code) for item in content.rejected] == [("b.txt", "failed")]
    assert "b.txt: skipped: could not be processed (ValueError: tanggal aneh)" in content.warnings


def test_material_tooltips_that_insert_titles_as_html_stay_off() -> None:
    """Material's content.tooltips puts an element's title into the page with innerHTML (a decoded title
    holding markup from a seed would run); the hooks turn it off, javascripts/tooltips.js shows titles as text."""
    import explainer_hooks
    from mkdocs.config import load_config

    config = load_config(str(ROOT / "mkdocs.yml"))
    assert "content.tooltips" not in config.theme["features"]
    assert "javascripts/tooltips.js" in [str(script) for script in config.extra_javascript]
    features = list(config.theme["features"])
    config.theme["features"].append("content.tooltips")  # as a user's mkdocs.yml may have it
    explainer_hooks.on_config(config)
    assert config.theme["features"] == features


class _Runs:
    """Pickled, it would make a folder when loaded: a cache folder is input, and its files are never run."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple:
        return (os.mkdir, (str(self.marker),))


def test_a_damaged_cache_is_recomputed_with_a_warning_and_never_run(hostile_site: tuple) -> None:
    import pickle
    out, seeds, _, _ = hostile_site
    cache = out.parent / ".cache" / "explainer"
    entries = sorted(cache.glob("*.json"))
    assert len(entries) > 20
    entries[0].write_bytes(entries[0].read_bytes()[:-40] + b"x" * 40)  # overwritten with other bytes
    marker = out.parent / "pickle-ran"
    entries[1].write_bytes(pickle.dumps(_Runs(marker)))
    (cache / f"{entries[2].stem}.pickle").write_bytes(pickle.dumps(_Runs(marker)))  # as older versions kept
    damaged_memo = sorted((cache / "memo").glob("article_pages.*.json"))[0]
    damaged_memo.write_bytes(b"\x80\x05\x95 bukan cache")
    again = out.parent / "again"
    result = build(again, seeds=seeds, strict=False)
    assert result.returncode == 0, result.stderr[-3000:]
    assert not marker.exists()
    for expected in (f"cache {entries[0].name}: damaged: its hash does not match; computed again",
                     f"cache {entries[1].name}: no header; computed again",
                     f"cache memo/{damaged_memo.name}: no header; computed again"):
        assert expected in result.stderr, expected
    assert not (cache / f"{entries[2].stem}.pickle").exists()  # pruned, never read
    for name in ("articles.json", "timeline.json", "glossary.json", "quotes.json", "rejected.json"):
        assert (again / "data" / name).read_bytes() == (out / "data" / name).read_bytes(), name
