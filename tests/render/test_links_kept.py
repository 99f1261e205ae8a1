"""Under `mkdocs serve` the glossary linker keeps the names it found in each text for the next build; a text
whose looked-up words' entries changed is read again, and every result equals a fresh linker's."""

from __future__ import annotations

from explainer import warm
from explainer.render.links import make_linker

TEXTS = [
    "Dinas Pengairan Lerengan menutup Bendung Karangwelas pada Kamis.",
    "Warga Karangwelas menunggu truk tangki dari Dinas Pengairan Lerengan.",
    "Hujan turun di hulu Sungai Sidareja semalam.",
]


def _entry(entry_id: str, name: str, *aliases: str) -> dict:
    return {"id": entry_id, "name": name, "type": "organization", "aliases": [name, *aliases],
            "description": None, "mentions": {"a": 1}, "page": f"glosarium/#{entry_id}"}


def _found(linker) -> list[list[tuple[int, int, str]]]:
    return [linker.found(text) for text in TEXTS]


def test_kept_matches_equal_fresh_ones_and_only_touched_texts_are_read_again() -> None:
    first = [_entry("dinas", "Dinas Pengairan Lerengan"), _entry("bendung", "Bendung Karangwelas")]
    second = first + [_entry("sungai", "Sungai Sidareja")]  # a first word ("Sungai") of the third text only
    # An alias added to a known first word ("Dinas"): the texts holding the word change.
    third = [_entry("dinas", "Dinas Pengairan Lerengan", "Dinas Pengairan"), *second[1:]]
    fresh = [_found(make_linker(entries)) for entries in (first, second, third)]  # nothing kept
    assert fresh[0][0] == [(0, 24, "dinas"), (33, 52, "bendung")] and fresh[1][2] == [(20, 35, "sungai")]

    warm.keep(True)
    try:
        before = _found(make_linker(first))
        after = _found(make_linker(second))
        again = _found(make_linker(third))
    finally:
        warm.keep(False)
    assert [before, after, again] == fresh
    assert after[0] is before[0] and after[1] is before[1] and after[2] is not before[2]
    assert again[2] is after[2] and again[0] is not after[0] and again[1] is not after[1]


def test_nothing_is_kept_outside_serve() -> None:
    make_linker([_entry("dinas", "Dinas Pengairan Lerengan")])("Dinas Pengairan Lerengan rapat.", "index.md")
    assert warm.recall("glossary matches", "linker") is None


def test_what_a_forked_copy_read_is_kept_too() -> None:
    from explainer import forked

    entries = [_entry("dinas", "Dinas Pengairan Lerengan"), _entry("sungai", "Sungai Sidareja")]
    warm.keep(True)
    try:
        linker = make_linker(entries)
        learned = forked.start(lambda: (linker.found(TEXTS[2]), linker.learned())[1])()
        # the words looked up: not those inside a name found ("Sidareja")
        assert learned == {TEXTS[2]: ([(20, 35, "sungai")], frozenset({"Hujan", "turun", "di", "hulu", "Sungai",
                                                                        "semalam"}))}
        linker.learn(learned)
        assert make_linker(entries).found(TEXTS[2]) is learned[TEXTS[2]][0]  # the next build: kept, not read again
    finally:
        warm.keep(False)
