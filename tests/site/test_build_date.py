"""The build date (sitemap, gzip headers): the newest valid article date, inside what a gzip header holds,
set again on every build (so `mkdocs serve` follows edited seeds) unless the user set SOURCE_DATE_EPOCH."""

from __future__ import annotations

import datetime as dt
import os

import pytest

from explainer import generate
from explainer.model import Article
from explainer.site import SiteContent


def _day(stamp: str) -> int:
    day = dt.date.fromisoformat(stamp)
    return int(dt.datetime(day.year, day.month, day.day, tzinfo=dt.timezone.utc).timestamp())


def _content(*published: str | None) -> SiteContent:
    return SiteContent([Article(f"a{n}", f"{n}.txt", "T", None, None, stamp, [], [], [])
                        for n, stamp in enumerate(published)], [])


def test_epoch_is_the_newest_valid_date_within_gzip_range() -> None:
    assert generate.build_epoch(["2023-09-05T19:15", "2024-06-19", None]) == _day("2024-06-19")
    assert generate.build_epoch(["2030-02-30", "9999-99-99", "2023-01-02"]) == _day("2023-01-02")
    assert generate.build_epoch(["2100-12-31"]) < 2 ** 32
    assert generate.build_epoch(["1900-01-01"]) > 0
    assert generate.build_epoch([]) == _day("2000-01-01")


def test_each_build_sets_the_date_again_unless_the_user_set_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    monkeypatch.delenv(generate.OUR_EPOCH, raising=False)
    generate.set_build_date(_content("2023-09-05"))
    assert os.environ["SOURCE_DATE_EPOCH"] == str(_day("2023-09-05"))
    generate.set_build_date(_content("2023-09-05", "2024-06-19"))  # a seed added while `mkdocs serve` runs
    assert os.environ["SOURCE_DATE_EPOCH"] == str(_day("2024-06-19"))
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    generate.set_build_date(_content("2024-06-19"))
    assert os.environ["SOURCE_DATE_EPOCH"] == "1700000000"
