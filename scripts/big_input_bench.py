#!/usr/bin/env python3
"""Print how long one seed file of about 1 MB takes to read and clean, for shapes hostile or careless input has.

Usage::

    python scripts/big_input_bench.py [--record]

Prints one line per shape: shape, size, seconds to read and clean, body blocks kept (`--record`: also into its
section of BENCHMARKS.md).
Goal (issue 12): any 1 MB input is processed in under 2 s.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))

from benchfile import recording  # noqa: E402
from explainer.ingest.load import read_article  # noqa: E402

SECTION = "Big inputs (`scripts/big_input_bench.py`)"  # of BENCHMARKS.md

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
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--record", action="store_true", help="also write the output into its section of BENCHMARKS.md")
    args = parser.parse_args()
    with recording(args.record, SECTION):
        for name, body in SHAPES.items():
            data = (body if name.endswith(".html") else HEAD + body).encode("utf-8")
            started = time.perf_counter()
            article, rejected, _ = read_article(name, data)
            seconds = time.perf_counter() - started
            kept = len(article.blocks) if article else rejected.code
            print(f"{name:18} {len(data) / 1e6:4.1f} MB {seconds:6.2f} s  blocks {kept}")


if __name__ == "__main__":
    main()
