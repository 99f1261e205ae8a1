"""Clustering of timeline events: word and name overlap, same-day merges, joins across dates."""

from __future__ import annotations

import datetime as dt
import functools
import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..idformat import format_date_id
from ..model import Article
from ..steptimes import timed

if TYPE_CHECKING:
    from ..extract.events import Event


def _iso(day: dt.date) -> str:
    return day.isoformat()

_WORD = re.compile(r"[A-Za-zÀ-ÿ0-9]+(?:[-'][A-Za-zÀ-ÿ0-9]+)*")
_STOPWORDS = frozenset("""
    yang dan di ke dari pada untuk dengan dalam ini itu tersebut akan telah sudah juga oleh atau
    bahwa sebagai karena agar para saat kata ujar menurut ia mereka kami kita dia nya adalah
    tidak belum masih lebih sejak hingga sampai tahun bulan hari pekan minggu lalu depan kemarin
    mendatang awal akhir tanggal pukul sekitar secara serta bagi antara setelah sebelum usai
    senin selasa rabu kamis jumat sabtu januari februari maret april mei juni juli agustus
    september oktober november desember sebelumnya sementara namun wib wita wit pukul
""".split())
# Capitalised words too common in names to tell two events apart (titles, unit types, compass).
_GENERIC_NAMES = frozenset("""
    kabupaten kota desa kelurahan provinsi kecamatan pemerintah presiden wakil menteri ketua kepala
    dinas badan bupati walikota wali gubernur camat pt cv tbk persero universitas partai
    kementerian polres polda polsek jenderal direktur sekretaris juru bicara dewan umum nasional
    daerah negara republik utara selatan timur barat tengah raya pusat dpr dprd pak bu ibu bapak
    warga kantor rumah sakit sekolah institut lembaga komisi perusahaan pengadilan
""".split())



MERGE_OVERLAP = 0.6  # rarity-weighted share of the smaller event's words found in the other
CONFLICT_OVERLAP = 0.9
NAME_OVERLAP = 0.5  # share of the smaller event's names found in the other
CONFLICT_NAME_OVERLAP = 0.9
CONFLICT_NOTE = "Sumber lain menyebut tanggal berbeda"  # how a discrepancy note opens
CONFLICT_DAYS = 3  # reports of one event a few days apart may conflict (see _conflict_dates)
SAME_ARTICLE_OVERLAP = 0.2  # one article's sentences on one day with this word overlap tell one event
SHARED_NAME_OVERLAP = 0.25  # reports of one day sharing a name and this word overlap tell one event


@dataclass
class Cluster:
    key: tuple[str, str, str]  # (date, end or "", granularity)
    events: list[tuple[Article, Event]]
    words: frozenset[str]  # action words of its events
    names: frozenset[str]  # name words of its events
    numbers: frozenset[str]  # quantities of its events ("6.392", "35")
    notes: list[str]

    def absorb(self, words: frozenset[str], names: frozenset[str], numbers: frozenset[str]) -> None:
        """Take in another event's words, names and quantities."""
        self.words, self.names, self.numbers = self.words | words, self.names | names, self.numbers | numbers


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def event_content(text_and_expression: tuple[str, str]) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """(stemmed content words, name words, quantities) of an event, from its (text, date expression); stop words
    left out."""
    text = text_and_expression[0].replace(text_and_expression[1], " ")
    numbers = frozenset(_NUMBER.findall(text))
    roles = [_word_roles(word) for word in _WORD.findall(text)]
    names = frozenset(name for name, _ in roles[1:] if name is not None)  # not the sentence's first word
    content = frozenset(stem for _, stem in roles if stem is not None)
    return content, names, numbers


def event_names(text: str) -> frozenset[str]:
    """The name words (people, places, organisations) of a text, its first word left out."""
    roles = [_word_roles(word) for word in _WORD.findall(text)]
    return frozenset(name for name, _ in roles[1:] if name is not None)


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


