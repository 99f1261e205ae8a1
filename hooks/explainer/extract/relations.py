"""Roles tied to a name by a word: "X selaku Ketua Y", "X yang sebelumnya menjabat Kapolres Y", "korban ke-40 ini
bernama X", "dua kota yang ... adalah X dan Y", and the body a leader's title names ("yang diketuai X")."""

from __future__ import annotations

import re

from .appositives import is_rank, noun_kind
from .lexicon import words
from .nameruns import Draft, joined
from .predicates import ADVERBS, VERB
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
_SHORT_FORM = re.compile(r"\s*(\(\s*[A-Z][\w.-]{1,20}\s*\))")


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
    short = _SHORT_FORM.match(rest, stop.start()) if stop else None
    if short and len(role.split()) < MAX_WORDS:  # "selaku Ketua Badan Riset Pangan (BRP)": the title's short form
        role = f"{role} {short.group(1)}"
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


# "dua kota yang mengalami deflasi adalah A dan B", "tiga hakim yang hadir yakni A, B, dan C"
_COPULA_BEFORE = re.compile(r"\s+(adalah|ialah|yakni|yaitu|seperti|di antaranya|diantaranya|antara lain|termasuk)"
                            r"\s*,?\s+$")
_COPULAS = ("adalah", "ialah", "yakni", "yaitu", "seperti", "antaranya", "antara lain", "termasuk")
_PHRASE_START = re.compile(r"[,;:\"“”(]\s*")
_COUNT = frozenset(("dua", "tiga", "empat", "lima", "enam", "beberapa", "sejumlah", "para", "kedua", "ketiga",
                    "salah", "satu", "sebuah", "seorang", "untuk", "adapun", "sementara", "itu", "sedangkan"))
_AMONG = frozenset(("di antaranya", "diantaranya", "antara lain", "termasuk"))
_COUNTERS = frozenset(("dua", "tiga", "empat", "lima", "enam", "beberapa", "sejumlah", "para", "kedua", "ketiga",
                       "keempat", "kelima", "keenam"))
_LIST_ITEM_GAP = re.compile(r"(?:\s*\([^()]{1,20}\))?[^A-Z.;:!?\"“”()]{0,40}?(?:,\s+dan\s+|,\s+serta\s+|,\s+|\s+dan\s+"
                            r"|\s+serta\s+|\s+hingga\s+)")


def attach_listed_copula(text: str, a: int, drafts: list[Draft], sentence_text: str) -> None:
    """ "Dua kota yang mengalami deflasi adalah Kota A dan Kota B", "sejumlah politikus partai, di antaranya A dan B":
    the noun phrase before "adalah"/"yakni"/"di antaranya" describes each name of the list after it."""
    if not any(w in sentence_text for w in _COPULAS):
        return
    for k, first in enumerate(drafts):
        copula = _COPULA_BEFORE.search(text, a, first.start)
        if not copula or first.title_only:
            continue
        before = text[a:copula.start()].rstrip()
        before = before[:-1] if before.endswith(",") else before  # "beberapa provinsi, antara lain A dan B"
        cut = max((m.end() for m in _PHRASE_START.finditer(before)), default=0)
        where = _WHERE.match(" ".join(before[cut:].split()))
        if where and where.group("noun").lower() in words()["place_nouns"] and not _ANAPHORA.search(where.group("who")):
            # "pasangan A-B unggul di dua provinsi yakni X dan Y": "provinsi tempat pasangan A-B unggul"
            kind = where.group("noun").lower()
            _describe_list(text, drafts, k, f"{kind} tempat {where.group('who')}", sentence_text, "place")
            return
        parts = before[cut:].split()
        if copula.group(1) in _AMONG:  # "Tampak sejumlah politikus X di antaranya A": the counted noun phrase
            parts = parts[max((i for i, part in enumerate(parts) if part.lower() in _COUNTERS), default=0):]
        counted = bool(parts) and (parts[0].lower() in _COUNT or parts[0].isdigit())
        if copula.group(1) in ("seperti", "termasuk") and not counted:
            continue  # "seperti" lists examples of a counted noun only: "beberapa provinsi ... seperti A dan B"
        while parts and (parts[0].lower() in _COUNT or parts[0].isdigit()):
            parts = parts[1:]
        if not parts or len(parts) > 12 or any(d.start < copula.start() and d.end > a + cut for d in drafts[:k]
                                               if not d.title_only and d.type == "person"):
            return
        head1, head2 = parts[0].lower(), " ".join(parts[:2]).lower()
        w = words()
        if head1 not in w["role_nouns"] and head2 not in w["role_nouns"] and not _title_words(" ".join(parts)):
            return
        phrase = " ".join([parts[0].lower() if parts[0][1:].islower() else parts[0], *parts[1:]])
        noun = 2 if head2 in w["role_nouns"] else 1
        if len(parts) > noun and (parts[noun] in ADVERBS or VERB.match(parts[noun])):
            # "provinsi belum bisa melakukan ..." -> "provinsi yang belum bisa melakukan ..."
            phrase = " ".join(phrase.split()[:noun] + ["yang"] + parts[noun:])
        _describe_list(text, drafts, k, phrase, sentence_text, noun_kind(head1, head2))
        return


# "<who> <verb> di <count> <place noun>": where the listed places are
_WHERE = re.compile(r"^(?P<who>(?:\S+\s+){1,9}?\S+)\s+di\s+(?:(?:dua|tiga|empat|lima|beberapa|sejumlah|\d+)\s+)?"
                    r"(?P<noun>\w+)$", re.I)
_ANAPHORA = re.compile(r"\b(?:ini|itu|tersebut|mereka|ia|dia)\b", re.I)


