"""Site search with Pagefind: the light pages it indexes (with the hidden Indonesian terms), and the job.

Pagefind does not index the rendered site: ``write_search_pages`` writes a light HTML copy of each
page (text, headings with their ids, hidden terms from ``explainer.search.terms``) and
``run_pagefind`` indexes that into ``<site>/pagefind/``. Pages have a role: articles and hand-written
pages are indexed whole; the timeline and glossary are reference pages (see REFERENCE). The search
box (``docs/javascripts/pagefind-search.js``) leaves the hidden terms out of excerpts.
``explainer.search.job`` runs the job in a second process during a build.

Steps: ``page_from_markdown`` -> ``page_analyses`` (per page) -> ``bundle_light_pages`` (per bundle) ->
``explainer.search.bundles`` (``run_pagefind`` per bundle).
"""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path

from ..memo import Memo, digest
from .bundles import MAIN, Bundle, LightPage, build_bundles, write_light_pages
from .terms import (AliasIndex, Expander, Lexicon, TextAnalysis, alias_index, analyze_text, build_lexicon,
                    lexicon_evidence, normalize)

SENTINEL_OPEN = "qqistilahcari"  # opens a hidden-terms block; the search box drops it from excerpts
SENTINEL_CLOSE = "qqistilahakhir"  # closes it
TERMS_WEIGHT = 0.5  # Pagefind weight of hidden terms: a page using the query's own word ranks first
# What a page is to a reader searching. "content": an article or a hand-written page, indexed whole.
# "reference": a page about the articles (timeline, glossary): only its anchored sections and entries are
# results (the page top is an overview and navigation; an entry standing there, <p id=...>, is kept), link texts naming another page are left out (a page
# that only links to an article must not match the article's title), and its words weigh less, so an
# article outranks a page quoting it. List pages (indexes, per-outlet pages, Sumber) are not indexed.
CONTENT, REFERENCE = "content", "reference"
REFERENCE_WEIGHT = 0.1


@dataclass(frozen=True)
class SearchSection:
    """A stretch of a page that search can point at: the page top (anchor None) or a heading."""

    anchor: str | None
    heading: str
    paragraphs: tuple[str, ...]
    entries: tuple[int, ...] = ()  # glossary entries this section is about (their aliases join it)


@dataclass(frozen=True)
class SearchPage:
    """One page as search sees it: site-relative URL ("artikel/judul/"), title and sections. `weight`:
    Pagefind content weight of its text (None: Pagefind's default, 1), lower for reference pages."""

    url: str
    title: str
    sections: tuple[SearchSection, ...]
    weight: float | None = None


@dataclass(frozen=True)
class PagefindStats:
    """Outcome of one search-index build."""

    seconds: float  # whole job
    pagefind_seconds: float
    index_bytes: int
    files: int
    pages: int
    terms: int  # hidden terms written, all pages
    reused: int = 0  # sections whose terms came from the cache
    bundles: int = 1  # Pagefind bundles: the main one and one per year when split
    indexed: int = 1  # of them, indexed by Pagefind this time (the others came from the cache)
    warnings: tuple[str, ...] = ()  # damaged cache files (recomputed), for the build log
    steps: tuple[tuple[str, float], ...] = ()  # wall seconds of the job's steps (logged with EXPLAINER_STEP_TIMES)

    def summary(self) -> str:
        """The index's one-line account for the build log."""
        return (f"search index of {self.pages} pages, {self.terms} added terms ({self.reused} sections' terms from "
                f"cache), {self.index_bytes / 1e6:.1f} MB in {self.bundles} bundles ({self.indexed} indexed, the "
                f"others from cache) in {self.seconds:.1f}s")