class Similarity:
    """Rarity-weighted word overlap; a word's weight falls with the number of events using it."""

    def __init__(self, texts: list[frozenset[str]]):
        counts: dict[str, int] = defaultdict(int)
        for words in texts:
            for word in words:
                counts[word] += 1
        total = max(len(texts), 1)
        self.weight = {w: math.log(1 + total / n) for w, n in counts.items()}
        self._totals: dict[frozenset[str], float] = {}  # a set's summed weight (clusters' sets meet many others)

    def overlap(self, a: frozenset[str], b: frozenset[str]) -> float:
        if not a or not b:
            return 0.0
        # math.fsum is exact, so the result does not depend on the sets' iteration order, which changes with
        # each process' string hashing: a plain sum could break a tie differently from one build to the next
        weight = self.weight.get
        shared = math.fsum(weight(w, 1.0) for w in a & b)
        return shared / min(self._total(a), self._total(b))

    def _total(self, words: frozenset[str]) -> float:
        total = self._totals.get(words)
        if total is None:
            weight = self.weight.get
            total = self._totals[words] = math.fsum(weight(w, 1.0) for w in words)
        return total

    def same_event(self, a: Cluster, b: Cluster, threshold: float, name_share: float) -> bool:
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

    def same_account(self, a: Cluster, b: Cluster) -> bool:
        """One article's sentences on one date tell one event when they share a name or some words."""
        return bool(a.names & b.names) or self.overlap(a.words, b.words) >= SAME_ARTICLE_OVERLAP

    def same_day_event(self, a: Cluster, b: Cluster) -> bool:
        """On one day, one story: reports that share two names, or one name and some words; else what
        same_event asks."""
        shared = a.names & b.names
        if len(shared) >= 2 or (shared and self.overlap(a.words, b.words) >= SHARED_NAME_OVERLAP):
            return True
        return self.same_event(a, b, MERGE_OVERLAP, NAME_OVERLAP)


@timed("timeline.merge_buckets")
def merge_bucket(key: tuple[str, str, str], items: list[tuple[Article, Event]],
                  contents: dict[int, tuple[frozenset[str], ...]],
                  similarity: Similarity) -> list[Cluster]:
    """Greedy clustering of one date's events: one article's sentences on one date are one account of that day;
    an account joins the cluster it tells the same event as (Similarity.same_day_event, on the names and words
    of all the events of both); candidates come from a name index."""
    accounts: dict[str, list[Cluster]] = defaultdict(list)
    for article, event in items:
        words, names, numbers = contents[id(event)]
        probe = Cluster(key, [], words, names, numbers, [])
        account = next((c for c in accounts[article.id] if similarity.same_account(probe, c)), None)
        if account is None:
            account = probe
            accounts[article.id].append(account)
        else:
            account.absorb(words, names, numbers)
        account.events.append((article, event))
    clusters: list[Cluster] = []
    index: dict[str, list[int]] = defaultdict(list)
    for account in (account for article_accounts in accounts.values() for account in article_accounts):
        counts: dict[int, int] = defaultdict(int)
        for word in sorted(account.names or account.words):
            for c in index[word]:
                counts[c] += 1
        target = next((c for c in sorted(counts, key=lambda c: (-counts[c], c))
                       if similarity.same_day_event(account, clusters[c])), None)
        if target is None:
            target = len(clusters)
            clusters.append(account)
        else:
            clusters[target].absorb(account.words, account.names, account.numbers)
            clusters[target].events.extend(account.events)
        for word in account.names or account.words:
            if target not in index[word]:
                index[word].append(target)
    return clusters


@functools.lru_cache(maxsize=8192)
def _conflict_dates(date: str) -> tuple[str, ...]:
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
        return tuple(out)
    if len(date) == 7:
        index = int(date[:4]) * 12 + int(date[5:7]) - 1
        return tuple(f"{(index + d) // 12:04d}-{(index + d) % 12 + 1:02d}" for d in (-1, 1))
    return ()


@timed("timeline.flag_conflicts")
def flag_conflicts(clusters: list[Cluster], similarity: Similarity) -> None:
    """Note clusters that tell the same event with different dates (see _conflict_dates).

    Candidates are looked up by (date, name): only clusters on a neighbouring date that share a name are
    compared, so a crowded day does not make every cluster meet every other.
    """
    by_date: dict[str, dict[str, list[int]]] = defaultdict(lambda: defaultdict(list))  # date -> name -> clusters
    for c, cluster in enumerate(clusters):
        if not cluster.key[1]:  # single dates only; ranges are compared by nobody
            for name in cluster.names:
                by_date[cluster.key[0]][name].append(c)
    articles = [frozenset(a.id for a, _ in cluster.events) for cluster in clusters]  # (only notes change below)
    for c, cluster in enumerate(clusters):
        if cluster.key[1] or not cluster.names:
            continue
        for date in _conflict_dates(cluster.key[0]):
            named = by_date.get(date)
            if named is None:
                continue
            candidates = sorted({o for name in cluster.names & named.keys() for o in named[name]})
            for o in candidates:
                other = clusters[o]
                if not articles[c].isdisjoint(articles[o]):
                    continue
                if similarity.same_event(cluster, other, CONFLICT_OVERLAP,
                                         CONFLICT_NAME_OVERLAP):
                    cluster.notes.append(_conflict_note(other))


