"""Merge per-article entity mentions into one glossary for the corpus and apply user fixes.

The fixes come from ``seeds/entities.yml``, read and checked by ``explainer.ingest.entities`` (the keys and an
example are there); user entries win over what the extractor found.
"""

from __future__ import annotations

import re
from collections import defaultdict

from ..extract.entities import Mention
from ..extract.lexicon import gazetteer_lookup, name_key, words
from ..model import Article
from .glossary_joins import Entity as _Entity
from .glossary_joins import Union as _Union
from .glossary_joins import entity_type as _entity_type
from .glossary_joins import is_noise as _is_noise
from .glossary_joins import join_composed as _join_composed
from .glossary_joins import join_cross_language as _join_cross_language
from .glossary_joins import join_head_variants as _join_head_variants
from .glossary_joins import join_initials as _join_initials
from .glossary_joins import join_partial_names as _join_partial_names
from .glossary_joins import join_qualified_short_forms as _join_qualified_short_forms
from .glossary_joins import join_short_forms as _join_short_forms
from ..slug import slugify, unique
from ..steptimes import timed

PAGINATE_AT = 400  # glossaries with more entries get one page per initial letter
TYPE_LABELS = {"person": "Orang", "organization": "Organisasi", "place": "Tempat", "event": "Peristiwa",
               "other": "Lainnya"}
_TYPE_WEIGHT = {3: 1000, 2: 4, 1: 2, 0: 1}


# ---------------------------------------------------------------------------------------------
# Corpus-wide merge
# ---------------------------------------------------------------------------------------------

@timed("glossary")
def build_glossary(per_article: list[tuple[Article, list[Mention]]], overrides: dict) -> list[dict]:
    """One entry per entity of the corpus, exactly in the data/glossary.json schema, sorted by id."""
    ordered = sorted(per_article, key=lambda pair: pair[0].id)
    entities = _collect(ordered)
    entities = _apply_overrides(entities, overrides.get("entries", []) if overrides else [], ordered)
    return _export(entities)


def _gazetteer_key(surface: str) -> tuple[str, str, str] | None:
    entry = gazetteer_lookup(surface)
    if entry is None:
        return None
    return name_key(entry.name), entry.name, entry.type


@timed("glossary.collect")
def _collect(ordered: list[tuple[Article, list[Mention]]]) -> dict[str, _Entity]:
    """Group mentions by their resolved form, then join short forms, acronyms and spellings."""
    by_key: dict[str, _Entity] = {}
    acronym_defs: dict[str, set[str]] = defaultdict(set)
    outlets = {key for article, _ in ordered if (key := outlet_key(article.outlet))}
    order = 0
    for article, mentions in ordered:
        own = outlet_key(article.outlet)
        for mention in mentions:
            order += 1
            if mention.resolved is None or (own and mention.strength < 3
                                            and own in (name_key(mention.surface), name_key(mention.resolved))):
                continue  # the article naming its own outlet ("kata Ketua X kepada Kabar Kita") names no entity
            gaz = _gazetteer_key(mention.resolved) or (
                _gazetteer_key(mention.surface) if mention.resolved == mention.surface else None)
            key = gaz[0] if gaz else name_key(mention.resolved)
            if not key:
                continue
            entity = by_key.get(key)
            if entity is None:
                entity = by_key[key] = _Entity(key)
            if gaz:
                entity.gazetteer = (gaz[1], gaz[2])
            entity.forms[mention.surface] += 1
            entity.names[mention.resolved] += 1
            entity.mentions[article.id] += 1
            entity.records.append((article.id, mention.surface))
            entity.votes[mention.type] += _TYPE_WEIGHT[mention.strength]
            if mention.strength >= 2:
                entity.strong[mention.type] += 1
            entity.initial_only &= mention.initial
            if mention.description:
                rank = -1 if _LED_BY.match(mention.description) else 0 if mention.description.startswith("yang ") \
                    else 2 if len(mention.description.split()) > 1 and not (
                        mention.type == "person" and _INITIALS.fullmatch(mention.surface)) \
                    else 1  # a clause only when no noun says it; what is said of initials ("HW") when nothing else
                entity.descriptions.append((rank, order, mention.description, article.id, mention.quote or ""))
            if mention.expansion and len(mention.surface) < len(mention.expansion) \
                    and not gazetteer_lookup(mention.surface):
                acronym_defs[name_key(mention.surface)].add(name_key(mention.expansion))
    union = _Union()
    for key in by_key:
        union.find(key)
    # An acronym defined in the corpus names the same entity everywhere; the long forms it is defined with are that
    # one entity when they start alike ("Perselisihan Hasil Pemilihan Umum", "Perselisihan Hasil Pemilu").
    for short, fulls in sorted(acronym_defs.items()):
        fulls = sorted(f for f in fulls if f in by_key)
        if fulls and (len({f.split()[0] for f in fulls}) == 1 or _one_word_apart(fulls)):
            for full in fulls + ([short] if short in by_key else []):
                union.union(fulls[0], full)
    shorts = {short: sorted(fulls)[0] for short, fulls in acronym_defs.items() if fulls}
    _join_composed(by_key, union, shorts)
    _join_qualified_short_forms(by_key, union, shorts)
    _join_head_variants(by_key, union)
    _join_partial_names(by_key, union)
    _join_short_forms(by_key, union)
    _join_cross_language(by_key, union)
    _join_initials(by_key, union, set(acronym_defs))
    merged: dict[str, _Entity] = {}
    for key in sorted(by_key):
        root = union.find(key)
        target = merged.setdefault(root, _Entity(root))
        _absorb(target, by_key[key])
    for key, entity in merged.items():
        if key in outlets or any(name_key(form) in outlets for form in entity.forms):
            entity.votes["organization"] += 1000  # an outlet of the corpus' own articles
            entity.strong["organization"] += 1
    return {k: e for k, e in merged.items() if not e.initial_only and not _is_noise(e)}


