"""The package layout: imports only go down the pipeline, only the hooks import site.py, every module has a docstring."""

from __future__ import annotations

import ast
from pathlib import Path

from paths import ROOT

PACKAGE = ROOT / "hooks" / "explainer"
# Lower numbers are further down the pipeline; a module may import only its own level or lower ones.
LEVELS = {"model": 0, "slug": 0, "idformat": 0, "memo": 0, "cachefile": 0, "ingest": 1, "extract": 2, "corpus": 3, "render": 4, "search": 5,
          "export": 6, "site": 7}
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


def test_only_the_hooks_import_site():
    importers = [".".join(_dotted(path)) for path in _modules()
                 if any(target[:2] == ["explainer", "site"] for target in _imported(path))]
    hooks = _imported_by_hooks()
    assert importers == []
    assert ["explainer", "site"] in hooks


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
