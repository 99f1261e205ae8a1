"""Serve a folder on 127.0.0.1 (a free port, a daemon thread) for the browser tests, quietly."""

from __future__ import annotations

import contextlib
import functools
import http.server
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
