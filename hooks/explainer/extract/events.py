"""Dated events of one article: the Event type, per-article extraction, publication-date inference."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, replace

from ..model import Article
from ..idformat import format_date_id
from .dates import DateMention, cues, find_dates_in_sentence, future_at, parse_iso
from .dates_calendar import make_date, weekday_note, written_weekday, year_in_context
from .eventtext import cites_source, event_text, is_sourcing_date, keep_sourcing_date, tidy
from .sentences import sentence_anchor, sentence_spans

@dataclass(frozen=True)
class Event:
    """One dated statement of one article (picklable; cache it by the article's content hash)."""

    article: str  # Article.id
    block: int  # 0-based body block index
    sentence: int  # 0-based sentence index within the block
    quote: str  # the whole sentence as written
    text: str  # the statement trimmed to read on its own
    expression: str  # the date words as written
    date: str  # YYYY | YYYY-MM | YYYY-MM-DD
    end: str | None
    granularity: str  # day | month | year
    relative: bool
    planned: bool  # the text speaks of it as future at publication
    notes: tuple[str, ...] = ()
    inferred: bool = False  # resolved against an inferred publication date or another article
    kind: str = ""  # the date expression's type (DateMention.kind)

    @property
    def anchor(self) -> str:
        return sentence_anchor(self.block, self.sentence)


# =============================================================================================
# Publication date inference
# =============================================================================================

def infer_published(article: Article, hint: str | None = None,
                    days: list[tuple[str, DateMention]] | None = None) -> str | None:
    """A YYYY-MM-DD guess of the publication day of an article that states none.

    A full-day `hint` (from seeds/sources.yml) wins. Otherwise the guess is the latest explicit
    (year-bearing) day that the text reports as past: news reports on what has happened, so the
    publication day is on or after it. A coarser hint ("2023-09", "2023") keeps only candidates
    inside it. Without such a day the answer is None: relative dates then stay unanchored. `days` are the
    article's explicit_days when already known.
    """
    hinted = _parse_hint(hint)
    if hinted and len(hinted) == 10:
        return hinted
    latest: dt.date | None = None
    for sentence, mention in explicit_days(article) if days is None else days:
        if future_at(sentence, mention.start):
            continue
        day = dt.date.fromisoformat(mention.end_date or mention.date)
        if hinted and not _iso(day).startswith(hinted):
            continue
        if latest is None or day > latest:
            latest = day
    return _iso(latest) if latest else None


def explicit_days(article: Article) -> Iterator[tuple[str, DateMention]]:
    """(sentence, mention) for every explicit, year-bearing day the article's paragraphs state, except days that
    contradict the weekday written beside them (one of the two is wrong)."""
    for block in article.blocks:
        if block.kind != "p" or not cues(block.text):
            continue
        for start, end in sentence_spans(block.text):
            sentence = block.text[start:end]
            for mention in find_dates_in_sentence(sentence, None):
                if mention.granularity == "day" and not mention.relative and not contradicts_weekday(mention):
                    yield sentence, mention


def contradicts_weekday(mention: DateMention) -> bool:
    """Whether the weekday written in the expression is not the weekday of the mention's (first) day."""
    weekday = written_weekday(mention.expression)
    day = parse_iso(mention.date)
    return weekday is not None and day is not None and day.weekday() != weekday


def _parse_hint(hint: str | None) -> str | None:
    """"YYYY-MM-DD", "YYYY-MM" or "YYYY" from a hint in ISO form or Indonesian words."""
    text = str(hint or "").strip()
    if not text:
        return None
    day = parse_iso(text)
    if day:
        return _iso(day)
    if re.fullmatch(r"\d{4}(?:-(?:0[1-9]|1[0-2]))?", text):
        return text
    mentions = [m for m in find_dates_in_sentence(text, None) if not m.relative]
    return mentions[0].date if mentions else None


def _iso(day: dt.date) -> str:
    return day.isoformat()


# =============================================================================================
# Per-article extraction
# =============================================================================================

def extract_events(article: Article, bound: tuple[dt.date, dt.date] | None = None,
                   reason: str = "") -> list[Event]:
    """The dated statements of one article, in reading order (pure; cacheable by content).

    Relative expressions are anchored to the stated publication date, or to
    ``article.published_inferred`` when that came from outside the text (a sources.yml hint).
    A date inferred from the text itself is only a lower bound (the latest past date mentioned),
    so relative expressions are then left out rather than guessed, unless `bound` gives the
    first and last possible publication day (see explainer.corpus.undated): an expression is then kept
    when it resolves alike at both ends (or, for days, within one month: kept as that month),
    marked ``inferred`` with `reason` as a note.
    """
    reference = reference_day(article)
    if reference is not None:
        bound = None
    events: list[Event] = []
    for i, block in enumerate(article.blocks):
        if block.kind != "p" or not cues(block.text):  # no date in this paragraph
            continue
        for j, (start, end) in enumerate(sentence_spans(block.text)):
            sentence = block.text[start:end]
            if bound is None:
                found = [(m, False) for m in find_dates_in_sentence(sentence, reference)]
            else:
                found = _bounded(sentence, bound)
            low = reference or (bound[0] if bound else None)
            events.extend(sentence_events(article.id, i, j, sentence, found, low, reason))
    return events


# Words of a target or a demand: a year they name is what is wanted, not what happened.
_TARGET = re.compile(r"(?i:\b(?:target|targetnya|menargetkan|ditargetkan|sasaran|tuntutan|menuntut|dituntut|"
                     r"meminta|diminta|mendesak|didesak)\b)")


def sentence_events(article_id: str, block: int, index: int, sentence: str,
                    found: list[tuple[DateMention, bool]], low: dt.date | None, reason: str = "") -> list[Event]:
    """The events of one sentence from its date mentions (each with whether it was inferred): sourcing dates
    left out unless they date the event, each statement once, `reason` noted on inferred ones; `low` is the
    earliest possible publication day (for plans and counted-back notes)."""
    mentions = [m for m, _ in found]
    said: set[str] = set()  # one statement under one date: the same words never twice
    events: list[Event] = []
    for mention, inferred in found:
        if mention.granularity == "year" and not mention.end_date and _TARGET.search(sentence):
            continue  # "menuntut upah naik 10 persen pada 2023": a demand or a target, not an event
        if is_sourcing_date(sentence, mention) and not keep_sourcing_date(sentence, mention, len(mentions) - 1):
            if cites_source(sentence, mention):
                continue
            text = tidy(sentence)  # a quote's date dates the saying: the statement is the event
        else:
            text = event_text(sentence, mention, mentions, low)
        if not text or text in said:
            continue
        if mention.kind != "month-pair":  # "September dan Desember 2022": one statement, both months
            said.add(text)
        planned = future_at(sentence, mention.start) and _not_before(mention, low)
        notes = mention.notes + ((reason,) if inferred and reason else ()) + _in_years_note(mention, low)
        events.append(Event(
            article=article_id, block=block, sentence=index, quote=sentence, text=text,
            expression=mention.expression, date=mention.date, end=mention.end_date,
            granularity=mention.granularity, relative=mention.relative, planned=planned,
            notes=notes, inferred=inferred, kind=mention.kind))
    return events


# Expressions that are a day (or days) lacking only a year: "Selasa (6/9)", "2 Oktober", "16 hingga 21 April".
DAY_KINDS = frozenset({"day-month", "day-range", "day-month-range", "weekday-slash", "weekday-range-slash"})


def in_context(sentence: str, own: list[dt.date], span: tuple[dt.date, dt.date] | None
               ) -> list[tuple[DateMention, bool]]:
    """Mentions of `sentence` in an article that states no publication day: explicit ones as they are, a day
    written without its year dated by `year_in_context` (the article's `own` full dates, the corpus' `span` of
    publication days) with the reasoning as its note (inferred), other relative ones left out."""
    probe = own[-1] if own else (span[0] if span else None)
    if probe is None:
        return []
    out: list[tuple[DateMention, bool]] = []
    for mention in find_dates_in_sentence(sentence, probe):
        if not mention.relative:
            out.append((mention, False))
            continue
        first = parse_iso(mention.date)
        if mention.kind not in DAY_KINDS or first is None:
            continue
        weekday = written_weekday(mention.expression)
        ahead = future_at(sentence, mention.start) or mention.expression.lower().endswith(("mendatang", "depan"))
        found = year_in_context(first.month, first.day, weekday, own, span, ahead)
        if found is None:
            continue
        day, how = found
        end = parse_iso(mention.end_date)
        if end is not None:
            end = make_date(end.year + day.year - first.year, end.month, end.day)
            if end is None:
                continue
        notes = [_context_note(mention.expression, day, how, span)]
        if weekday is not None and day.weekday() != weekday:
            notes += weekday_note(weekday, day)
        out.append((replace(mention, date=day.isoformat(), end_date=end.isoformat() if end else None,
                            notes=tuple(notes)), True))
    return out


def _context_note(expression: str, day: dt.date, how: str, span: tuple[dt.date, dt.date] | None) -> str:
    """Why a day written without its year was given this year (Indonesian, one sentence)."""
    if how == "own":
        return (f"Tahun tidak disebut; \"{expression}\" dibaca dekat tanggal terakhir yang ditulis lengkap di "
                f"artikel ini.")
    covered = format_date_id(span[0].isoformat()[:7], span[1].isoformat()[:7]) if span else ""
    if how == "weekday":
        return (f"Tahun tidak disebut; \"{expression}\" hanya cocok dengan {format_date_id(day.isoformat())} "
                f"dalam kurun pemberitaan ({covered}).")
    return (f"Tahun tidak disebut; {format_date_id(day.isoformat())} satu-satunya tanggal "
            f"itu dalam kurun pemberitaan ({covered}).")


def _bounded(sentence: str, bound: tuple[dt.date, dt.date]) -> list[tuple[DateMention, bool]]:
    """Mentions of `sentence` for a publication day somewhere in `bound`: explicit ones as they
    are; relative ones when they resolve alike at both ends (days of one month: as that month)."""
    first = find_dates_in_sentence(sentence, bound[0])
    last = {(m.start, m.end, m.kind): m for m in find_dates_in_sentence(sentence, bound[1])}
    out: list[tuple[DateMention, bool]] = []
    for mention in first:
        if not mention.relative:
            out.append((mention, False))
            continue
        other = last.get((mention.start, mention.end, mention.kind))
        if other is None:
            continue
        if (other.date, other.end_date) == (mention.date, mention.end_date):
            out.append((mention, True))
        elif mention.granularity == "day" and \
                {mention.date[:7], other.date[:7], (mention.end_date or mention.date)[:7],
                 (other.end_date or other.date)[:7]} == {mention.date[:7]}:
            out.append((replace(mention, date=mention.date[:7], end_date=None, granularity="month"), True))
    return out


def _in_years_note(mention: DateMention, reference: dt.date | None) -> tuple[str, ...]:
    if mention.kind != "in-years" or reference is None:
        return ()
    return (f"Tahun perkiraan: \"{mention.expression}\" dihitung mundur dari tanggal terbit artikel "
            f"({format_date_id(reference.isoformat())}); bisa meleset satu tahun.",)


def reference_day(article: Article, days: list[tuple[str, DateMention]] | None = None) -> dt.date | None:
    """The day relative dates of `article` count from, when one is known (stated or hinted); `days` are its
    explicit_days when already known."""
    if article.published:
        return parse_iso(article.published)
    if article.published_inferred and article.published_inferred != infer_published(article, days=days):
        return parse_iso(article.published_inferred)
    return None


def _not_before(mention: DateMention, reference: dt.date | None) -> bool:
    """Whether the mention's period reaches the reference day (unknown reference: True)."""
    if reference is None:
        return True
    last = mention.end_date or mention.date
    return last >= reference.isoformat()[:len(last)]
