"""Undated articles dated across the corpus: bounds on when each was written, events re-anchored."""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import partial

from ..extract.dates import DateMention, cues, find_dates_in_sentence, future_at, parse_iso
from ..idformat import format_date_id
from ..extract.eventtext import cites_source, event_text
from ..extract.dates_calendar import WINDOW_SLACK_DAYS, digit_off, neighbours, typo_fix_note, written_weekday
from ..extract.events import Event, explicit_days, extract_events, in_context, reference_day, sentence_events
from ..extract.sentences import sentence_spans
from .. import warm
from ..memo import Memo, digest
from ..model import Article
from .timeline_merge import event_names
from ..steptimes import timed

TIGHT_DAYS = 7  # a bound at most this wide anchors relative expressions
SOURCING_SLACK = 7  # "Dilansir dari X, Selasa (12/9/2023)": written within the week after
YEAR_MATCH_DAYS = 92  # a year taken from another article must put the date this near its event
MIN_SHARED_NAMES = 3  # names two reports of one event share (people, places, organisations)
NAME_SHARE = 0.5
SHARED_RUNS = 3  # ... found in this many separate names of each sentence

# Expressions that need only a year to be dated (not a day to count from).
YEARLESS_KINDS = frozenset({"month-relative", "month-bare", "day-month", "day-range", "day-month-range",
                            "weekday-slash", "weekday-range-slash"})


@dataclass(frozen=True)
class Bound:
    """First and last possible publication day of an undated article, and why (Indonesian)."""

    first: dt.date
    last: dt.date
    reason: str

    @property
    def tight(self) -> bool:
        return 0 <= (self.last - self.first).days <= TIGHT_DAYS


def publication_bound(article: Article, days: list[tuple[str, DateMention]] | None = None) -> Bound | None:
    """When an undated article was written, from its own explicit days (`days`, when already known): the
    source's date of a "Dilansir dari X, <day>" line (within SOURCING_SLACK days after it), the latest day it
    reports as past or dates a quote with (on or after it) and the earliest day it announces as planned (on
    or before it). None when a side is unknown."""
    first: tuple[dt.date, str] | None = None
    last: tuple[dt.date, str] | None = None
    for sentence, mention in explicit_days(article) if days is None else days:
        day = dt.date.fromisoformat(mention.date)
        until = dt.date.fromisoformat(mention.end_date or mention.date)
        if cites_source(sentence, mention):
            if first is None or day > first[0]:
                first = (day, f"sumbernya dikutip pada {format_date_id(day.isoformat())}")
            later = day + dt.timedelta(days=SOURCING_SLACK)
            if last is None or later < last[0]:
                last = (later, "berita yang mengutip sumber ditulis dalam sepekan sesudahnya")
        elif future_at(sentence, mention.start):
            if last is None or until < last[0]:
                last = (until, f"artikel menyebut {mention.expression} sebagai rencana")
        elif first is None or until > first[0]:
            first = (until, f"artikel melaporkan {mention.expression} sebagai peristiwa yang sudah terjadi")
    if first is None or last is None:
        return None
    reason = (f"Tanggal terbit artikel ini tidak tercantum; diperkirakan antara "
              f"{format_date_id(first[0].isoformat())} dan {format_date_id(last[0].isoformat())} "
              f"({first[1]}; {last[1]}), dan tanggal ini dihitung dari perkiraan itu.")
    return Bound(first[0], last[0], reason)


UndatedFacts = tuple[dt.date | None, Bound | None, list[tuple[int, int, str]], list[dt.date]]


def undated_facts(article: Article) -> UndatedFacts:
    """What anchoring needs of one article that states no date, from its text alone (so it can be kept
    between builds): the day its relative dates count from, if hinted; its publication bound; its sentences
    whose date lacks only a year; the full days it states (its own context for a day without a year)."""
    days = list(explicit_days(article))
    own = sorted({dt.date.fromisoformat(mention.date) for _, mention in days})
    return reference_day(article, days), publication_bound(article, days), _yearless_candidates(article), own


SPAN_TRIM = 10  # the corpus' span leaves out this share (1 in N) of publication days at each end: strays


SPAN_STATED = 2  # with this many stated publication days, guessed ones stay out of the span


