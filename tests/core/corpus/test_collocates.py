"""Collocates: the words near a search, by log-likelihood, checked against a hand computation."""

from __future__ import annotations

import datetime as dt
import math

import pytest
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter
from desktop.core.corpus.collocates import collocates, log_likelihood
from desktop.core.search_query import parse_query

D = dt.date(2026, 5, 4)
TEXTS = ["red river flows", "blue river flows", "red car stops", "river bank red"]


@pytest.fixture
def db(make_library) -> Database:
    return make_library([[("Alpha", D + dt.timedelta(days=i), f"Note {i}", [text]) for i, text in enumerate(TEXTS)]])


def test_counts_and_scores_match_a_hand_computation(db: Database):
    result = collocates(db, ArticleFilter(query=parse_query("river")), window=1, min_count=1)
    # Windows of one word: red|flows, blue|flows, and bank (the third river starts its text).
    assert (result.hits, result.window_words, result.corpus_words) == (3, 5, 12)
    assert not result.sampled
    by_word = {c.word: c for c in result.collocates}
    # "red" is in a window once but is 3 of 12 words: expected 5·3/12 = 1.25 > 1, so it is no collocate.
    assert list(by_word) == ["flows", "bank", "blue"]
    flows = by_word["flows"]
    assert (flows.count, flows.corpus_count) == (2, 2)
    assert flows.expected == pytest.approx(5 * 2 / 12)
    # G² by hand: 2·[2·ln(2/0.8333) + 3·ln(3/4.1667) + 7·ln(7/5.8333)] over the table (2, 3 | 0, 7).
    assert flows.log_likelihood == pytest.approx(4.0834, abs=1e-3)
    assert flows.mutual_information == pytest.approx(math.log2(2.4))
    # bank and blue: the table (1, 4 | 0, 7): 2·[ln(1/0.41667) + 4·ln(4/4.5833) + 7·ln(7/6.4167)].
    assert by_word["bank"].log_likelihood == pytest.approx(1.8800, abs=1e-3) == by_word["blue"].log_likelihood


def test_the_score_is_dunnings_g2():
    # A textbook table: 2·Σ O·ln(O/E) with E from the margins.
    expected = 2 * sum(
        o * math.log(o / e) for o, e in ((10, 20 * 30 / 100), (10, 20 * 70 / 100), (20, 80 * 30 / 100), (60, 80 * 70 / 100))
    )
    assert log_likelihood(10, 10, 20, 60) == pytest.approx(expected)
    assert log_likelihood(5, 0, 0, 5) == pytest.approx(2 * (5 * math.log(2) + 5 * math.log(2)))


def test_the_window_and_the_filter_are_the_users(db: Database):
    wide = collocates(db, ArticleFilter(query=parse_query("river")), window=2, min_count=1)
    assert wide.window_words == 6  # red, flows | blue, flows | bank, red
    assert collocates(db, ArticleFilter(query=parse_query("river date:2026-05-04")), window=1, min_count=1).hits == 1


def test_a_large_corpus_is_sampled_and_says_so(make_library):
    texts = [("Alpha", D + dt.timedelta(days=i), f"Item {i}", [f"the grey river number{i} flows"]) for i in range(40)]
    db = make_library([texts])
    result = collocates(db, ArticleFilter(query=parse_query("river")), window=1, min_count=1, sample=10)
    assert result.sampled and result.hit_texts == 10 and result.hit_texts_total == 40
    assert result.hits == 10 and result.collocates[0].word == "grey"
    assert (
        collocates(db, ArticleFilter(query=parse_query("river")), window=1, min_count=1, sample=10) == result
    )  # the same sample each time


def test_on_the_sample_dumps_new_and_draft_keep_company_with_constitution(sample_library: Database):
    result = collocates(sample_library, ArticleFilter(query=parse_query("constitution")))
    top = [c.word for c in result.collocates[:3]]
    assert top[:2] == ["new", "draft"]
    assert all(c.count >= 3 and c.count > c.expected for c in result.collocates)
    assert "constitution" not in {c.word for c in result.collocates}  # the node's own words are left out
