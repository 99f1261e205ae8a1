"""Sentence spans: a run of text without a sentence end is cut into bounded pieces, so steps that read a whole
sentence per date, name or quote stay linear in the article."""

from __future__ import annotations

from explainer.extract.sentences import MAX_SENTENCE_CHARS, sentence_spans, split_sentences


def test_ordinary_sentences_are_unchanged() -> None:
    text = "Wali kota datang pada Senin. Ia meninjau saluran air. \"Kami siap,\" katanya."
    assert split_sentences(text) == ["Wali kota datang pada Senin.", "Ia meninjau saluran air.",
                                     "\"Kami siap,\" katanya."]


def test_a_run_without_sentence_ends_is_cut_at_spaces_into_bounded_pieces() -> None:
    words = " ".join(f"kata{i}" for i in range(2000))  # about 15,000 characters, no period
    spans = sentence_spans(words)
    assert all(end - start <= MAX_SENTENCE_CHARS for start, end in spans)
    assert " ".join(words[start:end] for start, end in spans) == words  # nothing lost, cut between words
    assert len(spans) == 17
    assert sentence_spans("x" * 2500) == [(0, 1000), (1000, 2000), (2000, 2500)]
