"""Sentences for aligning inside paragraphs: cut at sentence ends, not at abbreviations."""

from __future__ import annotations

from desktop.core.sentences import sentence_spans, sentences


def test_sentence_ends_are_cut():
    assert sentences("It was signed. The deal is worth $108 million! Will it last? Yes.") == [
        "It was signed.",
        "The deal is worth $108 million!",
        "Will it last?",
        "Yes.",
    ]


def test_glued_sentences_of_scraped_bodies_are_cut():
    assert sentences("digital services.The largest deal") == ["digital services.", "The largest deal"]


def test_abbreviations_and_initials_do_not_end_a_sentence():
    assert sentences("Президент Қ. Тоқаев т.е. глава государства приехал в 2025 г. в Астану. Он выступил.") == [
        "Президент Қ. Тоқаев т.е. глава государства приехал в 2025 г. в Астану.",
        "Он выступил.",
    ]
    assert sentences("Mr. Smith met Dr. Jones.") == ["Mr. Smith met Dr. Jones."]


def test_quotes_and_dashes_start_sentences():
    assert sentences("«Бұл маңызды», – деді ол. — Да, — ответил он.") == ["«Бұл маңызды», – деді ол.", "— Да, — ответил он."]


def test_spans_point_into_the_text():
    text = "  One.  Two.  "
    assert [text[a:b] for a, b in sentence_spans(text)] == ["One.", "Two."]
