"""Read and validate the optional seeds/sources.yml, which adds or corrects metadata per seed file.

Format (every key optional)::

    000_artikel.txt:
      url: https://contoh.id/berita/123
      outlet: Nama Media
      published: 2023-09-05          # or "2023-09-05T19:15"
      authors: [Nama Penulis]        # a list, or one name as a string
      editors: [Nama Editor]
      title: Judul yang benar
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from ..idformat import date_problem
from .budget import MAX_FIELD_CHARS, MAX_URL_CHARS
from .textio import normalise
from .yamlfile import read_user_yaml, shown

FIELDS = ("url", "outlet", "published", "authors", "editors", "title")
_PUBLISHED = re.compile(r"^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2})?$")


def load_sources(path: Path, seed_names: set[str]) -> tuple[dict[str, dict[str, Any]], list[str]]:
    """Valid per-file metadata from `path` and a list of problems (each naming the file and entry)."""
    name = path.name
    data, problems = read_user_yaml(path)
    if data is None:
        return {}, problems
    if not isinstance(data, dict):
        return {}, [f"{name}: expected a mapping of seed file names to metadata, got {type(data).__name__}; ignored"]
    result: dict[str, dict[str, Any]] = {}
    for file_name, entry in data.items():
        where = f"{name}: entry {shown(file_name)}"
        if str(file_name) not in seed_names:
            problems.append(f"{where}: no such seed file; ignored")
            continue
        if not isinstance(entry, dict):
            problems.append(f"{where}: expected a mapping of fields, got {type(entry).__name__}; ignored")
            continue
        clean: dict[str, Any] = {}
        for key, value in entry.items():
            value, problem = _check_field(str(key), value)
            if problem:
                problems.append(f"{where}: {problem}")
            else:
                clean[str(key)] = value
        result[str(file_name)] = clean
    return result, problems


def _check_field(key: str, value: Any) -> tuple[Any, str | None]:
    if key not in FIELDS:
        return None, f"unknown field {shown(key)} (allowed: {', '.join(FIELDS)}); ignored"
    if key in ("authors", "editors"):
        if isinstance(value, str):
            value = [value]
        if not isinstance(value, list) or not all(isinstance(item, str) and normalise(item).strip() for item in value):
            return None, f"{key} must be a list of names; ignored"
        if any(len(item) > MAX_FIELD_CHARS for item in value):
            return None, f"{key}: a name longer than {MAX_FIELD_CHARS} characters; ignored"
        return [" ".join(normalise(item).split()) for item in value], None
    if key == "published":
        if isinstance(value, dt.datetime):
            value = value.strftime("%Y-%m-%dT%H:%M")
        elif isinstance(value, dt.date):
            value = value.isoformat()
        if not isinstance(value, str) or not _PUBLISHED.match(value.strip()):
            return None, "published must be YYYY-MM-DD or YYYY-MM-DDTHH:MM; ignored"
        problem = date_problem(value.strip())
        if problem:
            return None, f"published {value!r} {problem}; ignored"
        return value.strip(), None
    if not isinstance(value, str) or not normalise(value).strip():
        return None, f"{key} must be a non-empty string; ignored"
    limit = MAX_URL_CHARS if key == "url" else MAX_FIELD_CHARS
    if len(value) > limit:
        return None, f"{key} longer than {limit:,} characters; ignored"
    value = normalise(value)
    if key == "url" and not re.match(r"^https?://\S+$", value.strip()):
        return None, "url must start with http:// or https://; ignored"
    return " ".join(value.split()), None
