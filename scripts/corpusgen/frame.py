"""Everything around an article's body: its cast, headline, credits, date line, caption, teasers, tags and footer."""

from __future__ import annotations

import datetime as dt
import functools
import random
from dataclasses import dataclass, field

from .entities import Entity, EntityPool
from .outlets import DATE_ONLY_FORMATS, PUBLICATION_FORMATS, Outlet, nav_line
from .phrasing import ENTITY_SLOTS, NUMBER_SLOTS, TOPIC_WEIGHTS, TOPICS, VOCABULARY, Topic, parse_template
from .words import MONTHS, count_words, headline_case, load_data, tidy

_WORDS = load_data("frame")
DATELINE_CITIES = _WORDS["dateline_cities"]
PHOTO_AGENCIES = _WORDS["photo_agencies"]


@functools.cache
def journalists() -> tuple[str, ...]:
    """The sixty journalists who sign the articles (never mentioned in bodies)."""
    rng = random.Random("journalists-v1")
    names = {f"{g} {f}" for g in _WORDS["journalist_given"] for f in _WORDS["journalist_family"]}
    return tuple(rng.sample(sorted(names), 60))


def choose_cast(rng: random.Random, pool: EntityPool, topic: Topic) -> dict[str, Entity]:
    """Three people, two organisations and two places; the first ones tied to P's role."""
    people: list[Entity] = []
    for category in topic.person_categories:
        candidates = [p for p in pool.of(category) if p not in people]
        people.append(rng.choice(candidates))
    role_entities = [pool.by_id[i] for i, _ in people[0].role_refs]

    org_candidates = pool.of(topic.org_subtypes[0])
    tied_orgs = [e for e in role_entities if e.subtype in topic.org_subtypes]
    org = tied_orgs[0] if tied_orgs and rng.random() < 0.7 else rng.choice(org_candidates)
    o2_subtypes = (org.subtype,) if topic.same_kind_o2 else topic.org_subtypes
    org2 = rng.choice([o for o in pool.of(*o2_subtypes) if o is not org])

    tied_places = [e for e in role_entities if e.subtype in topic.place_subtypes]
    place = tied_places[0] if tied_places else rng.choice(pool.of(*topic.place_subtypes))
    place2_subtypes = ("negara", "kota_asing") if topic.key == "internasional" else \
        ("kabupaten", "kota", "provinsi")
    place2 = rng.choice([p for p in pool.of(*place2_subtypes) if p is not place])
    return {"P": people[0], "P2": people[1], "P3": people[2], "O": org, "O2": org2,
            "L": place, "L2": place2}


def headline_name(rng: random.Random, entity: Entity) -> str:
    """How a headline names an entity: short forms, no roles."""
    if entity.type == "person":
        return entity.short[0] if entity.short and rng.random() < 0.4 else entity.canonical
    if entity.type == "organization":
        forms = [f for f in (entity.acronym, *entity.short) if f]
        return rng.choice(forms) if forms and rng.random() < 0.7 else entity.canonical
    return entity.short[0] if entity.short and rng.random() < 0.7 else entity.canonical


def headline(rng: random.Random, topic: Topic, cast: dict[str, Entity],
             vocab: dict[str, str], template: str | None = None) -> str:
    parts = parse_template(template or rng.choice(topic.headlines))
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        slot = parts[i]
        if slot in ENTITY_SLOTS:
            out.append(headline_name(rng, cast[slot]))
        elif slot in NUMBER_SLOTS:
            out.append(NUMBER_SLOTS[slot](rng))
        else:
            out.append(headline_case(vocab[slot]))
        out.append(parts[i + 1])
    return "".join(out)


def random_headline(rng: random.Random, pool: EntityPool) -> str:
    """A headline about some other story (for teasers and related-article blocks)."""
    topic = rng.choices(TOPICS, TOPIC_WEIGHTS)[0]
    cast = choose_cast(rng, pool, topic)
    vocab = {slot: rng.choice(values) for slot, values in VOCABULARY.items()}
    return headline(rng, topic, cast, vocab)


