"""What a name does in its sentence, as a last-resort description: the verb phrase after a subject ("Komisi Pangan
menetapkan harga beras pada Rabu" -> "yang menetapkan harga beras")."""

from __future__ import annotations

import re

from .lexicon import common_word, words
from .nameruns import Draft

# Words that may stand between the subject and its verb: "X juga telah menetapkan ...".
ADVERBS = frozenset(("juga", "telah", "sudah", "akan", "masih", "tidak", "tak", "belum", "kembali", "resmi", "pun",
                      "hanya", "bahkan", "sempat", "terus", "baru", "lantas", "kemudian", "lalu", "segera", "pernah",
                      "langsung", "kini", "sendiri", "secara", "sebelumnya", "akhirnya", "turut", "ikut"))
VERB = re.compile(r"^(?:me[mny]?|meng|ber|be|ter|di|per|memper|diper)[a-z]{3,}$|^(?:naik|turun|tiba|hadir|datang|"
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
    while start < len(parts) and parts[start].lower() in ADVERBS:
        start += 1
    if start >= len(parts) or not VERB.match(parts[start]) or parts[start] in _SAYING \
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


# Nouns a verb of saying may take as its object: "menyampaikan pendapat berbeda" is something done, not words quoted.
_SPOKEN_ACTS = frozenset(("pendapat", "sikap", "keberatan", "dukungan", "penolakan", "protes", "aspirasi", "tuntutan",
                          "permintaan", "usulan", "pandangan", "apresiasi", "belasungkawa", "gugatan"))
_LISTED = re.compile(r",\s+(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")
# Where a listed subject's predicate stops as a description: a circumstance, or the second of two glosses ("atau")
_OBJECT_END = re.compile(r"\s(?:atau|dalam|terhadap|untuk|di|ke|dari|pada|kepada|atas|bagi|tentang|sebagai)\s")
MAX_LISTED_WORDS = 8


def attach_list_predicate(text: str, b: int, drafts: list[Draft], sentence_text: str) -> None:
    """ "hakim agung A, B, dan C menyampaikan pendapat berbeda": the verb phrase right after a list of people is what
    each of them did, added to a lower-case role they share ("hakim agung yang menyampaikan pendapat berbeda") or
    given alone ("yang ..."); never to a titled role ("Ketua X"), which says enough."""
    people = [d for d in drafts if not d.title_only]
    k = 0
    while k < len(people):
        listed = [people[k]]
        while k + len(listed) < len(people) and people[k + len(listed)].type == listed[-1].type == "person" \
                and _LISTED.fullmatch(text, listed[-1].end, people[k + len(listed)].start):
            listed.append(people[k + len(listed)])
        k += len(listed)
        last = listed[-1]
        if len(listed) < 2 or not re.match(r",?\s+(?:dan|serta)\s", text[listed[-2].end:last.start]):
            continue
        phrase = _acted(text[_BRACKET.match(text, last.end, b).end():b])
        for person in listed if phrase else ():
            role = person.description
            if role is None:
                person.description, person.quote = f"yang {phrase}", sentence_text
            elif role[:1].islower() and " yang " not in role \
                    and len(role.split()) + 1 + len(phrase.split()) <= MAX_LISTED_WORDS:
                person.description, person.quote = f"{role} yang {phrase}", sentence_text


def _acted(rest: str) -> str:
    """What `rest` says was done, verb and object, as a short phrase ("menyampaikan pendapat berbeda"); a verb of
    saying only with a spoken act as its object; "" when `rest` opens with no such verb phrase."""
    parts = rest.split()
    start = 0
    while start < len(parts) and parts[start].lower() in ADVERBS:
        start += 1
    if start + 1 >= len(parts) or not VERB.match(parts[start]):
        return ""
    saying = parts[start] in _SAYING or parts[start] in words()["speech_after"]
    if saying and parts[start + 1].lower() not in _SPOKEN_ACTS:
        return ""
    clause = " ".join(parts[start:])
    stop = _STOP.search(clause)
    clause = clause[:stop.start()] if stop else clause
    end = _OBJECT_END.search(clause)
    words_ = (clause[:end.start()] if end else clause).split()
    return " ".join(words_) if len(words_) >= 2 else ""


# "X diperiksa (oleh) Badan Y": the passive verb before a body names what the body does to X.
_PASSIVE = re.compile(r"(?:^|\s)(di(?!ri\b|a\b)[a-z]{4,})\s+(?:oleh\s+)?$")
_NOT_VERBS = frozenset(("dinas", "diskusi", "digital", "direktur", "direksi", "distrik", "divisi", "diplomat",
                        "diplomasi", "dinamika", "dilema", "disiplin", "dirut", "dinding", "dimensi", "diaspora"))
_CLAUSE_START = re.compile(r",\s+|\s[–—-]\s|\b(?:bahwa|terkait|saat|ketika|karena|setelah|sebelum|yang|jika|bila|"
                           r"agar|kalau|sedangkan|sementara)\s+|[\"“”(]\s*", re.I)
_TAIL_WORDS = re.compile(r"(?:\s+(?:akan|sudah|telah|sedang|masih|belum|tidak|juga|kini|pun|ini|itu|tersebut|"
                         r"saat ini|baru|segera|kemudian|lalu|langsung))+\s*$", re.I)
_PLACE_TAIL = re.compile(r"(?:,\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})+,?\s*$")
_LINKS = frozenset(("untuk", "sesuai", "dengan", "di", "ke", "dari", "pada", "dan", "atau", "kepada", "oleh", "bagi",
                    "tentang", "terhadap", "atas", "dalam", "seperti", "hingga", "sampai", "antara"))
_OPENING_WORDS = frozenset(("adapun", "namun", "kini", "sementara", "bahkan", "lalu", "kemudian", "selain",
                            "sebelumnya", "akhirnya", "maka", "dan", "tetapi"))
_PRONOUNS = frozenset(("ia", "dia", "mereka", "kami", "kita", "saya", "aku", "beliau", "anda"))


def active_form(passive: str) -> str:
    """The active verb of a passive "di-" verb ("ditetapkan" -> "menetapkan", "diperiksa" -> "memeriksa")."""
    root = passive[2:]
    first, second = root[0], root[1:2]
    if root.startswith("per") and root[3:4] not in "aeiou":
        return "mem" + root
    vowel_next = second in "aeiou"
    if first == "p":
        return "mem" + (root[1:] if vowel_next else root)
    if first == "t":
        return "men" + (root[1:] if vowel_next else root)
    if first == "k":
        return "meng" + (root[1:] if vowel_next else root)
    if first == "s":
        return "meny" + root[1:] if vowel_next else "men" + root
    if first in "bfv":
        return "mem" + root
    if first in "dcjz":
        return "men" + root
    if first in "lmnrwy":
        return "me" + root
    return "meng" + root


def attach_agent(text: str, a: int, drafts: list[Draft], sentence_text: str) -> None:
    """ "Bahaya gas itu akan diperiksa Badan Riset Tani": the body after a passive verb is "yang memeriksa bahaya gas
    itu" (the clause's subject becomes the object)."""
    if " di" not in sentence_text:
        return
    for draft in drafts:
        if draft.title_only or draft.description or draft.type == "person":
            continue
        lead, tail = text[a:draft.start], sentence_text[draft.end - a:]
        if (lead.count('"') + lead.count("“") + lead.count("”")) % 2 or "”" in tail and "“" not in tail \
                or re.search(r'"\s*,?\s*(?:ujar|kata|ucap|tegas|jelas|tutur)\b', tail):
            continue  # inside someone's words
        verb = _PASSIVE.search(text, max(a, draft.start - 50), draft.start)
        if not verb or verb.group(1).lower() in _NOT_VERBS or verb.group(1) != verb.group(1).lower():
            continue
        before = _TAIL_WORDS.sub("", text[a:verb.start(1)].rstrip())
        if re.search(r"(?:^|\s)(?:seperti|sebagaimana|hal|yg)$", before, re.I):
            continue  # "seperti diberitakan Kantor Berita X": no object
        if re.search(r"\syang$", before):  # "permohonan yang diajukan Tim X": the noun before "yang" is the object
            nouns = before[:-4].split()
            k = len(nouns)
            while k > 0 and len(nouns) - k < 4 and nouns[k - 1].islower() and not VERB.match(nouns[k - 1]) \
                    and nouns[k - 1] not in ADVERBS and nouns[k - 1] not in _LINKS:
                k -= 1
            before = " ".join(nouns[k:])
            if not before:
                continue
            draft.description, draft.quote = f"yang {active_form(verb.group(1).lower())} {before}", sentence_text
            continue
        if before.endswith(","):
            before = _PLACE_TAIL.sub("", before)  # "Enam orang di Kota A, Jawa B, sudah ditetapkan ...": past the places
        cut = max((m.end() for m in _CLAUSE_START.finditer(before)), default=0)
        subject = _TAIL_WORDS.sub("", " " + before[cut:]).split()
        while subject and subject[0].lower().strip(",") in _OPENING_WORDS:
            subject = subject[1:]  # "Adapun bahaya gas ..."
        if not subject or len(subject) > 10 or subject[0].lower() in _PRONOUNS or not re.search(r"\w", subject[0]) \
                or len(subject) == 1 and (not subject[0][:1].isupper() or cut == 0):
            continue  # "Acara itu disponsori X": one bare noun says too little
        there = [d for d in drafts if d.start == a + cut]
        opening = not before[:cut].strip() or re.search(r"[–—:\"“]\s*$", before[:cut])
        if opening and subject[0][1:].islower() and not any(len(d.tokens) > 1 for d in there) \
                and (common_word(subject[0].lower()) or not there):
            subject[0] = subject[0].lower()  # the sentence's first word, no name
        draft.description = f"yang {active_form(verb.group(1).lower())} {' '.join(subject)}"
        draft.quote = sentence_text
