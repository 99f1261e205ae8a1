"""Acronym definitions in one sentence's drafts, both ways ("Nama Panjang (NP)", "NP (Nama Panjang)"), matched by
the Schwartz-Hearst rule; a long form written with commas ("Badan Riset, Inovasi, dan Teknologi (BRIT)") is one name."""

from __future__ import annotations

import re

from .lexicon import is_acronym
from .nameruns import Draft, Token, joined

_LEGAL_FORMS = frozenset(("pt", "cv", "ud", "perum", "perumda", "persero", "pd"))  # written before a company's name
_OPEN = re.compile(r"\s*\(\s*")
_CLOSE = re.compile(r"\s*\)")
# What may stand between the parts of one long form: "Badan Riset, Inovasi, dan Teknologi".
_LIST_GAP = re.compile(r",\s+(?:dan\s+|serta\s+)?|\s+(?:dan|serta|&)\s+")


def long_form_start(acronym: str, long: str) -> int | None:
    """Schwartz and Hearst (2003): the offset in `long` where the shortest ending of it that `acronym` abbreviates
    starts (each letter of the acronym found in order, right to left; the first one opening a word), or None."""
    letters = [c.lower() for c in acronym if c.isalnum()]
    if len(letters) < 2:
        return None
    text = long.lower()
    position = len(text) - 1
    for k in range(len(letters) - 1, -1, -1):
        letter = letters[k]
        while position >= 0 and (text[position] != letter or (k == 0 and position > 0 and text[position - 1].isalnum())):
            position -= 1
        if position < 0:
            return None
        position -= 1
    return position + 1


def joined_words(draft: Draft) -> str:
    return " ".join(t.text for t in draft.tokens)


def _words_fit(acronym: str, long: str) -> bool:
    """At most min(|A| + 5, 2 |A|) words, as Schwartz and Hearst bound a long form."""
    size = sum(c.isalnum() for c in acronym)
    return len(long.split()) <= min(size + 5, 2 * size)


def define_acronyms(text: str, tokens: list[Token], drafts: list[Draft]) -> list[Draft]:
    """The sentence's drafts with each acronym definition linked (`expansion` on both forms): a long form written in
    several drafts is merged into one; a long form that is the end of a longer name ("Fraksi Partai Hijau (PH)")
    becomes a mention of its own beside it."""
    out = [d for d in drafts if not d.title_only]  # a bare title ("Presiden X (AB)") stays where it was, after X
    titles: dict[int, list[Draft]] = {}
    previous: Draft | None = None
    for draft in drafts:
        if draft.title_only:
            titles.setdefault(id(previous), []).append(draft)
        else:
            previous = draft
    k = 0
    while k < len(out):
        draft = out[k]
        acronym = _bracketed_acronym(text, out, k)
        if acronym is not None:
            k = _long_before(text, tokens, out, k, acronym)
        elif len(draft.tokens) == 1 and is_acronym(draft.tokens[0].text):
            _long_after(text, tokens, out, k)
        k += 1
    if not titles:
        return out
    rebuilt = list(titles.get(id(None), []))
    for draft in out:
        rebuilt.append(draft)
        rebuilt.extend(titles.get(id(draft), []))
    return rebuilt


def _bracketed_acronym(text: str, drafts: list[Draft], k: int) -> Draft | None:
    """The one-word acronym written in brackets right after drafts[k], if any."""
    if k + 1 >= len(drafts):
        return None
    after = drafts[k + 1]
    if len(after.tokens) != 1 or drafts[k].title_only or not (
            is_acronym(after.tokens[0].text) or len(after.tokens[0].text) < len(joined_words(drafts[k]))):
        return None  # "(BPD)", or a short form made of the name's syllables: "Rudi Hartanto (Rudito)"
    if not _OPEN.fullmatch(text, drafts[k].end, after.start) or not _CLOSE.match(text, after.end):
        return None
    return after


def _long_before(text: str, tokens: list[Token], drafts: list[Draft], k: int, acronym: Draft) -> int:
    """ "Long Form (LF)": link the two, merging drafts a comma-separated long form was cut into. Returns the index of
    the long form's draft."""
    short = joined(text, acronym.tokens)
    first = k
    while first > 0 and _LIST_GAP.fullmatch(text, drafts[first - 1].end, drafts[first].start) \
            and not drafts[first - 1].title_only:
        first -= 1
    for start_draft in range(first, k + 1):  # the fewest drafts that hold the whole long form
        span = tokens[drafts[start_draft].tokens[0].index:drafts[k].tokens[-1].index + 1]
        long = joined(text, span)
        at = long_form_start(short, long)
        if at is None:
            continue
        words = [t for t in span if t.start - span[0].start >= at]
        if not words or words[0].start - span[0].start != at:
            continue  # the first letter opens a word, so the match starts at a token
        long_form = joined(text, words)
        if not _words_fit(short, long_form) or len(long_form) <= len(short):
            continue
        if start_draft < k:  # "Badan Riset, Inovasi, dan Teknologi": one name
            merged = _merged(drafts[start_draft], words)
            drafts[start_draft:k + 1] = [merged]
            k = start_draft
            target = merged
        elif words[0].index > drafts[k].tokens[0].index and not all(
                t.lower in _LEGAL_FORMS for t in drafts[k].tokens[:words[0].index - drafts[k].tokens[0].index]):
            # "Fraksi | Partai Hijau (PH)": the end is the long form ("PT Sinar Laut (SL)": the company's own)
            target = Draft(drafts[k].block, drafts[k].sentence, words, drafts[k].type, drafts[k].strength, False)
            drafts.insert(k + 1, target)
            k += 1
        else:
            target = drafts[k]
        _link(text, target, acronym, short)
        return k
    return k


def _long_after(text: str, tokens: list[Token], drafts: list[Draft], k: int) -> None:
    """ "LF (Long Form)": the drafts inside the brackets after an acronym, when they spell it, are its long form."""
    acronym = drafts[k]
    opened = _OPEN.match(text, acronym.end)
    if not opened or opened.end() == acronym.end or text[acronym.end:opened.end()].strip() != "(":
        return
    last = k + 1
    if last >= len(drafts) or drafts[last].start != opened.end():
        return
    while last + 1 < len(drafts) and _LIST_GAP.fullmatch(text, drafts[last].end, drafts[last + 1].start):
        last += 1
    if not _CLOSE.match(text, drafts[last].end):
        return
    short = joined(text, acronym.tokens)
    span = tokens[drafts[k + 1].tokens[0].index:drafts[last].tokens[-1].index + 1]
    long = joined(text, span)
    if long_form_start(short, long) != 0 or not _words_fit(short, long):
        return
    if last > k + 1:
        drafts[k + 1:last + 1] = [_merged(drafts[k + 1], span)]
    _link(text, drafts[k + 1], acronym, short)


def _merged(first: Draft, words: list[Token]) -> Draft:
    """One draft for a long form written across several: an organisation unless its first part says an event."""
    kind = first.type if first.type == "event" and first.strength >= 2 else "organization"
    return Draft(first.block, first.sentence, words, kind, 2, False)


def _link(text: str, long: Draft, acronym: Draft, short: str) -> None:
    long.expansion, acronym.expansion = short, joined(text, long.tokens)
    if acronym.strength < 3:
        acronym.type, acronym.strength = long.type, max(acronym.strength, long.strength)