def corpus_span(articles: list[Article]) -> tuple[dt.date, dt.date] | None:
    """The first and last publication day of the corpus (a stray at either end left out when there are
    enough): the days articles state, or, when fewer than SPAN_STATED do, those guessed from their text too (the
    latest day each reports). The years a day written without its year can belong to."""
    days = sorted(day for article in articles if (day := parse_iso(article.published)) is not None)
    if len(days) < SPAN_STATED:
        days = sorted(day for article in articles
                      if (day := parse_iso(article.published) or parse_iso(article.published_inferred)) is not None)
    if not days:
        return None
    trim = len(days) // SPAN_TRIM
    return days[trim], days[len(days) - 1 - trim]


@timed("undated anchoring")
def anchor_undated(per_article: list[tuple[Article, list[Event]]],
                   memo: Memo[UndatedFacts] | None = None) -> list[tuple[Article, list[Event]]]:
    """Every article's events, with those of undated articles re-anchored where the corpus allows.

    1. An undated article whose own explicit days bound its publication within TIGHT_DAYS gets its
       relative expressions resolved against both ends (see extract_events); its
       ``published_inferred`` becomes the first possible day when it had none.
    2. In a still undated article, a day written without its year ("Selasa (6/9)", "2 Oktober") takes the year
       of the article's own full dates near it, else the only year of the corpus' span (``corpus_span``) where
       its weekday falls on it, or where it lies in the span at all (``year_in_context``); a full date whose
       weekday contradicts it is moved to the date one digit away that has the weekday and lies in the span.
    3. What is left lacking only its year ("Juli lalu", "pada bulan September", "hingga 13 September") takes
       the year that puts it nearest to the same event in another, anchored article (at least
       MIN_SHARED_NAMES shared name words, found in SHARED_RUNS separate names of each sentence; every event
       sharing them lies within YEAR_MATCH_DAYS of the others), when that is within YEAR_MATCH_DAYS of it;
       the note names that article.
    Articles with a publication date are returned unchanged. `memo` keeps each undated article's
    `undated_facts` between builds (by the article's content).
    """
    span = corpus_span([article for article, _ in per_article])
    out: list[tuple[Article, list[Event]]] = []
    loose: list[int] = []
    candidates: dict[int, list[tuple[int, int, str]]] = {}  # loose article -> its yearless sentences
    for article, events in per_article:
        if parse_iso(article.published) is not None:  # a stated day (reference_day's first case)
            out.append((article, events))
            continue
        facts = memo.get(digest(article), partial(undated_facts, article)) if memo is not None \
            else undated_facts(article)
        reference, bound, sentences, own = facts
        if reference is not None:
            out.append((article, events))
            continue
        if bound is not None and bound.tight:
            if not article.published_inferred:
                article.published_inferred = bound.first.isoformat()
            out.append((article, extract_events(article, (bound.first, bound.last), bound.reason)))
            continue
        events = [_settled(event, span) for event in events]
        if sentences and (own or span):
            events = sorted(events + _context_events(article, events, sentences, own, span),
                            key=lambda e: (e.block, e.sentence))
        out.append((article, events))
        loose.append(len(out) - 1)
        named = [item for item in sentences if len(event_names(item[2])) >= MIN_SHARED_NAMES]
        if named:
            candidates[len(out) - 1] = named
    if candidates:  # the index of anchored events is built only when some sentence needs it
        skip = set(loose)
        index = _NameIndex([(a, e) for i, (a, events) in enumerate(out) if i not in skip
                            for e in events if e.granularity != "year"])
        for i, sentences in sorted(candidates.items()):
            article, events = out[i]
            more = _yearless_events(article, events, index, sentences)
            out[i] = (article, sorted(events + more, key=lambda e: (e.block, e.sentence)))
    return out


def _context_events(article: Article, events: list[Event], sentences: list[tuple[int, int, str]],
                    own: list[dt.date], span: tuple[dt.date, dt.date] | None) -> list[Event]:
    """Events of the days in `sentences` written without their year, dated by the article's own days or the
    corpus' span (extract/events.py::in_context)."""
    have = {(e.block, e.sentence, e.expression) for e in events}
    found: list[Event] = []
    for i, j, sentence in sentences:
        mentions = in_context(sentence, own, span)
        if not any(inferred for _, inferred in mentions):
            continue
        found.extend(event for event in sentence_events(article.id, i, j, sentence, mentions, None)
                     if event.inferred and (i, j, event.expression) not in have)
    return found


