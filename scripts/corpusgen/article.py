"""One article end to end: from (seed, index) to its file name, its raw text or saved page, and its truth record."""

from __future__ import annotations

import datetime as dt
import hashlib
import random

from . import page_layouts
from .dates import DateWriter
from .entities import EntityPool
from .frame import Frame, assemble, choose_cast, headline, make_frame, random_headline
from .outlets import Outlet, nav_line
from .phrasing import TOPIC_WEIGHTS, TOPICS, VOCABULARY
from .truth import manifest_record
from .words import MAX_WORDS, MIN_WORDS
from .writer import ArticleWriter

FIRST_PUBLICATION = dt.date(2019, 1, 1)
LAST_PUBLICATION = dt.date(2025, 12, 31)


def publication_time(rng: random.Random) -> dt.datetime:
    days = (LAST_PUBLICATION - FIRST_PUBLICATION).days
    day = FIRST_PUBLICATION + dt.timedelta(days=rng.randint(0, days))
    return dt.datetime(day.year, day.month, day.day, rng.randint(5, 23), rng.randint(0, 59))


def make_article(index: int, seed: int, pool: EntityPool, outlets: tuple[Outlet, ...],
                 html: bool = False) -> tuple[str, str, dict]:
    """(file name, raw text, manifest record) for article number `index`, written for one of `outlets`; with
    `html`, the raw text is a saved web page of the same article in its outlet's template (see page_layouts)."""
    rng = random.Random(f"{seed}:{index}")
    outlet = rng.choice(outlets)
    topic = rng.choices(TOPICS, TOPIC_WEIGHTS)[0]
    when = publication_time(rng)
    cast = choose_cast(rng, pool, topic)
    vocab = {slot: rng.choice(topic.vocabulary.get(slot, values))
             for slot, values in VOCABULARY.items()}
    section = rng.choice(topic.sections)
    title = headline(rng, topic, cast, vocab)
    frame = make_frame(rng, pool, outlet, title, section, cast, vocab, when)

    writer = ArticleWriter(rng, cast, vocab, DateWriter(rng, when.date(), outlet.pad_slash_dates),
                           outlet)
    frame_words = frame.word_count()
    target = max(rng.randint(MIN_WORDS, MAX_WORDS - 60) - frame_words, MIN_WORDS - frame_words, 150)
    body = writer.body(topic, target, MAX_WORDS - frame_words)
    text, body_lines = assemble(rng, outlet, frame, body)

    digest = hashlib.sha1(f"{seed}:{index}:{title}".encode()).hexdigest()[:16]
    name = f"{index:05d}_{digest}.txt"
    record = manifest_record(name, topic, section, title, outlet, when, frame, body, body_lines,
                             text, writer, pool)
    if html:
        page_rng = random.Random(f"{seed}:{index}:html")  # the text's own stream is left untouched
        parts = page_parts(outlet, frame, title, body_lines, digest)
        parts.others = [random_headline(page_rng, pool) for _ in range(24)]
        text = page_layouts.render_page(page_rng, parts)
        name = name[:-len(".txt")] + ".html"
        record.update(file=name, format="html", layout=page_layouts.layout_of(outlet.name))
    return name, text, record


def page_parts(outlet: Outlet, frame: Frame, title: str, body_lines: list[str],
               slug: str) -> page_layouts.PageParts:
    """The pieces of one article a saved page lays out (its words are the text rendering's)."""
    return page_layouts.PageParts(
        outlet=outlet.name, domain=outlet.domain, timezone=outlet.timezone, section=frame.section,
        title=title, deck=frame.deck, header=frame.header,
        nav=nav_line(outlet).split(outlet.nav_separator), nav_line=nav_line(outlet), date_blocks=frame.date_blocks,
        credits_top=frame.credits.top, credits_bottom=frame.credits.bottom, caption=frame.caption,
        body=[line.rstrip() for line in body_lines], teasers=frame.teasers, ads=outlet.ads,
        tag_lines=frame.tag_lines, related_header=frame.related_header, related=frame.related,
        footer=frame.footer, published=frame.published, authors=frame.credits.authors, slug=slug,
        dateline_len=len(frame.dateline))
