"""Saved web pages: each layout problem of real pages reproduced in a small page, and what the reader makes of it."""

from __future__ import annotations

from explainer.ingest import chooser
from explainer.ingest.load import read_article
from explainer.ingest.pagetext import blocks, content_box, drop_non_article
from explainer.ingest.pagetree import parse, text_of
from explainer.model import Article, Block

LEAD = ("JAKARTA, Kabar.id - Pemerintah kota mengumumkan rencana perbaikan jalan di tiga kecamatan mulai pekan "
        "depan, dengan anggaran yang disetujui dewan pada sidang terakhir.")
SECOND = ("Kepala dinas menyebut pekerjaan akan dilakukan pada malam hari agar lalu lintas tidak terganggu, dan "
          "warga diminta memperhatikan rambu sementara di lokasi.")
THIRD = ("Dewan kota meminta laporan kemajuan setiap bulan, termasuk rincian biaya dan jadwal yang harus dipenuhi "
         "oleh kontraktor pelaksana.")


def tree(markup: str):
    return parse(markup).root


def article_from_blocks(texts: list[str]) -> Article:
    return Article("a", "a.html", "Judul", None, None, None, [], [], [Block("p", text) for text in texts])


def page(body: str, head: str = "") -> bytes:
    return (f"<!doctype html><html><head><title>Jalan Kota Diperbaiki Mulai Pekan Depan - Kabar.id</title>{head}"
            f"</head><body>{body}</body></html>").encode()


def read(body: str, head: str = "", name: str = "halaman.html"):
    article, rejected, _ = read_article(name, page(body, head))
    assert rejected is None, rejected
    return article


def test_wrapper_with_sidebar_in_its_class_is_kept() -> None:
    markup = (f'<div class="content-with-sidebar-wrp"><h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1>'
              f'<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></div><div class="sidebar"><p>Terpopuler hari ini</p></div>')
    soup = tree(markup)
    drop_non_article(soup)
    text = text_of(soup, " ")
    assert SECOND in " ".join(text.split()) and "Terpopuler" not in text


def test_class_fragment_inside_a_word_or_a_wrapper_holding_the_article_is_kept() -> None:
    markup = (f'<div class="widget Blog"><div class="Page-ad-margins"><p>{LEAD}</p><p>{SECOND}</p>'
              f'<p>{THIRD}</p></div></div><div class="widget"><p>Arsip blog</p></div>')
    soup = tree(markup)
    drop_non_article(soup)
    text = " ".join(text_of(soup, " ").split())
    assert THIRD in text and "Arsip blog" not in text


def test_form_around_the_whole_page_does_not_empty_it() -> None:
    article = read(f'<form id="aspnetForm"><h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1>'
                   f'<p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></form>')
    assert article.paragraphs[-2:] == [SECOND, THIRD]


def test_br_runs_become_paragraphs() -> None:
    article = read(f'<h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1><div class="isi">{LEAD}<br><br>{SECOND}'
                   f'<br /><br />{THIRD}</div>')
    assert article.paragraphs == [LEAD.split(" - ", 1)[1], SECOND, THIRD]


def test_text_outside_p_is_read_in_order() -> None:
    found, _ = blocks(tree(f'<div class="read-text">{LEAD}<p>{SECOND}</p>{THIRD}<b> Lanjutan.</b></div>'))
    assert found == [[LEAD], [SECOND], [THIRD + " Lanjutan."]]


def test_box_chooser_counts_text_outside_p_and_not_link_lists() -> None:
    links = "".join(f'<a href="/{n}">Judul berita lain yang sangat panjang nomor {n} di sini</a><br>' for n in range(8))
    soup = tree(f'<div id="footer-links">{links}</div><div id="main-text">{LEAD}<br><br>{SECOND}</div>')
    assert content_box(soup).get("id") == "main-text"


def test_deeply_nested_page_is_read() -> None:
    article = read("<div>" * 3000 + f"<p>{SECOND}</p>" + "</div>" * 3000)
    assert article.paragraphs == [SECOND]