_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*(?:\{\s*#([\w.:-]+)[^}]*\})?\s*$")
_MD_LINK = re.compile(r"!?\[((?:\\.|[^\]\\])*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+\"[^\"]*\")?\)")
_MD_ESCAPE = re.compile(r"\\(.)")
_MD_ATTR = re.compile(r"\s*\{[:#.][^}]*\}\s*$")
_HTML_TAG = re.compile(r"<[^>]+>")
# inline tags go without a trace ("<a>Korea Utara</a>, kata" reads "Korea Utara, kata"); block tags part words
_INLINE_TAG = re.compile(r"</?(?:a|abbr|b|code|em|i|mark|small|span|strong|sub|sup)(?:\s[^>]*)?>")


def markdown_text(line: str) -> str:
    """Readable text of one line of our generated Markdown (links -> labels, escapes undone)."""
    # each pattern is tried only when the text holds what it cannot match without (the same text, less work)
    text = _IGNORED_LINK.sub("", line) if "<a" in line else line
    text = _MD_LINK.sub(_label, text) if "](" in text else text
    text = _MD_ATTR.sub("", text) if "{" in text else text
    text = _HTML_TAG.sub(" ", _INLINE_TAG.sub("", text)) if "<" in text else text
    text = text.replace("**", "")  # our bold labels
    text = _MD_ESCAPE.sub(r"\1", text) if "\\" in text else text
    return " ".join((html.unescape(text) if "&" in text else text).split()).strip(" |>*-")


def _label(link: re.Match[str]) -> str:
    return link.group(1)


_IGNORED_LINE = re.compile(r"^\s*<[a-z][^>]*\sdata-pagefind-ignore[\s>=]")
_HTML_LINK = re.compile(r"<a\s[^>]*>(.*?)</a>", re.S)
# a link marked data-pagefind-ignore (a fact's "(sumber)" link), with the brackets around it: not searchable text
_IGNORED_A = r"<a\s[^>]*?\bdata-pagefind-ignore\b[^>]*>.*?</a>"  # one such link element
_IGNORED_LINK = re.compile(rf"\s*(?:\(\s*{_IGNORED_A}\s*\)|{_IGNORED_A})", re.S)
_FRONT_MATTER = re.compile(r"\A---\n.*?\n---[ \t]*\n", re.S)  # YAML metadata: title, description
_ANCHORED_BLOCK = re.compile(r"^\s*<[a-z][a-z0-9]*\s[^>]*\bid=\"")  # an entry we write: <p id="...">
_LETTERS = re.compile(r"[^\W\d_]{2}")
_LIST_ITEM = re.compile(r"<li>((?:(?!</?li>).)*)</li>")


def _drop_page_links(line: str, titles: frozenset[str]) -> str:
    """The line without links whose text names another page (a title of `titles`, compared normalized)."""
    if not titles:
        return line
    line = _HTML_LINK.sub(lambda m: "" if normalize(_HTML_TAG.sub(" ", m.group(1))) in titles else m.group(0), line)
    line = _MD_LINK.sub(lambda m: "" if normalize(m.group(1)) in titles else m.group(0), line)
    # a list item left with no words ("<li> (2×)</li>" once its link is gone) goes with it
    return _LIST_ITEM.sub(lambda m: m.group(0) if _LETTERS.search(_HTML_TAG.sub(" ", m.group(1))) else "", line)


# The HTML link pattern kept within one line: over a whole page it finds what it finds line by line.
_HTML_LINK_IN_LINE = re.compile(r"<a[^\S\n][^>\n]*>([^\n]*?)</a>")
_LINE_BREAKS = "\r\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"  # what str.splitlines splits at besides "\n"
_OTHER_LINE_BREAKS = re.compile(f"[{_LINE_BREAKS}]")


def linked_titles(markdown: str, titles: frozenset[str]) -> list[str]:
    """Of `titles` (normalized), those a link of the Markdown page names: all a reference page's parse takes of
    the other pages' titles (see _drop_page_links), so a title added elsewhere leaves its parse as it was."""
    texts: set[str] = set()
    if any(mark in markdown for mark in _LINE_BREAKS):
        for line in markdown.splitlines():
            texts.update(_HTML_TAG.sub(" ", m.group(1)) for m in _HTML_LINK.finditer(line))
            texts.update(_md_link_texts(line))
    else:
        texts.update(_HTML_TAG.sub(" ", m.group(1)) for m in _HTML_LINK_IN_LINE.finditer(markdown))
        at = markdown.find("](")
        while at >= 0:  # the few lines with a Markdown link
            start, end = markdown.rfind("\n", 0, at) + 1, markdown.find("\n", at)
            texts.update(_md_link_texts(markdown[start:end if end >= 0 else len(markdown)]))
            at = markdown.find("](", end) if end >= 0 else -1
    return sorted({normalize(text) for text in texts} & titles)


def _md_link_texts(line: str) -> list[str]:
    """The texts of a line's Markdown links, as _drop_page_links finds them (before and after its HTML links go)."""
    return [m.group(1) for text in (line, _HTML_LINK.sub("", line)) for m in _MD_LINK.finditer(text)]


# One line of a page as the readers see it: a block's text (a line of Markdown, or one top-level element of
# built HTML) or a heading (level, its inline text, its explicit anchor id or None, the line as written).
Heading = tuple[int, str, str | None, str]
Line = str | Heading


def page_from_markdown(url: str, markdown: str, entries_by_anchor: Mapping[str, Sequence[int]] | None = None,
                       role: str = CONTENT, page_titles: Iterable[str] = ()) -> SearchPage:
    """A SearchPage from a Markdown page: one section per heading with an explicit {#id}, text of
    everything else. Cheap (no Markdown rendering); meant for the Markdown this project writes. Lines
    marked ``data-pagefind-ignore`` (bylines) are left out. `role`: CONTENT or REFERENCE (see there);
    `page_titles`: titles of other pages, whose links a REFERENCE page loses."""
    return page_from_lines(url, _markdown_lines(markdown), entries_by_anchor, role, page_titles)


_H1_LINE = re.compile(r"^#[^\S\n].*$", re.M)


def page_title(url: str, markdown: str) -> str:
    """The title page_from_markdown gives the page, read without the rest of it (its first level-1 heading)."""
    front = _FRONT_MATTER.match(markdown)
    for found in _H1_LINE.finditer(markdown, front.end() if front else 0):
        if _OTHER_LINE_BREAKS.search(markdown, 0, found.end()):
            break  # lines split otherwise: read them all
        line = _heading(found.group(0))
        if not isinstance(line, str) and line[0] == 1 and (text := markdown_text(line[1])):
            return text
    else:
        if not any(mark in markdown for mark in _LINE_BREAKS):
            return url
    for line in _markdown_lines(markdown):
        if not isinstance(line, str) and line[0] == 1 and (text := markdown_text(line[1])):
            return text
    return url


def _heading(line: str) -> Line:
    found = _MD_HEADING.match(line)
    return (len(found.group(1)), found.group(2), found.group(3), line) if found else line


def _markdown_lines(markdown: str) -> Iterable[Line]:
    return map(_heading, _FRONT_MATTER.sub("", markdown, count=1).splitlines())


def page_from_lines(url: str, lines: Iterable[Line], entries_by_anchor: Mapping[str, Sequence[int]] | None = None,
                    role: str = CONTENT, page_titles: Iterable[str] = ()) -> SearchPage:
    """The SearchPage of a page read as lines (see Line): the first level-1 heading is the title, a heading with
    an anchor opens a section, every other line is text (see page_from_markdown)."""
    sections: list[SearchSection] = []
    title = ""
    anchor: str | None = None
    heading = ""
    paragraphs: list[str] = []
    entries_by_anchor = entries_by_anchor or {}
    reference = role == REFERENCE
    titles = normalized_titles(page_titles) if reference else frozenset()

    def close() -> None:
        if paragraphs or heading:
            sections.append(SearchSection(anchor, heading, tuple(paragraphs),
                                          tuple(entries_by_anchor.get(anchor or "", ()))))

    for line in lines:
        if not isinstance(line, str):
            level, inline, explicit, line = line
            if explicit or not title:
                text = markdown_text(inline)
                if not title and level == 1:
                    title = text
                    continue
                if explicit:
                    close()
                    anchor, heading, paragraphs = explicit, text, []
                    continue
        if _IGNORED_LINE.match(line):
            continue
        if reference and anchor is None and not _ANCHORED_BLOCK.match(line):
            continue  # the overview and navigation on top of a reference page (entries there are kept)
        text = markdown_text(_drop_page_links(line, titles))
        if text and _LETTERS.search(text):  # not what a dropped link leaves behind ("(2×)")
            paragraphs.append(text)
    close()
    return SearchPage(url, title or url, tuple(sections), REFERENCE_WEIGHT if reference else None)


def normalized_titles(titles: Iterable[str]) -> frozenset[str]:
    """Page titles normalized (see normalize), as reference pages compare link texts with them: made once for
    the same titles (every reference page of a build, and the search job's keys, get the same ones)."""
    return _normalized(tuple(titles))


@lru_cache(maxsize=2)
def _normalized(titles: tuple[str, ...]) -> frozenset[str]:
    return frozenset(map(normalize, titles))


def _kind(page: SearchPage) -> str:
    """A reference page says so in its metadata: the search box then shows its entries, not a page excerpt."""
    return ' data-pagefind-meta="kind:reference"' if page.weight == REFERENCE_WEIGHT else ""


def _weight(value: float | None) -> str:
    return "" if value is None else f' data-pagefind-weight="{value:g}"'


def _section_html(section: SearchSection, terms: Sequence[str], weight: float | None = None) -> str:
    out = []
    if section.anchor:
        out.append(f'<h2 id="{html.escape(section.anchor)}"{_weight(weight)}>{html.escape(section.heading)}</h2>')
    out += [f"<p{_weight(weight)}>{html.escape(p)}</p>" for p in section.paragraphs]
    # Always written, also empty: the search box ends a section's excerpt at its hidden block.
    scaled = TERMS_WEIGHT * (1.0 if weight is None else weight)
    out.append(f'<div{_weight(round(scaled, 3))}>' + " ".join([SENTINEL_OPEN, *map(html.escape, terms), SENTINEL_CLOSE])
               + "</div>")
    return "\n".join(out)


def page_analyses(page: SearchPage) -> list[TextAnalysis]:
    """analyze_text of each section of a page (the per-page step). Not kept between builds: reading and
    writing them back (sets of words) costs more than computing them; what the lexicon reads of them is kept
    per page (explainer.search.terms.lexicon_evidence)."""
    return [analyze_text([s.heading, *s.paragraphs]) for s in page.sections]


def glossary_key(glossary: Sequence[Mapping[str, object]]) -> str:
    """Hash of what section terms take from the glossary: each entry's name and aliases."""
    return digest([(str(entry["name"]), list(entry.get("aliases") or [])) for entry in glossary])


def _lexicon_key(lexicon: Lexicon, glossary: str) -> str:
    """Hash of what a section's terms depend on besides its own text: its bundle's lexicon and the aliases."""
    return digest((sorted(lexicon.roots), sorted(lexicon.words), sorted(lexicon.common), sorted(lexicon.hyphen_joins),
                   glossary))


def bundle_light_pages(pages: Sequence[SearchPage], evidence: Sequence[TextAnalysis], aliases: AliasIndex | None,
                       glossary: str, memo: Memo[list[str]] | None = None,
                       analyses: Sequence[list[TextAnalysis]] | None = None) -> tuple[list[LightPage], int]:
    """The light pages of one bundle's pages and the number of terms written: each section expanded with the
    lexicon of these pages (`evidence`: lexicon_evidence of each page; a root counts when they attest it) and
    the glossary's `aliases` (`glossary`: their glossary_key). `memo`: each section's terms kept between builds,
    by its text, its glossary entries, the lexicon and the aliases (a word added to or gone from these pages
    changes the lexicon, and every section of them is expanded again). `analyses`: page_analyses of each page
    when at hand; a section is analysed only when its terms are not in the memo."""
    lexicon = build_lexicon(evidence)
    expander = Expander(lexicon, aliases)
    corpus_key = _lexicon_key(lexicon, glossary) if memo is not None else ""
    total = 0
    light: list[LightPage] = []
    for number, page in enumerate(pages):
        body = []
        for index, section in enumerate(page.sections):
            analysis = analyses[number][index] if analyses is not None else None
            expand = partial(_section_terms, expander, section, analysis)
            terms = expand() if memo is None else memo.get(
                digest((corpus_key, section.heading, section.paragraphs, section.entries)), expand)
            total += len(terms)
            body.append(_section_html(section, terms, page.weight))
        title = html.escape(page.title)
        light.append((page.url, f'<!doctype html><html lang="id"><head><meta charset="utf-8"><title>{title}</title>'
                                f'</head><body data-pagefind-body><h1{_weight(page.weight)}{_kind(page)}>{title}</h1>\n'
                                + "\n".join(body) + "\n</body></html>\n"))
    return light, total


def _section_terms(expander: Expander, section: SearchSection, analysis: TextAnalysis | None) -> list[str]:
    return expander.terms(analysis or analyze_text([section.heading, *section.paragraphs]), section.entries)


def render_search_pages(pages: Sequence[SearchPage], glossary: Sequence[Mapping[str, object]] = (),
                        analyses: Sequence[list[TextAnalysis]] | None = None,
                        memo: Memo[list[str]] | None = None,
                        groups: Mapping[str, str] | None = None) -> tuple[list[LightPage], int]:
    """The light HTML copy Pagefind indexes, (URL, HTML) per page in page order, and the number of terms
    written (see bundle_light_pages). `analyses`: page_analyses of each page, when already done; `groups`: page
    URL -> bundle (see explainer.search.bundles): each bundle's pages are expanded with their own lexicon, so
    that an edit in one bundle leaves the others' light pages as they were (without groups: one lexicon)."""
    if analyses is None:
        analyses = [page_analyses(page) for page in pages]
    aliases = alias_index(glossary) if glossary else None
    key = glossary_key(glossary)
    members: dict[str, list[int]] = {}
    for number, page in enumerate(pages):
        members.setdefault((groups or {}).get(page.url, MAIN), []).append(number)
    light: list[LightPage | None] = [None] * len(pages)
    total = 0
    for numbers in members.values():
        made, terms = bundle_light_pages([pages[n] for n in numbers], [lexicon_evidence(analyses[n]) for n in numbers],
                                         aliases, key, memo, [analyses[n] for n in numbers])
        total += terms
        for number, page in zip(numbers, made):
            light[number] = page
    return [page for page in light if page is not None], total


def write_search_pages(pages: Sequence[SearchPage], out_dir: Path, glossary: Sequence[Mapping[str, object]] = (),
                       analyses: Sequence[list[TextAnalysis]] | None = None,
                       memo: Memo[list[str]] | None = None) -> int:
    """Write the light HTML copy Pagefind indexes (one file per page URL, see render_search_pages); return
    the number of terms written."""
    light, total = render_search_pages(pages, glossary, analyses, memo)
    write_light_pages(light, out_dir)
    return total


def pagefind_command(html_dir: Path, output: Path) -> list[str]:
    """The Pagefind CLI call (binary from PyPI ``pagefind[extended]``): the binary itself when the package can
    name it, else the package run as a module (which finds it the same way, but starts Python first)."""
    return [*_pagefind_program(), "--site", str(html_dir), "--output-path", str(output), "--force-language", "id"]


@lru_cache(maxsize=1)
def _pagefind_program() -> tuple[str, ...]:
    """The binary `python -m pagefind` would run (it honours PAGEFIND_BINARY_PATH), found once per process."""
    try:
        from pagefind.service import get_executable
        found = get_executable()
    except (ImportError, OSError):
        found = None
    if found is None or not os.access(found, os.X_OK):
        return (sys.executable, "-m", "pagefind")
    return (str(Path(found).resolve()),)


def run_pagefind(html_dir: Path, output: Path) -> float:
    """Index html_dir into output; return seconds taken. Raises RuntimeError when Pagefind fails."""
    started = time.perf_counter()
    done = subprocess.run(pagefind_command(html_dir, output), capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"pagefind failed ({done.returncode}): {(done.stdout + done.stderr)[-2000:]}")
    return time.perf_counter() - started


def build_search_index(pages: Sequence[SearchPage], glossary: Sequence[Mapping[str, object]],
                       output: Path, analyses: Sequence[list[TextAnalysis]] | None = None,
                       memo: Memo[list[str]] | None = None, groups: Mapping[str, str] | None = None,
                       bundle_memo: Callable[[str], Memo[Bundle]] | None = None) -> PagefindStats:
    """The whole job: light pages with hidden terms -> Pagefind bundle(s) in `output` (replaced). `groups`:
    page URL -> bundle (a year's or a shard's, see explainer.search.bundles; others in the main bundle);
    `bundle_memo(group)`: where each bundle is kept between builds, by the hash of its light pages."""
    started = time.perf_counter()
    light, terms = render_search_pages(pages, glossary, analyses, memo, groups)
    built = build_bundles(light, groups, output, run_pagefind, bundle_memo)
    return PagefindStats(time.perf_counter() - started, built.pagefind_seconds, built.bytes, built.files, len(pages),
                         terms, bundles=len(built.groups), indexed=len(built.indexed))


# A page as the pipeline writes it: (site URL, Markdown, glossary entries by heading anchor or None, role).
MarkdownPage = tuple[str, str, Mapping[str, Sequence[int]] | None, str]
