"""A saved page's metadata, one function per field: title, publication date, authors, outlet, URL."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from lxml import etree
from lxml.html import HtmlElement

from ..idformat import date_problem
from .credits import is_credit_line, parse_credit_line, split_names
from .outlet import key as outlet_key
from .pagetree import text_of
from .pubdate import parse_date_line

_ISO = re.compile(r"(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_SLASHED = re.compile(r"(\d{4})/(\d{2})/(\d{2})(?:\s+(\d{2}):(\d{2}))?")  # 2022/12/10 13:19:56
_DOMAIN_NAME = re.compile(r"\b[\w-]+(?:\.[\w-]+)*\.(?:co\.id|com|id|co|net|org|news|tv|info|or\.id)\b", re.I)
_TITLE_SPLIT = re.compile(r"\s+[-–—|:]\s+|:\s+|\s+[|]\s*")
# Words that name a company, not a person: a meta author like this is the publisher.
_CORPORATE = re.compile(r"\b(?:PT|Tbk|Inc|Ltd|LLC|Corp|Media|Cyber|Group|Network|News|Agency|Redaksi|Team|Tim|"
                        r"Staff|Desk|Online|Digital|Publishing|Press)\b\.?|\.(?:com|id|co)\b", re.IGNORECASE)
_LABEL_PREFIX = re.compile(r"^\s*(?:oleh|by|pewarta|penulis|reporter|author|wartawan)\s*:?\s+", re.IGNORECASE)
VISIBLE_META_LINES = 25  # date and byline lines are looked for this many lines under the headline


@dataclass
class PageFacts:
    """What a page states about itself, gathered in one pass over its tags."""

    metas: dict[str, str] = field(default_factory=dict)  # lower-cased property/name/itemprop -> content
    json_ld: list[dict] = field(default_factory=list)
    times: list[str] = field(default_factory=list)  # <time> datetime attributes or texts, in page order
    published_items: list[str] = field(default_factory=list)  # itemprop="datePublished" values
    headings: list[str] = field(default_factory=list)  # <h1>/<h2> texts, in page order
    first_h1: str | None = None
    document_title: str | None = None
    canonical: str | None = None


def page_facts(root: HtmlElement) -> PageFacts:
    """The page's meta tags, JSON-LD, <time> and itemprop dates, headings, <title> and canonical link."""
    facts = PageFacts()
    for tag in root.iter(etree.Element):
        name = tag.tag
        if name == "meta":
            content = " ".join(str(tag.get("content", "")).split())
            for attr in ("property", "name", "itemprop"):
                label = str(tag.get(attr, "")).strip().lower()
                if label and content and label not in facts.metas:
                    facts.metas[label] = content
        elif name == "script" and "ld+json" in str(tag.get("type", "")).lower():
            facts.json_ld.extend(_json_objects(tag.text or ""))
        elif name == "time":
            facts.times.append(str(tag.get("datetime") or "") or text_of(tag, " "))
        elif name in ("h1", "h2") and len(facts.headings) < 40:
            text = " ".join(text_of(tag, " ").split())
            facts.headings.append(text)
            if name == "h1" and text and facts.first_h1 is None:
                facts.first_h1 = text
        elif name == "title" and facts.document_title is None:
            facts.document_title = " ".join(text_of(tag).split()) or None
        elif name == "link" and "canonical" in (tag.get("rel") or "").split() and facts.canonical is None:
            facts.canonical = str(tag.get("href") or "") or None
        if tag.get("itemprop") == "datePublished":
            facts.published_items.append(str(tag.get("content") or tag.get("datetime") or "") or text_of(tag, " "))
    return facts


def meta_content(facts: PageFacts, *names: str) -> str | None:
    """The first non-empty <meta property|name|itemprop=NAME content> among `names`."""
    for name in names:
        if facts.metas.get(name.lower()):
            return facts.metas[name.lower()]
    return None


