"""The list's Drift column: counted off the GUI thread for rows on screen with translations, and kept current."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt

from desktop.ui.article_list import drift_column
from desktop.ui.article_list.model import COL_DRIFT, COL_TITLE
from tests.ui.compare.test_parallel import FORUM_EN, forum_db, key, open_parallel  # noqa: F401 (a fixture)

LONELY_EN = "Prime Minister Olzhas Bektenov chaired a government meeting"


def cell(window, prefix: str):
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, COL_TITLE).data().startswith(prefix))
    return model.index(row, COL_DRIFT)


def test_drift_is_counted_off_the_gui_thread_for_articles_with_translations(open_window, forum_db, qtbot, monkeypatch):  # noqa: F811
    threads: list[threading.Thread] = []
    counted: list[int] = []
    real = drift_column.article_drift_counts

    def spy(db, articles):
        threads.append(threading.current_thread())
        articles = list(articles)
        counted.append(len(articles))
        return real(db, articles)

    monkeypatch.setattr(drift_column, "article_drift_counts", spy)
    window = open_window(forum_db)
    window.resize(1600, 900)
    english = cell(window, FORUM_EN)
    qtbot.waitUntil(lambda: english.data() not in ("", None), timeout=10_000)
    assert threads and all(t is not threading.main_thread() for t in threads)
    assert max(counted) <= drift_column.BATCH  # a batch of rows on screen, never the library
    tip = english.data(Qt.ItemDataRole.ToolTipRole)
    assert "RU " in tip and "KK " in tip
    lonely = cell(window, LONELY_EN)
    qtbot.waitUntil(lambda: window.model.drift.known(lonely.data(Qt.ItemDataRole.UserRole + 1)), timeout=10_000)
    assert lonely.data() == "" and lonely.data(Qt.ItemDataRole.ToolTipRole) is None


def test_the_count_follows_a_mismatch_accepted_in_the_parallel_view(open_window, forum_db, qtbot):  # noqa: F811
    window = open_window(forum_db)
    window.resize(1600, 900)
    english = cell(window, FORUM_EN)
    qtbot.waitUntil(lambda: english.data() not in ("", None), timeout=10_000)
    before = int(english.data())
    view = open_parallel(window, qtbot)
    russian = len(view.pair.mismatches)
    assert f"RU {russian}" in english.data(Qt.ItemDataRole.ToolTipRole)
    key(qtbot, view, Qt.Key.Key_F7)
    key(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(view.pair.mismatches) == russian - 1, timeout=5000)
    qtbot.waitUntil(lambda: english.data() == str(before - 1), timeout=10_000)
