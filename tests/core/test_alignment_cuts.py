"""Rows as boundaries, and the three edits a translator makes: split, merge, re-pair with a neighbour."""

from __future__ import annotations

import pytest

from desktop.core.alignment import parallel_rows
from desktop.core.alignment_cuts import (
    Cut,
    EditError,
    apply_edit,
    boundary_edit,
    cuts_of,
    merge_edit,
    move_edit,
    rows_of,
    split_edit,
)
from desktop.core.drift import Side
from tests.core.alignment_corpus import load_corpus, pairs

CORPUS = load_corpus()
FORUM = next(a for a in CORPUS if a.name.startswith("01"))
EN, RU = FORUM.editions["en"].text, FORUM.editions["ru"].text


def spans(rows):
    return [(r.left_spans, r.right_spans) for r in rows]


def texts(rows):
    return [(" ".join(r.left), " ".join(r.right)) for r in rows]


def edited(edit):
    rows = parallel_rows(EN, RU)
    cuts, changed = apply_edit(cuts_of(rows), edit.removed, edit.added)
    assert changed
    return rows_of(EN, RU, cuts)


@pytest.mark.parametrize(("item", "pair"), [(a.name, p) for a in CORPUS for p in pairs()])
def test_the_boundaries_describe_the_rows_exactly(item, pair):
    article = next(a for a in CORPUS if a.name == item)
    left, right = article.editions[pair[0]].text, article.editions[pair[1]].text
    rows = parallel_rows(left, right)
    assert spans(rows_of(left, right, cuts_of(rows))) == spans(rows)


def test_splitting_a_row_cuts_both_sides_between_the_sentences_that_translate_each_other():
    rows = parallel_rows(EN, RU)
    assert rows[0].left[0].startswith("Thirty-two") and len(rows) == 8
    after = edited(split_edit(EN, RU, cuts_of(rows), 0, Side.LEFT))
    assert len(after) == 9
    assert after[0].left[0].endswith("signed at the Kazakhstan-Pakistan Business Forum in Islamabad on 4 February 2026.")
    assert after[0].right[0].endswith("на сумму около 200 млн долларов США.")
    assert after[1].left[0].startswith("The agreements cover") and after[1].right[0].startswith("Соглашения охватывают")


def test_a_split_falls_at_the_sentence_nearest_the_cursor():
    rows = parallel_rows(EN, RU)
    at = EN.index("Kazpost signed") + 3  # inside the second of three sentences
    edit = split_edit(EN, RU, cuts_of(rows), 4, Side.LEFT, at)
    assert EN[edit.added.left :].startswith("Kazpost signed")
    assert RU[edit.added.right :].startswith("АО «Казпочта»")


def test_a_row_of_one_sentence_each_side_cannot_be_split():
    rows = parallel_rows(EN, RU)
    with pytest.raises(EditError, match="one sentence on each side"):
        split_edit(EN, RU, cuts_of(rows), 7, Side.RIGHT)


def test_merging_joins_a_row_with_the_next_and_not_past_the_end():
    rows = parallel_rows(EN, RU)
    after = edited(merge_edit(cuts_of(rows), 1))
    assert len(after) == 7
    assert after[1].left[0].startswith("The largest") and after[1].left[1].startswith("Samruk-Kazyna")
    with pytest.raises(EditError, match="last row"):
        merge_edit(cuts_of(rows), len(rows) - 1)


def test_moving_a_segment_re_pairs_it_with_the_neighbouring_row():
    rows = parallel_rows(EN, RU)
    cuts = cuts_of(rows)
    # The Samruk-Kazyna sentence on the Russian side goes up, with the Falcon EuroBus contract.
    up = edited(move_edit(EN, RU, cuts, 2, Side.RIGHT, up=True))
    assert texts(up)[1][1].endswith("инвестиционной платформы.") and texts(up)[2] == (texts(rows)[2][0], "")
    # And back down from there: the last sentence of row 1 on the right joins row 2 again.
    cuts_up, _ = apply_edit(cuts, *_pair(move_edit(EN, RU, cuts, 2, Side.RIGHT, up=True)))
    down = rows_of(EN, RU, apply_edit(cuts_up, *_pair(move_edit(EN, RU, cuts_up, 1, Side.RIGHT, up=False)))[0])
    assert texts(down) == texts(rows)
    with pytest.raises(EditError, match="first row"):
        move_edit(EN, RU, cuts, 0, Side.LEFT, up=True)


def _pair(edit):
    return edit.removed, edit.added


def test_an_added_boundary_replaces_those_that_cross_it():
    cuts, changed = apply_edit([Cut(10, 10), Cut(20, 30), Cut(40, 40)], None, Cut(25, 15))
    assert changed and cuts == [Cut(10, 10), Cut(25, 15), Cut(40, 40)]
    # A boundary taken away is found by either side when the other moved.
    cuts, changed = apply_edit([Cut(10, 10), Cut(20, 31)], Cut(20, 30), None)
    assert changed and cuts == [Cut(10, 10)]


def test_a_dragged_boundary_snaps_to_the_nearest_segment_start_and_stops_at_its_neighbours():
    rows = parallel_rows(EN, RU)
    cuts = cuts_of(rows)
    # The boundary above row 2 on the Russian side, dragged near the end of the Samruk sentence: it
    # snaps to the start of the next segment, which moves that sentence up, as Move Segment does.
    to = RU.index("инвестиционной платформы")
    dragged = boundary_edit(EN, RU, cuts, 1, Side.RIGHT, to)
    assert dragged == move_edit(EN, RU, cuts, 2, Side.RIGHT, up=True)
    # Dragged far past the next boundary, it stops there.
    far = boundary_edit(EN, RU, cuts, 1, Side.RIGHT, len(RU))
    assert far.added.right == cuts[2].right
    with pytest.raises(EditError, match="already there"):
        boundary_edit(EN, RU, cuts, 1, Side.RIGHT, cuts[1].right)
