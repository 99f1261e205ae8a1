"""Dates: impossible or out-of-range stamps are named as such and never formatted into a wrong date."""

from __future__ import annotations

from explainer.idformat import date_problem, format_date_id


def test_real_dates_in_range_pass() -> None:
    for stamp in ("2023-09-05", "2023-09-05T19:15", "2024-02-29", "2023-07", "2019", "1900-01-01", "2100-12-31"):
        assert date_problem(stamp) is None, stamp


def test_impossible_and_out_of_range_dates_are_named() -> None:
    assert date_problem("9999-99-99") == "is not a real date"
    assert date_problem("2023-13-05") == "is not a real date"
    assert date_problem("2030-02-30") == "is not a real date"
    assert date_problem("0000-00-00") == "is not a real date"
    assert date_problem("2023-09-05T24:00") == "is not a real date"
    assert date_problem("0001-01-01") == "is out of range (1900–2100)"
    assert date_problem("2200-01-01") == "is out of range (1900–2100)"
    assert date_problem("5/9/2023") == "is not a date (YYYY-MM-DD)"


def test_formatter_never_shows_an_impossible_date() -> None:
    assert format_date_id("0000-00-00") == ""  # was "0 Desember 0000"
    assert format_date_id("2023-13-05") == ""
    assert format_date_id("2023-09-10", "2023-13-40") == "10 September 2023"
    assert format_date_id("2023-09-10", "2023-09-13") == "10–13 September 2023"
    assert format_date_id("1899-12-25", "1899-12-31") == "25–31 Desember 1899"  # a real date outside the input range
    assert format_date_id("0000-01-01") == ""
