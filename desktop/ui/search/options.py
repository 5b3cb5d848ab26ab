"""Edit ▸ Search Options: how loosely search words match (core/search_query.Matching), remembered.

Each option is on until the user turns it off; a word in "quotes" always matches exactly. A
change re-runs the search in the box at once.
"""

from __future__ import annotations

from dataclasses import fields

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtWidgets import QMenu, QWidget

from desktop.core.search_query import Matching
from desktop.ui.actions import ActionSpec
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.search.search_box import SearchBox
from desktop.ui.session import LibrarySession

SEARCH = QT_TRANSLATE_NOOP("Actions", "Search")
ACTIONS = (
    ActionSpec("search.word_forms", QT_TRANSLATE_NOOP("Actions", "Match &Word Forms"), SEARCH, checkable=True,
               tip=QT_TRANSLATE_NOOP("Actions", "Конституция also finds Конституции, Қазақстан also Қазақстанда; \"quotes\" match exactly")),
    ActionSpec("search.kazakh_keyboard", QT_TRANSLATE_NOOP("Actions", "Kazakh Typed on a &Russian Keyboard"), SEARCH, checkable=True,
               tip=QT_TRANSLATE_NOOP("Actions", "казакстан finds Қазақстан: а, г, к, н, о, у, х, и also match ә, ғ, қ, ң, ө, ұ/ү, һ, і")),
    ActionSpec("search.latin_script", QT_TRANSLATE_NOOP("Actions", "Kazakh in &Latin Letters"), SEARCH, checkable=True,
               tip=QT_TRANSLATE_NOOP("Actions", "Qazaqstan finds Қазақстан, and Қазақстан finds Qazaqstan (the 2021 alphabet)")),
)  # fmt: skip
_OPTION = {spec.id: spec.id.split(".", 1)[1] for spec in ACTIONS}  # action id -> Matching field


class SearchOptions(RetranslatingObject, QObject):
    def __init__(self, session: LibrarySession, box: SearchBox, parent: QWidget) -> None:
        super().__init__(parent)
        self.session, self.box = session, box
        self.menu = QMenu(parent)
        self.menu.setObjectName("search.options")
        for spec in ACTIONS:
            action = session.actions.add(spec, self._changed)
            action.setChecked(bool(session.settings.get(f"search/{_OPTION[spec.id]}")))
            self.menu.addAction(action)
        session.actions.add_menu("search.options", self.menu)
        box.set_matching(self.matching)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Search &Options"))

    @property
    def matching(self) -> Matching:
        values = {_OPTION[spec.id]: self.session.actions.action(spec.id).isChecked() for spec in ACTIONS}
        assert set(values) == {f.name for f in fields(Matching)}
        return Matching(**values)

    def _changed(self) -> None:
        for spec in ACTIONS:
            self.session.settings.set(f"search/{_OPTION[spec.id]}", self.session.actions.action(spec.id).isChecked())
        self.box.set_matching(self.matching)
