"""explainer.cachefile: values kept between builds are data read back only as the types asked for; a damaged,
foreign or hostile file is a miss with a reason, never an error and never code that runs."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import pickle
import random
from pathlib import Path
from typing import Literal

import pytest

from explainer import cachefile
from explainer.extract.articles import Cache, Extracted, extract_one
from explainer.memo import Memo, record_build, take_last_build
from explainer.model import Rejected

TEXT = ("Taman Kota Diperluas untuk Warga\n\nKOTA, Kabar Kota - Wali Kota Budi Santoso meresmikan taman baru pada "
        "5 September 2023.\n\n\"Kami siap merawatnya bersama warga,\" kata Budi Santoso di lokasi.\n\n"
        "Perluasan itu dimulai pada Januari 2023 dan selesai sesuai rencana, kata Kepala Dinas Rina Wulandari.\n")


@pytest.fixture(scope="module")
def extracted() -> Extracted:
    return extract_one("taman.txt", TEXT.encode(), {"outlet": "Kabar Kota"})


def test_an_extraction_comes_back_equal(extracted: Extracted) -> None:
    assert extracted.events and extracted.mentions and extracted.quotes
    data = cachefile.dumps(extracted, Extracted, "v1")
    assert cachefile.loads(data, Extracted, "v1") == (extracted, None)
    header, body = data.split(b"\n", 1)
    assert json.loads(header)["format"] == "explainer-cache" and json.loads(header)["format_version"] == 1
    assert json.loads(body)[0] == "taman.txt"  # plain JSON: a dataclass is the array of its fields


def test_a_file_of_other_code_is_a_silent_miss(extracted: Extracted) -> None:
    assert cachefile.loads(cachefile.dumps(extracted, Extracted, "v1"), Extracted, "v2") == (None, None)


def test_every_small_corruption_is_a_miss_with_a_reason(extracted: Extracted) -> None:
    data = cachefile.dumps(extracted, Extracted, "v1")
    chance = random.Random(23)
    for _ in range(500):
        damaged = bytearray(data)
        for _ in range(chance.randint(1, 3)):
            damaged[chance.randrange(len(damaged))] = chance.randrange(256)
        if bytes(damaged) == data:
            continue
        value, problem = cachefile.loads(bytes(damaged), Extracted, "v1")
        assert value is None
        assert problem or _names_other_code(bytes(damaged))  # only a changed version is a silent miss


def _names_other_code(data: bytes) -> bool:
    try:
        header = json.loads(data.split(b"\n", 1)[0])
    except ValueError:
        return False
    return header.get("format") == "explainer-cache" and (header.get("version"), header.get("format_version")) != ("v1", 1)


def test_cut_short_or_foreign_files_are_misses(extracted: Extracted) -> None:
    data = cachefile.dumps(extracted, Extracted, "v1")
    for damaged in (b"", data[:10], data[: len(data) // 2], b"\x80\x05\x95", pickle.dumps(extracted), b"{}\n[]"):
        value, problem = cachefile.loads(damaged, Extracted, "v1")
        assert value is None and problem, damaged[:20]


class _Alarm:
    ran = False

    def __reduce__(self) -> tuple:
        return (setattr, (_Alarm, "ran", True))


def test_a_pickle_in_the_cache_folder_is_never_run(tmp_path: Path) -> None:
    cache = Cache(tmp_path, "v1")
    key = cache.key("a.txt", b"x", {})
    (tmp_path / f"{key}.pickle").write_bytes(pickle.dumps(_Alarm()))
    (tmp_path / f"{key}.json").write_bytes(pickle.dumps(_Alarm()))
    assert cache.get(key) is None
    assert not _Alarm.ran
    assert cache.warnings == [f"cache {key}.json: no header; computed again"]


def test_a_well_formed_file_of_the_wrong_shape_is_a_miss(extracted: Extracted) -> None:
    body = json.dumps(["taman.txt", None, ["taman.txt", "empty"], [], [], [], [], {}, False, ""]).encode()
    value, problem = cachefile.loads(_with_header(body, "v1"), Extracted, "v1")
    assert value is None and problem == "not a Rejected"
    wrong_type = json.dumps(["taman.txt", None, ["taman.txt", 3, "x"], [], [], [], [], {}, False, ""]).encode()
    assert cachefile.loads(_with_header(wrong_type, "v1"), Extracted, "v1") == (None, "not a Rejected")
    right = json.dumps(["taman.txt", None, ["taman.txt", "empty", "x"], [], [], [], [], {}, False, ""]).encode()
    assert cachefile.loads(_with_header(right, "v1"), Extracted, "v1") == (
        Extracted("taman.txt", None, Rejected("taman.txt", "empty", "x"), []), None)


def _with_header(body: bytes, version: str) -> bytes:
    import hashlib
    header = {"format": "explainer-cache", "format_version": 1, "version": version,
              "sha256": hashlib.sha256(body).hexdigest()}
    return json.dumps(header).encode() + b"\n" + body


@dataclasses.dataclass(frozen=True)
class _Grown:
    """A dataclass another change added fields to: no code here names them."""

    name: str
    when: dt.date | None
    tags: tuple[str, ...] = ()
    counts: dict[int, float] = dataclasses.field(default_factory=dict)
    blob: bytes = b""
    inner: _Grown | None = None
    kind: Literal["p", "h"] = "p"
    words: frozenset[str] = frozenset()


def test_any_dataclass_is_walked_by_its_fields() -> None:
    value = _Grown("a", dt.date(2023, 9, 5), ("x", "y"), {3: 1.5, 4: 2}, b"\x00\xff",
                   _Grown("b", None, counts={1: 0.25}, kind="h"), words=frozenset({"kota", "warga"}))
    kind = list[_Grown]
    data = cachefile.dumps([value], kind, "v")
    assert cachefile.loads(data, kind, "v") == ([value], None)
    body = data.split(b"\n", 1)[1]
    assert cachefile.loads(_with_header(body.replace(b'"h"', b'"x"'), "v"), kind, "v") == (
        None, "expected one of ('p', 'h')")  # well-formed, hash right, but not a value the type allows


def test_memo_and_build_record_survive_damage(tmp_path: Path) -> None:
    memo: Memo[str] = Memo(tmp_path, "pages", "v1", str)
    memo.get("a", lambda: "A")
    memo.save()
    path = tmp_path / "memo" / "pages.a.json"
    path.write_bytes(path.read_bytes()[:-3] + b"xx]")
    again: Memo[str] = Memo(tmp_path, "pages", "v1", str)
    assert again.get("a", lambda: "B") == "B"
    assert again.warnings == ["cache memo/pages.a.json: damaged: its hash does not match; computed again"]
    assert record_build(tmp_path, "written", "v1", {"a/": "h"}) is None
    (tmp_path / "memo" / "written.json").write_bytes(b"\x00garbage")
    problems: list[str] = []
    assert take_last_build(tmp_path, "written", "v1", problems) == {}
    assert problems == ["cache memo/written.json: no header; computed again"]


def test_a_cache_folder_that_is_a_file_keeps_nothing(tmp_path: Path, extracted: Extracted) -> None:
    (tmp_path / "cache").write_text("not a folder")
    cache = Cache(tmp_path / "cache", "v1")
    cache.put("k", extracted)
    assert cache.get("k") is None
    assert cache.warnings == ["cache folder cache: not a folder; results are not kept"]
