"""The package layout: imports only go down the pipeline, one code path (site.py only through generate.py), every
module has a docstring."""

from __future__ import annotations

import ast
import os
import sys
from pathlib import Path

from paths import ROOT

PACKAGE = ROOT / "hooks" / "explainer"
# Lower numbers are further down the pipeline; a module may import only its own level or lower ones.
LEVELS = {"model": 0, "slug": 0, "idformat": 0, "memo": 0, "cachefile": 0, "warm": 0, "trim": 0, "steptimes": 0, "forked": 0, "gcpause": 0, "ingest": 1, "extract": 2, "corpus": 3, "render": 4,
          "search": 5, "export": 6, "settings": 6, "site": 7, "generate": 8, "docsfolder": 8, "newsite": 8, "cli": 9,
          "__main__": 10}
STAGES = ("ingest", "extract", "corpus", "render", "search")


def _modules() -> list[Path]:
    return sorted(path for path in PACKAGE.rglob("*.py") if "__pycache__" not in path.parts)


def _dotted(path: Path) -> list[str]:
    """explainer.corpus.timeline -> ["explainer", "corpus", "timeline"] (a package's __init__ is the package)."""
    parts = ["explainer", *path.relative_to(PACKAGE).with_suffix("").parts]
    return parts[:-1] if parts[-1] == "__init__" else parts


def _imported(path: Path, text: str | None = None) -> list[list[str]]:
    """Every explainer module `path` (or `text` read as that module) imports, as dotted parts, relative
    imports resolved."""
    here = _dotted(path)
    package = here if path.name == "__init__.py" else here[:-1]
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8") if text is None else text)):
        if isinstance(node, ast.Import):
            found += [alias.name.split(".") for alias in node.names if alias.name.split(".")[0] == "explainer"]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[:len(package) - node.level + 1] + (node.module.split(".") if node.module else [])
            elif node.module and node.module.split(".")[0] == "explainer":
                base = node.module.split(".")
            else:
                continue
            if node.module is None or base == ["explainer"] or base[-1] in STAGES:  # from X import module
                found += [base + [alias.name] for alias in node.names]
            else:
                found.append(base)
    return found


def _level(parts: list[str]) -> int:
    """Pipeline level of a module given as dotted parts (the package itself counts as the top)."""
    return LEVELS[parts[1]] if len(parts) > 1 else max(LEVELS.values())


def test_imports_only_go_down_the_pipeline():
    upward = []
    for path in _modules():
        here = _dotted(path)
        for target in _imported(path):
            if _level(target) > _level(here):
                upward.append(f"{'.'.join(here)} imports {'.'.join(target)}")
    assert upward == []


def test_one_code_path_for_every_builder():
    """site.py (the recipe) is run only through generate.py, which the MkDocs hooks and the command line share."""
    importers = {".".join(_dotted(path)) for path in _modules()
                 if any(target[:2] == ["explainer", "site"] for target in _imported(path))}
    assert importers == {"explainer.generate"}
    hooks = _imported_by_hooks()
    assert ["explainer", "generate"] in hooks and ["explainer", "site"] not in hooks
    assert any(target[:2] == ["explainer", "generate"] for target in _imported(PACKAGE / "cli.py"))


def _imported_by_hooks() -> list[list[str]]:
    tree = ast.parse((ROOT / "hooks" / "explainer_hooks.py").read_text(encoding="utf-8"))
    return [node.module.split(".") for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("explainer")]


def test_every_module_has_a_one_line_docstring():
    missing = []
    for path in _modules():
        doc = ast.get_docstring(ast.parse(path.read_text(encoding="utf-8")))
        if not doc or not doc.split("\n", 1)[0].strip():
            missing.append(str(path.relative_to(PACKAGE)))
    assert missing == []


def test_every_stage_is_a_package_with_modules():
    for stage in STAGES:
        assert (PACKAGE / stage / "__init__.py").is_file()
        assert len(list((PACKAGE / stage).glob("*.py"))) >= 2


def test_the_checker_sees_an_upward_import():
    """The import parser resolves relative imports, so an ingest module importing render or site is caught."""
    module = PACKAGE / "ingest" / "clean.py"
    found = _imported(module, "from ..render.mdtext import md_escape\nfrom . import boilerplate\nfrom .. import site\n")
    assert found == [["explainer", "render", "mdtext"], ["explainer", "ingest", "boilerplate"], ["explainer", "site"]]
    assert [_level(target) > _level(_dotted(module)) for target in found] == [True, False, True]


_READS: list[tuple[str, str]] | None = None  # (path, reading module) while a test records, else None
_WATCHED: list[Path] = []


def _audit(event: str, args: tuple) -> None:
    """Record every open or folder listing of a path under a watched folder, with the innermost explainer module
    on the stack (an audit hook stays for the whole process, so it does nothing unless a test records)."""
    if _READS is None or event not in ("open", "os.listdir", "os.scandir") or not args or args[0] is None:
        return
    try:
        path = Path(os.fsdecode(args[0])).resolve()
    except (TypeError, ValueError, OSError):
        return
    if not any(path == folder or folder in path.parents for folder in _WATCHED):
        return
    frame = sys._getframe(1)
    while frame is not None and not frame.f_globals.get("__name__", "").startswith("explainer."):
        frame = frame.f_back
    _READS.append((str(path), frame.f_globals["__name__"] if frame is not None else "(not the pipeline)"))


sys.addaudithook(_audit)


def test_user_files_are_read_only_in_ingest(tmp_path: Path):
    """Architecture invariant: the seeds (articles, sources.yml, entities.yml) and the hand-written pages are read
    by ingest/ only; every later stage gets what ingest read."""
    global _READS
    from hostile import body, text_article

    from explainer.ingest.pages import read_pages
    from explainer.site import build_site

    seeds, docs = tmp_path / "seeds", tmp_path / "docs"
    seeds.mkdir()
    docs.mkdir()
    (seeds / "a.txt").write_text(text_article("Jembatan Baru Diresmikan Wali Kota", body("jembatan")))
    (seeds / "b.html").write_text("<html><body><article><h1>Sungai Dibersihkan Warga</h1>"
                                  + "".join(f"<p>{p}</p>" for p in body("sungai")) + "</article></body></html>")
    (seeds / "sources.yml").write_text("a.txt:\n  outlet: Kabar Kota\n")
    (seeds / "entities.yml").write_text("- match: Wali Kota\n  exclude: true\n")
    (docs / "index.md").write_text("# Kota\n")
    _WATCHED[:] = [seeds.resolve(), docs.resolve()]
    _READS = []
    try:
        content = build_site(seeds, read_pages(docs).intro, tmp_path / "cache", workers=1)
        reads = _READS
    finally:
        _READS = None
    assert len(content.articles) == 2 and content.articles[0].outlet == "Kabar Kota"
    read = {Path(path).name for path, _ in reads}
    assert {"seeds", "a.txt", "b.html", "sources.yml", "entities.yml", "index.md"} <= read
    outside = sorted({module for _, module in reads if not module.startswith("explainer.ingest.")})
    assert outside == [], f"user files read outside ingest/ by {outside}"