@timed("timeline.join_coarser")
def join_coarser(clusters: list[Cluster], similarity: Similarity) -> list[Cluster]:
    """A coarser date of one event joins the finer one: "pada 2019" or "April 2019" joins
    "25 April 2019" when names and words agree (the finest, best-sharing candidate wins).

    Candidates come from an index of the finer clusters by (period, name) — or (period, word) for clusters
    without names — since `Similarity.same_event` needs a shared name (or, between nameless events, shared
    words): a year with thousands of dated events does not make every coarse mention meet all of them."""
    finer: dict[tuple[str, str], list[int]] = defaultdict(list)  # ("2019" / "2019-04", name or word) -> clusters
    for c, cluster in enumerate(clusters):
        date = cluster.key[0]
        if not cluster.key[1] and len(date) > 4:
            periods = (date[:4], date[:7]) if len(date) == 10 else (date[:4],)
            keys = cluster.names or cluster.words
            for period in periods:
                for key in keys:
                    finer[(period, key)].append(c)
    gone: set[int] = set()
    for c, cluster in enumerate(clusters):
        if cluster.key[1] or cluster.key[2] == "day":
            continue
        period = cluster.key[0]
        near = sorted({o for key in (cluster.names or cluster.words) for o in finer.get((period, key), ())
                       if (bool(clusters[o].names) == bool(cluster.names))})
        candidates = [o for o in near if o not in gone and o != c and
                      similarity.same_event(cluster, clusters[o], MERGE_OVERLAP, NAME_OVERLAP)]
        if not candidates:
            continue
        o = max(candidates, key=lambda o: (len(clusters[o].key[0]), len(cluster.names & clusters[o].names),
                                           similarity.overlap(cluster.words, clusters[o].words), -o))
        clusters[o].events.extend(cluster.events)
        gone.add(c)
    return [cluster for c, cluster in enumerate(clusters) if c not in gone]


# Expressions counted back from the publication day: wrong by as much as that day when it is a guess.
COUNTED_KINDS = frozenset({"relative-period", "relative-count", "relative-week", "relative-day", "weekday",
                           "weekday-relative", "weekday-week", "weekday-range", "in-years"})
GUESS_SHARED_NAMES = 3
GUESS_NAME_SHARE = 0.6


def _guessed(cluster: Cluster) -> bool:
    """Whether every date of the cluster was counted back from an inferred publication day."""
    return all(event.inferred and event.kind in COUNTED_KINDS for _, event in cluster.events)


@timed("timeline.join_guesses")
def join_guesses(clusters: list[Cluster]) -> list[Cluster]:
    """One real event, one entry: a cluster dated only by counting back from guessed publication
    days ("bulan lalu" in an undated article) joins the same event on a neighbouring date (see
    _conflict_dates) that another article names ("Juli lalu", "25 Juli 2023"), when their names
    agree; a note keeps what the guess would have said."""
    by_date: dict[str, list[int]] = defaultdict(list)
    for c, cluster in enumerate(clusters):
        if not cluster.key[1]:
            by_date[cluster.key[0]].append(c)
    gone: set[int] = set()
    for c, cluster in enumerate(clusters):
        if cluster.key[1] or not _guessed(cluster) or len(cluster.names) < GUESS_SHARED_NAMES:
            continue
        best = None
        for date in _conflict_dates(cluster.key[0]):
            for o in by_date.get(date, ()):
                other = clusters[o]
                shared = len(cluster.names & other.names)
                if o in gone or _guessed(other) or shared < GUESS_SHARED_NAMES or \
                        shared / min(len(cluster.names), len(other.names)) < GUESS_NAME_SHARE:
                    continue
                if best is None or shared > best[0]:
                    best = (shared, o)
        if best is None:
            continue
        target = clusters[best[1]]
        target.events.extend(cluster.events)
        outlets = sorted({(a.outlet or a.title) for a, _ in cluster.events})
        expressions = sorted({f"“{e.expression}”" for _, e in cluster.events})
        target.notes.append(f"{', '.join(outlets)} menulis {', '.join(expressions)} untuk peristiwa ini tanpa "
                            f"tanggal terbit; peristiwa ini ditempatkan pada "
                            f"{format_date_id(target.key[0], target.key[1] or None)}, tanggal yang disebut sumber "
                            f"lain.")
        gone.add(c)
    return [cluster for c, cluster in enumerate(clusters) if c not in gone]


def _conflict_note(other: Cluster) -> str:
    outlets = sorted({(a.outlet or a.title) for a, _ in other.events})
    return (f"{CONFLICT_NOTE} untuk peristiwa ini: "
            f"{format_date_id(other.key[0], other.key[1] or None)} ({', '.join(outlets)}).")
