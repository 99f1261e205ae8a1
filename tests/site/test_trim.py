"""The built site ships only what its pages load: no theme search, no source maps, no unused Pagefind UI."""

from __future__ import annotations

from pathlib import Path

from explainer.trim import trim_site, unused


def _write(root: Path, files: dict[str, bytes]) -> None:
    for name, data in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_bytes(data)


def test_unused_names_the_theme_search_maps_and_pagefind_uis_only():
    assert unused("assets/javascripts/lunr/min/lunr.id.min.js")
    assert unused("assets/javascripts/workers/search.a7633da7.min.js")
    assert unused("assets/stylesheets/main.57a0d79d.min.css.map")
    assert unused("pagefind/pagefind-ui.js") and unused("pagefind/pagefind-highlight.js")
    for kept in ("assets/javascripts/bundle.a5f9d56c.min.js", "assets/stylesheets/palette.fb2fffe2.min.css",
                 "pagefind/pagefind.js", "pagefind/pagefind-worker.js", "pagefind/wasm.id.pagefind",
                 "javascripts/pagefind-search.js", "artikel/peta/index.html", "data/timeline.json"):
        assert not unused(kept), kept


def test_trim_site_removes_unused_files_and_map_comments_and_can_run_twice(tmp_path):
    _write(tmp_path, {
        "index.html": b"<html></html>",
        "assets/javascripts/bundle.1.min.js": b"var a=1;\n//# sourceMappingURL=bundle.1.min.js.map\n",
        "assets/javascripts/bundle.1.min.js.map": b"{}" * 50,
        "assets/javascripts/lunr/min/lunr.id.min.js": b"x" * 100,
        "assets/javascripts/workers/search.2.min.js": b"y" * 10,
        "assets/stylesheets/main.3.min.css": b"a{color:red}\n/*# sourceMappingURL=main.3.min.css.map*/",
        "pagefind/pagefind.js": b"export{};",
        "pagefind/pagefind-ui.css": b"z" * 7,
        "sumber/data.map": b"kept: a page of the site, not the theme's",
    })
    removed = trim_site(tmp_path)
    left = sorted(p.relative_to(tmp_path).as_posix() for p in tmp_path.rglob("*") if p.is_file())
    assert left == ["assets/javascripts/bundle.1.min.js", "assets/stylesheets/main.3.min.css", "index.html",
                    "pagefind/pagefind.js", "sumber/data.map"]
    assert (tmp_path / "assets/javascripts/bundle.1.min.js").read_bytes() == b"var a=1;\n"
    assert (tmp_path / "assets/stylesheets/main.3.min.css").read_bytes() == b"a{color:red}\n"
    assert not (tmp_path / "assets/javascripts/lunr").exists()
    comments = len(b"//# sourceMappingURL=bundle.1.min.js.map\n") + len(b"/*# sourceMappingURL=main.3.min.css.map*/")
    assert removed == 100 + 100 + 10 + 7 + comments
    assert trim_site(tmp_path) == 0
