"""Indonesian search terms: affix roots, glossary aliases and hyphen spellings, to index hidden beside a page.

Pagefind stems words with Snowball's Indonesian stemmer, both when it indexes and when a reader
types a query. Snowball drops nasal prefixes without restoring the lost first letter
("mengunjungi" -> "unjung", "menemui" -> "emu") and reads "-mu" as a possessive ("bertemu" ->
"berte"), so forms of one root land under different stems. For every word of a page this module
finds the roots it may come from (rules, no dictionary; a root counts only when the corpus
attests it) and gives one word for each other stem the root's common forms take. A query in any
affixed form then meets the page. The same terms carry every alias of each glossary entry the
page names, and the joined spelling ("jongun") of two adjacent words the corpus also writes
hyphenated ("Jong-un").

Steps: ``analyze_text`` (per page, pure) -> ``build_lexicon`` (corpus, linear) -> ``Expander``
(per page terms). ``explainer.search.pagefind`` writes the terms into the pages Pagefind indexes.
"""

from __future__ import annotations

import functools
import re
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

import snowballstemmer

# Words: letters/digits, optionally joined by hyphens ("Jong-un", "berbulan-bulan").
_WORD = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
_TOKEN = re.compile(r"[^\W_]+")
_NON_WORD = re.compile(r"[\W_]+")
# A capitalised word opening a clause, and one right after another word (inside a clause).
_INITIAL_CAP = re.compile(r"(?:^|[.!?;:,()\[\]\"“”‘’]\s*)([^\W\d_a-z][^\W_]*)", re.M)
_MID_CAP = re.compile(r"(?<=[^\W_]) +([^\W\d_a-z][^\W_]*)")

_VOWELS = frozenset("aeiou")
_PARTICLES = ("lah", "kah", "tah", "pun")
_POSSESSIVES = ("nya", "ku", "mu")
_SUFFIXES = ("kan", "an", "i")
# Prefixes that keep the root's first letter: (prefix, next letter must be in this set or None).
_PLAIN_PREFIXES: tuple[tuple[str, frozenset[str] | None], ...] = (
    ("memper", None), ("diper", None), ("keber", None), ("ber", None), ("ter", None),
    ("per", None), ("di", None), ("ke", None), ("be", frozenset("r")),
)
# The affixed forms a reader may type for a root: (prefix, suffix); "meN"/"peN" take the nasal
# the root's first letter calls for. Their Snowball stems are the stems the root's family takes.
_FORMS: tuple[tuple[str, str], ...] = (
    ("", ""), ("ber", ""), ("di", ""), ("ter", ""), ("meN", ""), ("meN", "i"), ("meN", "kan"),
    ("peN", ""), ("peN", "an"), ("per", "an"), ("ke", "an"), ("memper", "kan"),
)
# Function words: never roots of anything a reader searches for (general Indonesian grammar).
FUNCTION_WORDS = frozenset("""
    ada adalah agar akan akhir akhirnya aku anda antara apa apakah atas atau bagaimana bagi bahkan
    bahwa baik banyak beberapa begitu belum berbagai bersama beserta bila bisa boleh bukan dalam dan
    dapat dari demikian dengan di dia ia ialah ini itu jadi jika juga kalau kami kamu karena kata ke
    kemudian kepada ketika kita lagi lain lalu lama lebih maka makin mampu mana masih mau melalui
    menjadi menurut mereka meski meskipun mungkin namun nanti oleh pada para pernah pula pun saat
    saja salah sama sambil sampai sangat satu saya se sebagai sebelum sebuah sedang sehingga sejak
    selain selama semua sendiri seorang seperti serta sesuai setelah suatu sudah supaya tak tanpa
    tapi telah tentang terhadap termasuk tersebut tetapi tidak untuk walau walaupun yaitu yakni yang
""".split())
MIN_ROOT = 3
_NASAL_CLUSTER = re.compile(r"^(?:m[^aeiou]|n[^aeiougy]|ng[^aeiou])")


@dataclass(frozen=True)
class TextAnalysis:
    """What one page (or one section) contributes to search. Picklable, cacheable by text hash."""

    words: frozenset[str]  # lower-cased words (hyphenated words also as their parts)
    lower_words: frozenset[str]  # words written in lower case here
    initial_words: frozenset[str]  # capitalised words opening a clause (may be common words)
    midcap_words: frozenset[str]  # capitalised words inside a clause (names)
    pairs: frozenset[str]  # joins of adjacent tokens: "Jong Un" -> "jongun"
    hyphen_joins: frozenset[str]  # hyphenated words written here, joined: "Jong-un" -> "jongun"
    normalized: str  # " kim jong un tiba di ... " (lower case, one space between tokens)


