"""User YAML read safely and bounded: plain data only, aliases capped, every other value a warning naming its key,
no warning quoting an unbounded value, and no value that PyYAML would turn into an object that fails later."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from explainer.ingest.entities import load_overrides
from explainer.ingest.sources import load_sources
from explainer.ingest import yamlfile
from explainer.ingest.yamlfile import MAX_ALIAS_VALUES, parse_yaml, read_user_yaml, shown


def _bomb(levels: int = 9) -> str:
    """A few hundred bytes that PyYAML's constructor would expand to 9**levels strings."""
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for level in range(1, levels):
        lines.append(f"a{level}: &a{level} [" + ", ".join([f"*a{level - 1}"] * 9) + "]")
    return "\n".join(lines) + "\n"


def test_an_alias_bomb_is_refused_at_once(tmp_path: Path) -> None:
    assert len(_bomb()) < 600
    (tmp_path / "entities.yml").write_text(_bomb(), encoding="utf-8")
    started = time.perf_counter()
    data, problems = read_user_yaml(tmp_path / "entities.yml")
    assert data is None
    assert problems == [f"entities.yml: aliases repeat more than {MAX_ALIAS_VALUES:,} values; ignored"]
    assert time.perf_counter() - started < 5


def test_an_alias_bomb_inside_a_value_stops_the_glossary_file_not_the_build(tmp_path: Path) -> None:
    (tmp_path / "entities.yml").write_text(
        "- match: Kim\n  type: &t [" + ", ".join(["*b"] * 9) + "]\n" + _bomb().replace("a8: &a8", "b: &b"),
        encoding="utf-8")
    overrides, problems = load_overrides(tmp_path / "entities.yml")
    assert overrides == {}
    assert len(problems) == 1 and problems[0].startswith("entities.yml: ")


def test_aliases_and_merge_keys_within_the_cap_work() -> None:
    text = "a.txt: &kabar\n  outlet: Kabar Kota\nb.txt: *kabar\nc.txt:\n  <<: *kabar\n  title: Judul Lain\n"
    assert parse_yaml(text) == ({"a.txt": {"outlet": "Kabar Kota"}, "b.txt": {"outlet": "Kabar Kota"},
                                 "c.txt": {"outlet": "Kabar Kota", "title": "Judul Lain"}}, [])


def test_a_value_that_contains_itself_is_left_out() -> None:
    assert parse_yaml("a: &a [1, *a]\n") == ({"a": [1]}, ["item 2 of key 'a' (line 1): an alias that contains "
                                                            "itself; ignored"])


@pytest.mark.parametrize(("line", "value", "note"), [
    ("!!timestamp 2023-13-45", "2023-13-45", None),  # dates are text; the reader of the field checks them
    ("2023-09-05", "2023-09-05", None),
    ("1:30", "1:30", None),  # YAML 1.1 base 60 stays as written
    ("190:20:30.15", "190:20:30.15", None),
    ("9" * 5000, "9" * 5000, "key 'v' (line 1): a number of 5,000 digits; read as text"),
    ("yes", True, None),
    ("1_000", 1000, None),
    ("-0x1F", -31, None),
    ("!!bool maybe", None, "key 'v' (line 1): not true or false; ignored"),
    ("!!int 0x", None, "key 'v' (line 1): not a whole number; ignored"),
    ("!!int 1:2:x", None, "key 'v' (line 1): not a whole number; ignored"),
    ("!!float abc", None, "key 'v' (line 1): not a number; ignored"),
    ("!!binary aGFsbw==", None, "key 'v' (line 1): unsupported tag !!binary; ignored"),
    ("!!python/object/apply:os.system [echo]", None,
     "key 'v' (line 1): unsupported tag !!python/object/apply:os.system; ignored"),
    ("!!set {a, b}", None, "key 'v' (line 1): unsupported tag !!set; ignored"),
    ("!lokal 3", None, "key 'v' (line 1): unsupported tag !lokal; ignored"),
])
def test_only_plain_values_are_read(line: str, value: object, note: str | None) -> None:
    data, notes = parse_yaml(f"v: {line}\nw: tetap\n")
    assert data.get("v") == value and data["w"] == "tetap"
    assert ("v" in data) == (note is None or note.endswith("read as text"))
    assert notes == ([note] if note else [])


def test_a_list_or_mapping_as_a_key_is_left_out() -> None:
    assert parse_yaml("? [a, b]\n: x\nc: d\n") == ({"c": "d"}, ["a key (line 1): a list or a mapping as a key; "
                                                               "ignored"])


def test_settings_files_with_odd_values_never_stop_the_build(tmp_path: Path) -> None:
    (tmp_path / "sources.yml").write_text(
        "a.txt:\n  published: !!timestamp 2023-02-30\n  title: " + "1" * 40 + "\n  outlet: !!bool maybe\n"
        "  authors: [1:30, !!float x]\n? " + "9" * 5000 + "\n: {title: X}\n", encoding="utf-8")
    sources, problems = load_sources(tmp_path / "sources.yml", {"a.txt"})
    assert sources == {"a.txt": {"title": "1" * 40, "authors": ["1:30"]}}
    assert "sources.yml: key 'title' (line 3): a number of 40 digits; read as text" in problems
    assert "sources.yml: key 'outlet' (line 4): not true or false; ignored" in problems
    assert "sources.yml: item 2 of key 'authors' (line 5): not a number; ignored" in problems
    assert "sources.yml: entry 'a.txt': published '2023-02-30' is not a real date; ignored" in problems
    assert any(problem.startswith("sources.yml: entry '99999") and "…" in problem for problem in problems)
    assert all(len(problem) < 300 for problem in problems)


def test_warnings_never_quote_a_long_value(tmp_path: Path) -> None:
    long_name = "N" * 100_000
    (tmp_path / "entities.yml").write_text(f"- match: {long_name}\n  type: {long_name}\n  ? {long_name}\n  : x\n",
                                           encoding="utf-8")
    _, problems = load_overrides(tmp_path / "entities.yml")
    assert len(problems) == 2 and all(len(problem) < 300 for problem in problems)
    assert shown("x" * 100) == repr("x" * 60 + "…") and shown(list(range(5))) == "a list of 5 items"


def test_too_deep_and_too_large_files_are_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "sources.yml").write_text("a:\n" + "".join(" " * i + "- \n" for i in range(1, 40)),
                                          encoding="utf-8")
    assert read_user_yaml(tmp_path / "sources.yml") == (
        None, ["sources.yml: not valid YAML (nested deeper than 20 levels (line 21)); ignored"])
    monkeypatch.setattr(yamlfile, "MAX_BYTES", 1000)
    (tmp_path / "sources.yml").write_text("a.txt:\n  title: " + "x" * 1000 + "\n", encoding="utf-8")
    assert read_user_yaml(tmp_path / "sources.yml") == (None, ["sources.yml: larger than 1,000 bytes; ignored"])
