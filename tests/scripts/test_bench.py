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


def test_rebuild_sequence_gives_own_work_apart_and_the_goals(capsys) -> None:
    rows = [{"edit": "add", "dirty": False, "wall": 30.0, "cpu": 40.0, "pipeline": 3.5, "search_wait": 1.0},
            {"edit": "remove", "dirty": True, "wall": 12.0, "cpu": 15.0, "pipeline": 2.0, "search_wait": 0.5},
            {"edit": "change", "dirty": True, "wall": 9.0, "pipeline": 1.25, "search_wait": 6.0, "serve": True}]
    bench.print_rebuilds([{"kind": "text", "size": 2500, "baseline": {"wall": 20.0}, "rebuilds": rows}])
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 5 and all(line.count("|") == lines[0].count("|") for line in lines)
    assert lines[2] == ("| text | 2,500 | add | build | 30.0 s | 1.50 (baseline 20.0 s) | 3.50 s | 1.0 s | 4.5 s "
                        "| 25.5 s | own ✓, whole ✗ |")
    assert lines[3] == ("| text | 2,500 | remove | build --dirty | 12.0 s | 0.60 (baseline 20.0 s) | 2.00 s | 0.5 s "
                        "| 2.5 s | 9.5 s | own ✓, whole ✓ |")
    assert lines[4] == ("| text | 2,500 | change | serve --dirty | 9.0 s | 0.45 (baseline 20.0 s) | 1.25 s | 6.0 s "
                        "| 7.2 s | 1.8 s | own ✗, whole ✓ |")


def test_a_step_growing_more_than_5x_for_4x_the_corpus_is_flagged(capsys) -> None:
    assert bench.growth_flag(1.0, 4.9, 4.0) == ""
    assert bench.growth_flag(1.0, 5.1, 4.0) == "⚠"
    assert bench.growth_flag(0.001, 0.04, 4.0) == ""  # noise: under 0.05 s
    assert bench.growth_flag(1.0, 2.9, 2.0) == "⚠"  # 2x the corpus: the same exponent allows 2.24x
    small = {"kind": "text", "size": 2500, "steps": {"timeline": 1.0, "glossary": 2.0}}
    large = {"kind": "text", "size": 10000, "steps": {"timeline": 6.0, "glossary": 7.0}}
    bench.print_steps([large, small])
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "| step (text) | 2,500 | 10,000 | × for 4.0× the corpus | flag |"
    assert lines[2] == "| glossary | 2.00 s | 7.00 s | 3.5 |  |"
    assert lines[3] == "| timeline | 1.00 s | 6.00 s | 6.0 | ⚠ |"


def test_the_rebuild_edits_add_a_held_back_article_change_one_and_remove_one(tmp_path: Path) -> None:
    seeds, held = tmp_path / "seeds", tmp_path / "held"
    seeds.mkdir()
    for number in range(6):
        (seeds / f"{number:02d}.txt").write_text(f"Judul {number}\n\nRapat dan sidang ke-{number}.\n", encoding="utf-8")
    assert bench.hold_back(seeds, held, 2) == ["04.txt", "05.txt"]
    assert sorted(path.name for path in seeds.iterdir()) == ["00.txt", "01.txt", "02.txt", "03.txt"]
    assert bench.edit_seeds("add", seeds, held).name == "04.txt"
    assert (seeds / "04.txt").exists() and sorted(path.name for path in held.iterdir()) == ["05.txt"]
    changed = bench.edit_seeds("change", seeds, held)
    assert "serta" in changed.read_text(encoding="utf-8")
    removed = bench.edit_seeds("remove", seeds, held)
    assert removed.parent == held and not (seeds / removed.name).exists()
    assert len(list(seeds.iterdir())) == 4


def test_step_times_come_from_the_first_build_of_the_log(tmp_path: Path) -> None:
    log = tmp_path / "steps.jsonl"
    assert bench.read_steps(log) == {}
    log.write_text('{"articles": 3, "steps": {"timeline": 0.5}}\n{"articles": 3, "steps": {"timeline": 0.1}}\n',
                   encoding="utf-8")
    assert bench.read_steps(log) == {"timeline": 0.5}
