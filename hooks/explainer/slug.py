"""URL slugs: lower-case ASCII words joined by hyphens, unique within a set."""

from __future__ import annotations

import re
import unicodedata

MAX_SLUG_LENGTH = 80


def slugify(text: str, max_length: int = MAX_SLUG_LENGTH) -> str:
    """'Kim Jong-un Dibawa ke Rusia!' -> 'kim-jong-un-dibawa-ke-rusia' (cut at a word boundary)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    if len(slug) > max_length:
        slug = slug[:max_length].rsplit("-", 1)[0]
    return slug


def unique(slug: str, taken: set[str]) -> str:
    """`slug`, or `slug-2`, `slug-3`… whichever is not yet in `taken`; records the result."""
    candidate, number = slug, 2
    while candidate in taken:
        candidate = f"{slug}-{number}"
        number += 1
    taken.add(candidate)
    return candidate
