"""The fixed entity pool (~300 people with roles, ~80 organisations, ~130 places) built from data/entities.json."""

from __future__ import annotations

import functools
import random
import re
from collections import defaultdict
from dataclasses import dataclass

from .words import load_data

# data/entities.json: places as names or [name, variants, short forms] / [name, short or null]; organisations as
# [subtype, full name, acronym or null, short name or null]; people's name parts by origin; role templates per
# category as [template, is_title], where a placeholder names an entity subtype ("{kabupaten}") or one organisation
# by its full name ("{org:Badan Siaga Bencana Daerah}") and a "_short" suffix asks for the entity's short form
# ("{kabupaten_short}" -> "Tanjung Seruni"); how many people each category gets; role prefixes given to one person
# only; the countries a diplomat may represent, by the origin of the name. "real_people" lists combinations that
# happen to name well-known real people: they are never generated.
_DATA = load_data("entities")


@dataclass(frozen=True)
class Entity:
    id: str
    type: str                              # "person" | "organization" | "place"
    subtype: str                           # e.g. "kabupaten", "partai", "pemerintahan"
    canonical: str
    variants: tuple[str, ...] = ()         # other full forms: spellings, "Kab. X", "Provinsi X"
    short: tuple[str, ...] = ()            # forms used once introduced: surname, "X" for "Desa X"
    acronym: str | None = None
    role: str | None = None                # persons: "Bupati Tanjung Seruni"
    role_refs: tuple[tuple[str, str], ...] = ()  # (entity id, alias) named inside the role
    role_is_title: bool = True             # "Bupati X Budi" (title) / "Budi, warga X," (apposition)

    @property
    def aliases(self) -> list[str]:
        forms = [self.canonical, *self.variants, *self.short]
        if self.acronym:
            forms.append(self.acronym)
        return list(dict.fromkeys(forms))


@dataclass(frozen=True)
class PersonName:
    canonical: str
    variants: tuple[str, ...] = ()
    short: tuple[str, ...] = ()
    origin: str = "indonesia"     # a diplomat's country follows the origin of the name


class EntityPool:
    """All entities, indexed by id, subtype and (for organisations) full name."""

    def __init__(self, entities: list[Entity]) -> None:
        self.entities = entities
        self.by_id = {e.id: e for e in entities}
        self.by_subtype: dict[str, list[Entity]] = defaultdict(list)
        for entity in entities:
            self.by_subtype[entity.subtype].append(entity)
        self.by_name = {e.canonical: e for e in entities}

    def of(self, *subtypes: str) -> list[Entity]:
        return [e for s in subtypes for e in self.by_subtype[s]]


def place_specs() -> list[tuple[str, str, tuple[str, ...], tuple[str, ...]]]:
    """(subtype, canonical, other full forms, short forms) for every place."""
    specs = []
    for name, abbreviation in _DATA["provinces"]:
        specs.append(("provinsi", name, ("Provinsi " + name,),
                      (abbreviation,) if abbreviation else ()))
    for name, variants, short in _DATA["cities"]:
        specs.append(("kota", name, variants + ("Kota " + name,), short))
    specs += [("kabupaten", "Kabupaten " + n, ("Kab. " + n,), (n,)) for n in _DATA["kabupaten"]]
    specs += [("kota", "Kota " + n, (), (n,)) for n in _DATA["invented_cities"]]
    specs += [("kecamatan", "Kecamatan " + n, (), (n,)) for n in _DATA["kecamatan"]]
    specs += [("desa", "Desa " + n, (), (n,)) for n in _DATA["desa"]]
    specs += [("alam", n, (), (s,) if s else ()) for n, s in _DATA["natural_places"]]
    specs += [("negara", n, v, s) for n, v, s in _DATA["countries"]]
    specs += [("kota_asing", n, (), ()) for n in _DATA["foreign_cities"]]
    return specs


def indonesian_names(rng: random.Random, count: int) -> list[PersonName]:
    spelling_variants, real_people = _DATA["spelling_variants"], frozenset(_DATA["real_people"])
    names: dict[str, PersonName] = {}
    for plain, old_spelling in _DATA["mononyms"]:
        names[plain] = PersonName(plain, (old_spelling,) if old_spelling else ())
    for full in _DATA["balinese"]:
        names[full] = PersonName(full, (), (full.split()[-1],))
    while len(names) < count:
        if rng.random() < 0.2:
            givens, middles = rng.choice(_DATA["three_part_names"])
            given, middle = rng.choice(givens), rng.choice(middles)
            family = rng.choice(_DATA["family_names"])
            canonical = f"{given} {middle} {family}"
            short = (rng.choice((middle, family)),)
        else:
            given, family = rng.choice(_DATA["given_names"]), rng.choice(_DATA["family_names"])
            canonical = f"{given} {family}"
            short = (family,) if rng.random() < 0.7 else (given,)
        if canonical in names or canonical in real_people or given == family:
            continue
        variants = tuple(canonical.replace(given, v, 1) for v in spelling_variants.get(given, ()))
        names[canonical] = PersonName(canonical, variants[:1], short)
    return list(names.values())


