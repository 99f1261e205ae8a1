"""One article's body (`ArticleWriter`): paragraphs from templates, recording the entity mentions and dated events."""

from __future__ import annotations

import random
from collections import defaultdict
from dataclasses import dataclass

from .dates import DateMention, DateWriter
from .entities import Entity
from .outlets import Outlet
from .phrasing import (ATTRIBUTIONS, CLOSING_STATEMENTS, ENTITY_SLOTS, FUTURE_INTROS, GENERIC_CLAIMS, GENERIC_QUOTES,
                       GENERIC_STATEMENTS, NUMBER_SLOTS, PAST_INTROS, PERIOD_EVENTS, REPORTING_FRAMES,
                       STATEMENT_CONNECTORS, Topic, parse_template)
from .words import capitalize_first, count_words, tidy


@dataclass
class Event:
    mention: DateMention
    description: str
    evidence: str
    kind: str
    paragraph: int


class ArticleWriter:
    """Renders templates for one article and records what the body mentions."""

    def __init__(self, rng: random.Random, cast: dict[str, Entity], vocab: dict[str, str],
                 dates: DateWriter, outlet: Outlet) -> None:
        self.rng = rng
        self.cast = cast
        self.vocab = vocab
        self.dates = dates
        self.quotes = ("“", "”") if outlet.curly_quotes else ('"', '"')
        self.paragraph = 0
        self.introduced: set[str] = set()
        self.full_name: dict[str, str] = {}              # person id -> spelling used here
        self.mentions: list[tuple[int, str, str]] = []   # (paragraph, entity id, alias)
        self.events: list[Event] = []
        self.used_templates: set[str] = set()
        shorts = [s for e in cast.values() if e.type == "person" for s in e.short[:1]]
        self.ambiguous_shorts = {s for s in shorts if shorts.count(s) > 1}

    # ---------------------------------------------------------------- template filling
    def fill(self, template: str, akan: str = "") -> tuple[str, str]:
        """Return (text as written in the body, the same with canonical names)."""
        parts = parse_template(template)
        written, canonical = [parts[0]], [parts[0]]
        for i in range(1, len(parts), 2):
            slot = parts[i]
            if slot in ENTITY_SLOTS:
                entity = self.cast[slot]
                written.append(self.mention(entity))
                canonical.append(entity.canonical)
            else:
                value = akan if slot == "AKAN" else self.slot_value(slot)
                written.append(value)
                canonical.append(value)
            written.append(parts[i + 1])
            canonical.append(parts[i + 1])
        return "".join(written), "".join(canonical)

    def slot_value(self, slot: str) -> str:
        if slot in NUMBER_SLOTS:
            return NUMBER_SLOTS[slot](self.rng)
        return self.vocab[slot]

    def sentence(self, template: str) -> str:
        return tidy(capitalize_first(self.fill(template)[0]))

    def pick(self, templates: tuple[str, ...], reuse: bool = True) -> str | None:
        """A template not yet used in this article; a used one only if `reuse` allows."""
        fresh = [t for t in templates if t not in self.used_templates]
        if not fresh and not reuse:
            return None
        template = self.rng.choice(fresh or templates)
        self.used_templates.add(template)
        return template

    # ---------------------------------------------------------------- entity mentions
    def log(self, entity_id: str, alias: str) -> None:
        self.mentions.append((self.paragraph, entity_id, alias))

    def mention(self, entity: Entity) -> str:
        first = entity.id not in self.introduced
        self.introduced.add(entity.id)
        if entity.type == "person":
            return self.person_mention(entity, first)
        if entity.type == "organization":
            return self.organisation_mention(entity, first)
        return self.place_mention(entity, first)

    def person_mention(self, person: Entity, first: bool) -> str:
        rng = self.rng
        if person.id not in self.full_name:
            spellings = (person.canonical,) + person.variants
            chosen = spellings[0] if rng.random() < 0.7 else rng.choice(spellings)
            self.full_name[person.id] = chosen
        full = self.full_name[person.id]
        if first:
            self.log(person.id, full)
            role = self.role_text(person)
            if not role:
                return full
            return f"{role} {full}" if person.role_is_title else f"{full}, {role},"
        short = [s for s in person.short if s not in self.ambiguous_shorts]
        roll = rng.random()
        if short and roll < 0.65:
            alias = short[0]
        elif person.variants and roll > 0.95:
            alias = rng.choice((person.canonical,) + person.variants)
        else:
            alias = full
        self.log(person.id, alias)
        return alias

    def role_text(self, person: Entity) -> str:
        for entity_id, alias in person.role_refs:
            self.log(entity_id, alias)
        return person.role or ""

    def organisation_mention(self, org: Entity, first: bool) -> str:
        rng = self.rng
        if first:
            self.log(org.id, org.canonical)
            if org.acronym and rng.random() < 0.6:
                self.log(org.id, org.acronym)
                return f"{org.canonical} ({org.acronym})"
            return org.canonical
        choices = [org.canonical] + [a for a in (org.acronym, *org.short) if a] * 2
        alias = rng.choice(choices)
        self.log(org.id, alias)
        return alias

    def place_mention(self, place: Entity, first: bool) -> str:
        rng = self.rng
        if first:
            full_forms = (place.canonical,) + place.variants
            alias = place.canonical if rng.random() < 0.6 else rng.choice(full_forms)
        elif place.short and rng.random() < 0.75:
            alias = rng.choice(place.short)
        else:
            alias = place.canonical
        self.log(place.id, alias)
        return alias

    # ---------------------------------------------------------------- dated sentences
    def event_sentence(self, clause: str, when: DateMention, future: bool,
                       kind: str = "event") -> str:
        """A clause placed with its date before it, after it, or after an intro word."""
        text, canonical = self.fill(clause, "akan " if future else "")
        placement = self.rng.choices(("lead", "trail", "intro"), (3, 5, 2))[0]
        if placement == "lead":
            sentence = f"{capitalize_first(when.phrase)}, {text}."
        elif placement == "trail":
            sentence = f"{capitalize_first(text)} {when.phrase}."
        else:
            intro = self.rng.choice(FUTURE_INTROS if future else PAST_INTROS)
            sentence = f"{intro}, {text} {when.phrase}."
        sentence = tidy(sentence)
        self.record_event(when, capitalize_first(tidy(canonical)), sentence, kind)
        return sentence

    def record_event(self, when: DateMention, description: str, sentence: str,
                     kind: str) -> None:
        start = sentence.lower().find(when.evidence.lower())
        evidence = sentence[start:start + len(when.evidence)]
        self.events.append(Event(when, description, evidence, kind, self.paragraph))

    def past_event(self, topic: Topic) -> str:
        """Something that happened days to months before publication."""
        dates = self.dates
        if self.rng.random() < 0.25:
            return self.event_sentence(self.pick(topic.span_events),
                                       dates.day_range(future=False), future=False)
        when = self.rng.choice((dates.recent_past, dates.weeks_ago, dates.months_ago))()
        return self.event_sentence(self.pick(topic.past_events), when, future=False)

    def background_event(self, topic: Topic) -> str:
        """Context from months or years back, sometimes a whole period."""
        dates = self.dates
        roll = self.rng.random()
        if roll < 0.3:
            return self.event_sentence(self.pick(PERIOD_EVENTS), dates.past_period(), False)
        when = dates.years_ago() if roll < 0.7 else dates.months_ago()
        return self.event_sentence(self.pick(topic.past_events), when, future=False)

    def future_event(self, topic: Topic) -> str:
        """Something scheduled after publication, sometimes over several days."""
        if self.rng.random() < 0.4:
            return self.event_sentence(self.pick(topic.span_events),
                                       self.dates.day_range(future=True), future=True)
        return self.event_sentence(self.pick(topic.future_events), self.dates.near_future(),
                                   future=True)

    # ---------------------------------------------------------------- quotes
    def quote_sentence(self, topic: Topic, dated: bool = False) -> str:
        rng = self.rng
        speaker = rng.choices(("P", "P2", "P3"), (5, 3, 2))[0]
        quotes = topic.quotes if rng.random() < 0.7 else GENERIC_QUOTES
        quote = self.pick(quotes, reuse=False) or self.pick(topic.quotes + GENERIC_QUOTES)
        open_q, close_q = self.quotes
        if dated:
            when = self.dates.recent_past()
            attribution = "{OQ}{Q},{CQ} kata {S} saat dikonfirmasi, " + _no_pada(when.phrase) + "."
        else:
            attribution = self.pick(ATTRIBUTIONS)
        template = (attribution.replace("{Q}", quote).replace("{S}", "{" + speaker + "}")
                    .replace("{OQ}", open_q).replace("{CQ}", close_q))
        text, _ = self.fill(template)
        sentence = tidy(capitalize_first(text))
        if dated:
            who = self.cast[speaker].canonical
            self.record_event(when, f"{who} memberikan keterangan kepada wartawan", sentence,
                              "statement")
        return sentence

    # ---------------------------------------------------------------- paragraphs
    def statements(self, topic: Topic, count: int) -> list[str]:
        """Sentences without dates: facts, reported claims and stock phrases, none repeated
        while an unused template is left."""
        makers = [self.topic_statement, self.reported_claim, self.generic_statement]
        sentences = []
        for _ in range(count):
            first = self.rng.choices(makers, (4, 4, 2))[0]
            sentence = None
            for make in [first] + [m for m in makers if m is not first]:
                sentence = make(topic, reuse=False)
                if sentence:
                    break
            sentences.append(sentence or first(topic, reuse=True))
        return sentences

    def topic_statement(self, topic: Topic, reuse: bool) -> str | None:
        template = self.pick(topic.statements, reuse)
        if template is None:
            return None
        if parse_template(template)[0] and self.rng.random() < 0.25:
            template = self.rng.choice(STATEMENT_CONNECTORS) + template[0].lower() + template[1:]
        return self.sentence(template)

    def generic_statement(self, topic: Topic, reuse: bool) -> str | None:
        template = self.pick(GENERIC_STATEMENTS, reuse)
        return self.sentence(template) if template else None

    def reported_claim(self, topic: Topic, reuse: bool) -> str | None:
        claims = topic.claims if self.rng.random() < 0.7 else GENERIC_CLAIMS
        claim = self.pick(claims, reuse=False) or self.pick(topic.claims + GENERIC_CLAIMS, reuse)
        if claim is None:
            return None
        speaker = "{" + self.rng.choices(("P", "P2", "P3"), (5, 3, 2))[0] + "}"
        frame = self.pick(REPORTING_FRAMES)
        return self.sentence(frame.replace("{C}", claim).replace("{S}", speaker))

    def lead_paragraph(self, topic: Topic) -> str:
        rng = self.rng
        with_p = tuple(t for t in topic.past_events if "{P}" in t) or topic.past_events
        if rng.random() < 0.85:
            first = self.event_sentence(self.pick(with_p), self.dates.recent_past(), False)
        else:
            first = self.sentence(self.pick(with_p) + ".")
        return " ".join([first] + self.statements(topic, rng.randint(1, 2)))

    def detail_paragraph(self, topic: Topic) -> str:
        return " ".join(self.statements(topic, self.rng.randint(2, 3)))

    def quote_paragraph(self, topic: Topic) -> str:
        sentences = [self.quote_sentence(topic, dated=self.rng.random() < 0.1)]
        if self.rng.random() < 0.6:
            sentences += self.statements(topic, 1)
        return " ".join(sentences)

    def event_paragraph(self, topic: Topic) -> str:
        return " ".join([self.past_event(topic)] + self.statements(topic, self.rng.randint(0, 2)))

    def background_paragraph(self, topic: Topic) -> str:
        return " ".join([self.background_event(topic)] + self.statements(topic, 1))

    def outlook_paragraph(self, topic: Topic) -> str:
        sentences = [self.future_event(topic)]
        if self.rng.random() < 0.5:
            sentences.append(self.quote_sentence(topic))
        return " ".join(sentences)

    def closing_paragraph(self) -> str:
        return self.sentence(self.pick(CLOSING_STATEMENTS))

    PARAGRAPH_KINDS = ("detail", "quote", "event", "background", "outlook")
    PARAGRAPH_WEIGHTS = (5, 4, 2, 2, 1)
    PARAGRAPH_LIMITS = {"event": 2, "background": 2, "outlook": 1}

    def body(self, topic: Topic, target_words: int, max_words: int) -> list[str]:
        """Paragraphs until target_words is reached, never exceeding max_words."""
        paragraphs: list[str] = []
        used: dict[str, int] = defaultdict(int)
        words = 0
        kind = "lead"
        while words < target_words:
            self.paragraph = len(paragraphs)
            text = getattr(self, f"{kind}_paragraph")(topic)
            if paragraphs and words + count_words(text) > max_words:
                self.forget_paragraph(self.paragraph)
                break
            paragraphs.append(text)
            words += count_words(text)
            used[kind] += 1
            kind = self.next_paragraph_kind(used)
        if self.rng.random() < 0.3:
            self.paragraph = len(paragraphs)
            closing = self.closing_paragraph()
            if words + count_words(closing) <= max_words:
                paragraphs.append(closing)
            else:
                self.forget_paragraph(self.paragraph)
        return paragraphs

    def next_paragraph_kind(self, used: dict[str, int]) -> str:
        while True:
            kind = self.rng.choices(self.PARAGRAPH_KINDS, self.PARAGRAPH_WEIGHTS)[0]
            if used[kind] < self.PARAGRAPH_LIMITS.get(kind, 99):
                return kind

    def forget_paragraph(self, index: int) -> None:
        self.mentions = [m for m in self.mentions if m[0] != index]
        self.events = [e for e in self.events if e.paragraph != index]


def _no_pada(phrase: str) -> str:
    return phrase.removeprefix("pada ")
