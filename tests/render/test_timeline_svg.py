"""The visual timeline: periods, compressed gaps, links to sections, text alternative, bounded size."""

from __future__ import annotations

import re

from explainer.model import Article, Block
from explainer.render import timeline_svg
from explainer.render.timeline_page import render_timeline
from explainer.render.timeline_svg import gap_after, periods, render_visual


def entry(entry_id: str, date: str) -> dict:
    return {"id": entry_id, "date": date, "end": None, "granularity": "day", "text": "Teks.", "planned": False,
            "notes": [], "sources": [{"article": "a", "quote": "Teks.", "expression": date, "page": "artikel/a/#p1-k1"}]}


SMALL = [entry("e1", "1950"), entry("e2", "2023-09-10"), entry("e3", "2023-09-13"), entry("e4", "2023-09"),
         entry("e5", "2023-10-01"), entry("e6", "2024-06-18"), entry("e7", "2024")]


def test_periods_are_months_with_events_and_year_bins_before_their_months() -> None:
    found = periods(SMALL)
    assert [(p.label, p.count) for p in found] == [("1950", 1), ("September 2023", 3), ("Oktober 2023", 1),
                                                  ("2024", 1), ("Juni 2024", 1)]
    assert [gap_after(found, k) for k in range(len(found))] == ["73 tahun", "", "2 bulan", "", ""]


def test_many_months_become_years_then_year_ranges_with_every_event_counted() -> None:
    months = [entry(f"m{y}{m}", f"{y}-{m:02d}-01") for y in range(2015, 2025) for m in range(1, 13)]
    by_year = periods(months)
    assert [p.label for p in by_year] == [str(y) for y in range(2015, 2025)]
    assert all(p.count == 12 for p in by_year)
    years = [entry(f"y{y}", f"{y}-05-01") for y in range(1900, 2000)] + [entry("busy", "1999-06-01")] * 5
    joined = periods(years, max_bins=10)
    assert len(joined) == 10 and sum(p.count for p in joined) == 105
    assert joined[-1].label.endswith("1999") and joined[0].label.startswith("1900–")


def test_a_long_gap_is_compressed_not_drawn_to_scale() -> None:
    html = render_visual(SMALL, "linimasa/index.md")
    wide = re.search(r'<svg class="lv-wide".*?</svg>', html).group()
    widths = [float(w) for w in re.findall(r'<rect class="lv-bar" x="[\d.]+" y="[\d.]+" width="([\d.]+)"', wide)]
    assert len(widths) == 5 and min(widths) > 30  # 1950 to 2024 leaves 2023 and 2024 their full columns
    assert wide.count('class="lv-break"') == 2  # 73 years and 2 months: one short break mark each


def test_each_period_links_to_its_section() -> None:
    html = render_visual(SMALL, "linimasa/index.md")
    listed = re.findall(r'<li><a href="([^"]+)">([^<]+)</a>: (\d+)</li>', html)
    assert listed == [("./#tahun-1950", "1950", "1"), ("./#bulan-2023-09", "September 2023", "3"),
                      ("./#bulan-2023-10", "Oktober 2023", "1"), ("./#tahun-2024", "2024", "1"),
                      ("./#bulan-2024-06", "Juni 2024", "1")]
    assert '<li class="lv-gap">(jeda 73 tahun)</li>' in html
    page = render_timeline(SMALL, {})["linimasa/index.md"]
    for anchor in ("tahun-1950", "bulan-2023-09", "bulan-2023-10", "tahun-2024", "bulan-2024-06"):
        assert "{#" + anchor + "}" in page  # the sections the bars link to exist
    home = render_visual(SMALL, "index.md", name="beranda", compact=True)
    assert 'href="linimasa/#bulan-2023-09"' in home and 'class="linimasa-visual kecil"' in home
    assert 'id="beranda-judul"' in home


def test_paginated_timeline_links_to_the_period_pages() -> None:
    many = [entry(f"e{y}{k}", f"{y}-0{k % 9 + 1}-01") for y in (2022, 2023) for k in range(200)]
    html = render_visual(many, "linimasa/index.md")
    assert 'href="2022/#bulan-2022-01"' in html and 'href="2023/#bulan-2023-09"' in html