def teaser_summary(rng: random.Random, pool: EntityPool) -> str:
    topic = rng.choices(TOPICS, TOPIC_WEIGHTS)[0]
    cast = choose_cast(rng, pool, topic)
    vocab = {slot: rng.choice(values) for slot, values in VOCABULARY.items()}
    return tidy(headline(rng, topic, cast, vocab, template=rng.choice(topic.statements)))


# --- credits -------------------------------------------------------------------------------

@dataclass
class Credits:
    authors: list[str]
    editors: list[str]
    top: list[str] = field(default_factory=list)      # blocks above the body
    bottom: list[str] = field(default_factory=list)   # blocks below the body
    initials: str = ""                                # "(bin/dn)" codes


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split()).lower() + name.split()[-1][1].lower()


def make_credits(rng: random.Random, outlet: Outlet, city: str) -> Credits:
    names = rng.sample(journalists(), 3)
    author, second, editor = names
    style = outlet.credit
    if style == "penulis_editor_inline":
        authors = [author, second] if rng.random() < 0.5 else [author]
        joined = " - ".join(authors)
        return Credits(authors, [editor], top=[f"Penulis : {joined} - Editor : {editor}"],
                       bottom=["Penulis", joined, "Editor", editor])
    if style == "reporter_editor_lines":
        return Credits([author], [editor], top=[f"Reporter : {author}\nEditor : {editor}"])
    if style == "reporter_editor_pipe":
        return Credits([author], [editor], top=[f"Reporter: {author} | Editor: {editor}"])
    if style == "oleh":
        return Credits([author], [], top=[f"Oleh: {author}" if rng.random() < 0.5 else
                                          f"Oleh {author}"])
    if style == "redaktur_bottom":
        return Credits([], [editor], bottom=[f"Redaktur: {editor}"])
    if style == "laporan_wartawan":
        return Credits([author], [editor], top=[f"Laporan Wartawan {outlet.name}, {author}"],
                       bottom=[f"Editor: {editor}"])
    if style == "kontributor":
        return Credits([author], [editor], top=[f"Kontributor {city}, {author} | Editor: {editor}"])
    if style == "penulis_pipe":
        return Credits([author], [editor], top=[f"Penulis: {author} | Editor: {editor}"])
    if style == "penulis_multi":
        authors = [author, second] if rng.random() < 0.6 else [author]
        return Credits(authors, [editor], top=[f"Penulis: {', '.join(authors)}"],
                       bottom=[f"Editor: {editor}"])
    if style == "penulis_editor_bottom":
        return Credits([author], [editor], bottom=[f"Penulis: {author}\nEditor: {editor}"])
    if style == "penulis_editor_stacked":
        return Credits([author], [editor], bottom=[f"Penulis\n{author}\nEditor\n{editor}"])
    if style == "editor_only":
        return Credits([], [editor], bottom=[f"Editor: {editor}"],
                       initials=f"({_initials(author)}/{_initials(editor)})")
    if style == "initials":
        return Credits([], [], initials=f"({_initials(author)}/{_initials(editor)})")
    return Credits([], [])


# --- the frame: everything that is not body ------------------------------------------------

@dataclass
class Frame:
    top: list[str]
    bottom: list[str]
    teasers: list[str]
    dateline: str
    suffix: str
    caption: str
    deck: str | None
    related: list[str]
    published: str | None
    published_text: str | None
    credits: Credits
    # the same pieces kept apart, for the saved-page (--html) rendering
    header: list[str] = field(default_factory=list)       # junk lines above the headline
    section: str = ""
    date_blocks: list[str] = field(default_factory=list)  # publication (and update) date lines
    tag_lines: list[str] = field(default_factory=list)
    footer: list[str] = field(default_factory=list)
    related_header: str = ""

    def word_count(self) -> int:
        return sum(count_words(b) for b in self.top + self.bottom + self.teasers) + \
            count_words(self.dateline) + count_words(self.suffix)


