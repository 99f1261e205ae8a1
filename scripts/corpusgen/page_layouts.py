"""Saved-web-page renderings of a generated article in five invented outlet templates (make_corpus.py --html).

Each layout is one kind of news-site template seen in the wild, with its own markup habits; the article's
words are the same as in the text rendering, so the manifest's truth (body, title, date, credits) holds:

* ``blog``: a blogging-platform theme: ``<article>`` with an entry header, ``<time>``, a figure with
  caption, ``<p>`` body with bold "Baca Juga" teaser paragraphs, entry footer with tags, related list;
  Open Graph and ``article:published_time`` meta tags.
* ``portal``: a large portal: JSON-LD ``NewsArticle`` in the head, breadcrumb, a byline box, the body in an
  ``itemprop="articleBody"`` block with ad slots and teaser boxes between paragraphs, a "most read"
  sidebar with video and editor's-pick cards, a newsletter box.
* ``legacy``: an old CMS: table-free but ``<div>`` soup, the headline in a ``<div>`` (no ``<h1>``), the body
  one block of text split by ``<br><br>``, teasers as bare links between the breaks, a ``<font>`` date.
* ``hashed``: a modern script-rendered site: every class an opaque hash, paragraphs in ``<p>`` among
  ``<div>`` wrappers, a JSON-LD ``@graph``, a ``rel="author"`` byline, related cards with images.
* ``magazine``: a feature template: headline and deck over a hero image, byline with avatar, body
  paragraphs as ``<div class="paragraph">`` blocks, pull quotes repeating a body sentence, a reader
  comment section and a long footer sitemap.

Every layout but ``legacy`` also carries the weight real pages have around the article (14-78 KB per page by
layout, real pages 95-160 KB): a menu with sub-sections and story links, sidebars and story cards with
thumbnails, inline SVG icons, ad-configuration scripts and, in ``hashed``, the article again as embedded JSON.
Body paragraphs may carry inline links and emphasis around words (their text is unchanged).
Standard library only; the rendering is deterministic for a given random stream.

Used by corpusgen.article (``make_corpus.py --html``) and corpusgen.truth (``--check``); prints nothing.
"""

from __future__ import annotations

import hashlib
import json
import random
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

from .page_chrome import attr as _attr, escape as _e, hash_class as _hash_class, icons as _icons, \
    mega_menu as _mega_menu, page_data as _page_data, script_blob as _script_blob, story_list as _story_list

