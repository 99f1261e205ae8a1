"""BENCHMARKS.md written by the benchmark scripts: one `## ` section per script, replaced whole by its `--record` run.

Usage (inside a benchmark script; a helper, not run on its own)::

    from benchfile import recording
    with recording(args.record, SECTION):
        ...  # everything the block prints to stdout is also recorded

Prints nothing of its own. Used by quality_bench, realpages_bench, bench, search_bench, pagefind_bench and
big_input_bench: each passes its own section title. The section gets the date, the machine (processor, cores,
memory, load), the commit and the command, then the printed output: as it is when it holds Markdown tables, else
in a fenced block. A section not yet in the file is added at its end; the other sections stay as they are, so
scripts and branches that record different sections merge cleanly.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
import platform
import re
import shlex
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCHMARKS = ROOT / "BENCHMARKS.md"
_SECTION = re.compile(r"^## .*$", re.M)


def replace_section(text: str, title: str, body: str) -> str:
    """`text` (a Markdown file) with its `## title` section (up to the next `## ` heading) replaced by `body`,
    or with the section added at the end."""
    heading = f"## {title}"
    block = f"{heading}\n\n{body.strip()}\n"
    starts = [match for match in _SECTION.finditer(text)]
    for number, match in enumerate(starts):
        if match.group(0).rstrip() == heading:
            end = starts[number + 1].start() if number + 1 < len(starts) else len(text)
            return text[:match.start()] + block + ("\n" if end < len(text) else "") + text[end:]
    return text.rstrip("\n") + "\n\n" + block if text.strip() else block


def machine() -> str:
    """This machine in a few words: processor, cores, memory and the load when the run started."""
    model = ""
    with contextlib.suppress(OSError):
        found = re.search(r"^model name\s*:\s*(.+)$", Path("/proc/cpuinfo").read_text(), re.M)
        model = found.group(1).strip() if found else ""
    memory = ""
    with contextlib.suppress(OSError, AttributeError, ValueError):
        total = int(re.search(r"^MemTotal:\s*(\d+)", Path("/proc/meminfo").read_text(), re.M).group(1))
        memory = f", {total / 1024 ** 2:.0f} GB"
    load = f", load {os.getloadavg()[0]:.1f}" if hasattr(os, "getloadavg") else ""
    return f"{model or platform.machine()}, {os.cpu_count()} cores{memory}{load}, Python {platform.python_version()}"


def commit() -> str:
    """The checked-out commit, short, with "+ changes" when files other than BENCHMARKS.md differ from it."""
    def git(*arguments: str) -> str:
        done = subprocess.run(["git", *arguments], cwd=ROOT, capture_output=True, text=True, check=False)
        return done.stdout.strip() if done.returncode == 0 else ""

    head = git("rev-parse", "--short", "HEAD") or "unknown"
    changed = [line for line in git("status", "--porcelain").splitlines() if not line.endswith("BENCHMARKS.md")]
    return head + (" + changes" if changed else "")


def section_body(printed: str, command: str, started: dt.datetime, where: str) -> str:
    """What `record` writes under the heading: when, where, which code and command, then the output."""
    lines = [line.rstrip() for line in printed.strip("\n").splitlines()]
    markdown = any(line.startswith("|") for line in lines)  # a script printing Markdown tables, else plain text
    output = "\n".join(lines) if markdown else "```text\n" + "\n".join(lines) + "\n```"
    return (f"Recorded {started:%Y-%m-%d %H:%M} UTC by `{command}` on {where}, commit {commit()}.\n\n{output}\n")


def record(title: str, printed: str, command: str, started: dt.datetime, path: Path = BENCHMARKS) -> None:
    """Write `printed` as the `## title` section of `path` (BENCHMARKS.md), replacing what it held."""
    text = path.read_text(encoding="utf-8") if path.exists() else "# Benchmarks\n"
    path.write_text(replace_section(text, title, section_body(printed, command, started, machine())),
                    encoding="utf-8")


class _Tee(io.TextIOBase):
    """stdout that also keeps a copy of what is written."""

    def __init__(self, out: io.TextIOBase) -> None:
        self.out, self.copy = out, io.StringIO()

    def write(self, text: str) -> int:
        self.copy.write(text)
        return self.out.write(text)

    def flush(self) -> None:
        self.out.flush()


@contextlib.contextmanager
def recording(enabled: bool, title: str, path: Path = BENCHMARKS) -> Iterator[None]:
    """Record what the block prints into `title`'s section of `path` when `enabled` and the block succeeds."""
    if not enabled:
        yield
        return
    started = dt.datetime.now(dt.timezone.utc)
    command = "python " + shlex.join([os.path.relpath(sys.argv[0], ROOT), *sys.argv[1:]])
    tee = _Tee(sys.stdout)
    with contextlib.redirect_stdout(tee):
        yield
    record(title, tee.copy.getvalue(), command, started, path)
    print(f"recorded in {os.path.relpath(path, Path.cwd())}, section {title!r}", file=sys.stderr)
