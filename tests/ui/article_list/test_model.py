"""The list model at scale, shrunk to the samples: keyset pages, and counts that arrive later.

A page size of three and a "large search" threshold of zero make ten sample articles behave
as a million would: pages are found from their neighbours or from either end of the list,
and a search's count comes from the background counter while the first rows already show.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import QModelIndex, Qt

from desktop.core import article_query
from desktop.core.article_query import ArticleFilter, SortKey, article_ids
from desktop.core.search_query import parse_query
from desktop.ui.article_list import model as article_table
from desktop.ui.article_list.model import COL_DATE, COL_TITLE


@pytest.fixture
def small_pages(monkeypatch):
    monkeypatch.setattr(article_table, "PAGE_SIZE", 3)
    monkeypatch.setattr(article_table, "MAX_PAGES", 2)


def test_pages_found_from_any_direction_are_the_sorted_list(window, small_pages):
    model = window.model
    for column, order, sort, descending in (
        (COL_TITLE, Qt.SortOrder.AscendingOrder, SortKey.TITLE, False),
        (COL_DATE, Qt.SortOrder.DescendingOrder, SortKey.DATE, True),
        (COL_DATE, Qt.SortOrder.AscendingOrder, SortKey.DATE, False),
    ):
        window.article_list.sortByColumn(column, order)
        expected = article_ids(window.db, ArticleFilter(), sort, descending)
        rows = list(range(model.rowCount()))
        random.Random(column).shuffle(rows)  # jumps in every direction, with only two pages kept
        assert {row: model.article_at(row) for row in rows} == dict(enumerate(expected))
        assert [model.row_of(a) for a in expected] == list(range(len(expected)))


def test_a_count_no_counter_stores_arrives_in_the_background(window, qtbot, small_pages, monkeypatch):
    monkeypatch.setattr(article_query, "SMALL_SEARCH", 0)  # every search walks the list, as a common word does
    model = window.model
    window.search_box.setText("constitution")
    window.search_box.apply_now()
    assert not model.count_is_exact
    assert model.rowCount() == 3 and window.count_label.text().startswith("3+ articles")
    qtbot.waitUntil(lambda: model.count_is_exact, timeout=5000)
    assert model.rowCount() == 9 and window.count_label.text().startswith("9 articles")
    expected = article_ids(window.db, ArticleFilter(query=parse_query("constitution"), prefix_search=True))
    assert [model.article_at(r) for r in range(model.rowCount())] == expected


def test_rows_grow_as_the_view_reaches_the_end_before_the_count_arrives(window, qtbot, small_pages, monkeypatch):
    monkeypatch.setattr(article_query, "SMALL_SEARCH", 0)
    model = window.model
    monkeypatch.setattr(window.session, "read", lambda *args, **kwargs: 0)  # the count never comes: only scrolling finds rows
    window.search_box.setText("constitution")
    window.search_box.apply_now()
    seen = [model.rowCount()]
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
        seen.append(model.rowCount())
    assert seen == [3, 6, 9, 9] and model.count_is_exact
    window.list.move_current(100)
    assert window.article_list.currentIndex().row() == 8
