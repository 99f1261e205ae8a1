"""The documents stay true: named paths and functions exist, ARCHITECTURE.md is a short codemap naming every
module, DATA.md matches the exports of a real build, BENCHMARKS.md has one dated section per recording script."""

from __future__ import annotations

import ast
import csv
import functools
import io
import re
from pathlib import Path

import pytest

from paths import ROOT, SEEDS
from explainer.site import build_site

DOCS = ("README.md", "ARCHITECTURE.md", "DATA.md", "BENCHMARKS.md")
PACKAGE = ROOT / "hooks" / "explainer"
STAGES = sorted(path.parent.name for path in PACKAGE.glob("*/__init__.py"))
TOP_LEVEL = sorted(path.stem for path in PACKAGE.glob("*.py") if path.name != "__init__.py")
README_LIMIT = 14 * 1024  # short for users; issue 17 added the scale table, 25 the bad-input promises, builders
ARCHITECTURE_LIMIT = 20 * 1024  # a map a newcomer reads in ten minutes
# A measured figure: a number with a unit of time or size (the codemap holds none; BENCHMARKS.md does).
_FIGURE = re.compile(r"\b\d[\d,.]*\s?(?:ms|s|MB|GB|KB)\b")
TEST_COMMAND = "pip install -e '.[test]' && python -m pytest"

# A backticked repository path, optionally naming a definition in it: `hooks/explainer/site.py::build_site`.
# Paths of a stage package may leave out `hooks/explainer/` (`extract/dates.py::find_dates`).
_CODE = re.compile(r"`([^`\n]+)`")
_REPO_PATH = re.compile(r"^(?P<path>(?:hooks|scripts|tests|docs|overrides|assets|\.github|\.ci)/[\w./-]*"
                        r"|(?:" + "|".join(STAGES) + r")/[\w./-]*\.py"
                        r"|(?:" + "|".join(TOP_LEVEL) + r")\.py)(?:::(?P<name>[\w.]+))?$")
_LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")
_HEADING = re.compile(r"^#{1,6}\s+(.*?)\s*$", re.M)


def _text(name: str) -> str:
    return (ROOT / name).read_text(encoding="utf-8")


def _named_paths(text: str) -> list[tuple[str, str | None]]:
    found = []
    for span in _CODE.findall(text):
        match = _REPO_PATH.match(span.strip())
        if match:
            found.append((match["path"], match["name"]))
    return found


def _resolve(path: str) -> Path:
    first = path.split("/", 1)[0]
    if first in STAGES or "/" not in path:
        return PACKAGE / path
    return ROOT / path


@functools.cache
def _definitions(path: Path) -> frozenset[str]:
    """Top-level names a module defines (functions, classes, assignments) and `Class.method` names."""
    names: set[str] = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            names.add(node.name)
            if isinstance(node, ast.ClassDef):
                names.update(f"{node.name}.{item.name}" for item in node.body
                             if isinstance(item, (ast.FunctionDef, ast.AsyncFunctionDef)))
        elif isinstance(node, ast.Assign):  # `A = …` and `A, B = …`
            for target in node.targets:
                for item in target.elts if isinstance(target, ast.Tuple) else [target]:
                    if isinstance(item, ast.Name):
                        names.add(item.id)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
    return frozenset(names)


