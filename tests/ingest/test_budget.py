"""The size budget: counted in characters, so the output is the same on every machine; what is over it is cut
with a note, overlong paragraphs are split at sentence ends without losing a word, long fields are shortened."""

from __future__ import annotations

from explainer.ingest import budget
from explainer.ingest.budget import MAX_BLOCK_CHARS, MAX_FIELD_CHARS, cut_text, shorten, within_budget
from explainer.ingest.load import read_article
from explainer.model import Article, Block

SENTENCE = "Wali kota meninjau saluran air di kelurahan itu bersama warga pada Senin pagi. "


def _article(blocks: list[Block], **fields: object) -> Article:
    values = {"id": "a", "source_file": "a.txt", "title": "Judul", "outlet": None, "url": None, "published": None,
              "authors": [], "editors": [], "blocks": blocks}
    values.update(fields)
    return Article(**values)


def test_text_within_the_budget_is_left_alone() -> None:
    assert cut_text("satu\ndua", 100, "text") == ("satu\ndua", None)
    article = _article([Block("p", SENTENCE.strip())])
    assert within_budget(article) == (article, [])


def test_text_over_the_budget_is_cut_at_a_line_break_with_a_note() -> None:
    text = "\n".join(f"baris nomor {i:04d}" for i in range(100))  # 16 characters a line, 1,699 in all
    kept, note = cut_text(text, 1000, "text")
    assert kept == "\n".join(f"baris nomor {i:04d}" for i in range(58)) + "\n"
    assert note == f"text longer than 1,000 characters: the last {len(text) - len(kept):,} characters are not read " \
                   "(size budget)"


def test_a_long_paragraph_is_split_at_sentence_ends_and_loses_no_word() -> None:
    long = SENTENCE * 400  # 31,600 characters, one paragraph
    article, notes = within_budget(_article([Block("h", "Sub"), Block("p", long.strip()), Block("p", "Akhir.")]))
    pieces = [block.text for block in article.blocks[1:-1]]
    assert all(len(piece) <= MAX_BLOCK_CHARS and piece.endswith("pagi.") for piece in pieces)
    assert " ".join(pieces) == long.strip() and len(pieces) == 4
    assert [block.kind for block in article.blocks] == ["h", "p", "p", "p", "p", "p"]
    assert notes == ["a paragraph longer than 10,000 characters (the longest 31,599) split at sentence ends "
                     "(size budget)"]


def test_a_paragraph_without_sentence_ends_is_split_at_spaces_or_anywhere() -> None:
    words = "kata " * 5000
    article, _ = within_budget(_article([Block("p", words.strip())]))
    assert " ".join(block.text for block in article.blocks) == words.strip()
    blob = "x" * 25_000
    article, _ = within_budget(_article([Block("p", blob)]))
    assert [len(block.text) for block in article.blocks] == [10_000, 10_000, 5_000]


def test_the_body_is_cut_to_the_budget(monkeypatch) -> None:
    monkeypatch.setattr(budget, "MAX_TEXT_CHARS", 200)
    blocks = [Block("p", SENTENCE.strip()) for _ in range(5)]  # 78 characters each
    article, notes = within_budget(_article(blocks))
    assert [block.text for block in article.blocks] == [SENTENCE.strip()] * 2 + [
        "Wali kota meninjau saluran air di kelurahan"]
    assert notes == ["text longer than 200 characters: the last 191 characters are not read (size budget)"]


def test_long_fields_are_shortened_and_a_long_url_dropped() -> None:
    title = "Judul " * 200
    article, notes = within_budget(_article([Block("p", "Isi.")], title=title, authors=["Nama " * 200, "Rina"],
                                            url="https://contoh.id/" + "a" * 3000))
    assert len(article.title) <= MAX_FIELD_CHARS and article.title.endswith("Judul…")
    assert article.authors[1] == "Rina" and len(article.authors[0]) <= MAX_FIELD_CHARS and article.url is None
    assert notes == [f"title longer than {MAX_FIELD_CHARS} characters: shortened (size budget)",
                     f"a name in authors longer than {MAX_FIELD_CHARS} characters: shortened (size budget)",
                     "url longer than 2,000 characters: not kept (size budget)"]
    assert shorten("satu dua tiga", 9) == "satu dua…"


def test_a_file_of_one_long_line_is_read_within_the_budget() -> None:
    line = SENTENCE * 20_000  # 1.6 million characters, no line break
    article, rejected, notes = read_article("satu-baris.txt", line.encode())
    assert rejected is None
    assert sum(len(block.text) for block in article.blocks) <= 1_000_000
    assert max(len(block.text) for block in article.blocks) <= MAX_BLOCK_CHARS
    left = len(line.rstrip()) - (line.rfind(" ", 0, 1_000_000) + 1)  # cut after the last space before the limit
    assert notes[0] == f"text longer than 1,000,000 characters: the last {left:,} characters are not read (size budget)"
    assert any(note.startswith("a paragraph longer than 10,000 characters") for note in notes)
