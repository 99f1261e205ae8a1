"""What a name does in its sentence, as a last-resort description: the verb phrase after a subject ("Komisi Pangan
menetapkan harga beras pada Rabu" -> "yang menetapkan harga beras")."""

from __future__ import annotations

import re

from .lexicon import words
from .nameruns import Draft

# Words that may stand between the subject and its verb: "X juga telah menetapkan ...".
_ADVERBS = frozenset(("juga", "telah", "sudah", "akan", "masih", "tidak", "tak", "belum", "kembali", "resmi", "pun",
                      "hanya", "bahkan", "sempat", "terus", "baru", "lantas", "kemudian", "lalu", "segera", "pernah",
                      "langsung", "kini", "sendiri", "secara", "sebelumnya", "akhirnya", "turut", "ikut"))
_VERB = re.compile(r"^(?:me[mny]?|meng|ber|be|ter|di|per|memper|diper)[a-z]{3,}$|^(?:naik|turun|tiba|hadir|datang|"
                   r"pulang|masuk|keluar|gelar|tetapkan)$")
# Verbs of saying: what follows them is someone's words, not what the name is or does.
_SAYING = frozenset(("mengatakan", "menyatakan", "menegaskan", "menjelaskan", "menyampaikan", "menilai",
                     "mengungkapkan", "menuturkan", "menambahkan", "mengingatkan", "menekankan", "berpendapat",
                     "mengklaim", "membantah", "menanggapi", "bersikeras", "memastikan", "mengakui", "mencatat",
                     "berkata", "menerangkan", "memaparkan", "menyebut", "menyebutkan", "berharap", "mengimbau",
                     "dikatakan", "ditegaskan", "dijelaskan", "diungkapkan", "mengaku", "menulis", "bertanya",
                     "menjawab", "berujar", "mengemukakan", "menandaskan", "memperingatkan", "bilang", "menduga"))
# Where a predicate stops: punctuation, a quote, or a word that opens a circumstance of time or manner.
_STOP = re.compile(r"[,.](?!\d)|[;:!?\"“”()]|\s(?:pada|saat|ketika|sejak|sebelum|setelah|seusai|usai|sambil|karena|agar|"
                   r"sehingga|namun|tetapi|yang|dalam rangka|hari ini|kemarin|senin|selasa|rabu|kamis|jumat|sabtu|"
                   r"minggu)\b|\s(?:dan|serta)\s+(?=(?-i:[A-Z]))", re.I)
_OPENER = re.compile(r"^\W*(?:(?:Sementara itu|Selain itu|Namun|Kini|Adapun|Kemudian|Sebelumnya|Bahkan|Dalam hal "
                     r"ini|Di sisi lain|Terpisah|Lebih lanjut)\s*,?\s*)?$")
_INTRO = re.compile(r"^[^A-Z\"“”]*,\s*$")  # "Pada Selasa (6/9), X menggelar ...": an adverbial before the subject
_BRACKET = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*")
MAX_WORDS = 12


def attach_predicate(text: str, a: int, b: int, drafts: list[Draft], sentence_text: str) -> None:
    """Give the sentence's subject, when it has no description, the verb phrase after it as "yang <phrase>"."""
    subject = next((d for d in drafts if not d.title_only), None)
    if subject is None or subject.description:
        return
    before = text[a:subject.start]
    if not (_OPENER.match(before) or (_INTRO.match(before) and not any(c.isupper() for c in before[1:]))):
        return
    position = _BRACKET.match(text, subject.end, b).end()  # "Badan X (BX) menetapkan ...": past the acronym
    phrase = _phrase(text[position:b])
    if phrase:
        subject.description, subject.quote = "yang " + phrase, sentence_text


def _phrase(rest: str) -> str:
    """The verb phrase opening `rest` (after adverbs), cut at the first stop and at MAX_WORDS words; "" when
    `rest` opens with no verb, with a verb of saying, or gives fewer than two words."""
    stop = _STOP.search(rest)
    clause = rest[:stop.start()] if stop else rest
    parts = clause.split()
    start = 0
    while start < len(parts) and parts[start].lower() in _ADVERBS:
        start += 1
    if start >= len(parts) or not _VERB.match(parts[start]) or parts[start] in _SAYING \
            or parts[start] in words()["speech_after"]:
        return ""
    if start + 1 == len(parts) and stop and rest[stop.start():stop.start() + 2] == ", " \
            and parts[start].lower() not in _SAYING:
        # "HNK memperkirakan, tangkapan bisa turun": what was foreseen follows the comma
        after = rest[stop.end():]
        more = _STOP.search(after)
        parts += (after[:more.start()] if more else after).split()
    parts = parts[start:start + MAX_WORDS]
    if len(parts) < 2:
        return ""
    return " ".join(parts)