def test_visible_byline_beats_a_corporate_meta_author() -> None:
    article = read(f'<h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1><div class="read__credit">Penulis : Nabila '
                   f'Tasha</div><div class="isi"><p>{LEAD}</p><p>{SECOND}</p></div>',
                   head='<meta name="author" content="Kabar Cyber Media">')
    assert article.authors == ["Nabila Tasha"]


def test_corporate_meta_author_alone_is_not_an_author() -> None:
    article = read(f'<h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1><p>{LEAD}</p><p>{SECOND}</p>',
                   head='<meta name="author" content="PT. Kabar Media Baru">')
    assert article.authors == []


def test_visible_date_line_outside_the_box_is_the_publication_date() -> None:
    article = read(f'<h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1><div class="date">Selasa, 16 Februari 2016 | '
                   f'14:38 WIB</div><div class="isi"><p>{LEAD}</p><p>{SECOND}</p></div>',
                   head='<meta property="article:modified_time" content="2016-02-20T10:00:00+07:00">')
    assert article.published == "2016-02-16T14:38"


def test_itemprop_date_published_and_slashed_stamps() -> None:
    article = read(f'<h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1><span itemprop="datePublished">2022/12/10 '
                   f'13:19:56</span><p>{LEAD}</p><p>{SECOND}</p>')
    assert article.published == "2022-12-10T13:19"


def test_json_ld_date_and_time_element() -> None:
    json_ld = '<script type="application/ld+json">{"@type": "NewsArticle", "datePublished": "2021-03-04T05:06:07Z"}</script>'
    assert read(f"<p>{LEAD}</p><p>{SECOND}</p>", head=json_ld).published == "2021-03-04T05:06"
    timed = read(f'<time datetime="2020-01-02T08:09:00+07:00">2 Jan</time><p>{LEAD}</p><p>{SECOND}</p>')
    assert timed.published == "2020-01-02T08:09"


def test_outlet_is_the_site_name_not_a_section() -> None:
    article = read(f"<h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1><p>{LEAD}</p><p>{SECOND}</p>",
                   head='<meta property="og:site_name" content="sepakbola">'
                        '<meta name="application-name" content="Kabar Kota">')
    assert article.outlet == "Kabar Kota"


def test_title_is_the_visible_headline_confirmed_by_the_meta_title() -> None:
    article = read(f"<h1>Bola</h1><h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1><p>{LEAD}</p><p>{SECOND}</p>")
    assert article.title == "Jalan Kota Diperbaiki Mulai Pekan Depan"


def test_site_name_is_cut_from_a_meta_title() -> None:
    article = read(f"<p>{LEAD}</p><p>{SECOND}</p>")
    assert article.title == "Jalan Kota Diperbaiki Mulai Pekan Depan"


def test_japanese_text_counts_as_prose() -> None:
    sentence = "先日、不正に改造した電話を販売したとして、商標法違反の疑いで男性が逮捕されました。"
    article = read(f"<h1>商標法違反の事件について</h1><p>{sentence}</p><p>{sentence}もう一度。</p>")
    assert article.paragraphs == [sentence, sentence + "もう一度。"]


def test_prose_mass_prefers_paragraphs_over_a_related_list() -> None:
    related = article_from_blocks([f"Judul berita terkait nomor {n} tentang jalan kota" for n in range(10)])
    body = article_from_blocks([LEAD, SECOND])
    assert chooser.prose_mass(related) == 0 and chooser.prose_mass(body) == len(LEAD) + len(SECOND)
    readings = [(chooser.Reading("trafilatura", ""), related), (chooser.Reading("own", ""), body)]
    assert chooser.choose(readings)[0].name == "own"


def test_skipped_lead_is_taken_back_from_the_other_reading() -> None:
    chosen = article_from_blocks([SECOND, THIRD])
    other = article_from_blocks(["Menu", LEAD, SECOND, THIRD])
    assert chooser.recover_lead(chosen, other) == [LEAD]


