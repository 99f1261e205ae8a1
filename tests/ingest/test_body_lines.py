"""Body lines the cleaner used to drop without a word: hand-formatted lines ("# …", "***", text above "==="),
and quoted speech without a final period, in the middle of the body or as its last line."""

from __future__ import annotations

import pytest

from explainer.ingest.clean import clean_text
from explainer.ingest.textio import normalise

HEAD = ("Putin dan Kim Bertemu di Vladivostok untuk Membahas Kerja Sama\n\n"
        "VLADIVOSTOK, Kabar.id - Presiden Rusia Vladimir Putin menerima pemimpin Korea Utara di kosmodrom pada Rabu.")
PROSE = "Putin mengatakan Rusia akan membantu Korea Utara membangun satelit."
CASES = {
    "# Judul": ["# Judul"],
    "***": ["***"],
    "Pertemuan itu disebut bersejarah oleh media pemerintah kedua negara\n===":
        ["Pertemuan itu disebut bersejarah oleh media pemerintah kedua negara", "==="],
    '"Kami siap bekerja sama dalam segala bidang," kata Putin':
        ['"Kami siap bekerja sama dalam segala bidang," kata Putin'],
}


@pytest.mark.parametrize("lines", list(CASES), ids=list(CASES))
@pytest.mark.parametrize("last", [False, True], ids=["middle", "last"])
def test_line_is_kept_where_it_stands(lines: str, last: bool) -> None:
    parts = [HEAD, PROSE, lines] if last else [HEAD, lines, PROSE]
    article = clean_text(normalise("\n\n".join(parts) + "\n"), "a.txt")
    texts = [block.text for block in article.blocks]
    expected = [PROSE] + CASES[lines] if last else CASES[lines] + [PROSE]
    assert texts[1:] == expected