def _settled(event: Event, span: tuple[dt.date, dt.date] | None) -> Event:
    """`event`, or, when its full date contradicts the weekday written beside it, the one date that has the
    weekday and fits the corpus' span: the day number one off when the written date lies in the span, else also
    the same day a month or a year off."""
    weekday = written_weekday(event.expression)
    day = parse_iso(event.date)
    if span is None or weekday is None or day is None or event.end or day.weekday() == weekday:
        return event

    def inside(when: dt.date) -> bool:
        return span[0] - _SPAN_SLACK <= when <= span[1] + _SPAN_SLACK

    options = neighbours(day) + ([] if inside(day) else digit_off(day))
    options = [d for d in options if d.weekday() == weekday and inside(d)]
    if len(options) != 1:
        return event
    return replace(event, date=options[0].isoformat(), notes=(typo_fix_note(day, weekday, options[0]),))


_SPAN_SLACK = dt.timedelta(days=WINDOW_SLACK_DAYS)


_PROBE_DAY = dt.date(2000, 6, 15)  # any day: whether an expression lacks only its year does not depend on it


def _yearless_candidates(article: Article) -> list[tuple[int, int, str]]:
    """(block, sentence, text) of the sentences holding an expression that lacks only its year."""
    out = []
    for i, block in enumerate(article.blocks):
        if block.kind != "p" or not cues(block.text):
            continue
        for j, (start, end) in enumerate(sentence_spans(block.text)):
            sentence = block.text[start:end]
            if any(m.relative and m.kind in YEARLESS_KINDS for m in find_dates_in_sentence(sentence, _PROBE_DAY)):
                out.append((i, j, sentence))
    return out


class _NameIndex:
    """Events of anchored articles, looked up by the names they share with a sentence. Under `mkdocs serve`
    (explainer.warm) a lookup gives the last build's answer when the same sentence's names are asked for and the
    events listed under each of those names are the same (article id and event, in order): that is all it reads."""

    def __init__(self, items: list[tuple[Article, Event]]) -> None:
        names, runs = warm.reuse("event names", event_names), warm.reuse("event name runs", _name_runs)
        self.items = [(article, event, names(event.text)) for article, event in items]
        self.runs = [runs(event.text) for _, event in items]
        self.by_name: dict[str, list[int]] = defaultdict(list)
        for k, (_, _, names) in enumerate(self.items):
            for name in names:
                self.by_name[name].append(k)
        self._articles = {article.id: article for article, _ in items} if warm.keeping() else {}  # see best
        self._last: tuple[dict, dict] = warm.recall(_KEPT_LOOKUPS, "") or ({}, {})  # (listings, answers)
        self._listings: dict[str, list[tuple[str, Event]]] = {}
        self._answers: dict[tuple, tuple[str, Event] | None] = {}
        self._same: dict[str, bool] = {}
        warm.remember(_KEPT_LOOKUPS, "", (self._listings, self._answers))

    def best(self, names: frozenset[str], article_id: str, runs: list[frozenset[str]]) -> tuple[Article, Event] | None:
        if not warm.keeping():
            return self._best(names, article_id, runs)
        query = (names, article_id, tuple(runs))
        last_answers = self._last[1]
        if query in last_answers and all(self._listed_as_before(name) for name in names):
            answer = self._answers[query] = last_answers[query]
        else:
            found = self._best(names, article_id, runs)
            answer = self._answers[query] = (found[0].id, found[1]) if found is not None else None
            for name in names:
                self._listing(name)
        return (self._articles[answer[0]], answer[1]) if answer is not None else None

    def _listing(self, name: str) -> list[tuple[str, Event]]:
        listing = self._listings.get(name)
        if listing is None:
            listing = self._listings[name] = [(self.items[k][0].id, self.items[k][1]) for k in self.by_name.get(name, ())]
        return listing

    def _listed_as_before(self, name: str) -> bool:
        same = self._same.get(name)
        if same is None:
            same = self._same[name] = self._last[0].get(name) == self._listing(name)
        return same

    def _best(self, names: frozenset[str], article_id: str, runs: list[frozenset[str]]) -> tuple[Article, Event] | None:
        if len(names) < MIN_SHARED_NAMES:
            return None
        # An event sharing MIN_SHARED_NAMES of the names is in the list of at least one name outside the
        # MIN_SHARED_NAMES - 1 commonest (it cannot share them all there): only those lists are read, so a
        # name in every report of the corpus ("Jakarta") costs nothing per sentence.
        by_count = sorted(names, key=lambda name: (len(self.by_name.get(name, ())), name))
        rare = by_count[:len(by_count) - MIN_SHARED_NAMES + 1]
        ranked = []
        for k in sorted({k for name in rare for k in self.by_name.get(name, ())}):
            article, event, other = self.items[k]
            shared = len(names & other)
            if article.id == article_id or shared < MIN_SHARED_NAMES:
                continue
            if shared / min(len(names), len(other)) < NAME_SHARE:
                continue
            common = names & other
            if _runs_holding(runs, common) < SHARED_RUNS or _runs_holding(self.runs[k], common) < SHARED_RUNS:
                continue  # a person and their organisation, met again, are not one event
            ranked.append((-shared, article.id, event.block, event.sentence, k))
        if not ranked:
            return None
        # names shared with events far apart in time (an organisation in the news all year) say nothing
        days = [_day(self.items[k][1].date) for *_, k in ranked]
        if (max(days) - min(days)).days > YEAR_MATCH_DAYS:
            return None
        k = min(ranked)[-1]
        return self.items[k][0], self.items[k][1]


