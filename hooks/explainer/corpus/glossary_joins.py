"""Glossary entities and how their forms join: short forms, acronyms, spellings in two languages; common
words that are no entity."""

from __future__ import annotations

import functools
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..extract.entities import TYPES, core_tokens
from ..extract.lexicon import affixed, common_phrase, gazetteer_lookup, name_key, region_level, words
from ..steptimes import timed


@dataclass
class Entity:
    key: str
    forms: Counter = field(default_factory=Counter)  # surface -> count
    mentions: Counter = field(default_factory=Counter)  # article id -> count
    votes: Counter = field(default_factory=Counter)  # type -> weight
    strong: Counter = field(default_factory=Counter)  # type -> mentions typed by a cue in the name
    descriptions: list[tuple[int, int, str, str, str]] = field(default_factory=list)  # rank, order, text, art, quote
    records: list[tuple[str, str]] = field(default_factory=list)  # (article id, surface)
    initial_only: bool = True
    gazetteer: tuple[str, str] | None = None  # (name, type)
    fixed_name: str | None = None
    fixed_type: str | None = None
    fixed_description: str | None = None
    names: Counter = field(default_factory=Counter)  # forms mentions resolve to (not appositive descriptions)


class Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, key: str) -> str:
        parent = self.parent.setdefault(key, key)
        if parent != key:
            parent = self.parent[key] = self.find(parent)
        return parent

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            keep, drop = sorted((ra, rb), key=lambda k: (-len(k.split()), k))
            self.parent[drop] = keep


_DERIVED = re.compile(r"^(?:anti|pro|non|pasca|pra|multi|inter|trans)-?[a-z]{4,}$")


def is_noise(entity: Entity) -> bool:
    """Capitalised common words, not names: every form is common vocabulary ("Syarat Layanan",
    "Hubungan Bilateral"), a derived noun or adjective on its own ("Kemerdekaan", "Antipeluru")."""
    if entity.gazetteer or entity.fixed_name:
        return False
    return all(_common_form(form, bool(entity.strong)) for form in entity.forms)


def _common_form(form: str, headed: bool) -> bool:
    """Whether `form` is common vocabulary: one common word, or (when no head word types it) common words only
    ("Gas Air Mata", "Harga Eceran Tertinggi")."""
    w = words()
    common = w["common_capitalised"] | w["common_words"]
    if name_key(form) in common:
        return True
    tokens = re.findall(r"[\w'’-]+", form.lower())
    if len(tokens) == 1 and "-" in tokens[0] and tokens[0][:4] == tokens[0].split("-")[1][:4]:
        return True  # "Desak-Desakan": a reduplicated common word
    if len(tokens) == 1:
        if form.isupper():
            return tokens[0] in w["common_acronyms"]  # "SPBU", "CCTV"
        return tokens[0] in common or bool(affixed(tokens[0]) or _DERIVED.match(tokens[0])) \
            or (not headed and common_phrase(tokens))
    if all(t in common for t in tokens):
        return True
    return not headed and common_phrase(tokens)


def _cross_language_key(key: str) -> str | None:
    """One key for "terusan suez" and "suez canal": the Indonesian head first or the English tail last,
    read as the same head (data/name_words.yml cross_language_heads)."""
    tokens = key.split()
    if len(tokens) < 2:
        return None
    pairs = _cross_heads()
    if tokens[0] in pairs:
        return pairs[tokens[0]] + " " + " ".join(tokens[1:])
    if tokens[-1] in pairs.values():
        return tokens[-1] + " " + " ".join(tokens[:-1])
    return None


@functools.cache
def _cross_heads() -> dict[str, str]:
    return dict(tuple(name_key(word) for word in pair.split(" ", 1)) for pair in sorted(words()["cross_language_heads"]))


def entity_type(entity: Entity) -> str:
    if entity.fixed_type:
        return entity.fixed_type
    if entity.gazetteer:
        return entity.gazetteer[1]
    votes = entity.votes
    return max(TYPES, key=lambda t: (votes.get(t, 0), -TYPES.index(t))) if votes else "other"