LAYOUTS = ("blog", "portal", "legacy", "hashed", "magazine")
TZ_OFFSETS = {"WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}
COMMENTS = ("Semoga cepat selesai dan tidak terulang lagi.", "Terima kasih infonya, min.",
            "Kapan ada kelanjutannya?", "Mantap, lanjutkan!", "Perlu diusut tuntas.",
            "Warga di sini juga merasakan hal yang sama.")


@dataclass
class PageParts:
    """Everything a saved page shows: the text rendering's pieces, kept apart."""

    outlet: str
    domain: str
    timezone: str
    section: str
    title: str
    deck: str | None
    header: list[str]                # junk lines above the headline (logo, counters, menus)
    nav: list[str]                   # the section menu
    date_blocks: list[str]
    credits_top: list[str]
    credits_bottom: list[str]
    caption: str
    body: list[str]                  # raw body lines: dateline glued to the first, code after the last
    teasers: list[str]
    ads: tuple[str, ...]
    tag_lines: list[str]
    related_header: str
    related: list[str]
    footer: list[str]
    published: str | None            # the manifest's value: YYYY-MM-DDTHH:MM, YYYY-MM-DD or None
    authors: list[str] = field(default_factory=list)
    slug: str = ""
    others: list[str] = field(default_factory=list)  # headlines of other stories (menus, sidebars, footers)
    nav_line: str = ""               # the menu as the text rendering writes it (shown as `nav` instead)
    dateline_len: int = 0            # characters of dateline glued before the first body line


def layout_of(outlet: str) -> str:
    """Each outlet has one template (stable across runs)."""
    return LAYOUTS[int(hashlib.sha1(outlet.encode()).hexdigest(), 16) % len(LAYOUTS)]


def render_page(rng: random.Random, parts: PageParts) -> str:
    """The saved HTML page of one article in its outlet's layout."""
    return _RENDERERS[layout_of(parts.outlet)](rng, parts)


# --- small pieces -------------------------------------------------------------------------------------

def _inline(rng: random.Random, text: str) -> str:
    """Escaped paragraph text with a link or emphasis around a word or two (text unchanged)."""
    words = text.split(" ")
    if len(words) < 6 or rng.random() < 0.5:
        return _e(text)
    at = rng.randrange(1, len(words) - 1)
    if not re.fullmatch(r"[A-Za-z][\w-]{3,}", words[at]):
        return _e(text)
    word = words[at]
    wrapped = (f'<a href="/tag/{_attr(word.lower())}">{_e(word)}</a>' if rng.random() < 0.6
               else f"<em>{_e(word)}</em>")
    return " ".join(_e(w) for w in words[:at]) + " " + wrapped + " " + " ".join(_e(w) for w in words[at + 1:])


def _dateline_strong(rng: random.Random, first: str, dateline_len: int) -> str:
    """The first paragraph with its dateline in bold, when it has one."""
    if dateline_len and rng.random() < 0.7:
        head, rest = first[:dateline_len].rstrip(), first[dateline_len:]
        return f"<strong>{_e(head)}</strong> {_e(rest)}"
    return _e(first)


def _meta_date(parts: PageParts) -> str | None:
    if not parts.published:
        return None
    if "T" not in parts.published:
        return parts.published
    return parts.published + ":00" + TZ_OFFSETS.get(parts.timezone, "+07:00")


def _head(rng: random.Random, parts: PageParts, jsonld: dict | None = None, og: bool = True) -> str:
    url = f"https://{parts.domain}/{parts.section.lower().replace(' ', '-')}/{parts.slug}"
    lines = ['<meta charset="utf-8">', '<meta name="viewport" content="width=device-width, initial-scale=1">',
             f"<title>{_e(parts.title)} - {_e(parts.outlet)}</title>",
             f'<link rel="canonical" href="{_attr(url)}">',
             f'<link rel="stylesheet" href="https://{parts.domain}/assets/css/main.{_hash_class(rng)}.css">']
    if og:
        lines += [f'<meta property="og:title" content="{_attr(parts.title)}">',
                  f'<meta property="og:site_name" content="{_attr(parts.outlet)}">',
                  f'<meta property="og:url" content="{_attr(url)}">', '<meta property="og:type" content="article">']
        if _meta_date(parts):
            lines.append(f'<meta property="article:published_time" content="{_meta_date(parts)}">')
        if parts.authors:
            lines.append(f'<meta name="author" content="{_attr(", ".join(parts.authors))}">')
    if jsonld is not None:
        lines.append('<script type="application/ld+json">' + json.dumps(jsonld, ensure_ascii=False) + "</script>")
    lines += ["<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments)}</script>",
              "<style>.ad-slot{min-height:250px}</style>"]
    return "<head>\n" + "\n".join(lines) + "\n</head>"


def _news_article(parts: PageParts) -> dict:
    record = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": parts.title,
              "publisher": {"@type": "Organization", "name": parts.outlet}}
    if _meta_date(parts):
        record["datePublished"] = _meta_date(parts)
    if parts.authors:
        record["author"] = [{"@type": "Person", "name": name} for name in parts.authors]
    return record


def _nav(parts: PageParts) -> str:
    links = "".join(f'<li><a href="/{_attr(item.lower())}">{_e(item)}</a></li>' for item in parts.nav)
    return f"<div><ul>{links}</ul></div>"


