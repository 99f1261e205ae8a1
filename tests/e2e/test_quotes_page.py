"""The Kutipan page in headless Chromium: reachable from the navigation, each quote's link lands on its
sentence, and it reads on a phone without sideways scroll."""

from __future__ import annotations


def test_kutipan_from_the_tabs_to_the_quoted_sentence(reader):
    reader.open("")
    reader.page.locator("nav.md-tabs a", has_text="Kutipan").click()
    reader.page.wait_for_url("**/kutipan/**")
    if reader.page.locator("article ul.kutipan").count() == 0:  # a large corpus: the index ranks speakers
        reader.page.locator("article table a").first.click()
        reader.page.wait_for_url("**/kutipan/*/**")
    first = reader.page.locator("article ul.kutipan li").first
    quoted = first.locator("q").text_content().strip()
    assert quoted
    first.locator(".kutipan-sumber a").click()
    reader.page.wait_for_url("**/artikel/**")
    anchor = reader.page.evaluate("location.hash.slice(1)")
    sentence = reader.page.locator(f"[id='{anchor}']")
    assert quoted[:30] in sentence.text_content()
    box = sentence.bounding_box()
    assert box is not None and 0 <= box["y"] < reader.page.viewport_size["height"]
    assert reader.console_errors == [] and reader.external_requests() == []


def test_kutipan_reads_on_a_phone(phone_reader):
    phone_reader.open("kutipan/")
    if phone_reader.page.locator("article ul.kutipan").count() == 0:
        phone_reader.page.locator("article table a").first.click()
        phone_reader.page.wait_for_url("**/kutipan/*/**")
    assert phone_reader.page.locator("article ul.kutipan").first.is_visible()
    assert phone_reader.page.evaluate("document.documentElement.scrollWidth") <= phone_reader.page.viewport_size["width"]
    assert phone_reader.external_requests() == []
