"""Find the named entities of one article's body with rules, capitalisation, context cues and a gazetteer
(name words and runs in nameruns.py, one run's drafts in pieces.py, titles in titles.py, appositives in
appositives.py, acronyms in acronyms.py)."""

from __future__ import annotations

import bisect
import re
from collections import Counter
from dataclasses import dataclass

from ..ingest.boilerplate import words as words_of
from ..model import ENTITY_TYPES, Article
from .acronyms import define_acronyms
from .appositives import (PRE_APPOSITION_GAP, attach_appositive, attach_bracketed_role, attach_head_noun,
                          attach_location, attach_pre_appositive, is_rank, join_named_apposition)
from .lexicon import common_phrase, gazetteer_lookup, is_acronym, name_key, region_level, words
from .nameruns import Draft, Token, capitalised_runs, is_head, joined, sentence_tokens, split_run, strip_leading
from .changes import attach_changes
from .containers import attach_container, attach_venue
from .movements import attach_movement
from .predicates import attach_agent, attach_list_predicate, attach_predicate
from .relations import (attach_led_by, attach_leader, attach_linked_role, attach_listed_copula,
                        attach_named_role)
from .pieces import Piece, piece_drafts, split_pair, titled, titles_before_acronym, typed
from .sentences import sentence_spans
from .titles import Context, name_after_qualifier, words_before

TYPES = ENTITY_TYPES


@dataclass(frozen=True)
class Mention:
    """One entity mention in a body block, with the evidence the corpus-wide merge needs.

    `resolved` is the fullest form of the same entity found in this article ("Hartono" ->
    "Budi Hartono", "BPS" -> "Badan Pusat Statistik"); None when a short form fits two
    different entities of the article. `strength` ranks the type guess: 3 gazetteer, 2 a cue in
    the name itself (title, "Kabupaten ...", "... Center"), 1 a context cue, 0 a default.
    """

    block: int
    start: int
    end: int
    surface: str
    type: str
    strength: int
    sentence: int  # index of the sentence in the block (for its anchor)
    resolved: str | None
    initial: bool = False  # one capitalised word opening a sentence, with no other support
    description: str | None = None  # a title or appositive written next to this mention
    quote: str | None = None  # the sentence the description comes from
    expansion: str | None = None  # "Full Name" for "ACR" (and "ACR" for "Full Name") in "Full Name (ACR)"


# ---------------------------------------------------------------------------------------------
# Per-article extraction
# ---------------------------------------------------------------------------------------------

def find_mentions(article: Article) -> list[Mention]:
    """Every entity mention in the body of `article`, in reading order (pure; cacheable)."""
    sentences: list[tuple[int, int, int, int, str, list[Token], list[Piece]]] = []
    context = Context(set(), set())
    piece_keys: set[str] = set()
    headline = [block.kind != "p" or _headline_like(block.text) for block in article.blocks]
    for block_index, block in enumerate(article.blocks):
        text = block.text
        for sentence_index, (a, b) in enumerate(sentence_spans(text)):
            tokens = sentence_tokens(text, a, b)
            pieces = [titled(text, tokens, p) for run in capitalised_runs(text, tokens)
                      for p in map(strip_leading, split_run(run)) if p]
            sentences.append((block_index, sentence_index, a, b, text, tokens, pieces))
            if headline[block_index]:
                continue
            for piece, title_n, lower_title in pieces:
                piece_keys.add(name_key(joined(text, piece)))
                if not title_n and not lower_title:
                    key = name_key(joined(text, piece))
                    (context.multi if len(piece) > 1 else context.single).add(key)
                    head = next((k for k, t in enumerate(piece[:2]) if t.lower in words()["place_heads"]), None)
                    if head is not None and len(piece) > head + 1:  # "(Pemerintah) Kabupaten Lereng Biru"
                        context.places.add(name_key(joined(text, piece[head + 1:])))
    context.name_tokens = {t for key in context.multi for t in key.split()}
    credits = [_credit_spans(block.text) for block in article.blocks]  # once per block: linear in its length
    if article.blocks:
        credits[0] = sorted(credits[0] + _dateline_outlet(article.blocks[0].text))
    known = Counter(t for key in piece_keys for t in set(key.split()))
    drafts: list[Draft] = []
    for block_index, sentence_index, a, b, text, tokens, pieces in sentences:
        if "-" in text[a:b]:
            pieces = [p for piece in pieces for p in split_pair(text, tokens, piece, known)]
        found = _sentence_drafts(text, a, b, tokens, pieces, block_index, sentence_index, context)
        if headline[block_index]:  # a heading's capitals say nothing: the names the body writes, or a sure one
            found = [d for d in found if name_key(joined(text, d.tokens)) in context.multi | context.single
                     or d.strength >= 3]
        drafts.extend(d for d in found if not _inside(credits[block_index], d.start))
    return attach_changes(article, _resolve(article, drafts))