def _junk(parts: PageParts, tag: str = "div") -> str:
    """The lines a page shows above its menu (logo text, counters, a search label), menus aside."""
    nav = parts.nav_line
    return "".join(f"<{tag}>{_e(line)}</{tag}>" for line in parts.header if line != nav)


def _body_with_extras(rng: random.Random, parts: PageParts, paragraph, teaser, ad) -> list[str]:
    """Body paragraphs with teasers (1-3 slots) and ads between them, each rendered by the layout."""
    slots = set(rng.sample(range(1, len(parts.body)), min(len(parts.teasers), len(parts.body) - 1)))
    teasers = iter(parts.teasers)
    out = []
    for index, line in enumerate(parts.body):
        if index in slots:
            out.append(teaser(next(teasers)))
        elif index and parts.ads and rng.random() < 0.2:
            out.append(ad(rng.choice(parts.ads)))
        out.append(paragraph(index, line))
    return out


def _teaser_link(text: str) -> tuple[str, str]:
    """("Baca Juga:", "headline") of a teaser line."""
    label, _, headline = text.partition(":")
    return (label.strip() + ":", headline.strip()) if headline else ("", text)


def _lines(items: list[str], tag: str = "p") -> str:
    return "".join(f"<{tag}>{_e(line)}</{tag}>" for block in items for line in block.split("\n") if line.strip())


def _related(parts: PageParts, outer: str, heading: str = "h3") -> str:
    items = "".join(f'<li><a href="/berita/{index}">{_e(item)}</a></li>' for index, item in enumerate(parts.related))
    return f'{outer}<{heading}>{_e(parts.related_header)}</{heading}><ul>{items}</ul>'


# --- the layouts -------------------------------------------------------------------------------------

def _blog(rng: random.Random, parts: PageParts) -> str:
    dateline_len = parts.dateline_len
    body = _body_with_extras(
        rng, parts,
        lambda i, line: f"<p>{_dateline_strong(rng, line, dateline_len) if i == 0 else _inline(rng, line)}</p>",
        lambda t: "<p><strong>{}</strong> <a href=\"/berita/baca\">{}</a></p>".format(*map(_e, _teaser_link(t))),
        lambda ad: f'<div class="ad-slot"><span>{_e(ad)}</span></div>')
    figure = (f'<figure class="post-thumbnail"><img src="/uploads/{parts.slug}.jpg" alt="{_attr(parts.title)}">'
              f"<figcaption>{_e(parts.caption)}</figcaption></figure>")
    time_tag = "".join(f'<time datetime="{_meta_date(parts) or ""}">{_e(line)}</time>' for line in parts.date_blocks)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="id">', _head(rng, parts),
        '<body class="single single-post">',
        f'<header class="site-header"><div class="site-branding"><a href="/">{_e(parts.outlet)}</a></div>'
        f"{_junk(parts)}{_mega_menu(rng, parts)}</header>",
        '<div id="primary" class="content-area"><main id="main" class="site-main">',
        '<article class="post type-post status-publish">',
        f'<header class="entry-header"><span class="cat-links"><a href="/kategori">{_e(parts.section)}</a></span>'
        f'<h1 class="entry-title">{_e(parts.title)}</h1>'
        + (f'<p class="entry-summary">{_e(parts.deck)}</p>' if parts.deck else "")
        + f'<div class="entry-meta"><span class="byline">{_lines(parts.credits_top, "span")}</span>{time_tag}</div>'
        "</header>",
        figure,
        '<div class="entry-content">', *body, "</div>",
        f'<footer class="entry-footer">{_lines(parts.credits_bottom)}'
        f'<span class="tags-links">{_lines(parts.tag_lines, "span")}</span></footer>',
        "</article>",
        _related(parts, '<section class="related-posts">') + "</section>",
        f'<div class="share-buttons">{_icons(rng, 5)}</div>',
        '<div id="comments" class="comments-area"><h3 class="comment-reply-title">Tinggalkan Balasan</h3></div>',
        "</main></div>",
        f'<aside id="secondary" class="widget-area">{_story_list(rng, parts, "Terbaru", 8)}'
        f'{_story_list(rng, parts, "Populer", 6)}</aside>', _script_blob(rng, rng.randint(15, 40)),
        f'<footer class="site-footer">{_lines(parts.footer)}</footer>',
        "</body></html>"])