_OUTLET_TAIL = re.compile(r"(?:\.(?:com|co\.id|id|net|org|tv|news)\b.*|\.\s.*)$", re.I)


def outlet_key(outlet: str | None) -> str:
    """The name key of an outlet as its article's metadata gives it ("KOMPAS.com" -> "kompas"), or ""."""
    if not outlet:
        return ""
    return name_key(_OUTLET_TAIL.sub("", outlet.strip()))


def _one_word_apart(keys: list[str]) -> bool:
    """Long forms of one acronym that differ in one word only ("Konferensi"/"Konfederasi Serikat Pekerja X")."""
    split = [k.split() for k in keys]
    return len({len(s) for s in split}) == 1 and sum(len({s[i] for s in split}) > 1 for i in range(len(split[0]))) <= 1


def _absorb(target: _Entity, source: _Entity) -> None:
    target.forms.update(source.forms)
    target.names.update(source.names)
    target.mentions.update(source.mentions)
    target.votes.update(source.votes)
    target.strong.update(source.strong)
    target.descriptions.extend(source.descriptions)
    target.records.extend(source.records)
    target.initial_only = target.initial_only and source.initial_only
    target.gazetteer = target.gazetteer or source.gazetteer
    target.fixed_name = source.fixed_name or target.fixed_name
    target.fixed_type = source.fixed_type or target.fixed_type
    target.fixed_description = source.fixed_description or target.fixed_description


def _alias_index(entities: dict[str, _Entity]) -> dict[str, set[str]]:
    index: dict[str, set[str]] = defaultdict(set)
    for key, entity in entities.items():
        index[key].add(key)
        for form in entity.forms:
            index[name_key(form)].add(key)
        if entity.fixed_name:
            index[name_key(entity.fixed_name)].add(key)
    return index


def _find(entities: dict[str, _Entity], name: str) -> str | None:
    owners = sorted(_alias_index(entities).get(name_key(name), ()))
    return owners[0] if owners else None


@timed("glossary.overrides")
def _apply_overrides(entities: dict[str, _Entity], entries: list[dict],
                     ordered: list[tuple[Article, list[Mention]]]) -> dict[str, _Entity]:
    for entry in entries:
        target = _find(entities, entry["match"])
        if target is None:
            if entry.get("exclude") or "name" not in entry:
                continue
            target = name_key(entry["name"])
            entities[target] = _scan_new(entry, ordered)
        if entry.get("exclude"):
            del entities[target]
            continue
        entity = entities[target]
        for other in entry.get("aliases", []) + entry.get("merge", []):
            found = _find(entities, other)
            if found and found != target:
                _absorb(entity, entities.pop(found))
            entity.forms.setdefault(other, 0)
        for alias in entry.get("split", []):
            _split(entities, target, alias)
        if "name" in entry:
            entity.fixed_name = entry["name"]
        if "type" in entry:
            entity.fixed_type = entry["type"]
        if "description" in entry:
            entity.fixed_description = entry["description"]
    return entities