def test_page_that_breaks_the_reader_is_read_as_text_with_a_warning(monkeypatch) -> None:
    from explainer.ingest import htmlpage

    def broken(markup: str):
        raise RecursionError("too deep")

    monkeypatch.setattr(htmlpage, "_read_html", broken)
    article, rejected, notes = read_article("rusak.html", page(f"<h1>Jalan Kota Diperbaiki</h1><p>{SECOND}</p>"))
    assert rejected is None and SECOND in article.paragraphs
    assert any("not readable as HTML" in note for note in notes)


def test_missing_title_warning_is_logged_with_the_article() -> None:
    _, _, notes = read_article("tanpa-judul.txt", f"{SECOND}\n\n{THIRD}\n".encode())
    assert any("no title found" in note for note in notes)


def test_outlet_from_the_dateline_beats_the_host_name_and_site_names_read_as_words() -> None:
    article = read(f"<h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1><p>{LEAD}</p><p>{SECOND}</p>",
                   head='<meta property="og:site_name" content="https://www.facebook.com/Kabar.id">'
                        '<meta property="og:url" content="https://www.kabar.id/berita/1">')
    assert article.outlet == "Kabar.id"
    spaced = read(f"<p>{SECOND}</p><p>{THIRD}</p>", head='<meta property="og:site_name" content="Kabar_Kota">')
    assert spaced.outlet == "Kabar Kota"


def test_post_wrapper_with_tag_and_category_classes_is_kept() -> None:
    markup = (f'<div class="tag-banjir category-berita"><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p></div>'
              f'<div class="l-sidebar-fixed l-article-body-segment"><p>{THIRD} Tambahan.</p></div>'
              f'<div class="tag-list"><a href="/t/banjir">banjir</a></div>')
    soup = tree(markup)
    drop_non_article(soup)
    text = " ".join(text_of(soup, " ").split())
    assert SECOND in text and "Tambahan." in text
    assert soup.find_class("tag-list") == []  # a real tag box still goes


def test_json_ld_person_is_an_author_and_an_organisation_is_not() -> None:
    def json_ld(author: str) -> str:
        return f'<script type="application/ld+json">{{"@type": "NewsArticle", "author": {author}}}</script>'

    person = read(f"<p>{LEAD}</p><p>{SECOND}</p>", head=json_ld('[{"@type": "Person", "name": "Sari Dewi"}]'))
    assert person.authors == ["Sari Dewi"]
    company = read(f"<p>{LEAD}</p><p>{SECOND}</p>", head=json_ld('{"@type": "Organization", "name": "Kabar Kota"}'))
    assert company.authors == []


def test_page_deeper_than_libxml2_reads_is_parsed_in_full_without_trafilatura() -> None:
    shallow = parse(page("<div>" * 100 + f"<p>{SECOND}</p>" + "</div>" * 100).decode())
    assert shallow.tree is not None and SECOND in text_of(shallow.root)
    deep = parse(page("<div>" * 300 + f"<p>{SECOND}</p>" + "</div>" * 300 + "<p>Sesudahnya.</p>").decode())
    assert deep.tree is None  # libxml2 would drop everything from the 255th level on
    assert SECOND in text_of(deep.root) and "Sesudahnya." in text_of(deep.root)


def test_metadata_after_a_deep_nest_is_still_read() -> None:
    article = read("<div>" * 300 + f"<p>{LEAD}</p><p>{SECOND}</p>" + "</div>" * 300
                   + '<time datetime="2024-03-05T10:15:00+07:00">5 Maret 2024</time>')
    assert article.paragraphs == [LEAD.split(" - ", 1)[1], SECOND] and article.published == "2024-03-05T10:15"


def test_standard_library_tree_builder_closes_like_bs4() -> None:
    from explainer.ingest.pagetree import parse_unlimited

    built = parse_unlimited('<div class="a"><p>satu<br>dua</span></p>tiga<img src=x>empat<b"x>!</b"x></div>lima')
    div = built.root[0]
    assert div.get("class") == "a" and [child.tag for child in div] == ["p", "img", "span"]  # "b\"x": no name
    assert div[0].tail == "tiga" and div[1].tail == "empat" and div.tail == "lima"  # </span> closed nothing
    assert text_of(built.root) == "satuduatigaempat!lima"