def test_accessible_text_alternative_and_top_of_linimasa() -> None:
    html = render_visual(SMALL, "linimasa/index.md")
    wide = re.search(r'<svg class="lv-wide" ([^>]*)>', html).group(1)
    assert 'role="group" aria-labelledby="linimasa-judul" aria-describedby="linimasa-uraian"' in wide
    assert ('<title id="linimasa-judul">Linimasa sekilas: 7 peristiwa dalam 5 periode; paling ramai: September 2023 '
            '(3), 1950 (1), Oktober 2023 (1)</title>') in html
    assert ('<desc id="linimasa-uraian">1950: 1 peristiwa (lalu jeda 73 tahun); September 2023: 3 peristiwa; '
            'Oktober 2023: 1 peristiwa (lalu jeda 2 bulan); 2024: 1 peristiwa; Juni 2024: 1 peristiwa.</desc>') in html
    assert 'aria-labelledby="linimasa-hp-judul" aria-describedby="linimasa-hp-uraian"' in html  # the phone rows
    assert 'role="img"' not in html  # its bars are links: an image's children cannot be
    assert html.count("\n") == 0 and "data-pagefind-ignore" in html  # one raw block, kept out of search
    page = render_timeline(SMALL, {})["linimasa/index.md"]
    assert page.index('<div class="linimasa-visual"') < page.index("## 1950")
    assert render_visual([], "linimasa/index.md") == ""


def test_ten_thousand_events_stay_one_small_picture() -> None:
    many = [entry(f"e{k}", f"{1990 + k % 35}-{k % 12 + 1:02d}-{k % 28 + 1:02d}") for k in range(10_000)]
    html = render_visual(many, "linimasa/index.md")
    assert html.count('<rect class="lv-bar"') == 35 + timeline_svg.MAX_ROWS  # 35 years, at most 14 rows
    assert 'href="2024/#' in html  # a year on its own page links to its first entry there
    assert len(html) < 20_000


def test_timeline_entries_say_how_many_outlets_report_them() -> None:
    def art(article_id: str, outlet: str | None) -> Article:
        return Article(id=article_id, source_file=f"{article_id}.txt", title=f"Judul {article_id}", outlet=outlet,
                       url=None, published="2024-03-05", authors=[], editors=[], blocks=[Block("p", "Teks.")],
                       page=f"artikel/{article_id}/", src_path=f"artikel/{article_id}.md")

    articles = {a.id: a for a in (art("a", "Kabar Kota"), art("b", "Kabar Kota"), art("c", "Warta Desa"))}
    shared = entry("e1", "2024-03-01")
    shared["sources"] = [{"article": a, "quote": "Teks.", "expression": "1 Maret", "page": f"artikel/{a}/#p1-k1"}
                         for a in ("a", "b", "c")]
    same_outlet = entry("e2", "2024-03-02")
    same_outlet["sources"] = [{"article": a, "quote": "Teks.", "expression": "2 Maret", "page": f"artikel/{a}/#p1-k1"}
                              for a in ("a", "b")]
    page = render_timeline([shared, same_outlet], articles)["linimasa/index.md"]
    assert "Sumber (2 media): " in page.split('id="e1"', 1)[1].split("</p>", 1)[0]
    assert "Sumber (1 media): " in page.split('id="e2"', 1)[1].split("</p>", 1)[0]


def test_the_picture_is_drawn_at_its_own_size_whatever_the_number_of_periods() -> None:
    """Width and height attributes equal to the viewBox: the page shows it at most that size (CSS max-width
    shrinks it on narrow screens), so two periods do not stretch into a 900 px picture with 70 px labels."""
    for count in (1, 2, 8, 40):
        entries = [entry(f"e{k}", f"{2000 + 3 * k}-05-01") for k in range(count)]
        for compact, widest in ((False, timeline_svg.WIDE_WIDTH), (True, timeline_svg.COMPACT_WIDTH)):
            html = render_visual(entries, "linimasa/index.md", compact=compact)
            for svg in re.findall(r"<svg [^>]*>", html):
                width, height = (float(v) for v in re.search(r'width="([\d.]+)" height="([\d.]+)"', svg).groups())
                assert f'viewBox="0 0 {width:.0f} {height:.0f}"' in svg
                if "lv-wide" in svg:
                    assert width <= widest + 0.5 and height <= 200, (count, compact, svg)
                    assert width <= 60 * count + 26 * (count - 1) + 0.5  # few periods: a small picture
    home = render_visual(SMALL, "index.md", name="beranda", compact=True)
    assert "lv-periode" not in home and "<desc" in home  # Beranda does not repeat the counts as a list