@timed("glossary.join_short_forms")
def join_short_forms(by_key: dict[str, Entity], union: Union) -> None:
    """A short form left alone in its article ("Hartono", "Sinar Jaya" of "PT Sinar Jaya Abadi", "Bantul" of
    "Kabupaten Bantul", "Sukma" of "Sukmawati ..." when no person is called "Sukma") joins the one corpus entity it
    can stand for; when two entities fit, it joins neither.
    Indexes by token, so the work grows with the corpus, not with its square."""
    persons_by_token: dict[str, set[str]] = defaultdict(set)
    named_by_prefix: dict[str, set[str]] = defaultdict(set)
    by_last_two: dict[str, set[str]] = defaultdict(set)
    given_by_prefix: dict[str, set[str]] = defaultdict(set)  # "sukma" -> "sukmawati lestari", ...
    for key, entity in by_key.items():
        tokens = key.split()
        kind = entity_type(entity)
        if len(tokens) < 2 or entity.gazetteer:
            continue
        if kind == "person":
            for token in tokens:
                persons_by_token[token].add(key)
            for n in range(4, len(tokens[0])):
                given_by_prefix[tokens[0][:n]].add(key)
            by_last_two[" ".join(tokens[-2:])].add(key)
        else:
            core = core_tokens(key)
            for n in range(1, len(core) + (1 if core != tokens else 0)):
                named_by_prefix[" ".join(core[:n])].add(key)
    for key in sorted(by_key):
        entity = by_key[key]
        if entity.gazetteer:
            continue
        tokens = key.split()
        kind = entity_type(entity)
        if len(tokens) == 1 and kind in ("person", "other") and key in persons_by_token:
            owners = {union.find(k) for k in persons_by_token[key]}
            if len(owners) == 1:
                union.union(next(iter(owners)), key)
                continue
        if len(tokens) == 1 and kind == "person" and key not in persons_by_token and key in given_by_prefix:
            owners = {union.find(k) for k in given_by_prefix[key]}  # "Bu Sukma" of "Sukmawati Lestari"
            if len(owners) == 1:
                union.union(next(iter(owners)), key)
                continue
        if (kind != "person" or not entity.strong["person"]) and key in named_by_prefix:
            candidates = named_by_prefix[key]
            owners = {union.find(k) for k in candidates} - {union.find(key)}
            if len(owners) > 1:  # "Bantul": the place "Kabupaten ...", not the police "Polres ..."
                wanted = kind if kind in ("organization", "event") else "place"
                owners = {union.find(k) for k in candidates if entity_type(by_key[k]) == wanted} - {union.find(key)}
            if len(owners) == 1:
                union.union(next(iter(owners)), key)
                continue
        if len(tokens) == 1 and entity.forms and all(f.isupper() for f in entity.forms):
            owners = {union.find(k) for k, e in _acronym_candidates(key, by_key, named_by_prefix)}
            if len(owners) == 1:
                union.union(next(iter(owners)), key)
                continue
        if kind == "person" and len(tokens) >= 3:
            # A title word left in front of a name: "Sleman Budi Hartono" -> "Budi Hartono".
            for n in range(len(tokens) - 1, 1, -1):
                tail = " ".join(tokens[-n:])
                if tail in by_key and tail != key and entity_type(by_key[tail]) == "person":
                    union.union(tail, key)
                    break