def _headline_like(text: str) -> bool:
    """A paragraph written as a headline ("Wali Kota Bertemu Warga, Bahas Apa?"): one short line, not ended by a
    full stop, nearly every word capitalised. Its capitals mark no names, as a heading's do not."""
    if text.rstrip().endswith((".", ":", ";", ",")):  # most paragraphs: decided without reading their words
        return False
    tokens = words_of(text)
    if not HEADLINE_WORDS[0] <= len(tokens) <= HEADLINE_WORDS[1]:
        return False
    return sum(token[0].isupper() for token in tokens) >= HEADLINE_CAPITALS * len(tokens)


HEADLINE_WORDS = (4, 16)  # words of a headline-like paragraph: fewer is a label, more a sentence
HEADLINE_CAPITALS = 0.8  # share of its words capitalised (a headline leaves "di", "dan", "yang" small)


# Photo credits and teaser lines left in a paragraph name photographers and headlines, not the story's entities.
_CREDIT_HINT = re.compile(r"(?i:foto|dok\.|ilustrasi|baca juga|image|gambar|simak|via (?:instagram|twitter|face|tik|you|x))"
                          r"|/\s*[A-Za-z*]{1,5}\s*\)")
# Photo credits, captions, editors' codes ("(ant/rhm)") and teasers left in a paragraph
_CREDIT = re.compile(r"[(\[](?i:foto|dok\.|ilustrasi|sumber foto)\s*[:.]?[^()\[\]]*[)\]]"
                     r"|\([^()]{0,60}\bvia\s+(?i:instagram|twitter|facebook|tiktok|youtube|x)\b[^()]*\)"
                     r"|^\s*(?i:image|gambar|foto|ilustrasi)\s*:.*$|^.*\[(?i:foto|dok\.)\s*:[^\]]*\]\s*$"
                     r"|^\s*(?i:simak)\b.*(?i:video).*$"
                     r"|\(\s*[A-Za-z*]{1,5}(?:\s*/\s*[A-Za-z*]{1,5})+\s*\)"
                     r"|\b[A-Z]+\s+(?i:foto)\s*/.*$|(?i:^\s*baca\s+juga\s*:.*$)", re.M)


def _credit_spans(text: str) -> list[tuple[int, int]]:
    """Where photo credits and teaser lines sit in one block's text, in order."""
    return [m.span() for m in _CREDIT.finditer(text)] if _CREDIT_HINT.search(text) else []


# "JAKARTA, Kabar Kita --", "Bandar Jaya, KABARKITA.COM:": the outlet named in the dateline is no entity of the story
_DATELINE = re.compile(r"[A-Z][\w.' ]{1,30}?,\s+(?P<outlet>[^,\n]{2,40}?)\s*(?:--|[-–—:|])\s")
_DATELINE_FIRST = re.compile(r"(?P<outlet>[A-Z][\w.]{1,30}(?:\s[A-Z][\w.]{1,20})?)\s*\|\s*[A-Z][\w ]{1,30}?\s*[-–—:]\s")


