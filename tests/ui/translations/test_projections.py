"""A highlight made on one edition is shown projected on its translation, and confirmed there into a real one."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QContextMenuEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from desktop.core.annotations import article_annotations
from desktop.core.store import open_library
from tests.ui.annotations.test_annotations import select_in_reader
from tests.ui.compare.test_compare import select
from tests.ui.compare.test_parallel import FORUM_EN, forum_db  # noqa: F401 (a fixture)

FORUM_RU = "На казахстанско-пакистанском бизнес-форуме в Исламабаде 4 февраля 2026"
ENGLISH = "valued at $108 million"
RUSSIAN = "108 млн долларов"  # in the Russian version the reader shows first (the later one says 180)


def stored(path, title_start: str):
    db = open_library(path)
    try:
        article = db.execute("SELECT id FROM articles WHERE title LIKE ?", [title_start + "%"]).fetchone()[0]
        return [
            (a, db.execute("SELECT source_uuid FROM annotations WHERE id = ?", [a.id]).fetchone()[0])
            for a in article_annotations(db, article)
        ]
    finally:
        db.close()


def projected_text(window) -> list[str]:
    doc = window.reader.browser.document()
    out = []
    for start, end, _key in window.translations.projections.marks.placed():
        cursor = QTextCursor(doc)
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        out.append(cursor.selectedText())
    return out


def highlight_english(window, qtbot) -> None:
    select(window, FORUM_EN)
    select_in_reader(window, ENGLISH)
    window.annotations.highlight_selection(2)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)


def test_a_highlight_on_the_english_edition_is_projected_on_the_russian_and_confirmed_there(open_window, forum_db, qtbot):  # noqa: F811
    window = open_window(forum_db)
    highlight_english(window, qtbot)
    [(original, _)] = stored(forum_db, FORUM_EN)
    select(window, FORUM_RU)
    qtbot.waitUntil(lambda: len(projected_text(window)) == 1, timeout=5000)
    [text] = projected_text(window)
    assert text.startswith("Крупнейшим промышленным соглашением") and RUSSIAN in text
    # Projected, not stored: the Russian edition has no annotation, nothing is painted as a highlight.
    assert window.annotations.panel.annotations() == [] and window.reader.highlights.painted() == []
    [projection] = window.translations.projections.projections
    assert (projection.source_label, projection.quote, projection.color_id) == ("EN", ENGLISH, 2)
    tip = window.translations.projections.marks.tooltip_at(_point_of(window, RUSSIAN))
    assert tip.startswith(f"Projected from the EN edition: “{ENGLISH}”")
    # Confirmed on the words the user selects in the translation.
    select_in_reader(window, RUSSIAN)
    window.session.actions.action("translations.confirm_projection").trigger()
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    [(copy, source)] = stored(forum_db, FORUM_RU)
    assert (copy.quote, copy.color_id, source) == (RUSSIAN, 2, original.uuid)
    # Exact on the version read; on the later version (180 million) as near as the words allow.
    assert copy.anchor_on(window.reader.current_version().id).status.value == "exact"
    qtbot.waitUntil(lambda: projected_text(window) == [], timeout=5000)
    assert len(window.reader.highlights.painted()) == 1
    # Undo: the highlight is a tombstone again, and the projection is back.
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.annotations.panel.annotations() == [], timeout=5000)
    qtbot.waitUntil(lambda: len(projected_text(window)) == 1, timeout=5000)


def _point_of(window, words: str) -> QPoint:
    browser = window.reader.browser
    cursor = browser.document().find(words)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    start = QTextCursor(cursor)
    start.setPosition(cursor.selectionStart() + 2)
    return browser.cursorRect(start).center()


def test_the_readers_context_menu_confirms_the_whole_projection_under_the_mouse(open_window, forum_db, qtbot):  # noqa: F811
    window = open_window(forum_db)
    highlight_english(window, qtbot)
    select(window, FORUM_RU)
    qtbot.waitUntil(lambda: len(projected_text(window)) == 1, timeout=5000)
    [whole] = projected_text(window)
    point = _point_of(window, RUSSIAN)
    window.reader.clear_selection()
    offered: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        [confirm] = [a for a in menu.actions() if a.objectName() == "translations.confirm_projection"]
        offered.append(confirm.text())
        menu.close()
        confirm.trigger()

    QTimer.singleShot(200, pick)
    viewport = window.reader.browser.viewport()
    QApplication.sendEvent(viewport, QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, viewport.mapToGlobal(point)))
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    assert offered == ["Confirm &Projection"]
    [(copy, _source)] = stored(forum_db, FORUM_RU)
    assert copy.quote == whole