def _portal(rng: random.Random, parts: PageParts) -> str:
    dateline_len = parts.dateline_len
    body = _body_with_extras(
        rng, parts,
        lambda i, line: f"<p>{_dateline_strong(rng, line, dateline_len) if i == 0 else _inline(rng, line)}</p>",
        lambda t: '<div class="inline-related"><span>{}</span> <a href="/read/1">{}</a></div>'.format(
            *map(_e, _teaser_link(t))),
        lambda ad: f'<div class="ads ads-inread"><div id="div-ad-{_hash_class(rng)}">{_e(ad)}</div></div>')
    crumbs = f'<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/s">{_e(parts.section)}</a></li></ol>'
    popular = "".join(f"<li><a href=\"/p/{i}\">{_e(item)}</a></li>" for i, item in enumerate(reversed(parts.related)))
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="id">', _head(rng, parts, _news_article(parts), og=rng.random() < 0.7),
        "<body>", '<div class="ads ads-top"><div id="leaderboard"></div></div>',
        f'<header><div class="logo"><a href="/"><img alt="{_attr(parts.outlet)}" src="/logo.svg"></a></div>'
        f"{_junk(parts)}{_mega_menu(rng, parts)}</header>", _script_blob(rng, rng.randint(30, 70)),
        '<div class="container"><div class="row"><div class="col-main">', crumbs,
        '<div class="read-page">',
        f"<h1>{_e(parts.title)}</h1>",
        f'<div class="author-info">{_lines(parts.credits_top, "div")}{_lines(parts.date_blocks, "div")}</div>',
        f'<div class="photo"><img src="/img/{parts.slug}.jpg" alt=""><div class="photo-caption">'
        f"{_e(parts.caption)}</div></div>",
        '<div class="article-content" itemprop="articleBody">', *body, "</div>",
        f'<div class="editor">{_lines(parts.credits_bottom, "span")}</div>',
        f'<div class="tag-list">{_lines(parts.tag_lines, "a")}</div>',
        _related(parts, '<div class="box-related">', "h2") + "</div>",
        '<div class="newsletter-box"><p>Dapatkan berita pilihan setiap pagi di surel Anda.</p></div>',
        "</div></div>",
        f'<aside class="col-side"><div class="most-popular"><h3>Terpopuler</h3><ol>{popular}</ol></div>'
        f'{_story_list(rng, parts, "Video", 6)}{_story_list(rng, parts, "Pilihan Redaksi", 8)}</aside>',
        _story_list(rng, parts, "Berita Lainnya", 12), f'<div class="social">{_icons(rng, 6)}</div>',
        "</div></div>",
        f"<footer>{_lines(parts.footer)}<p>Pedoman Media Siber</p></footer>",
        "<script src=\"/js/app.js\" async></script>",
        "</body></html>"])