def _dateline_outlet(text: str) -> list[tuple[int, int]]:
    """The span of the outlet named in the dateline that opens an article, if any."""
    match = _DATELINE.match(text) or _DATELINE_FIRST.match(text)
    return [match.span("outlet")] if match else []


def _inside(spans: list[tuple[int, int]], position: int) -> bool:
    """Whether `position` falls in one of `spans` (ordered, not overlapping)."""
    k = bisect.bisect_right(spans, position, key=lambda span: span[0]) - 1
    return k >= 0 and spans[k][0] <= position < spans[k][1]


def _sentence_drafts(text: str, a: int, b: int, tokens: list[Token], pieces: list[Piece], block: int,
                     sentence: int, context: Context) -> list[Draft]:
    """The names of one sentence with their types and descriptions: recognised, then described."""
    drafts = recognise(text, a, b, tokens, pieces, block, sentence, context)
    return _described(text, a, b, tokens, define_acronyms(text, tokens, drafts))


def recognise(text: str, a: int, b: int, tokens: list[Token], pieces: list[Piece], block: int, sentence: int,
              context: Context) -> list[Draft]:
    """The names one sentence's capitalised runs hold, typed, with the titles written before them (by rules)."""
    drafts: list[Draft] = []
    whole = titles_before_acronym(text, pieces)
    for k, (piece, title_n, lower_title) in enumerate(pieces):
        if k - 1 in whole and not is_acronym(piece[0].text):
            continue  # "Kepala Biro Umum (Karoum) Tegar": the title's short form, no entity
        known = context
        if k - 2 in whole and not title_n and not lower_title:
            if common_phrase([t.lower for t in piece]):
                continue  # "Perwira Pertama (Pama) Hubungan Masyarakat (BHM)": the title's field, no name
            # "Menteri Energi dan Sumber Daya Laut (ESDL) Galih Santoso": the title runs through the acronym; the
            # run after it is no evidence that it is one name
            before = pieces[k - 2][2]  # a lower-case title written before the titled run ("direktur utama PT X")
            lower_title = ((before + " ") if before else "") + text[pieces[k - 2][0][0].start:piece[0].start].strip()
            key = name_key(joined(text, piece))
            known = Context(context.multi - {key}, context.single - {key}, context.name_tokens, {}, context.places)
        drafts.extend(piece_drafts(text, tokens, piece, title_n, lower_title, block, sentence, known, k in whole))
    return _continued_titles(text, tokens, [d for d in drafts if d.tokens], block, sentence, context)


