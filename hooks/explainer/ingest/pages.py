"""The hand-written pages of a docs folder in, for `generate`: the home page's introduction and the other files.

MkDocs hands the hooks these pages itself; a builder without hooks gets them from the folder `generate`
writes, so they are read here, through the same guard as the seeds (links out of the folder, pipes and
unreadable entries are skipped with a warning naming the file). Hidden files and folders (a leading dot) are
left out, as MkDocs leaves them out of a site.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from .textio import normalise, read_input

INTRO = "index.md"  # the hand-written introduction: its text goes under the generated home page


@dataclass
class HandWritten:
    """A docs folder's pages: the introduction's Markdown, every other file's bytes by its path inside the
    folder ("assets/explainer.css"), and warnings naming each file that could not be read."""

    intro: str = ""
    files: dict[str, bytes] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)


def read_pages(folder: Path) -> HandWritten:
    """Every file under `folder` (sorted by path), its index.md as the introduction."""
    pages = HandWritten()
    for path in sorted(_files(folder, folder, pages.warnings)):
        relative = path.relative_to(folder).as_posix()
        data, problem = read_input(path, folder)
        if data is None:
            pages.warnings.append(f"{relative}: skipped: {problem}")
        elif relative == INTRO:
            try:
                pages.intro = normalise(data.decode("utf-8-sig"))
            except UnicodeDecodeError as error:
                pages.warnings.append(f"{relative}: not UTF-8 (byte {error.start}); the introduction is left out")
        else:
            pages.files[relative] = data
    return pages


def _files(folder: Path, root: Path, warnings: list[str]) -> list[Path]:
    """The files under `folder`, hidden entries left out; a folder that is a link is not followed."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        warnings.append(f"{folder.relative_to(root).as_posix() or '.'}: cannot be read ({error.strerror or error})")
        return []
    found: list[Path] = []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir() and not entry.is_symlink():
            found += _files(entry, root, warnings)
        else:
            found.append(entry)
    return found
