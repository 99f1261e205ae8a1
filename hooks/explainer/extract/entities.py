"""Find the named entities of one article's body with rules, capitalisation, context cues and a gazetteer
(name words and runs in nameruns.py, titles and appositives in titles.py)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from ..model import Article
from .appositives import (PRE_APPOSITION_GAP, attach_appositive, attach_head_noun, attach_pre_appositive,
                          is_rank, join_named_apposition)
from .nameruns import (Draft, SPACE_GAP, Token, affixed, capitalised_runs, common_word, gazetteer_lookup, gazetteer_span,
                       is_acronym, is_head, joined, name_key, personal_name, rank_length, sentence_tokens, split_run,
                       strip_leading, title_length, words)
from .sentences import sentence_spans
from .titles import (Context, attach_acronym, is_description, name_after_qualifier, name_start, title_before,
                     words_before)

TYPES = ("person", "organization", "place", "event", "other")


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
    sentences: list[tuple[int, int, int, int, str, list[Token], list[_Piece]]] = []
    context = Context(set(), set())
    for block_index, block in enumerate(article.blocks):
        text = block.text
        for sentence_index, (a, b) in enumerate(sentence_spans(text)):
            tokens = sentence_tokens(text, a, b)
            pieces = [_titled(text, tokens, p) for run in capitalised_runs(text, tokens)
                      for p in map(strip_leading, split_run(run)) if p]
            sentences.append((block_index, sentence_index, a, b, text, tokens, pieces))
            if block.kind != "p":
                continue
            for piece, title_n, lower_title in pieces:
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
    drafts: list[Draft] = []
    for block_index, sentence_index, a, b, text, tokens, pieces in sentences:
        found = _sentence_drafts(text, a, b, tokens, pieces, block_index, sentence_index, context)
        if article.blocks[block_index].kind != "p":
            found = [d for d in found if name_key(joined(text, d.tokens)) in context.multi | context.single
                     or d.strength >= 3]
        drafts.extend(d for d in found if not _inside(credits[block_index], d.start))
    return _resolve(article, drafts)


# Photo credits and teaser lines left in a paragraph name photographers and headlines, not the story's entities.
_CREDIT_HINT = re.compile(r"(?i:foto|dok\.|ilustrasi|baca juga)|/\s*[A-Za-z*]{1,5}\s*\)")  # "(ant/rhm)"
_CREDIT = re.compile(r"\((?i:foto|dok\.|ilustrasi|sumber foto)\s*[:.]?[^()]*\)"
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


_Piece = tuple[list[Token], int, str]  # a capitalised run, the length of its title, a lower-case title before it


def _titled(text: str, tokens: list[Token], piece: list[Token]) -> _Piece:
    """`piece` with the number of its leading title words and the lower-case title written before it."""
    title_n = title_length(piece)
    return piece, title_n, "" if title_n else title_before(words_before(text, tokens, piece[0]))


def _sentence_drafts(text: str, a: int, b: int, tokens: list[Token], pieces: list[_Piece], block: int,
                     sentence: int, context: Context) -> list[Draft]:
    w = words()
    drafts: list[Draft] = []
    sentence_text = text[a:b]
    whole = _titles_before_acronym(text, pieces)
    for k, (piece, title_n, lower_title) in enumerate(pieces):
        found = _piece_drafts(text, tokens, piece, title_n, lower_title, block, sentence, context, k in whole)
        if k - 2 in whole and found and not title_n and not lower_title and found[-1].type in ("person", "other") \
                and found[-1].strength < 3 and len(found) == 1:
            # "Menteri Energi dan Sumber Daya Mineral (ESDM) Arifin Santoso": the title runs through the acronym
            found[-1].type, found[-1].strength = "person", 2
            found[-1].description = text[pieces[k - 2][0][0].start:found[-1].start].strip()
        drafts.extend(found)
    drafts = _continued_titles(text, tokens, [d for d in drafts if d.tokens], block, sentence, context)
    # Descriptions: "Name, role," after a name; "Title, Name" before it; acronym definitions.
    for i, draft in enumerate(drafts):
        if draft.title_only:
            following = drafts[i + 1] if i + 1 < len(drafts) else None
            gap = text[draft.end:following.start] if following else ""
            if following and PRE_APPOSITION_GAP.fullmatch(gap) and following.type in ("person", "other") \
                    and not following.title_only:
                following.description = following.description or joined(text, draft.tokens)
                following.quote = sentence_text
                following.type, following.strength = "person", max(following.strength, 2)
            continue
        attach_appositive(text, b, tokens, draft, sentence_text, drafts[i + 1] if i + 1 < len(drafts) else None)
        if draft.description and not draft.quote:
            draft.quote = sentence_text
        attach_acronym(text, b, drafts, i)
        if draft.type in ("organization", "other") and draft.strength < 3 and is_forum(draft) \
                and not w["event_cues"].isdisjoint([t.lower for t in tokens]):
            draft.type = "event"
    # Descriptions written before a name, and names in apposition to one another.
    for i, draft in enumerate(drafts):
        if draft.title_only:
            continue
        join_named_apposition(text, a, b, drafts, i, sentence_text)
        attach_pre_appositive(text, a, b, tokens, drafts, i, sentence_text)
        if is_rank(draft.description):  # "Brigadir Jenderal" is a title, not what the person is
            draft.description = None
        attach_head_noun(text, tokens, draft, words_before(text, tokens, draft.tokens[0]))
        if draft.description and not draft.quote:
            draft.quote = sentence_text
    return [d for d in drafts if not d.title_only]


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
        place = _typed(text, tokens, following.tokens[:cut], block, sentence, False)
        person = _typed(text, tokens, following.tokens[cut:], block, sentence, False)
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
    title_start = draft.start - len(draft.description) - 1
    if title_start < 0 or text[title_start:draft.start].strip() != draft.description:
        return None
    key = name_key(joined(text, following.tokens))
    alone = Context(context.multi - {key}, context.single, context.name_tokens, {}, context.places)
    cut = name_after_qualifier(text, following.tokens, alone)
    if not 0 < cut < len(following.tokens) or not 2 <= len(following.tokens) - cut <= 3:
        return None
    person = _typed(text, tokens, following.tokens[cut:], block, sentence, False)
    if person.type not in ("person", "other") or person.strength >= 3:
        return None
    person.type, person.strength = "person", 2
    person.description = text[title_start:following.tokens[cut - 1].end]
    return person


def _titles_before_acronym(text: str, pieces: list[_Piece]) -> set[int]:
    """Indices of titled pieces followed by "(ACR)" and a name: "Menteri Energi dan Sumber Daya Mineral (ESDM)
    Arifin Santoso" is all title up to the bracket."""
    found = set()
    for k in range(len(pieces) - 2):
        (title, title_n, _), (acronym, _, _), (name, name_title, _) = pieces[k:k + 3]
        if title_n and len(acronym) == 1 and is_acronym(acronym[0].text) and not name_title \
                and _OPEN_BRACKET.fullmatch(text[title[-1].end:acronym[0].start]) \
                and _CLOSE_BRACKET.fullmatch(text[acronym[0].end:name[0].start]):
            found.add(k)
    return found


