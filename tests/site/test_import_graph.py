"""The pipeline package has no import circle: imports only go down (a lazy import inside a function counts too)."""

from __future__ import annotations

import ast
from pathlib import Path

from paths import ROOT

PACKAGE = ROOT / "hooks" / "explainer"


def _module_name(path: Path, package: Path) -> str:
    parts = path.relative_to(package.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, name: str, modules: set[str]) -> set[str]:
    """The package's modules `path` (module `name`) imports, wherever in the file the import stands."""
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            targets = [base] + [f"{base}.{alias.name}" for alias in node.names]
        else:
            continue
        found |= {target for target in targets if target in modules and target != name}
    return found


def import_graph(package: Path = PACKAGE) -> dict[str, set[str]]:
    """Module -> the modules of the package it imports (a package's own __init__ is not an edge: importing a
    submodule runs it, but that is no circle)."""
    paths = {_module_name(path, package): path for path in sorted(package.rglob("*.py"))}
    packages = {name for name, path in paths.items() if path.name == "__init__.py"}
    return {name: _imports(path, name, set(paths)) - packages for name, path in paths.items()}


def find_cycle(graph: dict[str, set[str]]) -> list[str]:
    """One import circle as the list of its modules (first repeated at the end), or [] when there is none."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str]:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph.get(node, ())):
            if state.get(nxt) == 1:
                return path[path.index(nxt):] + [nxt]
            if nxt not in state:
                cycle = visit(nxt)
                if cycle:
                    return cycle
        state[node] = 2
        path.pop()
        return []

    for node in sorted(graph):
        if node not in state:
            cycle = visit(node)
            if cycle:
                return cycle
    return []


def test_the_pipeline_package_has_no_import_circle():
    graph = import_graph()
    assert "explainer.render.timeline_page" in graph and graph["explainer.render.timeline_page"], graph.keys()
    assert find_cycle(graph) == [], " -> ".join(find_cycle(graph))


def test_a_circle_is_found_also_through_a_lazy_import(tmp_path):
    package = tmp_path / "explainer"
    (package / "render").mkdir(parents=True)
    (package / "__init__.py").write_text('"""Root."""\n')
    (package / "render" / "__init__.py").write_text('"""Stage."""\n')
    (package / "render" / "a.py").write_text("from .b import x\n")
    (package / "render" / "b.py").write_text("def x():\n    from . import a\n    return a\n")
    (package / "render" / "c.py").write_text("from ..render.a import x\n")
    graph = import_graph(package)
    assert graph["explainer.render.c"] == {"explainer.render.a"}
    assert find_cycle(graph) == ["explainer.render.a", "explainer.render.b", "explainer.render.a"]
    (package / "render" / "b.py").write_text("def x():\n    return 1\n")
    assert find_cycle(import_graph(package)) == []