def _json_objects(text: str) -> list[dict]:
    """The JSON-LD objects of one script (graphs flattened); unreadable scripts give none."""
    try:
        data = json.loads(text)
    except ValueError:
        return []
    found: list[dict] = []
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(reversed(item))
        elif isinstance(item, dict):
            found.append(item)
            if isinstance(item.get("@graph"), list):
                stack.extend(reversed(item["@graph"]))
    return found


def stamp(value: str | None) -> str | None:
    """'2015-11-05T14:56:43+07:00' -> '2015-11-05T14:56'; '2022/12/10 13:19:56' too; other forms via date lines."""
    if not value:
        return None
    match = _ISO.search(value) or _SLASHED.search(value)
    if match:
        year, month, day, hour, minute = match.groups()
        return f"{year}-{month}-{day}" + (f"T{hour}:{minute}" if hour else "")  # checked by page_published
    return parse_date_line(value)[0]


def page_title(facts: PageFacts, outlet: str | None, fallback: str | None = None) -> str | None:
    """The headline: a visible <h1>/<h2> that the page's meta title confirms, else the meta title with the site
    name cut off, else `fallback` (the extractor's title), else the first <h1>."""
    meta = meta_content(facts, "og:title", "twitter:title", "headline")
    known = [t for t in (meta, facts.document_title, fallback) if t]
    for text in facts.headings:
        if len(text.split()) >= 3 and any(_fold(text) in _fold(other) for other in known):
            return text
    for candidate in known:
        cut = strip_site_name(candidate, outlet)
        if cut:
            return cut
    return facts.first_h1


def strip_site_name(title: str, outlet: str | None) -> str:
    """'Judul - Kompas.com Regional' / 'KapanLagi.com: Judul' -> 'Judul': leading and trailing parts that name
    the site (its name or a domain) are cut; the longest remaining part wins when parts still remain."""
    parts = [part.strip() for part in _TITLE_SPLIT.split(title) if part.strip()]
    if len(parts) < 2:
        return title.strip()
    site = outlet_key(outlet) if outlet else None

    def names_site(part: str) -> bool:
        return bool(_DOMAIN_NAME.search(part)) or (site is not None and outlet_key(part) == site)

    while len(parts) > 1 and names_site(parts[-1]):
        parts.pop()
    while len(parts) > 1 and names_site(parts[0]):
        parts.pop(0)
    if len(parts) == 1:
        return parts[0]
    # "Judul: anak judul" that is really one headline: keep the original text minus the removed site parts
    start = title.find(parts[0])
    end = title.rfind(parts[-1]) + len(parts[-1])
    return title[start:end].strip() if start >= 0 and end > start else title.strip()


def page_published(facts: PageFacts, visible_lines: list[str], fallback_day: Callable[[], str | None]
                   ) -> tuple[str | None, list[str]]:
    """The first publication date (and time): a visible date line under the headline, then <time>, JSON-LD,
    itemprop, meta tags, then the extractor's day (`fallback_day()`, asked only when none of those gives one).
    A later source with the same day adds a missing time. Impossible or out-of-range stamps are skipped, each
    with a note saying so (returned beside the date)."""
    candidates: list[str] = []
    notes: list[str] = []

    def real(value: str | None) -> str | None:
        problem = date_problem(value) if value else None
        if problem:
            notes.append(f"publication date {value!r} {problem}; ignored")
            return None
        return value

    for line in visible_lines:
        value, kind = parse_date_line(line)
        if value and kind != "updated":
            if real(value):
                candidates.append(value)
            break
    for group in (facts.times, [str(item.get("datePublished") or "") for item in facts.json_ld],
                  facts.published_items):
        value = next((found for found in (real(stamp(item)) for item in group) if found), None)
        if value:
            candidates.append(value)
    value = real(stamp(meta_content(facts, "article:published_time", "datePublished", "pubdate", "publishdate",
                                    "date", "dc.date", "dc.date.issued", "sailthru.date", "parsely-pub-date")))
    if value:
        candidates.append(value)
    if not candidates and not notes:  # after a broken stamp, htmldate's day is its re-reading of it
        day = real(fallback_day())
        if day:
            candidates.append(day)
    if not candidates:
        return None, notes
    first = candidates[0]
    if "T" not in first:
        timed = [c for c in candidates[1:] if c.startswith(first[:10]) and "T" in c]
        if timed:
            return timed[0], notes
    return first, notes


