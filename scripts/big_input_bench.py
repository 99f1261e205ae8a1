#!/usr/bin/env python3
"""Print how long one seed file of about 1 MB takes to read and clean, for shapes hostile or careless input has.

Usage::

    python scripts/big_input_bench.py

Prints one line per shape: shape, size, seconds to read and clean, body blocks kept. Then the entity and quote
step on one paragraph without line breaks at two sizes: the second should take about twice the first.
Goals: any 1 MB input is processed in under 2 s (issue 12); the entity step is linear in a paragraph's length
(issue 23).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from explainer.extract.entities import find_mentions  # noqa: E402
from explainer.extract.quotes import extract_quotes  # noqa: E402
from explainer.ingest.load import read_article  # noqa: E402
from explainer.model import Article, Block  # noqa: E402

HEAD = ("Putin dan Kim Bertemu di Vladivostok untuk Membahas Kerja Sama\n\nVLADIVOSTOK, Kabar.id - Presiden Rusia "
        "Vladimir Putin menerima pemimpin Korea Utara di kosmodrom pada Rabu.\n\n")
PROSE = "Pemerintah kota membahas program itu bersama warga di balai kota, kata juru bicara yang hadir."
SHAPES = {
    "paragraphs.txt": "\n\n".join(f"{PROSE} Nomor {i}." for i in range(10_000)),
    "short-lines.txt": "\n".join(f"Baris pendek nomor {i}" for i in range(60_000)),
    "headline-like.txt": "\n\n".join(f"Judul Berita Lain Nomor {i} Hari Ini" for i in range(30_000)),
    "separators.txt": "\n".join("***" for _ in range(250_000)),
    "quotes.txt": "\n".join(f'"Kami siap nomor {i}," kata Putin' for i in range(30_000)),
    "one-line.txt": "kata " * 200_000,
    "blank-lines.txt": "\n" * 1_000_000,
    "paragraphs.html": "<html><body><article>" + "".join(f"<p>{PROSE} {i}.</p>" for i in range(10_000))
                       + "</article></body></html>",
}


def main() -> None:
    for name, body in SHAPES.items():
        data = (body if name.endswith(".html") else HEAD + body).encode("utf-8")
        started = time.perf_counter()
        article, rejected, _ = read_article(name, data)
        seconds = time.perf_counter() - started
        kept = len(article.blocks) if article else rejected.code
        print(f"{name:18} {len(data) / 1e6:4.1f} MB {seconds:6.2f} s  blocks {kept}")
    sentence = ('Kepala Dinas Pangan Kota Bandar Jaya Rudi Hartanto (Foto: Arsip) mengatakan, "Harga naik," '
                'kepada Badan Riset Pangan (BRP), Senin. ')
    for count in (2_000, 4_000):
        article = Article("long", "long.txt", "Judul", None, None, None, [], [], [Block("p", sentence * count)])
        started = time.perf_counter()
        extract_quotes(article, find_mentions(article))
        seconds = time.perf_counter() - started
        print(f"entities, one paragraph {len(sentence) * count / 1e6:4.2f} MB {seconds:6.2f} s")


if __name__ == "__main__":
    main()
