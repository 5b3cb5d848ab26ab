"""Agreement figures equal the reference implementations' (scikit-learn, krippendorff) on the same data."""

from __future__ import annotations

import math
import random
import warnings
from collections import Counter

import krippendorff
import numpy as np
import pytest
from sklearn.metrics import cohen_kappa_score

from desktop.core.coding import codings
from desktop.core.coding.agreement import Level, agreement_from_patterns, agreement_report, character_runs
from tests.core.coding.conftest import PASSAGE, Coded, span


def _reference(data: list[tuple[int, ...]]) -> tuple[float, float | None, float]:
    """Percent, kappa (two coders) and alpha of unit-by-unit decisions, by the reference packages."""
    matrix = np.array(data, dtype=float).T  # coders × units
    percent = 100.0 * sum(len(set(u)) == 1 for u in data) / len(data)
    kappa = float(cohen_kappa_score(matrix[0], matrix[1])) if matrix.shape[0] == 2 else None
    alpha = float(krippendorff.alpha(reliability_data=matrix, level_of_measurement="nominal"))
    return percent, kappa, alpha


@pytest.mark.parametrize("coders", [2, 3, 4])
@pytest.mark.parametrize("seed", range(6))
def test_random_decisions_match_the_references(coders: int, seed: int):
    rng = random.Random(seed)
    bias = rng.uniform(0.2, 0.8)
    units = [tuple(int(rng.random() < bias) for _ in range(coders)) for _ in range(rng.randint(20, 300))]
    if len({v for u in units for v in u}) < 2:
        units.append((0,) * (coders - 1) + (1,))
    mine = agreement_from_patterns(Counter(units))
    percent, kappa, alpha = _reference(units)
    assert mine.percent == pytest.approx(percent)
    assert mine.alpha == pytest.approx(alpha)
    if coders == 2:
        assert mine.kappa == pytest.approx(kappa)
    else:
        assert mine.kappa is None


def test_no_variation_is_undefined_here_and_in_the_references():
    units = [(1, 1)] * 10
    mine = agreement_from_patterns(Counter(units))
    assert mine.percent == 100.0 and mine.kappa is None and mine.alpha is None
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scikit-learn warns that kappa is undefined, and returns nan
        assert math.isnan(cohen_kappa_score([1] * 10, [1] * 10))
    with pytest.raises(ValueError, match="more than one value"):
        krippendorff.alpha(reliability_data=np.ones((2, 10)), level_of_measurement="nominal")


def test_character_runs_weigh_each_run_by_its_length():
    runs = character_runs([[(2, 6)], [(4, 9), (12, 14)]], 15)
    assert runs == [
        (0, 2, (False, False)), (2, 4, (True, False)), (4, 6, (True, True)), (6, 9, (False, True)),
        (9, 12, (False, False)), (12, 14, (False, True)), (14, 15, (False, False)),
    ]  # fmt: skip


def _expanded(corpus_runs: list[list[tuple[int, int, tuple[bool, ...]]]]) -> list[tuple[int, ...]]:
    return [tuple(int(v) for v in pattern) for runs in corpus_runs for s, e, pattern in runs for _ in range(e - s)]


def test_passage_level_on_the_library_equals_the_references_on_every_character(coded: Coded):
    db = coded.db
    text = coded.text
    start, end = span(text, PASSAGE)
    # Aigerim and Daniyar code overlapping, not identical, passages; Daniyar codes one more; both code the whole article differently.
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Aigerim")
    codings.code_passage(db, coded.murat, coded.versions[0], start + 10, end + 40, [coded.conflict], "Daniyar")
    later = text.index("Murat Abenov")
    codings.code_passage(db, coded.murat, coded.versions[0], later, later + 30, [coded.actors], "Daniyar")
    codings.code_articles(db, [coded.murat], [coded.consensus], "Aigerim")
    other = coded.murat + 1
    codings.code_articles(db, [other], [coded.actors], "Aigerim")  # coded by one coder only: not compared
    report = agreement_report(db, ["Aigerim", "Daniyar"], Level.PASSAGE)
    assert report.articles == 1
    assert [c.path for c in report.per_code] == ["Actors", "Frames/Conflict", "Frames/Consensus"]
    length = len(text)
    per_code_runs = {
        coded.conflict: character_runs([[(start, end)], [(start + 10, end + 40)]], length),
        coded.actors: character_runs([[], [(later, later + 30)]], length),
        coded.consensus: character_runs([[(0, length)], []], length),
    }
    for result in report.per_code:
        units = _expanded([per_code_runs[result.code]])
        percent, kappa, alpha = _reference(units)
        assert result.agreement.units == length
        assert result.agreement.percent == pytest.approx(percent)
        if result.code == coded.consensus:  # Daniyar never codes it: no variation in his column
            assert math.isnan(alpha) or result.agreement.alpha == pytest.approx(alpha)
            assert result.agreement.kappa == pytest.approx(kappa)
        else:
            assert result.agreement.kappa == pytest.approx(kappa)
            assert result.agreement.alpha == pytest.approx(alpha)
    pooled = _expanded(list(per_code_runs.values()))
    percent, kappa, alpha = _reference(pooled)
    assert (report.overall.percent, report.overall.kappa, report.overall.alpha) == pytest.approx((percent, kappa, alpha))
    # Uncoded text is agreement: two short overlapping passages in a long article agree on most characters.
    assert report.per_code[1].agreement.percent > 90
    # The disagreements, side by side: where exactly the coders differ, and what each coded there.
    conflict = [d for d in report.disagreements if d.code == coded.conflict]
    assert [(d.start, d.end) for d in conflict] == [(start, start + 10), (end, end + 40)]
    assert [v.coded for v in conflict[0].coders] == [True, False] and conflict[0].text == text[start : start + 10]
    assert conflict[1].coders[1].text == text[start + 10 : end + 40]


def test_article_level_counts_presence_per_article(coded: Coded):
    db = coded.db
    articles = [coded.murat + i for i in range(4)]
    decisions = {"A": [1, 1, 0, 1], "B": [1, 0, 0, 1]}
    for coder, coded_flags in decisions.items():
        for article, flag in zip(articles, coded_flags, strict=True):
            codings.code_articles(db, [article], [coded.conflict if flag else coded.actors], coder)
    report = agreement_report(db, ["A", "B"], Level.ARTICLE)
    assert report.articles == 4
    conflict = next(c for c in report.per_code if c.code == coded.conflict)
    percent, kappa, alpha = _reference(list(zip(decisions["A"], decisions["B"], strict=True)))
    assert (conflict.agreement.percent, conflict.agreement.kappa, conflict.agreement.alpha) == pytest.approx(
        (percent, kappa, alpha)
    )
    assert [(d.article, d.code) for d in report.disagreements if d.code == coded.conflict] == [(articles[1], coded.conflict)]
    with pytest.raises(ValueError, match="two or more"):
        agreement_report(db, ["A"], Level.ARTICLE)
