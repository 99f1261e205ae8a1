"""Titles: where a name starts after a title, the title written before a name, acronym definitions."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .lexicon import gazetteer_lookup, is_acronym, last_words, name_key, personal_name, region_level, words
from .nameruns import SPACE_GAP, Token, gazetteer_span, is_head, joined, org_headed, rank_length, title_length


@dataclass
class Context:
    """What the whole article says, used to cut titles from names."""

    multi: set[str]  # name keys of capitalised runs of 2+ words that carry no title
    single: set[str]  # name keys of one-word runs
    name_tokens: set[str] = field(default_factory=set)  # words of those multi-word runs
    # name_start answers by (words as written, untitled): words separated by spaces only, so the
    # text alone fixes the tokens, and the answer depends on nothing else once the context is complete.
    name_starts: dict[tuple[str, bool], int] = field(default_factory=dict)
    # name keys of places the article names after a place head word ("Sleman" of "Kabupaten Sleman"): such a
    # word after "Bupati" is the region, not the first word of the person's name
    places: set[str] = field(default_factory=set)



def words_before(text: str, tokens: list[Token], first: Token) -> list[Token]:
    """Up to three lower-case words right before `first`, separated only by spaces."""
    index = first.index
    out: list[Token] = []
    position = first.start
    for token in reversed(tokens[max(0, index - 3):index]):
        if token.cap:
            break
        gap = text[token.end:position]
        if gap != " " and not SPACE_GAP.fullmatch(gap):
            break
        out.insert(0, token)
        position = token.start
    return out


def title_before(before: list[Token]) -> str:
    """A lower-case title right before a name ("juru bicara", "pemimpin"), or ""."""
    if not before or before[-1].lower not in last_words("person_titles"):
        return ""
    titles = words()["person_titles"]
    for n in range(len(before), 0, -1):
        phrase = " ".join(t.lower for t in before[-n:])
        if phrase in titles and phrase not in ("ibu", "bapak", "pak", "bu", "anggota"):
            return " ".join(t.text for t in before[-n:])
    return ""


def is_description(title: str) -> bool:
    honorifics = {"bapak", "ibu", "pak", "bu", "mbak", "mas", "tuan", "nyonya", "sdr.", "dr.", "drs.", "cak", "gus",
                  "kang", "bung", "bang", "daeng",
                  "ir.", "prof.", "prof", "dr", "h.", "hj.", "haji", "hajah", "mr.", "mrs.", "ms.", "sir",
                  "almarhum", "mendiang", "nona", "kh", "kiai", "habib", "ustaz", "ustadz"}
    return bool(title) and title.lower() not in honorifics


def name_start(text: str, rest: list[Token], context: Context, untitled: bool = False) -> int:
    """Where the name starts in the words after a title ("Rusia Vladimir Putin" -> 1): each cut is
    scored by what the article shows on its own elsewhere (the name, its short form, the qualifier
    before it), by gazetteer names and head words, and by the usual length of a name."""
    if not rest:
        return 0
    key = (joined(text, rest), untitled)
    if key not in context.name_starts:
        context.name_starts[key] = _best_name_start(text, rest, context, untitled)
    return context.name_starts[key]


def name_after_qualifier(text: str, rest: list[Token], context: Context) -> int:
    """Where the name starts in words that surely hold a qualifier and a name ("Kabupaten Bantul Budi
    Hartono" after "Kepala Dinas ... di"): the best cut leaving a qualifier and a name; 0 when none scores."""
    return _best_name_start(text, rest, context, untitled=False, forced=True)


def _best_name_start(text: str, rest: list[Token], context: Context, untitled: bool, forced: bool = False) -> int:
    ranked = _after_last_rank(rest)
    if ranked:  # "Polres Bandar Jaya Kompol | Wahyu Setiadi": a rank stands right before the name
        return ranked
    if forced:
        best, best_score = 0, 0.0
    elif untitled:
        best, best_score = 0, 4.9
    else:
        best, best_score = len(rest), _no_name_score(text, rest, context)
    # Word flags of the name part, for every possible start k: "some word from k on is a head or
    # tail word", "some word from k on is a gazetteer name".
    w = words()
    headed = [False] * (len(rest) + 1)
    listed = [False] * (len(rest) + 1)
    for k in range(len(rest) - 1, -1, -1):
        token = rest[k]
        headed[k] = headed[k + 1] or is_head(token.lower) or token.lower in w["organization_tails"] \
            or token.lower in w["event_heads"]
        listed[k] = listed[k + 1] or gazetteer_lookup(token.text) is not None \
            or (region_level(name_key(token.text)) == 2 and not personal_name(name_key(token.text)))
    for k in range(1 if forced else 0, len(rest)):
        score = _cut_score(text, rest[:k], rest[k:], context, headed[k], listed[k])
        if score > best_score:
            best, best_score = k, score
    return best


def _after_last_rank(rest: list[Token]) -> int:
    """Where the name starts after the last rank of `rest` when one to four name words follow it; else 0."""
    position, end = 0, 0
    while position < len(rest):
        n = rank_length(rest, position)
        if n:
            end = position + n
            position += n
        else:
            position += 1
    if not end or not 1 <= len(rest) - end <= 4:
        return 0
    if any(is_acronym(t.text) and len(t.text) > 2 for t in rest[end:]) or title_length(rest[end:]):
        return 0
    return end


def _no_name_score(text: str, rest: list[Token], context: Context) -> float:
    key = name_key(joined(text, rest))
    if key in context.multi or key in context.single or gazetteer_lookup(joined(text, rest)):
        return 4.0
    if len(rest) > 1 and (region_level(name_key(rest[-1].text)) == 2 or gazetteer_lookup(rest[-1].text)):
        return 3.0  # "Humas RSHK Muara": an organisation and where it is
    if is_head(rest[0].lower) or is_org_tail(rest[-1]) or org_headed(rest):
        # a long organisation after a title usually ends in the person's name ("Kasubbag Humas RSUD X Y Z")
        return 2.0 if len(rest) >= 4 and not is_org_tail(rest[-1]) else 3.5
    return 0.0


def _cut_score(text: str, qualifier: list[Token], name: list[Token], context: Context, headed: bool,
               listed: bool) -> float:
    """Score of reading `name` as the name after `qualifier`; `headed`/`listed`: some word of `name`
    is a head or tail word / a gazetteer name."""
    w = words()
    score = 0.0
    if qualifier and ((is_head(qualifier[-1].lower) and not (
            len(qualifier) > 1 and qualifier[-1].lower in _NAME_WORD_HEADS)) or title_length(qualifier[-1:])
                      or " ".join(t.lower for t in qualifier[-2:]) in w["organization_heads"]):
        return -10.0  # "Kabupaten" | "Muara Jingga": a head word needs the name after it
    if qualifier:
        qtext = joined(text, qualifier)
        qkey = name_key(qtext)
        if gazetteer_lookup(qtext) or gazetteer_span(qualifier, 0, text) == len(qualifier):
            score += 3
        elif qkey in context.multi or qkey in context.single or qkey in context.places:
            score += 3
        elif region_level(qkey) == 2 or (len(qualifier) > 1 and is_head(qualifier[0].lower)
                                         and region_level(name_key(joined(text, qualifier[1:])))) \
                or (len(qualifier) > 1 and len(name) > 1 and region_level(name_key(qualifier[-1].text)) == 2
                    and not personal_name(name_key(qualifier[-1].text))):
            score += 2.5  # "Jawa Tengah", "Kabupaten Sleman", "RSUD X Muara": where the body is ends the qualifier
        elif is_head(qualifier[0].lower) or org_headed(qualifier) or is_org_tail(qualifier[-1]) \
                or is_acronym(qualifier[0].text) or any(is_head(t.lower) for t in qualifier[:-1]) \
                or any(ORG_SHAPE.match(t.text) for t in qualifier):
            score += 1
        elif qualifier[-1].lower in w["title_continuations"]:
            score += 0.5
        else:
            score -= 0.5  # nothing says these words are not the start of the name
        if is_acronym(qualifier[-1].text) and len(qualifier) > 1 and not is_acronym(name[0].text):
            score += 1  # "Tim Pemenangan RDS" | "Bagas Wiryo": a short form in capitals closes the body's name
        score -= (0, 1.5, 2)[personal_name(name_key(qualifier[-1].text))]  # "Sri" | "Wulandari": a given name
        if any(personal_name(name_key(t.text)) == 2 for t in qualifier[:-1]):
            score -= 1.5  # "RSUD X Fandi | Irawan Saputra": a given name inside is the name's start
    nkey = name_key(joined(text, name))
    if headed or is_acronym(name[0].text) or any(is_acronym(t.text) and len(t.text) > 2 for t in name):
        score -= 3
    score += 0.5 * max(personal_name(name_key(t.text)) for t in name)  # a common given or family name in it
    if listed:
        score -= 3
    if len(name) >= 2 and nkey in context.multi:
        score += 5
    elif len(name) == 1 and nkey in context.single:
        score += 3 if nkey not in context.places else 0  # "Korban Tragedi | Muara" of "Stadion Muara": a place
    else:
        if name_key(name[0].text) in context.single and len(name) <= 3:
            score += 2
        if name_key(name[-1].text) in context.single and 2 <= len(name) <= 3:
            score += 2
    score += {1: 0.0, 2: 1.0, 3: 0.9, 4: 0.5}.get(len(name), -3)
    if name[0].lower in w["name_openers"] and len(name) >= 2:
        score += 3.0 if name[0].lower in ("i", "ni") else 1.5
    if qualifier and qualifier[-1].lower in w["name_openers"]:
        score -= 3
    if name[0].lower in w["name_particles"]:
        score -= 3
    return score


# An organisation's shape: a capital inside the word ("NusaCloud", "KemenPAN") or a ministry's short form ("Kemensos").
ORG_SHAPE = re.compile(r"^[A-Z][a-z]+[A-Z][A-Za-z]*$|^Kemen[a-z]{2,}$")
# Geographic heads that also end names ("PT Sinar Laut", "Hotel Bukit"): after another word they need no name.
_NAME_WORD_HEADS = frozenset(("laut", "gunung", "pulau", "teluk", "danau", "sungai", "pantai", "bukit", "tanjung",
                              "muara", "lembah", "samudra", "samudera", "selat", "hutan"))


def is_org_tail(token: Token) -> bool:
    return token.lower in words()["organization_tails"] or token.lower in words()["place_tails"]


def with_openers(tokens: list[Token], start: int) -> int:
    openers = words()["name_openers"]
    while start > 1 and (tokens[start - 1].lower in openers or tokens[start - 1].lower in words()["name_particles"]):
        start -= 1
    return start


