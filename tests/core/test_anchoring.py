"""Anchoring: finding a highlight's passage again on another version of the text."""

from __future__ import annotations

import random
import re
from pathlib import Path

import pytest

from desktop.core.anchoring import AnchorStatus, anchor, quote_at
from desktop.core.dumps import parse_dump

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


def test_a_stored_position_holding_another_instance_of_the_word_is_not_taken_for_exact():
    text = "The court read the law aloud. Later the judges said that the law and its spirit must agree."
    first, second = text.index("law"), text.index("law", text.index("law") + 1)
    quote, start, end = made(text, "law", occurrence=1)
    edited = "x" * (second - first) + text  # the old position now holds the first "law"
    assert edited[start:end] == "law"
    result = anchor(edited, quote, start, end)
    assert (result.status, result.start) == (AnchorStatus.EXACT, second + (second - first))


@pytest.mark.parametrize(
    ("passage", "elsewhere"),
    [
        ("main right and", "The law protects human rights and freedoms of every person in the country."),
        ("of the Constitution", "Deputies discussed the draft new Constitution at length in the chamber."),
    ],
)
def test_a_deleted_passage_is_an_orphan_not_a_similar_passage_cut_mid_word(passage: str, elsewhere: str):
    sentence = (
        f"Voting is the {passage} duty of each citizen, said the speaker. "
        if passage.startswith("main")
        else (f"The preamble {passage} of Kazakhstan was read out by the speaker. ")
    )
    text = "The session opened in the morning. " + sentence + elsewhere
    quote, start, end = made(text, passage)
    edited = text.replace(sentence, "")
    assert anchor(edited, quote, start, end).status is AnchorStatus.ORPHAN


def test_a_short_word_whose_passage_was_deleted_is_an_orphan_not_another_instance():
    text = "The minister spoke about the budget. The deputies then spoke about the law on education in detail."
    quote, start, end = made(text, "the", occurrence=2)  # "about the law"
    edited = text.replace(" The deputies then spoke about the law on education in detail.", "")
    assert anchor(edited, quote, start, end).status is AnchorStatus.ORPHAN


def _articles(samples_dir: Path) -> dict[str, list[str]]:
    """Each article's distinct texts, by title: the material of the randomised edits."""
    by_title: dict[str, list[str]] = {}
    for path in sorted(samples_dir.glob("*.txt")):
        for article in parse_dump(path.read_text(encoding="utf-8")).articles:
            texts = by_title.setdefault(article.title, [])
            if article.text not in texts:
                texts.append(article.text)
    return by_title


_WORD = re.compile(r"\w+")
_SHORT_WORDS = {"the", "of", "and", "in", "to", "a"}


def _randomised_case(
    rng: random.Random, kind: str, by_title: dict[str, list[str]]
) -> tuple[str, int, int, str, tuple[int, int] | None]:
    """(text, quote start, quote end, edited text, where the quote is now or None if it is gone)."""
    title = rng.choice(sorted(by_title))
    text = rng.choice(by_title[title])
    words = list(_WORD.finditer(text))
    if kind == "repeated short word":
        word = rng.choice([w for w in words if w.group().lower() in _SHORT_WORDS])
        start, end = word.start(), word.end()
    else:
        first = rng.randrange(len(words))
        last = min(len(words) - 1, first + rng.choice([0, 0, 1, 2, 3, 5, 9]))
        start, end = words[first].start(), words[last].end()
    # Inserted material comes from other articles: an editor adds new text, not a copy of the passage.
    others = [s for t in sorted(by_title) if t != title for s in re.split(r"(?<=[.!?])\s*", by_title[t][0]) if len(s) > 20]
    if kind in ("insertion before", "repeated short word"):
        where = rng.choice(["text start", "sentence start", "next to the quote", "some words before"])
        inserted = rng.choice(others) + " "
        if where == "text start":
            at = 0
        elif where == "sentence start":
            at = max(text.rfind(".", 0, start) + 1, 0)
        elif where == "next to the quote":
            at, inserted = start, rng.choice(["very ", "Kazakh ", "new and improved ", "(Kazinform) "])
        else:
            at = rng.choice([w.start() for w in words if w.start() <= start])
            inserted = rng.choice(others)[: rng.randint(3, 40)] + " "
        if where == "next to the quote" and text[start:end].casefold() in inserted.casefold():
            inserted = "(Kazinform) "  # a copy of the quote itself right beside it would be ambiguous
        edited = text[:at] + inserted + text[at:]
        return text, start, end, edited, (start + len(inserted), end + len(inserted))
    if kind == "deletion of the sentence":
        sentence_start = max(text.rfind(".", 0, start) + 1, 0)
        stop = text.find(".", end)
        return text, start, end, text[:sentence_start] + text[len(text) if stop == -1 else stop + 1 :], None
    return text, start, end, text[:start] + text[end:], None  # deletion of the quote


def _starts_and_ends_on_words(text: str, start: int, end: int) -> bool:
    return (start == 0 or not (text[start - 1].isalnum() and text[start].isalnum())) and (
        end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum())
    )


@pytest.mark.parametrize(
    ("kind", "least_found"),
    [("insertion before", 0.97), ("repeated short word", 0.9), ("deletion of the sentence", 0.0), ("deletion of the quote", 0.0)],
)
def test_randomised_edits_give_no_wrong_placement(samples_dir: Path, kind: str, least_found: float):
    by_title = _articles(samples_dir)
    rng = random.Random(21)
    wrong, found, cases = [], 0, 0
    for _ in range(400):
        text, start, end, edited, truth = _randomised_case(rng, kind, by_title)
        quote = quote_at(text, start, end)
        if truth is None and len(quote.exact) >= 8 and quote.exact in edited:
            continue  # the same words are still elsewhere: not a deleted passage
        cases += 1
        result = anchor(edited, quote, start, end)
        if not result.found:
            continue
        found += 1
        placed = (result.start, result.end)
        if placed != truth or not _starts_and_ends_on_words(edited, *placed):
            wrong.append((quote.exact, edited[max(0, placed[0] - 20) : placed[1] + 20]))
    assert wrong == []
    assert found >= least_found * cases
