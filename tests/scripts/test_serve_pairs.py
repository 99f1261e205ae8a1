"""scripts/serve_pairs.py: a version's process times each edit's rebuild and hashes what it built; the table
puts the versions' rounds side by side with the ratio of their medians."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from paths import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import serve_pairs  # noqa: E402

ARTICLE = ("Pasar Apung Sungai Kelabu Dibuka Lagi\n\n"
           "Pasar apung di Sungai Kelabu dibuka lagi pada Sabtu, {day} Mei 2031, dan pedagang datang sejak subuh.\n\n"
           "Lurah Kelabu Hilir, Ratna Sumirat, mengatakan {count} perahu ikut berjualan dan warga senang.\n")


def test_a_versions_process_times_every_edit_and_hashes_its_output(tmp_path: Path) -> None:
    for part in ("seeds", "held"):
        (tmp_path / part).mkdir()
    for k in range(4):
        (tmp_path / "seeds" / f"{k:02d}_pasar.txt").write_text(ARTICLE.format(day=3 + k, count=10 + k), encoding="utf-8")
    (tmp_path / "held" / "99_pasar.txt").write_text(ARTICLE.format(day=20, count=40), encoding="utf-8")
    done = subprocess.run([sys.executable, str(ROOT / "scripts" / "serve_pairs.py"), "--child", str(ROOT / "hooks"),
                           str(tmp_path)], check=True, capture_output=True, text=True)
    run = json.loads(done.stdout.strip().splitlines()[-1])
    assert list(run["seconds"]) == ["add", "change", "remove"] and all(s > 0 for s in run["seconds"].values())
    assert len(set(run["hashes"].values())) == 3  # three different sites
    assert (tmp_path / "seeds" / "99_pasar.txt").is_file() and len(list((tmp_path / "held").iterdir())) == 1


def test_the_table_sets_the_rounds_side_by_side(capsys) -> None:
    def run(add: float, change: float, same: str) -> dict:
        return {"seconds": {"add": add, "change": change}, "hashes": {"add": "a1", "change": same}}
    serve_pairs.print_table({"before": [run(10.0, 8.0, "c1"), run(12.0, 9.0, "c1")],
                             "after": [run(6.0, 4.0, "c1"), run(5.0, 5.0, "c2")]})
    lines = capsys.readouterr().out.splitlines()
    assert lines[2] == "| add | 10.00, 12.00 | 6.00, 5.00 | 0.50 | yes |"
    assert lines[3] == "| change | 8.00, 9.00 | 4.00, 5.00 | 0.53 | no |"
    assert lines[4] == "| all | 19.50 | 10.00 | 0.51 | |"
