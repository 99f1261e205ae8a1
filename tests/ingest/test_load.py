"""The corpus step after cleaning: ids never empty and never a generated page's, unique whatever the titles;
every warning an article carries is logged with its file; impossible publication dates are dropped."""

from __future__ import annotations

from pathlib import Path

from explainer.ingest.load import article_id, finalise, read_article, seed_files, shown_name
from explainer.model import Article, Block


def _article(title: str, text: str, warnings: list[str] | None = None) -> Article:
    return Article("", "x.txt", title, None, None, None, [], [], [Block("p", text)], warnings=warnings or [])


def test_ids_avoid_the_article_index_pages_and_are_never_empty() -> None:
    assert article_id("Index", "a.txt") == "index-artikel"
    assert article_id("Index 2", "a.txt") == "index-2-artikel"  # artikel/index-2.md is page 2 of the index
    assert article_id("Media", "a.txt") == "media-artikel"  # artikel/media/ holds the outlet indexes
    assert article_id("Indexes 2", "a.txt") == "indexes-2"
    assert article_id("🔥🔥", "🔥.txt") == "artikel"
    assert article_id("🔥🔥", "laporan-1.txt") == "laporan-1"


def test_finalise_gives_unique_ids_and_logs_article_warnings() -> None:
    titles = ["Index", "Index", "🔥", "🔥", "Artikel", "Index Artikel"]
    results = [(f"{number}.txt", _article(title, f"Isi nomor {number}.", ["no title found"] if number == 2 else []),
                None, ["not UTF-8; read as cp1252"] if number == 3 else [])
               for number, title in enumerate(titles)]
    for name, article, _, notes in results:
        article.warnings = notes + article.warnings  # as read_article leaves them
    kept, rejected, warnings = finalise(results)
    ids = [results[index][1].id for index in kept]
    assert ids == ["index-artikel", "index-artikel-2", "2", "3", "artikel", "index-artikel-3"]
    assert len({results[index][1].page for index in kept}) == 6 and rejected == []
    assert warnings == ["2.txt: no title found", "3.txt: not UTF-8; read as cp1252"]


def test_impossible_publication_date_is_a_warning_and_ignored() -> None:
    for stamp in ("9999-99-99", "2023-13-05", "2030-02-30", "0000-00-00", "0001-01-01"):
        page = (f'<html><head><meta property="article:published_time" content="{stamp}"></head><body><article>'
                "<h1>Banjir Surut di Tiga Kelurahan Kota</h1><p>Air banjir mulai surut pada pagi hari, kata "
                "petugas di lokasi kepada wartawan.</p></article></body></html>")
        article, _, notes = read_article("a.html", page.encode())
        assert article is not None and article.published is None, stamp
        assert any(note.startswith(f"publication date '{stamp}' is ") and note.endswith("; ignored")
                   for note in notes), (stamp, notes)


def test_every_skipped_entry_of_the_folder_is_a_rejection_with_its_name_escaped(tmp_path: Path) -> None:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in ("a.txt", ".rahasia.txt", "catatan\nWARNING palsu\x1b[2K.txt", "balik\u202etxt.exe"):
        (seeds / name).write_text("Judul Berita Kota\n\nIsi berita yang cukup panjang untuk dibaca warga kota.\n")
    (seeds / "sub").mkdir()
    (seeds / ".git").mkdir()
    (seeds / "sources.yml").write_text("a.txt:\n  outlet: Kabar\n")
    files, skipped, notes = seed_files(seeds)
    assert [path.name for path in files] == ["a.txt", "catatan\nWARNING palsu\x1b[2K.txt"]
    assert [(item.source_file, item.code) for item in skipped] == [
        (".git", "hidden"), (".rahasia.txt", "hidden"), ("balik\\u202etxt.exe", "unsupported"), ("sub", "folder")]
    assert notes == []
    assert shown_name(files[1].name) == "catatan\\nWARNING palsu\\x1b[2K.txt"
