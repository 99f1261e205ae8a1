"""One capitalised run (a piece) of a sentence into drafts: a title split off, the entities named inside the title,
the name typed by the gazetteer, its own words and its context; two names joined by a hyphen split apart."""

from __future__ import annotations

import re
from collections import Counter

from .lexicon import (affixed, common_phrase, common_word, gazetteer_lookup, is_acronym, name_key, personal_name,
                      region_level, words)
from .nameruns import (Draft, SPACE_GAP, Token, gazetteer_span, is_head, is_unit_title, joined, org_inside,
                       rank_length, title_length)
from .titles import ORG_SHAPE, Context, is_description, name_after_qualifier, name_start, title_before, words_before


Piece = tuple[list[Token], int, str]  # a capitalised run, the length of its title, a lower-case title before it


def split_pair(text: str, tokens: list[Token], piece: Piece, known: Counter) -> list[Piece]:
    """"pasangan Rudi Hartanto-Sinta Dewi", "Rudi-Sinta": two names joined by a hyphen are two; a pair of single
    words only when one of them is a name the article writes elsewhere too, or a common given name."""
    run, title_n, lower_title = piece
    if (title_n or lower_title) and _COMMA_NAME.match(text, run[-1].end) and _team_name(text, run[-1].end):
        return [piece]  # "Deputi Hukum Tim Rudi-Sinta, Bagas X": a team's name in the title of the person after it
    for k, token in enumerate(run):
        left, dash, right = token.text.partition("-")
        if not dash or not _pair_half(left) or not _pair_half(right, not is_description(right)) \
                or gazetteer_lookup(token.text) is not None \
                or left.lower()[:3] == right.lower()[:3]:  # "Undang-Undang", "Desak-Desakan": one word
            continue
        named = any(known[name_key(half)] >= 2 or personal_name(name_key(half)) for half in (left, right))
        plain = len(run) >= 3 and not any(common_word(t.lower) or is_head(t.lower) or document_head([t])
                                          for t in run) and not any(common_word(h.lower()) for h in (left, right))
        if not named and not plain:
            continue  # "Rudi-Sinta" when the article names them elsewhere; "Rudi Hartanto-Sinta Dewi"
        first = Token(token.index, token.start, token.start + len(left), left, left.lower(), True, token.initial)
        second = Token(token.index, first.end + 1, token.end, right, right.lower(), True, False)
        before, after = run[:k] + [first], [second] + run[k + 1:]
        head = (before, min(title_n, len(before) - 1), lower_title)
        title = joined(text, run[:title_n]) if title_n and title_n < len(before) else lower_title
        _, after_n, after_title = titled(text, tokens, after)
        return [head, *split_pair(text, tokens, (after, after_n, after_title or title), known)]
    return [piece]


def _pair_half(word: str, honorific: bool = False) -> bool:
    """A word that may be half of a pair: a capitalised word, not a title ("Capres-Cawapres" is one) unless it is an
    honorific opening the second name ("Rudi Hartanto-Cak Hen")."""
    return len(word) >= 3 and word[0].isupper() and not word.isupper() and word.isalpha() \
        and (honorific or word.lower() not in words()["person_titles"])


def titled(text: str, tokens: list[Token], piece: list[Token]) -> Piece:
    """`piece` with the number of its leading title words and the lower-case title written before it."""
    title_n = title_length(piece)
    if title_n:
        return piece, title_n, ""
    number = _BALLOT.search(text, max(0, piece[0].start - 60), piece[0].start) \
        if text.find("urut", max(0, piece[0].start - 60), piece[0].start) >= 0 else None
    if number:  # "pasangan nomor urut 2 X": a candidate's number
        return piece, 0, number.group(1)
    if "ke-" in text[max(0, piece[0].start - 10):piece[0].start]:
        ordinal = _ORDINAL_TITLE.search(text, max(0, piece[0].start - 60), piece[0].start)
        if ordinal and _title_opens(ordinal.group(1)):
            qualifier = len(piece) >= 3 and (piece[0].text.isupper() or gazetteer_lookup(piece[0].text) is not None)
            if qualifier:  # "Presiden ke-5 RI Sutan Wirabumi": the country belongs to the title
                return piece[1:], 0, f"{ordinal.group(1)} {piece[0].text}"
            return piece, 0, ordinal.group(1)
    before = words_before(text, tokens, piece[0])
    if before and before[-1].lower.endswith("nya") and before[-1].lower[:-3] in words()["relation_nouns"]:
        return piece, 0, before[-1].text  # "istrinya Siti": whose wife, the sentence says (see entities.py)
    return piece, 0, title_before(before)