@timed("glossary.join_partial_names")
def join_partial_names(by_key: dict[str, Entity], union: Union) -> None:
    """A person's name cut short ("Sri Wulandari" of "Sri Wulandari Indah", "Eka Pratama" of "Yudha Eka Pratama")
    joins the one longer name it is part of; a name one letter away from another of the same kind ("Hendra Kurniawn",
    "Sumatra Barat") joins it when one of the two is rare or both are described alike."""
    persons = [k for k in sorted(by_key) if len(k.split()) >= 2 and entity_type(by_key[k]) == "person"
               and not by_key[k].gazetteer]
    parts: dict[str, set[str]] = defaultdict(set)
    for key in persons:
        tokens = key.split()
        for n in range(2, len(tokens)):
            for start in range(len(tokens) - n + 1):
                parts[" ".join(tokens[start:start + n])].add(key)
    for key in persons:
        owners = {union.find(k) for k in parts.get(key, ())} - {union.find(key)}
        if len(owners) == 1:
            union.union(next(iter(owners)), key)
    _join_overlapping(by_key, union, persons)
    _join_longer_spelling(by_key, union)
    variants: dict[str, set[str]] = defaultdict(set)
    for key in sorted(by_key):
        if len(key.split()) >= 2:
            for variant in _one_letter_less(key):
                variants[variant].add(key)
    for key in sorted(by_key):
        if len(key.split()) < 2:
            continue
        near = {k for v in [key, *_one_letter_less(key)] for k in variants.get(v, ())} - {key}
        near = {k for k in near if _same_kind(by_key[k], by_key[key]) and len(k.split()) == len(key.split())}
        if len(near) == 1 and _alike(by_key[key], by_key[next(iter(near))]):
            union.union(next(iter(near)), key)


def _join_overlapping(by_key: dict[str, Entity], union: Union, persons: list[str]) -> None:
    """Two cuts of one longer name that overlap ("Bima Arya" and "Arya Santosa" of "Bima Arya Santosa"), each the
    only such partner of the other and given the same description, are one person."""
    by_first: dict[str, set[str]] = defaultdict(set)
    for key in persons:
        by_first[key.split()[0]].add(key)
    for key in persons:
        partners = {k for k in by_first.get(key.split()[-1], ()) if k != key and len(key.split()) == 2 == len(k.split())}
        if len(partners) != 1:
            continue
        other = next(iter(partners))
        said = {d[2].lower() for d in by_key[key].descriptions}
        if said and any(d[2].lower() in said for d in by_key[other].descriptions):
            union.union(key, other)


def _join_longer_spelling(by_key: dict[str, Entity], union: Union) -> None:
    """A one-word name written with one or two letters more in it ("Sudarman", "Sudarmawan"): one person when it is
    the only such spelling and one of the two is rare or both are described alike."""
    single = sorted(k for k in by_key if " " not in k and len(k) >= 6 and entity_type(by_key[k]) == "person"
                    and not by_key[k].gazetteer)
    for key in single:
        longer = [k for k in single if 1 <= len(k) - len(key) <= 2 and k[:3] == key[:3]
                  and any(k[:i] + k[i + len(k) - len(key):] == key for i in range(3, len(key) + 1))]
        if len(longer) == 1 and _alike(by_key[key], by_key[longer[0]]):
            union.union(longer[0], key)


def _one_letter_less(key: str) -> list[str]:
    """The key with one letter dropped from one of its words of four letters or more."""
    tokens = key.split()
    out = []
    for i, token in enumerate(tokens):
        if len(token) >= 4:
            for j in range(len(token)):
                out.append(" ".join(tokens[:i] + [token[:j] + token[j + 1:]] + tokens[i + 1:]))
    return out


def _same_kind(a: Entity, b: Entity) -> bool:
    return (a.gazetteer[1] if a.gazetteer else entity_type(a)) == (b.gazetteer[1] if b.gazetteer else entity_type(b))


def _alike(a: Entity, b: Entity) -> bool:
    """Shared context for two spellings: one of them is rare (a slip of the pen), or they share a description."""
    if min(sum(a.mentions.values()), sum(b.mentions.values())) <= 2:
        return True
    said = {d[2].lower() for d in a.descriptions}
    return any(d[2].lower() in said for d in b.descriptions)


