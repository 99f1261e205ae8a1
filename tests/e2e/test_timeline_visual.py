"""The visual timeline in headless Chromium: present and inside the screen on desktop and phone, its bars and
its period list lead to their Linimasa section, and nothing is requested from another host."""

from __future__ import annotations

from urllib.parse import urlsplit


def _inside(box: dict, viewport: dict) -> bool:
    return box["x"] >= 0 and box["x"] + box["width"] <= viewport["width"] + 0.5 and box["height"] > 20


def _lands_on_target(reader, link) -> None:
    """Click `link` like a reader; the URL gets the link's anchor and the element it names is on screen."""
    href = link.get_attribute("href")
    anchor = href.split("#", 1)[1]
    link.click()
    reader.page.wait_for_function("(a) => location.hash === '#' + a", arg=anchor)
    target = reader.page.locator(f"[id='{anchor}']")
    target.wait_for()
    box = target.bounding_box()
    viewport = reader.page.viewport_size
    assert box is not None and 0 <= box["y"] < viewport["height"], (anchor, box)


def test_linimasa_opens_with_the_visual_timeline_on_desktop(reader):
    reader.open("linimasa/")
    wide = reader.page.locator(".linimasa-visual svg.lv-wide")
    assert wide.is_visible()
    assert not reader.page.locator(".linimasa-visual svg.lv-narrow").is_visible()
    viewport = reader.page.viewport_size
    box = wide.bounding_box()
    assert _inside(box, viewport) and box["y"] < viewport["height"]  # at the top, seen without scrolling
    listing = reader.page.locator("article h2, article table").first.bounding_box()
    assert box["y"] < listing["y"]  # above the first period's entries (or the table of period pages)
    assert wide.get_attribute("role") == "group" and wide.locator("title").first.text_content().strip()
    bars = wide.locator("a")
    assert bars.count() >= 3
    _lands_on_target(reader, bars.nth(bars.count() - 1))
    reader.open("linimasa/")
    _lands_on_target(reader, reader.page.locator(".linimasa-visual .lv-periode a").first)
    assert reader.console_errors == []
    assert reader.external_requests() == []
    assert all(urlsplit(url).hostname == "127.0.0.1" for url in reader.requests if url.startswith("http"))


def test_phone_gets_the_rows_and_they_lead_to_their_period(phone_reader):
    reader = phone_reader
    reader.open("linimasa/")
    narrow = reader.page.locator(".linimasa-visual svg.lv-narrow")
    assert narrow.is_visible()
    assert not reader.page.locator(".linimasa-visual svg.lv-wide").is_visible()
    viewport = reader.page.viewport_size
    assert _inside(narrow.bounding_box(), viewport)
    width = reader.page.evaluate("document.documentElement.scrollWidth")
    assert width <= viewport["width"]  # no sideways scroll
    label = narrow.locator("text.lv-label").first.bounding_box()
    assert label["height"] >= 10  # labels stay readable at phone size
    rows = narrow.locator("a")
    _lands_on_target(reader, rows.nth(1 if rows.count() > 1 else 0))
    assert reader.console_errors == []
    assert reader.external_requests() == []


def test_home_page_shows_the_small_visual_timeline(reader, phone_reader):
    for tab, shown in ((reader, "svg.lv-wide"), (phone_reader, "svg.lv-narrow")):
        tab.open("")
        picture = tab.page.locator(f".linimasa-visual.kecil {shown}")
        assert picture.is_visible()
        assert _inside(picture.bounding_box(), tab.page.viewport_size)
        link = picture.locator("a").first
        href = link.get_attribute("href")
        assert href.startswith("linimasa/")
        link.click()
        tab.page.wait_for_url("**/linimasa/**")
        assert tab.external_requests() == []
