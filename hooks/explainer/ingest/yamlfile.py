"""Read the user's YAML files (seeds/sources.yml, seeds/entities.yml) into plain data: guarded, bounded, only
strings, numbers, booleans, None, lists and mappings; every other value a warning naming the key."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import yaml

from .textio import read_input

MAX_DEPTH = 20  # far more than either file needs; PyYAML recurses per level and fails near 500
MAX_ALIAS_VALUES = 10_000  # values aliases (*name) may repeat in all: a few hundred bytes cannot become gigabytes
MAX_BYTES = 16_000_000  # about 100,000 sources.yml entries; libyaml reads them in about 6 s
MAX_DIGITS = 30  # a longer integer is kept as the text it is written as
SHOWN_CHARS = 60  # at most this much of a value is quoted in a warning

_TAG = "tag:yaml.org,2002:"
_SEXAGESIMAL = re.compile(r"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$")  # YAML 1.1 base 60: kept as text
_TEXT_TAGS = {f"{_TAG}str", f"{_TAG}timestamp", f"{_TAG}value", f"{_TAG}merge"}  # dates are read as text


class _Composer(yaml.SafeLoader):
    """PyYAML's safe parser up to the node graph only (nothing is constructed), stopping at MAX_DEPTH levels;
    used where PyYAML comes without libyaml."""

    def __init__(self, stream: str) -> None:
        super().__init__(stream)
        self.depth = 0

    def compose_node(self, parent: Any, index: Any) -> Any:
        self.depth += 1
        try:
            if self.depth > MAX_DEPTH:
                mark = self.peek_event().start_mark
                raise yaml.YAMLError(f"nested deeper than {MAX_DEPTH} levels (line {mark.line + 1})")
            return super().compose_node(parent, index)
        finally:
            self.depth -= 1


_RESOLVERS = {first: [(tag, regexp) for tag, regexp in resolvers if tag != f"{_TAG}timestamp"]
              for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()}
_Composer.yaml_implicit_resolvers = _RESOLVERS
if getattr(yaml, "__with_libyaml__", False):
    class _FastComposer(yaml.CSafeLoader):
        """libyaml's parser and composer (ten times faster; it stops at 1,000 levels itself, and the reader
        below at MAX_DEPTH); only the node graph is used."""

    _FastComposer.yaml_implicit_resolvers = _RESOLVERS
    _COMPOSER: type = _FastComposer
else:  # pragma: no cover - PyYAML's wheels include libyaml
    _COMPOSER = _Composer


class _Dropped(Exception):
    """A value that is not plain data: left out, with a note."""


class _TooManyAliasValues(yaml.YAMLError):
    pass


class _Reader:
    """Nodes -> plain data, with notes on what was left out or changed, each naming where it stands."""

    def __init__(self) -> None:
        self.notes: list[str] = []
        self.seen: set[int] = set()
        self.repeated = 0

    def value(self, node: yaml.Node, where: str, again: bool = False, path: frozenset[int] = frozenset()) -> Any:
        if id(node) in path:
            raise _Dropped("an alias that contains itself")
        if len(path) >= MAX_DEPTH:
            raise yaml.YAMLError(f"nested deeper than {MAX_DEPTH} levels (line {node.start_mark.line + 1})")
        again = again or id(node) in self.seen
        self.seen.add(id(node))
        if again:
            self.repeated += 1
            if self.repeated > MAX_ALIAS_VALUES:
                raise _TooManyAliasValues(f"aliases repeat more than {MAX_ALIAS_VALUES:,} values")
        if isinstance(node, yaml.ScalarNode):
            return self.scalar(node, where)
        path = path | {id(node)}
        if isinstance(node, yaml.SequenceNode) and node.tag == f"{_TAG}seq":
            return self.sequence(node, where, again, path)
        if isinstance(node, yaml.MappingNode) and node.tag == f"{_TAG}map":
            return self.mapping(node, again, path)
        raise _Dropped(f"unsupported tag {_short_tag(node.tag)}")

    def sequence(self, node: yaml.SequenceNode, where: str, again: bool, path: frozenset[int]) -> list:
        items = []
        for number, item in enumerate(node.value, 1):
            item_where = f"item {number} of {where}" if where else f"item {number}"
            try:
                items.append(self.value(item, item_where, again, path))
            except _Dropped as problem:
                self.drop(item_where, item, problem)
        return items

    def mapping(self, node: yaml.MappingNode, again: bool, path: frozenset[int]) -> dict:
        result: dict = {}
        for key_node, value_node in self.pairs(node, path):
            try:
                if not isinstance(key_node, yaml.ScalarNode):
                    raise _Dropped("a list or a mapping as a key")
                key = self.scalar(key_node, "a key")
            except _Dropped as problem:
                self.drop("a key", key_node, problem)
                continue
            where = f"key {shown(key)}"
            if key in result:
                self.notes.append(f"duplicate {where} (line {key_node.start_mark.line + 1}); the last one is used")
            try:
                result[key] = self.value(value_node, where, again, path)
            except _Dropped as problem:
                result.pop(key, None)
                self.drop(where, value_node, problem)
        return result

    def pairs(self, node: yaml.MappingNode, path: frozenset[int]) -> list[tuple[yaml.Node, yaml.Node]]:
        """The mapping's pairs, with `<<: *other` (YAML merge keys) replaced by the other mapping's pairs."""
        if len(path) > MAX_DEPTH:
            raise yaml.YAMLError(f"merge keys (<<) nested deeper than {MAX_DEPTH} levels "
                                 f"(line {node.start_mark.line + 1})")
        pairs, merged = [], []
        for key_node, value_node in node.value:
            if key_node.tag != f"{_TAG}merge":
                pairs.append((key_node, value_node))
                continue
            sources = value_node.value if isinstance(value_node, yaml.SequenceNode) else [value_node]
            for source in sources:
                if not isinstance(source, yaml.MappingNode) or id(source) in path:
                    self.drop("a merge key (<<)", source, _Dropped("not a mapping"))
                    continue
                self.repeated += len(source.value)
                merged.extend(self.pairs(source, path | {id(source)}))
        return merged + pairs

    def scalar(self, node: yaml.ScalarNode, where: str) -> Any:
        tag, text = node.tag, node.value
        if tag in _TEXT_TAGS:
            return text
        if tag == f"{_TAG}null":
            return None
        if tag == f"{_TAG}bool":
            if text.lower() not in yaml.SafeLoader.bool_values:
                raise _Dropped("not true or false")
            return yaml.SafeLoader.bool_values[text.lower()]
        if tag == f"{_TAG}int":
            return self.integer(node, where)
        if tag == f"{_TAG}float":
            return self.real(node)
        raise _Dropped(f"unsupported tag {_short_tag(tag)}")

    def integer(self, node: yaml.ScalarNode, where: str) -> int | str:
        text = node.value
        if not node.style and _SEXAGESIMAL.match(text):
            return text
        digits = text.replace("_", "")
        sign, digits = (-1, digits[1:]) if digits[:1] == "-" else (1, digits.lstrip("+"))
        base = 2 if digits[:2] == "0b" else 16 if digits[:2] == "0x" else 8 if digits[:1] == "0" and digits[1:] else 10
        body = digits[2:] if base in (2, 16) else digits
        if len(body) > MAX_DIGITS:
            self.notes.append(f"{where} (line {node.start_mark.line + 1}): a number of {len(body):,} digits; "
                              "read as text")
            return text
        try:
            return sign * int(body, base)
        except ValueError:
            raise _Dropped("not a whole number") from None

    def real(self, node: yaml.ScalarNode) -> float | str:
        text = node.value
        if not node.style and _SEXAGESIMAL.match(text):
            return text
        value = text.replace("_", "").lower()
        value = {".inf": "inf", "+.inf": "inf", "-.inf": "-inf", ".nan": "nan"}.get(value, value)
        try:
            return float(value)
        except ValueError:
            raise _Dropped("not a number") from None

    def drop(self, where: str, node: yaml.Node, problem: _Dropped) -> None:
        self.notes.append(f"{where} (line {node.start_mark.line + 1}): {problem}; ignored")


def shown(value: Any) -> str:
    """A value as a warning may quote it: text cut to SHOWN_CHARS characters (repr, so control characters show
    escaped), a container by its kind only; never the whole of an unbounded value."""
    if isinstance(value, str):
        return repr(value if len(value) <= SHOWN_CHARS else value[:SHOWN_CHARS] + "…")
    if isinstance(value, bool) or value is None:
        return repr(value)
    if isinstance(value, int):
        return repr(value) if value.bit_length() < 100 else "a long number"
    if isinstance(value, float):
        return repr(value)
    if isinstance(value, (list, tuple)):
        return f"a list of {len(value):,} items"
    if isinstance(value, dict):
        return f"a mapping of {len(value):,} keys"
    return f"a {type(value).__name__}"


def parse_yaml(text: str) -> tuple[Any, list[str]]:
    """Parse YAML text into plain data: (data, notes on duplicate keys and on values left out or read as text).
    Raises yaml.YAMLError on text that is not YAML, is too deep or repeats too much through aliases."""
    composer = _COMPOSER(text)
    try:
        node = composer.get_single_node()
    except RecursionError as error:  # pragma: no cover - MAX_DEPTH stops it first
        raise yaml.YAMLError("nested too deeply") from error
    finally:
        composer.dispose()
    if node is None:
        return None, []
    reader = _Reader()
    try:
        return reader.value(node, ""), reader.notes
    except _Dropped as problem:
        return None, reader.notes + [f"the whole file: {problem}; ignored"]


def read_yaml_file(path: Path, root: Path) -> tuple[Any, list[str], str | None]:
    """(data, warnings, problem) for a user YAML file; `problem` is set (and data None) when the file is
    absent, unreadable, too large or not valid YAML. Never raises."""
    if not path.exists() and not path.is_symlink():
        return None, [], None
    data, problem = read_input(path, root)
    if data is None:
        return None, [], problem
    if len(data) > MAX_BYTES:
        return None, [], f"larger than {MAX_BYTES:,} bytes; ignored"
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return None, [], f"not UTF-8 (byte {error.start}); ignored"
    try:
        value, notes = parse_yaml(text)
    except _TooManyAliasValues as error:
        return None, [], f"{error}; ignored"
    except yaml.YAMLError as error:
        return None, [], f"not valid YAML ({_first_line(error)}); ignored"
    return value, notes, None


def read_user_yaml(path: Path) -> tuple[Any, list[str]]:
    """A user's YAML file in the seeds folder: its data (None when missing, unreadable or empty) and its
    problems, each starting with the file's name."""
    data, notes, problem = read_yaml_file(path, path.parent)
    if problem:
        return None, [f"{path.name}: {problem}"]
    return data, [f"{path.name}: {note}" for note in notes]


def _first_line(error: Exception) -> str:
    text = str(error).strip()
    line = text.splitlines()[0] if text else type(error).__name__
    return line if len(line) <= 200 else line[:200] + "…"


def _short_tag(tag: str) -> str:
    """A tag as written (`!!binary`, `!local`), cut to SHOWN_CHARS characters."""
    tag = "!!" + tag[len(_TAG):] if tag.startswith(_TAG) else tag
    return tag if len(tag) <= SHOWN_CHARS else tag[:SHOWN_CHARS] + "…"