def _legacy(rng: random.Random, parts: PageParts) -> str:
    chunks = _body_with_extras(
        rng, parts, lambda i, line: _inline(rng, line),
        lambda t: '<a href="/baca.php?id=1">{}</a>'.format(_e(t)), lambda ad: _e(ad))
    header = "".join(f"<div>{_e(line)}</div>" for line in parts.header)
    return "\n".join([
        '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
        f"<title>{_e(parts.outlet)} :: {_e(parts.title)}</title>",
        f'<meta name="description" content="{_attr(parts.body[0][:150])}">'
        + (f'<meta name="pubdate" content="{_meta_date(parts)}">' if _meta_date(parts) else ""),
        '<script language="javascript" src="/js/menu.js"></script></head>',
        '<body bgcolor="#ffffff"><div id="wrap">', f'<div id="top">{header}</div>',
        f'<div id="menu">{_nav(parts)}</div>',
        '<div id="kiri"><div class="kanal">' + _e(parts.section) + "</div>",
        f'<div class="judul">{_e(parts.title)}</div>',
        f'<div class="tgl"><font size="1" color="#999999">{"<br>".join(map(_e, parts.date_blocks))}</font></div>',
        f'<div class="penulis">{"<br>".join(_e(x) for b in parts.credits_top for x in b.split(chr(10)))}</div>',
        f'<div class="foto"><img src="/foto/{parts.slug}.jpg"><br><i>{_e(parts.caption)}</i></div>',
        '<div class="isi">' + "<br><br>\n".join(chunks) + "</div>",
        '<div class="bawah">' + "<br>".join(_e(x) for b in parts.credits_bottom + parts.tag_lines
                                            for x in b.split("\n")) + "</div>",
        f'<div class="lain"><b>{_e(parts.related_header)}</b><br>'
        + "<br>".join(f'<a href="/baca.php?id={i + 2}">{_e(item)}</a>' for i, item in enumerate(parts.related))
        + "</div></div>",
        '<div id="kanan">' + "<br>".join(f'<a href="/baca.php?id={rng.randrange(10**5)}">{_e(item)}</a>'
                                         for item in parts.others[:10]) + "</div>",
        f'<div id="bawah">{"<br>".join(_e(x) for x in parts.footer)}</div>', _script_blob(rng, rng.randint(3, 10)),
        "</div></body></html>"])


def _hashed(rng: random.Random, parts: PageParts) -> str:
    c = {name: _hash_class(rng) for name in ("wrap", "title", "by", "body", "p", "teaser", "ad", "rel", "card", "foot")}
    dateline_len = parts.dateline_len
    body = _body_with_extras(
        rng, parts,
        lambda i, line: f'<p class="{c["p"]}">'
                        f'{_dateline_strong(rng, line, dateline_len) if i == 0 else _inline(rng, line)}</p>',
        lambda t: f'<div class="{c["teaser"]}"><p class="{c["p"]}">{_e(t)}</p></div>',
        lambda ad: f'<div class="{c["ad"]}"><p>{_e(ad)}</p></div>')
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebSite", "name": parts.outlet, "url": f"https://{parts.domain}/"}, _news_article(parts)]}
    cards = "".join(f'<a class="{c["card"]}" href="/r/{i}"><img src="/t/{i}.webp" alt=""><h4>{_e(item)}</h4></a>'
                    for i, item in enumerate(parts.related))
    authors = "".join(f'<a rel="author" href="/penulis/{i}">{_e(name)}</a>' for i, name in enumerate(parts.authors))
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="id">', _head(rng, parts, graph, og=True),
        f'<body><div id="__app"><div class="{c["wrap"]}">', _junk(parts, "span"), _mega_menu(rng, parts),
        f'<div class="{c["wrap"]}"><span>{_e(parts.section)}</span>',
        f'<h1 class="{c["title"]}">{_e(parts.title)}</h1>',
        (f'<h2 class="{c["title"]}">{_e(parts.deck)}</h2>' if parts.deck else ""),
        f'<div class="{c["by"]}">{authors}<div>{_lines(parts.credits_top, "span")}</div>'
        f'<div>{_lines(parts.date_blocks, "span")}</div></div>',
        f'<div class="{c["wrap"]}"><picture><img src="/i/{parts.slug}.webp" alt=""></picture>'
        f"<span>{_e(parts.caption)}</span></div>",
        f'<div class="{c["body"]}">', *body, "</div>",
        f'<div class="{c["by"]}">{_lines(parts.credits_bottom)}</div>',
        f'<div class="{c["wrap"]}">{_lines(parts.tag_lines, "span")}</div>',
        f'<div class="{c["rel"]}"><h3>{_e(parts.related_header)}</h3>{cards}</div>',
        f'</div></div></div><div class="{c["foot"]}">{_lines(parts.footer)}</div>',
        _story_list(rng, parts, "Baca Lainnya", 10), f'<div class="{c["foot"]}">{_icons(rng, 5)}</div>',
        _page_data(parts), _script_blob(rng, rng.randint(20, 50)),
        "</body></html>"])