def test_trafilatura_reads_the_tree_as_it_reads_the_markup_and_leaves_it_unchanged() -> None:
    import trafilatura
    from lxml.html import tostring

    markup = page(f'<nav><a href="/">Beranda</a></nav><article><h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1>'
                  f'<p>{LEAD}</p><h2>Jadwal pekerjaan</h2><p>{SECOND}</p><p>{THIRD}</p></article>').decode()
    tree = parse(markup).tree
    before = tostring(tree)
    options = {"include_comments": False, "include_tables": True}
    from_tree = trafilatura.bare_extraction(tree, **options)
    assert tostring(tree) == before
    assert from_tree.text == trafilatura.bare_extraction(markup, **options).text and SECOND in from_tree.text


def test_trafilatura_metadata_matches_its_extract_metadata_without_the_unused_fields() -> None:
    from trafilatura.metadata import extract_metadata

    from explainer.ingest.trafila import read_with_trafilatura

    markup = page(f'<h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1><p class="byline">Sari Dewi</p>'
                  f'<p>Selasa, 5 Maret 2024</p><p>{LEAD}</p><p>{SECOND}</p><p>{THIRD}</p>',
                  head='<meta property="og:site_name" content="kabar kota">'
                       '<link rel="canonical" href="https://www.kabar.id/berita/jalan-kota">'
                       '<meta name="author" content="Sari Dewi">').decode()
    tree = parse(markup).tree
    reading = read_with_trafilatura(tree)
    full = extract_metadata(tree, None, None, False)
    assert (reading.title, reading.sitename, reading.hostname, reading.url, reading.author(), reading.date()) == \
        (full.title, full.sitename, full.hostname, full.url, full.author, full.date)
    assert reading.sitename == "Kabar Kota" and reading.url == "https://www.kabar.id/berita/jalan-kota"


def test_extractor_fallbacks_are_asked_only_when_the_page_gives_nothing() -> None:
    from explainer.ingest.pagemeta import PageFacts, page_authors, page_published

    def unused() -> str:
        raise AssertionError("fallback asked although the page has the field")

    dated = PageFacts(times=["2024-03-05T10:15:00+07:00"])
    assert page_published(dated, [], unused) == ("2024-03-05T10:15", [])
    assert page_published(PageFacts(), [], lambda: "2024-03-01") == ("2024-03-01", [])
    assert page_authors(PageFacts(metas={"author": "Sari Dewi"}), [], unused) == ["Sari Dewi"]
    assert page_authors(PageFacts(), [], lambda: "Budi Santoso") == ["Budi Santoso"]


def test_other_reading_is_cleaned_only_when_it_could_change_the_outcome() -> None:
    preferred = article_from_blocks([LEAD, SECOND, THIRD])
    assert not chooser.other_may_count(preferred, f"Menu\n\n{SECOND}\n\n{THIRD}")  # less text, nothing above
    assert chooser.other_may_count(preferred, "\n\n".join([LEAD, SECOND, THIRD] * 2))  # could outweigh it
    skipped_lead = article_from_blocks([SECOND, THIRD, THIRD + " Lagi."])
    assert chooser.other_may_count(skipped_lead, f"{LEAD}\n\n{SECOND}")  # a prose line above its first one


def test_html_reader_hands_back_the_article_the_cleaner_makes_of_its_text() -> None:
    from explainer.ingest.clean import clean_text
    from explainer.ingest.htmlpage import read_html

    text, hints, article = read_html(page(f"<h1>Jalan Kota Diperbaiki Mulai Pekan Depan</h1><p>{LEAD}</p>"
                                          f"<p>{SECOND}</p><p>{THIRD}\u00a0</p>").decode(), "jalan.html")
    assert article is not None and article == clean_text(text, "jalan.html", hints)
    assert article.paragraphs == [LEAD.split(" - ", 1)[1], SECOND, THIRD]
