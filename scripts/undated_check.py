"""How often undated articles are dated right: a generated corpus with every date line dropped.

Usage: python scripts/undated_check.py [--n 300] [--seed 7]

Generates a corpus with scripts/make_corpus.py (the truth: each article's publication day and its
events), drops every article's publication date, and runs the corpus-wide inference
(explainer.corpus.undated). Prints: how often the single-day guess (published_inferred) is exact; how
many articles got a tight bound and how often the true day
lies inside it; how many relative events were anchored and how many of them carry a true date
(day, or the true day's month when coarsened); how many days written without their year were dated by
their weekday, the article's own days or the corpus' span, and how many of those are right; and how many
events of year-less expressions took their year from another article, and how many of those are right.
"""

from __future__ import annotations

import argparse
import collections
import datetime as dt
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "hooks"))

from explainer.corpus.undated import anchor_undated, publication_bound  # noqa: E402
from explainer.extract.events import extract_events, infer_published  # noqa: E402
from explainer.model import Article, Block  # noqa: E402


def _article(n: int, record: dict) -> Article:
    return Article(id=f"a{n:05d}", source_file=record["file"], title=record["title"], outlet=record["outlet"],
                   url=None, published=None, authors=[], editors=[], blocks=[Block("p", p) for p in record["body"]],
                   page=f"artikel/a{n:05d}/", src_path=f"artikel/a{n:05d}.md")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        manifest = Path(folder) / "truth.json"
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), "--n", str(args.n), "--seed",
                        str(args.seed), "--out", str(Path(folder) / "raw"), "--manifest", str(manifest)],
                       check=True, capture_output=True)
        records = json.loads(manifest.read_text(encoding="utf-8"))["articles"]
    articles = [_article(n, r) for n, r in enumerate(records)]
    truth = {a.id: dt.date.fromisoformat(r["reference_date"]) for a, r in zip(articles, records)}
    gold = {a.id: collections.Counter((e["paragraph"], e["date"]) for e in r["events"]) for a, r in zip(articles, records)}
    counts = collections.Counter()
    for article in articles:
        guess = infer_published(article)
        if guess:
            counts["guessed"] += 1
            counts["guess_exact"] += guess == truth[article.id].isoformat()
            counts["guess_not_after"] += guess <= truth[article.id].isoformat()
            counts["guess_within_7"] += abs((dt.date.fromisoformat(guess) - truth[article.id]).days) <= 7
        bound = publication_bound(article)
        if bound is None:
            continue
        counts["bounded"] += 1
        counts["bounded_right"] += bound.first <= truth[article.id] <= bound.last
        if bound.tight:
            counts["tight"] += 1
            counts["tight_right"] += bound.first <= truth[article.id] <= bound.last
            counts["tight_first_is_day"] += bound.first == truth[article.id]
    anchored = anchor_undated([(a, extract_events(a)) for a in articles])
    for article, events in anchored:
        for event in events:
            if not event.inferred:
                continue
            notes = " ".join(event.notes)
            kind = "yearless" if "diambil dari peristiwa yang sama" in notes else \
                "context" if "Tahun tidak disebut; " in notes else "relative"
            counts[kind] += 1
            right = gold[article.id][(event.block, event.date)] > 0 or any(
                date.startswith(event.date + "-") for (block, date) in gold[article.id] if block == event.block)
            counts[kind + "_right"] += right
    n = len(articles)
    print(f"articles: {n}, all with their date line dropped")
    print(f"published_inferred (latest past day): {counts['guessed']} guessed, {counts['guess_exact']} exact, "
          f"{counts['guess_within_7']} within 7 days, {counts['guess_not_after']} not after the truth")
    print(f"bounded by their own days: {counts['bounded']} ({counts['bounded_right']} contain the true day)")
    print(f"tight bounds (<= 7 days): {counts['tight']} ({counts['tight_right']} contain the true day; "
          f"first day exact in {counts['tight_first_is_day']})")
    for kind, label in (("relative", "relative events anchored"),
                        ("context", "days without a year dated by their weekday, the article's days or the span"),
                        ("yearless", "yearless events anchored")):
        total, right = counts[kind], counts[kind + "_right"]
        share = f"{right / total:.3f}" if total else "n/a"
        print(f"{label}: {total}, with a true date: {right} (precision {share})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
