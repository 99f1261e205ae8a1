"""Roles tied to a person's name by a word: "X selaku Ketua Y", "X sebagai Wakil Presiden", "X yang sebelumnya
menjabat Kapolres Y", and a role named before "bernama": "korban ke-40 ini bernama X"."""

from __future__ import annotations

import re

from .appositives import is_rank
from .lexicon import words
from .nameruns import Draft
from .titles import is_description

# "X selaku ...", "X, yang kini menjabat sebagai ...", "X resmi menjabat ..."
_LINK = re.compile(r"\s*,?\s+(?:yang\s+)?(?:(?:sebelumnya|kini|saat ini|sempat|pernah|resmi|juga|masih|telah|"
                   r"sudah)\s+)*(?:selaku|sebagai|menjabat(?:\s+sebagai)?)\s+")
# Where the role ends: punctuation, a clause or circumstance, or "dan" before another name.
_ROLE_END = re.compile(r"[,.;:!?()\"“”]|\s(?:yang|untuk|pada|saat|ketika|sejak|dengan|dalam|bersama|karena|agar|"
                       r"sehingga|serta|hingga|kepada|atas|terhadap|menggantikan|mengatakan|menyatakan|ujar|kata)\b"
                       r"|\s(?:dan|atau)\s+(?=[A-Z])")
# "korban ke-40 ini bernama X", "tersangka berinisial X", "pasien atas nama X"
_NAMED = re.compile(r"((?:[\w-]+\s+){0,4}?[\w-]+)\s+(?:(?:ini|itu|tersebut|yang)\s+)?(?:bernama|berinisial|atas nama)"
                    r"\s+$")
MAX_WORDS = 10


def _title_words(phrase: str) -> int:
    """How many words of a person's title open `phrase` (0: it opens with none, or with an honorific)."""
    titles = words()["person_titles"]
    lowered = phrase.lower().split()
    for n in (3, 2, 1):
        head = " ".join(lowered[:n])
        if len(lowered) >= n and head in titles and is_description(head):
            return n
    return 0


def attach_linked_role(text: str, b: int, draft: Draft, sentence_text: str) -> None:
    """ "Baskara Lubis selaku Deputi Hukum Tim Kampanye", "Rudi resmi menjabat Presiden ke-6 RI": the title after
    the linking word describes the person written before it."""
    if (draft.description and not is_rank(draft.description)) or draft.type not in ("person", "other") \
            or draft.strength >= 3:
        return
    link = _LINK.match(text, draft.end, b)
    if not link:
        return
    rest = text[link.end():b]
    stop = _ROLE_END.search(rest)
    role = " ".join(rest[:stop.start() if stop else len(rest)].split()[:MAX_WORDS])
    if not _title_words(role) or (draft.type == "other" and not role[:1].isupper()):
        return
    draft.description, draft.quote = role, sentence_text
    draft.type, draft.strength = "person", max(draft.strength, 2)


def attach_named_role(text: str, a: int, draft: Draft, sentence_text: str) -> None:
    """ "Korban ke-40 ini bernama Yudha Prasetya, warga X": the role before "bernama" describes the person after it,
    before what an appositive adds."""
    if draft.type not in ("person", "other") or draft.strength >= 3 or "nama" not in text[max(a, draft.start - 12):draft.start]:
        return
    match = _NAMED.search(text, max(a, draft.start - 60), draft.start)
    if not match:
        return
    phrase = match.group(1).split()
    start = next((k for k in range(len(phrase)) if _title_words(" ".join(phrase[k:]))), None)
    if start is None:
        return
    draft.description, draft.quote = " ".join(phrase[start:]), sentence_text
    draft.type, draft.strength = "person", max(draft.strength, 2)
