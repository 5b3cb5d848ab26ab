"""Anchoring: finding a highlight's passage again on another version of the text."""

from __future__ import annotations

import pytest

from desktop.core.anchoring import AnchorStatus, anchor, quote_at

TEXT = (
    'The minister said: "The new Constitution strengthens the rule of law and protects citizens." '
    "Experts agreed. The rule of law was discussed again at the end of the meeting in Astana."
)
PASSAGE = '"The new Constitution strengthens the rule of law and protects citizens."'


def made(text: str, passage: str, occurrence: int = 0):
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(passage, start + 1)
    end = start + len(passage)
    return quote_at(text, start, end), start, end


def placed(text: str, result) -> str:
    assert result.start is not None and result.end is not None
    return text[result.start : result.end]


def test_unchanged_text_anchors_exactly_at_the_stored_position():
    quote, start, end = made(TEXT, PASSAGE)
    result = anchor(TEXT, quote, start, end)
    assert (result.status, result.start, result.end) == (AnchorStatus.EXACT, start, end)


def test_text_inserted_before_the_quote_moves_it_exactly():
    quote, start, end = made(TEXT, PASSAGE)
    edited = "ASTANA, 4 February (Kazinform). " + TEXT
    result = anchor(edited, quote, start, end)
    assert result.status is AnchorStatus.EXACT and placed(edited, result) == PASSAGE


def test_text_deleted_before_the_quote_moves_it_exactly():
    quote, start, end = made(TEXT, PASSAGE)
    edited = TEXT.replace("The minister said: ", "")
    result = anchor(edited, quote, start, end)
    assert result.status is AnchorStatus.EXACT and placed(edited, result) == PASSAGE


def test_stripped_quotation_marks_anchor_fuzzily_on_the_same_words():
    quote, start, end = made(TEXT, PASSAGE)
    stripped = TEXT.replace('"', "")
    result = anchor(stripped, quote, start, end)
    assert result.status is AnchorStatus.FUZZY
    assert placed(stripped, result) == "The new Constitution strengthens the rule of law and protects citizens."


def test_a_small_edit_inside_the_quote_anchors_fuzzily():
    quote, start, end = made(TEXT, PASSAGE)
    edited = TEXT.replace("strengthens", "reinforces")
    result = anchor(edited, quote, start, end)
    assert result.status is AnchorStatus.FUZZY
    assert "reinforces the rule of law and protects citizens" in placed(edited, result)


def test_a_quote_that_occurs_twice_goes_to_the_occurrence_whose_context_fits():
    quote, start, end = made(TEXT, "The rule of law", occurrence=0)
    assert TEXT.count("rule of law") == 2
    moved = "Intro. " + TEXT
    result = anchor(moved, quote, start, end)
    assert result.status is AnchorStatus.EXACT
    assert moved[result.start - 10 : result.start] == "s agreed. "  # the first, after "Experts agreed."


def test_the_second_occurrence_is_kept_when_that_is_the_one_highlighted():
    text = "law and order. Then law and order again, said the judge."
    quote, start, end = made(text, "law and order", occurrence=1)
    result = anchor("Today " + text, quote, start, end)
    assert result.status is AnchorStatus.EXACT and result.start == start + len("Today ")


def test_text_outside_the_basic_multilingual_plane_keeps_code_point_positions():
    text = "Flags 🇰🇿🇷🇺 and emoji 😀 precede 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 words: the passage here."
    quote, start, end = made(text, "the passage here")
    result = anchor("😀😀 " + text, quote, start, end)
    assert result.status is AnchorStatus.EXACT and result.start == start + 3


def test_a_passage_removed_by_an_edit_becomes_an_orphan():
    quote, start, end = made(TEXT, PASSAGE)
    edited = "Experts met in Astana to discuss the budget for next year and the schedule of hearings."
    assert anchor(edited, quote, start, end).status is AnchorStatus.ORPHAN


def test_a_5_mb_version_is_searched_in_windows_not_whole():
    quote, start, end = made(TEXT, PASSAGE)
    filler = "lorem ipsum dolor sit amet " * 200_000
    big = filler + TEXT.replace('"', "") + filler
    result = anchor(big, quote, start, end)
    assert result.status is AnchorStatus.FUZZY and placed(big, result).startswith("The new Constitution")


def test_quote_selector_keeps_32_characters_of_context():
    quote, start, end = made(TEXT, "Experts agreed.")
    assert quote.exact == "Experts agreed."
    assert len(quote.prefix) == len(quote.suffix) == 32
    assert TEXT[start - 32 : start] == quote.prefix
    with pytest.raises(ValueError):
        quote_at(TEXT, 10, 5)


def test_a_repeated_quoted_passage_goes_to_the_matching_occurrence_on_the_stripped_version():
    text = 'First he said "law and order matters" in Astana. Later he said "law and order matters" in Almaty.'
    quote, start, end = made(text, '"law and order matters"', occurrence=1)
    stripped = text.replace('"', "")
    result = anchor(stripped, quote, start, end)
    assert result.status is AnchorStatus.FUZZY
    assert stripped[result.end : result.end + 10] == " in Almaty"
