"""Browser-test harness: build the site once, serve it on 127.0.0.1, drive headless Chromium like a reader.

Chromium comes from Debian (`apt-get install -y chromium chromium-driver`); Playwright (PyPI) only
drives it through `executable_path`, it never downloads a browser. Without Chromium or Playwright
the tests skip with the reason, except under CI=true, where they fail.

Environment:
  E2E_SITE_DIR      use this already built site instead of building one;
  E2E_PROJECT_DIR   project to build (default: this repository), `mkdocs build --strict -d DIR`;
  E2E_CHROMIUM      browser binary, the only one tried when set (default: `chromium` on PATH,
                    then /usr/bin/chromium).
"""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

from paths import MAKE_CORPUS
from serving import serve_folder, serve_site
from sitebuild import build

ROOT = Path(__file__).resolve().parents[2]
CHROMIUM_FLAGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}
LOOPBACK = "127.0.0.1"


def _unavailable(reason: str) -> None:
    """Skip locally, fail under CI: a CI run must never pass by skipping the browser tests."""
    if os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no"):
        pytest.fail(f"browser tests cannot run under CI: {reason}", pytrace=False)
    pytest.skip(reason)


def chromium_path() -> str | None:
    """The Chromium binary to drive, or None (E2E_CHROMIUM, when set, is the only one tried)."""
    given = os.environ.get("E2E_CHROMIUM")
    for candidate in ((given,) if given else (shutil.which("chromium"), "/usr/bin/chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="session")
def site_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The built site: E2E_SITE_DIR if given, else one `mkdocs build --strict` of the project."""
    given = os.environ.get("E2E_SITE_DIR")
    if given:
        path = Path(given)
        if not (path / "index.html").is_file():
            pytest.fail(f"E2E_SITE_DIR={given} holds no built site (no index.html)", pytrace=False)
        return path
    project = Path(os.environ.get("E2E_PROJECT_DIR", ROOT))
    out = tmp_path_factory.mktemp("site")
    done = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
        cwd=project, capture_output=True, text=True, check=False,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    if done.returncode != 0:
        pytest.fail(f"mkdocs build --strict failed in {project}:\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}",
                    pytrace=False)
    return out


@pytest.fixture(scope="session")
def base_url(site_dir: Path) -> Iterator[str]:
    """The site served from 127.0.0.1 on a free port, in a daemon thread, for the whole session."""
    with serve_folder(site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Debian Chromium driven by Playwright (no browser download)."""
    path = chromium_path()
    if path is None:
        _unavailable("Chromium not found: apt-get install -y chromium chromium-driver")
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("Playwright not installed: pip install playwright (no browser download needed)")
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=path, headless=True, args=CHROMIUM_FLAGS)
        try:
            yield chromium
        finally:
            chromium.close()


@dataclass
class Reader:
    """One browser tab plus everything it saw: console errors, page errors, every request URL."""

    page: object
    base_url: str
    console_errors: list[str] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    blocked: list[str] = field(default_factory=list)

    def open(self, path: str) -> None:
        """Load a site-relative path and wait until the network is idle."""
        self.page.goto(self.base_url + path.lstrip("/"), wait_until="networkidle")

    def external_requests(self) -> list[str]:
        """Requests to any host but 127.0.0.1 (they are also blocked, so none really leaves)."""
        return sorted(set(self.blocked))

    def open_search(self) -> None:
        """Bring up the search box as a person would: the header magnifier where it is shown
        (phones, search closed), else a click into the header box itself (desktop, or search open)."""
        page = self.page
        label = page.locator("header label.md-header__button[for=__search]")
        if label.is_visible() and not page.evaluate("document.getElementById('__search').checked"):
            label.click()
        else:
            page.locator("header input.md-search__input").click()

    def search(self, query: str, timeout_ms: int = 10_000) -> list[str]:
        """Click into the header search box and type `query` key by key like a reader; return the
        result links listed (site-relative, anchors kept), in order."""
        page = self.page
        self.open_search()
        box = page.locator("header input.md-search__input")
        if box.input_value():
            box.press("Control+a")
            box.press("Backspace")
            page.wait_for_function("() => document.querySelector('[data-explainer-search-meta]').dataset.query === ''")
        page.keyboard.type(query, delay=10)
        page.wait_for_function(
            """(q) => { const m = document.querySelector('[data-explainer-search-meta]');
                        return m && m.dataset.query === q; }""", arg=query, timeout=timeout_ms)
        hrefs = page.eval_on_selector_all(
            "[data-explainer-search-list] a.md-search-result__link", "els => els.map(e => e.href)")
        return [_site_relative(href, self.base_url) for href in hrefs]

    def visible_results(self, limit: int = 10, scroll: bool = False) -> list[str]:
        """The first `limit` top-level results a reader can see: each result's link, in order, kept
        only when its title lies inside the viewport, the box is not cut off at the side, and the point
        a reader would click is the link itself (not hidden, clipped by a closed panel or covered). `scroll`: scroll the results
        panel to each one first, as a reader scrolls down the list."""
        hrefs = self.page.evaluate("""([limit, scroll]) => {
            const out = [];
            const items = [...document.querySelectorAll('[data-explainer-search-list] > li')].slice(0, limit);
            for (const li of items) {
              const a = li.querySelector('a.md-search-result__link');
              if (scroll) a.scrollIntoView({block: 'nearest'});
              const r = a.getBoundingClientRect();
              const x = r.left + Math.min(40, r.width / 2), y = r.top + Math.min(12, r.height / 2);
              if (!(r.width > 0 && r.height > 0 && x >= 0 && y >= 0 && x < innerWidth && y < innerHeight
                    && r.right <= innerWidth + 1)) continue;
              const hit = document.elementFromPoint(x, y);
              if (hit && a.contains(hit)) out.push(a.href);
            }
            return out; }""", [limit, scroll])
        return [_site_relative(href, self.base_url) for href in hrefs]

    def search_all(self, query: str) -> list[str]:
        """Every page the site's search engine returns for `query` (not only the first screen),
        through the same in-page API the search box uses."""
        urls = self.page.evaluate("(q) => window.explainerSearch.allUrls(q)", query)
        return [_site_relative(url, self.base_url) for url in urls]


def _site_relative(url: str, base_url: str) -> str:
    parts = urlsplit(url)
    base = urlsplit(base_url)
    if parts.netloc and parts.netloc != base.netloc:
        return url
    path = parts.path[len(base.path):] if parts.path.startswith(base.path) else parts.path.lstrip("/")
    return path + (f"#{parts.fragment}" if parts.fragment else "")


def _reader(browser: object, base_url: str, viewport: dict[str, int], phone: bool) -> Iterator[Reader]:
    options: dict[str, object] = {"viewport": viewport, "service_workers": "block"}
    if phone:
        options.update(is_mobile=True, has_touch=True, device_scale_factor=3)
    context = browser.new_context(**options)
    page = context.new_page()
    reader = Reader(page=page, base_url=base_url)

    def route(route: object) -> None:
        url = route.request.url
        reader.requests.append(url)
        host = urlsplit(url).hostname
        if url.startswith(("data:", "blob:", "file:")) or host == LOOPBACK:
            route.continue_()
        else:
            reader.blocked.append(url)
            route.abort()

    context.route("**/*", route)
    page.on("console", lambda msg: msg.type == "error" and reader.console_errors.append(
        f"{page.url}: {msg.text}"))
    page.on("pageerror", lambda exc: reader.console_errors.append(f"{page.url}: uncaught {exc}"))
    try:
        yield reader
    finally:
        context.close()


@pytest.fixture
def reader(browser: object, base_url: str) -> Iterator[Reader]:
    """A desktop-sized tab (1280x900)."""
    yield from _reader(browser, base_url, DESKTOP, phone=False)


@pytest.fixture
def phone_reader(browser: object, base_url: str) -> Iterator[Reader]:
    """A phone-sized tab (390x844, touch, mobile)."""
    yield from _reader(browser, base_url, PHONE, phone=True)


@pytest.fixture(scope="session")
def site_pages(site_dir: Path) -> list[str]:
    """Site-relative URLs of every HTML page of the built site (directory URLs), sorted."""
    pages = []
    for path in sorted(site_dir.rglob("*.html")):
        rel = path.relative_to(site_dir).as_posix()
        if rel.startswith(("pagefind/", "assets/")) or rel == "404.html":
            continue
        pages.append(rel[: -len("index.html")] if rel.endswith("index.html") else rel)
    return pages


# The sites the reading tests open: the seeds' and generated corpora of 1, 3 and 300 articles (make_corpus.py,
# seed 7), each built once per session, when a test first asks for it. EXPLAINER_E2E_SIZES="3000" adds larger
# corpora for a one-off run (too slow for every CI run).
SITES = ("seeds", "1", "3", "300", *os.environ.get("EXPLAINER_E2E_SIZES", "").split())


@pytest.fixture(scope="session")
def built_site(site_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Callable[[str], Path]:
    """built_site(name) -> the folder of that site ("seeds": the session's site; "300": 300 generated articles)."""
    built = {"seeds": site_dir}

    def get(name: str) -> Path:
        if name not in built:
            root = tmp_path_factory.mktemp(f"corpus-{name}")
            subprocess.run([sys.executable, str(MAKE_CORPUS), "--n", name, "--seed", "7", "--out", str(root / "raw")],
                           check=True, capture_output=True)
            done = build(root / "site", root / "raw")
            if done.returncode != 0:
                pytest.fail(f"building {name} generated articles failed:\n{done.stderr[-3000:]}", pytrace=False)
            built[name] = root / "site"
        return built[name]

    return get


@pytest.fixture(scope="session")
def served_site(built_site: Callable[[str], Path]) -> Iterator[Callable[[str], str]]:
    """served_site(name) -> the base URL of that site, served as GitHub Pages serves it (under site_url's path,
    the 404 page for a missing address), for the rest of the session."""
    with contextlib.ExitStack() as stack:
        urls: dict[str, str] = {}

        def get(name: str) -> str:
            if name not in urls:
                urls[name] = stack.enter_context(serve_site(built_site(name)))
            return urls[name]

        yield get


@pytest.fixture
def tab(browser: object) -> Iterator[Callable[[str, bool], Reader]]:
    """tab(base_url, phone) -> a new desktop (1280x900) or phone (390x844) tab on that site; closed after the test."""
    opened: list[Iterator[Reader]] = []

    def open_tab(base_url: str, phone: bool = False) -> Reader:
        tabs = _reader(browser, base_url, PHONE if phone else DESKTOP, phone)
        opened.append(tabs)
        return next(tabs)

    yield open_tab
    for tabs in opened:
        tabs.close()
