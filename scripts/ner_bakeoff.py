#!/usr/bin/env python3
"""The recogniser bake-off of issue 21: the entity rules alone, a CRF sequence tagger alone, and both combined, each
scored by the shared scorer on the seeds and every dev subject.

Usage::

    pip install python-crfsuite
    git clone https://github.com/IndoNLP/indonlu    # or any copy of its dataset/nergrit_ner-grit folder
    python scripts/ner_bakeoff.py --data indonlu/dataset/nergrit_ner-grit [--model crf.bin] [--modes rules tagger both]
                                  [--cpu N]

The tagger is a linear-chain CRF (python-crfsuite, L-BFGS, c1 0.05, c2 0.01, 150 iterations) trained on NERGrit's
train split (IndoNLU; PERSON, PLACE, ORGANISATION, cased; the corpus' terms: free for learning and commercial use with
its contributors and licence credited). Its features are the word, its shape and affixes, the words around it, and
the project's own word lists (titles, head words, gazetteer, common given names, regions, common words).

* rules: `extract/entities.py::recognise` as shipped;
* tagger: the CRF's spans and types replace it (titles, acronyms, descriptions and the glossary are the same code);
* both: the rules' drafts, retyped by the CRF where the rules had no cue in the name (strength below 2), and those the
  CRF tags as no entity at all dropped when nothing but capitals supports them.

Each corpus of `$EXPLAINER_SHARED/eval/` is extracted in this process (as a build does) and its glossary scored by
`eval/score.py`. Prints the model's size, its training time and its entity F1 on NERGrit's validation split, then one
row per mode and corpus (core recall, precision, junk, splits, fusions, types, descriptions) and, with `--cpu N`, the
entity step's CPU time per article for each mode over N generated articles (`scripts/make_corpus.py`).
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
sys.path.insert(0, str(ROOT / "hooks"))
SHARED = Path(os.environ.get("EXPLAINER_SHARED", "/work/shared"))

from explainer.corpus.glossary import build_glossary  # noqa: E402
from explainer.extract import entities  # noqa: E402
from explainer.extract.articles import extract_one  # noqa: E402
from explainer.extract.lexicon import (common_word, gazetteer_lookup, name_key, personal_name, region_level, words)  # noqa: E402
from explainer.extract.nameruns import Draft, is_head, title_length  # noqa: E402

LABELS = {"PERSON": "person", "PLACE": "place", "ORGANISATION": "organization"}
_TOKEN = re.compile(r"\w+(?:[-'’.]\w+)*|[^\w\s]")


# ---------------------------------------------------------------------------------------------
# The tagger
# ---------------------------------------------------------------------------------------------

def read_conll(path: Path) -> list[tuple[list[str], list[str]]]:
    """Sentences of a two-column file (word, BIO tag), blank lines between them."""
    sentences, words_, tags = [], [], []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words_:
                sentences.append((words_, tags))
                words_, tags = [], []
            continue
        word, tag = line.split("\t")
        words_.append(word)
        tags.append(tag)
    if words_:
        sentences.append((words_, tags))
    return sentences


def _shape(word: str) -> str:
    shape = re.sub(r"[A-Z]", "A", re.sub(r"[a-z]", "a", re.sub(r"\d", "9", word)))
    return re.sub(r"(.)\1+", r"\1\1", shape)


def _word_features(word: str) -> list[str]:
    lower = word.lower()
    key = name_key(word) if any(c.isalnum() for c in word) else ""
    w = words()
    found = ["w=" + lower, "sh=" + _shape(word), "p3=" + lower[:3], "s3=" + lower[-3:], "s2=" + lower[-2:]]
    if word[:1].isupper():
        found.append("cap")
    if word.isupper() and len(word) > 1:
        found.append("upper")
    if key:
        if lower in w["person_titles"]:
            found.append("title")
        if is_head(lower):
            found.append("head")
        if lower in w["event_heads"]:
            found.append("event_head")
        if personal_name(key):
            found.append("given")
        if region_level(key) == 2:
            found.append("region")
        if common_word(lower):
            found.append("common")
        entry = gazetteer_lookup(word)
        if entry is not None:
            found.append("gaz=" + entry.type)
    return found


def features(sentence: list[str]) -> list[list[str]]:
    base = [_word_features(word) for word in sentence]
    out = []
    for i in range(len(sentence)):
        row = ["bias", *base[i]]
        for offset in (-2, -1, 1, 2):
            j = i + offset
            if 0 <= j < len(sentence):
                row.append(f"{offset}:w={sentence[j].lower()}")
                row.extend(f"{offset}:{f}" for f in base[j] if not f.startswith(("w=", "p3=", "s3=", "s2=")))
            else:
                row.append(f"{offset}:pad")
        out.append(row)
    return out


def train(data: Path, model: Path) -> float:
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for sentence, tags in read_conll(data / "train_preprocess.txt"):
        trainer.append(features(sentence), tags)
    trainer.set_params({"c1": 0.05, "c2": 0.01, "max_iterations": 150, "feature.possible_transitions": True})
    started = time.process_time()
    trainer.train(str(model))
    return time.process_time() - started


def spans(tags: list[str]) -> list[tuple[int, int, str]]:
    """(first, last + 1, label) of each BIO entity."""
    found, start, label = [], None, None
    for i, tag in enumerate([*tags, "O"]):
        inside = tag.startswith("I-") and start is not None and tag[2:] == label
        if start is not None and not inside:
            found.append((start, i, label))
            start = None
        if tag.startswith("B-") or (tag.startswith("I-") and start is None):
            start, label = i, tag[2:]
    return found


def validation_f1(data: Path, tagger) -> float:
    gold_n = found_n = hits = 0
    for sentence, tags in read_conll(data / "valid_preprocess.txt"):
        want, got = set(spans(tags)), set(spans(tagger.tag(features(sentence))))
        gold_n, found_n, hits = gold_n + len(want), found_n + len(got), hits + len(want & got)
    precision, recall = hits / found_n, hits / gold_n
    return 2 * precision * recall / (precision + recall)


class SentenceTagger:
    """Entity spans of a sentence by the CRF, as character offsets with a glossary type."""

    def __init__(self, model: Path) -> None:
        import pycrfsuite

        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(str(model))

    def tag(self, text: str, a: int, b: int) -> list[tuple[int, int, str]]:
        matches = list(_TOKEN.finditer(text, a, b))
        if not matches:
            return []
        tags = self.tagger.tag(features([m.group() for m in matches]))
        return [(matches[i].start(), matches[j - 1].end(), LABELS[label]) for i, j, label in spans(tags)]


# ---------------------------------------------------------------------------------------------
# The three recognisers
# ---------------------------------------------------------------------------------------------

RULES = entities.recognise


def tagger_recognise(crf: SentenceTagger):
    def recognise(text, a, b, tokens, pieces, block, sentence, context):
        drafts = []
        for start, end, kind in crf.tag(text, a, b):
            inside = [t for t in tokens if start <= t.start and t.end <= end]
            if inside:
                drafts.append(Draft(block, sentence, inside, kind, 2, inside[0].initial))
        return drafts
    return recognise


def combined_recognise(crf: SentenceTagger):
    def recognise(text, a, b, tokens, pieces, block, sentence, context):
        drafts = RULES(text, a, b, tokens, pieces, block, sentence, context)
        tagged = crf.tag(text, a, b)
        kept = []
        for draft in drafts:
            over = [kind for start, end, kind in tagged if start < draft.end and draft.start < end]
            if draft.title_only or draft.strength >= 2:
                kept.append(draft)
            elif over:
                draft.type = max(set(over), key=over.count)
                kept.append(draft)
            elif draft.strength >= 1 or title_length(draft.tokens) or gazetteer_lookup(text[draft.start:draft.end]):
                kept.append(draft)
        return kept
    return recognise


# ---------------------------------------------------------------------------------------------
# Scoring
# ---------------------------------------------------------------------------------------------

def corpora() -> list[tuple[str, list[Path], Path]]:
    found = [("seeds", sorted((ROOT / "seeds").glob("*.txt")), SHARED / "eval" / "seeds.json")]
    for folder in sorted((SHARED / "eval").glob("dev-*")):
        found.append((folder.name, sorted(folder.glob("*.txt")), folder / "gold.json"))
    return found


def score_corpus(files: list[Path], gold_path: Path) -> dict[str, str]:
    sys.path.insert(0, str(SHARED / "eval"))
    import score

    extracted = [extract_one(f.name, f.read_bytes(), {}) for f in files]
    per_article = [(r.article, r.mentions) for r in extracted if r.article is not None]
    glossary = build_glossary(per_article, {})
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "data").mkdir()
        (Path(tmp) / "data" / "glossary.json").write_text(json.dumps(glossary), encoding="utf-8")
        with contextlib.redirect_stdout(io.StringIO()):
            summary = score.score_glossary(Path(tmp), json.loads(gold_path.read_text(encoding="utf-8")))
    return dict(re.findall(r"(\w+)=([\d./]+)", summary))


def entity_cpu(count: int) -> float:
    """CPU seconds per article of the entity step over `count` generated articles."""
    from explainer.extract.entities import find_mentions
    from explainer.ingest.load import read_article

    with tempfile.TemporaryDirectory() as tmp:
        import subprocess
        subprocess.run([sys.executable, str(ROOT / "scripts" / "make_corpus.py"), "--n", str(count), "--out", tmp,
                        "--seed", "1"], check=True, capture_output=True)
        articles = [read_article(p.name, p.read_bytes())[0] for p in sorted(Path(tmp).glob("*.txt"))]
    articles = [a for a in articles if a is not None]
    started = time.process_time()
    for article in articles:
        find_mentions(article)
    return (time.process_time() - started) / len(articles)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", type=Path, required=True, help="the nergrit_ner-grit folder of IndoNLU")
    parser.add_argument("--model", type=Path, help="where to write the CRF model (default: a temporary file)")
    parser.add_argument("--modes", nargs="+", default=["rules", "tagger", "both"], choices=("rules", "tagger", "both"))
    parser.add_argument("--cpu", type=int, default=0, help="also time the entity step over this many articles")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        model = args.model or Path(tmp) / "nergrit.crf"
        seconds = train(args.data, model)
        crf = SentenceTagger(model)
        print(f"CRF: {model.stat().st_size / 1e6:.1f} MB, trained in {seconds:.0f} s CPU, "
              f"entity F1 on NERGrit validation {validation_f1(args.data, crf.tagger):.3f}")
        recognisers = {"rules": RULES, "tagger": tagger_recognise(crf), "both": combined_recognise(crf)}
        print("| mode | corpus | core R | P | junk | splits | fused | types | desc |")
        print("|---|---|---|---|---|---|---|---|---|")
        cpu = {}
        for mode in args.modes:
            entities.recognise = recognisers[mode]
            try:
                for name, files, gold in corpora():
                    f = score_corpus(files, gold)
                    print(f"| {mode} | {name} | {f['core_recall']} | {f['precision']} | {f['junk']} | {f['splits']} | "
                          f"{f['fused']} | {f['type_acc']} | {f['desc_ok']} |")
                if args.cpu:
                    cpu[mode] = entity_cpu(args.cpu)
            finally:
                entities.recognise = RULES
        for mode, value in cpu.items():
            print(f"entity step, {mode}: {value * 1000:.2f} ms CPU per article ({args.cpu} generated articles)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
