"""Aligning the paragraphs of two translations, so each row of the parallel view says the same thing."""

from __future__ import annotations

import random
import time

from desktop.core.alignment import align_lengths, align_texts


def shapes(left: list[int], right: list[int]) -> list[tuple[int, int]]:
    return [bead.shape for bead in align_lengths(left, right)]


def test_equal_paragraph_counts_pair_one_to_one():
    assert shapes([100, 200, 300], [110, 190, 310]) == [(1, 1), (1, 1), (1, 1)]


def test_a_paragraph_split_in_two_is_one_to_two():
    assert shapes([100, 400, 300], [110, 190, 210, 310]) == [(1, 1), (1, 2), (1, 1)]


def test_two_paragraphs_merged_into_one_is_two_to_one():
    assert shapes([120, 300, 280, 90], [125, 590, 95]) == [(1, 1), (2, 1), (1, 1)]


def test_a_paragraph_missing_on_one_side_does_not_shift_the_rows_after_it():
    # A short paragraph (a byline, a caption) with no counterpart joins a neighbour's row, as
    # Gale–Church prefers to leaving it alone; the paragraphs after it pair up again.
    assert shapes([300, 40, 500, 400], [310, 510, 390]) == [(1, 1), (2, 1), (1, 1)]
    assert shapes([300, 500, 300], [300, 30, 500, 300]) == [(1, 1), (1, 2), (1, 1)]


def test_a_language_that_runs_longer_still_aligns():
    # The right side is about 30% longer throughout, and splits its second paragraph.
    assert shapes([100, 400, 300, 80], [130, 260, 260, 390, 104]) == [(1, 1), (1, 2), (1, 1), (1, 1)]


def test_the_beads_cover_both_sides_in_order():
    beads = align_lengths([50, 60, 70, 80, 90], [55, 125, 85, 95])
    assert beads[0].left_start == 0 and beads[0].right_start == 0
    assert beads[-1].left_end == 5 and beads[-1].right_end == 4
    for before, after in zip(beads, beads[1:], strict=False):
        assert (before.left_end, before.right_end) == (after.left_start, after.right_start)


def test_one_side_empty():
    assert shapes([], [10, 20]) == [(0, 2)]
    assert shapes([], []) == []


def test_texts_align_as_rows_of_paragraphs():
    left = "First paragraph, short.\nSecond paragraph is much longer than the first one, and it goes on.\nThird."
    right = "Premier paragraphe, court.\nDeuxième paragraphe, bien plus long.\nQui continue ici, encore.\nTroisième."
    rows = align_texts(left, right)
    assert [(len(r.left), len(r.right)) for r in rows] == [(1, 1), (1, 2), (1, 1)]
    assert rows[1].right == ("Deuxième paragraphe, bien plus long.", "Qui continue ici, encore.")


def test_thousands_of_paragraphs_align_quickly():
    rng = random.Random(7)
    left = [rng.randint(50, 800) for _ in range(1500)]
    right = [int(x * 1.2) for x in left]
    started = time.monotonic()
    beads = align_lengths(left, right)
    assert time.monotonic() - started < 15
    assert all(b.shape == (1, 1) for b in beads)
