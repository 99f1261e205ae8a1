"""Dated events: per-article extraction, publication-date inference, the corpus-wide timeline."""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import hashlib
import math
import re
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, replace

from explainer.dates import (DateMention, cues, find_dates_in_sentence, format_date_id, future_at,
                             parse_iso)
from explainer.eventtext import event_text, is_sourcing_date, keep_sourcing_date
from explainer.model import Article
from explainer.sentences import sentence_anchor, sentence_spans

_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9]+(?:[-'][A-Za-zÀ-ÿ0-9]+)*")
_STOPWORDS = frozenset("""
    yang dan di ke dari pada untuk dengan dalam ini itu tersebut akan telah sudah juga oleh atau
    bahwa sebagai karena agar para saat kata ujar menurut ia mereka kami kita dia nya adalah
    tidak belum masih lebih sejak hingga sampai tahun bulan hari pekan minggu lalu depan kemarin
    mendatang awal akhir tanggal pukul sekitar secara serta bagi antara setelah sebelum usai
    senin selasa rabu kamis jumat sabtu januari februari maret april mei juni juli agustus
    september oktober november desember sebelumnya sementara namun
""".split())
# Capitalised words too common in names to tell two events apart (titles, unit types, compass).
_GENERIC_NAMES = frozenset("""
    kabupaten kota desa kelurahan provinsi kecamatan pemerintah presiden wakil menteri ketua kepala
    dinas badan bupati walikota wali gubernur camat pt cv tbk persero universitas partai
    kementerian polres polda polsek jenderal direktur sekretaris juru bicara dewan umum nasional
    daerah negara republik utara selatan timur barat tengah raya pusat dpr dprd pak bu ibu bapak
    warga kantor rumah sakit sekolah institut lembaga komisi perusahaan pengadilan
""".split())


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

    @property
    def anchor(self) -> str:
        return sentence_anchor(self.block, self.sentence)


# =============================================================================================
# Publication date inference
# =============================================================================================

def infer_published(article: Article, hint: str | None = None) -> str | None:
    """A YYYY-MM-DD guess of the publication day of an article that states none.

    A full-day `hint` (from seeds/sources.yml) wins. Otherwise the guess is the latest explicit
    (year-bearing) day that the text reports as past: news reports on what has happened, so the
    publication day is on or after it. A coarser hint ("2023-09", "2023") keeps only candidates
    inside it. Without such a day the answer is None: relative dates then stay unanchored.
    """
    hinted = _parse_hint(hint)
    if hinted and len(hinted) == 10:
        return hinted
    latest: dt.date | None = None
    for block in article.blocks:
        if block.kind != "p" or not cues(block.text):
            continue
        for start, end in sentence_spans(block.text):
            sentence = block.text[start:end]
            for mention in find_dates_in_sentence(sentence, None):
                if mention.granularity != "day" or mention.relative:
                    continue
                if future_at(sentence, mention.start):
                    continue
                day = dt.date.fromisoformat(mention.end_date or mention.date)
                if hinted and not _iso(day).startswith(hinted):
                    continue
                if latest is None or day > latest:
                    latest = day
    return _iso(latest) if latest else None


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
    first and last possible publication day (see explainer.undated): an expression is then kept
    when it resolves alike at both ends (or, for days, within one month: kept as that month),
    marked ``inferred`` with `reason` as a note.
    """
    reference = _anchor(article)
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
            mentions = [m for m, _ in found]
            low = reference or (bound[0] if bound else None)
            for mention, inferred in found:
                if is_sourcing_date(sentence, mention) and not keep_sourcing_date(
                        sentence, mention, len(mentions) - 1):
                    continue
                text = event_text(sentence, mention, mentions, low)
                if not text:
                    continue
                planned = future_at(sentence, mention.start) and _not_before(mention, low)
                notes = mention.notes + ((reason,) if inferred and reason else ()) + \
                    _in_years_note(mention, low)
                events.append(Event(
                    article=article.id, block=i, sentence=j, quote=sentence, text=text,
                    expression=mention.expression, date=mention.date, end=mention.end_date,
                    granularity=mention.granularity, relative=mention.relative, planned=planned,
                    notes=notes, inferred=inferred))
    return events


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


def _anchor(article: Article) -> dt.date | None:
    if article.published:
        return parse_iso(article.published)
    if article.published_inferred and article.published_inferred != infer_published(article):
        return parse_iso(article.published_inferred)
    return None


def _not_before(mention: DateMention, reference: dt.date | None) -> bool:
    """Whether the mention's period reaches the reference day (unknown reference: True)."""
    if reference is None:
        return True
    last = mention.end_date or mention.date
    return last >= reference.isoformat()[:len(last)]


# =============================================================================================
# Corpus-wide merge
# =============================================================================================

MERGE_OVERLAP = 0.6  # rarity-weighted share of the smaller event's words found in the other
CONFLICT_OVERLAP = 0.9
NAME_OVERLAP = 0.5  # share of the smaller event's names found in the other
CONFLICT_NAME_OVERLAP = 0.9
CONFLICT_DAYS = 3  # reports of one event a few days apart may conflict (see _conflict_dates)


@dataclass
class _Cluster:
    key: tuple[str, str, str]  # (date, end or "", granularity)
    events: list[tuple[Article, Event]]
    words: frozenset[str]  # action words of the first event
    names: frozenset[str]  # name words of the first event
    numbers: frozenset[str]  # quantities of the first event ("6.392", "35")
    notes: list[str]


def build_timeline(per_article: list[tuple[Article, list[Event]]]) -> list[dict]:
    """Merge every article's events into timeline entries sorted by date (near-linear).

    Each entry: ``date``, ``end`` (or None), ``granularity`` (day/month/year), ``text``,
    ``sources`` (list of ``{article, quote, expression, page}``; ``page`` is the article page with
    the sentence anchor), ``notes`` (Indonesian strings: weekday typos, date discrepancies), plus
    ``planned`` (bool: announced as future at publication by every source), ``inferred`` (bool:
    every source's date rests on an inferred publication date or another article) and ``id`` (stable
    anchor id of the entry, derived from its date and first source).

    Events with the same date, end and granularity merge when they share names (people, places,
    organisations) and rarity-weighted action words; candidates come from a per-date name index,
    never all pairs. A cluster whose event is told by other articles with a nearby or
    typo-like different date (up to three days apart, or the same day a month apart; for months,
    the neighbouring month) and nearly the same words and names gets a note naming that date
    and its outlets.
    """
    with _gc_paused():
        return _build_timeline(per_article)


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector: the merge allocates many small containers (and no
    reference cycles), and the full collections they trigger walk every object of the corpus,
    costing more than the merge itself at 10,000 articles."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _build_timeline(per_article: list[tuple[Article, list[Event]]]) -> list[dict]:
    buckets: dict[tuple[str, str, str], list[tuple[Article, Event]]] = defaultdict(list)
    for article, events in sorted(per_article, key=lambda pair: pair[0].id):
        for event in events:
            buckets[(event.date, event.end or "", event.granularity)].append((article, event))
    contents = {id(event): _content(event) for items in buckets.values() for _, event in items}
    similarity = _Similarity([content[0] for content in contents.values()])
    clusters: list[_Cluster] = []
    for key in sorted(buckets):
        clusters.extend(_merge_bucket(key, buckets[key], contents, similarity))
    _flag_conflicts(clusters, similarity)
    entries = [_entry(cluster) for cluster in clusters]
    entries.sort(key=lambda e: (e["date"], e["end"] or "", e["id"]))
    return entries


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def _content(event: Event) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(stemmed content words, name words, quantities) of an event; stop words left out."""
    text = event.text.replace(event.expression, " ")
    numbers = frozenset(_NUMBER.findall(text))
    roles = [_word_roles(word) for word in _WORD.findall(text)]
    names = frozenset(name for name, _ in roles[1:] if name is not None)  # not the sentence's first word
    content = frozenset(stem for _, stem in roles if stem is not None)
    return content, names, numbers


@functools.lru_cache(maxsize=65536)
def _word_roles(word: str) -> tuple[str | None, str | None]:
    """(name word, content stem) of one word of an event, None where it is not one."""
    lower = word.lower()
    name = lower if word[0].isupper() and lower not in _STOPWORDS and lower not in _GENERIC_NAMES else None
    stem = _stem(lower) if len(word) > 2 and lower not in _STOPWORDS and not word.isdigit() else None
    return name, stem


_PREFIX = re.compile(r"^(?:meng|meny|mem|men|me|di|ber|ter|per|pe)(?=\w{4,})")
_SUFFIX = re.compile(r"(?<=\w{4})(?:kan|an|i|nya)$")


def _stem(word: str) -> str:
    """A rough Indonesian stem, enough to pair "meresmikan" with "diresmikan"."""
    return _SUFFIX.sub("", _PREFIX.sub("", word))


class _Similarity:
    """Rarity-weighted word overlap; a word's weight falls with the number of events using it."""

    def __init__(self, texts: list[frozenset[str]]):
        counts: dict[str, int] = defaultdict(int)
        for words in texts:
            for word in words:
                counts[word] += 1
        total = max(len(texts), 1)
        self.weight = {w: math.log(1 + total / n) for w, n in counts.items()}

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        if not a or not b:
            return 0.0
        weight = self.weight.get
        shared = sum(weight(w, 1.0) for w in a & b)
        return shared / min(sum(weight(w, 1.0) for w in a), sum(weight(w, 1.0) for w in b))

    def same_event(self, a: _Cluster, b: _Cluster, threshold: float, name_share: float) -> bool:
        """Same words (weighted share >= threshold), same names (at least two, or all of the
        smaller set, and a share >= name_share) and no contradicting quantities."""
        if a.numbers and b.numbers and not a.numbers & b.numbers:
            return False
        if len(a.words & b.words) < 3 or self.overlap(a.words, b.words) < threshold:
            return False
        if not a.names or not b.names:
            return not a.names and not b.names and self.overlap(a.words, b.words) >= 0.9
        shared = len(a.names & b.names)
        return shared >= min(2, len(a.names), len(b.names)) and \
            shared / min(len(a.names), len(b.names)) >= name_share


def _merge_bucket(key: tuple[str, str, str], items: list[tuple[Article, Event]],
                  contents: dict[int, tuple[frozenset[str], ...]],
                  similarity: _Similarity) -> list[_Cluster]:
    """Greedy clustering of one date's events; candidates come from a name index."""
    clusters: list[_Cluster] = []
    index: dict[str, list[int]] = defaultdict(list)
    for article, event in items:
        words, names, numbers = contents[id(event)]
        probe = _Cluster(key, [], words, names, numbers, [])
        counts: dict[int, int] = defaultdict(int)
        for word in sorted(names or words):
            for c in index[word]:
                counts[c] += 1
        target = None
        for c in sorted(counts, key=lambda c: (-counts[c], c)):
            if similarity.same_event(probe, clusters[c], MERGE_OVERLAP, NAME_OVERLAP):
                target = c
                break
        if target is None:
            target = len(clusters)
            clusters.append(probe)
            for word in names or words:
                index[word].append(target)
        clusters[target].events.append((article, event))
    return clusters


def _conflict_dates(date: str) -> list[str]:
    """Dates that a conflicting report of an event on `date` would plausibly carry: for a day,
    up to CONFLICT_DAYS either side and the same day one month either side (a mistyped month);
    for a month, the neighbouring months."""
    if len(date) == 10:
        day = dt.date.fromisoformat(date)
        out = [_iso(day + dt.timedelta(days=k))
               for k in range(-CONFLICT_DAYS, CONFLICT_DAYS + 1) if k]
        for delta in (-1, 1):
            index = day.year * 12 + day.month - 1 + delta
            try:
                out.append(_iso(dt.date(index // 12, index % 12 + 1, day.day)))
            except ValueError:
                pass
        return out
    if len(date) == 7:
        index = int(date[:4]) * 12 + int(date[5:7]) - 1
        return [f"{(index + d) // 12:04d}-{(index + d) % 12 + 1:02d}" for d in (-1, 1)]
    return []


def _flag_conflicts(clusters: list[_Cluster], similarity: _Similarity) -> None:
    """Note clusters that tell the same event with different dates (see _conflict_dates).

    Candidates are looked up by (date, name): only clusters on a neighbouring date that share a name are
    compared, so a crowded day does not make every cluster meet every other.
    """
    by_date_name: dict[tuple[str, str], list[int]] = defaultdict(list)
    for c, cluster in enumerate(clusters):
        if not cluster.key[1]:  # single dates only; ranges are compared by nobody
            for name in cluster.names:
                by_date_name[(cluster.key[0], name)].append(c)
    for c, cluster in enumerate(clusters):
        if cluster.key[1] or not cluster.names:
            continue
        articles = {a.id for a, _ in cluster.events}
        for date in _conflict_dates(cluster.key[0]):
            candidates = sorted({o for name in cluster.names for o in by_date_name.get((date, name), ())})
            for o in candidates:
                other = clusters[o]
                if articles & {a.id for a, _ in other.events}:
                    continue
                if similarity.same_event(cluster, other, CONFLICT_OVERLAP,
                                         CONFLICT_NAME_OVERLAP):
                    cluster.notes.append(_conflict_note(other))


def _conflict_note(other: _Cluster) -> str:
    outlets = sorted({(a.outlet or a.title) for a, _ in other.events})
    return (f"Sumber lain menyebut tanggal berbeda untuk peristiwa ini: "
            f"{format_date_id(other.key[0], other.key[1] or None)} ({', '.join(outlets)}).")


def _entry(cluster: _Cluster) -> dict:
    events = sorted(cluster.events, key=lambda pair: (pair[0].id, pair[1].block, pair[1].sentence))
    first_article, first = events[0]
    notes: list[str] = []
    for _, event in events:
        for note in event.notes:
            if note not in notes:
                notes.append(note)
    notes.extend(sorted(set(cluster.notes)))
    sources = []
    seen = set()
    for article, event in events:
        key = (article.id, event.block, event.sentence, event.expression)
        if key in seen:
            continue
        seen.add(key)
        sources.append({"article": article.id, "quote": event.quote,
                        "expression": event.expression,
                        "page": f"{article.page}#{event.anchor}"})
    digest = hashlib.sha1(f"{first.date}|{first.end}|{first_article.id}|{first.anchor}|"
                          f"{first.expression}".encode()).hexdigest()[:8]
    return {
        "date": first.date,
        "end": first.end,
        "granularity": first.granularity,
        "text": first.text,
        "sources": sources,
        "notes": notes,
        "planned": all(event.planned for _, event in events),
        "inferred": all(event.inferred for _, event in events),
        "id": f"peristiwa-{first.date.replace('-', '')}-{digest}",
    }
