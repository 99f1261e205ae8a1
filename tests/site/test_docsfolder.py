"""The docs folder generate writes: only paths inside it, a record of what was written, nothing of a user's
overwritten or removed."""

from __future__ import annotations

from pathlib import Path

import pytest

from explainer.docsfolder import MANIFEST, DocsFolderError, write_docs_folder


@pytest.mark.parametrize("path", ["../luar.md", "/etc/x.md", "a/../../b.md", ".tersembunyi.md", "a/.git/x", ""])
def test_a_path_out_of_the_folder_or_hidden_is_refused(tmp_path: Path, path: str) -> None:
    with pytest.raises(DocsFolderError, match="not a path inside the docs folder"):
        write_docs_folder(tmp_path / "out", {path: "x"})
    assert not (tmp_path / "luar.md").exists()


def test_written_unchanged_removed_and_a_damaged_record(tmp_path: Path) -> None:
    out = tmp_path / "out"
    first = write_docs_folder(out, {"a.md": "A", "b/c.md": "C", "d.png": b"\x89PNG"})
    assert (first.written, first.unchanged, first.removed) == (["a.md", "b/c.md", "d.png"], [], [])
    second = write_docs_folder(out, {"a.md": "A", "d.png": b"\x89PNG!"})
    assert (second.written, second.unchanged, second.removed) == (["d.png"], ["a.md"], ["b/c.md"])
    assert not (out / "b").exists()  # an emptied folder goes too
    (out / MANIFEST).write_text("{bukan json")
    with pytest.raises(DocsFolderError, match="damaged"):
        write_docs_folder(out, {"a.md": "A"})
