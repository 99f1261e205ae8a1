"""An automated accessibility audit (axe-core, bundled by the `axe-playwright-python` test dependency and injected
into the page under test, never shipped in the site): no serious or critical violation on any page type, desktop
and phone, on the seeds and on generated corpora of 1, 3 and 300 articles; landmark labels are Indonesian."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from conftest import SITES

SEVERE = ("serious", "critical")


def page_types(site: Path) -> dict[str, str]:
    """One page of each type the site has: kind -> site path (paginated kinds once more, by a later page)."""
    articles = json.loads((site / "data" / "articles.json").read_text(encoding="utf-8"))
    kinds = {"beranda": "", "artikel": "artikel/", "linimasa": "linimasa/", "glosarium": "glosarium/",
             "kutipan": "kutipan/", "sumber": "sumber/", "404": "halaman/yang-tidak-ada/"}
    if articles:
        kinds["artikel-satu"] = articles[0]["page"]
    outlets = sorted(p.parent.relative_to(site).as_posix() + "/" for p in (site / "artikel" / "media").glob("*/index.html"))
    if outlets:
        kinds["media"] = outlets[0]
    for kind, folder in (("linimasa-periode", "linimasa"), ("glosarium-huruf", "glosarium"),
                         ("kutipan-huruf", "kutipan"), ("sumber-daftar", "sumber")):
        later = sorted(p.parent.relative_to(site).as_posix() + "/" for p in (site / folder).glob("*/index.html"))
        if later:
            kinds[kind] = later[0]
    return kinds


@pytest.mark.parametrize("view", ("desktop", "phone"))
@pytest.mark.parametrize("name", SITES)
def test_no_serious_or_critical_accessibility_violation_on_any_page_type(tab, served_site, built_site, name, view):
    from axe_playwright_python.sync_playwright import Axe  # a test dependency ([test] extra)

    axe = Axe()
    reader = tab(served_site(name), view == "phone")
    found = []
    for kind, path in page_types(built_site(name)).items():
        reader.page.goto(reader.base_url + path, wait_until="load")
        for violation in axe.run(reader.page).response["violations"]:
            if violation["impact"] in SEVERE:
                nodes = [node["html"][:120] for node in violation["nodes"][:3]]
                found.append(f"{kind} ({path}): {violation['id']} [{violation['impact']}] {nodes}")
    assert found == [], "\n".join(found)
    assert reader.external_requests() == []


@pytest.mark.parametrize("name", SITES)
def test_landmark_labels_are_indonesian(built_site, name):
    site = built_site(name)
    pages = sorted(site.rglob("*.html"))
    labels = {label for page in pages if not page.relative_to(site).as_posix().startswith("pagefind/")
              for label in re.findall(r'aria-label="([^"]*)"', page.read_text(encoding="utf-8"))}
    assert {"Kepala halaman", "Menu utama", "Cari"} <= labels, labels
    english = {"Header", "Footer", "Tab", "Tabs", "Search", "Navigation", "Table of contents"}
    assert not labels & english, labels & english
