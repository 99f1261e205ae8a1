"""Places described by what lies or was done in them: "Stadion Bayu Perkasa, Kabupaten Muara" -> Kabupaten Muara is
"kabupaten tempat Stadion Bayu Perkasa berada"; "korban dirawat di Rumah Sakit X" -> "tempat korban dirawat"."""

from __future__ import annotations

import re

from .acronyms import joined_words
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
    key = name_key(joined_words(draft))
    if key in id_lexicon()["provinces"]:
        return 4, "provinsi"
    level = region_level(key)
    if level:
        return level + 1, "daerah"
    if draft.type == "organization" or (len(draft.tokens) > 1 and is_head(head)):
        return 0, None
    entry = gazetteer_lookup(joined_words(draft))
    if entry is not None and entry.type == "place":
        return 5, "wilayah"
    return None, None


def attach_container(text: str, b: int, drafts: list[Draft], sentence_text: str) -> None:
    """Give a place with no noun description "<kind> tempat <A> berada" when a smaller named thing A is written
    right before it ("A, B" or "A di B"), A being a facility, a body or a region of a lower level."""
    if not any(d.type == "place" for d in drafts[1:]):
        return
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


# "korban telah dirawat di X", "sidang yang digelar di X": a passive verb, then "di" and the place it was done at
_DONE_AT = re.compile(r"(?:^|\s)(di[a-z]{4,})\s+di\s+$")
_SKIP = frozenset(("yang", "telah", "sudah", "sedang", "akan", "masih", "juga", "pun", "ini", "itu", "tersebut",
                   "kembali", "langsung", "sempat", "saat", "usai", "setelah", "sebelum", "dan", "serta", "di", "ke",
                   "dari", "pada", "untuk", "dengan", "oleh", "kini", "lalu", "baru", "tengah", "rencananya",
                   "rupanya", "kabarnya", "konon", "sebelumnya", "akhirnya", "kemudian"))


def attach_venue(text: str, a: int, drafts: list[Draft], sentence_text: str) -> None:
    """Give a place or body with no description what the sentence says was done there: "Korban dirawat di Rumah
    Sakit X" -> "tempat korban dirawat" (the glossary leads it with the name's head: "rumah sakit tempat ...")."""
    if " di" not in sentence_text:
        return
    for draft in drafts:
        if draft.title_only or draft.description or draft.type not in ("place", "organization"):
            continue
        verb = _DONE_AT.search(text, max(a, draft.start - 80), draft.start)
        if not verb:
            continue
        words = text[max(a, draft.start - 80):verb.start(1)].split()
        while words and (words[-1].lower() in _SKIP or _PASSIVE_WORD.match(words[-1])):
            words.pop()
        noun: list[str] = []
        while words and len(noun) < 3 and re.fullmatch(r"[A-Za-z-]+", words[-1]) and words[-1].lower() not in _SKIP \
                and (words[-1][1:].islower() or words[-1].islower()) and not _PASSIVE_WORD.match(words[-1]):
            noun.insert(0, words.pop())
        if not noun or any(w[:1].isupper() for w in noun[1:]) \
                or noun[0][:1].isupper() and text[a:text.find(noun[0], max(a, draft.start - 80))].strip():
            continue  # a name, not a bare noun
        draft.description = f"tempat {' '.join(noun).lower()} {verb.group(1)}"
        draft.quote = sentence_text


_PASSIVE_WORD = re.compile(r"^(?:di|me[mny]?|meng|ber|ter)[a-z]{3,}$")
