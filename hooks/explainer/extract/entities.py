"""Find the named entities of one article's body with rules, capitalisation, context cues and a gazetteer."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..model import Article
from .sentences import sentence_spans

DATA_DIR = Path(__file__).parent.parent / "data"
TYPES = ("person", "organization", "place", "event", "other")


@dataclass(frozen=True)
class Mention:
    """One entity mention in a body block, with the evidence the corpus-wide merge needs.

    `resolved` is the fullest form of the same entity found in this article ("Hartono" ->
    "Budi Hartono", "BPS" -> "Badan Pusat Statistik"); None when a short form fits two
    different entities of the article. `strength` ranks the type guess: 3 gazetteer, 2 a cue in
    the name itself (title, "Kabupaten ...", "... Center"), 1 a context cue, 0 a default.
    """

    block: int
    start: int
    end: int
    surface: str
    type: str
    strength: int
    sentence: int  # index of the sentence in the block (for its anchor)
    resolved: str | None
    initial: bool = False  # one capitalised word opening a sentence, with no other support
    description: str | None = None  # a title or appositive written next to this mention
    quote: str | None = None  # the sentence the description comes from
    expansion: str | None = None  # "Full Name" for "ACR" (and "ACR" for "Full Name") in "Full Name (ACR)"


# ---------------------------------------------------------------------------------------------
# Word lists and the gazetteer (data files)
# ---------------------------------------------------------------------------------------------

@functools.cache
def words() -> dict[str, frozenset[str]]:
    """The word lists of data/name_words.yml, lower-cased."""
    raw = yaml.safe_load((DATA_DIR / "name_words.yml").read_text(encoding="utf-8"))
    return {key: frozenset(str(w).lower() for w in values) for key, values in raw.items()}


@functools.cache
def _first_words(key: str) -> frozenset[str]:
    """First words of the phrases of one word list: a phrase can only start with one of them."""
    return frozenset(phrase.split(" ")[0] for phrase in words()[key])


@functools.cache
def _last_words(key: str) -> frozenset[str]:
    """Last words of the phrases of one word list."""
    return frozenset(phrase.split(" ")[-1] for phrase in words()[key])


@dataclass(frozen=True)
class GazetteerEntry:
    name: str
    type: str
    aliases: tuple[str, ...]


@functools.cache
def gazetteer() -> tuple[GazetteerEntry, ...]:
    """Entries of data/gazetteer.yml."""
    raw = yaml.safe_load((DATA_DIR / "gazetteer.yml").read_text(encoding="utf-8"))
    return tuple(GazetteerEntry(str(e["name"]), str(e["type"]), tuple(str(a) for a in e.get("aliases", ())))
                 for e in raw)


@functools.cache
def gazetteer_index() -> dict[str, GazetteerEntry]:
    """name_key of every gazetteer name and alias -> its entry."""
    index: dict[str, GazetteerEntry] = {}
    for entry in gazetteer():
        for form in (entry.name, *entry.aliases):
            index.setdefault(name_key(form), entry)
    return index


@functools.cache
def _gazetteer_case() -> dict[str, str]:
    """name_key -> the form as written, for forms that must match their case (acronyms: "AS")."""
    return {name_key(form): form for entry in gazetteer() for form in (entry.name, *entry.aliases)
            if _is_acronym(form)}


@functools.lru_cache(maxsize=262144)
def gazetteer_lookup(surface: str) -> GazetteerEntry | None:
    """The gazetteer entry `surface` names, if any (acronyms must match their case)."""
    key = name_key(surface)
    entry = gazetteer_index().get(key)
    if entry is None and key.split()[0:1] in (["kota"], ["provinsi"], ["negara"]):
        entry = gazetteer_index().get(key.split(" ", 1)[-1])
        entry = entry if entry and entry.type == "place" else None
    if entry is None:
        return None
    exact = _gazetteer_case().get(key)
    if exact is not None and exact != surface.replace(".", "") and exact != surface:
        return None
    return entry


# ---------------------------------------------------------------------------------------------
# Name keys: one key for the spellings of one name
# ---------------------------------------------------------------------------------------------

_SPELLING = ((re.compile(r"oe"), "u"), (re.compile(r"ch(?=[^aeiou])"), "h"), (re.compile(r"dj"), "j"), (re.compile(r"tj"), "c"),
             (re.compile(r"sy"), "s"), (re.compile(r"kh"), "k"), (re.compile(r"th"), "t"),
             (re.compile(r"ph"), "f"), (re.compile(r"ie"), "i"), (re.compile(r"y"), "i"),
             (re.compile(r"^moh"), "muh"), (re.compile(r"ch(?=[aeiou])"), "c"),
             (re.compile(r"(.)\1+"), r"\1"), (re.compile(r"(?<=[aiueo])p$"), "f"))
_NON_WORD = re.compile(r"[^\w]+")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


@functools.lru_cache(maxsize=262144)
def name_key(text: str) -> str:
    """Case-, accent-, hyphen- and spelling-insensitive key ("Kim Jong-un" == "Kim Jong Un",
    "Mohammad" == "Muhammad", "Soetrisno" == "Sutrisno", "Kab. X" == "Kabupaten X")."""
    text = strip_accents(text).lower().replace("kab. ", "kabupaten ").replace("’", "'")
    tokens = [t for t in _NON_WORD.split(text) if t and t not in ("bin", "binti")]
    return " ".join(token_key(t) for t in tokens)


@functools.lru_cache(maxsize=65536)
def token_key(token: str) -> str:
    """Spelling-insensitive key of one lower-case word."""
    if len(token) <= 3:
        return token
    for pattern, repl in _SPELLING:
        token = pattern.sub(repl, token)
    return token


@functools.lru_cache(maxsize=65536)
def _is_acronym(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 2 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 1) \
        and " " not in text


# ---------------------------------------------------------------------------------------------
# Tokens and capitalised runs
# ---------------------------------------------------------------------------------------------

_WORD = re.compile(r"[^\W_](?:[\w’'\-]*[^\W_])?")
_ABBREVIATED = frozenset(("kab", "jl", "dr", "prof", "st", "h", "hj", "jend", "kol", "sdr", "drs", "ir",
                          "prov", "mr", "mrs", "ms", "jr"))
_OPEN_QUOTES = "\"“‘'(["
_SPACE_GAP = re.compile(r"[ \t]+")
_QUOTE_GAP = re.compile(r"[\"“‘:]")
_MONEY = re.compile(r"(?:Rp|US|USD|S|RM)\d")


@dataclass(slots=True)
class _Token:
    index: int  # position in its sentence's token list
    start: int
    end: int
    text: str
    lower: str
    cap: bool
    initial: bool  # first word of its sentence or of a quotation


def _tokens(text: str, a: int, b: int) -> list[_Token]:
    tokens: list[_Token] = []
    previous_end = a
    for start, end in [match.span() for match in _WORD.finditer(text, a, b)]:
        word = text[start:end]
        if end < b and text[end] == "." and (
                (len(word) == 1 and word.isupper()) or word.lower() in _ABBREVIATED):
            end += 1
            word += "."
        if not tokens:
            initial = True
        elif start - previous_end == 1:
            initial = False
        else:
            initial = bool(_QUOTE_GAP.search(text, previous_end, start))
        lower, cap = _word_shape(word)
        if cap and text.startswith("$", end):
            cap = False
        tokens.append(_Token(len(tokens), start, end, word, lower, cap, initial))
        previous_end = end
    return tokens


@functools.lru_cache(maxsize=262144)
def _word_shape(word: str) -> tuple[str, bool]:
    """(lower-case form, capitalised and not an amount such as "Rp5") of one token."""
    return word.lower(), _capitalised(word) and not _MONEY.match(word)


def _capitalised(word: str) -> bool:
    if word[0].isupper():
        if "-" not in word:
            return True
        parts = word.lower().split("-")
        return not (len(parts) > 1 and all(p in words()["months"] or p in words()["days"] for p in parts))
    head, _, rest = word.partition("-")
    return bool(rest) and rest[0].isupper() and head in ("al", "el", "ad", "as", "ar")


def _joined(text: str, tokens: list[_Token]) -> str:
    return text[tokens[0].start:tokens[-1].end]


def _runs(text: str, tokens: list[_Token]) -> list[list[_Token]]:
    """Maximal sequences of capitalised words separated by single spaces (with name particles and,
    inside organisation names, connectors such as "dan" between capitalised words)."""
    w = words()
    runs: list[list[_Token]] = []
    after = 0  # first token not yet in a run
    for i in [t.index for t in tokens if t.cap]:
        if i < after:
            continue
        run = [tokens[i]]
        j = i
        while j + 1 < len(tokens):
            gap = text[tokens[j].end:tokens[j + 1].start]
            if gap != " " and not _SPACE_GAP.fullmatch(gap):
                break
            nxt = tokens[j + 1]
            if nxt.cap or (nxt.text.isdigit() and (_org_headed(run) or _is_head(run[0].lower)
                                                   or run[0].lower in words()["event_heads"])):
                run.append(nxt)
                j += 1
                continue
            if (j + 2 < len(tokens) and tokens[j + 2].cap
                    and _SPACE_GAP.fullmatch(text[nxt.end:tokens[j + 2].start])
                    and (nxt.lower in w["name_particles"]
                         or (nxt.lower in w["organization_connectors"] and _org_inside(run)
                             and not _is_head(tokens[j + 2].lower)))):
                run += [nxt, tokens[j + 2]]
                j += 2
                continue
            break
        runs.append(run)
        after = j + 1
    return runs


def _org_headed(run: list[_Token]) -> bool:
    w = words()
    return run[0].lower in w["organization_heads"] or " ".join(t.lower for t in run[:2]) in w["organization_heads"]


def _org_inside(run: list[_Token]) -> bool:
    """True when an organisation name starts somewhere in `run` (after a title, say)."""
    return any(_org_headed(run[i:]) for i in range(len(run)))


def _is_head(lower: str) -> bool:
    w = words()
    return lower in w["organization_heads"] or lower in w["place_heads"]


def _split_run(run: list[_Token]) -> list[list[_Token]]:
    """Cut a run at day and month names and at section words: they never belong to a name."""
    w = words()
    if all(t.lower not in w["days"] and t.lower not in w["months"] for t in run):
        return [run] if run else []
    pieces: list[list[_Token]] = [[]]
    for token in run:
        if token.lower in w["days"] or token.lower in w["months"]:
            pieces.append([])
        else:
            pieces[-1].append(token)
    return [p for p in pieces if p]


def _strip_leading(run: list[_Token]) -> list[_Token]:
    """Drop leading function words, sentence openers and section words ("Menurut", "Baca Juga")."""
    w = words()
    while run:
        first = run[0].lower
        if len(run) >= 2 and first in _first_words("section_words") \
                and " ".join(t.lower for t in run[:2]) in w["section_words"]:
            run = run[2:]
        elif run[0].initial and (first in w["section_words"] or first in w["common_words"] or _affixed(first)):
            if _title_length(run) or _is_head(first) or _org_headed(run):
                break
            run = run[1:]
        else:
            break
    return run


_AFFIXED = re.compile(r"^(?:(?:pe[nmr]?g?|ke|per|ber|ter|me[nm]?g?|di)[a-z]{3,}(?:an|kan|nya)|[a-z]+nya)$")


@functools.lru_cache(maxsize=65536)
def _affixed(lower: str) -> bool:
    """Indonesian derived common words ("Pertemuan", "Kehadirannya", "Dilaporkan")."""
    return bool(_AFFIXED.match(lower)) and not gazetteer_lookup(lower.capitalize())


def _title_length(run: list[_Token]) -> int:
    """Number of leading tokens of `run` that form a person title ("Brigadir Jenderal")."""
    if not run or run[0].lower not in _first_words("person_titles"):
        return 0
    titles = words()["person_titles"]
    for n in range(min(4, len(run)), 0, -1):
        if " ".join(t.lower for t in run[:n]) in titles:
            return n
    return 0


def _gazetteer_span(run: list[_Token], start: int, text: str) -> int:
    """Length of the longest gazetteer name at run[start:] (0 when none)."""
    for n in range(min(6, len(run) - start), 0, -1):
        if gazetteer_lookup(_joined(text, run[start:start + n])):
            return n
    return 0


# ---------------------------------------------------------------------------------------------
# Per-article extraction
# ---------------------------------------------------------------------------------------------

@dataclass
class _Draft:
    block: int
    sentence: int
    tokens: list[_Token]
    type: str
    strength: int
    initial: bool
    description: str | None = None
    quote: str | None = None
    expansion: str | None = None
    title_only: bool = False  # a title with no name after it ("Menteri Pertahanan Rusia,")

    @property
    def start(self) -> int:
        return self.tokens[0].start

    @property
    def end(self) -> int:
        return self.tokens[-1].end


@dataclass
class _Context:
    """What the whole article says, used to cut titles from names."""

    multi: set[str]  # name keys of capitalised runs of 2+ words that carry no title
    single: set[str]  # name keys of one-word runs
    name_tokens: set[str] = field(default_factory=set)  # words of those multi-word runs
    # _name_start answers by (words as written, untitled): words separated by spaces only, so the
    # text alone fixes the tokens, and the answer depends on nothing else once the context is complete.
    name_starts: dict[tuple[str, bool], int] = field(default_factory=dict)


def find_mentions(article: Article) -> list[Mention]:
    """Every entity mention in the body of `article`, in reading order (pure; cacheable)."""
    sentences: list[tuple[int, int, int, int, str, list[_Token], list[_Piece]]] = []
    context = _Context(set(), set())
    for block_index, block in enumerate(article.blocks):
        text = block.text
        for sentence_index, (a, b) in enumerate(sentence_spans(text)):
            tokens = _tokens(text, a, b)
            pieces = [_titled(text, tokens, p) for run in _runs(text, tokens)
                      for p in map(_strip_leading, _split_run(run)) if p]
            sentences.append((block_index, sentence_index, a, b, text, tokens, pieces))
            if block.kind != "p":
                continue
            for piece, title_n, lower_title in pieces:
                if not title_n and not lower_title:
                    key = name_key(_joined(text, piece))
                    (context.multi if len(piece) > 1 else context.single).add(key)
    context.name_tokens = {t for key in context.multi for t in key.split()}
    drafts: list[_Draft] = []
    for block_index, sentence_index, a, b, text, tokens, pieces in sentences:
        found = _sentence_drafts(text, a, b, tokens, pieces, block_index, sentence_index, context)
        if article.blocks[block_index].kind != "p":
            found = [d for d in found if name_key(_joined(text, d.tokens)) in context.multi | context.single
                     or d.strength >= 3]
        drafts.extend(found)
    return _resolve(article, drafts)


_Piece = tuple[list[_Token], int, str]  # a capitalised run, the length of its title, a lower-case title before it


def _titled(text: str, tokens: list[_Token], piece: list[_Token]) -> _Piece:
    """`piece` with the number of its leading title words and the lower-case title written before it."""
    title_n = _title_length(piece)
    return piece, title_n, "" if title_n else _lower_title(_words_before(text, tokens, piece[0]))


def _sentence_drafts(text: str, a: int, b: int, tokens: list[_Token], pieces: list[_Piece], block: int,
                     sentence: int, context: _Context) -> list[_Draft]:
    w = words()
    drafts: list[_Draft] = []
    sentence_text = text[a:b]
    for piece, title_n, lower_title in pieces:
        drafts.extend(_piece_drafts(text, tokens, piece, title_n, lower_title, block, sentence, context))
    drafts = [d for d in drafts if d.tokens]
    # Descriptions: "Name, role," after a name; "Title, Name" before it; acronym definitions.
    for i, draft in enumerate(drafts):
        if draft.title_only:
            following = drafts[i + 1] if i + 1 < len(drafts) else None
            gap = text[draft.end:following.start] if following else ""
            if following and _PRE_APPOSITION_GAP.fullmatch(gap) and following.type in ("person", "other") \
                    and not following.title_only:
                following.description = following.description or _joined(text, draft.tokens)
                following.quote = sentence_text
                following.type, following.strength = "person", max(following.strength, 2)
            continue
        _attach_appositive(text, b, tokens, draft, sentence_text)
        if draft.description and not draft.quote:
            draft.quote = sentence_text
        _attach_acronym(text, b, drafts, i)
        if draft.type in ("organization", "other") and draft.strength < 3 and _is_forum(draft) \
                and not w["event_cues"].isdisjoint([t.lower for t in tokens]):
            draft.type = "event"
    return [d for d in drafts if not d.title_only]


_PRE_APPOSITION_GAP = re.compile(r"(?:\s+(?:saat|kala|ketika) itu)?\s*,\s+")
_APPOSITIVE = re.compile(r",\s+([a-z][^,;:!?()\"“”]*?)(?=\s*(?:,|\.(?:\s|$)|;|:|\(|$))")
_TITLED_APPOSITIVE = re.compile(r",\s+([A-Z][^,;:!?()\"“”]*?),\s")
_INTRO = re.compile(r"^\W*(?:menurut|dilansir|dikutip|seperti dikutip|mengutip|berdasarkan|laporan)\b[^,]*$", re.I)
_ACRONYM_AFTER = re.compile(r"\s*\(([^()]{1,60})\)")


def _is_forum(draft: _Draft) -> bool:
    return draft.tokens[0].lower in ("forum", "pekan") or draft.tokens[-1].lower in ("forum", "week")


def _piece_drafts(text: str, tokens: list[_Token], piece: list[_Token], title_n: int, lower_title: str, block: int,
                  sentence: int, context: _Context) -> list[_Draft]:
    """Drafts for one capitalised run: a title splits off; qualifiers in a title become their own
    mentions; what is left is typed by gazetteer, head words and context."""
    w = words()
    initial = piece[0].initial
    if not title_n and not lower_title:
        if len(piece) == 1 and piece[0].lower in w["common_capitalised"]:
            return []
        cut = _name_start(text, piece, context, untitled=True) if len(piece) >= 3 else 0
        if cut:
            head = _typed(text, tokens, piece[:cut], block, sentence, initial)
            name = _typed(text, tokens, piece[cut:], block, sentence, False)
            return [head, name]
        return [_typed(text, tokens, piece, block, sentence, initial)]
    if title_n and title_n == len(piece) and len(piece) == 1 and not lower_title:
        if name_key(piece[0].text) in context.name_tokens:  # "kata Hakim" where "Arief Hakim" is named
            return [_typed(text, tokens, piece, block, sentence, initial)]
        return []  # a bare "Presiden"
    rest = piece[title_n:]
    # Continuations of a capitalised title: "Menteri Pertahanan", "Kepala Dinas Pekerjaan Umum".
    cont = 0
    if title_n:
        while cont < len(rest) and rest[cont].lower in w["title_continuations"] \
                and not (cont + 1 == len(rest) and name_key(rest[cont].text) in context.single):
            cont += 1
    rest = rest[cont:]
    name_at = _name_start(text, rest, context)
    qualifier, name = rest[:name_at], rest[name_at:]
    drafts: list[_Draft] = []
    title_tokens = piece[:title_n + cont] + qualifier
    title_text = (lower_title + " " if lower_title else "") + (_joined(text, title_tokens) if title_tokens else "")
    title_text = title_text.strip()
    if qualifier:
        drafts.extend(_qualifier_drafts(text, tokens, qualifier, block, sentence, title_text))
    if name:
        draft = _typed(text, tokens, name, block, sentence, False)
        if draft.type in ("person", "other") and draft.strength < 3:
            draft.type, draft.strength = "person", 2
            if _is_description(title_text):
                draft.description = title_text
        drafts.append(draft)
    elif title_tokens and title_n:
        drafts.append(_Draft(block, sentence, title_tokens, "other", 0, initial, title_only=True))
    return drafts


def _words_before(text: str, tokens: list[_Token], first: _Token) -> list[_Token]:
    """Up to three lower-case words right before `first`, separated only by spaces."""
    index = first.index
    out: list[_Token] = []
    position = first.start
    for token in reversed(tokens[max(0, index - 3):index]):
        if token.cap:
            break
        gap = text[token.end:position]
        if gap != " " and not _SPACE_GAP.fullmatch(gap):
            break
        out.insert(0, token)
        position = token.start
    return out


def _lower_title(before: list[_Token]) -> str:
    """A lower-case title right before a name ("juru bicara", "pemimpin"), or ""."""
    if not before or before[-1].lower not in _last_words("person_titles"):
        return ""
    titles = words()["person_titles"]
    for n in range(len(before), 0, -1):
        phrase = " ".join(t.lower for t in before[-n:])
        if phrase in titles and phrase not in ("ibu", "bapak", "pak", "bu", "anggota"):
            return " ".join(t.text for t in before[-n:])
    return ""


def _is_description(title: str) -> bool:
    honorifics = {"bapak", "ibu", "pak", "bu", "mbak", "mas", "tuan", "nyonya", "sdr.", "dr.", "drs.",
                  "ir.", "prof.", "prof", "dr", "h.", "hj.", "haji", "hajah", "mr.", "mrs.", "ms.", "sir",
                  "almarhum", "mendiang", "nona", "kh", "kiai", "habib", "ustaz", "ustadz"}
    return bool(title) and title.lower() not in honorifics


def _name_start(text: str, rest: list[_Token], context: _Context, untitled: bool = False) -> int:
    """Where the name starts in the words after a title ("Rusia Vladimir Putin" -> 1): each cut is
    scored by what the article shows on its own elsewhere (the name, its short form, the qualifier
    before it), by gazetteer names and head words, and by the usual length of a name."""
    if not rest:
        return 0
    key = (_joined(text, rest), untitled)
    if key not in context.name_starts:
        context.name_starts[key] = _best_name_start(text, rest, context, untitled)
    return context.name_starts[key]


def _best_name_start(text: str, rest: list[_Token], context: _Context, untitled: bool) -> int:
    if untitled:
        best, best_score = 0, 4.9
    else:
        best, best_score = len(rest), _no_name_score(text, rest, context)
    # Word flags of the name part, for every possible start k: "some word from k on is a head or
    # tail word", "some word from k on is a gazetteer name".
    w = words()
    headed = [False] * (len(rest) + 1)
    listed = [False] * (len(rest) + 1)
    for k in range(len(rest) - 1, -1, -1):
        token = rest[k]
        headed[k] = headed[k + 1] or _is_head(token.lower) or token.lower in w["organization_tails"]
        listed[k] = listed[k + 1] or gazetteer_lookup(token.text) is not None
    for k in range(len(rest)):
        score = _cut_score(text, rest[:k], rest[k:], context, headed[k], listed[k])
        if score > best_score:
            best, best_score = k, score
    return best


def _no_name_score(text: str, rest: list[_Token], context: _Context) -> float:
    key = name_key(_joined(text, rest))
    if key in context.multi or key in context.single or gazetteer_lookup(_joined(text, rest)):
        return 4.0
    if _is_head(rest[0].lower) or _is_org_tail(rest[-1]) or _org_headed(rest):
        return 3.5
    return 0.0


def _cut_score(text: str, qualifier: list[_Token], name: list[_Token], context: _Context, headed: bool,
               listed: bool) -> float:
    """Score of reading `name` as the name after `qualifier`; `headed`/`listed`: some word of `name`
    is a head or tail word / a gazetteer name."""
    w = words()
    score = 0.0
    if qualifier and (_is_head(qualifier[-1].lower) or _title_length(qualifier[-1:])
                      or " ".join(t.lower for t in qualifier[-2:]) in w["organization_heads"]):
        return -10.0  # "Kabupaten" | "Muara Jingga": a head word needs the name after it
    if qualifier:
        qtext = _joined(text, qualifier)
        qkey = name_key(qtext)
        if gazetteer_lookup(qtext) or _gazetteer_span(qualifier, 0, text) == len(qualifier):
            score += 3
        elif qkey in context.multi or qkey in context.single:
            score += 3
        elif _is_head(qualifier[0].lower) or _org_headed(qualifier) or _is_org_tail(qualifier[-1]):
            score += 1
        elif qualifier[-1].lower in w["title_continuations"]:
            score += 0.5
    nkey = name_key(_joined(text, name))
    if headed or _is_acronym(name[0].text):
        score -= 3
    if listed:
        score -= 3
    if len(name) >= 2 and nkey in context.multi:
        score += 5
    elif len(name) == 1 and nkey in context.single:
        score += 3
    else:
        if name_key(name[0].text) in context.single and len(name) <= 3:
            score += 2
        if name_key(name[-1].text) in context.single and 2 <= len(name) <= 3:
            score += 2
    score += {1: 0.0, 2: 1.0, 3: 0.6, 4: 0.2}.get(len(name), -3)
    if name[0].lower in w["name_openers"] and len(name) >= 2:
        score += 3.0 if name[0].lower in ("i", "ni") else 1.5
    if qualifier and qualifier[-1].lower in w["name_openers"]:
        score -= 3
    if name[0].lower in w["name_particles"]:
        score -= 3
    return score


def _is_org_tail(token: _Token) -> bool:
    return token.lower in words()["organization_tails"] or token.lower in words()["place_tails"]


def _with_openers(tokens: list[_Token], start: int) -> int:
    openers = words()["name_openers"]
    while start > 1 and (tokens[start - 1].lower in openers or tokens[start - 1].lower in words()["name_particles"]):
        start -= 1
    return start


_REGIONAL_TITLES = frozenset(("bupati", "wakil bupati", "wali kota", "walikota", "wakil wali kota", "gubernur",
                              "wakil gubernur", "camat", "lurah", "kepala desa", "kades", "kapolres", "kapolda",
                              "kapolsek", "sekretaris daerah", "sekda", "kasat reskrim polres"))


def _qualifier_drafts(text: str, tokens: list[_Token], qualifier: list[_Token], block: int, sentence: int,
                      title: str) -> list[_Draft]:
    """Entities named inside a title: "Rusia" in "Menteri Pertahanan Rusia"."""
    drafts: list[_Draft] = []
    position = 0
    while position < len(qualifier):
        n = _gazetteer_span(qualifier, position, text)
        if n:
            drafts.append(_typed(text, tokens, qualifier[position:position + n], block, sentence, False))
            position += n
            continue
        # The rest up to the next gazetteer name is one entity.
        end = position + 1
        while end < len(qualifier) and not _gazetteer_span(qualifier, end, text):
            end += 1
        part = qualifier[position:end]
        while part and part[0].lower in words()["title_continuations"] and not _is_head(part[0].lower):
            part = part[1:]
        if part:
            draft = _typed(text, tokens, part, block, sentence, False)
            if draft.strength < 2:
                head = title.lower()
                regional = any(head.startswith(t) for t in _REGIONAL_TITLES)
                draft.type, draft.strength = ("place", 1) if regional else ("organization", 0)
            drafts.append(draft)
        position = end
    return drafts


def _typed(text: str, tokens: list[_Token], piece: list[_Token], block: int, sentence: int, initial: bool) -> _Draft:
    """A draft for a name, typed by gazetteer, its own words, then its context."""
    w = words()
    surface = _joined(text, piece)
    entry = gazetteer_lookup(surface)
    if entry:
        return _Draft(block, sentence, piece, entry.type, 3, False)
    first, last = piece[0].lower, piece[-1].lower
    first_two = first + " " + piece[1].lower if len(piece) > 1 else first
    if len(piece) > 1 and (first in w["event_heads"] or first_two in w["event_heads"]
                           or last in w["event_tails"]) and not _is_forum_org(piece):
        return _Draft(block, sentence, piece, "event", 2, initial)
    if len(piece) > 1 and (first in w["organization_heads"] or first_two in w["organization_heads"]
                           or last in w["organization_tails"]):
        return _Draft(block, sentence, piece, "organization", 2, initial)
    if len(piece) > 1 and _is_forum_org(piece):
        return _Draft(block, sentence, piece, "organization", 1, initial)
    if len(piece) > 1 and (first in w["place_heads"] or first_two in w["place_heads"] or last in w["place_tails"]):
        return _Draft(block, sentence, piece, "place", 2, initial)
    if _is_acronym(surface):
        return _Draft(block, sentence, piece, "organization", 1, initial)
    index, end_index = piece[0].index, piece[-1].index
    previous = tokens[index - 1].lower if index else ""
    following = tokens[end_index + 1].lower if end_index + 1 < len(tokens) else ""
    gap_after = text[piece[-1].end:tokens[end_index + 1].start] if end_index + 1 < len(tokens) else ""
    if previous in w["speech_before"] or (following in w["speech_after"] and _SPACE_GAP.fullmatch(gap_after or "x")):
        return _Draft(block, sentence, piece, "person", 1, initial)
    if previous in w["place_before"] and len(piece) <= 3:
        return _Draft(block, sentence, piece, "place", 0, initial)
    if len(piece) >= 2 and _gazetteer_span(piece, len(piece) - 1, text):
        return _Draft(block, sentence, piece, "place", 0, initial)
    if len(piece) >= 2 and all(t.text[0].isupper() and not _is_acronym(t.text) for t in piece) and len(piece) <= 4:
        return _Draft(block, sentence, piece, "person", 0, initial)
    return _Draft(block, sentence, piece, "other", 0, initial)


def _is_forum_org(piece: list[_Token]) -> bool:
    """'Forum'/'Pekan' names are organisations unless the sentence says they are held (see caller)."""
    return piece[0].lower in ("forum", "pekan") or piece[-1].lower in ("forum",)


def _attach_appositive(text: str, b: int, tokens: list[_Token], draft: _Draft, sentence_text: str) -> None:
    """ "Budi Hartono, juru bicara Kementerian Luar Negeri, ..." -> "juru bicara Kementerian Luar Negeri"."""
    if draft.end >= b or text[draft.end] != ",":  # both appositive patterns start with a comma
        return
    w = words()
    match = _APPOSITIVE.match(text, draft.end, b)
    if not match:
        titled = _TITLED_APPOSITIVE.match(text, draft.end, b)
        if titled and draft.type in ("person", "other") and draft.strength < 3 and len(draft.tokens) >= 2:
            phrase = titled.group(1)
            if any(" ".join(phrase.lower().split()[:n]) in w["person_titles"] for n in (1, 2, 3)):
                draft.description, draft.quote = phrase, sentence_text  # "Dewi, Ketua Asosiasi X, ..."
                draft.type, draft.strength = "person", 2
        return
    index = draft.tokens[0].index
    if index and tokens[index - 1].lower in ("ditambahkan", "menurut", "lanjut"):
        return
    if _INTRO.match(text[b - len(sentence_text):draft.start]):
        return
    phrase = match.group(1).strip()
    if len(phrase.split()) > 10 and " yang " in phrase:
        phrase = phrase.split(" yang ")[0]
    parts = phrase.split()
    for opener in sorted(w["description_openers"], key=len, reverse=True):
        if phrase.lower().startswith(opener + " "):
            parts = phrase[len(opener) + 1:].split()
            break
    if not parts:
        return
    head1, head2 = parts[0].lower(), " ".join(parts[:2]).lower()
    if head1 not in w["role_nouns"] and head2 not in w["role_nouns"]:
        return
    if len(parts) > 8:
        for i in range(3, len(parts)):
            if parts[i] in ("dalam", "pada", "sejak", "yang", "saat", "ketika", "untuk"):
                parts = parts[:i]
                break
    parts = parts[:14]
    kind = _noun_kind(head1, head2)
    if draft.type == "person" and kind != "person":
        return
    description = " ".join(parts)
    draft.description = description
    draft.quote = sentence_text
    if kind and draft.strength < 2:
        draft.type, draft.strength = kind, 2
    elif kind == "person" and draft.type in ("other", "place") and draft.strength < 3:
        draft.type, draft.strength = "person", 2


def _noun_kind(head1: str, head2: str) -> str:
    w = words()
    for kind, key in (("event", "event_nouns"), ("place", "place_nouns"), ("organization", "organization_nouns")):
        if head2 in w[key] or head1 in w[key]:
            if kind == "place" and head2 in w["organization_nouns"]:
                return "organization"
            return kind
    return "person"


def _attach_acronym(text: str, b: int, drafts: list[_Draft], i: int) -> None:
    """ "Korean Central News Agency (KCNA)": the two forms name one entity."""
    draft = drafts[i]
    if text.find("(", draft.end, b) < 0:
        return
    match = _ACRONYM_AFTER.match(text, draft.end, b)
    if not match or i + 1 >= len(drafts):
        return
    inner = drafts[i + 1]
    if inner.start != match.start(1) or inner.end != match.end(1):
        return
    full, short = _joined(text, draft.tokens), _joined(text, inner.tokens)
    if len(inner.tokens) >= len(draft.tokens) or not abbreviates(short, full):
        return
    draft.expansion, inner.expansion = short, full
    if inner.strength < 3:
        inner.type, inner.strength = draft.type, max(inner.strength, draft.strength)


def abbreviates(short: str, full: str) -> bool:
    """True when `short` can abbreviate `full`: its letters appear in order, starting at the initial of
    one of the first words ("BMKG" / "Badan Meteorologi, Klimatologi, dan Geofisika", "Korsel" / "Korea Selatan")."""
    letters = [c for c in strip_accents(short).lower() if c.isalpha()]
    full_words = strip_accents(full).lower().split()
    if not letters or not full_words:
        return False
    for skip in range(min(2, len(full_words))):
        target = " ".join(full_words[skip:])
        if target and target[0] == letters[0] and _subsequence(letters, target.replace(" ", "")):
            # Every word's initial that is capitalised in `short` should be covered: cheap check.
            return True
    return False


def _subsequence(letters: list[str], target: str) -> bool:
    position = 0
    for letter in letters:
        position = target.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


# ---------------------------------------------------------------------------------------------
# Within-article resolution
# ---------------------------------------------------------------------------------------------

def core_tokens(name: str) -> list[str]:
    """Name-key tokens of `name` without organisation or place head and tail words ("PT X Tbk" -> X)."""
    w = words()
    tokens = name_key(name).split()
    while len(tokens) > 2 and " ".join(tokens[:2]) in w["organization_heads"] | w["place_heads"]:
        tokens = tokens[2:]
    while len(tokens) > 1 and (tokens[0] in w["organization_heads"] or tokens[0] in w["place_heads"]):
        tokens = tokens[1:]
    while len(tokens) > 1 and (tokens[-1] in w["organization_tails"]):
        tokens = tokens[:-1]
    return tokens


def _resolve(article: Article, drafts: list[_Draft]) -> list[Mention]:
    """Give every draft the fullest form of its entity in this article."""
    texts = article.paragraphs
    surfaces = [_joined(texts[d.block], d.tokens) for d in drafts]
    keys = [name_key(s) for s in surfaces]
    expansions: dict[str, str] = {}
    for draft, surface in zip(drafts, surfaces):
        if draft.expansion and len(draft.tokens) == 1 and _is_acronym(surface) or (
                draft.expansion and len(surface) < len(draft.expansion)):
            expansions[name_key(surface)] = draft.expansion
    persons: dict[str, str] = {}  # key -> surface, multi-word person names
    named: dict[str, str] = {}  # key -> surface, multi-word organisation/place/event names
    for draft, surface, key in zip(drafts, surfaces, keys):
        if len(key.split()) >= 2 and not gazetteer_lookup(surface):
            (persons if draft.type == "person" else named).setdefault(key, surface)
    person_tokens: dict[str, set[str]] = {}
    for key, surface in persons.items():
        for token in key.split():
            person_tokens.setdefault(token, set()).add(surface)
    named_prefix: dict[str, set[str]] = {}
    for key, surface in named.items():
        core = core_tokens(surface)
        for n in range(1, len(core) + 1):
            named_prefix.setdefault(" ".join(core[:n]), set()).add(surface)
    mid_sentence = {k for d, k in zip(drafts, keys) if not d.initial}
    mentions: list[Mention] = []
    for draft, surface, key in zip(drafts, surfaces, keys):
        resolved: str | None = surface
        description = draft.description
        kind, strength = draft.type, draft.strength
        if key in expansions and not gazetteer_lookup(surface):
            resolved = expansions[key]
        elif strength == 3 and len(key.split()) == 1 and key in person_tokens and len(person_tokens[key]) == 1:
            resolved, kind, strength = next(iter(person_tokens[key])), "person", 1  # "Ramadhan" of "Fitri Ramadhan"
        elif strength < 3 and len(key.split()) == 1 and key in person_tokens and (
                kind in ("person", "other") or strength < 2 or draft.description):
            owners = person_tokens[key]
            resolved = next(iter(owners)) if len(owners) == 1 else None
            if kind != "person":
                description = None  # "Putin, pertemuan pertama ..." describes the meeting, not Putin
            kind, strength = "person", max(strength, 1)
        elif strength < 3 and key in named_prefix and key not in named and kind != "person":
            owners = named_prefix[key]
            if len(owners) == 1:
                resolved = next(iter(owners))
        elif strength < 3 and key in named_prefix and key not in named and kind == "person" and len(key.split()) == 1:
            owners = named_prefix[key]
            if len(owners) == 1:
                resolved = next(iter(owners))
        initial = draft.initial and len(draft.tokens) == 1 and strength < 2 and resolved == surface \
            and key not in mid_sentence
        mentions.append(Mention(draft.block, draft.start, draft.end, surface, kind, strength, draft.sentence,
                                resolved, initial, description, draft.quote if description else None,
                                draft.expansion))
    return mentions