# "Presiden ke-5 RI X", "Wakil Presiden ke-9 X": a title numbered by who held it before
_ORDINAL_TITLE = re.compile(r"((?:[A-Z][\w-]*\s+){0,2}[A-Z][\w-]*\s+ke-\d+)\s+$")


def _title_opens(phrase: str) -> bool:
    """Whether `phrase` opens with a person's title of one or two words."""
    lowered = phrase.lower().split()
    return lowered[0] in words()["person_titles"] or " ".join(lowered[:2]) in words()["person_titles"]


_BALLOT = re.compile(r"\b((?:pasangan\s+)?(?:calon\s+|capres\s+|cawapres\s+|kandidat\s+|paslon\s+)*nomor urut\s+\d+)"
                     r"(?:,\s*|\s+yaitu\s+|\s+yakni\s+|\s+)$", re.I)


def titles_before_acronym(text: str, pieces: list[Piece]) -> set[int]:
    """Indices of titled pieces followed by "(ACR)" and a name: "Menteri Energi dan Sumber Daya Laut (ESDL)
    Galih Santoso" is all title up to the bracket."""
    found = set()
    for k in range(len(pieces) - 2):
        (title, title_n, lower), (acronym, _, _), (name, name_title, _) = pieces[k:k + 3]
        if (title_n or lower) and len(acronym) == 1 and acronym[0].text[0].isupper() and not name_title \
                and _OPEN_BRACKET.fullmatch(text[title[-1].end:acronym[0].start]) \
                and _CLOSE_BRACKET.fullmatch(text[acronym[0].end:name[0].start]) \
                and not _team_name(text, name[-1].end):  # "(TPR) Rudi-Sinta, Bagas X": the team's name
            found.add(k)
    return found


_NAME_AFTER = re.compile(r"-\w|,\s+(?P<next>[A-Z][\w.]*)")


def _team_name(text: str, end: int) -> bool:
    """Whether the run ending at `end` is followed by what shows it to be a team's name, not a person's: a hyphen (a
    pair), or a comma and a name with no title ("(TPR) Rudi-Sinta, Bagas X"; a list "(LSB) X, AKP Y" is people)."""
    match = _NAME_AFTER.match(text, end)
    if not match:
        return False
    word = match.group("next")
    return word is None or not (word.lower() in words()["person_titles"] or is_unit_title(word.lower())
                                or word.lower() in words()["ranks"])
_COMMA_NAME = re.compile(r",\s+[A-Z]")
_OPEN_BRACKET = re.compile(r" ?\( ?")
_CLOSE_BRACKET = re.compile(r" ?\) ")


