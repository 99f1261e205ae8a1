"""scripts/benchfile.py: a recording script replaces its own section of BENCHMARKS.md and no other; what it
printed goes there with the date, machine, commit and command; a failed run records nothing."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from paths import ROOT

sys.path.insert(0, str(ROOT / "scripts"))
import benchfile  # noqa: E402

FILE = "# Benchmarks\n\nIntro.\n\n## Scale (`scripts/a.py`)\n\nold table\n\n## Bake-off (`scripts/b.py`)\n\nkept\n"


def test_a_section_is_replaced_and_the_others_stay() -> None:
    replaced = benchfile.replace_section(FILE, "Scale (`scripts/a.py`)", "new table")
    assert replaced == "# Benchmarks\n\nIntro.\n\n## Scale (`scripts/a.py`)\n\nnew table\n\n" \
                       "## Bake-off (`scripts/b.py`)\n\nkept\n"
    last = benchfile.replace_section(FILE, "Bake-off (`scripts/b.py`)", "newer\n")
    assert last.endswith("## Bake-off (`scripts/b.py`)\n\nnewer\n") and "old table" in last
    added = benchfile.replace_section(FILE, "Search (`scripts/c.py`)", "| a |\n|---|\n| 1 |")
    assert added == FILE + "\n## Search (`scripts/c.py`)\n\n| a |\n|---|\n| 1 |\n"


def test_recording_writes_what_was_printed(tmp_path: Path, capsys: pytest.CaptureFixture) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(FILE, encoding="utf-8")
    with benchfile.recording(True, "Scale (`scripts/a.py`)", path):
        print("| n | s |\n|---|---|\n| 10 | 1.5 |")
    assert "| 10 | 1.5 |" in capsys.readouterr().out  # still printed
    section = path.read_text(encoding="utf-8").split("## Scale (`scripts/a.py`)\n\n")[1].split("\n## ")[0]
    first, table = section.split("\n\n", 1)
    assert first.startswith("Recorded 20") and " UTC by `python " in first and " cores" in first
    assert ", commit " in first
    assert table.strip() == "| n | s |\n|---|---|\n| 10 | 1.5 |"
    with benchfile.recording(True, "Big inputs (`scripts/d.py`)", path):
        print("one.txt   1.0 MB   0.30 s")
    assert "```text\none.txt   1.0 MB   0.30 s\n```" in path.read_text(encoding="utf-8")


def test_nothing_is_recorded_when_disabled_or_failed(tmp_path: Path) -> None:
    path = tmp_path / "BENCHMARKS.md"
    path.write_text(FILE, encoding="utf-8")
    with benchfile.recording(False, "Scale (`scripts/a.py`)", path):
        print("| x |")
    with pytest.raises(RuntimeError), benchfile.recording(True, "Scale (`scripts/a.py`)", path):
        print("| half |")
        raise RuntimeError("stopped")
    assert path.read_text(encoding="utf-8") == FILE
