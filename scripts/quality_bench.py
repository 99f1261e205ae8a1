#!/usr/bin/env python3
"""Build the project on every scored corpus and print one quality table: real articles, real saved pages.

Usage::

    python scripts/quality_bench.py [--corpora seeds dev-...] [--no-pages] [--pages zyte id] [--budget SECONDS]
                                    [--json OUT.json] [--verbose] [--record]

Prints two tables, both from the shared scorers (never from the project's own tests):

* real articles: the seeds and every `dev-*` subject of `$EXPLAINER_SHARED/eval/` (default `/work/shared`), each
  built in a temporary copy of the project by `eval/dev_table.py` (seeds replaced by the corpus' `.txt` files, no
  `sources.yml` or `entities.yml`) and scored by `eval/score.py`: cleaning (body F1, paragraphs kept, leaked
  lines), each metadata field, the timeline (precision, recall, by difficulty, entries per gold event) and the
  glossary (core recall, precision, junk, splits, fusions, types, descriptions), and the quotes whose speaker is no
  person or organisation of the glossary named in that article ("bad spk"). The last row names the worst corpus per
  column.
* real saved pages: `$EXPLAINER_SHARED/realpages/` (the Zyte benchmark and the Indonesian pages), built with the
  plain pipeline (`scripts/realpages_bench.py --pipeline`, same `data/articles.json`) and scored by
  `realpages/score_pages.py`: body F1, precision, recall, title, date, rejected pages.

Prints the two tables as Markdown, the goals (issues 21 and 22) under them; nothing is asserted. `--json` also
writes the figures; `--record` writes the tables into their section of BENCHMARKS.md (``benchfile``).
`--verbose` then prints, per corpus, score.py's list of what is missing, leaked, wrong or unsupported (paragraphs,
lines, metadata fields, events, glossary entries) and every quote speaker that is no person or organisation entry.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = Path(os.environ.get("EXPLAINER_SHARED", "/work/shared"))
EVAL = SHARED / "eval"
sys.path.insert(0, str(EVAL))
sys.path.insert(0, str(ROOT / "scripts"))

from benchfile import recording  # noqa: E402

SECTION = "Quality (`scripts/quality_bench.py`)"  # of BENCHMARKS.md

FIELDS = ("title", "outlet", "published", "authors", "editors")
DIFFICULTIES = ("explicit", "inferred", "relative")
WRONG_FIELD = re.compile(r"^    (title|outlet|published|authors|editors): got ")
BY_DIFFICULTY = re.compile(r"(explicit|inferred|relative)=(\d+)/(\d+)")

# (label, key, format, better): "better" is "high" or "low", for the worst-corpus row.
ARTICLE_COLUMNS = [
    ("body F1", "body_f1", "{:.3f}", "high"), ("kept", "kept", "{}", "high"), ("leaks", "leaks", "{}", "low"),
    ("meta", "meta", "{:.2f}", "high"),
    *((f, f"meta_{f}", "{}", "high") for f in FIELDS),
    ("tl P", "tl_p", "{:.2f}", "high"), ("tl R", "tl_r", "{:.2f}", "high"),
    *((d[:3] + ".", f"tl_{d}", "{}", "high") for d in DIFFICULTIES),
    ("per ev", "per_event", "{:.2f}", "low"),
    ("core R", "core_r", "{:.2f}", "high"), ("gl P", "gl_p", "{:.2f}", "high"), ("junk", "junk", "{}", "low"),
    ("splits", "splits", "{}", "low"), ("fused", "fused", "{}", "low"), ("types", "types", "{:.2f}", "high"),
    ("desc", "desc", "{:.2f}", "high"), ("bad spk", "bad_speakers", "{}", "low"),
]
GOALS = ("goals on every subject: body F1 >= 0.98, leaks <= 1, meta >= 0.95, tl P >= 0.95, tl R >= 0.85, "
         "inferred >= 0.7, per ev <= 1.25, core R >= 0.95, gl P >= 0.90, splits <= 1, fused 0, types >= 0.90, "
         "desc >= 0.60, bad spk 0; saved pages not below Zyte 0.968 / id 0.959")


class Ratio:
    """`hits/total` shown as such, compared as a fraction."""

    def __init__(self, hits: int, total: int) -> None:
        self.hits, self.total = hits, total

    @property
    def value(self) -> float:
        return self.hits / self.total if self.total else 1.0

    def __str__(self) -> str:
        return f"{self.hits}/{self.total}"


def score_corpus(site: Path, gold: dict) -> dict[str, object]:
    """The figures of one built corpus, read off score.py's summaries and its per-article lines."""
    import dev_table
    import score

    values = dev_table.figures(site, gold)
    with contextlib.redirect_stdout(io.StringIO()) as out:
        summary = score.score_articles(site, gold)
    kept = re.search(r"paragraphs_kept=(\d+)/(\d+)", summary)
    wrong = {field: 0 for field in FIELDS}
    for line in out.getvalue().splitlines():
        match = WRONG_FIELD.match(line)
        if match:
            wrong[match.group(1)] += 1
    with contextlib.redirect_stdout(io.StringIO()) as timeline_out:
        timeline = score.score_timeline(site, gold)
    articles = len(gold["articles"])
    a, t, g = values["articles"], values["timeline"], values["glossary"]
    row: dict[str, object] = {
        "body_f1": a["body_f1"], "kept": Ratio(int(kept.group(1)), int(kept.group(2))) if kept else Ratio(0, 0), "leaks": int(a["boilerplate_leaked"]),
        "meta": a["metadata_ok"],
        **{f"meta_{f}": Ratio(articles - wrong[f], articles) for f in FIELDS},
        "tl_p": t["precision"], "tl_r": t["recall"], "per_event": t["per_event"],
        "core_r": g["core_recall"], "gl_p": g["precision"], "junk": int(g.get("junk", 0)),
        "splits": int(g["splits"]), "fused": int(g["fused"]), "types": g["type_acc"], "desc": g["desc_ok"],
        "entries": int(g.get("entries", 0)), "events": int(t.get("events", 0)), "gold_events": int(t.get("gold", 0)),
    }
    row["details"] = "\n".join(line for line in out.getvalue().splitlines() + timeline_out.getvalue().splitlines()
                               if line.startswith(("    ", "not found", "unsupported")))
    problems = speaker_problems(site)
    row["bad_speakers"] = len(problems)
    row["details"] += "\n" + glossary_details(site, gold) + "".join(f"\nbad speaker: {p}" for p in problems)
    found = {d: Ratio(0, 0) for d in DIFFICULTIES}
    for name, hits, total in BY_DIFFICULTY.findall(timeline):
        found[name] = Ratio(int(hits), int(total))
    row.update({f"tl_{d}": found[d] for d in DIFFICULTIES})
    return row


