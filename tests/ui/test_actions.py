"""The action registry: F1 lists every key, no two actions share one, and menus are built by id."""

from __future__ import annotations

from collections import defaultdict

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget

from desktop.core.exports.registry import FORMATS
from desktop.ui.shortcuts_dialog import ShortcutsDialog


def _actions_with_keys() -> list[QAction]:
    found = []
    for top in QApplication.topLevelWidgets():
        found.extend(a for a in top.findChildren(QAction) if a.shortcuts())
    return list(dict.fromkeys(found))


def _open_f1(window, qtbot) -> ShortcutsDialog:
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F1)
    dialog = window.findChild(ShortcutsDialog)
    assert dialog is not None and dialog.isVisible()
    return dialog


def test_f1_lists_every_key_of_every_action(window, qtbot):
    window.article_list.select_row(0)
    window.compare.compare_current()  # the compare view's own keys exist once it is open
    assert window.findChild(QWidget, "compareView") is not None
    listed = {key for keys, _ in _open_f1(window, qtbot).rows() for key in keys.split(" / ")}
    missing = {
        (a.objectName(), k.toString(QKeySequence.SequenceFormat.NativeText))
        for a in _actions_with_keys()
        for k in a.shortcuts()
        if k.toString(QKeySequence.SequenceFormat.NativeText) not in listed
    }
    assert missing == set()
    for key in ("J", "K", "M", "S", "T", "Space", "1", "6", "Ctrl+B", "Ctrl+Shift+A", "Ctrl+Shift+N", "Ctrl+Z", "F7", "Ctrl+D"):
        assert QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText) in listed, key


def test_f1_can_be_searched(window, qtbot):
    dialog = _open_f1(window, qtbot)
    dialog.filter.setText("zoom")
    shown = [
        dialog.tree.topLevelItem(i).child(j).text(1)
        for i in range(dialog.tree.topLevelItemCount())
        for j in range(dialog.tree.topLevelItem(i).childCount())
        if not dialog.tree.topLevelItem(i).child(j).isHidden()
    ]
    assert shown and all("zoom" in s.casefold() for s in shown)


def test_no_two_actions_share_a_key_in_one_window(window, qtbot):
    window.article_list.select_row(0)
    window.compare.compare_current()
    by_window: dict[tuple[int, str], list[str]] = defaultdict(list)
    for action in _actions_with_keys():
        owner = action.parent()
        scope = id(owner.window()) if isinstance(owner, QWidget) else id(owner)
        for key in action.shortcuts():
            by_window[(scope, key.toString())].append(action.objectName())
    shared = {key: names for key, names in by_window.items() if len(names) > 1}
    assert shared == {}


def test_menus_are_built_from_the_registry_by_id(window):
    menus = {menu.objectName(): menu for menu in window.menuBar().findChildren(type(window.menus["file"]))}
    assert {"menu.file", "menu.edit", "menu.article", "menu.view", "menu.help"} <= set(menus)
    article_items = [a.objectName() for a in window.menus["article"].actions() if a.objectName()]
    assert article_items[:3] == ["list.next", "list.previous", "reader.page_down"]
    assert window.session.actions.action("list.toggle_star") in window.menus["article"].actions()


def test_file_export_lists_every_registry_format_in_each_scope(window):
    for scope in ("library", "selection", "article"):
        submenu = window.exports.menu.findChild(type(window.exports.menu), f"exports.{scope}")
        keys = [a.objectName().rsplit(".", 1)[-1] for a in submenu.actions() if a.objectName()]
        assert keys == [f.key for f in FORMATS]
