"""Bad seeds: each gets a named warning or is handled; the others still build; raw files stay untouched."""

from __future__ import annotations

import hashlib
import json
import re
import shutil
from pathlib import Path

import pytest

from explainer.ingest.textio import normalise
from paths import SEEDS
from sitebuild import build

PARAGRAPHS = [
    "Pemerintah kota mengumumkan “program baru” untuk warga pada Senin (4/3/2024), kata juru bicara café setempat.",
    "Program itu mencakup perbaikan jalan, saluran air, dan penerangan di dua belas kelurahan.",
    "Wali kota menyatakan anggaran sudah disetujui oleh dewan dan pekerjaan dimulai bulan depan.",
]


MANY = [f"Paragraf nomor {i} menjelaskan kegiatan warga di kelurahan dengan rinci dan lengkap sekali. " * 6
        for i in range(7000)]  # 4 million characters: over the size budget (ingest/budget.py)


def article(title: str, paragraphs: list[str], newline: str = "\n") -> str:
    return newline.join([title, "", "Penulis: Rina Wulandari", "", *[p + newline for p in paragraphs]])


BIG = normalise(article("Laporan Panjang Kegiatan Warga Kota", MANY))  # as the reader sees it
BIG_KEPT = BIG.rfind("\n", 900_000, 1_000_000) + 1  # cut after the last line break before the budget


@pytest.fixture(scope="module")
def bad_site(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict, str]:
    root = tmp_path_factory.mktemp("bad")
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds)
    (seeds / "kosong.txt").write_bytes(b"")
    (seeds / "spasi.txt").write_bytes(b"  \n\n \t\n")
    (seeds / "gambar.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    (seeds / "windows.txt").write_bytes(article("Warga Menyambut Program Kota", PARAGRAPHS).encode("cp1252"))
    crlf = article("Jalan\u00a0Kota Diperbaiki\u200b Mulai Pekan Depan", PARAGRAPHS[1:], "\r\n")
    (seeds / "crlf.txt").write_bytes(crlf.replace("dua belas", "dua\u00a0belas\u200b").encode("utf-8"))
    (seeds / "besar.txt").write_text(article("Laporan Panjang Kegiatan Warga Kota", MANY), encoding="utf-8")
    shutil.copy(SEEDS / "001_b00a5bf02a3e2ed3.txt", seeds / "salinan.txt")
    (seeds / "hanya-menu.txt").write_text("Beranda\n\nBerita Terkait\n\nCopyright © 2024 Media\n", encoding="utf-8")
    (seeds / "laporan.pdf").write_bytes(b"%PDF-1.4")
    hostile = article("<script>alert(1)</script> {{ config.site_name }}",
                      ["# Bukan judul [klik](javascript:alert(1)) <img src=x onerror=alert(1)> {% raw %} selesai."])
    (seeds / "jahat.txt").write_text(hostile, encoding="utf-8")
    (seeds / "sources.yml").write_text(
        "windows.txt:\n  url: https://contoh.id/berita/1\n  tanggal: kemarin\n"
        "tidak-ada.txt:\n  outlet: X\ncrlf.txt:\n  published: 2024-02-30\n  outlet: Kabar Kota\n",
        encoding="utf-8")
    before = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds.iterdir()}
    out = root / "site"
    result = build(out, seeds=seeds, strict=False)
    assert result.returncode == 0, result.stderr
    after = {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in seeds.iterdir()}
    assert before == after  # raw files are only read
    return out, seeds, json.loads((out / "data" / "articles.json").read_text(encoding="utf-8")), result.stderr


def test_each_bad_file_is_named_with_its_problem(bad_site: tuple) -> None:
    log = bad_site[3]
    for expected in ("kosong.txt: skipped: empty file", "spasi.txt: skipped: empty file",
                     "gambar.txt: skipped: binary file", "salinan.txt: skipped: same text as 001_b00a5bf02a3e2ed3.txt",
                     "hanya-menu.txt: skipped: no article text found", "laporan.pdf: skipped: unsupported file type .pdf",
                     "windows.txt: not UTF-8; read as cp1252",
                     f"besar.txt: text longer than 1,000,000 characters: the last {len(BIG) - BIG_KEPT:,} characters",
                     "sources.yml: entry 'windows.txt': unknown field 'tanggal'",
                     "sources.yml: entry 'tidak-ada.txt': no such seed file",
                     "sources.yml: entry 'crlf.txt': published '2024-02-30' is not a real date"):
        assert expected in log, expected


def test_rejected_files_are_exported(bad_site: tuple) -> None:
    rejected = json.loads((bad_site[0] / "data" / "rejected.json").read_text(encoding="utf-8"))
    assert {item["source_file"]: item["reason"] for item in rejected} == {
        "kosong.txt": "empty", "spasi.txt": "empty", "gambar.txt": "binary", "salinan.txt": "duplicate",
        "hanya-menu.txt": "no_body", "laporan.pdf": "unsupported"}
    sumber = (bad_site[0] / "sumber" / "index.html").read_text(encoding="utf-8")
    assert "gambar.txt" in sumber and "bukan berkas teks" in sumber


def test_good_articles_still_build(bad_site: tuple) -> None:
    records = {record["source_file"]: record for record in bad_site[2]}
    assert set(records) == {p.name for p in SEEDS.glob("*.txt")} | {"windows.txt", "crlf.txt", "besar.txt", "jahat.txt"}
    assert records["windows.txt"]["paragraphs"] == PARAGRAPHS
    assert records["windows.txt"]["url"] == "https://contoh.id/berita/1"
    assert records["crlf.txt"]["paragraphs"] == PARAGRAPHS[1:]
    assert records["crlf.txt"]["title"] == "Jalan Kota Diperbaiki Mulai Pekan Depan"
    assert records["crlf.txt"]["outlet"] == "Kabar Kota"  # the valid field of a partly bad entry is used
    assert records["crlf.txt"]["published"] is None
    kept = records["besar.txt"]["paragraphs"]  # whole paragraphs up to the budget of 1,000,000 characters
    assert kept == [paragraph.strip() for paragraph in MANY[:BIG[:BIG_KEPT].count("Paragraf nomor") // 6]]


def test_hostile_text_stays_text(bad_site: tuple) -> None:
    record = next(r for r in bad_site[2] if r["source_file"] == "jahat.txt")
    html = (bad_site[0] / record["page"] / "index.html").read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert 'href="javascript' not in html
    assert "{{ config.site_name }}" in html and "{% raw %}" in html
    assert re.search(r"<h1[^>]*>&lt;script&gt;alert\(1\)&lt;/script&gt;", html)  # shown escaped, not run
    # theme templates print the front matter title unescaped: it is written HTML-escaped, so it shows as text
    assert "<title>&lt;script&gt;alert(1)&lt;/script&gt; {{ config.site_name }} - " in html