def _split(entities: dict[str, _Entity], target: str, alias: str) -> None:
    entity = entities[target]
    key = name_key(alias)
    moved = [r for r in entity.records if name_key(r[1]) == key]
    if not moved and not any(name_key(f) == key for f in entity.forms):
        return
    fresh = entities.setdefault(key if key != target else key + " *", _Entity(key))
    for article_id, surface in moved:
        entity.mentions[article_id] -= 1
        fresh.mentions[article_id] += 1
        fresh.records.append((article_id, surface))
    entity.mentions = +entity.mentions
    entity.records = [r for r in entity.records if name_key(r[1]) != key]
    for form in [f for f in entity.forms if name_key(f) == key]:
        fresh.forms[form] += entity.forms.pop(form)
    fresh.votes["other"] += 1
    fresh.initial_only = False


def _scan_new(entry: dict, ordered: list[tuple[Article, list[Mention]]]) -> _Entity:
    """An entity the user adds: its mentions are found by searching its names in the bodies."""
    entity = _Entity(name_key(entry["name"]), fixed_name=entry["name"], fixed_type=entry.get("type", "other"))
    entity.initial_only = False
    names = [entry["name"], *entry.get("aliases", [])]
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))
                         + r")(?!\w)")
    for article, _ in ordered:
        for text in article.paragraphs:
            for match in pattern.finditer(text):
                entity.forms[match.group()] += 1
                entity.mentions[article.id] += 1
                entity.records.append((article.id, match.group()))
    for name in names:
        entity.forms.setdefault(name, 0)
    return entity


# ---------------------------------------------------------------------------------------------
# Export
# ---------------------------------------------------------------------------------------------

def _display_name(entity: _Entity) -> str:
    if entity.fixed_name:
        return entity.fixed_name
    if entity.gazetteer:
        return entity.gazetteer[0]
    forms = [f for f in entity.forms if entity.forms[f] > 0] or list(entity.forms)
    forms = [f for f in forms if f in entity.names] or forms  # "Knesset", not its "Parlemen Israel"
    full = [f for f in forms if not _looks_acronym(f)] or forms
    return max(full, key=lambda f: (len(name_key(f).split()), entity.forms[f], f != f.upper(), f))


def _looks_acronym(form: str) -> bool:
    letters = [c for c in form if c.isalpha()]
    return " " not in form and len(letters) >= 2 and sum(c.isupper() for c in letters) >= len(letters) - 1


def _description(entity: _Entity, name: str) -> tuple[str | None, dict | None]:
    if entity.fixed_description:
        return entity.fixed_description, None
    spelled = _spelled_out(name)
    if spelled:
        return spelled, None
    if not entity.descriptions:
        return None, None
    # The description most articles agree on: an article agrees when its own description holds this one's
    # words ("presiden Belarus" is in "presiden Belarus dan partner Putin"); then the fuller one, then the first.
    said = defaultdict(set)
    for d in entity.descriptions:
        said[d[2].lower()].add(d[3])
    support = _support(said)
    # A noun phrase before a clause, a title ("Ketua Panitia X") before a bare lower-case role ("terdakwa"), then
    # support; among clauses, the one from the article that names the entity most (the story about it).
    best = min(entity.descriptions, key=lambda d: (d[0] <= 0, d[0] < 0, _bare_role(d[2]), -len(support[d[2].lower()]),
                                                   -d[0], -entity.mentions[d[3]] if d[0] == 0 else 0, d[1]))
    own = set(name.lower().split())
    fuller = [d for d in entity.descriptions if d[0] > 0 and len(d[2].split()) <= 8
              and d[2].lower().startswith(best[2].lower() + " ") and own.isdisjoint(d[2].lower().split())]
    if best[0] > 0 and fuller:  # "Presiden" said in many articles, "Presiden ke-7 RI" in one: the fuller title
        best = max(fuller, key=lambda d: (len(support[d[2].lower()]), -d[1]))
    text = _headed(_gathered(entity.descriptions, best[2]), name)
    # the role most articles give besides a title: "Ketua Panitia X, terdakwa"
    status = max((d for d in entity.descriptions if _bare_role(d[2]) and d[2].lower() not in text.lower()),
                 key=lambda d: (len(support[d[2].lower()]), -d[1]), default=None)
    if status is not None and not _bare_role(text) and best[0] > 0 and len(support[status[2].lower()]) >= 2:
        text = f"{text}, {status[2]}"
    elif best[0] > 0:
        other = _second_role(entity.descriptions, best, support)
        if other is not None:
            text = f"{text}, {other}"
    return text, ({"article": best[3], "quote": best[4]} if best[4] else None)