@timed("glossary.join_composed")
def join_composed(by_key: dict[str, Entity], union: Union, shorts: dict[str, str]) -> None:
    """One head over one entity is one entity: "Fraksi PH" = "Fraksi Partai Hijau" when PH is defined
    as that party, "Gedung DPR" = "Gedung DPR RI", "BPBD Jatim" = "BPBD Provinsi Jawa Timur"; "Kawasan Patung X" is
    "Patung X". `shorts` maps a defined acronym to its long form."""
    w = words()
    groups: dict[tuple[str, str], list[str]] = defaultdict(list)
    for key in sorted(by_key):
        tokens = key.split()
        entity = by_key[key]
        if len(tokens) < 2 or entity.gazetteer or entity_type(entity) == "person":
            continue
        head, tail = tokens[0], " ".join(tokens[1:])
        if tokens[0] in ("kawasan", "area", "komplek") and len(tokens) > 2 and tokens[1] in w["place_heads"]:
            if tail in by_key:
                union.union(tail, key)
            continue
        if not (head in w["organization_heads"] or head in w["place_heads"] or any(
                form.split(" ", 1)[0].isupper() for form in entity.forms)):
            continue
        target = _entity_of(tail, entity, by_key, union, shorts)
        if target:
            groups[(head, target)].append(key)
    for members in groups.values():
        for key in members[1:]:
            union.union(members[0], key)


_ADMIN_HEADS = frozenset(("kabupaten", "kota", "provinsi", "kecamatan", "kelurahan", "desa", "dusun", "kampung",
                          "nagari", "wilayah", "daerah", "distrik", "negara"))


@timed("glossary.join_head_variants")
def join_head_variants(by_key: dict[str, Entity], union: Union) -> None:
    """One place or organisation written with its head in full or short and its name whole or cut:
    "PN Bandar Jaya" = "Pengadilan Negeri Bandar Jaya", "RSUD X" = "Rumah Sakit X", "Mapolres Muara" = "Mapolres
    Muara Kota", "Tugu Elang Perkasa" = "Tugu Elang Raya Perkasa"; never across administrative heads ("Kota Muara"
    is not "Kabupaten Muara")."""
    by_tail_start: dict[str, list[tuple[str, str, list[str]]]] = defaultdict(list)
    for key in sorted(by_key):
        entity = by_key[key]
        if entity.gazetteer or entity_type(entity) == "person":
            continue
        split = _head_split(key, entity)
        if split is not None:
            signature, tail = split
            for token in set(tail):
                by_tail_start[token].append((key, signature, tail))
    for key in sorted(by_key):
        entity = by_key[key]
        if entity.gazetteer or entity_type(entity) == "person":
            continue
        split = _head_split(key, entity)
        if split is None:
            continue
        signature, tail = split
        partners = {other for other, other_sig, other_tail in by_tail_start.get(tail[0], ())
                    if other != key and _heads_match(signature, other_sig) and len(other_tail) > len(tail)
                    and _subsequence(tail, other_tail) and _same_kind(by_key[other], entity)}
        roots = {union.find(k) for k in partners}
        if len(roots) == 1:
            union.union(next(iter(roots)), key)
        elif not partners:
            same = {other for other, other_sig, other_tail in by_tail_start.get(tail[0], ())
                    if other != key and other_tail == tail and _heads_match(signature, other_sig)
                    and _same_kind(by_key[other], entity)}
            if len({union.find(k) for k in same}) == 1:
                union.union(union.find(next(iter(same))), key)


