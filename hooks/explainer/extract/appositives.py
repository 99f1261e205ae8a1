"""Appositives and other descriptions written around a name: "X, juru bicara Y,", "kota pelabuhan
Rusia, Vladivostok,", "X, yang merupakan ...", "X adalah ...", "Kremlin, Istana Kepresidenan Rusia,"."""

from __future__ import annotations

import re

from .lexicon import words
from .nameruns import Draft, Token, is_head, is_unit_title, joined
from .titles import is_description

PRE_APPOSITION_GAP = re.compile(r"(?:\s+(?:saat|kala|ketika) itu)?\s*,\s+")
_APPOSITIVE = re.compile(r",\s+([a-z][^,;:!?()\"“”]*?)(?=\s*(?:,|\.(?:\s|$)|;|:|\(|$))")
_TITLED_APPOSITIVE = re.compile(r",\s+([A-Z][^,;:!?()\"“”]*?)(?:,\s|\.(?:\s|$))")
# "Rusia, yang merupakan anggota tetap Dewan Keamanan PBB" / "Bergen merupakan kota pelabuhan"
_YANG_COPULA = re.compile(r",\s+yang\s+(?:merupakan|adalah|menjadi)\s+([a-z][^,;:!?()\"“”]*?)"
                          r"(?=\s*(?:,|\.(?:\s|$)|;|:|\(|$))")
_COPULA = re.compile(r"\s+(?:(?:juga|pun|kini|memang|masih)\s+)?(?:merupakan|adalah)\s+"
                     r"([a-z][^,;:!?()\"“”]*?)(?=\s*(?:,|\.(?:\s|$)|;|:|\(|$))")
_OPENING = re.compile(r"^\W*(?:(?:[A-Z]\w*\s+itu|Sementara itu|Selain itu|Namun|Kini),\s*)?$")
_INTRO = re.compile(r"^\W*(?:menurut|dilansir|dikutip|seperti dikutip|mengutip|berdasarkan|laporan)\b[^,]*$", re.I)



def attach_appositive(text: str, b: int, tokens: list[Token], draft: Draft, sentence_text: str,
                      following: Draft | None = None, later: list[Draft] | tuple = ()) -> None:
    """ "Budi Hartono, juru bicara Kementerian Luar Negeri, ..." -> "juru bicara Kementerian Luar Negeri".
    `following` is the next name of the sentence, `later` all the names after it: a person named inside the phrase
    makes it a list's next item ("X, Ketua Asosiasi Y Rina Kusuma, dan ..."), not a description of this one."""
    if draft.end < b and text[draft.end] == " ":
        copula = _COPULA.match(text, draft.end, b)  # "Bergen merupakan kota pelabuhan ..."
        if copula and _is_subject(text, b - len(sentence_text), draft):
            _describe(draft, copula.group(1), sentence_text)
        return
    if draft.end >= b or text[draft.end] != ",":  # the other appositive patterns start with a comma
        return
    w = words()
    match = _YANG_COPULA.match(text, draft.end, b) or _APPOSITIVE.match(text, draft.end, b)
    if not match:
        titled = _TITLED_APPOSITIVE.match(text, draft.end, b)
        if titled and following is not None and following.type == "person" and not following.title_only \
                and following.start < titled.end(1):
            return
        if titled and draft.type in ("person", "other") and draft.strength < 3 and not draft.description \
                and (len(draft.tokens) >= 2 or draft.type == "person"):  # "ujar Wiratama, Kuasa Hukum ..."
            phrase = titled.group(1)
            if any(" ".join(phrase.lower().split()[:n]) in w["person_titles"] for n in (1, 2, 3)):
                draft.description, draft.quote = phrase, sentence_text  # "Dewi, Ketua Asosiasi X, ..."
                draft.type, draft.strength = "person", 2
        return
    index = draft.tokens[0].index
    if index and tokens[index - 1].lower in ("ditambahkan", "menurut", "lanjut"):
        return
    person = next((d for d in later if d.type == "person" and not d.title_only), None)
    if person is not None and match.start(1) <= person.start < match.end(1) \
            and not _LINKED.search(text, match.start(1), person.start):
        return  # "X, mantan Ketua Y Rina Kusuma, ...": the title is written before the next person's name
    if following is not None and not following.title_only and 0 <= following.start - match.end() <= 3 \
            and (following.type == "person" or following.tokens[0].text.isupper()):
        return  # "Dirut X, AHL, ketua panitia, AH, ...": the role is the next name's, written before it
    if _INTRO.match(text[b - len(sentence_text):draft.start]):
        return
    inside_phrase = bool(index) and tokens[index - 1].lower in _PLACE_PREP  # "kota di X, yang ...": the town's
    if not _describe(draft, match.group(1), sentence_text) and not inside_phrase:
        _describe_by_clause(draft, match.group(1), sentence_text)


