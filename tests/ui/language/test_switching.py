"""View ▸ Language: the switch applies at once to everything the window shows, and is remembered."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDockWidget,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from desktop.ui.language import update
from desktop.ui.language.translators import current_language, system_language
from desktop.ui.settings import Settings

MENU_TITLES = {
    "ru": ["Файл", "Правка", "Статья", "Кодирование", "Корпус", "Вид", "Справка"],
    "kk": ["Файл", "Түзету", "Мақала", "Кодтау", "Корпус", "Көрініс", "Анықтама"],
    "en": ["File", "Edit", "Article", "Coding", "Corpus", "View", "Help"],
}


def _titles(window) -> list[str]:
    return [window.menus[m].title().replace("&", "") for m in ("file", "edit", "article", "coding", "corpus", "view", "help")]


def _english_only(code: str) -> set[str]:
    """English texts of the interface that read differently in the language (so seeing one means it was missed)."""
    found = set()
    for message, translation in update._entries(update.ts_path(code)):
        if message.numerus or "%" in message.source:
            continue
        source = message.source.replace("&&", "\0").replace("&", "").replace("\0", "&")
        if source != (translation.text or "").replace("&", "") and len(source) > 1:
            found.add(source)
    return found


def _shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user can see or hover in a window: labels, buttons, fields, lists,
    headers, tabs, titles, tooltips, menus and their actions."""
    texts: list[tuple[str, str]] = []
    # What is hidden (a tab not on top) is translated when it is next shown; menus are read whole.
    widgets = [w for w in (root, *root.findChildren(QWidget)) if w.isVisible() or isinstance(w, QMenu)]
    for w in widgets:
        name = f"{type(w).__name__}#{w.objectName()}"
        texts += [(name, w.windowTitle()), (name, w.toolTip())]
        if isinstance(w, QLabel):
            texts.append((name, w.text()))
        if isinstance(w, QAbstractButton):
            texts.append((name, w.text()))
        if isinstance(w, QLineEdit | QPlainTextEdit):
            texts.append((name, w.placeholderText()))
        if isinstance(w, QComboBox):
            texts += [(name, w.itemText(i)) for i in range(w.count())]
        if isinstance(w, QTabWidget):
            texts += [(name, w.tabText(i)) for i in range(w.count())]
        if isinstance(w, QHeaderView) and w.model() is not None:
            for section in range(w.count()):
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                    value = w.model().headerData(section, w.orientation(), role)
                    texts.append((name, value if isinstance(value, str) else ""))
        if isinstance(w, QMenu):
            texts.append((name, w.title()))
        for action in w.actions():
            texts += [(f"{name} action", action.text()), (f"{name} action", action.toolTip()), (f"{name} action", action.statusTip())]
            if action.menu() is not None:
                texts.append((f"{name} submenu", action.menu().title()))
                texts += [(f"{name} submenu", a.text()) for a in action.menu().actions()]
    return [(where, text.replace("&&", "\0").replace("&", "").replace("\0", "&")) for where, text in texts if text]


def _open_everything(window, qtbot) -> list[QWidget]:
    """Every pane, tab and dialog the window has, open, so that the check sees them."""
    window.article_list.select_row(2)
    for dock in window.findChildren(QDockWidget):
        dock.show()
    window.coding.show_analysis("agreement")
    window.session.actions.action("app.shortcuts").trigger()
    window.session.actions.action("annotations.browse").trigger()
    window.compare.compare_current()
    qtbot.wait(200)
    return [w for w in window.findChildren(QWidget) if w.isWindow() and w.isVisible()]


def _switch(window, code: str) -> None:
    window.session.actions.action(f"view.language.{code}").trigger()


@pytest.mark.parametrize(("code", "count"), [("ru", "10 статей"), ("kk", "10 мақала")])
def test_switching_language_translates_the_whole_window_at_once(window, qtbot, code: str, count: str):
    assert _titles(window) == MENU_TITLES["en"]
    windows = _open_everything(window, qtbot)
    assert len(windows) >= 3  # the F1 list, the annotation browser and the compare view are open too
    _switch(window, code)
    assert current_language() == code
    assert _titles(window) == MENU_TITLES[code]
    english = _english_only(code)
    left = [(where, text) for top in [window, *windows] for where, text in _shown_texts(top) if text in english]
    assert left == [], left
    assert window.count_label.text() == count
    assert window.session.actions.action(f"view.language.{code}").isChecked()
    _switch(window, "en")
    assert _titles(window) == MENU_TITLES["en"]
    assert window.count_label.text() == "10 articles"


@pytest.mark.parametrize("code", ["kk", "ru"])
def test_the_choice_is_remembered_and_the_next_window_opens_in_it(open_window, sample_db: Path, qtbot, code: str):
    window = open_window(sample_db)
    _switch(window, code)
    assert Settings().language == code
    window.close()
    again = open_window(sample_db)
    assert _titles(again) == MENU_TITLES[code]
    assert again.session.actions.action(f"view.language.{code}").isChecked()
    assert again.language.menu.title().replace("&", "") == {"ru": "Язык", "kk": "Тіл"}[code]


def test_the_language_menu_names_each_language_in_itself_and_follows_the_system_by_default(open_window, sample_db: Path):
    Settings().language = "system"
    window = open_window(sample_db)
    names = [a.text().replace("&", "") for a in window.language.menu.actions() if not a.isSeparator()]
    assert names[1:] == ["English", "Қазақша", "Русский"]
    assert window.session.actions.action("view.language.system").isChecked()
    assert current_language() == system_language()


def test_the_system_language_is_the_first_preferred_one_qalam_has():
    assert system_language(["ru-RU", "en-US"]) == "ru"
    assert system_language(["kk_KZ"]) == "kk"
    assert system_language(["de-DE", "kk-KZ"]) == "kk"
    assert system_language(["de-DE", "fr-FR"]) == "en"