def _github_anchor(heading: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation but hyphens and underscores dropped, spaces as
    hyphens."""
    text = re.sub(r"[`*]", "", heading).strip().lower()
    return re.sub(r"[^\w\- ]", "", text).replace(" ", "-")


def test_named_path_regex_finds_what_it_should() -> None:
    sample = ("`hooks/explainer/site.py::build_site` `extract/dates.py` `tests/site/` `data/*.json` "
              "`seeds/sources.yml` `export.py::to_json`")
    assert _named_paths(sample) == [("hooks/explainer/site.py", "build_site"), ("extract/dates.py", None),
                                    ("tests/site/", None), ("export.py", "to_json")]
    assert _resolve("extract/dates.py") == PACKAGE / "extract" / "dates.py"
    assert _resolve("tests/site/") == ROOT / "tests" / "site"


@pytest.mark.parametrize("doc", DOCS)
def test_every_named_path_and_definition_exists(doc: str) -> None:
    named = _named_paths(_text(doc))
    assert len(named) >= (40 if doc == "ARCHITECTURE.md" else 3)
    missing = [path for path, _ in named if not _resolve(path).exists()]
    assert not missing, f"{doc} names paths that do not exist: {missing}"
    undefined = [f"{path}::{name}" for path, name in named
                 if name and name not in _definitions(_resolve(path))]
    assert not undefined, f"{doc} names definitions that do not exist: {undefined}"


@pytest.mark.parametrize("doc", DOCS)
def test_relative_links_and_anchors_resolve(doc: str) -> None:
    for target in _LINK.findall(_text(doc)):
        if re.match(r"^[a-z]+:", target):
            continue
        file, _, anchor = target.partition("#")
        linked = file or doc
        assert (ROOT / linked).exists(), f"{doc} links to a missing file: {target}"
        if anchor:
            anchors = {_github_anchor(h) for h in _HEADING.findall(_text(linked))}
            assert anchor in anchors, f"{doc} links to a missing heading: {target}"


def test_readme_is_short_and_keeps_the_commands_ci_and_users_run() -> None:
    readme = _text("README.md")
    assert len(readme.encode("utf-8")) < README_LIMIT
    assert any(line.strip().startswith(TEST_COMMAND) for line in readme.splitlines())  # CI runs this line
    assert "mkdocs serve" in readme and "http://127.0.0.1:8000/" in readme


def test_readme_screenshot_exists_and_is_not_published() -> None:
    images = re.findall(r"!\[[^\]]*\]\(([^)\s]+)\)", _text("README.md"))
    assert images, "the README shows a screenshot"
    for image in images:
        path = (ROOT / image).resolve()
        assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
        assert (ROOT / "docs") not in path.parents, "a README image under docs/ would be published"
        assert path.stat().st_size < 200_000


def test_architecture_is_a_short_codemap_without_measurements() -> None:
    text = _text("ARCHITECTURE.md")
    assert len(text.encode("utf-8")) < ARCHITECTURE_LIMIT
    assert _FIGURE.findall(text) == [], "measurements belong in BENCHMARKS.md"
    assert "### `data/" not in text, "schemas belong in DATA.md"
    assert text.count("**Architecture Invariant:**") >= 5


def test_architecture_describes_every_stage_package_and_module() -> None:
    text = _text("ARCHITECTURE.md")
    headings = [h.strip("` ").lower() for h in _HEADING.findall(text)]
    for stage in STAGES:
        assert any(h.startswith(f"{stage}/") or h.startswith(f"`{stage}/") or f"{stage}/" in h
                   for h in headings), f"no heading for the stage package {stage}/"
        for module in sorted((PACKAGE / stage).glob("*.py")):
            if module.name != "__init__.py":
                assert f"{stage}/{module.name}" in text or f"`{module.stem}`" in text, \
                    f"ARCHITECTURE.md does not mention {stage}/{module.name}"
    for module in TOP_LEVEL:
        assert f"`{module}.py" in text or f"hooks/explainer/{module}.py" in text, \
            f"ARCHITECTURE.md does not mention {module}.py"


def test_large_modules_are_listed() -> None:
    """ARCHITECTURE.md names exactly the modules above 500 lines (so a split or a new large module shows)."""
    line = next(line for line in _text("ARCHITECTURE.md").splitlines() if line.startswith("Modules above 500 lines:"))
    listed = {str(_resolve(path).relative_to(PACKAGE)) for path, _ in _named_paths(line)}
    large = {str(path.relative_to(PACKAGE)) for path in PACKAGE.rglob("*.py")
             if len(path.read_text(encoding="utf-8").splitlines()) > 500}
    assert listed == large


def test_benchmark_scripts_say_what_they_measure_and_print() -> None:
    """Every script says how it is used and what it prints; a helper module the scripts import (no
    `__main__` guard) also names the script that uses it."""
    scripts = sorted((ROOT / "scripts").glob("*.py"))
    runnable = [script for script in scripts if 'if __name__ == "__main__":' in script.read_text(encoding="utf-8")]
    assert len(runnable) >= 5
    for script in scripts:
        doc = ast.get_docstring(ast.parse(script.read_text(encoding="utf-8"))) or ""
        assert "Usage" in doc and "Prints" in doc, f"{script.name}: docstring lacks Usage or Prints"
        if script not in runnable:
            users = [other.stem for other in scripts if other != script
                     and re.search(rf"^\s*(?:from|import) {script.stem}\b", other.read_text(encoding="utf-8"), re.M)]
            assert users and any(user in doc for user in users), f"{script.name}: helper docstring names no user"


# --- the data contract -------------------------------------------------------------------------

_SCHEMA_HEADING = re.compile(r"^###\s+`data/(?P<file>[\w.]+)`\s*$")


def _schema_tables() -> dict[str, list[tuple[list[str], str]]]:
    """data file -> rows of the table under its heading in DATA.md: (backticked keys of the first cell, the
    rest of the row)."""
    tables: dict[str, list[tuple[list[str], str]]] = {}
    current = None
    for line in _text("DATA.md").splitlines():
        heading = _SCHEMA_HEADING.match(line)
        if heading:
            current = heading["file"]
            assert current not in tables, f"DATA.md has two schema sections for data/{current}"
            tables[current] = []
        elif line.startswith("#"):
            current = None
        elif current and line.startswith("|") and not set(line) <= set("|-: "):
            first, _, rest = line.strip("|").partition("|")
            keys = _CODE.findall(first)
            if keys:
                tables[current].append((keys, rest))
    return tables


@pytest.fixture(scope="module")
def seed_data() -> dict[str, str]:
    return build_site(SEEDS).data


def _documented_keys(rows: list[tuple[list[str], str]]) -> list[str]:
    return [key for keys, _ in rows for key in keys]


def test_every_export_has_its_schema_in_data_md(seed_data: dict[str, str]) -> None:
    tables = _schema_tables()
    assert sorted(f"data/{name}" for name in tables) == sorted(seed_data)


@pytest.mark.parametrize("name", ["articles.json", "sources.json", "timeline.json", "glossary.json", "quotes.json"])
def test_json_schema_lists_exactly_the_exported_keys(seed_data: dict[str, str], name: str) -> None:
    import json

    records = json.loads(seed_data[f"data/{name}"])
    assert records, name
    rows = _schema_tables()[name]
    exported: list[str] = list(dict.fromkeys(key for record in records for key in record))
    assert sorted(_documented_keys(rows)) == sorted(exported)
    for keys, rest in rows:  # nested objects written as `{a, b}` list exactly their keys
        nested = [item for item in _CODE.findall(rest) if re.fullmatch(r"\{\w+(?:, \w+)*\}", item)]
        for item in nested:
            wanted = sorted(item.strip("{}").split(", "))
            for record in records:
                value = record[keys[0]]
                for obj in value if isinstance(value, list) else [value]:
                    if obj is not None:
                        assert sorted(obj) == wanted, (name, keys[0])


def test_rejected_schema_and_reasons() -> None:
    from explainer.export import rejected_record
    from explainer.model import Rejected

    rows = _schema_tables()["rejected.json"]
    assert sorted(_documented_keys(rows)) == sorted(rejected_record(Rejected("a.txt", "empty", "empty file")))
    reasons = next(rest for keys, rest in rows if keys == ["reason"])
    codes = {code for module in PACKAGE.rglob("*.py")  # every reason any stage gives (load, extract)
             for code in re.findall(r'Rejected\([^,]+, "(\w+)"', module.read_text(encoding="utf-8"))}
    assert {"empty", "unreadable", "failed"} <= codes
    assert codes <= set(_CODE.findall(reasons))


@pytest.mark.parametrize("name", ["sources.csv", "timeline.csv", "glossary.csv", "quotes.csv"])
def test_csv_schema_lists_the_columns_in_order(seed_data: dict[str, str], name: str) -> None:
    header = next(csv.reader(io.StringIO(seed_data[f"data/{name}"].lstrip("\ufeff"))))
    assert _documented_keys(_schema_tables()[name]) == header


# --- the measurements ------------------------------------------------------------------------------

_SECTION = re.compile(r"^## (.+?)\s*$", re.M)


def _sections(text: str) -> dict[str, str]:
    """`## ` heading -> the section's text (up to the next `## ` heading)."""
    found = list(_SECTION.finditer(text))
    return {match[1]: text[match.end():found[number + 1].start() if number + 1 < len(found) else len(text)]
            for number, match in enumerate(found)}


def test_every_recording_script_has_its_section_and_every_section_is_dated() -> None:
    """Each script that records (`--record`) owns one section of BENCHMARKS.md, titled by its SECTION constants;
    every section says when it was measured and names the script or tests that measured it."""
    sections = _sections(_text("BENCHMARKS.md"))
    recording = [script for script in sorted((ROOT / "scripts").glob("*.py"))
                 if re.search(r"^from benchfile import recording", script.read_text(encoding="utf-8"), re.M)]
    assert len(recording) >= 6
    for script in recording:
        titles = re.findall(r'^\w*SECTION = "(.+)"', script.read_text(encoding="utf-8"), re.M)
        assert titles, f"{script.name}: no SECTION title"
        for title in titles:
            assert title in sections, f"BENCHMARKS.md has no section {title!r} for {script.name}"
            assert f"scripts/{script.name}" in title
    for title, body in sections.items():
        assert re.search(r"\b20\d\d-\d\d-\d\d\b", body), f"section {title!r} says no date"
        assert re.search(r"`(?:scripts|tests)/[\w/]+\.py", title + body), f"section {title!r} names no script or test"
