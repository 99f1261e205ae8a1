"""Serve a folder on 127.0.0.1 (a free port, a daemon thread) for the browser tests, quietly; a built site also
as GitHub Pages serves it (under site_url's path, its 404 page for a missing address)."""

from __future__ import annotations

import contextlib
import functools
import http.server
import re
import threading
from collections.abc import Iterator
from pathlib import Path

LOOPBACK = "127.0.0.1"


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """The standard file handler without a log line per request."""

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
        pass


@contextlib.contextmanager
def serve_folder(directory: Path, handler: type[http.server.SimpleHTTPRequestHandler] = QuietHandler
                 ) -> Iterator[str]:
    """Serve `directory` while the block runs; yields its base URL ("http://127.0.0.1:PORT/")."""
    server = http.server.ThreadingHTTPServer((LOOPBACK, 0), functools.partial(handler, directory=str(directory)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://{LOOPBACK}:{server.server_address[1]}/"
    finally:
        server.shutdown()
        server.server_close()


class SiteUnderPath(QuietHandler):
    """Serves the site under site_url's path (as GitHub Pages does) and answers a missing page with 404.html."""

    prefix = "/"

    def translate_path(self, path: str) -> str:
        if path.startswith(self.prefix):
            path = "/" + path[len(self.prefix):]
        return super().translate_path(path)

    def send_error(self, code: int, message: str | None = None, explain: str | None = None) -> None:
        page = Path(self.directory) / "404.html"
        if code != 404 or not page.is_file():
            return super().send_error(code, message, explain)
        body = page.read_bytes()
        self.send_response(404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextlib.contextmanager
def serve_site(site_dir: Path) -> Iterator[str]:
    """Serve a built site under the path its 404 page links to (site_url's path); yields the site's base URL
    ("http://127.0.0.1:PORT/kim-putin/"), where every page, and the 404 page for any other address, is found."""
    page = site_dir / "404.html"
    found = re.search(r'href="(/[^"]*?)assets/stylesheets/main', page.read_text(encoding="utf-8")) \
        if page.is_file() else None
    prefix = found.group(1) if found else "/"
    with serve_folder(site_dir, type("Handler", (SiteUnderPath,), {"prefix": prefix})) as url:
        yield url.rstrip("/") + prefix
