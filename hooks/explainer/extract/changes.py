"""What a named good, price or index did in the story when its value changes: "harga Beras Kencana naik dari Rp9.000
menjadi Rp11.000 per kilogram" -> Beras Kencana is "yang harganya naik dari Rp9.000 menjadi Rp11.000 per kilogram"."""

from __future__ import annotations

import dataclasses
import re

from ..model import Article
from .lexicon import name_key
from .sentences import sentence_spans

_VERBS = {"naik": "naik", "turun": "turun", "meningkat": "naik", "menurun": "turun", "melonjak": "naik",
          "anjlok": "turun", "kenaikan": "naik", "penurunan": "turun"}
# "<name> naik dari A menjadi B", "kenaikan <name> (ACR) dari A menjadi B"
_V = r"(?:[^,;:()]|,(?=\d))"  # a value's characters: "Rp 7.650 per liter", "101,5"
_CHANGE = re.compile(r"(?P<before>(?:[\w./-]+\s+){1,5}?)(?:\((?P<short>[^()]{1,15})\)\s+)?(?:(?P<verb>naik|turun|"
                     r"meningkat|menurun|melonjak|anjlok)\s+)?dari\s+(?P<a>" + _V + r"{0,20}?\d" + _V
                     + r"{0,20}?)\s+menjadi\s+(?P<b>" + _V + r"{1,50}?)(?=\s*(?:,\s|\.\s|\.?$|;|\s+dan\s|\s+serta\s))")
_ANCHOR = re.compile(r"\sdari\s(?=[^;]{1,60}?\smenjadi\s)")
_CHANGE_NOUN = re.compile(r"^(?:(?P<noun>kenaikan|penurunan)\s+)?(?:(?P<price>harga)\s+)?(?P<name>.+?)\s*$", re.I)


def attach_changes(article: Article, mentions: list) -> list:
    """Give a named thing with no description the change of value the article states for it."""
    if not any("menjadi" in block.text for block in article.blocks):
        return mentions
    by_name: dict[str, list[int]] = {}
    for k, m in enumerate(mentions):
        if m.type == "other" or m.strength == 0 and m.type != "place":  # a good, a price, an index
            for form in (m.surface, m.resolved or ""):
                if form and k not in by_name.setdefault(name_key(form), []):
                    by_name[name_key(form)].append(k)
    out = list(mentions)
    for index, block in enumerate(article.blocks):
        for match in _changes(block.text):
            words = match.group("before").split()
            for start in range(len(words)):
                parts = _CHANGE_NOUN.match(" ".join(words[start:]))
                verb = match.group("verb") or (parts.group("noun") or "").lower()
                key = name_key(match.group("short") or parts.group("name"))
                if verb and key in by_name:
                    here = [k for k in by_name[key] if out[k].block == index
                            and match.start() <= out[k].start < match.end()]  # the mention in this sentence
                    k = (here or by_name[key])[0]
                    if out[k].description is None:
                        owner = "yang harganya" if parts.group("price") else "yang"
                        phrase = f"{owner} {_VERBS[verb]} dari {match.group('a')} menjadi {match.group('b')}"
                        a, b = next(((a, b) for a, b in sentence_spans(block.text) if a <= match.end() <= b),
                                    (0, len(block.text)))
                        out[k] = dataclasses.replace(out[k], description=phrase, quote=block.text[a:b].strip())
                    break
    return out


def _changes(text: str):
    """The matches of _CHANGE in `text`, looked for only around a "dari ... menjadi" (fast on long texts)."""
    done = 0
    for anchor in _ANCHOR.finditer(text):
        if anchor.start() < done:
            continue
        start = text.find(" ", max(done, anchor.start() - 80)) + 1 if anchor.start() - 80 > done else done
        match = _CHANGE.search(text, start, min(len(text), anchor.end() + 120))
        if match and match.start() <= anchor.start() < match.end():
            done = match.end()
            yield match
