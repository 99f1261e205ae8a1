#!/usr/bin/env python3
"""Print how long one very large seed file takes to build into the whole site, and how much memory it takes.

Usage::

    python scripts/big_input_bench.py [--sizes 0.1 1 5 20] [--shapes] [--work DIR] [--record]

For each input, a seeds folder holding only that one file is built with `mkdocs build` (the real site, cold: no
cache): one line of text (no line break at all) of each of `--sizes` megabytes, then 20 MB of text in
paragraphs, 5 MB of text without a single sentence end and a 20 MB saved page of paragraphs. Invented prose with names, dates and quotes, so every step has
work to do. The size budget (`ingest/budget.py`) keeps what is built of each within its characters.

Prints one Markdown table: input, size, wall seconds of the whole build, CPU seconds (every process), peak RSS
(the largest process), the pipeline's seconds per stage (from the build log) and the warnings the file got.
Goal (issue 23): every input under 25 MB built in under 60 s and 4 GB. `--shapes` adds the table of issue 12:
seconds to read and clean one ~1 MB file of each awkward shape (goal: under 2 s each), then the entity and
quote steps on one paragraph without line breaks at two sizes (the second should take about twice the first:
the recogniser is linear in a paragraph's length). `--record` also writes
the output into its section of BENCHMARKS.md.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "hooks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench import SUMMARY, run_measured, write_config  # noqa: E402
from benchfile import recording  # noqa: E402
from explainer.extract.entities import find_mentions  # noqa: E402
from explainer.extract.quotes import extract_quotes  # noqa: E402
from explainer.ingest.load import read_article  # noqa: E402
from explainer.model import Article, Block  # noqa: E402

SECTION = "Big inputs (`scripts/big_input_bench.py`)"  # of BENCHMARKS.md

HEAD = ("Putin dan Kim Bertemu di Vladivostok untuk Membahas Kerja Sama\n\nVLADIVOSTOK, Kabar.id - Presiden Rusia "
        "Vladimir Putin menerima pemimpin Korea Utara di kosmodrom pada Rabu.\n\n")
PROSE = "Pemerintah kota membahas program itu bersama warga di balai kota, kata juru bicara yang hadir."
# One "paragraph" of invented news prose: people, a place, an organisation, explicit and relative dates, a quote.
STORY = ("Wali Kota Budi Santoso bertemu Kepala Dinas Pekerjaan Umum Rina Wulandari di Balai Kota Sukamaju pada "
         "5 September 2023. \"Kami siap bekerja sama dengan semua pihak,\" kata Budi Santoso kepada wartawan. "
         "Program perbaikan jalan itu dimulai pekan lalu dan direncanakan selesai pada Maret 2024, menurut "
         "Badan Perencanaan Pembangunan Daerah (Bappeda) Sukamaju.")
TITLE = "Warga Sukamaju Menyambut Program Perbaikan Jalan Kota"
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


def big_inputs(sizes: list[float]) -> dict[str, bytes]:
    """File name -> bytes of each large input."""
    inputs = {}
    for size in sizes:
        count = int(size * 1_000_000 / (len(STORY) + 1))
        inputs[f"satu-baris-{size:g}mb.txt"] = " ".join([STORY] * count).encode("utf-8")
    count = int(20_000_000 / (len(STORY) + 2))
    inputs["paragraf-20mb.txt"] = (TITLE + "\n\n" + "\n\n".join([STORY] * count)).encode("utf-8")
    run_on = STORY.replace(". ", " ").rstrip(".") + " "  # the same words, no sentence ever ends
    inputs["tanpa-titik-5mb.txt"] = (run_on * int(5_000_000 / len(run_on))).encode("utf-8")
    inputs["halaman-20mb.html"] = (f"<!doctype html><html><head><title>{TITLE}</title></head><body><article>"
                                   f"<h1>{TITLE}</h1>" + "".join(f"<p>{STORY}</p>" for _ in range(count))
                                   + "</article></body></html>").encode("utf-8")
    return inputs


def build_one(name: str, data: bytes, work: Path) -> dict[str, object]:
    """Build a seeds folder holding only `name`; the figures of that build."""
    folder = work / Path(name).stem
    seeds = folder / "seeds"
    seeds.mkdir(parents=True)
    (seeds / name).write_bytes(data)
    config = folder / "mkdocs.yml"
    write_config(config, seeds, None)
    seconds, peak, output, cpu = run_measured(
        [sys.executable, "-m", "mkdocs", "build", "-f", str(config), "-d", str(folder / "site")], folder)
    summary = SUMMARY.search(output)
    warnings = [line.split(f"{name}: ", 1)[1] for line in output.splitlines() if f"explainer: {name}: " in line]
    return {"name": name, "bytes": len(data), "seconds": seconds, "cpu": cpu, "peak": peak,
            "stages": summary.group(3) if summary else "?", "warnings": warnings}


def print_builds(rows: list[dict[str, object]]) -> None:
    print("| input | size | wall | CPU | peak RSS | pipeline stages | warnings |")
    print("|---|---:|---:|---:|---:|---|---|")
    for row in rows:
        warnings = "; ".join(re.sub(r" \(size budget\)$", "", str(w)) for w in row["warnings"]) or "—"
        print(f"| {row['name']} | {row['bytes'] / 1e6:.1f} MB | {row['seconds']:.1f} s | {row['cpu']:.1f} s "
              f"| {row['peak'] / 1e9:.2f} GB | {row['stages']} | {warnings} |")


def print_shapes() -> None:
    print("\n| shape (read and clean only) | size | seconds | blocks |")
    print("|---|---:|---:|---:|")
    for name, body in SHAPES.items():
        data = (body if name.endswith(".html") else HEAD + body).encode("utf-8")
        started = time.perf_counter()
        article, rejected, _ = read_article(name, data)
        seconds = time.perf_counter() - started
        kept = len(article.blocks) if article else rejected.code
        print(f"| {name} | {len(data) / 1e6:.1f} MB | {seconds:.2f} | {kept} |")
    print_paragraph_steps()


def print_paragraph_steps() -> None:
    """The entity and quote steps on one long paragraph at two sizes (a direct call: no budget splits it)."""
    sentence = ('Kepala Dinas Pangan Kota Bandar Jaya Rudi Hartanto (Foto: Arsip) mengatakan, "Harga naik," '
                'kepada Badan Riset Pangan (BRP), Senin. ')
    print("\n| entity and quote steps, one paragraph | size | seconds |")
    print("|---|---:|---:|")
    for count in (2_000, 4_000):
        article = Article("long", "long.txt", "Judul", None, None, None, [], [], [Block("p", sentence * count)])
        started = time.perf_counter()
        extract_quotes(article, find_mentions(article))
        seconds = time.perf_counter() - started
        print(f"| one paragraph | {len(sentence) * count / 1e6:.2f} MB | {seconds:.2f} |")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[0.1, 1, 5, 20])
    parser.add_argument("--shapes", action="store_true", help="also time reading and cleaning ~1 MB shapes")
    parser.add_argument("--work", type=Path, help="where to build (default: a temporary folder)")
    parser.add_argument("--record", action="store_true", help="also write the output into its section of BENCHMARKS.md")
    args = parser.parse_args(argv)
    with recording(args.record, SECTION), tempfile.TemporaryDirectory(prefix="big-input-") as tmp:
        work = args.work or Path(tmp)
        rows = []
        for name, data in big_inputs(args.sizes).items():
            rows.append(build_one(name, data, work))
            print(f"{name}: {rows[-1]['seconds']:.1f} s", file=sys.stderr, flush=True)
        print_builds(rows)
        if args.shapes:
            print_shapes()
    return 0


if __name__ == "__main__":
    sys.exit(main())