_OPEN_BRACKET = re.compile(r" ?\( ?")
_CLOSE_BRACKET = re.compile(r" ?\) ")


def _piece_drafts(text: str, tokens: list[Token], piece: list[Token], title_n: int, lower_title: str, block: int,
                  sentence: int, context: Context, whole_title: bool = False) -> list[Draft]:
    """Drafts for one capitalised run: a title splits off; qualifiers in a title become their own
    mentions; what is left is typed by gazetteer, head words and context. `whole_title`: the run holds no
    name (it comes after a bracket)."""
    w = words()
    initial = piece[0].initial
    if not title_n and not lower_title:
        if len(piece) == 1 and piece[0].lower in w["common_capitalised"]:
            return []
        if len(piece) > 1 and piece[0].lower == "pemerintah" and not is_head(piece[1].lower) \
                and (place := gazetteer_lookup(joined(text, piece[1:]))) is not None and place.type == "place":
            return [_typed(text, tokens, piece[1:], block, sentence, False)]  # "Pemerintah Rusia" acts as Rusia
        document = _document_head(piece)
        if document and len(piece) - document == 1 and (is_acronym(piece[-1].text) or gazetteer_lookup(piece[-1].text)):
            return [_typed(text, tokens, piece[document:], block, sentence, False)]  # "Keputusan KPU": KPU's decree
        cut = name_start(text, piece, context, untitled=True) if len(piece) >= 3 else 0
        if cut:
            head = _typed(text, tokens, piece[:cut], block, sentence, initial)
            name = _typed(text, tokens, piece[cut:], block, sentence, False)
            return [head, name]
        return [_typed(text, tokens, piece, block, sentence, initial)]
    if title_n and title_n == len(piece) and len(piece) == 1 and not lower_title:
        if name_key(piece[0].text) in context.name_tokens:  # "kata Hakim" where "Arief Hakim" is named
            return [_typed(text, tokens, piece, block, sentence, initial)]
        return []  # a bare "Presiden"
    rest = piece[title_n:]
    # Continuations of a capitalised title: "Menteri Pertahanan", "Kepala Dinas Pekerjaan Umum".
    cont = 0
    if title_n:
        while cont < len(rest) and (is_field_word(rest[cont].lower) or (
                cont and rest[cont - 1].lower in _FIELD_OPENERS) or (
                rest[cont].lower in ("dan", "&") and cont + 1 < len(rest))) \
                and not (cont + 1 == len(rest) and name_key(rest[cont].text) in context.single):
            cont += 1
    rest = rest[cont:]
    name_at = len(rest) if whole_title else name_start(text, rest, context)
    qualifier, name = rest[:name_at], rest[name_at:]
    # a rank written right before the name ("... Kompol", "... Irjen Pol") is a title, not part of an entity
    rank_at = next((k for k in range(len(qualifier)) if rank_length(qualifier, k) == len(qualifier) - k),
                   len(qualifier))
    qualifier, rank = qualifier[:rank_at], qualifier[rank_at:]
    drafts: list[Draft] = []
    title_tokens = piece[:title_n + cont] + qualifier
    title_text = (lower_title + " " if lower_title else "") + (joined(text, title_tokens) if title_tokens else "")
    title_text = title_text.strip()
    if rank and not title_text:
        title_text = joined(text, rank)
    if qualifier:
        drafts.extend(_qualifier_drafts(text, tokens, qualifier, block, sentence, title_text))
    if name:
        draft = _typed(text, tokens, name, block, sentence, False)
        if draft.type in ("person", "other") and draft.strength < 3:
            draft.type, draft.strength = "person", 2
            if is_description(title_text):
                draft.description = title_text
        drafts.append(draft)
    elif title_tokens and title_n:
        drafts.append(Draft(block, sentence, title_tokens, "other", 0, initial, title_only=True))
    return drafts


