"""Hostile and broken seed files, written next to a copy of the seeds: one of each kind an attacker or a
careless user produces. Shared by tests/test_hostile_input.py and the browser test."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from paths import SEEDS

SECRET = "RAHASIA-7f3a9c dokumen di luar folder seeds"
# Markdown and HTML that would run or load something if any of it became markup.
IMG_ONERROR = "![x](nonexistent.png){: onerror=alert(9) }"
JS_LINK = "[klik](javascript:alert(1))"
EXTERNAL_IMG = "![x](http://evil.example/x.png)"
TAG = "<img src=x onerror=alert(2)>"
BREAK_OUT = 'X" http-equiv="refresh" content="0;url=https://evil.example/'
HOSTILE_TITLE = f"Warga\x80 Kota Menyambut\x9f Program Baru {IMG_ONERROR} {JS_LINK} {EXTERNAL_IMG}\ufffe"

# Markup that runs on load or on hover if a tooltip, a table-of-contents entry or the search panel ever turns the
# text back into HTML (the browser decodes an attribute before a script reads it).
HOVER_TITLE = "Rapat Warga <img src=x onerror=alert('judul')> Membahas Jalan <b onmouseover=alert('tebal')>Kota</b>"
HOVER_HEADING = ("<p class=\"judul\" onmouseover=\"alert('subjudul')\">Rencana Kerja Kota Tahun Depan Dimulai "
                 "<img src=x onerror=alert('daftar-isi')> Bersama Warga</p>")
HOVER_DESCRIPTION = "<img src=x onerror=alert('deskripsi')> wali kota <iframe src=javascript:alert('bingkai')>"
HOVER_SPEAKER = "Budi Santoso"

# File names that would forge a log line, hide the rest of a terminal line or read backwards if shown raw.
CONTROL_NAME = "laporan\nWARNING -  explainer: semua berkas terbaca\x1b[8m.txt"
CONTROL_SHOWN = "laporan\\nWARNING -  explainer: semua berkas terbaca\\x1b[8m.txt"
BIDI_NAME = "gambar\u202egpj.txt"
BIDI_SHOWN = "gambar\\u202egpj.txt"
CONTROL_SKIPPED = "lampiran\r\nINFO    -  selesai\x1b[0m.pdf"
CONTROL_SKIPPED_SHOWN = "lampiran\\r\\nINFO    -  selesai\\x1b[0m.pdf"

# A title with the characters that end a Markdown code span or link early (Sumber and Beranda write titles into
# link titles next to each other), and the outlet listed after it.
BACKTICK_TITLE = "Harga `Cabai` Naik [Lagi] (Lagi) di Pasar \\ Kota `Lama"
BACKTICK_EVENT = "Harga cabai dan bawang di pasar kota naik tajam pada 4 September 2023, kata pedagang setempat."
BACKTICK_OUTLET = "Kabar Tanda Petik"
NEXT_OUTLET = "Warta Sesudah Petik"
# One line of prose over the size budget (1,000,000 characters): cut and split, never slow.
BIG_LINE = ("Warga kota membersihkan saluran air bersama petugas kelurahan pada Minggu pagi, kata ketua RT. " * 11_000)

QUOTE_LAST = "\"Kami siap bekerja sama dalam segala bidang,\" kata Putin"
KEPT_LINES = ["# Judul", "Pertemuan itu disebut bersejarah oleh media pemerintah kedua negara", "===", "***",
              QUOTE_LAST]


def body(topic: str, count: int = 3) -> list[str]:
    """`count` distinct prose paragraphs about `topic` (distinct per file: identical bodies are duplicates)."""
    return [f"Pemerintah kota membahas {topic} bersama warga pada rapat ke-{number} di balai kota, "
            f"kata juru bicara yang hadir." for number in range(1, count + 1)]


def text_article(title: str, paragraphs: list[str]) -> str:
    return "\n\n".join([title, "Penulis: Rina Wulandari", *paragraphs]) + "\n"


def html_article(title: str, outlet: str, published: str, paragraphs: list[str], author: str = "Rina") -> str:
    items = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (f'<!doctype html><html><head><meta property="og:title" content="{title}">'
            f'<meta property="og:site_name" content="{outlet}"><meta name="author" content="{author}">'
            f'<meta property="article:published_time" content="{published}"></head>'
            f"<body><article><h1>{title}</h1>{items}</article></body></html>")


def write_hostile_seeds(root: Path, big: bool = True) -> Path:
    """A seeds folder under `root`: the project's seeds plus one file per hostile case (`big`: also one line over
    the size budget, which takes a few seconds to build). Returns it."""
    seeds = root / "seeds"
    shutil.copytree(SEEDS, seeds)
    write = lambda name, text: (seeds / name).write_text(text, encoding="utf-8")  # noqa: E731
    # Seed text that must never become markup (a title with C1 controls and a noncharacter, too).
    write("judul-c1.txt", text_article(HOSTILE_TITLE, body("jalan") + [f"Warga menulis {TAG} dan {JS_LINK}."]))
    (seeds / "utf8-rusak.txt").write_bytes(
        text_article("Pasar Baru Dibuka untuk “Pedagang Kecil” Kota", body("pasar")).encode("utf-8")
        .replace("rapat ke-2".encode(), b"rapat \xff ke-2"))
    (seeds / "notepad.txt").write_bytes(text_article("Taman Kota Diperluas untuk Warga", body("taman"))
                                        .encode("utf-16"))
    write("meta-refresh.html", html_article('X&quot; http-equiv=&quot;refresh&#x81;&#xfffe;', "0;url=https://evil.example/",
                                            "2023-13-05", body("sekolah"),
                                            "&lt;img src=x onerror=alert(10)&gt; [a](javascript:alert(11))"))
    write("tanggal-9999.html", html_article("Banjir Surut di Tiga Kelurahan", "Kabar Kota", "9999-99-99",
                                            body("banjir")))
    write("tanggal-30-feb.html", html_article("Lampu Jalan Diganti Serentak", "Kabar Kota", "2030-02-30",
                                              body("lampu")))
    write("tanggal-nol.html", html_article("Perpustakaan Buka Malam Hari", "Kabar Kota", "0000-00-00",
                                           body("perpustakaan")))
    write("baris-hilang.txt", text_article("Putin dan Kim Bertemu untuk Membahas Kerja Sama", [
        body("pertemuan", 1)[0], "# Judul", KEPT_LINES[1] + "\n===", body("kerja sama", 1)[0], "***",
        body("satelit", 1)[0], QUOTE_LAST]))
    write("judul-index.txt", text_article("Gedung Baru Diresmikan Wali Kota", body("gedung")))
    write("judul-media.txt", text_article("Pelabuhan Kota Diperdalam Tahun Ini", body("pelabuhan")))
    write("media-index.txt", text_article("Bus Kota Menambah Rute Malam", body("bus")))
    write("🔥.txt", text_article("Kebakaran Gudang Dipadamkan Petugas", body("kebakaran")))
    write("dari-sources.txt", text_article("Jembatan Lama Ditutup Sementara", body("jembatan")))
    write("tooltip.txt", "\n\n".join([
        HOVER_TITLE,
        f"KOTA, Kabar Kota - Wali Kota {HOVER_SPEAKER} membuka rapat warga pada 5 September 2023, kata juru bicara "
        "yang hadir.",
        f"\"Kami siap memperbaiki semua jalan kota tahun ini,\" kata {HOVER_SPEAKER} di balai kota.",
        HOVER_HEADING,
        f"Perbaikan itu dimulai pada Januari 2024 bersama {HOVER_SPEAKER}, menurut keterangan resmi dinas.",
    ]) + "\n")
    write(".tersembunyi.txt", text_article("Berkas Tersembunyi Tidak Dibaca", body("tersembunyi")))
    write(CONTROL_NAME, text_article("Laporan Warga Dibaca Petugas Kelurahan", body("laporan")))
    write(BIDI_NAME, text_article("Foto Kegiatan Warga Dipamerkan di Balai", body("foto")))
    (seeds / CONTROL_SKIPPED).write_bytes(b"%PDF-1.4")
    # the same event in three articles: Sumber and Beranda list its sources side by side, titles in link titles
    write("petik-1.txt", text_article(BACKTICK_TITLE, [BACKTICK_EVENT] + body("cabai")))
    write("petik-2.txt", text_article("Harga Bawang `Turun di Pasar Kota", [BACKTICK_EVENT] + body("bawang")))
    (seeds / "charset-base64.html").write_bytes(
        html_article("Sungai Kota Dibersihkan Warga", "Kabar Kota", "2023-09-05",
                     [BACKTICK_EVENT] + body("sungai") + ["Kafé “baru”."])
        .replace("<head>", '<head><meta charset="base64">').encode("cp1252"))
    if big:
        write("satu-baris.txt", BIG_LINE)
    (seeds / "folder.txt").mkdir()
    (seeds / "arsip").mkdir()
    (seeds / "arsip" / "asli.txt").write_text(text_article("Air Bersih Mengalir ke Desa", body("air")),
                                              encoding="utf-8")
    secret = root / "rahasia.txt"
    secret.write_text(text_article("Dokumen Rahasia Kantor", [SECRET] + body("rahasia")), encoding="utf-8")
    os.symlink(secret, seeds / "tautan-luar.txt")
    os.symlink(seeds / "arsip" / "asli.txt", seeds / "tautan-dalam.txt")
    os.symlink(root / "tidak-ada.txt", seeds / "tautan-rusak.txt")
    os.symlink(seeds / "putar-b.txt", seeds / "putar-a.txt")
    os.symlink(seeds / "putar-a.txt", seeds / "putar-b.txt")
    os.mkfifo(seeds / "pipa.txt")
    (seeds / os.fsdecode(b"\xffnama.txt")).write_text(text_article("Nama Berkas Rusak", body("nama")), encoding="utf-8")
    write("sources.yml", "\n".join([
        "judul-c1.txt:",
        f"  outlet: '{BREAK_OUT}'",
        f"  authors: ['{TAG}']",
        f"  editors: ['{JS_LINK} {IMG_ONERROR}', '{BREAK_OUT}']",
        "  url: javascript:alert(1)",
        "utf8-rusak.txt:",
        "  published: 0001-01-01",
        "notepad.txt:",
        "  published: 2200-01-01",
        "judul-index.txt:",
        "  title: Index",
        "petik-1.txt:",
        f"  outlet: {BACKTICK_OUTLET}",
        "  published: !!timestamp 2023-02-30",  # a date YAML would turn into an object that fails: text here
        "  authors: [1:30, !!float x]",  # base 60 stays text; a bad number is left out
        "  editors: !!bool maybe",
        "  url: !!python/object/apply:os.system [echo]",
        "petik-2.txt:",
        f"  outlet: {NEXT_OUTLET}",
        "  title: " + "7" * 5000,  # a number PyYAML cannot even print: text here (then too long for a title)
        "judul-media.txt:",
        "  title: Media",
        "media-index.txt:",
        "  outlet: Index",
        "🔥.txt:",
        "  title: 🔥 🔥 🔥",
        "dari-sources.txt:",
        f"  title: \"T\\x85\\x9f {EXTERNAL_IMG} {JS_LINK} {IMG_ONERROR}\"",
        f"  outlet: '{BREAK_OUT}'",
        "  outlet: Kabar Kedua",
        "  url: 'https://contoh.id/berita/1\"onmouseover=\"x'",
        "",
    ]))
    write("entities.yml", "\n".join([
        f"- match: {HOVER_SPEAKER}",
        f"  description: \"{HOVER_DESCRIPTION}\"",
        "- match: Putin",
        f"  description: '<script>alert(4)</script> {IMG_ONERROR} {EXTERNAL_IMG}'",
        f"  aliases: ['{JS_LINK}']",
        "- match: Kim",
        "  type: person",
        "  type: place",
        f"  name: '[Kim](javascript:alert(8)) <b onmouseover=alert(8)>Jong-un</b> {IMG_ONERROR}'",
        "",
    ]))
    return seeds


def seed_articles() -> set[str]:
    """File names of the project's own seed articles."""
    return {path.name for path in SEEDS.iterdir() if path.suffix in (".txt", ".html")}


KEPT = {"judul-c1.txt", "utf8-rusak.txt", "notepad.txt", "meta-refresh.html", "tanggal-9999.html",
        "tanggal-30-feb.html", "tanggal-nol.html", "baris-hilang.txt", "judul-index.txt", "judul-media.txt",
        "media-index.txt", "🔥.txt", "dari-sources.txt", "tautan-dalam.txt", "tooltip.txt", CONTROL_SHOWN, BIDI_SHOWN,
        "petik-1.txt", "petik-2.txt", "charset-base64.html", "satu-baris.txt"}
SKIPPED = {".tersembunyi.txt": "hidden", "folder.txt": "folder", "arsip": "folder", "tautan-luar.txt": "unreadable",
           "tautan-rusak.txt": "unreadable", "putar-a.txt": "unreadable", "putar-b.txt": "unreadable",
           "pipa.txt": "unreadable", "\ufffdnama.txt": "unreadable", CONTROL_SKIPPED_SHOWN: "unsupported"}