_LINKED = re.compile(r"\b(?:yang|antara|dengan|dan|oleh|dari|untuk|bersama|kepada)\b")
_BRACKETED = re.compile(r"\s*\(([^()]{3,80})\)")


def attach_bracketed_role(text: str, b: int, tokens: list[Token], draft: Draft, sentence_text: str) -> None:
    """ "Abdul Hadi (Ketua Panitia Pelaksana)", "Budi (security officer)": a role in brackets after a name describes
    the person; the name becomes a person."""
    if (draft.description and not is_rank(draft.description)) or draft.type not in ("person", "other") \
            or draft.strength >= 3:
        return
    bracket = text.find("(", draft.end, draft.end + 3)
    match = _BRACKETED.match(text, draft.end, b) if bracket >= 0 else None
    if not match:
        return
    role = match.group(1).strip()
    first = role.split()[0].lower() if role.split() else ""
    titles = words()["person_titles"]
    if not is_description(first):  # "Budi Santoso (Cak Budi)": a nickname, not a role
        return
    if not (first in titles or " ".join(role.lower().split()[:2]) in titles or is_unit_title(first)
            or (role[0].islower() and first in words()["role_nouns"])):
        return
    draft.description, draft.quote = role, sentence_text
    draft.type, draft.strength = "person", max(draft.strength, 2)


_PLACE_PREP = frozenset(("di", "ke", "dari", "dalam"))  # a name after these is inside a larger noun phrase
_CLAUSE_VERB = re.compile(r"^yang\s+(?:(?:juga|kini|telah|sudah|masih)\s+)?(?:ber|ter|me|di)[a-z]{3,}\b")


def _describe_by_clause(draft: Draft, phrase: str, sentence_text: str) -> None:
    """ "Pentagon, yang bermarkas di Virginia," -> "yang bermarkas di Virginia": a relative clause says what an
    organisation, place or event is when no noun phrase does (never for a person: "yang juga ..." of a
    person is what they did)."""
    phrase = phrase.strip()
    if draft.type not in ("organization", "place", "event") or not _CLAUSE_VERB.match(phrase):
        return
    parts = phrase.split()
    if len(parts) > 10:
        return
    draft.description, draft.quote = phrase, sentence_text


def _describe(draft: Draft, phrase: str, sentence_text: str) -> bool:
    """Give `draft` the description `phrase` when it is headed by a role noun ("juru bicara ...",
    "kota pelabuhan ...", "anggota tetap ..."), trimmed; the head's kind may type the draft."""
    w = words()
    phrase = phrase.strip()
    if len(phrase.split()) > 10 and " yang " in phrase:
        phrase = phrase.split(" yang ")[0]
    parts = phrase.split()
    for opener in sorted(w["description_openers"], key=len, reverse=True):
        if phrase.lower().startswith(opener + " "):
            parts = phrase[len(opener) + 1:].split()
            break
    if not parts:
        return False
    head1, head2 = parts[0].lower(), " ".join(parts[:2]).lower()
    if head1 not in w["role_nouns"] and head2 not in w["role_nouns"]:
        return False
    if len(parts) > 8:
        for i in range(3, len(parts)):
            if parts[i] in ("dalam", "pada", "sejak", "yang", "saat", "ketika", "untuk"):
                parts = parts[:i]
                break
    parts = parts[:14]
    kind = noun_kind(head1, head2)
    if draft.type == "person" and kind != "person":
        return False
    if draft.type in ("organization", "place", "event") and draft.strength >= 2 and kind == "person" \
            and (head1 in w["person_titles"] or head2 in w["person_titles"]) and head1 not in _MEMBERSHIP:
        return False  # "Dewan Kota, ketua Dewan Desa, dan ...": a person's title is no body's description (a list goes on)
    description = " ".join(parts)
    draft.description = description
    draft.quote = sentence_text
    if kind and draft.strength < 2:
        draft.type, draft.strength = kind, 2
    elif kind == "person" and (draft.type == "other" or draft.type == "place" and draft.strength < 2):
        draft.type, draft.strength = "person", 2
    return True


_MEMBERSHIP = frozenset(("anggota", "mitra", "sekutu", "partner", "rekan"))  # bodies are members and partners too


