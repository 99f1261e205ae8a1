"""explainer.memo: results kept between builds by input hash, only those the last build used, only of this code."""

from __future__ import annotations

import os
from pathlib import Path

from explainer.memo import Memo, digest, text_digest
from explainer.model import Article, Block


def _build(cache: Path, keys: list[str], version: str = "v1") -> tuple[dict[str, str], int, int]:
    memo: Memo[str] = Memo(cache, "step", version, str)
    values = {key: memo.get(key, lambda key=key: f"computed {key}") for key in keys}
    memo.save()
    return values, memo.hits, memo.misses


def test_a_second_build_reuses_what_the_first_computed(tmp_path: Path) -> None:
    assert _build(tmp_path, ["a", "b"]) == ({"a": "computed a", "b": "computed b"}, 0, 2)
    assert _build(tmp_path, ["a", "b"]) == ({"a": "computed a", "b": "computed b"}, 2, 0)
    assert (tmp_path / "memo" / "step.a.json").is_file() and (tmp_path / "memo" / "step.b.json").is_file()


def test_entries_the_last_build_did_not_use_are_dropped(tmp_path: Path) -> None:
    _build(tmp_path, ["a", "b"])
    _build(tmp_path, ["a"])  # "b" is no longer asked for
    assert _build(tmp_path, ["a", "b"])[1:] == (1, 1)


def test_results_of_other_code_are_not_reused(tmp_path: Path) -> None:
    _build(tmp_path, ["a"], version="v1")
    assert _build(tmp_path, ["a"], version="v2")[1:] == (0, 1)


def test_a_damaged_file_is_an_empty_memo(tmp_path: Path) -> None:
    (tmp_path / "memo").mkdir()
    (tmp_path / "memo" / "step.a.json").write_bytes(b"not a pickle")
    assert _build(tmp_path, ["a"])[1:] == (0, 1)
    assert _build(tmp_path, ["a"])[1:] == (1, 0)


def test_a_changed_entry_rewrites_only_the_file_that_keeps_it(tmp_path: Path) -> None:
    keys = [digest(number) for number in range(40)]  # hex digests: spread over the sixteen files
    _build(tmp_path, keys)
    files = {path.name: path.stat().st_mtime_ns for path in (tmp_path / "memo").iterdir()}
    assert len(files) == 16
    changed = digest("another input")
    replaced = next(key for key in keys if key[0] == changed[0])
    for path in (tmp_path / "memo").iterdir():
        os.utime(path, ns=(1, 1))  # every file marked old: a rewritten one gets a new time
    values, hits, misses = _build(tmp_path, [changed if key == replaced else key for key in keys])
    assert (hits, misses) == (39, 1)
    rewritten = [path.name for path in (tmp_path / "memo").iterdir() if path.stat().st_mtime_ns != 1]
    assert rewritten == [f"step.{changed[0]}.json"]
    assert _build(tmp_path, [changed if key == replaced else key for key in keys])[1:] == (40, 0)


def test_without_a_folder_nothing_is_written(tmp_path: Path) -> None:
    memo: Memo[str] = Memo(None, "step", "v1", str)
    assert memo.get("a", lambda: "x") == "x" and memo.get("a", lambda: "y") == "x"
    memo.save()
    assert list(tmp_path.iterdir()) == []


def test_digest_follows_every_field_and_not_object_identity() -> None:
    article = Article("a", "a.txt", "Judul", None, None, "2024-01-02", [], [], [Block("p", "Satu dua.")])
    same = Article("a", "a.txt", "".join(["Jud", "ul"]), None, None, "2024-01-02", [], [], [Block("p", "Satu dua.")])
    other = Article("a", "a.txt", "Judul", None, None, "2024-01-02", [], [], [Block("p", "Satu tiga.")])
    assert digest((article, {0: [(0, 4, "x/", None)]})) == digest((same, {0: [(0, 4, "x/", None)]}))
    assert digest(article) != digest(other)
    assert digest((article, {})) != digest((article, {0: [(0, 4, "x/", None)]}))


def test_text_digest_is_the_sha256_of_the_text_and_takes_lone_surrogates() -> None:
    assert text_digest("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    assert text_digest("Banjir\ud800") != text_digest("Banjir")  # a lone surrogate (seed text may hold one)


def test_under_serve_equal_inputs_take_the_last_builds_key_without_hashing_again(tmp_path: Path,
                                                                                  monkeypatch) -> None:
    from explainer import memo as memo_module
    from explainer import warm

    hashed: list[object] = []
    real = memo_module.digest
    monkeypatch.setattr(memo_module, "digest", lambda value: hashed.append(value) or real(value))

    def build(inputs: dict[str, tuple]) -> dict[str, str]:
        memo = Memo(tmp_path, "pages", "v1", str)
        out = {item: memo.get_same(item, value, lambda value=value: "|".join(value)) for item, value in inputs.items()}
        memo.save()
        return out

    warm.keep(True)
    try:
        first = build({"a.md": ("Kali", "Serayu"), "b.md": ("Waduk", "Sempor")})
        hashed.clear()
        second = build({"a.md": ("Kali", "Serayu"), "b.md": ("Waduk", "Wadaslintang")})
    finally:
        warm.keep(False)
    assert first == {"a.md": "Kali|Serayu", "b.md": "Waduk|Sempor"}
    assert second == {"a.md": "Kali|Serayu", "b.md": "Waduk|Wadaslintang"}
    assert hashed == [("Waduk", "Wadaslintang")]  # "a.md" was equal: its key came from the last build
    hashed.clear()
    fresh = Memo(tmp_path, "pages", "v1", str)  # a one-shot build: every key hashed, the saved entries found
    assert fresh.get_same("a.md", ("Kali", "Serayu"), lambda: "computed") == "Kali|Serayu"
    assert hashed == [("Kali", "Serayu")] and fresh.hits == 1