def speaker_problems(site: Path) -> list[str]:
    """Quotes of data/quotes.json whose speaker is no person or organisation entry of the glossary named in the quote's
    article (issue 21: there should be none)."""
    entries = {e["id"]: e for e in json.loads((site / "data" / "glossary.json").read_text(encoding="utf-8"))}
    problems = []
    for record in json.loads((site / "data" / "quotes.json").read_text(encoding="utf-8")):
        entry = entries.get(record["speaker"]) if record["speaker"] else None
        if record["speaker"] and (entry is None or entry["type"] not in ("person", "organization")
                                  or record["article"] not in entry["mentions"]):
            problems.append(f"{record['speaker']}: {record['text'][:50]}")
    return problems


def glossary_details(site: Path, gold: dict) -> str:
    """score.py's own lines about one built corpus' glossary: what is missing, split, fused, mistyped or junk."""
    import score

    with contextlib.redirect_stdout(io.StringIO()) as out:
        summary = score.score_glossary(site, gold)
    return out.getvalue() + summary


def article_rows(names: list[str] | None, budget: float) -> list[tuple[str, object]]:
    """(corpus, figures or a problem) for the seeds and each dev subject."""
    import dev_table

    python = dev_table.find_python(ROOT) or sys.executable
    started = time.monotonic()
    rows: list[tuple[str, object]] = []
    for name, corpus, gold_path in dev_table.corpora():
        if names and name not in names:
            continue
        left = budget - (time.monotonic() - started)
        if left < 15:
            rows.append((name, "skipped: out of time"))
            continue
        with tempfile.TemporaryDirectory() as tmp:
            try:
                problem = dev_table.build(ROOT, corpus, python, Path(tmp), left)
            except Exception as exc:  # a timeout or a failed copy: report it as this corpus' row
                problem = f"{type(exc).__name__}: {exc}"
            if problem:
                rows.append((name, "build failed: " + problem.strip().splitlines()[-1]))
                continue
            gold = json.loads(gold_path.read_text(encoding="utf-8"))
            rows.append((name, score_corpus(Path(tmp) / "site", gold)))
    return rows