def _describe_list(text: str, drafts: list[Draft], k: int, phrase: str, sentence_text: str, kind: str) -> None:
    """Give `phrase` to the names listed from drafts[k] on ("A, B, dan C")."""
    listed = [drafts[k]]
    for after in drafts[k + 1:]:
        if after.title_only or not _LIST_ITEM_GAP.fullmatch(text, listed[-1].end, after.start):
            break
        listed.append(after)
    for draft in listed:
        if (draft.description and not is_rank(draft.description)) or draft.strength >= 3 and draft.type == "person":
            continue
        if (kind == "person") != (draft.type == "person") and draft.type != "other":
            continue
        value = _ITEM_VALUE.match(text, draft.end)  # "adalah Kota A sebesar 0,64 persen dan Kota B ..."
        draft.description = f"{phrase} sebesar {value.group(1)}" if value else phrase
        draft.quote = sentence_text
        if draft.type == "other" and draft.strength < 2:
            draft.type = kind


_ITEM_VALUE = re.compile(r"\s+(?:sebesar\s+|yakni\s+)?(-?\d[\d.,]*\s*(?:persen|%))")


# A title that leads a body, and how the body is then said to be led.
_LEADERS = {"ketua": "diketuai", "ketua umum": "diketuai", "presiden": "dipimpin", "kepala": "dipimpin",
            "direktur": "dipimpin", "direktur utama": "dipimpin", "dirut": "dipimpin", "pemimpin": "dipimpin",
            "pimpinan": "dipimpin", "rektor": "dipimpin", "komandan": "dipimpin", "koordinator": "dikoordinasi"}


def attach_led_by(text: str, a: int, drafts: list[Draft], sentence_text: str) -> None:
    """ "Ketua Umum Partai Karya Dewi Lestari": the body in a leader's title is "yang diketuai Dewi Lestari" (a
    clause the glossary uses only when nothing else says what the body is)."""
    for person in drafts:
        role = person.description
        if person.type != "person" or person.title_only or not role or not role[:1].isupper():
            continue
        start = text.rfind(role, a, person.start)
        if start < 0 or text[start + len(role):person.start].strip(" ,") != "":
            continue
        for body in drafts:
            if body.type != "organization" or body.description or body.title_only \
                    or not (start < body.start and body.end <= start + len(role)):
                continue
            verb = _LEADERS.get(" ".join(text[start:body.start].lower().split()))
            if verb:
                body.description, body.quote = f"yang {verb} {joined(text, person.tokens)}", sentence_text


# "majelis hakim PN Kota yang diketuai (hakim) X", "tim yang dipimpin oleh X": the person leads the body before "yang"
_LED_BODY = re.compile(r"(?P<body>(?:[\w.-]+\s+){1,6}?)yang\s+di\s?(?P<verb>ketuai?|pimpin)\s+(?:oleh\s+)?"
                       r"(?:[a-z]+\s+){0,2}$")
_PRONOUNS = frozenset(("mereka", "kami", "kita", "ia", "dia", "beliau"))
_BODY_STOP = frozenset(("oleh", "dari", "kepada", "dengan", "dan", "atau", "di", "ke", "pada", "untuk", "bahwa", "itu",
                        "ini", "tersebut", "adalah", "yakni", "yaitu"))


def attach_leader(text: str, a: int, drafts: list[Draft], sentence_text: str) -> None:
    """ "putusan dibacakan majelis hakim PN Kota yang diketuai hakim Rudi Hartono": the person is "ketua majelis
    hakim PN Kota" (a led body's name before "yang"; "dipimpin" gives "pemimpin ...")."""
    if " yang di" not in sentence_text:
        return
    for draft in drafts:
        if draft.title_only or draft.type not in ("person", "other") or draft.strength >= 3 \
                or (draft.description and (draft.description[:1].isupper() or " " in draft.description)):
            continue
        led = _LED_BODY.search(text, max(a, draft.start - 90), draft.start)
        if not led:
            continue
        body = list(re.finditer(r"\S+", led.group("body")))
        k = len(body)
        while k > 0 and body[k - 1].group().lower() not in _BODY_STOP and not VERB.match(body[k - 1].group()) \
                and body[k - 1].group() not in ADVERBS and not re.search(r"[,;:\"“”()]", body[k - 1].group()):
            k -= 1
        if k == len(body):
            continue
        opening = not text[a:led.start("body") + body[k].start()].strip()
        words_ = [m.group() for m in body[k:]]
        # "Hasil kerja Tim Gabungan X yang diketuai ...": the body starts at its head noun or its name
        start = next((i for i in range(len(words_) - 1) if _names_a_body(words_[i:], opening and i == 0)), None)
        if start is None:
            continue
        names = words_[start:]
        lead = "ketua" if led.group("verb").startswith("ketua") else "pemimpin"
        draft.description, draft.quote = f"{lead} {' '.join(names)}", sentence_text
        draft.type, draft.strength = "person", max(draft.strength, 2)


def _names_a_body(body: list[str], opening: bool) -> bool:
    """Whether the words before "yang diketuai" name a body: headed by a noun of bodies or roles ("majelis hakim ...",
    "tim ..."), or a name (capitalised, not only because it opens the sentence)."""
    w = words()
    heads = (body[0].lower(), " ".join(body[:2]).lower())
    if heads[0] in _BODY_STOP or heads[0] in _PRONOUNS:
        return False
    if any(h in w["role_nouns"] or h in w["person_titles"] or h in w["organization_nouns"]
           or h in w["organization_heads"] for h in heads):
        return True
    return body[0][:1].isupper() and not opening