def _described(text: str, a: int, b: int, tokens: list[Token], drafts: list[Draft]) -> list[Draft]:
    """The drafts of one sentence with the descriptions written around them; bare titles dropped."""
    w = words()
    sentence_text = text[a:b]
    # Descriptions: "Name, role," after a name; "Title, Name" before it.
    dropped: set[int] = set()
    _team_in_title(text, drafts, sentence_text)
    for i, draft in enumerate(drafts):
        if draft.title_only:
            if _LINKED_BEFORE.search(text, max(a, draft.start - 12), draft.start):
                continue  # "X selaku Ketua Tim Y (TY), A-B": the title is X's, not the next name's
            # "Menteri X, Name", "Menteri Perikanan (Menkan) RI, Name": the title, its short form, then the name
            short = _TITLE_SHORT.match(text, draft.end, b)
            start = short.end() if short else draft.end
            following = next((d for d in drafts[i + 1:] if d.start >= start), None)
            gap = text[start:following.start] if following else ""
            if following and is_rank(following.description) and gap.rstrip().endswith(following.description):
                gap = gap.rstrip()[:-len(following.description)]  # "Danki Brimob X, AKP Hasan": past the rank
                following.description = None
            if following and PRE_APPOSITION_GAP.fullmatch(gap) and following.type in ("person", "other") \
                    and not following.title_only:
                following.description = following.description or text[draft.start:start].strip()
                following.quote = sentence_text
                following.type, following.strength = "person", max(following.strength, 2)
                if short:  # "(Menkan)" is the title's short form, no entity
                    dropped.update(id(d) for d in drafts[i + 1:] if draft.end <= d.start and d.end <= short.end())
            continue
        attach_appositive(text, b, tokens, draft, sentence_text, drafts[i + 1] if i + 1 < len(drafts) else None,
                          drafts[i + 1:])
        attach_bracketed_role(text, b, tokens, draft, sentence_text)
        attach_linked_role(text, b, draft, sentence_text)
        attach_named_role(text, a, draft, sentence_text)
        if draft.description and not draft.quote:
            draft.quote = sentence_text
        if draft.type in ("organization", "other") and draft.strength < 3 and is_forum(draft) \
                and not w["event_cues"].isdisjoint([t.lower for t in tokens]):
            draft.type = "event"
    # Descriptions written before a name, and names in apposition to one another.
    for i, draft in enumerate(drafts):
        if draft.title_only:
            continue
        join_named_apposition(text, a, b, drafts, i, sentence_text)
        _pair_nickname(text, drafts, i)
        attach_pre_appositive(text, a, b, tokens, drafts, i, sentence_text)
        if is_rank(draft.description):  # "Brigadir Jenderal" is a title, not what the person is
            draft.description = None
        attach_head_noun(text, tokens, draft, words_before(text, tokens, draft.tokens[0]))
        attach_location(text, drafts, i, sentence_text)
        if draft.description and not draft.quote:
            draft.quote = sentence_text
    attach_container(text, b, [d for d in drafts if not d.title_only], sentence_text)
    attach_listed_copula(text, a, drafts, sentence_text)
    attach_led_by(text, a, drafts, sentence_text)
    attach_leader(text, a, drafts, sentence_text)
    attach_predicate(text, a, b, drafts, sentence_text)
    attach_agent(text, a, drafts, sentence_text)
    attach_movement(text, a, drafts, sentence_text)
    attach_venue(text, a, drafts, sentence_text)
    _shared_roles(text, drafts)
    attach_list_predicate(text, b, drafts, sentence_text)
    return [d for d in drafts if not d.title_only and id(d) not in dropped]


def _team_in_title(text: str, drafts: list[Draft], sentence_text: str) -> None:
    """ "Deputi Hukum Tim Rudi-Sinta, Bagas Wiryo": a titled pair followed by a comma and a name is the team's name
    inside the title of the person after it; the title with the team's name describes that person."""
    for draft, after in zip(drafts, drafts[1:]):
        surface = joined(text, draft.tokens)
        if draft.type != "person" or not draft.description or draft.title_only or "-" not in surface \
                or after.type not in ("person", "other") or after.title_only or after.strength >= 3 \
                or (after.description and not is_rank(after.description)) \
                or not re.fullmatch(r",\s+", text[draft.end:after.start]):
            continue
        after.description, after.quote = f"{draft.description} {surface}", sentence_text
        after.type, after.strength = "person", max(after.strength, 2)
        draft.title_only = True


_LIST_GAP = re.compile(r",\s+(?:dan\s+|serta\s+)?|\s+(?:dan|serta)\s+")


def _shared_roles(text: str, drafts: list[Draft]) -> None:
    """Roles written once for several people: "hakim konstitusi A, B, dan C" (a lower-case role before a list is
    each one's), "bersama istrinya B" (the wife of the person the sentence names before)."""
    people = [d for d in drafts if d.type == "person" and not d.title_only]
    for k, draft in enumerate(people):
        role = draft.description or ""
        if role.endswith("nya") and role[:-3].lower() in words()["relation_nouns"]:
            subject = next((p for p in people[:k] if p.end <= draft.start), None)
            draft.description = f"{role[:-3].lower()} {joined(text, subject.tokens)}" if subject else None
            continue
        if not role or not (role[0].islower() or _shared_title(role)):
            continue
        for after in people[k + 1:]:
            if after.description or not _LIST_GAP.fullmatch(text, people[people.index(after) - 1].end, after.start):
                break
            after.description, after.quote = role, draft.quote