@dataclass(frozen=True)
class Lexicon:
    """Corpus-wide evidence: attested roots, all words, words used as common (non-name) words,
    and the joins the corpus writes with a hyphen."""

    roots: frozenset[str]
    words: frozenset[str]
    common: frozenset[str]
    hyphen_joins: frozenset[str]


@dataclass(frozen=True)
class AliasIndex:
    """Glossary aliases: normalized alias -> entry, and the index terms of each entry."""

    by_first: Mapping[str, tuple[tuple[str, int], ...]]  # first token -> (" alias tokens ", entry)
    terms: tuple[tuple[str, ...], ...]  # per entry: every token of its name and aliases, joins too


@functools.lru_cache(maxsize=1)
def _stemmer() -> snowballstemmer.stemmer:
    return snowballstemmer.stemmer("indonesian")


@functools.lru_cache(maxsize=500_000)
def stem(word: str) -> str:
    """Snowball's Indonesian stem of a lower-cased word (what Pagefind indexes and queries)."""
    return _stemmer().stemWord(word)


def _is_root_shape(word: str) -> bool:
    """Long enough, has a vowel, and does not open with a nasal cluster left by a cut prefix."""
    return (len(word) >= MIN_ROOT and word.isalpha() and any(ch in _VOWELS for ch in word)
            and not _NASAL_CLUSTER.match(word))


def _nasal_roots(rest: str) -> list[str]:
    """Roots behind meN-/peN- given what follows "me"/"pe" ("ngunjungi" -> kunjungi, unjungi)."""
    out: list[str] = []
    if rest.startswith("nge") and len(rest) <= 7:  # mengebom -> bom (one-syllable roots only)
        out.append(rest[3:])
    if rest.startswith("ng"):
        tail = rest[2:]
        if tail[:1] in _VOWELS:
            out += ["k" + tail, tail]
        elif tail[:1] in ("g", "h", "k"):
            out.append(tail)
    elif rest.startswith("ny"):
        tail = rest[2:]
        if tail[:1] in _VOWELS:
            out += ["s" + tail, rest]
    elif rest.startswith("m"):
        tail = rest[1:]
        if tail[:1] in _VOWELS:
            out += ["p" + tail, rest]
        elif tail[:1] in ("b", "f", "v", "p"):
            out.append(tail)
    elif rest.startswith("n"):
        tail = rest[1:]
        if tail[:1] in _VOWELS:
            out += ["t" + tail, rest]
        elif tail[:1] in ("c", "d", "j", "z", "t", "s"):
            out.append(tail)
    elif rest[:1] in ("l", "r", "w", "y"):
        out.append(rest)
    return out


def _bases(word: str) -> list[str]:
    """The word without a particle and/or possessive ("kunjungannya" -> kunjungan)."""
    out = [word]
    for group in (_PARTICLES, _POSSESSIVES):
        for base in list(out):
            for ending in group:
                if base.endswith(ending) and len(base) - len(ending) >= 4:
                    out.append(base[: -len(ending)])
    return out


@functools.lru_cache(maxsize=300_000)
def root_candidates(word: str) -> tuple[tuple[str, bool], ...]:
    """Possible (root, plain) analyses of a lower-cased word, the word itself included; plain is
    False when a nasal prefix was cut and its lost first letter guessed.

    >>> ("kunjung", False) in root_candidates("mengunjungi")
    True
    """
    found: dict[str, bool] = {}

    def add(root: str, plain: bool) -> None:
        if _is_root_shape(root):
            found[root] = found.get(root, False) or plain

    for base in _bases(word):
        add(base, True)
        stems = [base] + [base[: -len(s)] for s in _SUFFIXES
                          if base.endswith(s) and len(base) - len(s) >= MIN_ROOT]
        for start in stems:
            add(start, True)
            stack = [(start, True, 0)]
            while stack:
                rest, plain, depth = stack.pop()
                if depth == 2:
                    continue
                for prefix, next_letters in _PLAIN_PREFIXES:
                    tail = rest[len(prefix):]
                    if rest.startswith(prefix) and len(tail) >= MIN_ROOT and (
                            next_letters is None or tail[:1] in next_letters):
                        add(tail, plain)
                        stack.append((tail, plain, depth + 1))
                for nasal in ("me", "pe"):
                    if rest.startswith(nasal) and len(rest) > len(nasal) + MIN_ROOT:
                        for root in _nasal_roots(rest[len(nasal):]):
                            add(root, False)
                            stack.append((root, False, depth + 1))
    return tuple(sorted(found.items()))