def publication_line(rng: random.Random, outlet: Outlet,
                     when: dt.datetime) -> tuple[str | None, str | None, list[str]]:
    """(manifest 'published', verbatim line, raw blocks)."""
    if not outlet.date_formats or rng.random() < 0.05:
        return None, None, []
    style = rng.choice(outlet.date_formats)
    text = PUBLICATION_FORMATS[style](when, outlet.timezone)
    published = when.date().isoformat() if style in DATE_ONLY_FORMATS else \
        when.strftime("%Y-%m-%dT%H:%M")
    blocks = [text]
    if outlet.updated_line:
        later = when + dt.timedelta(minutes=rng.randint(20, 300))
        blocks.append(f"Diperbarui {later.day} {MONTHS[later.month - 1]} {later.year}, "
                      f"{later:%H:%M} {outlet.timezone}")
    return published, text, blocks


def caption_line(rng: random.Random, outlet: Outlet, title: str, cast: dict[str, Entity],
                 vocab: dict[str, str]) -> str:
    """The image caption, in the outlet's style."""
    style = outlet.caption
    if style == "agency":
        return f"{title}. [{rng.choice(PHOTO_AGENCIES[:3])}]"
    if style == "credit":
        person, place = cast["P"], cast["L"]
        return rng.choice((
            f"{person.canonical} saat memberikan keterangan kepada wartawan. "
            f"(Foto: {rng.choice(PHOTO_AGENCIES)})",
            f"Suasana di {place.short[0] if place.short else place.canonical}. "
            f"(Foto: Dok. {outlet.name})",
            f"{title}. (Foto: {rng.choice(PHOTO_AGENCIES)})",
        ))
    if style == "illustration":
        return f"Ilustrasi {vocab[rng.choice(('COM', 'FAC', 'TECH'))]}. (Foto: Istimewa)"
    raise ValueError(f"{outlet.name}: unknown caption style {style!r}")


def tag_blocks(rng: random.Random, outlet: Outlet, section: str, cast: dict[str, Entity],
               vocab: dict[str, str]) -> list[str]:
    tags = [cast["P"].canonical.lower(), cast["O"].canonical.lower(),
            (cast["L"].short or (cast["L"].canonical,))[0].lower(),
            vocab[rng.choice(("COM", "CASE", "PROG", "TECH", "DIS"))]]
    if outlet.tags == "topik_line":
        return ["Topik", f"{section} {' '.join(tags)}"]
    if outlet.tags == "topik_bullets":
        return ["Topik:", "\n".join(f"  • {t}" for t in tags)]
    if outlet.tags == "tags_csv":
        return [f"Tags: {', '.join(tags)}"]
    if outlet.tags == "hashtags":
        return ["Tag: " + " ".join("#" + t.replace(" ", "") for t in tags)]
    return []


def related_block(rng: random.Random, pool: EntityPool,
                  outlet: Outlet) -> tuple[list[str], list[str]]:
    """(raw blocks, related headlines)."""
    if outlet.related_style == "empty":
        return [outlet.related_header], []
    items = [random_headline(rng, pool) for _ in range(rng.randint(3, 6))]
    style = outlet.related_style
    if style == "doubled":
        lines = []
        for item in items:
            if rng.random() < 0.3:
                lines.append(teaser_summary(rng, pool))
            lines += [item, item]
    elif style == "numbered":
        lines = [f"{i}. {item}" for i, item in enumerate(items, 1)]
    elif style == "summary":
        lines = [f"{item}\n{teaser_summary(rng, pool)}" for item in items]
    else:
        lines = items
    return [outlet.related_header, "\n".join(lines)], items


