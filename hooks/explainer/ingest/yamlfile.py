"""Read the user's YAML files (seeds/sources.yml, seeds/entities.yml): guarded, safe, depth-limited, dates as
strings, duplicate keys reported."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

from .textio import read_input

MAX_DEPTH = 20  # far more than either file needs; PyYAML recurses per level and fails near 500


class _UserLoader(yaml.SafeLoader):
    """SafeLoader that leaves dates as strings, stops at MAX_DEPTH levels and notes duplicate keys."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0
        self.duplicates: list[str] = []

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.YAMLError(f"nested deeper than {MAX_DEPTH} levels (line {mark.line + 1})")
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1

    def construct_mapping(self, node: Any, deep: bool = False) -> dict:
        seen: set = set()
        for key_node, _ in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
            if key is not None and key in seen:
                self.duplicates.append(f"duplicate key {key!r} (line {key_node.start_mark.line + 1}); "
                                       "the last one is used")
            seen.add(key)
        return super().construct_mapping(node, deep)


_UserLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def parse_yaml(text: str) -> tuple[Any, list[str]]:
    """Parse YAML text: (data, notes on duplicate keys). Raises yaml.YAMLError on bad or too deep input."""
    loader = _UserLoader(text)
    try:
        return loader.get_single_data(), loader.duplicates
    except RecursionError as error:  # pragma: no cover - MAX_DEPTH stops it first
        raise yaml.YAMLError("nested too deeply") from error
    finally:
        loader.dispose()


def read_yaml_file(path: Path, root: Path) -> tuple[Any, list[str], str | None]:
    """(data, warnings, problem) for a user YAML file; `problem` is set (and data None) when the file is
    absent, unreadable or not valid YAML. Never raises."""
    if not path.exists() and not path.is_symlink():
        return None, [], None
    data, problem = read_input(path, root)
    if data is None:
        return None, [], problem
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, [], f"not UTF-8 (byte {error.start}); ignored"
    try:
        value, duplicates = parse_yaml(text)
    except yaml.YAMLError as error:
        return None, [], f"not valid YAML ({_first_line(error)}); ignored"
    return value, duplicates, None


def read_user_yaml(path: Path) -> tuple[Any, list[str]]:
    """A user's YAML file in the seeds folder: its data (None when missing, unreadable or empty) and its
    problems, each starting with the file's name."""
    data, notes, problem = read_yaml_file(path, path.parent)
    if problem:
        return None, [f"{path.name}: {problem}"]
    return data, [f"{path.name}: {note}" for note in notes]


def _first_line(error: Exception) -> str:
    return str(error).strip().splitlines()[0] if str(error).strip() else type(error).__name__
