"""Front matter of generated pages: one writer, values HTML-escaped for the theme's unescaped templates,
characters YAML refuses removed, and what is written parses back (as MkDocs reads it) to the same values."""

from __future__ import annotations

import html

from hypothesis import given, settings
from hypothesis import strategies as st
from mkdocs.utils.meta import get_data

from explainer.render.mdtext import front_matter, template_text

PAYLOADS = ["Judul\x80 dengan\x9f kontrol\ufffe\uffff", "![x](nonexistent.png){: onerror=alert(9) }",
            "[klik](javascript:alert(1))", "![x](http://evil.example/x.png)", 'X" http-equiv="refresh',
            "0;url=https://evil.example/", "<script>alert(1)</script>", "a\x85b\u2028c", "'tunggal' & \"ganda\"",
            "{{ config.site_name }}", "--- | ---", "🔥 Kim", "tab\there", "\ud800 sendiri"]


def _meta(block: str) -> dict:
    _, meta = get_data(block + "\n\n# Isi\n")
    return meta


def test_payloads_parse_back_and_carry_no_markup() -> None:
    for payload in PAYLOADS:
        block = front_matter(title=payload, description=payload)
        meta = _meta(block)
        assert meta == {"title": template_text(payload), "description": template_text(payload)}, payload
        for value in meta.values():
            assert not set(value) & set('<>"\''), value  # nothing can open a tag or end an attribute
            assert not any("\x80" <= ch <= "\x9f" or ch in "\ufffe\uffff" or "\ud800" <= ch <= "\udfff"
                           for ch in value), value


def test_template_text_shows_exactly_the_text() -> None:
    assert template_text('X" http-equiv="refresh') == "X&quot; http-equiv=&quot;refresh"
    assert html.unescape(template_text("Kim & Putin <b>\x9f")) == "Kim & Putin <b>"
    assert template_text("a\x85b\n  c") == "a b c"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.text(max_size=60))
def test_any_text_gives_front_matter_mkdocs_reads(title: str, description: str) -> None:
    meta = _meta(front_matter(title=title, description=description))
    assert set(meta) == {"title", "description"}
    assert meta["title"] in (template_text(title), template_text(title).encode("ascii", "ignore").decode())