def visible_byline(lines: list[str]) -> list[str]:
    """Author names on a visible credit line ('Penulis : Nabilla Tashandra', 'Oleh Budi')."""
    for line in lines:
        if is_credit_line(line):
            authors, _ = parse_credit_line(line)
            if authors:
                return authors
    return []


def page_authors(facts: PageFacts, visible_lines: list[str], fallback: Callable[[], str | None]) -> list[str]:
    """Authors: the visible byline, then JSON-LD persons, then a meta author that names a person (not the
    company), then the extractor's author (`fallback()`, asked only when none of those names one)."""
    names = visible_byline(visible_lines)
    if names:
        return names
    for item in facts.json_ld:
        author = item.get("author")
        for person in author if isinstance(author, list) else [author]:
            if isinstance(person, dict) and str(person.get("@type", "")).lower() == "organization":
                continue  # the publisher named as author
            name = person.get("name") if isinstance(person, dict) else person
            if isinstance(name, str) and not _CORPORATE.search(name):
                names.extend(n for n in split_names(name) if n not in names)
        if names:
            return names
    meta = meta_content(facts, "author", "article:author", "dc.creator", "byl")
    for candidate in (source() for source in (lambda: meta, fallback)):
        if candidate and not candidate.startswith("http") and not _CORPORATE.search(candidate):
            names = split_names(_LABEL_PREFIX.sub("", candidate))
            if names:
                return names
    return []


def page_outlet(facts: PageFacts, fallback: str | None) -> str | None:
    """The outlet as readers know it: og:site_name unless it names a section or is a link, then JSON-LD
    publisher, application-name, the extractor's site name ('Tempo_English' reads 'Tempo English')."""
    publisher = None
    for item in facts.json_ld:
        owner = item.get("publisher")
        if isinstance(owner, dict) and isinstance(owner.get("name"), str):
            publisher = owner["name"]
            break
    for candidate in (meta_content(facts, "og:site_name"), publisher, meta_content(facts, "application-name"),
                      fallback):
        if candidate and _reads_as_outlet(candidate):
            return " ".join(candidate.replace("_", " ").split())
    return None


def host_outlet(hostname: str | None) -> str | None:
    """The host name as a last resort for the outlet ('www.kabar.id' -> 'kabar.id')."""
    return re.sub(r"^www\.", "", hostname) if hostname else None


def _reads_as_outlet(name: str) -> bool:
    """Not a URL and not a section word ('sepakbola', 'news'): a capital letter or a domain."""
    name = name.strip()
    if not name or name.startswith("http") or "/" in name or len(name) > 60:
        return False
    return bool(_DOMAIN_NAME.search(name)) or any(ch.isupper() for ch in name)


def page_url(facts: PageFacts, fallback: str | None = None) -> str | None:
    """og:url, else the canonical link, else the extractor's; only http(s) addresses."""
    url = meta_content(facts, "og:url") or facts.canonical or fallback
    return url if url and re.match(r"https?://", url) else None


def lines_near(blocks: list[list[str]], title: str | None, count: int = VISIBLE_META_LINES) -> list[str]:
    """The page's text lines near the headline: `count` under it, then a few above it (a date in the site's
    header is today's, so lines under the headline come first); from the top when it is not found."""
    lines = [line for block in blocks for line in block]
    start = 0
    if title:
        wanted = _fold(title)
        for index, line in enumerate(lines):
            if _fold(line) == wanted:
                start = index + 1
                break
    return lines[start:start + count] + lines[max(0, start - 6):start]


def _fold(text: str) -> str:
    return " ".join(text.lower().split())