def _head_split(key: str, entity: Entity) -> tuple[str, list[str]] | None:
    """(the head's signature, the name after it): "pn" for "PN" and for "Pengadilan Negeri", "rs" for "Rumah
    Sakit"; None for names with no head, an administrative head, or nothing after it."""
    w = words()
    heads = w["organization_heads"] | w["place_heads"]
    tokens = key.split()
    if len(tokens) > 2 and tokens[0] in ("kawasan", "area", "komplek", "kompleks") and tokens[1] in w["place_heads"]:
        tokens = tokens[1:]  # "Kawasan Patung X" is "Patung X"
    n = 2 if len(tokens) > 2 and " ".join(tokens[:2]) in heads else 1
    head = tokens[:n]
    if len(tokens) <= n or head[0] in _ADMIN_HEADS:
        return None
    if any(" " in form and form.split(" ", 1)[0].isupper() for form in entity.forms):  # "PN Bandar Jaya", "RSUD X"
        return head[0], tokens[n:]
    if " ".join(head) not in heads:
        return None
    return ("".join(t[0] for t in head) if n > 1 else head[0]), tokens[n:]


def _heads_match(a: str, b: str) -> bool:
    """Heads that name one kind of body: equal, or an acronym and the initials of words ("rsud", "rs")."""
    return a == b or (min(len(a), len(b)) >= 2 and (a.startswith(b) or b.startswith(a)) and max(len(a), len(b)) <= 5)


def _subsequence(short: list[str], long: list[str]) -> bool:
    it = iter(long)
    return all(token in it for token in short)


def _entity_of(tail: str, entity: Entity, by_key: dict[str, Entity], union: Union, shorts: dict[str, str]) -> str:
    """The entity the words after a head name ("ph", "dpr ri", "provinsi jateng"), as a union root or a gazetteer key."""
    if tail.endswith(" ri") and " " in tail:
        tail = tail[:-3]
    if tail in shorts:
        tail = shorts[tail]
    for form in sorted(entity.forms):
        rest = form.split(" ", 1)[1] if " " in form else ""
        found = gazetteer_lookup(rest) or gazetteer_lookup(re.sub(r"\s+RI$", "", rest))
        if found is not None:
            return name_key(found.name)
    return union.find(tail) if tail in by_key else ""


@timed("glossary.join_qualified_short_forms")
def join_qualified_short_forms(by_key: dict[str, Entity], union: Union, shorts: dict[str, str]) -> None:
    """ "Tim Advokasi Rakyat (TAR) Bima" then "TAR Bima": a defined acronym with one word after it, the only such
    word the corpus writes after it and no place ("KPU Jawa" is a branch), is the body the acronym stands for."""
    qualified: dict[str, set[str]] = defaultdict(set)
    heads = words()["organization_heads"]
    for key, entity in by_key.items():
        tokens = key.split()
        if len(tokens) >= 2 and tokens[0] in shorts and not entity.gazetteer and entity_type(entity) != "person" \
                and (len(tokens) == 2 or tokens[1] in heads):
            qualified[tokens[0]].add(key)
    for short, keys in sorted(qualified.items()):
        full = shorts[short]
        if len(keys) != 1 or full not in by_key or len(full.split()) < 2:
            continue
        key = next(iter(keys))
        qualifier = key.split()[1]
        found = gazetteer_lookup(qualifier.capitalize())
        if len(key.split()) == 2 and ((found is not None and found.type == "place") or region_level(qualifier)):
            continue
        union.union(union.find(full), key)