def foreign_names(rng: random.Random) -> list[PersonName]:
    names: dict[str, PersonName] = {}
    while len(names) < 20:
        family = rng.choice(_DATA["korean_families"])
        first, second = rng.sample(_DATA["korean_syllables"], 2)
        canonical = f"{family} {first} {second}"
        names[canonical] = PersonName(canonical, (f"{family} {first}-{second.lower()}",), (family,),
                                      "korea")
    chinese = 0
    while chinese < 15:
        canonical = f"{rng.choice(_DATA['chinese_families'])} {rng.choice(_DATA['chinese_given'])}"
        if canonical not in names:
            family = canonical.split()[0]
            names[canonical] = PersonName(canonical, (), (family,), "china")
            chinese += 1
    russian = 0
    while russian < 15:
        (given, alt), family = rng.choice(_DATA["russian_given"]), rng.choice(_DATA["russian_families"])
        canonical = f"{given} {family}"
        if canonical not in names:
            names[canonical] = PersonName(canonical, (f"{alt} {family}",) if alt else (), (family,),
                                          "rusia")
            russian += 1
    for full in _DATA["western_names"]:
        names[full] = PersonName(full, (), (full.split()[-1],), "barat")
    for full in _DATA["japanese_names"]:
        names[full] = PersonName(full, (), (full.split()[-1],), "jepang")
    for full in _DATA["arabic_names"]:
        family = full.split()[-1]
        names[full] = PersonName(full, (full.replace("-", " "),), (family,), "arab")
    for canonical, variants, short in _DATA["sea_names"]:
        names[canonical] = PersonName(canonical, variants, short, "asia_tenggara")
    return list(names.values())


def build_entity_pool() -> EntityPool:
    """The whole pool: the same on every run, whatever the corpus seed."""
    rng = random.Random("entity-pool-v1")
    entities: list[Entity] = []
    for i, (subtype, canonical, variants, short) in enumerate(place_specs(), 1):
        entities.append(Entity(f"plc-{i:03d}", "place", subtype, canonical, variants, short))
    for i, (subtype, full, acronym, short) in enumerate(_DATA["organisations"], 1):
        entities.append(Entity(f"org-{i:03d}", "organization", subtype, full,
                               short=(short,) if short else (), acronym=acronym))
    pool = EntityPool(entities)

    people = [(name, category)
              for names, counts in ((indonesian_names(rng, 190), _DATA["indonesian_role_counts"]),
                                    (foreign_names(rng), _DATA["foreign_role_counts"]))
              for name, category in zip(names, shuffled_categories(rng, counts), strict=True)]
    used_roles: set[str] = set()
    for i, (name, category) in enumerate(people, 1):
        role, refs, is_title = pick_role(rng, pool, category, used_roles, name.origin)
        entities.append(Entity(f"per-{i:03d}", "person", category, name.canonical, name.variants,
                               name.short, role=role, role_refs=refs, role_is_title=is_title))
    return EntityPool(entities)


def shuffled_categories(rng: random.Random, counts: dict[str, int]) -> list[str]:
    categories = [c for c, n in counts.items() for _ in range(n)]
    rng.shuffle(categories)
    return categories


_ROLE_SLOT = re.compile(r"\{([a-z_]+)(?::([^}]+))?\}")


def pick_role(rng: random.Random, pool: EntityPool, category: str, used: set[str],
              origin: str) -> tuple[str, tuple[tuple[str, str], ...], bool]:
    """Fill a role template; titles such as 'Bupati X' are given to one person only."""
    while True:
        template, is_title = rng.choice(_DATA["role_templates"][category])
        refs: list[tuple[str, str]] = []
        fill = functools.partial(role_reference, rng, pool, origin=origin, refs=refs)
        role = _ROLE_SLOT.sub(fill, template)
        if not (role.startswith(_DATA["unique_role_prefixes"]) and role in used):
            used.add(role)
            return role, tuple(refs), is_title


def role_reference(rng: random.Random, pool: EntityPool, match: re.Match, *, origin: str,
                   refs: list[tuple[str, str]]) -> str:
    """The entity named by one role placeholder; appends (entity id, alias) to refs."""
    kind, name = match.groups()
    countries = _DATA["origin_countries"]
    if kind == "org":
        entity = pool.by_name[name]
    elif kind == "negara" and origin in countries:
        entity = pool.by_name[rng.choice(countries[origin])]
    else:
        entity = rng.choice(pool.of(kind.removesuffix("_short")))
    if kind.endswith("_short") and entity.short:
        alias = entity.short[0]
    elif entity.acronym and rng.random() < 0.3:
        alias = entity.acronym
    else:
        alias = entity.canonical
    refs.append((entity.id, alias))
    return alias