def _shared_title(role: str) -> bool:
    """A capitalised role many people hold at once ("Politikus Partai X"), which a list after it shares."""
    lowered = role.lower().split()
    shared = words()["shared_roles"]
    return lowered[0] in shared or " ".join(lowered[:2]) in shared


# "Hendra Wijaya alias Cak Hen", "Budi Santoso yang akrab disapa Bubu": the name after is a nickname
_NICKNAME = re.compile(r",?\s+(?:alias|atau\s+(?:yang\s+)?(?:(?:akrab|biasa|kerap)\s+)?(?:disapa|dipanggil|disebut)|"
                       r"(?:yang|atau)\s+(?:akrab|biasa|kerap|lebih dikenal)\s+(?:disapa|dipanggil|disebut|dengan)?)\s*")


_NICKNAME_HINT = re.compile(r"alias|sapa|panggil|sebut|dikenal")


def _pair_nickname(text: str, drafts: list[Draft], i: int) -> None:
    """A person's full name paired with the nickname the article calls them by: the nickname's own mentions
    resolve to the full name, here and in other articles (as an acronym does)."""
    if i + 1 >= len(drafts):
        return
    full, nick = drafts[i], drafts[i + 1]
    if full.type != "person" or len(full.tokens) < 2 or nick.title_only or nick.strength >= 3 \
            or nick.start - full.end < 6 or not _NICKNAME_HINT.search(text, full.end, nick.start) \
            or not _NICKNAME.fullmatch(text, full.end, nick.start - _title_gap(text, nick)):
        return
    nick.type, nick.strength = "person", max(nick.strength, 2)
    nick.expansion, nick.description = joined(text, full.tokens), None


def _title_gap(text: str, draft: Draft) -> int:
    """Length of an honorific written right before a draft ("Cak ", "Gus ") that is not part of it."""
    before = text[max(0, draft.start - 12):draft.start]
    match = re.search(r"\b(?:Cak|Gus|Kang|Bung|Bang|Mas|Mbak|Pak|Bu|Daeng|Ning|Neng)\s+$", before)
    return len(match.group()) if match else 0


_LINKED_BEFORE = re.compile(r"\b(?:selaku|sebagai|menjabat)\s+$")
_TITLE_SHORT = re.compile(r"\s*\(\s*[A-Z][\w.-]{1,20}\s*\)(?:\s+RI\b)?")


def is_forum(draft: Draft) -> bool:
    return draft.tokens[0].lower in ("forum", "pekan") or draft.tokens[-1].lower in ("forum", "week")


_TITLE_LINK = re.compile(r"\s+(?:untuk|di|bagi|pada|urusan)\s+")


def _continued_titles(text: str, tokens: list[Token], drafts: list[Draft], block: int, sentence: int,
                      context: Context) -> list[Draft]:
    """ "Duta Besar Jepang untuk ASEAN Kiyoshi Mori": a title continued after "untuk"/"di" holds the
    organisation or place the title is for, then the name; the person gets the whole title."""
    out: list[Draft] = []
    k = 0
    while k < len(drafts):
        draft = drafts[k]
        following = drafts[k + 1] if k + 1 < len(drafts) else None
        joined_title = _title_through_dan(text, tokens, draft, following, block, sentence, context)
        if joined_title is not None:
            out.append(joined_title)
            k += 2
            continue
        out.append(draft)
        k += 1
        if not draft.title_only or following is None or following.title_only or len(following.tokens) < 3 \
                or not _TITLE_LINK.fullmatch(text[draft.end:following.start]) or following.strength >= 3:
            continue
        # the run itself is no evidence that it is one name: ask without it
        key = name_key(joined(text, following.tokens))
        alone = Context(context.multi - {key}, context.single, context.name_tokens, {}, context.places)
        cut = name_after_qualifier(text, following.tokens, alone)
        if not 0 < cut < len(following.tokens) or len(following.tokens) - cut > 3:
            continue
        place = typed(text, tokens, following.tokens[:cut], block, sentence, False)
        person = typed(text, tokens, following.tokens[cut:], block, sentence, False)
        if person.type not in ("person", "other") or person.strength >= 3:
            continue
        person.type, person.strength = "person", 2
        person.description = text[draft.start:place.end]
        out.extend([place, person])
        k += 1
    return out