def _nasal_form(prefix: str, root: str) -> str:
    """"me"/"pe" + root with the nasal the root's first letter calls for (pe + temu -> penemu)."""
    first = root[:1]
    if first in _VOWELS or first in ("g", "h"):
        return prefix + "ng" + root
    if first == "k":
        return prefix + "ng" + root[1:]
    if first == "p":
        return prefix + "m" + root[1:]
    if first in ("b", "f", "v"):
        return prefix + "m" + root
    if first == "t":
        return prefix + "n" + root[1:]
    if first in ("c", "d", "j", "z"):
        return prefix + "n" + root
    if first == "s":
        return prefix + "ny" + root[1:]
    return prefix + root


@functools.lru_cache(maxsize=300_000)
def family_forms(root: str) -> tuple[tuple[str, str], ...]:
    """(stem, shortest form) for every Snowball stem the root's common affixed forms take.

    >>> dict(family_forms("kunjung"))["unjung"]
    'mengunjung'
    """
    best: dict[str, str] = {}
    for prefix, suffix in _FORMS:
        head = _nasal_form(prefix[:2], root) if prefix in ("meN", "peN") else prefix + root
        form = head + suffix
        key = stem(form)
        if key not in best or (len(form), form) < (len(best[key]), best[key]):
            best[key] = form
    return tuple(sorted(best.items()))


def normalize(text: str) -> str:
    """Lower-case tokens joined by single spaces, padded: "Kim Jong-un." -> " kim jong un "."""
    return " " + _NON_WORD.sub(" ", text.lower()).strip() + " "


def analyze_text(texts: Iterable[str]) -> TextAnalysis:
    """Per-page step: words, capitalisation evidence and joins of the given texts (pure)."""
    text = "\n".join(texts)
    words: set[str] = set()
    lower: set[str] = set()
    joins: set[str] = set()
    for word in set(_WORD.findall(text)):
        low = word.lower()
        if "-" in low:
            parts = low.split("-")
            words.update(parts)
            if word == low:
                lower.update(parts)
            if len(set(parts)) > 1 and low.replace("-", "").isalpha():
                joins.add("".join(parts))  # a spelling, not reduplication ("bulan-bulan")
        else:
            words.add(low)
            if word == low:
                lower.add(low)
    initial = {w.lower() for w in set(_INITIAL_CAP.findall(text))}
    midcap = {w.lower() for w in set(_MID_CAP.findall(text))}
    normalized = normalize(text)
    tokens = normalized.split()
    pairs = {a + b for a, b in zip(tokens, tokens[1:])}
    return TextAnalysis(frozenset(words), frozenset(lower), frozenset(initial), frozenset(midcap),
                        frozenset(pairs), frozenset(joins), normalized)


def lexicon_evidence(analyses: Iterable[TextAnalysis]) -> TextAnalysis:
    """What build_lexicon reads of several texts (a page's sections), as one analysis: its words, capitalisation
    evidence and hyphen joins; no pairs, no text. Small enough to keep per page between builds."""
    analyses = list(analyses)

    def union(field: str) -> frozenset[str]:
        return frozenset().union(*(getattr(analysis, field) for analysis in analyses))

    return TextAnalysis(union("words"), union("lower_words"), union("initial_words"), union("midcap_words"),
                        frozenset(), union("hyphen_joins"), "")


def build_lexicon(analyses: Iterable[TextAnalysis]) -> Lexicon:
    """Corpus step. A root is attested when two words reach it through plain affixes, or one plain
    and one nasal analysis agree on it, or it is a word of the corpus that some affixed word
    reaches. Common words: written in lower case somewhere, or opening clauses but never capitalised
    inside one ("Pertemuan itu ..." yes, "Korea" no)."""
    words: set[str] = set()
    common: set[str] = set()
    initial: set[str] = set()
    midcap: set[str] = set()
    joins: set[str] = set()
    for analysis in analyses:
        words |= analysis.words
        common |= analysis.lower_words
        initial |= analysis.initial_words
        midcap |= analysis.midcap_words
        joins |= analysis.hyphen_joins
    plain_words: dict[str, set[str]] = defaultdict(set)
    nasal_seen: set[str] = set()
    for word in sorted(words):
        for root, plain in root_candidates(word):
            if root == word:
                continue
            if plain:
                plain_words[root].add(word)
            else:
                nasal_seen.add(root)
    attested = {root for root, ws in plain_words.items()
                if len(ws) >= 2 or root in nasal_seen or root in words}
    attested |= nasal_seen & words
    attested -= FUNCTION_WORDS
    common |= initial - midcap
    return Lexicon(frozenset(attested), frozenset(words), frozenset(common), frozenset(joins))


