"""No body text lost at a teaser block or a list: a small corpus of invented articles with teaser blocks and lists of
each shape in the middle (and lists at the end), checked by counting body words in and out.

Every article is built from the same invented body paragraphs with one teaser shape and one list shape put between
them; the cleaned article must hold every body word (list items included) and none of the teaser's words.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter

import pytest

from explainer.ingest.clean import clean_text
from explainer.ingest.textio import normalise

HEADLINE = "Banjir Rendam Tiga Kecamatan di Kota Sawahlunto Baru"
LEAD = ("SAWAHLUNTO BARU, Kabarlembah.id - Banjir merendam tiga kecamatan di Kota Sawahlunto Baru pada Senin pagi "
        "setelah hujan deras turun sejak Minggu malam.")
BODY = [
    "Warga mulai mengungsi ke balai desa sejak pukul enam pagi, kata kepala desa kepada wartawan.",
    "Petugas pemadam kebakaran dikerahkan untuk membantu evakuasi warga lanjut usia dan anak-anak.",
    "Kepala dinas sosial mengatakan bantuan tambahan akan tiba besok siang dari ibu kota provinsi.",
    "Hingga Senin sore, air masih setinggi lutut orang dewasa di sejumlah ruas jalan utama kota itu.",
]
FOOTER = "Tags: banjir, sawahlunto baru\nCopyright © 2024 Kabarlembah.id. All rights reserved."

# Teaser blocks: headlines of other articles, under a header or with a label of their own.
TEASERS = {
    "header-dash-list": "Baca juga:\n- Jembatan Gantung Putus Diterjang Arus Sungai\n- Warga Bergotong Royong Bersihkan Lumpur",
    "header-spaced-list": "Baca Juga:\n\n- Jembatan Gantung Putus Diterjang Arus Sungai\n\n- Warga Bergotong Royong Bersihkan Lumpur",
    "caps-header-bare-list": "BACA JUGA\nJembatan Gantung Putus Diterjang Arus Sungai\nWarga Bergotong Royong Bersihkan Lumpur",
    "related-bullets": "Berita Terkait:\n• Jembatan Gantung Putus Diterjang Arus Sungai\n• Warga Bergotong Royong Bersihkan "
                       "Lumpur\n• Posko Kesehatan Dibuka di Tiga Titik",
    "inline": "Baca juga: Jembatan Gantung Putus Diterjang Arus Sungai",
    "bare-label": "BACA: Jembatan Gantung Putus Diterjang Arus Sungai",
    "video": "Simak! Video Pilihan Redaksi:\nRekaman warga memperlihatkan arus deras menyeret sebuah mobil di jalan "
             "desa yang terendam sejak pagi tadi.",
}
# Lists whose items carry no full stop: body text, every item.
LISTS = {
    "dash-items": "Bantuan yang disalurkan antara lain:\n- beras dan mi instan\n- selimut\n- obat-obatan ringan",
    "bare-items": "Daftar posko pengungsian:\nBalai Desa\nMasjid Raya\nGedung Serbaguna Kecamatan",
    "bullets-no-intro": "• beras dan mi instan untuk dua ratus keluarga\n• selimut dan tikar\n• air bersih",
    "numbered": "Petugas meminta warga:\n1) mematikan listrik rumah\n2) mengungsi bersama tetangga\n3) menjauhi sungai",
}


def _words(text: str) -> Counter[str]:
    return Counter(re.findall(r"\w+", text.lower()))


def _article(teaser: str, listing: str, list_last: bool) -> tuple[str, str]:
    """(raw text, the body as written) of one invented article."""
    middle = [BODY[0], TEASERS[teaser], BODY[1]]
    body = [LEAD, *middle, BODY[2], BODY[3]]
    if list_last:
        body.append(LISTS[listing])
    else:
        body.insert(4, LISTS[listing])
    raw = "\n\n".join([HEADLINE, *body, FOOTER]) + "\n"
    written = "\n".join(part for part in body if part != TEASERS[teaser])
    return raw, written.replace("SAWAHLUNTO BARU, Kabarlembah.id - ", "")


CASES = list(itertools.product(TEASERS, LISTS, (False, True)))


@pytest.mark.parametrize(("teaser", "listing", "list_last"), CASES,
                         ids=[f"{t}-{li}-{'end' if last else 'middle'}" for t, li, last in CASES])
def test_body_words_in_are_body_words_out(teaser: str, listing: str, list_last: bool) -> None:
    raw, written = _article(teaser, listing, list_last)
    article = clean_text(normalise(raw), "banjir.txt")
    kept = _words("\n".join(block.text for block in article.blocks))
    want = _words(written)
    assert kept == want, (kept - want, want - kept)
    assert article.title == HEADLINE and article.warnings == []


def test_a_teaser_block_at_the_end_still_ends_the_body() -> None:
    raw = "\n\n".join([HEADLINE, LEAD, BODY[0], "Baca juga:\n- Jembatan Gantung Putus Diterjang Arus Sungai\n"
                       "- Warga Bergotong Royong Bersihkan Lumpur", FOOTER])
    article = clean_text(normalise(raw), "banjir.txt")
    assert [block.text for block in article.blocks][1:] == [BODY[0]]


def test_a_related_list_with_blurbs_is_no_body() -> None:
    related = "\n".join(["Berita Pilihan", "Jembatan Gantung Putus Diterjang Arus Sungai",
                         "Arus deras memutus satu-satunya akses warga ke pasar kecamatan.",
                         "Warga Bergotong Royong Bersihkan Lumpur",
                         "Ratusan warga turun ke jalan membersihkan sisa lumpur di permukiman."])
    article = clean_text(normalise("\n\n".join([HEADLINE, LEAD, BODY[0], related])), "banjir.txt")
    assert [block.text for block in article.blocks][1:] == [BODY[0]]


def test_body_text_after_a_footer_line_is_a_warning_naming_the_line() -> None:
    raw = "\n\n".join([HEADLINE, LEAD, "Tags: banjir, sawahlunto baru", BODY[0], BODY[1]])
    article = clean_text(normalise(raw), "banjir.txt")
    assert len(article.blocks) == 1
    assert article.warnings == [f'line 7: text that reads as the article\'s follows the footer line 5 ("Tags: '
                                f'banjir, sawahlunto baru") and was left out: "{BODY[0][:60]}…"']


def test_a_stray_headline_run_before_the_footer_is_dropped_but_a_list_there_is_kept() -> None:
    stray = "Jembatan Gantung Putus Diterjang Arus Sungai\nWarga Bergotong Royong Bersihkan Lumpur"
    article = clean_text(normalise("\n\n".join([HEADLINE, LEAD, BODY[0], stray, FOOTER])), "banjir.txt")
    assert [block.text for block in article.blocks][1:] == [BODY[0]]
    listed = "Posko yang dibuka:\nBalai Desa\nMasjid Raya"
    article = clean_text(normalise("\n\n".join([HEADLINE, LEAD, BODY[0], listed, FOOTER])), "banjir.txt")
    assert [block.text for block in article.blocks][1:] == [BODY[0], "Posko yang dibuka:", "Balai Desa",
                                                            "Masjid Raya"]
