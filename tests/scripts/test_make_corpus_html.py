"""make_corpus.py --html: saved pages of the same articles in five outlet templates, with the truth kept."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from paths import MAKE_CORPUS

SIZE = 80


def _generate(folder: Path, *flags: str) -> tuple[Path, dict]:
    out, manifest = folder / "raw", folder / "truth.json"
    result = subprocess.run([sys.executable, str(MAKE_CORPUS), "--n", str(SIZE), "--seed", "5", "--out", str(out),
                             "--manifest", str(manifest), "--check", *flags], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr  # --check: every body paragraph and title is visible text
    return out, json.loads(manifest.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    pages, truth = _generate(tmp_path_factory.mktemp("html"), "--html")
    _, text_truth = _generate(tmp_path_factory.mktemp("text"))
    return pages, truth, text_truth


def test_pages_use_every_layout_one_per_outlet(corpora) -> None:
    pages, truth, _ = corpora
    assert sorted(path.suffix for path in pages.iterdir()) == [".html"] * SIZE
    records = truth["articles"]
    assert {record["layout"] for record in records} == {"blog", "portal", "legacy", "hashed", "magazine"}
    layout_of_outlet: dict[str, set[str]] = {}
    for record in records:
        assert record["format"] == "html" and record["file"].endswith(".html")
        layout_of_outlet.setdefault(record["outlet"], set()).add(record["layout"])
    assert all(len(layouts) == 1 for layouts in layout_of_outlet.values())


def test_same_articles_and_truth_as_the_text_corpus(corpora) -> None:
    _, truth, text_truth = corpora
    for page, text in zip(truth["articles"], text_truth["articles"], strict=True):
        assert page["file"][:-len(".html")] == text["file"][:-len(".txt")]
        for key in ("title", "body", "published", "authors", "editors", "entities", "events"):
            assert page[key] == text[key], key


def test_layout_markup_habits(corpora) -> None:
    pages, truth, _ = corpora
    seen: dict[str, str] = {}
    for record in truth["articles"]:
        seen.setdefault(record["layout"], (pages / record["file"]).read_text(encoding="utf-8"))
    assert "<br><br>" in seen["legacy"] and "<h1" not in seen["legacy"]
    assert 'class="paragraph"' in seen["magazine"] and "Komentar" in seen["magazine"]
    assert '"@graph"' in seen["hashed"] and "entry-content" not in seen["hashed"]
    assert 'itemprop="articleBody"' in seen["portal"] and '"NewsArticle"' in seen["portal"]
    assert 'property="og:title"' in seen["blog"] and "<article" in seen["blog"]
    for record in truth["articles"]:  # a stated date is in the meta tags too, an unstated one nowhere
        page = (pages / record["file"]).read_text(encoding="utf-8")
        stamps = re.findall(r'(?:published_time|pubdate)" content="([^"]+)"|"datePublished": "([^"]+)"', page)
        values = {value for pair in stamps for value in pair if value}
        if record["published"] is None:
            assert not values, record["file"]
        else:
            assert all(value.startswith(record["published"]) for value in values), record["file"]


def test_pages_are_reproducible(corpora, tmp_path: Path) -> None:
    pages, _, _ = corpora
    again, _ = _generate(tmp_path, "--html")
    for path in sorted(pages.iterdir()):
        assert (again / path.name).read_bytes() == path.read_bytes()