def alias_index(glossary: Sequence[Mapping[str, object]]) -> AliasIndex:
    """Matcher for glossary entries ``{"name": str, "aliases": [str, ...]}`` (in entry order).

    An alias several entries share names none of them: it cannot tell them apart.
    """
    owners: dict[str, set[int]] = defaultdict(set)
    terms: list[tuple[str, ...]] = []
    for i, entry in enumerate(glossary):
        names = [str(entry["name"]), *(str(a) for a in (entry.get("aliases") or []))]
        tokens: set[str] = set()
        for name in names:
            key = normalize(name)
            if key.strip():
                owners[key].add(i)
                tokens.update(key.split())
                tokens.update(normalize(part).replace(" ", "") for part in name.split() if "-" in part)
        terms.append(tuple(sorted(t for t in tokens if t)))
    by_first: dict[str, list[tuple[str, int]]] = defaultdict(list)
    for key, entries in owners.items():
        if len(entries) == 1:
            by_first[key.split()[0]].append((key, next(iter(entries))))
    return AliasIndex({k: tuple(sorted(v)) for k, v in sorted(by_first.items())}, tuple(terms))


def alias_changes(old: Sequence[Mapping[str, object]], new: Sequence[Mapping[str, object]]) -> frozenset[tuple[str, ...]]:
    """The names (as tokens) through which two glossaries name entries differently: every alias whose entry (by
    its terms) is another, or which names one in only one of them. A text lacking a word of each gets the same
    alias terms from both (``Expander.terms`` finds an entry only where the whole alias stands)."""
    def named(index: AliasIndex) -> dict[str, tuple[str, ...]]:
        return {key: index.terms[entry] for pairs in index.by_first.values() for key, entry in pairs}
    before, after = named(alias_index(old)), named(alias_index(new))
    return frozenset(tuple(key.split()) for key in before.keys() | after.keys() if before.get(key) != after.get(key))


def mentioned_entries(analysis: TextAnalysis, aliases: AliasIndex) -> list[int]:
    """Glossary entries the text names through an unambiguous alias (whole tokens, any case)."""
    hits: set[int] = set()
    for word in analysis.words & aliases.by_first.keys():
        for key, entry in aliases.by_first[word]:
            # A one-token key (" kim ") is the word itself; longer ones must occur as a phrase.
            if entry not in hits and (key.count(" ") == 2 or key in analysis.normalized):
                hits.add(entry)
    return sorted(hits)


class Expander:
    """Hidden index terms for pages of one corpus (per-word work is cached across pages)."""

    def __init__(self, lexicon: Lexicon, aliases: AliasIndex | None = None) -> None:
        self.lexicon = lexicon
        self.aliases = aliases
        self._forms: dict[str, tuple[tuple[str, str], ...]] = {}

    def roots(self, word: str) -> list[str]:
        """The attested roots of a common word, shortest analyses only ("dilakukan" -> "laku")."""
        candidates = root_candidates(word)
        if word in FUNCTION_WORDS or any(root in FUNCTION_WORDS for root, _ in candidates):
            return []
        attested = [root for root, _plain in candidates if root in self.lexicon.roots]
        known = [root for root in attested if root in self.lexicon.words]
        if known:  # "menjadi" -> "jadi" (a word of the corpus), not "jad"
            attested = known
        return sorted(r for r in attested
                      if not any(len(o) < len(r) and (o in r or o[1:] in r) for o in attested))

    def forms(self, word: str) -> tuple[tuple[str, str], ...]:
        """(stem, form) pairs for every stem the word's root family takes."""
        cached = self._forms.get(word)
        if cached is None:
            out: dict[str, str] = {}
            if word in self.lexicon.common and word.isalpha():  # names are never affixed
                for root in self.roots(word):
                    for key, form in family_forms(root):
                        out.setdefault(key, form)
            cached = self._forms[word] = tuple(sorted(out.items()))
        return cached

    def terms(self, analysis: TextAnalysis, entries: Iterable[int] = ()) -> list[str]:
        """Words to hide on a page (or section) so that other forms, aliases and spellings of its
        words find it. `entries`: glossary entries known to be the subject (their aliases join)."""
        have = {stem(word) for word in analysis.words}
        out: set[str] = set()
        for word in analysis.words:
            for key, form in self.forms(word):
                if key not in have:
                    have.add(key)
                    out.add(form)
        out |= (analysis.pairs & self.lexicon.hyphen_joins) - analysis.words
        if self.aliases is not None:
            named = set(mentioned_entries(analysis, self.aliases)) | set(entries)
            for entry in sorted(named):
                out.update(t for t in self.aliases.terms[entry] if t not in analysis.words)
        return sorted(out)
