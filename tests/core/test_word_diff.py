"""The word diff: what a translator sees marked when two versions of a text are compared."""

from __future__ import annotations

import time

import pytest

from desktop.core.word_diff import (
    ChangeKind,
    IgnoreOptions,
    TokenKind,
    render_word_diff,
    same_when_ignoring,
    tokenize,
    word_diff,
)


def marked(old: str, new: str, **ignore: bool) -> list[tuple[str, str, str]]:
    """Each change as (kind, old text, new text)."""
    diff = word_diff(old, new, IgnoreOptions(**ignore))
    return [(c.kind.value, old[c.old.start : c.old.end], new[c.new.start : c.new.end]) for c in diff.changes]


def test_tokens_are_words_punctuation_and_whitespace_covering_the_text():
    text = "Kazakhstan's law,  \"he said\"."
    tokens = tokenize(text)
    assert "".join(t.text for t in tokens) == text
    assert [t.text for t in tokens if t.kind is TokenKind.WORD] == ["Kazakhstan's", "law", "he", "said"]
    assert [t.text for t in tokens if t.kind is TokenKind.PUNCTUATION] == [",", '"', '"', "."]
    assert [t.text for t in tokens if t.kind is TokenKind.SPACE] == [" ", "  ", " "]


def test_identical_texts_have_no_changes():
    assert word_diff("The same text.", "The same text.").changes == ()


def test_an_inserted_a_deleted_and_a_replaced_word():
    assert marked("The law is new.", "The law is very new.") == [("insert", "", "very")]
    assert marked("The law is very new.", "The law is new.") == [("delete", "very", "")]
    assert marked("The law is new.", "The law is old.") == [("replace", "new", "old")]


def test_neighbouring_changed_words_are_one_change():
    assert marked("one two three four", "one 2 3 four") == [("replace", "two three", "2 3")]
    # A rewritten sentence is one change, not pieces around a word that happens to match ...
    assert marked("So the cat sat on the mat.", "So a dog lay on a rug.") == [("replace", "the cat sat on the mat", "a dog lay on a rug")]
    # ... but two edits a word apart stay two.
    assert marked("the colour of 2025", "the color of 2026") == [("replace", "colour", "color"), ("replace", "2025", "2026")]


def test_a_long_single_line_body_is_diffed_word_by_word_not_as_one_line():
    sentence = "The deputy explained the essence of the changes proposed in the new draft. "
    old = sentence * 40
    new = old.replace("essence", "substance", 1)
    assert marked(old, new) == [("replace", "essence", "substance")]
    diff = word_diff(old, new)
    assert diff.changes[0].old.start == old.index("essence")


def test_within_a_changed_word_the_differing_characters_are_marked():
    old, new = "the colour of 2025", "the color of 2026"
    diff = word_diff(old, new)
    assert [(old[c.old.start : c.old.end], new[c.new.start : c.new.end]) for c in diff.changes] == [("colour", "color"), ("2025", "2026")]
    colour, year = diff.changes
    assert [old[m.start : m.end] for m in colour.old_marks] == ["u"]
    assert colour.new_marks == ()
    assert [old[m.start : m.end] for m in year.old_marks] == ["5"]
    assert [new[m.start : m.end] for m in year.new_marks] == ["6"]


def test_unrelated_words_are_not_marked_letter_by_letter():
    change = word_diff("a cat", "a horse").changes[0]
    assert change.kind is ChangeKind.REPLACE and change.old_marks == () and change.new_marks == ()


def test_removed_quotation_marks_and_apostrophes_are_each_a_change():
    old = 'He said "We agree," and citizens\' rights stay.'
    new = "He said We agree, and citizens rights stay."
    assert marked(old, new) == [("delete", '"', ""), ("delete", '"', ""), ("delete", "'", "")]