_INITIALS = re.compile(r"[A-Z]{2,4}")  # a person written by initials only: their full name's articles say more
# "yang diketuai X": who leads a body, said in that person's title (extract/relations.py); the last resort
_LED_BY = re.compile(r"yang (?:diketuai|dipimpin|dikoordinasi) [A-Z]")


_YEARS = re.compile(r"^(?:\d{4}(?:[-/]\d{2,4})?)?$")


def _spelled_out(name: str) -> str | None:
    """What a name that is a common abbreviation, with a year or not, stands for ("Pilkada 2020" -> "pemilihan kepala
    daerah 2020")."""
    head, _, rest = name.partition(" ")
    if not _YEARS.match(rest):
        return None
    meanings = dict(item.split(" = ", 1) for item in words()["abbreviation_meanings"])
    meaning = meanings.get(head.lower()) if head[:1].isupper() else None
    return f"{meaning} {rest}".strip() if meaning else None


# "kota tempat Stadion X berada": what lies in a place (extract/containers.py)
# Descriptions that name things, which the articles may give one by one: "kota tempat Stadion X berada" (what lies
# in a place, extract/containers.py), "wilayah asal massa", "yang dituju mahasiswa" (extract/movements.py)
_GATHERED = (re.compile(r"^(\S+ tempat )(.+)( berada)$"), re.compile(r"^(wilayah asal )(.+)()$"),
             re.compile(r"^(yang dituju )(.+)()$"))


def _gathered(descriptions: list, text: str) -> str:
    """All the things the articles name in one such description, in order of mention, up to three ("wilayah tempat
    Gedung A, Kantor B dan Istana C berada"); `text` itself otherwise."""
    form = next((f for f in _GATHERED if f.match(text)), None)
    if form is None:
        return text
    head, tail = form.match(text).group(1), form.match(text).group(3)
    things: list[str] = []
    for d in sorted(descriptions, key=lambda d: d[1]):
        match = form.match(d[2])
        if match and match.group(1) == head and not any(_holds(t, match.group(2)) or _holds(match.group(2), t)
                                                        for t in things):
            things.append(match.group(2))
    things = things[:3]
    listed = things[0] if len(things) == 1 else ", ".join(things[:-1]) + " dan " + things[-1]
    return f"{head}{listed}{tail}"


def _holds(longer: str, shorter: str) -> bool:
    """ "Kawasan Patung A" holds "Patung A" (one thing, named twice); "Polres A" does not hold the place "A"."""
    return longer.lower() == shorter.lower() or " " in shorter and bool(
        re.search(rf"(?<!\w){re.escape(shorter.lower())}(?!\w)", longer.lower()))


def _second_role(descriptions: list, best: tuple, support: dict) -> str | None:
    """Another noun phrase said of the entity in another sentence that shares no word with the chosen one ("Presiden
    ke-8 RI" and "pasangan calon nomor urut 2"): both are what the articles say it is."""
    said = set(re.findall(r"\w+", best[2].lower()))
    titled = _person_title(best[2])
    others = [d for d in descriptions if d[0] > 0 and d[4] != best[4] and len(d[2].split()) <= 8
              and _person_title(d[2]) == titled and said.isdisjoint(re.findall(r"\w+", d[2].lower()))]
    if not others:
        return None
    return max(others, key=lambda d: (len(support[d[2].lower()]), d[0], -d[1]))[2]


