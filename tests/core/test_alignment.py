"""Aligning the paragraphs of two translations, so each row of the parallel view says the same thing."""

from __future__ import annotations

import random

import pytest

from desktop.core.alignment import Unit, align_lengths, align_segments, align_texts, parallel_rows
from tests.core.alignment_corpus import (
    as_bead_set,
    bead_scores,
    gold_paragraph_beads,
    gold_sentence_beads,
    load_corpus,
    pair_scores,
    pairs,
    total,
)


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


def test_thousands_of_paragraphs_align_one_to_one():
    # How long it takes is measured by tests/benchmarks/alignment.py, not here.
    rng = random.Random(7)
    left = [rng.randint(50, 800) for _ in range(1500)]
    right = [int(x * 1.2) for x in left]
    beads = align_lengths(left, right)
    assert all(b.shape == (1, 1) for b in beads)


# --- the hand-aligned kk/ru/en corpus (tests/data/alignment) -------------------------------------
CORPUS = load_corpus()


def _scores(unit: Unit, aligner):
    pair_list, bead_list = [], []
    for article in CORPUS:
        for a, b in pairs():
            left, right = article.editions[a], article.editions[b]
            if unit is Unit.SENTENCE:
                gold, lt, rt = gold_sentence_beads(left, right), left.sentence_texts, right.sentence_texts
            else:
                gold, lt, rt = gold_paragraph_beads(left, right), left.paragraph_texts, right.paragraph_texts
            predicted = as_bead_set(aligner(lt, rt, unit))
            pair_list.append(pair_scores(gold, predicted))
            bead_list.append(bead_scores(gold, predicted))
    return total(pair_list), total(bead_list)


def _with_anchors(left, right, unit):
    return align_segments(left, right, unit)


def _lengths_only(left, right, unit):
    return align_lengths([len(t) for t in left], [len(t) for t in right], unit)


def test_the_corpus_covers_splits_merges_and_omissions():
    assert len(CORPUS) == 6
    shapes = set()
    for article in CORPUS:
        assert set(article.editions) == {"en", "ru", "kk"}, article.name
        for a, b in pairs():
            for gold in (
                gold_sentence_beads(article.editions[a], article.editions[b]),
                gold_paragraph_beads(article.editions[a], article.editions[b]),
            ):
                shapes |= {(len(x), len(y)) for x, y in gold}
    assert {(1, 1), (1, 2), (2, 1), (1, 0), (0, 1)} <= shapes


@pytest.mark.parametrize("unit", [Unit.SENTENCE, Unit.PARAGRAPH])
def test_alignment_reaches_f1_098_on_the_hand_aligned_corpus(unit):
    # Aligned pairs (every left-right pair inside a bead), over 6 articles x 3 language pairs.
    # Measured: sentences P 0.976 R 1.000 F1 0.988 (211 gold beads); paragraphs P 0.981 R 1.000 F1 0.991 (94).
    pairs_, beads = _scores(unit, _with_anchors)
    assert pairs_.f1 >= 0.98, f"{unit.value}: P {pairs_.precision:.3f} R {pairs_.recall:.3f} F1 {pairs_.f1:.3f}"
    # Beads, strictly (exactly the gold bead): sentences 0.964, paragraphs 0.968.
    assert beads.f1 >= 0.95, f"{unit.value}: strict bead F1 {beads.f1:.3f}"


def test_anchors_beat_length_alone_on_sentences():
    # Length alone merges a left-out sentence into its neighbour's bead: pairs F1 0.914 against 0.988.
    with_anchors, _ = _scores(Unit.SENTENCE, _with_anchors)
    lengths_only, _ = _scores(Unit.SENTENCE, _lengths_only)
    assert with_anchors.f1 - lengths_only.f1 >= 0.05


def test_two_short_paragraphs_with_their_own_figures_stay_two_rows():
    # Length alone (and the old aligner) lumped such pairs into a 2-2 bead.
    left = ["Inflation was 11.2% in January.", "Exports grew by 8.4% to $3.1 billion, a record for the season and the year."]
    right = ["Инфляция в январе составила 11,2%, как и ожидалось.", "Экспорт вырос на 8,4%, до 3,1 млрд долларов."]
    assert [b.shape for b in align_segments(left, right)] == [(1, 1), (1, 1)]


def test_a_sentence_left_out_with_its_figures_is_a_one_to_zero_bead():
    left = [
        "The plant cost $20 million.",
        "It employs 450 people and will pay 1.2 billion tenge in taxes every year.",
        "Output will reach 300,000 tonnes by 2027.",
    ]
    right = ["Завод стоил 20 млн долларов.", "Выпуск достигнет 300 тыс. тонн к 2027 году."]
    assert [b.shape for b in align_segments(left, right, Unit.SENTENCE)] == [(1, 1), (1, 0), (1, 1)]


def test_a_paragraph_split_in_one_edition_faces_its_halves():
    article = next(a for a in CORPUS if a.name == "01_business_forum")
    en, ru = article.editions["en"].text, article.editions["ru"].text
    # Rows of whole paragraphs: the Russian third paragraph faces both English halves.
    whole = align_texts(en, ru)
    assert (len(whole[2].left), len(whole[2].right)) == (2, 1)
    rows = parallel_rows(en, ru)
    # en splits the third paragraph after its first sentence; ru keeps it whole: two rows, ru cut in two.
    assert rows[2].left == ("Samruk-Kazyna JSC and the Fauji Group of Companies agreed to create a joint investment platform.",)
    assert rows[2].right == (
        "АО «Самрук-Казына» и группа компаний Fauji договорились о создании совместной инвестиционной платформы.",
    )
    assert rows[3].right[0].startswith("АО «Freedom Bank Kazakhstan» подписало")
    assert rows[3].right[0].endswith("цифровых банковских услуг.")
    for row in rows:  # every row maps back to the texts
        assert row.left == tuple(en[a:b] for a, b in row.left_spans)
        assert row.right == tuple(ru[a:b] for a, b in row.right_spans)
    assert "".join(ru[a:b] for row in rows for a, b in row.right_spans).replace(" ", "") == ru.replace("\n", "").replace(" ", "")
