"""Read and validate the optional seeds/entities.yml: the user's fixes to the glossary, checked, for corpus/.

A YAML list of entries (or a mapping with the list under ``entities:``). Each entry picks one glossary
entity by any of its names and changes it (``explainer.corpus.glossary`` applies them); user entries win
over what the extractor found. Keys:

``match``        a name or alias of the entity to change (required unless ``name`` is given and
                 the entity is new; then ``name`` is matched)
``name``         the name to show (rename)
``type``         one of person, organization, place, event, other (retype)
``description``  the description to show (replaces the one taken from the text; no source link)
``aliases``      list of other names of this entity: entities found under them are merged into
                 it, and the names are linked in the text from now on
``merge``        list of names of other entities to merge into this one (same as ``aliases``)
``split``        list of aliases to take out of this entity: each becomes an entity of its own
``exclude``      true to drop the entity from the glossary and from all links

Example::

    - match: Jokowi
      name: Joko Widodo
      description: Presiden Indonesia 2014-2024
    - match: Garuda
      type: organization
    - match: Selamat Pagi
      exclude: true
    - match: Korea Utara
      split: [Korea]            # "Korea" alone is not always North Korea
    - name: Sail Banda          # an entity the extractor missed: it is looked up in the text
      type: event
"""

from __future__ import annotations

from pathlib import Path

from ..model import ENTITY_TYPES
from .textio import normalise
from .yamlfile import read_user_yaml, shown

OVERRIDE_KEYS = ("match", "name", "type", "description", "aliases", "merge", "split", "exclude")


def load_overrides(path: Path) -> tuple[dict, list[str]]:
    """The user's fixes in `path` (seeds/entities.yml), checked: ({"entries": [...]}, problems naming the file
    and entry). Never raises on bad content."""
    label = path.name
    raw, problems = read_user_yaml(path)
    if raw is None:
        return {}, problems
    if isinstance(raw, dict) and set(raw) == {"entities"}:
        raw = raw["entities"]
    if not isinstance(raw, list):
        return {}, [f"{label}: expected a list of entries (or 'entities:' with a list)"]
    entries: list[dict] = []
    for number, item in enumerate(raw, 1):
        entry, issues = _check_entry(item)
        where = f"{label}: entry {number}" + (f" ({shown(_entry_label(item))})" if _entry_label(item) else "")
        problems.extend(f"{where}: {issue}" for issue in issues)
        if entry is not None:
            entries.append(entry)
    return ({"entries": entries} if entries else {}), problems


def _entry_label(item: object) -> str:
    if isinstance(item, dict):
        for key in ("match", "name"):
            if isinstance(item.get(key), str):
                return item[key]
    return ""


def _check_entry(item: object) -> tuple[dict | None, list[str]]:
    if not isinstance(item, dict):
        return None, ["expected a mapping such as 'match: Name'"]
    issues = [f"unknown key {shown(key)} (known: {', '.join(OVERRIDE_KEYS)})" for key in item
              if key not in OVERRIDE_KEYS]
    entry: dict = {}
    for key in ("match", "name", "description"):
        if key in item:
            if isinstance(item[key], str) and normalise(item[key]).strip():
                entry[key] = " ".join(normalise(item[key]).split())
            else:
                issues.append(f"{key!r} must be a non-empty text")
    if "type" in item:
        if item["type"] in ENTITY_TYPES:
            entry["type"] = item["type"]
        else:
            issues.append(f"type {shown(item['type'])} is not one of {', '.join(ENTITY_TYPES)}")
    for key in ("aliases", "merge", "split"):
        if key in item:
            value = item[key]
            if isinstance(value, str):
                value = [value]
            if isinstance(value, list) and all(isinstance(v, str) and normalise(v).strip() for v in value):
                entry[key] = [" ".join(normalise(v).split()) for v in value]
            else:
                issues.append(f"{key!r} must be a list of names")
    if "exclude" in item:
        if isinstance(item["exclude"], bool):
            entry["exclude"] = item["exclude"]
        else:
            issues.append("'exclude' must be true or false")
    if "match" not in entry and "name" not in entry:
        issues.append("needs 'match' (or 'name' for a new entity)")
        return None, issues
    entry.setdefault("match", entry.get("name"))
    return entry, issues