def _person_title(description: str) -> bool:
    """Whether `description` opens with a person's title or role ("Ketua ...", "korban ...")."""
    lowered = description.lower().split()
    titles = words()["person_titles"]
    return any(" ".join(lowered[:n]) in titles for n in (1, 2, 3) if len(lowered) >= n)


_TOKEN = re.compile(r"\w+")


def _support(said: dict[str, set[str]]) -> dict[str, set[str]]:
    """Description text -> the articles whose description holds it as whole words. Candidates come from an
    index of the texts by word (a text holding another has each of its words), never all pairs."""
    words_of = {text: set(_TOKEN.findall(text)) for text in said}
    by_word: dict[str, list[str]] = defaultdict(list)
    for text, found in words_of.items():
        for word in found:
            by_word[word].append(text)
    support = {}
    for text, found in words_of.items():
        candidates = min((by_word[word] for word in found), key=len) if found else list(said)
        support[text] = {a for other in candidates if _in_words(other, text) for a in said[other]}
    return support


def _in_words(other: str, text: str) -> bool:
    """Whether `text` stands in `other` as whole words (not inside a longer word)."""
    if not text:
        return re.search(r"(?<!\w)(?!\w)", other) is not None
    start = other.find(text)
    while start >= 0:
        end = start + len(text)
        if (start == 0 or not _word_char(other[start - 1])) and (end == len(other) or not _word_char(other[end])):
            return True
        start = other.find(text, start + 1)
    return False


def _word_char(char: str) -> bool:
    """What a regular expression's \\w matches."""
    return char.isalnum() or char == "_"


def _bare_role(description: str) -> bool:
    """One lower-case word ("terdakwa", "korban"): a status rather than a title."""
    return " " not in description and description[:1].islower()


_DONE_THERE = re.compile(r"^tempat .+ di[a-z]+$")  # "tempat korban dirawat" (extract/containers.py::attach_venue)


def _headed(description: str, name: str) -> str:
    """A clause ("yang menetapkan harga beras") led by the head word of the name it describes, when the name has one
    ("Komisi Pangan" -> "komisi yang menetapkan harga beras")."""
    if not description.startswith("yang ") and not _DONE_THERE.match(description):
        return description
    w = words()
    lowered = name.lower().split()
    heads = w["organization_heads"] | w["place_heads"] | w["event_heads"]
    for n in (2, 1):
        if len(lowered) > n and " ".join(lowered[:n]) in heads and not name.split()[0].isupper():  # not "pt ..." 
            return " ".join(lowered[:n]) + " " + description
    return description


def entry_page(entry_id: str, paginated: bool) -> str:
    """Site-relative URL of an entry: "glosarium/#id" or, paginated, "glosarium/k/#id"."""
    return f"glosarium/{letter_of(entry_id)}/#{entry_id}" if paginated else f"glosarium/#{entry_id}"


def letter_of(entry_id: str) -> str:
    """The page letter of an entry id ("0-9" names go to page "lain")."""
    first = entry_id[:1]
    return first if first.isalpha() else "lain"


def entry_src(entry: dict) -> str:
    """Docs path of the page holding `entry` ("glosarium/index.md" or "glosarium/k.md")."""
    path = entry["page"].split("#", 1)[0].rstrip("/")
    return "glosarium/index.md" if path == "glosarium" else path + ".md"


@timed("glossary.export")
def _export(entities: dict[str, _Entity]) -> list[dict]:
    paginated = len(entities) > PAGINATE_AT
    rows = []
    for key, entity in entities.items():
        name = _display_name(entity)
        rows.append((slugify(name) or slugify(key) or "entitas", name, key, entity))
    taken: set[str] = set()
    out = []
    for slug, name, key, entity in sorted(rows, key=lambda r: (r[0], r[2])):
        entry_id = unique(slug, taken)
        description, source = _description(entity, name)
        aliases = sorted({f for f in entity.forms} | {name}, key=lambda f: (f.lower(), f))
        out.append({
            "id": entry_id,
            "name": name,
            "type": _entity_type(entity),
            "aliases": aliases,
            "description": description,
            "description_source": source,
            "mentions": {a: c for a, c in sorted(entity.mentions.items()) if c > 0},
            "page": entry_page(entry_id, paginated),
        })
    return out