_FIELD_OPENERS = frozenset(("bidang", "urusan", "koordinator"))  # "Menteri Koordinator Bidang Pangan": a field follows


def is_field_word(lower: str) -> bool:
    """A word that continues a title before the name: a known continuation ("Keuangan", "Humas") or a derived
    noun naming a field ("Perekonomian", "Pemberdayaan"), never a name word."""
    return lower in words()["title_continuations"] or (
        lower.endswith("an") and affixed(lower) and not personal_name(name_key(lower)))


_REGIONAL_TITLES = frozenset(("bupati", "wakil bupati", "wali kota", "walikota", "wakil wali kota", "gubernur",
                              "wakil gubernur", "camat", "lurah", "kepala desa", "kades", "kapolres", "kapolda",
                              "kapolsek", "sekretaris daerah", "sekda", "kasat reskrim polres"))


def _qualifier_drafts(text: str, tokens: list[Token], qualifier: list[Token], block: int, sentence: int,
                      title: str) -> list[Draft]:
    """Entities named inside a title: "Rusia" in "Menteri Pertahanan Rusia"."""
    drafts: list[Draft] = []
    position = 0
    while position < len(qualifier):
        n = gazetteer_span(qualifier, position, text)
        if n:
            drafts.append(_typed(text, tokens, qualifier[position:position + n], block, sentence, False))
            position += n
            continue
        # The rest up to the next gazetteer name is one entity.
        end = position + 1
        while end < len(qualifier) and not gazetteer_span(qualifier, end, text):
            end += 1
        part = qualifier[position:end]
        while part and is_field_word(part[0].lower) and not is_head(part[0].lower):
            part = part[1:]
        if len(part) == 1 and is_field_word(part[0].lower):
            part = []  # "Pangan" of "Kepala Dinas Pangan Jawa Tengah": a field, not an entity
        if part:
            draft = _typed(text, tokens, part, block, sentence, False)
            if draft.strength < 2:
                head = title.lower()
                regional = any(head.startswith(t) for t in _REGIONAL_TITLES)
                draft.type, draft.strength = ("place", 1) if regional else ("organization", 0)
            drafts.append(draft)
        position = end
    return drafts


def _common_phrase(piece: list[Token]) -> bool:
    """Capitalised common words ("Harga Eceran Tertinggi", "Gas Air Mata"): all of them, or all but one of three or
    more when none is a personal name."""
    plain = sum(not common_word(t.lower) for t in piece)
    return plain == 0 or (plain == 1 and len(piece) >= 3 and not any(personal_name(name_key(t.text)) for t in piece))


def _document_head(piece: list[Token]) -> int:
    """Number of leading words naming a kind of document ("Keputusan", "Surat Telegram"); 0 when none."""
    documents = words()["document_heads"]
    if len(piece) > 1 and f"{piece[0].lower} {piece[1].lower}" in documents:
        return 2
    return 1 if piece[0].lower in documents else 0