def _title_through_dan(text: str, tokens: list[Token], draft: Draft, following: Draft | None, block: int,
                       sentence: int, context: Context) -> Draft | None:
    """ "Menteri Pemberdayaan Perempuan dan Perlindungan Anak Dewi Lestari": what looked like a
    titled name before "dan" is the first half of the title when a run of three or more words after "dan"
    ends in the name; the person gets the whole title. None when the words do not read so."""
    if following is None or following.title_only or draft.type != "person" or not draft.description \
            or draft.strength >= 3 or following.strength >= 3 or len(following.tokens) < 3 \
            or text[draft.end:following.start] != " dan ":
        return None
    if draft.description.split()[-1].isupper() and len(draft.description.split()[-1]) >= 2:
        return None  # "Politikus PKB Ardo Sitompul dan ...": a title ending in its party is whole; a name follows
    title_start = draft.start - len(draft.description) - 1
    if title_start < 0 or text[title_start:draft.start].strip() != draft.description:
        return None
    key = name_key(joined(text, following.tokens))
    alone = Context(context.multi - {key}, context.single, context.name_tokens, {}, context.places)
    cut = name_after_qualifier(text, following.tokens, alone)
    if not 0 < cut < len(following.tokens) or not 2 <= len(following.tokens) - cut <= 3:
        return None
    person = typed(text, tokens, following.tokens[cut:], block, sentence, False)
    if person.type not in ("person", "other") or person.strength >= 3:
        return None
    person.type, person.strength = "person", 2
    person.description = text[title_start:following.tokens[cut - 1].end]
    return person


# ---------------------------------------------------------------------------------------------
# Within-article resolution
# ---------------------------------------------------------------------------------------------

def core_tokens(name: str) -> list[str]:
    """Name-key tokens of `name` without organisation or place head and tail words ("PT X Tbk" -> X)."""
    w = words()
    tokens = name_key(name).split()
    while len(tokens) > 2 and " ".join(tokens[:2]) in w["organization_heads"] | w["place_heads"]:
        tokens = tokens[2:]
    while len(tokens) > 1 and (tokens[0] in w["organization_heads"] or tokens[0] in w["place_heads"]):
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1] in w["organization_tails"]):
        tokens = tokens[:-1]
    return tokens


def _fullest(owners: set[str]) -> str | None:
    """The one name of `owners` that holds the words of all the others ("Raditya Wisnu" and "Raditya Wisnu
    Kencana": one person written in full and shortened), or None when they are different people."""
    if len(owners) == 1:
        return next(iter(owners))
    keys = {owner: set(name_key(owner).split()) for owner in owners}
    fullest = [o for o in owners if all(keys[other] <= keys[o] for other in owners)]
    return fullest[0] if len(fullest) == 1 else None


