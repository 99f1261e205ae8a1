"""What a built Pagefind bundle holds, read from its files (shared by the search, site and browser tests)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path

SIGNATURE = b"pagefind_dcd"  # Pagefind's marker at the start of every decompressed file


def bundle_urls(bundle: Path) -> set[str]:
    """The URLs of the pages one bundle indexes (from its fragments, one per page; merged bundles under
    `tahun/` are not part of it)."""
    urls = set()
    for path in (bundle / "fragment").glob("*.pf_fragment"):
        data = gzip.decompress(path.read_bytes())
        assert data.startswith(SIGNATURE), path
        urls.add(json.loads(data[len(SIGNATURE):])["url"])
    return urls


def merged_folders(bundle: Path) -> list[str]:
    """The bundles the search box merges into the main one (its explainer-indexes.json)."""
    return json.loads((bundle / "explainer-indexes.json").read_text(encoding="utf-8"))["merge"]