def _cell(value: object, fmt: str) -> str:
    if isinstance(value, Ratio):
        return str(value)
    return fmt.format(value)


def _comparable(value: object) -> float:
    return value.value if isinstance(value, Ratio) else float(value)  # type: ignore[arg-type]


def article_table(rows: list[tuple[str, object]]) -> str:
    """The Markdown table of real-article figures, with a last row naming the worst corpus per column."""
    lines = ["| corpus | " + " | ".join(label for label, *_ in ARTICLE_COLUMNS) + " |",
             "|---" * (len(ARTICLE_COLUMNS) + 1) + "|"]
    scored = [(name, values) for name, values in rows if isinstance(values, dict)]
    for name, values in rows:
        if not isinstance(values, dict):
            lines.append(f"| {name} | {values} |")
            continue
        lines.append(f"| {name} | " + " | ".join(_cell(values[key], fmt) for _, key, fmt, _ in ARTICLE_COLUMNS) + " |")
    if len(scored) > 1:
        worst = []
        for _, key, _, better in ARTICLE_COLUMNS:
            figures = [_comparable(values[key]) for _, values in scored]
            if len(set(figures)) == 1:
                worst.append("—")
                continue
            pick = (min if better == "high" else max)(scored, key=lambda item: _comparable(item[1][key]))
            worst.append(pick[0].replace("dev-", ""))
        lines.append("| worst | " + " | ".join(worst) + " |")
    return "\n".join(lines)


def page_rows(sets: list[str]) -> list[tuple[str, dict]]:
    """(set, score_pages.py figures) for each saved-page set, built with the plain pipeline."""
    import realpages_bench

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        for which in sets:
            seeds = realpages_bench.prepare_seeds(which, work)
            site = work / f"site-{which}"
            seconds = realpages_bench.build_project(seeds, site, pipeline=True)
            figures = realpages_bench.score_pages(site, which, seeds)
            figures["seconds"] = round(seconds, 1)
            rows.append((which, figures))
    return rows


def page_table(rows: list[tuple[str, dict]]) -> str:
    lines = ["| saved pages | pages | rejected | F1 | P | R | title | date | build s |", "|---" * 9 + "|"]
    for which, f in rows:
        lines.append(f"| {which} | {f['pages']} | {f['rejected']} | {f['f1']:.3f} | {f['precision']:.3f} | "
                     f"{f['recall']:.3f} | {f['title']} | {f['date']} | {f['seconds']} |")
    return "\n".join(lines)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpora", nargs="*", help="only these corpora (seeds, dev-...)")
    parser.add_argument("--no-pages", action="store_true", help="skip the saved-page sets")
    parser.add_argument("--pages", nargs="+", default=["zyte", "id"], choices=("zyte", "id"))
    parser.add_argument("--budget", type=float, default=1200, help="seconds for the article corpora")
    parser.add_argument("--json", type=Path, help="also write the figures here")
    parser.add_argument("--record", action="store_true", help="also write the output into its section of BENCHMARKS.md")
    parser.add_argument("--verbose", action="store_true",
                        help="also print, per corpus, what score.py lists: each missing paragraph, leaked line and "
                             "wrong metadata field, each gold event not found and each unsupported entry, the "
                             "glossary's misses, splits, fusions, wrong types and junk, and bad quote speakers")
    args = parser.parse_args()
    if not (EVAL / "score.py").exists():
        print(f"no scorer at {EVAL / 'score.py'}: set EXPLAINER_SHARED to the folder holding eval/ and realpages/")
        return 1
    started = time.monotonic()
    rows = article_rows(args.corpora, args.budget)
    pages = [] if args.no_pages else page_rows(args.pages)
    with recording(args.record, SECTION):
        print(article_table(rows))
        if pages:
            print()
            print(page_table(pages))
        print(f"\n({time.monotonic() - started:.0f} s; {GOALS})")
    if args.verbose:
        for name, values in rows:
            if isinstance(values, dict):
                print(f"\n## {name}\n{values['details'] or '(nothing missing, leaked, wrong or unsupported)'}")
    if args.json:
        plain = {name: ({k: (str(v) if isinstance(v, Ratio) else v) for k, v in values.items() if k != "details"}
                        if isinstance(values, dict) else values) for name, values in rows}
        args.json.write_text(json.dumps({"articles": plain, "pages": dict(pages)}, indent=1), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