def _resolve(article: Article, drafts: list[Draft]) -> list[Mention]:
    """Give every draft the fullest form of its entity in this article."""
    texts = article.paragraphs
    surfaces = [joined(texts[d.block], d.tokens) for d in drafts]
    keys = [name_key(s) for s in surfaces]
    expansions: dict[str, str] = {}
    for draft, surface in zip(drafts, surfaces):
        if draft.expansion and len(draft.tokens) == 1 and is_acronym(surface) or (
                draft.expansion and len(surface) < len(draft.expansion)):
            expansions[name_key(surface)] = draft.expansion
    persons: dict[str, str] = {}  # key -> surface, multi-word person names
    named: dict[str, str] = {}  # key -> surface, multi-word organisation/place/event names
    kinds: dict[str, str] = {}  # surface -> type of those names
    for draft, surface, key in zip(drafts, surfaces, keys):
        if len(key.split()) >= 2 and not gazetteer_lookup(surface):
            (persons if draft.type == "person" else named).setdefault(key, surface)
            kinds.setdefault(surface, draft.type)
    initials: dict[str, set[str]] = {}  # "bhl" -> {"Bagas Hadi Lukman"}: people written by their initials
    for key, surface in persons.items():
        initials.setdefault("".join(t[0] for t in key.split()), set()).add(surface)
    person_tokens: dict[str, set[str]] = {}
    for key, surface in persons.items():
        for token in key.split():
            person_tokens.setdefault(token, set()).add(surface)
    named_prefix: dict[str, set[str]] = {}
    for key, surface in named.items():
        core = core_tokens(surface)
        if "dan" in core:
            continue  # "Tim Rudi dan Sinta": its first word is a person's name, not a short form of the team
        for n in range(1, len(core) + 1):
            named_prefix.setdefault(" ".join(core[:n]), set()).add(surface)
    mid_sentence = {k for d, k in zip(drafts, keys) if not d.initial}
    mentions: list[Mention] = []
    for draft, surface, key in zip(drafts, surfaces, keys):
        resolved: str | None = surface
        description = draft.description
        kind, strength = draft.type, draft.strength
        if draft.same_as:  # "Istana Kepresidenan Rusia" written in apposition to "Kremlin"
            resolved = draft.same_as
        elif key in expansions and not gazetteer_lookup(surface):
            resolved = expansions[key]
        elif strength == 3 and len(key.split()) == 1 and key in person_tokens and len(person_tokens[key]) == 1:
            resolved, kind, strength = next(iter(person_tokens[key])), "person", 1  # "Ramadhan" of "Fitri Ramadhan"
        elif strength < 3 and len(key.split()) == 1 and key in person_tokens and (
                kind in ("person", "other") or strength < 2 or draft.description and kind != "place"):
            resolved = _fullest(person_tokens[key])
            if kind != "person":
                description = None  # "Putin, pertemuan pertama ..." describes the meeting, not Putin
            kind, strength = "person", max(strength, 1)
        elif strength < 3 and len(draft.tokens) == 1 and surface.isupper() and 2 <= len(surface) <= 4 \
                and len(initials.get(key, ())) == 1 and kind != "place":
            resolved, kind, strength = next(iter(initials[key])), "person", 1  # "BHL" for "Bagas Hadi Lukman"
            description = None
        elif strength < 3 and key in named_prefix and key not in named and kind != "person":
            owners = named_prefix[key]
            if kind == "place" or region_level(key):  # "Muara": not "Polres Muara", nor "Kabupaten Muara" here
                owners = {o for o in owners if kinds.get(o) == "place" and not is_head(o.split()[0].lower())}
            if len(owners) == 1:
                resolved = next(iter(owners))
        elif strength < 3 and key in named_prefix and key not in named and kind == "person" and len(key.split()) == 1:
            owners = named_prefix[key]
            if len(owners) == 1:
                resolved = next(iter(owners))
        initial = draft.initial and len(draft.tokens) == 1 and strength < 2 and resolved == surface \
            and key not in mid_sentence
        mentions.append(Mention(draft.block, draft.start, draft.end, surface, kind, strength, draft.sentence,
                                resolved, initial, description, draft.quote if description else None,
                                draft.expansion))
    return mentions
