"""`mkdocs serve` with a site_url path: the redirect of "/" to it is not logged as a warning; other
non-200 answers still are."""

from __future__ import annotations

import logging

import explainer_hooks
from mkdocs.livereload import log as served_log


def test_root_redirect_is_not_a_warning_but_a_missing_page_is(caplog) -> None:
    explainer_hooks.on_serve(None, None, None)  # type: ignore[arg-type]
    explainer_hooks.on_serve(None, None, None)  # type: ignore[arg-type]  # a rebuild adds no second filter
    assert logging.getLogger("mkdocs.livereload").filters.count(explainer_hooks._ROOT_REDIRECT) == 1
    with caplog.at_level(logging.DEBUG, logger="mkdocs.livereload"):
        served_log.warning('"GET / HTTP/1.1" code 302')
        served_log.warning('"GET /tidak-ada HTTP/1.1" code 404')
        served_log.warning('"GET /artikel HTTP/1.1" code 302')
    logged = [record.getMessage() for record in caplog.records if record.levelno == logging.WARNING]
    assert not any('"GET / HTTP' in message for message in logged), logged
    assert any("/tidak-ada" in message for message in logged) and any("/artikel " in message for message in logged)