def test_ignoring_punctuation_hides_quotes_apostrophes_and_dashes():
    old = 'He said "We agree" – Kazakhstan\'s citizens\' rights.'
    new = "He said We agree Kazakhstans citizens rights"
    assert marked(old, new, punctuation=True) == []
    assert marked(old, new.replace("agree", "disagree"), punctuation=True) == [("replace", "agree", "disagree")]


def test_ignoring_case():
    assert marked("MURAT ABENOV said", "Murat Abenov said") == [("replace", "MURAT ABENOV", "Murat Abenov")]
    assert marked("MURAT ABENOV said", "Murat Abenov said", case=True) == []


def test_ignoring_whitespace():
    old, new = "one  two\nthree", "one two three"
    assert marked(old, new) == [("replace", "  ", " "), ("replace", "\n", " ")]
    assert marked(old, new, whitespace=True) == []
    # Whitespace inside a word is not "only whitespace": the words differ.
    assert marked("to gether", "together", whitespace=True) == [("replace", "to gether", "together")]


def test_the_options_combine():
    old, new = 'THE "Law"  is  new.', "the law is new"
    assert marked(old, new, punctuation=True, case=True, whitespace=True) == []
    # Next to each other, the two words that differ in case are one change.
    assert marked(old, new, punctuation=True, whitespace=True) == [("replace", 'THE "Law', "the law")]


def test_ignore_options_parse_from_the_command_line_list():
    assert IgnoreOptions.parse("punctuation, case") == IgnoreOptions(punctuation=True, case=True)
    assert IgnoreOptions.parse("") == IgnoreOptions()
    with pytest.raises(ValueError, match="colour"):
        IgnoreOptions.parse("colour")


def test_git_word_diff_rendering():
    assert render_word_diff(word_diff("The law is new.", "The law is old.")) == "The law is [-new-]{+old+}."
    assert render_word_diff(word_diff("is very good", "is good")) == "is [-very-] good"
    assert render_word_diff(word_diff("is good", "is very good")) == "is {+very+} good"
    assert render_word_diff(word_diff('said "yes," then', "said yes, then")) == 'said [-"-]yes,[-"-] then'


def test_sentences_that_move_apart_are_still_matched():
    old = "First point. Second point is here. Third point."
    new = "First point. Third point. A fourth point was added."
    assert marked(old, new) == [("delete", "Second point is here.", ""), ("insert", "", "A fourth point was added.")]


def test_offsets_map_between_the_versions_around_changes():
    old, new = "alpha beta gamma", "alpha inserted beta gamma"
    diff = word_diff(old, new)
    assert new[diff.map_old_to_new(old.index("gamma")) :].startswith("gamma")
    assert old[diff.map_new_to_old(new.index("beta")) :].startswith("beta")


def test_quick_equality_agrees_with_the_diff():
    pairs = [("a,b", "a, b"), ('x "y" z', "x y z"), ("rock'n'roll", "rocknroll"), ("A b", "a b"), ("ab", "a b")]
    for ignore in (IgnoreOptions(whitespace=True), IgnoreOptions(punctuation=True, whitespace=True)):
        for old, new in pairs:
            assert same_when_ignoring(old, new, ignore) == (not word_diff(old, new, ignore).changes), (old, new, ignore)


def test_a_long_quote_stripped_text_is_diffed_quickly_and_exactly():
    sentence = 'The deputy said: "We, together with our colleagues, studied the citizens\' rights." '
    old = sentence * 3000  # about 250 kB, a quotation mark or apostrophe every few words
    new = old.replace('"', "").replace("'", "")
    started = time.monotonic()
    diff = word_diff(old, new)
    assert time.monotonic() - started < 10
    assert len(diff.changes) == 3 * 3000 and diff.words_changed == 0
    assert word_diff(old, new, IgnoreOptions(punctuation=True)).changes == ()


def test_a_line_break_that_became_a_space_next_to_an_edited_sentence_is_seen():
    old, new = "First.\nSecond edited here.", "First. Second changed here."
    assert marked(old, new) == [("replace", "\n", " "), ("replace", "edited", "changed")]
