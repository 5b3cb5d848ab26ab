"""Edit ▸ Undo across the app: highlights, tags and flags come back as they were, with the same identity."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.annotations import article_annotations
from desktop.core.store import open_library
from desktop.core.tags import list_tags
from desktop.ui.sidebar.sidebar import EntryKind
from tests.ui.annotations.test_annotations import PASSAGE, open_murat, select_in_reader


def _undo(window, qtbot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_a_deleted_highlight_comes_back_with_its_uuid(window, qtbot):
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.annotations.highlight_selection(3)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    [made] = window.annotations.panel.annotations()
    window.annotations.delete(made.id)
    qtbot.waitUntil(lambda: window.annotations.panel.annotations() == [], timeout=5000)
    assert "Ctrl+Z brings it back" in window.statusBar().currentMessage()
    _undo(window, qtbot)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    [back] = window.annotations.panel.annotations()
    assert (back.id, back.uuid, back.quote) == (made.id, made.uuid, made.quote)
    assert window.statusBar().currentMessage() == ""  # the hint is stale once it has been taken


def test_undoing_a_new_highlight_leaves_a_tombstone_and_redo_revives_it(window, qtbot):
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.annotations.highlight_selection(1)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    [made] = window.annotations.panel.annotations()
    _undo(window, qtbot)
    qtbot.waitUntil(lambda: window.annotations.panel.annotations() == [], timeout=5000)
    db = open_library(window.db_path)
    assert db.execute("SELECT uuid, deleted_at IS NOT NULL FROM annotations").fetchall() == [(made.uuid, 1)]
    db.close()
    redo = window.session.actions.action("edit.redo")
    assert redo.shortcuts()  # the platform's redo key(s)
    redo.trigger()
    qtbot.waitUntil(lambda: [a.uuid for a in window.annotations.panel.annotations()] == [made.uuid], timeout=5000)


def test_a_deleted_tag_comes_back_on_its_articles(window, qtbot, monkeypatch):
    articles = [window.model.article_at(r) for r in range(3)]
    window.tags.tag_articles(articles, "economy")
    qtbot.waitUntil(lambda: window.sidebar.entry_count(EntryKind.TAG, 1) == 3, timeout=3000)
    monkeypatch.setattr("desktop.ui.tags.controller.confirm", lambda *args: True)
    window.tags.delete_tag(1)
    qtbot.waitUntil(lambda: window.sidebar.find_entry(EntryKind.TAG, 1) is None, timeout=3000)
    _undo(window, qtbot)
    qtbot.waitUntil(lambda: window.sidebar.entry_count(EntryKind.TAG, 1) == 3, timeout=3000)
    assert all(window.model.row_data(a).tags == ("economy",) for a in articles)
    assert [t.name for t in list_tags(window.db)] == ["economy"]


def test_a_star_can_be_undone(window, qtbot):
    window.article_list.select_row(0)
    article = window.reader.current_article_id()
    window.list.toggle_star()
    qtbot.waitUntil(lambda: window.model.row_data(article).is_starred, timeout=3000)
    _undo(window, qtbot)
    qtbot.waitUntil(lambda: not window.model.row_data(article).is_starred, timeout=3000)
    assert not window.reader.star_button.isChecked()


def test_undo_names_what_it_undoes(window, qtbot):
    window.article_list.select_row(0)
    window.tags.tag_articles([window.reader.current_article_id()], "economy")
    assert window.session.actions.action("edit.undo").text().endswith("Tag “economy”")
    assert article_annotations(window.db, window.reader.current_article_id()) == []
