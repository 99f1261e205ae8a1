"""seeds/entities.yml read and checked in ingest/: entries kept, each problem named with its entry, never raised."""

from __future__ import annotations

from pathlib import Path

from explainer.ingest.entities import load_overrides
from explainer.ingest.load import open_seeds


def test_load_overrides_reports_problems_without_raising(tmp_path: Path):
    assert load_overrides(tmp_path / "missing.yml") == ({}, [])
    path = tmp_path / "entities.yml"
    path.write_text("- match: Kim\n  typo: 1\n- match: Wagner\n  type: militia\n- 3\n- name: X\n  exclude: maybe\n")
    overrides, problems = load_overrides(path)
    assert problems == [
        "entities.yml: entry 1 ('Kim'): unknown key 'typo' (known: match, name, type, description, aliases, merge, "
        "split, exclude)",
        "entities.yml: entry 2 ('Wagner'): type 'militia' is not one of person, organization, place, event, other",
        "entities.yml: entry 3: expected a mapping such as 'match: Name'",
        "entities.yml: entry 4 ('X'): 'exclude' must be true or false",
    ]
    assert [e["match"] for e in overrides["entries"]] == ["Kim", "Wagner", "X"]
    path.write_text("- match: [unclosed\n")
    overrides, problems = load_overrides(path)
    assert overrides == {} and problems[0].startswith("entities.yml: not valid YAML")


def test_the_fixes_travel_down_with_the_seeds(tmp_path: Path):
    (tmp_path / "a.txt").write_text("Judul\n\nIsi berita.\n", encoding="utf-8")
    (tmp_path / "entities.yml").write_text("- match: Kim\n  type: person\n- match: Nowhere\n  type: town\n")
    seeds = open_seeds(tmp_path)
    assert [path.name for path in seeds.files] == ["a.txt"]
    assert seeds.overrides == {"entries": [{"match": "Kim", "type": "person"}, {"match": "Nowhere"}]}
    assert "entities.yml: entry 2 ('Nowhere'): type 'town' is not one of person, organization, place, event, " \
           "other" in seeds.warnings