def piece_drafts(text: str, tokens: list[Token], piece: list[Token], title_n: int, lower_title: str, block: int,
                  sentence: int, context: Context, whole_title: bool = False) -> list[Draft]:
    """Drafts for one capitalised run: a title splits off; qualifiers in a title become their own
    mentions; what is left is typed by gazetteer, head words and context. `whole_title`: the run holds no
    name (it comes after a bracket)."""
    w = words()
    initial = piece[0].initial
    if not title_n and not lower_title:
        if len(piece) == 1 and (piece[0].lower in w["common_capitalised"] or piece[0].lower in w["common_acronyms"]
                                or (is_head(piece[0].lower) and not is_acronym(piece[0].text)
                                    and gazetteer_lookup(piece[0].text) is None)):
            return []  # "Pemerintah", "SPBU", "Kompi": a common noun, an acronym of one, a head word alone
        if len(piece) > 1 and piece[0].lower == "pemerintah" and not is_head(piece[1].lower) \
                and (place := gazetteer_lookup(joined(text, piece[1:]))) is not None and place.type == "place":
            return [typed(text, tokens, piece[1:], block, sentence, False)]  # "Pemerintah Rusia" acts as Rusia
        document = document_head(piece)
        if document and len(piece) - document == 1 and (is_acronym(piece[-1].text) or gazetteer_lookup(piece[-1].text)):
            return [typed(text, tokens, piece[document:], block, sentence, False)]  # "Keputusan BPD": the decree of BPD
        cut = name_start(text, piece, context, untitled=True) if len(piece) >= 3 else 0
        if cut:
            head = typed(text, tokens, piece[:cut], block, sentence, initial)
            name = typed(text, tokens, piece[cut:], block, sentence, False)
            return [head, name]
        return [typed(text, tokens, piece, block, sentence, initial)]
    if title_n and title_n == len(piece) and len(piece) == 1 and not lower_title:
        if name_key(piece[0].text) in context.name_tokens:  # "kata Hakim" where "Arief Hakim" is named
            return [typed(text, tokens, piece, block, sentence, initial)]
        return []  # a bare "Presiden"
    rest = piece[title_n:]
    # Continuations of a capitalised title: "Menteri Pertahanan", "Kepala Dinas Pekerjaan Umum".
    cont = 0
    if title_n:
        while cont < len(rest) and not rank_length(rest, cont) and (is_field_word(rest[cont].lower) or (
                cont and rest[cont - 1].lower in _FIELD_OPENERS) or (
                rest[cont].lower in ("dan", "&") and cont + 1 < len(rest))) \
                and not (cont + 1 == len(rest) and name_key(rest[cont].text) in context.single):
            cont += 1
    rest = rest[cont:]
    if whole_title:
        name_at = len(rest)
    elif (title_n or lower_title) and not cont and (len(rest) == 1 or len(rest) == 2 and title_n and not is_description(
            joined(text, piece[:title_n]))) and not any(
            is_acronym(t.text) or gazetteer_lookup(t.text) or region_level(name_key(t.text)) == 2 or is_head(t.lower)
            or common_word(t.lower) or ORG_SHAPE.match(t.text) for t in rest):
        name_at = 0  # "Cak Hen", "Pak Bagas", "Presiden Joko": after an honorific, or a title and one word, the name
    else:
        name_at = name_start(text, rest, context)
        if name_at == len(rest) and len(rest) >= 3 and _speaker_cue(tokens, piece) \
                and not _COMMA_NAME.match(text, piece[-1].end):  # "kata Title, Name": the name follows the comma
            # "kata Direktur Lembaga Konsumen Sunardi Katili": someone speaks, so a name ends the run
            name_at = name_after_qualifier(text, rest, context) or len(rest)
    qualifier, name = rest[:name_at], rest[name_at:]
    if name and not any(c.isalpha() for token in name for c in token.text):
        name = []  # "Paslon 02": a number after a title names no one
    # a rank written right before the name ("... Kompol", "... Irjen Pol") is a title, not part of an entity
    rank_at = next((k for k in range(len(qualifier)) if rank_length(qualifier, k) == len(qualifier) - k),
                   len(qualifier))
    qualifier, rank = qualifier[:rank_at], qualifier[rank_at:]
    drafts: list[Draft] = []
    title_tokens = piece[:title_n + cont] + qualifier
    title_text = (lower_title + " " if lower_title else "") + (joined(text, title_tokens) if title_tokens else "")
    title_text = title_text.strip()
    if lower_title and title_tokens and not is_description(joined(text, title_tokens)):
        title_text = lower_title  # "Capres-Cawapres | Cak Hen": the honorific is no part of an inherited title
    if rank and not title_text:
        title_text = joined(text, rank)
    if qualifier:
        drafts.extend(_qualifier_drafts(text, tokens, qualifier, block, sentence, title_text))
    if name:
        draft = typed(text, tokens, name, block, sentence, False)
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
            drafts.append(typed(text, tokens, qualifier[position:position + n], block, sentence, False))
            position += n
            continue
        # The rest up to the next gazetteer name, or to a police or military unit, is one entity.
        end = position + 1
        unit = any(t.lower in _UNIT_HEADS for t in qualifier[position:position + 2])  # "Brimob Polda X" is one unit
        while end < len(qualifier) and not gazetteer_span(qualifier, end, text) \
                and not (qualifier[end].lower in _UNIT_HEADS and end - position >= 2 and not unit):
            end += 1
        first = position
        while first < end and (is_field_word(qualifier[first].lower) and not is_head(qualifier[first].lower)
                               or qualifier[first].text.isdigit() or qualifier[first].lower in _NUMBERS
                               or qualifier[first].lower in words()["common_acronyms"]):
            first += 1  # "Kasubdit 2 Tipidter ...", "Danki Satu Brimob ...": a unit's number
        if end - first == 1 and (is_field_word(qualifier[first].lower) or is_head(qualifier[first].lower)
                                 or qualifier[first].lower in words()["common_acronyms"]):
            first = end  # "Pangan" of "Kepala Dinas Pangan Jawa Tengah", "Batalyon" of "Komandan Batalyon": no entity
        if first < end and (org_inside(qualifier[first:end]) or is_acronym(qualifier[first].text)):
            # "Polda Jawa Timur", "Konfederasi Serikat Buruh Indonesia": a place ends the organisation's name
            while end < len(qualifier) and (n := gazetteer_span(qualifier, end, text)) \
                    and gazetteer_lookup(joined(text, qualifier[end:end + n])).type == "place":
                end += n
        if end - first == 1 and is_acronym(qualifier[first].text) and (n := gazetteer_span(qualifier, end, text)) \
                and gazetteer_lookup(joined(text, qualifier[end:end + n])).type == "organization":
            end += n  # "Pama BHM Polri": a unit written with the body it belongs to is one name
        part = qualifier[first:end]
        if part:
            draft = typed(text, tokens, part, block, sentence, False)
            if draft.strength < 2:
                head = title.lower()
                regional = any(head.startswith(t) for t in _REGIONAL_TITLES)
                draft.type, draft.strength = ("place", 1) if regional else ("organization", 0)
            drafts.append(draft)
        position = end
    return drafts


