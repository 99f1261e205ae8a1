"""The weight real news pages carry around the article (menus, story cards, icons, scripts), for page_layouts.

Used by corpusgen.page_layouts; prints nothing.
"""

from __future__ import annotations

import html
import json
import random
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .page_layouts import PageParts


def escape(text: str) -> str:
    """Text for an element's content."""
    return html.escape(text, quote=False)


def attr(text: str) -> str:
    """Text for an attribute value."""
    return html.escape(text, quote=True)


def hash_class(rng: random.Random) -> str:
    """An opaque six-character class name or file id."""
    return "".join(rng.choice("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(6))


SUBSECTIONS = ("Terkini", "Terpopuler", "Pilihan Editor", "Foto", "Video", "Infografik", "Opini", "Indeks",
               "Regional", "Cek Fakta")
SCRIPT_WORDS = ("adSlot", "targeting", "refresh", "lazyLoad", "viewport", "sizes", "pageType", "keywords",
                "bidder", "timeout", "placement", "consent", "analytics", "segment", "sticky", "observer")


def script_blob(rng: random.Random, kilobytes: int) -> str:
    """An inline script of about `kilobytes` KB (ad and analytics configuration, as pages carry)."""
    pieces, size = [], 0
    while size < kilobytes * 1000:
        key, other = rng.choice(SCRIPT_WORDS), rng.choice(SCRIPT_WORDS)
        piece = (f'googletag.cmd.push(function(){{var {key}_{rng.randrange(999)}=googletag.defineSlot('
                 f'"/{rng.randrange(10**8)}/{other}",[[300,250],[336,280]],"div-{hash_class(rng)}")'
                 f'.addService(googletag.pubads());{key}.setTargeting("{other}",["{hash_class(rng)}"]);}});')
        pieces.append(piece)
        size += len(piece)
    return "<script>" + "\n".join(pieces) + "</script>"


def mega_menu(rng: random.Random, parts: PageParts) -> str:
    """The site menu with a drop-down of sub-sections and a few headlines under each section."""
    items = []
    headlines = iter(parts.others * 4)
    for section in parts.nav:
        slug = attr(section.lower().replace(" ", "-"))
        subs = "".join(f'<li><a href="/{slug}/{attr(sub.lower().replace(" ", "-"))}">{escape(sub)}</a></li>'
                       for sub in rng.sample(SUBSECTIONS, rng.randint(3, 7)))
        picks = "".join(f'<li class="menu-story"><a href="/{slug}/{rng.randrange(10**6)}"><img src="/t/{hash_class(rng)}'
                        f'.jpg" alt="" loading="lazy"><span>{escape(next(headlines, parts.title))}</span></a></li>'
                        for _ in range(rng.randint(0, 2)))
        items.append(f'<li class="menu-item"><a href="/{slug}">{escape(section)}</a>'
                     f'<ul class="sub-menu">{subs}</ul><ul class="menu-stories">{picks}</ul></li>')
    return f'<nav class="main-menu"><ul>{"".join(items)}</ul></nav>'


def icons(rng: random.Random, count: int) -> str:
    """Share and social icons as inline SVG."""
    path = " ".join(f"{'ML'[i % 2]}{rng.randrange(24)}.{rng.randrange(99)} {rng.randrange(24)}.{rng.randrange(99)}"
                    for i in range(30))
    return "".join(f'<a class="icon" href="#share-{n}" aria-label="Bagikan"><svg viewBox="0 0 24 24" width="24" '
                   f'height="24"><path d="{path}"/></svg></a>' for n in range(count))


def story_list(rng: random.Random, parts: PageParts, heading: str, count: int) -> str:
    """A list of other stories with thumbnails, times and sections (sidebars, footers, "more" boxes)."""
    stories = rng.sample(parts.others, min(count, len(parts.others)))
    cards = "".join(
        f'<div class="story-card"><a href="/{rng.randrange(10**7)}"><div class="thumb"><img src="/t/'
        f'{hash_class(rng)}.jpg" alt="{attr(story)}" loading="lazy"></div><div class="info"><span class="cat">'
        f'{escape(rng.choice(parts.nav))}</span><h4>{escape(story)}</h4><span class="ago">'
        f'{rng.randint(1, 23)} jam lalu</span></div></a></div>' for story in stories)
    return f'<div class="stories"><h3>{escape(heading)}</h3>{cards}</div>'


def page_data(parts: PageParts) -> str:
    """The page's own data as a script-rendered site embeds it: the article again, as JSON."""
    data = {"props": {"pageProps": {"article": {"title": parts.title, "section": parts.section,
                                                "content": [{"type": "paragraph", "text": line} for line in parts.body],
                                                "related": parts.related}, "menu": parts.nav}}, "page": "/[slug]"}
    return '<script id="__PAGE_DATA__" type="application/json">' + json.dumps(data, ensure_ascii=False) + "</script>"