_KEPT_LOOKUPS = "undated lookups"  # explainer.warm: (name -> its listing, sentence query -> its answer)


_CAPITALISED_RUN = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*")


def _name_runs(text: str) -> list[frozenset[str]]:
    """The name words of each capitalised run of `text` (one run: one name, roughly)."""
    text = re.sub(r"\s*\([^()]*\)", " ", text)  # "Organisasi X (OX)": the acronym is the same name
    return [frozenset(w.lower() for w in run.split()) for run in _CAPITALISED_RUN.findall(text)]


def _runs_holding(runs: list[frozenset[str]], words: frozenset[str]) -> int:
    return sum(1 for run in runs if run & words)


def _day(date: str) -> dt.date:
    return dt.date.fromisoformat(date if len(date) == 10 else date + "-15")


def _distance(mention: DateMention, near: dt.date) -> int:
    when = parse_iso(mention.date if len(mention.date) == 10 else mention.date + "-15")
    return abs((when - near).days) if when else 10 ** 6


def _nearest_reading(sentence: str, near: dt.date) -> list[DateMention]:
    """The sentence's mentions read as if written a month before, at or after `near` (the same
    event's date elsewhere); per expression, the reading nearest to `near` (its year is all we want:
    "Juli lalu" read in July is last year's July, read in August this year's)."""
    readings = [find_dates_in_sentence(sentence, near + dt.timedelta(days=shift)) for shift in (0, 31, -31)]
    best: dict[tuple[int, int], DateMention] = {}
    for reading in readings:
        for mention in reading:
            key = (mention.start, mention.end)
            if key not in best or _distance(mention, near) < _distance(best[key], near):
                best[key] = mention
    return sorted(best.values(), key=lambda m: m.start)


def _yearless_events(article: Article, events: list[Event], index: _NameIndex,
                     sentences: list[tuple[int, int, str]]) -> list[Event]:
    """Events of `article` whose expression lacks only a year, dated by the same event elsewhere."""
    have = {(e.block, e.sentence, e.expression) for e in events}
    found: list[Event] = []
    for i, j, sentence in sentences:
        names = event_names(sentence)
        match = index.best(names, article.id, _name_runs(sentence))
        if match is None:
            continue
        other_article, other = match
        near = _day(other.date)
        mentions = _nearest_reading(sentence, near)
        for mention in mentions:
            if not mention.relative or mention.kind not in YEARLESS_KINDS:
                continue
            if (i, j, mention.expression) in have:
                continue
            if _distance(mention, near) > YEAR_MATCH_DAYS:
                continue
            text = event_text(sentence, mention, mentions, None)
            if not text:
                continue
            note = (f"Tahun tidak disebut dan tanggal terbit artikel tidak tercantum; tahunnya ({mention.date[:4]}) "
                    f"diambil dari peristiwa yang sama yang diberitakan {other_article.outlet or other_article.title}.")
            found.append(Event(
                article=article.id, block=i, sentence=j, quote=sentence, text=text,
                expression=mention.expression, date=mention.date, end=mention.end_date,
                granularity=mention.granularity, relative=True,
                planned=future_at(sentence, mention.start), notes=mention.notes + (note,),
                inferred=True, kind=mention.kind))
    return found