def noun_kind(head1: str, head2: str) -> str:
    w = words()
    for kind, key in (("event", "event_nouns"), ("place", "place_nouns"), ("organization", "organization_nouns")):
        if head2 in w[key] or head1 in w[key]:
            if kind == "place" and head2 in w["organization_nouns"]:
                return "organization"
            return kind
    return "person"


def _is_subject(text: str, a: int, draft: Draft) -> bool:
    """Whether `draft` opens its sentence (after at most a short opener)."""
    return bool(_OPENING.match(text[a:draft.start]))


_FUNCTION = frozenset(("yang", "dan", "atau", "serta", "di", "ke", "dari", "oleh", "kepada", "untuk", "dengan",
                       "pada", "bahwa", "itu", "ini", "tersebut", "melalui", "seperti", "sebagai", "adalah",
                       "merupakan", "kata", "ujar", "sementara", "menurut", "bagi", "atas", "dalam", "antara"))
_RANKS_BEFORE = re.compile(r"(?:\s*\b[A-Z][a-z]*\.?)+\s*$")
_LIST_AFTER = re.compile(r"^\s*,?\s*(?:dan|serta|atau)\b")
_CLOSED_AFTER = re.compile(r"^\s*(?:[,.;:(]|$)")


def is_rank(phrase: str | None) -> bool:
    """Whether `phrase` is only a military or police rank ("Brigadir Jenderal"): a title, not a role."""
    if not phrase:
        return False
    ranks = words()["ranks"]
    rest = phrase.lower().split()
    while rest:
        for n in (3, 2, 1):
            if " ".join(rest[:n]) in ranks:
                rest = rest[n:]
                break
        else:
            return False
    return True


def attach_pre_appositive(text: str, a: int, b: int, tokens: list[Token], drafts: list[Draft], i: int,
                          sentence_text: str) -> None:
    """ "kelompok bayaran Rusia, Wagner." / "agensi berita negara Korea Utara, KCNA," -> the phrase before the
    comma describes the name after it, when the name is closed off (a comma, stop or bracket follows, not a
    list's "dan"). A rank between comma and name is skipped; "X, melalui juru bicaranya, <Name>" gives
    "juru bicara X"."""
    draft = drafts[i]
    if draft.description and not is_rank(draft.description):
        return
    before = text[a:draft.start]
    if draft.description:  # a rank written right before the name
        ranks = _RANKS_BEFORE.search(before)
        if not ranks or not is_rank(before[ranks.start():].strip()):
            return
        before = before[:ranks.start()]
    if not before.rstrip().endswith(",") or not _CLOSED_AFTER.match(text[draft.end:b]) \
            or _LIST_AFTER.match(text[draft.end:b]):
        return
    cut = len(before.rstrip()) - 1  # the comma
    phrase = [t for t in tokens if a <= t.start and t.end <= a + cut]
    end = a + cut
    while phrase and phrase[-1].lower in ("yakni", "yaitu", "ialah", "adalah"):  # "dua provinsi yakni, X"
        end = phrase.pop().start
    chosen: list[Token] = []
    for token in reversed(phrase):
        gap = text[token.end:chosen[0].start] if chosen else text[token.end:end].rstrip()
        if gap.strip() or token.lower in _FUNCTION:
            break
        chosen.insert(0, token)
        if len(chosen) == 7:
            break
    w = words()
    start = next((k for k, t in enumerate(chosen) if not t.cap and (
        t.lower in w["role_nouns"] or t.lower.removesuffix("nya") in w["role_nouns"]
        or " ".join(x.lower for x in chosen[k:k + 2]) in w["role_nouns"])), None)
    if start is None:
        return
    lower = [t for t in chosen[start:] if not t.cap]
    if draft.type != "person" and len(lower) < 2 and len(lower) < len(chosen) - start:
        return  # "kota Cekmekoy, Istanbul": the head noun names Cekmekoy; Istanbul is where it lies
    description = joined(text, chosen[start:])
    if description.endswith("nya") and " " in description:  # "juru bicaranya": of the sentence's subject
        subject = next((d for d in drafts[:i] if d.type in ("organization", "place") and not d.title_only), None)
        if subject is None:
            return
        description = description[:-3] + " " + joined(text, subject.tokens)
    if draft.type == "place" and draft.strength >= 2 and noun_kind(*_heads(description)) == "person":
        return  # "keluarga korban insiden di Stadion X, Muara Jingga": a place after a phrase about people
    if draft.description:
        draft.description = None
    _describe(draft, description, sentence_text)


