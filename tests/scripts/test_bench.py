"""scripts/bench.py: the one-seed edit works on saved pages too, and the table has a row per corpus and baseline."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from paths import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import bench  # noqa: E402


def test_one_seed_edit_on_saved_pages(tmp_path: Path) -> None:
    (tmp_path / "a.html").write_text("<p>Satu kata.</p>", encoding="utf-8")
    (tmp_path / "b.html").write_text("<p>Kim dan Putin bertemu dan berbicara.</p>", encoding="utf-8")
    (tmp_path / "sources.yml").write_text("b.html:\n  outlet: dan\n", encoding="utf-8")
    changed = bench.change_one_seed(tmp_path)
    assert changed.name == "b.html"
    assert changed.read_text(encoding="utf-8") == "<p>Kim serta Putin bertemu dan berbicara.</p>"
    assert (tmp_path / "sources.yml").read_text(encoding="utf-8") == "b.html:\n  outlet: dan\n"


def test_table_has_a_row_per_corpus_and_its_baseline(capsys) -> None:
    row = {"size": 1000, "wall": 30.0, "cpu": 50.0, "peak": 3e8, "pipeline": 10.0, "stages_ms": {"clean": 6.0}, "out_bytes": 4e7,
           "page_avg": 19800.0, "search": 2e5, "clean_f1": 0.88, "entity_recall": 0.78, "event_recall": 0.77,
           "rebuild_wall": 20.0, "rebuild_pipeline": 5.0, "rebuild_search_wait": 1.0,
           "baseline": {"wall": 10.0, "cpu": 12.5, "peak": 7e7, "out_bytes": 2e7, "page_avg": 13200.0, "search": 3.8e6}}
    bench.print_table([{**row, "kind": "text"}, {**row, "kind": "html"}])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 6
    assert all(line.count("|") == lines[0].count("|") for line in lines)
    assert lines[4].startswith("| html | 1,000 | explainer | 30.0 s | 30.0 | 3.00 | 50.0 s | 4.00 |")
    assert "| 0.8800 | 0.7800 | 0.7700 |" in lines[4]
    assert lines[5].startswith("| html | 1,000 | baseline | 10.0 s | 10.0 | 1.00 | 12.5 s | 1.00 |")


def test_goal_table_gives_rebuilds_against_the_baseline_cold_build(capsys, tmp_path: Path) -> None:
    row = {"kind": "text", "size": 10000, "wall": 80.0, "cpu": 120.0, "peak": 2.5e9, "clean_f1": 1.0,
           "entity_recall": 0.975, "event_recall": 0.968, "rebuild_wall": 60.0, "rebuild_pipeline": 20.0,
           "rebuild_search_wait": 4.0, "dirty_wall": 30.0, "baseline": {"wall": 40.0, "cpu": 30.0}}
    row = {**row, "stages_ms": {}, "out_bytes": 4e8, "page_avg": 2e4, "search": 3e5, "pipeline": 30.0}
    row["baseline"] = {**row["baseline"], "peak": 3e8, "out_bytes": 1.7e8, "page_avg": 1.3e4, "search": 3.8e7}
    older = {**row, "size": 50000}
    del older["dirty_wall"]  # a run from before the dirty rebuild was measured
    (tmp_path / "results.json").write_text(json.dumps([row]), encoding="utf-8")
    (tmp_path / "older.json").write_text(json.dumps([older]), encoding="utf-8")
    assert bench.main(["--print", str(tmp_path / "results.json"), str(tmp_path / "older.json")]) == 0
    lines = capsys.readouterr().out.split("\n\n")[1].splitlines()  # the goal table, after the full one
    assert len(lines) == 4 and all(line.count("|") == lines[0].count("|") for line in lines)
    assert lines[2] == ("| text | 10,000 | 80.0 s (baseline 40.0 s) | 2.00 / 4.00 | 2500.0 MB | 60.0 s | 1.50 "
                        "| 24.0 s | 30.0 s | 0.75 | 1.000 | 0.975 | 0.968 |")
    assert "| 24.0 s | — | — |" in lines[3]


def test_config_carries_the_executor_settings(tmp_path: Path) -> None:
    config = tmp_path / "mkdocs.yml"
    bench.write_config(config, tmp_path / "seeds", tmp_path / "cache", {"workers": 2, "executor": None})
    text = config.read_text(encoding="utf-8")
    assert text.endswith(f"    seeds: {tmp_path / 'seeds'}\n    cache: {tmp_path / 'cache'}\n    workers: 2\n")
    bench.write_config(config, tmp_path / "seeds", tmp_path / "cache")
    assert "workers" not in config.read_text(encoding="utf-8")