def fill_junk(line: str, outlet: Outlet, section: str, city: str, year: int) -> str:
    """An outlet's boilerplate line with its placeholders ({NAME}, {DOMAIN_CAP}, {CITY}, {NAV}, ...) filled."""
    return (line.replace("{NAV}", nav_line(outlet)).replace("{NAME}", outlet.name)
            .replace("{UPPER}", outlet.upper).replace("{DOMAIN_CAP}", outlet.domain_cap)
            .replace("{DOMAIN_UPPER}", outlet.domain.upper()).replace("{DOMAIN}", outlet.domain)
            .replace("{SECTION}", section).replace("{CITY_UPPER}", city.upper())
            .replace("{CITY}", city).replace("{YEAR}", str(year)))


def make_frame(rng: random.Random, pool: EntityPool, outlet: Outlet, title: str,
               section: str, cast: dict[str, Entity], vocab: dict[str, str],
               when: dt.datetime) -> Frame:
    """The raw lines above and below the body, and the same pieces kept apart for the manifest and saved pages."""
    place = cast["L"]
    city = place.canonical if place.subtype == "kota" and " " not in place.canonical \
        else rng.choice(DATELINE_CITIES)
    junk = functools.partial(fill_junk, outlet=outlet, section=section, city=city, year=when.year)
    credits = make_credits(rng, outlet, city)
    published, published_text, date_blocks = publication_line(rng, outlet, when)

    header = [junk(line) for line in outlet.header]
    top = list(header)
    if outlet.section_label:
        top.append(section)
    top += [title] * (1 + rng.randint(0, outlet.headline_repeats))
    deck = None
    if rng.random() < outlet.deck_rate:
        deck = rng.choice(("Apa yang akan dibahas?", "Simak selengkapnya.",
                           teaser_summary(rng, pool)))
        top.append(deck)
    top += date_blocks + credits.top if outlet.date_first else credits.top + date_blocks
    if outlet.image_placeholder:
        top.append("Placeholder")
    caption = caption_line(rng, outlet, title, cast, vocab)
    top.append(caption)

    teasers = [outlet.teaser + random_headline(rng, pool) for _ in range(rng.randint(1, 3))]
    related, related_items = related_block(rng, pool, outlet)
    footer = [junk(line) for line in outlet.footer]
    tag_lines = tag_blocks(rng, outlet, section, cast, vocab)
    bottom = credits.bottom + tag_lines
    bottom += footer + related if outlet.related_last else related + footer

    dateline = junk(outlet.dateline) if outlet.dateline else ""
    suffix = {"(*)": "(*)", "initials": credits.initials}.get(outlet.suffix, "")
    return Frame(top, bottom, teasers, dateline, suffix, caption, deck, related_items,
                 published, published_text, credits, header, section, date_blocks, tag_lines, footer,
                 outlet.related_header)


def assemble(rng: random.Random, outlet: Outlet, frame: Frame,
             body: list[str]) -> tuple[str, list[str]]:
    """The raw page text and the raw lines that carry the body paragraphs."""
    body_lines = list(body)
    if frame.dateline:
        body_lines[0] = frame.dateline + body_lines[0]
    if frame.suffix:
        body_lines[-1] = f"{body_lines[-1]} {frame.suffix}"
    if outlet.trailing_spaces:
        body_lines = [line + " " if rng.random() < 0.4 else line for line in body_lines]

    middle: list[str] = []
    teaser_count = min(len(frame.teasers), len(body_lines) - 1)
    slots = sorted(rng.sample(range(1, len(body_lines)), teaser_count))
    teasers = iter(frame.teasers)
    for i, line in enumerate(body_lines):
        if i in slots:
            middle.append(next(teasers))
        elif i and outlet.ads and rng.random() < 0.2:
            middle.append(rng.choice(outlet.ads))
        middle.append(line)
    text = "\n\n".join(frame.top + middle + frame.bottom)
    return text, body_lines
