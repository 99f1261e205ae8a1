"""Planned timeline entries: a plan dated after the newest article is "direncanakan"; one the corpus has
moved past reads as the plan that was reported."""

from __future__ import annotations

from explainer.model import Article, Block
from explainer.render.timeline_page import INDEX, plan_label, render_timeline


def _article(article_id: str, published: str) -> Article:
    return Article(id=article_id, source_file=f"{article_id}.txt", title=f"Judul {article_id}", outlet="Kabar",
                   url=None, published=published, authors=[], editors=[], blocks=[Block("p", "Teks.")],
                   page=f"artikel/{article_id}/", src_path=f"artikel/{article_id}.md")


def _entry(entry_id: str, date: str, planned: bool) -> dict:
    return {"id": entry_id, "date": date, "end": None, "granularity": "day" if len(date) == 10 else "month",
            "text": "Menteri akan meresmikan jembatan.", "planned": planned, "notes": [],
            "sources": [{"article": "a1", "quote": "Menteri akan meresmikan jembatan.", "expression": date,
                         "page": "artikel/a1/#p1-k1"}]}


def test_plan_label_depends_on_the_newest_article() -> None:
    assert plan_label(_entry("x", "2024-05-10", True), "2024-06-01") == "rencana yang diberitakan"
    assert plan_label(_entry("x", "2024-06-01", True), "2024-06-01") == "direncanakan"
    assert plan_label(_entry("x", "2024-07-02", True), "2024-06-01") == "direncanakan"
    assert plan_label(_entry("x", "2024-05", True), "2024-06-01") == "rencana yang diberitakan"
    assert plan_label(_entry("x", "2024-06", True), "2024-06-01") == "direncanakan"  # the same month
    assert plan_label(_entry("x", "2024-05-10", False), "2024-06-01") is None
    assert plan_label(_entry("x", "2024-05-10", True), None) == "direncanakan"


def test_timeline_page_shows_past_plans_as_reported_plans() -> None:
    articles = {"a1": _article("a1", "2024-05-01"), "a2": _article("a2", "2024-06-01T09:30")}
    page = render_timeline([_entry("lalu", "2024-05-10", True), _entry("depan", "2024-07-02", True),
                            _entry("fakta", "2024-05-02", False)], articles)[INDEX]
    line = {key: next(l for l in page.splitlines() if f'id="{key}"' in l) for key in ("lalu", "depan", "fakta")}
    assert "<em>rencana yang diberitakan</em>" in line["lalu"] and "direncanakan" not in line["lalu"]
    assert "<em>direncanakan</em>" in line["depan"]
    assert "<em>" not in line["fakta"]
