"""Topics and sentence templates from data/topics.json and data/phrasing.json, and what fills their slots."""

from __future__ import annotations

import functools
import random
import re
from dataclasses import dataclass, field

from .words import ORDINALS, load_data, thousands

# Slots: {P} {P2} {P3} people, {O} {O2} organisations, {L} {L2} places of the article's cast;
# topic words ({COM}, {FAC}, ...: keys of "vocabulary") fixed per article; numbers ({NUM}, {BIG}, {PCT}, {RP}, ...)
# drawn per use. {AKAN} is "akan " in future sentences and "" in past ones. No template outside
# the event lists contains a date expression.


@dataclass(frozen=True)
class Topic:
    key: str
    weight: int                               # how often articles are about it
    sections: tuple[str, ...]
    person_categories: tuple[str, str, str]   # categories of P, P2, P3
    org_subtypes: tuple[str, ...]             # O comes from the first, O2 from any
    place_subtypes: tuple[str, ...]           # L comes from these; L2 from anywhere domestic
    headlines: tuple[str, ...]
    past_events: tuple[str, ...]              # clauses, subject first, no final period
    future_events: tuple[str, ...]
    span_events: tuple[str, ...]              # may take a date range; contain {AKAN}
    statements: tuple[str, ...]               # sentences that stand on their own
    claims: tuple[str, ...]                   # clauses for reported speech, no final period
    quotes: tuple[str, ...]                   # direct quotes, no closing punctuation
    same_kind_o2: bool = False                # O2 of O's subtype (a match: club vs club)
    vocabulary: dict[str, tuple[str, ...]] = field(default_factory=dict)  # overrides VOCABULARY


TOPICS = tuple(Topic(**topic) for topic in load_data("topics")["topics"])
TOPIC_WEIGHTS = tuple(topic.weight for topic in TOPICS)

_PHRASING = load_data("phrasing")
GENERIC_STATEMENTS = _PHRASING["generic_statements"]
CLOSING_STATEMENTS = _PHRASING["closing_statements"]
PERIOD_EVENTS = _PHRASING["period_events"]        # clauses that take a range of months or years
ATTRIBUTIONS = _PHRASING["attributions"]          # {Q} the quote, {S} the speaker, {OQ} {CQ} the outlet's marks
GENERIC_CLAIMS = _PHRASING["generic_claims"]
GENERIC_QUOTES = _PHRASING["generic_quotes"]
REPORTING_FRAMES = _PHRASING["reporting_frames"]  # reported speech: {S} a person of the cast, {C} a claim
STATEMENT_CONNECTORS = _PHRASING["statement_connectors"]
PAST_INTROS = _PHRASING["past_intros"]
FUTURE_INTROS = _PHRASING["future_intros"]
VOCABULARY = _PHRASING["vocabulary"]


def _rupiah(rng: random.Random) -> str:
    space = rng.choice(("", " "))
    unit = rng.choice(("juta", "miliar", "miliar", "triliun"))
    if unit == "juta":
        amount = str(rng.randint(2, 950))
    else:
        whole = rng.randint(1, 9) if unit == "triliun" else rng.randint(1, 98)
        amount = f"{whole},{rng.randint(1, 9)}"
    return f"Rp{space}{amount} {unit}"


NUMBER_SLOTS = {
    "NUM": lambda rng: str(rng.randint(2, 40)),
    "BIG": lambda rng: thousands(rng.randint(120, 9800)),
    "PCT": lambda rng: rng.choice((str(rng.randint(3, 45)),
                                   f"{rng.randint(2, 30)},{rng.randint(1, 9)}")),
    "RP": _rupiah,
    "USD": lambda rng: f"US${rng.randint(1, 40)},{rng.randint(1, 9)} miliar",
    "PRICE": lambda rng: thousands(rng.randint(16, 190) * 500),
    "SCORE": lambda rng: rng.choice(("1-0", "2-0", "2-1", "3-1", "3-0", "4-2")),
    "DRAW": lambda rng: rng.choice(("0-0", "1-1", "2-2")),
    "RANK": lambda rng: rng.choice(ORDINALS),
}
ENTITY_SLOTS = ("P", "P2", "P3", "O", "O2", "L", "L2")
_SLOT = re.compile(r"\{([A-Z][A-Z0-9]*)\}")


@functools.cache
def parse_template(template: str) -> tuple[str, ...]:
    """'{P} tiba di {L}' -> ('', 'P', ' tiba di ', 'L', ''): literals at even positions."""
    return tuple(_SLOT.split(template))
