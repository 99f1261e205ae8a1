"""Places described by what lies in them: "Stadion Bayu Perkasa, Kabupaten Muara" -> Kabupaten Muara is "kabupaten
tempat Stadion Bayu Perkasa berada" (a named facility, body or smaller region written before the larger place)."""

from __future__ import annotations

import re

from .lexicon import gazetteer_lookup, id_lexicon, name_key, region_level
from .nameruns import Draft, is_head

# "A, B", "A (AB), B", "A di B": the smaller thing, then the place it lies in
_GAP = re.compile(r"(?:\s*\([^()]{1,20}\))?\s*,\s+|\s+di\s+")
_LIST_AFTER = re.compile(r"^\s*,?\s*(?:dan|serta|atau)\b")
# Administrative heads by level: a village lies in a district, a district in a city or regency, these in a province.
_ADMIN_LEVELS = {"desa": 1, "kelurahan": 1, "dusun": 1, "kampung": 1, "nagari": 1, "padukuhan": 1, "kecamatan": 2,
                 "distrik": 2, "kota": 3, "kabupaten": 3, "kab.": 3, "provinsi": 4, "prov.": 4}


def place_level(draft: Draft) -> tuple[int | None, str | None]:
    """How large a named thing is (0 a facility or body, 1 a village ... 4 a province, 5 a known world place) and
    the noun for its kind ("kabupaten", "provinsi", "wilayah"); None when it cannot be told."""
    head = draft.tokens[0].lower
    if head in _ADMIN_LEVELS and len(draft.tokens) > 1:
        return _ADMIN_LEVELS[head], {"kab.": "kabupaten", "prov.": "provinsi"}.get(head, head)
    key = name_key(_name(draft))
    if key in id_lexicon()["provinces"]:
        return 4, "provinsi"
    level = region_level(key)
    if level:
        return level + 1, "daerah"
    if draft.type == "organization" or (len(draft.tokens) > 1 and is_head(head)):
        return 0, None
    entry = gazetteer_lookup(_name(draft))
    if entry is not None and entry.type == "place":
        return 5, "wilayah"
    return None, None


def _name(draft: Draft) -> str:
    return " ".join(t.text for t in draft.tokens)


def attach_container(text: str, b: int, drafts: list[Draft], sentence_text: str) -> None:
    """Give a place with no noun description "<kind> tempat <A> berada" when a smaller named thing A is written
    right before it ("A, B" or "A di B"), A being a facility, a body or a region of a lower level."""
    for k in range(1, len(drafts)):
        outer = drafts[k]
        if k >= 2 and text[drafts[k - 1].start - 1:drafts[k - 1].start] == "(":
            k -= 1  # "Rumah Sakit A (RSA), Kota B": the name before its short form
        inner = drafts[k - 1]
        if inner.title_only or outer.title_only or outer.type != "place" or inner.type == "person" \
                or (outer.description and not outer.description.startswith("yang ")):
            continue
        if not _GAP.fullmatch(text, inner.end, outer.start) or _LIST_AFTER.match(text[outer.end:outer.end + 8]):
            continue
        start = inner.start
        if k >= 2 and text[drafts[k - 2].end:start] == "/":  # "Gedung A/B": one building of two bodies
            start = drafts[k - 2].start
        inner_level = place_level(drafts[k - 2])[0] if start < inner.start else place_level(inner)[0]
        outer_level, kind = place_level(outer)
        if inner_level is None or outer_level is None or inner_level >= outer_level or not kind:
            continue
        outer.description = f"{kind} tempat {text[start:inner.end]} berada"
        outer.quote = sentence_text