def _typed(text: str, tokens: list[Token], piece: list[Token], block: int, sentence: int, initial: bool) -> Draft:
    """A draft for a name, typed by gazetteer, its own words, then its context."""
    w = words()
    surface = joined(text, piece)
    entry = gazetteer_lookup(surface)
    if entry:
        return Draft(block, sentence, piece, entry.type, 3, False)
    first, last = piece[0].lower, piece[-1].lower
    if len(piece) > 1 and all(t.lower in _COMPASS for t in piece[1:]) and \
            (place := gazetteer_lookup(piece[0].text)) is not None and place.type == "place":
        return Draft(block, sentence, piece, "place", 2, initial)  # "Jakarta Pusat", "Sulawesi Tenggara"
    if _MODEL.match(piece[-1].text) or (len(piece) > 1 and first in w["product_nouns"]):
        return Draft(block, sentence, piece, "other", 2, initial)  # "F-16", "Pesawat Su-35": a product
    first_two = first + " " + piece[1].lower if len(piece) > 1 else first
    if len(piece) > 1 and _document_head(piece):
        return Draft(block, sentence, piece, "other", 1, initial)  # a law or a decree
    if len(piece) > 1 and (first in w["event_heads"] or first_two in w["event_heads"]
                           or last in w["event_tails"]) and not is_forum_org(piece):
        return Draft(block, sentence, piece, "event", 2, initial)
    if len(piece) > 1 and (first in w["organization_heads"] or first_two in w["organization_heads"]
                           or last in w["organization_tails"]):
        return Draft(block, sentence, piece, "organization", 2, initial)
    if len(piece) > 1 and is_forum_org(piece):
        return Draft(block, sentence, piece, "organization", 1, initial)
    if len(piece) > 1 and (first in w["place_heads"] or first_two in w["place_heads"] or last in w["place_tails"]):
        return Draft(block, sentence, piece, "place", 2, initial)
    if is_acronym(surface):
        return Draft(block, sentence, piece, "organization", 1, initial)
    index, end_index = piece[0].index, piece[-1].index
    previous = tokens[index - 1].lower if index else ""
    following = tokens[end_index + 1].lower if end_index + 1 < len(tokens) else ""
    gap_after = text[piece[-1].end:tokens[end_index + 1].start] if end_index + 1 < len(tokens) else ""
    if previous in w["speech_before"] or (following in w["speech_after"] and SPACE_GAP.fullmatch(gap_after or "x")):
        return Draft(block, sentence, piece, "person", 1, initial)
    if previous in w["place_before"] and len(piece) <= 3:
        return Draft(block, sentence, piece, "place", 0, initial)
    if len(piece) >= 2 and gazetteer_span(piece, len(piece) - 1, text):
        return Draft(block, sentence, piece, "place", 0, initial)
    if len(piece) >= 2 and all(t.text[0].isupper() and not is_acronym(t.text) for t in piece) and len(piece) <= 4 \
            and not _common_phrase(piece):  # "Gas Air Mata" is no one's name
        return Draft(block, sentence, piece, "person", 0, initial)
    return Draft(block, sentence, piece, "other", 0, initial)


_COMPASS = frozenset(("utara", "selatan", "timur", "barat", "tengah", "pusat", "raya", "tenggara", "barat daya",
                      "timur laut", "barat laut", "daya", "laut", "hilir", "hulu"))
_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?$")  # model designations: F-16, Su-35, MiG-29


def is_forum_org(piece: list[Token]) -> bool:
    """'Forum'/'Pekan' names are organisations unless the sentence says they are held (see caller)."""
    return piece[0].lower in ("forum", "pekan") or piece[-1].lower in ("forum",)


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
    for draft, surface, key in zip(drafts, surfaces, keys):
        if len(key.split()) >= 2 and not gazetteer_lookup(surface):
            (persons if draft.type == "person" else named).setdefault(key, surface)
    person_tokens: dict[str, set[str]] = {}
    for key, surface in persons.items():
        for token in key.split():
            person_tokens.setdefault(token, set()).add(surface)
    named_prefix: dict[str, set[str]] = {}
    for key, surface in named.items():
        core = core_tokens(surface)
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
                kind in ("person", "other") or strength < 2 or draft.description):
            owners = person_tokens[key]
            resolved = next(iter(owners)) if len(owners) == 1 else None
            if kind != "person":
                description = None  # "Putin, pertemuan pertama ..." describes the meeting, not Putin
            kind, strength = "person", max(strength, 1)
        elif strength < 3 and key in named_prefix and key not in named and kind != "person":
            owners = named_prefix[key]
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
