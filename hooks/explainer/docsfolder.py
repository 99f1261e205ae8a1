"""Write a docs folder for builders without hooks: the hand-written pages and every generated file, by path.

The folder belongs to `generate`: a record of what it wrote (``MANIFEST``, a hidden file, so builders leave it
out of the site) lets the next run remove what is no longer generated (an article whose seed was deleted),
and a folder that holds files without that record is refused rather than emptied. A file whose bytes did not
change is not written again, so a builder's own change detection (`serve`, `--dirty`) sees only real edits.
"""

from __future__ import annotations

import json
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

MANIFEST = ".explainer-generated.json"


class DocsFolderError(Exception):
    """A docs folder `generate` must not write into (the message says why and names it)."""


@dataclass
class Written:
    """What one run did to the folder: paths written (new or changed), left as they were, removed."""

    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def write_docs_folder(folder: Path, files: Mapping[str, str | bytes]) -> Written:
    """Make `folder` hold exactly `files` (path inside the folder -> text or bytes) besides what its user added
    since; raises DocsFolderError when it holds files `generate` did not write (and none of `files` is written)."""
    previous = _previous(folder)
    for path in files:
        _check_path(path)
        target = folder / path
        if path not in previous and (target.exists() or target.is_symlink()):
            raise DocsFolderError(f"{folder}: {path} exists and was not written by generate; not overwritten")
    done = Written()
    for path, content in files.items():
        data = content.encode("utf-8") if isinstance(content, str) else content
        target = folder / path
        if target.is_file() and not target.is_symlink() and target.read_bytes() == data:
            done.unchanged.append(path)
            continue
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        temporary.write_bytes(data)
        temporary.replace(target)
        done.written.append(path)
    for path in sorted(previous - set(files)):
        target = folder / path
        if target.is_file() or target.is_symlink():
            target.unlink()
            done.removed.append(path)
            remove_empty_parents(target.parent, folder)
    (folder / MANIFEST).write_text(json.dumps({"files": sorted(files)}, indent=0) + "\n", encoding="utf-8")
    return done


def _previous(folder: Path) -> set[str]:
    """The paths the last run wrote; an absent folder is new, and a folder with other files but no record is
    refused (it may be the user's)."""
    if not folder.exists():
        folder.mkdir(parents=True)
        return set()
    if not folder.is_dir():
        raise DocsFolderError(f"{folder}: not a folder")
    record = folder / MANIFEST
    if not record.is_file():
        if any(not entry.name.startswith(".") for entry in folder.iterdir()):
            raise DocsFolderError(f"{folder}: the folder holds files generate did not write; give an empty or "
                                  "new folder (the hand-written pages are copied into it)")
        return set()
    try:
        paths = json.loads(record.read_text(encoding="utf-8"))["files"]
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise DocsFolderError(f"{record}: damaged ({error}); remove the folder and generate again") from error
    return {path for path in paths if isinstance(path, str) and _safe(path)}


def _check_path(path: str) -> None:
    if not _safe(path):
        raise DocsFolderError(f"{path!r}: not a path inside the docs folder")


def _safe(path: str) -> bool:
    """A relative path that stays inside the folder and names no hidden entry."""
    parts = PurePosixPath(path).parts
    return bool(parts) and not PurePosixPath(path).is_absolute() and \
        not any(part in ("..", ".") or part.startswith(".") for part in parts)


def remove_empty_parents(folder: Path, root: Path) -> None:
    """Remove `folder` and its parents up to `root` (not included) while they are empty."""
    while folder != root and folder.is_relative_to(root):
        try:
            folder.rmdir()
        except OSError:
            return
        folder = folder.parent
