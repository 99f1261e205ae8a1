"""Which Linimasa page shows each timeline entry: the same split as the pages, and the same answer when asked
again about entries in the same date order."""

from __future__ import annotations

from explainer.render.timeline_entries import SINGLE_PAGE_LIMIT, YEAR_PAGE_LIMIT, entry_pages


def _entries(count: int, year: int) -> list[dict]:
    return [{"id": f"e{year}-{k}", "date": f"{year}-{1 + k % 12:02d}-{1 + k % 28:02d}", "text": "Banjir."}
            for k in range(count)]


def test_entries_go_to_their_year_or_month_page_and_an_unchanged_order_gives_the_same_answer() -> None:
    small = _entries(SINGLE_PAGE_LIMIT, 2019)
    assert set(entry_pages(small).values()) == {"linimasa/index.md"}
    many = _entries(YEAR_PAGE_LIMIT + 2, 2020) + _entries(10, 2021)  # 2020 split by month, 2021 one page
    pages = entry_pages(many)
    assert pages["e2020-0"] == "linimasa/2020-01.md" and pages["e2020-13"] == "linimasa/2020-02.md"
    assert pages["e2021-3"] == "linimasa/2021.md" and len(pages) == len(many)
    assert entry_pages(list(reversed(many))) is pages  # the same order once sorted: not split again
    moved = [dict(entry, date="2021-05-05") if entry["id"] == "e2020-0" else entry for entry in many]
    again = entry_pages(moved)
    assert again["e2020-0"] == "linimasa/2021.md" and again["e2020-1"] == "linimasa/2020-02.md"
    assert pages["e2020-0"] == "linimasa/2020-01.md"  # the first answer is not changed by the second