def _heads(phrase: str) -> tuple[str, str]:
    parts = phrase.lower().split()
    return (parts[0] if parts else ""), " ".join(parts[:2])


def attach_location(text: str, drafts: list[Draft], i: int, sentence_text: str) -> None:
    """ "Stadion Bayu Perkasa, Kabupaten Muara, Jawa Barat": a named building or district followed by the places it
    lies in is described as "stadion di Kabupaten Muara, Jawa Barat"."""
    draft = drafts[i]
    if draft.description or draft.type != "place" or len(draft.tokens) < 2 or draft.tokens[0].lower in _ADMIN \
            or not is_head(draft.tokens[0].lower):
        return
    chain, end = [], draft.end
    for after in drafts[i + 1:]:
        if after.type != "place" or not re.fullmatch(r",\s+", text[end:after.start]):
            break
        chain.append(after)
        end = after.end
    if chain and not _LIST_AFTER.match(text[end:end + 8]):  # not a list going on ("X, Y, dan Z")
        draft.description = f"{draft.tokens[0].lower} di {text[chain[0].start:chain[-1].end]}"
        draft.quote = sentence_text


_ADMIN = frozenset(("kabupaten", "kota", "provinsi", "negara", "wilayah", "daerah", "kawasan"))


def attach_head_noun(text: str, tokens: list[Token], draft: Draft, before: list[Token]) -> None:
    """ "kota pelabuhan Vladivostok", "pandemi Covid-19": lower-case nouns right before a name say what it is
    (two or more words: the description; the first word's kind: the type when nothing stronger says)."""
    if draft.description or not before or re.match(r"\s*,\s+[A-Z]", text[draft.end:draft.end + 3]):
        return  # "kota pelabuhan Rusia, Vladivostok": the nouns describe the name after the comma
    w = words()
    start = next((k for k, t in enumerate(before) if t.lower in w["role_nouns"]
                  or " ".join(x.lower for x in before[k:k + 2]) in w["role_nouns"]), None)
    if start is None or any(t.lower in _FUNCTION for t in before[start:]) \
            or before[-1].lower in ("yakni", "yaitu", "adalah", "ialah"):  # "dua provinsi yakni X": a list
        return
    head1 = before[start].lower
    head2 = " ".join(t.lower for t in before[start:start + 2])
    if head1 in w["relational_nouns"] or head2 in w["relational_nouns"]:
        return  # "ibu kota Korea Utara": the nouns name another place, related to this one
    if head1 in w["product_nouns"] or head2 in w["product_nouns"]:
        if draft.strength < 3:
            draft.type, draft.strength = "other", 2
        return
    kind = noun_kind(head1, head2)
    if draft.type == "person" and draft.strength >= 2 or kind == "person":
        return
    if draft.strength < 2:
        draft.type, draft.strength = kind, 1 if draft.strength < 1 else draft.strength
    # "kota pelabuhan Vladivostok" says what Vladivostok is; "kantor redaksi Liputan6" is Liputan6's office
    if len(before) - start >= 2 and kind in ("place", "event") and draft.type == kind:
        draft.description = joined(text, before[start:])


def join_named_apposition(text: str, a: int, b: int, drafts: list[Draft], i: int, sentence_text: str) -> None:
    """ "Kremlin, Istana Kepresidenan Rusia, dikatakan ..." / "Parlemen Israel, Knesset, menolak ...": of two
    names in apposition, the one headed by a common head noun ("Istana", "Parlemen") describes the other and is
    another form of it. Only when the pair is closed by a comma or stop and a lower-case word (the predicate)
    follows, so that lists ("Jakarta, Kabupaten Bogor, Depok") stay apart."""
    if i + 1 >= len(drafts):
        return
    first, second = drafts[i], drafts[i + 1]
    if first.title_only or second.title_only or text[first.end:second.start].strip() != ",":
        return
    after = text[second.end:b]
    if not re.match(r"^\s*,\s+[a-z]", after) or _LIST_AFTER.match(after):
        return
    if text[a:first.start].rstrip().endswith(","):
        return
    headed = [d for d in (first, second) if len(d.tokens) >= 2 and is_head(d.tokens[0].lower)]
    if len(headed) != 1:
        return
    described = second if headed[0] is first else first
    if described.type == "person" or is_head(described.tokens[0].lower):
        return
    phrase = joined(text, headed[0].tokens)
    described.description, described.quote = phrase, sentence_text
    headed[0].same_as = joined(text, described.tokens)
