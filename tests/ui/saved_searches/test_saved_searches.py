"""Saved searches in the sidebar: made from the search and the sidebar, applied, renamed, edited, reordered, deleted, undone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPoint, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from desktop.core.saved_searches import list_saved_searches
from desktop.core.store import open_library
from desktop.ui.saved_searches.dialogs import SavedSearchDialog
from desktop.ui.sidebar.sidebar import SAVED_SEARCH_MIME, CountRole, EntryKind, EntryState, StateRole
from tests.dump_factory import article_lines, dump_text, write_dump
from tests.ui.corpus.test_concordance import search


@pytest.fixture
def dialog_answers(monkeypatch):
    """What the user types into the saved-search dialog: a queue of (name, query or None)."""
    answers: list[tuple[str, str | None]] = []

    def exec_(dialog: SavedSearchDialog) -> int:
        name, query = answers.pop(0)
        dialog.name_edit.setText(name)
        if query is not None:
            dialog.query_edit.setText(query)
        return 1

    monkeypatch.setattr(SavedSearchDialog, "exec", exec_)
    return answers


def stored(window) -> list:
    db = open_library(window.db_path)
    try:
        return list_saved_searches(db)
    finally:
        db.close()


def saved_item(window, name: str):
    sidebar = window.sidebar
    for saved in window.saved_searches.searches():
        if saved.name == name:
            return sidebar.find_entry(EntryKind.SAVED, int(saved.id))
    return None


def save(window, qtbot, dialog_answers, name: str) -> None:
    dialog_answers.append((name, None))
    window.session.actions.action("corpus.save_search").trigger()
    qtbot.waitUntil(lambda: saved_item(window, name) is not None, timeout=5000)


def undo(window, qtbot) -> None:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_save_the_search_and_the_sidebar_filter_then_apply_it(window, qtbot, dialog_answers):
    source = window.sidebar.find_entry(EntryKind.SOURCE, 1)
    window.sidebar.activate(EntryKind.SOURCE, 1)
    search(window, qtbot, "sovereignty")
    qtbot.waitUntil(lambda: window.model.rowCount() > 0, timeout=5000)
    listed = window.model.rowCount()
    save(window, qtbot, dialog_answers, "Sovereignty at Enbekshi")
    [made] = stored(window)
    assert (made.query, made.spec.sources) == ("sovereignty", (source.text(0),))
    item = saved_item(window, "Sovereignty at Enbekshi")
    qtbot.waitUntil(lambda: item.data(0, CountRole) == listed, timeout=5000)
    assert EntryState(item.data(0, StateRole)) is EntryState.INCLUDE  # the list shows it now

    window.search_box.clear_search()
    window.sidebar.clear_filters()
    qtbot.waitUntil(lambda: window.model.rowCount() == 10, timeout=5000)
    assert EntryState(item.data(0, StateRole)) is EntryState.OFF
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: window.model.rowCount() == listed, timeout=5000)
    assert window.search_box.text() == "sovereignty"
    assert window.sidebar.selection().entries.sources == {1}
    assert EntryState(saved_item(window, "Sovereignty at Enbekshi").data(0, StateRole)) is EntryState.INCLUDE


def test_rename_edit_and_a_deleted_one_comes_back_with_its_uuid(window, qtbot, dialog_answers, monkeypatch):
    search(window, qtbot, "constitution")
    save(window, qtbot, dialog_answers, "Constitution")
    [made] = stored(window)
    window.saved_searches.rename(int(made.id), "The constitution")
    qtbot.waitUntil(lambda: saved_item(window, "The constitution") is not None, timeout=5000)
    dialog_answers.append(("The constitution", "sovereignty"))
    window.saved_searches.edit(int(made.id))
    qtbot.waitUntil(lambda: stored(window)[0].query == "sovereignty", timeout=5000)
    monkeypatch.setattr("desktop.ui.saved_searches.controller.confirm", lambda *args: True)
    window.saved_searches.delete(int(made.id))
    qtbot.waitUntil(lambda: saved_item(window, "The constitution") is None, timeout=5000)
    assert stored(window) == []
    assert "Ctrl+Z brings it back" in window.statusBar().currentMessage()
    undo(window, qtbot)
    qtbot.waitUntil(lambda: len(stored(window)) == 1, timeout=5000)
    [back] = stored(window)
    assert (back.id, back.uuid, back.name, back.query) == (made.id, made.uuid, "The constitution", "sovereignty")
    qtbot.waitUntil(lambda: saved_item(window, "The constitution") is not None, timeout=5000)
    undo(window, qtbot)  # the edit
    qtbot.waitUntil(lambda: stored(window)[0].query == "constitution", timeout=5000)


def drop_on(sidebar, item, search: int) -> None:
    """A saved search dragged onto another one's place, as Qt delivers the drop."""
    data = QMimeData()
    data.setData(SAVED_SEARCH_MIME, str(search).encode())
    pos = sidebar.visualItemRect(item).center()
    viewport = sidebar.viewport()
    buttons, mods = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    for event in (
        QDragEnterEvent(pos, Qt.DropAction.MoveAction, data, buttons, mods),
        QDragMoveEvent(pos, Qt.DropAction.MoveAction, data, buttons, mods),
        QDropEvent(pos.toPointF() if isinstance(pos, QPoint) else pos, Qt.DropAction.MoveAction, data, buttons, mods),
    ):
        QApplication.sendEvent(viewport, event)


def test_drag_to_reorder_and_undo(window, qtbot, dialog_answers):
    for word in ("constitution", "sovereignty", "parliament"):
        search(window, qtbot, word)
        save(window, qtbot, dialog_answers, word.title())
    assert window.sidebar.saved_search_names() == ["Constitution", "Sovereignty", "Parliament"]
    parliament = next(s for s in window.saved_searches.searches() if s.name == "Parliament")
    drop_on(window.sidebar, saved_item(window, "Constitution"), int(parliament.id))
    qtbot.waitUntil(lambda: window.sidebar.saved_search_names() == ["Parliament", "Constitution", "Sovereignty"], timeout=5000)
    assert [s.name for s in stored(window)] == ["Parliament", "Constitution", "Sovereignty"]
    undo(window, qtbot)
    qtbot.waitUntil(lambda: window.sidebar.saved_search_names() == ["Constitution", "Sovereignty", "Parliament"], timeout=5000)


def test_the_count_is_live_after_an_import(window, qtbot, dialog_answers, tmp_path: Path):
    search(window, qtbot, "shalkiya")
    save(window, qtbot, dialog_answers, "Shalkiya")
    item = saved_item(window, "Shalkiya")
    qtbot.waitUntil(lambda: item.data(0, CountRole) == 0, timeout=5000)
    text = dump_text(
        "Enbekshi QazaQ",
        {"News": [article_lines("Shalkiya builds a school", dt.date(2026, 3, 1), ["Residents of Shalkiya met."])]},
    )
    window.imports.import_paths([str(write_dump(tmp_path / "new" / "010_shalkiya.txt", text))])
    qtbot.waitUntil(lambda: saved_item(window, "Shalkiya").data(0, CountRole) == 1, timeout=10000)


def test_nothing_to_save_is_said_not_saved(window, qtbot, dialog_answers):
    window.session.actions.action("corpus.save_search").trigger()
    assert "first" in window.statusBar().currentMessage()
    assert stored(window) == [] and dialog_answers == []