@timed("glossary.join_initials")
def join_initials(by_key: dict[str, Entity], union: Union, defined: set[str]) -> None:
    """An acronym never defined in the corpus, written with a hyphen or alone ("F-PRB"), and the one organisation
    whose written name it spells by initials ("Fraksi Partai Rakyat Bersatu"): one entity; a person written by
    initials only ("HW") and the one person whose name they spell; a given name with initials ("Gilang SP") and the
    one person of that given name whose next word starts alike, described alike. Two candidates: neither. Indexed by
    initials, so linear in the glossary."""
    by_initials: dict[str, set[str]] = defaultdict(set)
    people: dict[str, set[str]] = defaultdict(set)  # "hw" -> person entities "Hendro Wibisono", ...
    given: dict[tuple[str, str], set[str]] = defaultdict(set)  # ("gilang", "s") -> "Gilang Surya Pratama", ...
    for key, entity in by_key.items():
        kind = entity_type(entity)
        if len(key.split()) >= 3 and not entity.gazetteer and kind == "organization":
            for form in entity.forms:
                letters = _initials(form)
                if len(letters) >= 3:
                    by_initials[letters].add(key)
        elif len(key.split()) >= 2 and kind == "person":
            people["".join(word[0] for word in key.split())].add(key)
            if not _written_by_initials(entity.forms):
                given[tuple(key.split()[:1]) + (key.split()[1][0],)].add(key)
    for key in sorted(by_key):
        entity = by_key[key]
        if key in defined or entity.gazetteer or not entity.forms:
            continue
        if entity_type(entity) == "person" and len(key.split()) == 2 and _written_by_initials(entity.forms):
            # "Gilang SP" and "Gilang Surya Pratama": a given name and initials, the one such person described alike
            first, letters = key.split()
            owners = {union.find(full) for full in given.get((first, letters[0]), ())} - {union.find(key)}
            if len(owners) == 1 and _alike(entity, by_key[next(iter(owners))]):
                union.union(next(iter(owners)), key)
            continue
        if entity_type(entity) == "person" and all(_INITIALS_FORM.fullmatch(form) for form in entity.forms):
            # "ketua panitia lomba, HW": a person the article writes by initials only, named in full in another article
            owners = {union.find(full) for full in people.get(key.replace(" ", ""), ())}
            if len(owners - {union.find(key)}) == 1:
                union.union(next(iter(owners)), key)
            continue
        if not all(_ACRONYM_FORM.fullmatch(form) for form in entity.forms):
            continue
        owners = {union.find(full) for form in entity.forms for full in by_initials.get(form.replace("-", ""), ())}
        if len(owners - {union.find(key)}) == 1:
            union.union(next(iter(owners)), key)


_ACRONYM_FORM = re.compile(r"[A-Z]{1,3}-[A-Z]{2,6}|[A-Z]{3,7}")
_INITIALS_FORM = re.compile(r"[A-Z]{2,4}")
_GIVEN_INITIALS = re.compile(r"[A-Z][a-z]{2,} [A-Z]{1,3}\.?")


def _written_by_initials(forms) -> bool:
    """Whether a person's forms are a given name with initials ("Gilang SP"), and maybe the initials alone."""
    return any(_GIVEN_INITIALS.fullmatch(f) for f in forms) \
        and all(_GIVEN_INITIALS.fullmatch(f) or _INITIALS_FORM.fullmatch(f) for f in forms)


def _initials(form: str) -> str:
    """The capital initials of a written name's words, connectors skipped ("Badan Riset dan Inovasi" -> "BRI")."""
    connectors = words()["organization_connectors"]
    return "".join(word[0] for word in form.split() if word.lower() not in connectors and word[0].isupper())


@timed("glossary.join_cross_language")
def join_cross_language(by_key: dict[str, Entity], union: Union) -> None:
    """ "Terusan Suez" and "Suez Canal", "Universitas Kookmin" and "Kookmin University": one place."""
    seen: dict[str, str] = {}
    for key in sorted(by_key):
        cross = _cross_language_key(key)
        if cross is None:
            continue
        if cross in seen:
            union.union(seen[cross], key)
        else:
            seen[cross] = key


def _acronym_candidates(key: str, by_key: dict[str, Entity],
                        named_by_prefix: dict[str, set[str]]) -> list[tuple[str, Entity]]:
    """Organisations whose full name the acronym `key` abbreviates by initials (first letter index)."""
    out = []
    letter = key[:1]
    for prefix in sorted(named_by_prefix):
        if len(prefix.split()) != 1 or prefix[:1] != letter:
            continue
        for full in sorted(named_by_prefix[prefix]):
            tokens = full.split()
            if len(tokens) >= 2 and "".join(t[0] for t in core_tokens(full)) == key:
                out.append((full, by_key[full]))
    return out


# ---------------------------------------------------------------------------------------------
# User fixes
# ---------------------------------------------------------------------------------------------
