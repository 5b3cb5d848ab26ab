"""Tagging with the keyboard: Enter on a suggested tag applies it at once."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop.ui.article_list.model import COL_TAGS
from desktop.ui.tags.dialogs import TagNameDialog


def test_one_enter_on_a_suggestion_tags_the_article(window, qtbot):
    window.tags.tag_articles([window.model.article_at(1)], "constitution")
    qtbot.waitUntil(lambda: "constitution" in (window.model.index(1, COL_TAGS).data() or ""), timeout=3000)
    window.article_list.select_row(0)
    window.article_list.setFocus()

    def type_and_enter() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, TagNameDialog):
            QTimer.singleShot(20, type_and_enter)
            return
        qtbot.keyClicks(dialog.edit, "consti")
        popup = dialog.edit.completer().popup()
        qtbot.waitUntil(popup.isVisible, timeout=2000)
        qtbot.keyClick(popup, Qt.Key.Key_Down)
        qtbot.keyClick(popup, Qt.Key.Key_Return)  # one Enter

    QTimer.singleShot(20, type_and_enter)
    qtbot.keyClick(window.article_list, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: "constitution" in (window.model.index(0, COL_TAGS).data() or ""), timeout=3000)
    assert QApplication.activeModalWidget() is None