def _magazine(rng: random.Random, parts: PageParts) -> str:
    dateline_len = parts.dateline_len
    body = _body_with_extras(
        rng, parts,
        lambda i, line: '<div class="paragraph">'
                        f'{_dateline_strong(rng, line, dateline_len) if i == 0 else _inline(rng, line)}</div>',
        lambda t: f'<div class="paragraph baca-juga">{_e(t)}</div>',
        lambda ad: f'<div class="ad-container"><small>{_e(ad)}</small></div>')
    quoted = [line for line in parts.body[1:] if 60 < len(line) < 240]
    if quoted and len(body) > 4:  # a pull quote repeats one body sentence
        body.insert(len(body) // 2, f'<blockquote class="pullquote">{_e(quoted[0].split(". ")[0])}</blockquote>')
    comments = "".join(f'<li class="comment"><b>Pembaca{n}</b><p>{_e(rng.choice(COMMENTS))}</p></li>'
                       for n in range(rng.randint(1, 4)))
    sitemap = "".join(f"<li><a href=\"/{_attr(item.lower())}\">{_e(item)}</a></li>" for item in parts.nav)
    return "\n".join([
        "<!DOCTYPE html>", '<html lang="id">', _head(rng, parts, _news_article(parts) if rng.random() < 0.5 else None),
        '<body class="layout-feature">', f"<header>{_junk(parts)}{_mega_menu(rng, parts)}</header>",
        '<main><article class="feature">',
        f'<div class="hero"><img src="/hero/{parts.slug}.jpg" alt="">'
        + f'<p class="hero-credit">{_e(parts.caption)}</p></div>',
        f'<div class="kicker">{_e(parts.section)}</div><h1>{_e(parts.title)}</h1>',
        (f'<p class="standfirst">{_e(parts.deck)}</p>' if parts.deck else ""),
        f'<div class="byline"><img class="avatar" src="/a.png" alt="">{_lines(parts.credits_top, "span")}'
        f'{_lines(parts.date_blocks, "span")}</div>',
        '<div class="article-body">', *body, "</div>",
        f'<div class="credits">{_lines(parts.credits_bottom)}{_lines(parts.tag_lines)}</div>',
        "</article>",
        _related(parts, '<section class="more-stories">', "h2") + "</section>",
        f'<section class="comments"><h3>Komentar</h3><ul>{comments}</ul></section>',
        _story_list(rng, parts, "Cerita Lainnya", 9), _script_blob(rng, rng.randint(10, 30)),
        f"</main><footer>{_lines(parts.footer)}<ul class=\"sitemap\">{sitemap}</ul></footer>",
        "</body></html>"])


_RENDERERS = {"blog": _blog, "portal": _portal, "legacy": _legacy, "hashed": _hashed, "magazine": _magazine}


# --- checking: the visible text of a page ------------------------------------------------------------

class _Text(HTMLParser):
    _SKIP = {"script", "style", "head", "title"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = [""]
        self.skip = 0

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self._SKIP:
            self.skip += 1
        elif tag in ("p", "div", "br", "li", "h1", "h2", "h3", "blockquote"):
            self.blocks.append("")

    def handle_endtag(self, tag: str) -> None:
        if tag in self._SKIP:
            self.skip = max(self.skip - 1, 0)
        elif tag in ("p", "div", "li", "h1", "h2", "h3", "blockquote"):
            self.blocks.append("")

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self.blocks[-1] += data


def visible_blocks(page: str) -> list[str]:
    """The page's visible text, one entry per block (whitespace collapsed)."""
    parser = _Text()
    parser.feed(page)
    return [" ".join(block.split()) for block in parser.blocks if block.strip()]
