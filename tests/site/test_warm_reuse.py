"""warm.reuse: under `mkdocs serve` a pure step of one key gives back what the last build computed for the key,
and keeps only the keys the current build asked for."""

from __future__ import annotations

from explainer import warm


def test_outside_serve_the_function_is_called_as_it_is() -> None:
    def words(text: object) -> frozenset[str]:
        return frozenset(str(text).split())

    assert warm.reuse("test words", words) is words


def test_a_build_reuses_the_last_builds_results_for_its_own_keys() -> None:
    calls: list[object] = []

    def words(text: object) -> frozenset[str]:
        calls.append(text)
        return frozenset(str(text).split())

    warm.keep(True)
    try:
        first = warm.reuse("test words", words)
        kept = first("Banjir di Karangwelas")
        assert first("Banjir di Karangwelas") is kept and first("Hujan reda") == {"Hujan", "reda"}
        second = warm.reuse("test words", words)  # the next build
        assert second("Banjir di Karangwelas") is kept
        assert calls == ["Banjir di Karangwelas", "Hujan reda"]
        third = warm.reuse("test words", words)  # "Hujan reda" was not asked for by the second build
        third("Hujan reda")
        assert calls == ["Banjir di Karangwelas", "Hujan reda", "Hujan reda"]
    finally:
        warm.keep(False)