# Heads of police and military units: one starts a new entity inside a title ("Kapolres Pelabuhan X | Polda Y").
_UNIT_HEADS = frozenset(("polda", "polres", "polresta", "polrestabes", "polsek", "kodam", "korem", "kodim", "koramil",
                         "lantamal", "lanud", "brimob", "polri"))
_NUMBERS = frozenset(("satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan", "sepuluh"))


def _speaker_cue(tokens: list[Token], piece: list[Token]) -> bool:
    """Whether a verb of saying stands right before or after the run ("kata X", "X mengatakan")."""
    w = words()
    first, last = piece[0].index, piece[-1].index
    return (first > 0 and tokens[first - 1].lower in w["speech_before"]) or (
        last + 1 < len(tokens) and tokens[last + 1].lower in w["speech_after"])


def document_head(piece: list[Token]) -> int:
    """Number of leading words naming a kind of document ("Keputusan", "Surat Telegram"); 0 when none."""
    documents = words()["document_heads"]
    if len(piece) > 1 and f"{piece[0].lower} {piece[1].lower}" in documents:
        return 2
    return 1 if piece[0].lower in documents else 0


def typed(text: str, tokens: list[Token], piece: list[Token], block: int, sentence: int, initial: bool) -> Draft:
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
    if region_level(name_key(surface)) == 2 and not personal_name(name_key(surface)):
        return Draft(block, sentence, piece, "place", 2, initial)  # a province, regency or city of Indonesia
    if _MODEL.match(piece[-1].text) or (len(piece) > 1 and first in w["product_nouns"]):
        return Draft(block, sentence, piece, "other", 2, initial)  # "F-16", "Pesawat Su-35": a product
    first_two = first + " " + piece[1].lower if len(piece) > 1 else first
    if len(piece) > 1 and (document_head(piece) or document_head(piece[1:])):
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
    if is_acronym(surface) or ORG_SHAPE.match(piece[0].text) or (
            len(piece) > 1 and is_acronym(piece[0].text) and not gazetteer_lookup(piece[0].text)
            and not piece[1].text.isupper()):
        if piece[0].index and tokens[piece[0].index - 1].lower in _MEMBERS_OF and len(surface) >= 3 \
                and SPACE_GAP.fullmatch(text[tokens[piece[0].index - 1].end:piece[0].start] or "x"):
            return Draft(block, sentence, piece, "organization", 2, initial)  # "ketua BPKD": the body led
        return Draft(block, sentence, piece, "organization", 0 if len(piece) == 1 and surface.isupper() else 1,
                     initial)  # "BPS" (what its long form is says more), "Kemensos", "PN Bandar Jaya"
    index, end_index = piece[0].index, piece[-1].index
    previous = tokens[index - 1].lower if index else ""
    following = tokens[end_index + 1].lower if end_index + 1 < len(tokens) else ""
    gap_after = text[piece[-1].end:tokens[end_index + 1].start] if end_index + 1 < len(tokens) else ""
    if previous in w["speech_before"] or (following in w["speech_after"] and SPACE_GAP.fullmatch(gap_after or "x")):
        return Draft(block, sentence, piece, "person", 1, initial)
    if previous in w["place_before"] and len(piece) <= 3:
        return Draft(block, sentence, piece, "place", 0, initial)
    if len(piece) == 1 and region_level(name_key(surface)) and not personal_name(name_key(surface)):
        return Draft(block, sentence, piece, "place", 1, initial)  # a district of Indonesia
    if len(piece) >= 2 and (body := gazetteer_lookup(piece[0].text)) is not None and body.type == "organization":
        return Draft(block, sentence, piece, "organization", 2, initial)  # "CNN Indonesia": a body's branch
    if len(piece) >= 2 and gazetteer_span(piece, len(piece) - 1, text):
        return Draft(block, sentence, piece, "place", 0, initial)
    if len(piece) >= 3 and any(t.lower in _UNIT_HEADS for t in piece[1:-1]):
        return Draft(block, sentence, piece, "organization", 1, initial)  # "Brigpan Polda Tapal": a unit of a body
    if len(piece) >= 2 and all(t.text[0].isupper() and not is_acronym(t.text) for t in piece) and len(piece) <= 4 \
            and not common_phrase([t.lower for t in piece]):  # "Gas Air Mata" is no one's name
        return Draft(block, sentence, piece, "person", 0, initial)
    return Draft(block, sentence, piece, "other", 0, initial)


# Lower-case titles of who leads or belongs to a body: the acronym right after one is the body ("ketua BPKD").
_MEMBERS_OF = frozenset(("ketua", "kepala", "direktur", "pimpinan", "pemimpin", "komandan", "rektor", "presiden",
                         "anggota", "sekretaris", "bendahara", "pengurus", "kader"))
_COMPASS = frozenset(("utara", "selatan", "timur", "barat", "tengah", "pusat", "raya", "tenggara", "barat daya",
                      "timur laut", "barat laut", "daya", "laut", "hilir", "hulu"))
_MODEL = re.compile(r"^[A-Z][A-Za-z]{0,3}-\d{1,4}[A-Z]?$")  # model designations: F-16, Su-35, MiG-29


def is_forum_org(piece: list[Token]) -> bool:
    """'Forum'/'Pekan' names are organisations unless the sentence says they are held (see caller)."""
    return piece[0].lower in ("forum", "pekan") or piece[-1].lower in ("forum",)
