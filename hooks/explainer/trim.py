"""A built site folder in, the same site out without the files it never loads (theme search, source maps, UIs)."""

from __future__ import annotations

import re
from pathlib import Path

# Site paths (relative, "/"-separated) the pages never load: Material's lunr search (its language files, its
# worker) is replaced by Pagefind; source maps are for the theme's developers; Pagefind's ready-made UIs are
# replaced by the header box (docs/javascripts/pagefind-search.js drives pagefind.js itself).
UNUSED = (
    re.compile(r"assets/javascripts/lunr/.*"),
    re.compile(r"assets/javascripts/workers/search\.[^/]*"),
    re.compile(r".*\.map"),
    re.compile(r"pagefind/pagefind-(?:ui|modular-ui|component-ui|highlight)\.(?:js|css)"),
)
# The comment that points a browser's developer tools at a source map, last in a minified file.
_MAP_COMMENT = re.compile(rb"\n?(?://# sourceMappingURL=[^\n]*|/\*# sourceMappingURL=[^\n]*?\*/)\s*\Z")


def unused(path: str) -> bool:
    """Whether the site path (e.g. "assets/javascripts/lunr/min/lunr.id.min.js") is never loaded by a page."""
    return any(pattern.fullmatch(path) for pattern in UNUSED)


def trim_site(site_dir: Path) -> int:
    """Delete the unused files from a built site (the theme's `assets/` and Pagefind's folder are looked at, not
    the pages) and the source-map comments from the theme's scripts and styles; return the bytes removed. Safe
    to run again on the same folder (`mkdocs serve`, `--dirty`)."""
    removed = 0
    assets = site_dir / "assets"
    candidates = sorted(assets.rglob("*")) + sorted((site_dir / "pagefind").glob("*"))
    for path in candidates:
        if not path.is_file():
            continue
        relative = path.relative_to(site_dir).as_posix()
        if unused(relative):
            removed += path.stat().st_size
            path.unlink()
        elif relative.startswith("assets/") and path.suffix in (".js", ".css"):
            data = path.read_bytes()
            kept = _MAP_COMMENT.sub(b"\n", data) if b"sourceMappingURL" in data[-300:] else data
            if kept != data:
                removed += len(data) - len(kept)
                path.write_bytes(kept)
    for folder in sorted((p for p in assets.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        if not any(folder.iterdir()):
            folder.rmdir()
    return removed
