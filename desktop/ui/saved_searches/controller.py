"""Saved searches at work: save the current search and sidebar filter, apply, rename, edit, reorder, delete.

Every edit is an undo command over core snapshots (core/saved_searches.py), so Ctrl+Z after a
delete brings back the very row (same id, same UUID). The sidebar lists them with live counts:
after any change that can move a count (an import, a tag, a flag), each is counted again by a
read op of its own, latest only, coalesced so that an import's stream of dumps recounts a few
times at most.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPoint, QTimer, Signal, Slot
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QMenu, QWidget
from sqlite_utils import Database

from desktop.core import saved_searches as core
from desktop.core.article_query import ArticleFilter
from desktop.core.changes import Change
from desktop.core.ids import SavedSearchId
from desktop.core.saved_searches import SavedSearch, SavedSearchEdit, SavedSearchSnapshot
from desktop.core.search_query import parse_query
from desktop.ui.actions import ActionSpec
from desktop.ui.dialogs import confirm, inform
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.saved_searches.dialogs import SavedSearchDialog, SpecWords, describe_spec
from desktop.ui.session import LibrarySession
from desktop.ui.sidebar.sidebar import SavedEntry, Sidebar

GROUP = QT_TRANSLATE_NOOP("Actions", "Corpus")
SAVE = ActionSpec("corpus.save_search", QT_TRANSLATE_NOOP("Actions", "&Save Search…"), GROUP, ("Ctrl+Shift+D",), "saved-search",
                  help=QT_TRANSLATE_NOOP("Actions", "save the search and the sidebar filter under a name"))  # fmt: skip
COUNT_MS = 500
# The core's refusals, for the translators (a message not listed shows as the core wrote it).
CORE_MESSAGES = (
    QT_TRANSLATE_NOOP("SavedSearchesController", "A saved search needs a name."),
    QT_TRANSLATE_NOOP("SavedSearchesController", "There is nothing to save: type a search or pick a sidebar filter first."),
)
CurrentSearch = Callable[[], tuple[str, ArticleFilter]]  # the search box text, and the sidebar's entries


class _SavedSearchCommand(QUndoCommand):
    """An edit; undo and redo swap the saved searches between the two snapshots (handed over on the writer thread)."""

    def __init__(self, controller: SavedSearchesController, text: str, op: Callable[[Database], SavedSearchEdit]) -> None:
        super().__init__(text)
        self.controller, self.op = controller, op
        self.before: SavedSearchSnapshot | None = None
        self.after: SavedSearchSnapshot | None = None

    def redo(self) -> None:
        def op(db: Database) -> SavedSearchEdit:
            edit = self.op(db) if self.after is None else core.restore_saved_searches(db, self.after)
            self.before = edit.before
            return edit

        self.controller.run(op)

    def undo(self) -> None:
        def op(db: Database) -> SavedSearchEdit | None:
            if self.before is None:
                return None  # the edit failed: nothing to undo
            edit = core.restore_saved_searches(db, self.before)
            self.after = edit.before
            return edit

        self.controller.run(op)


class SavedSearchesController(RetranslatingObject, QObject):
    applyRequested = Signal(str, object)  # search box text, sidebar entries (ArticleFilter)

    def __init__(self, session: LibrarySession, sidebar: Sidebar, current: CurrentSearch, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.sidebar = sidebar
        self._current = current
        self._parent = parent
        self._searches: list[SavedSearch] = []
        session.actions.add(SAVE, self.save_current)
        session.actions.add_gesture(
            QT_TRANSLATE_NOOP("Actions", "Drag (saved search)"), QT_TRANSLATE_NOOP("Actions", "reorder the saved searches"), GROUP
        )
        self._count_timer = QTimer(self, singleShot=True, interval=COUNT_MS)
        self._count_timer.timeout.connect(self.recount)
        sidebar.savedSearchClicked.connect(self.apply)
        sidebar.savedSearchMenuRequested.connect(self._menu)
        sidebar.savedSearchMoved.connect(self.move)
        session.libraryChanged.connect(self._on_library_changed)
        self.reload()

    # --- listing and counting --------------------------------------------------------------------
    def reload(self) -> None:
        self._searches = core.list_saved_searches(self.session.db)
        self._list()
        self.recount()
        self.note_current()

    def retranslate(self) -> None:
        if not self.session.closed:
            self._list()  # the tooltips name the sidebar's entries in the new language

    def _list(self) -> None:
        self.sidebar.set_saved_searches([SavedEntry(s.id, s.name, self._tooltip(s)) for s in self._searches])

    def searches(self) -> list[SavedSearch]:
        return list(self._searches)

    def _tooltip(self, search: SavedSearch) -> str:
        parts = [search.name]
        if search.query:
            parts.append(self.tr("Search: %1").replace("%1", search.query))
        if not search.spec.is_empty:
            parts.append(self.tr("Sidebar: %1").replace("%1", describe_spec(search.spec)))
        missing = core.missing_parts(self.session.db, search.spec)
        if missing:
            parts.append(self.tr("No longer in the library: %1 (so nothing matches)").replace("%1", SpecWords().missing(missing)))
        return "\n".join(parts)

    @Slot()
    def recount(self) -> None:
        self._count_timer.stop()
        for search in self._searches:
            ident = int(search.id)
            self.session.read(
                lambda db, s=search: core.count_saved_search(db, s),
                lambda count, i=ident: self.sidebar.set_saved_search_count(i, count),
                lambda _error: None,  # a search that cannot be counted keeps its last count
                key=f"saved_searches.count.{ident}",
            )

    @Slot(object)
    def _on_library_changed(self, change: Change) -> None:
        if change.saved_searches or change.tag_definitions:
            self.reload()
        elif change.counts or change.rows_added or change.texts or change.articles:
            self._count_timer.start()

    # --- the current search ---------------------------------------------------------------------------
    def note_current(self) -> None:
        """Mark the saved search the list now shows, if it shows one."""
        text, entries = self._current()
        query = parse_query(text)
        spec = core.spec_of_filter(self.session.db, entries)
        active = next((s.id for s in self._searches if parse_query(s.query) == query and s.spec == spec), None)
        self.sidebar.set_active_saved_search(int(active) if active is not None else None)

    @Slot()
    def save_current(self) -> None:
        text, entries = self._current()
        spec = core.spec_of_filter(self.session.db, entries)
        if not text.strip() and spec.is_empty:
            self.session.say(self.tr("Type a search or pick a sidebar filter first: that is what a saved search keeps."), 5000)
            return
        dialog = SavedSearchDialog(
            self._parent, self.tr("Save Search"), name=text.strip() or describe_spec(spec), query=text.strip(), spec=spec
        )
        if dialog.exec():
            name, query = dialog.name(), dialog.query()
            self._push(
                self.tr("Save Search “%1”").replace("%1", name), lambda db: core.create_saved_search(db, name, query, spec)
            )
        dialog.deleteLater()

    @Slot(int)
    def apply(self, search: int) -> None:
        found = core.get_saved_search(self.session.db, SavedSearchId(search))
        if found is None:
            return
        self.applyRequested.emit(found.query, core.filter_of_spec(self.session.db, found.spec))
        self.sidebar.set_active_saved_search(search)

    # --- editing ------------------------------------------------------------------------------------------
    def run(self, op: Callable[[Database], SavedSearchEdit | None]) -> None:
        self.session.write(op, None, self._error)

    def _push(self, text: str, op: Callable[[Database], SavedSearchEdit]) -> None:
        self.session.undo_stack.push(_SavedSearchCommand(self, text, op))

    def _error(self, error: BaseException) -> None:
        inform(
            self._parent,
            self.tr("Saved Searches"),
            self.tr(str(error)) if isinstance(error, ValueError) else f"{type(error).__name__}: {error}",
        )

    def _find(self, search: int) -> SavedSearch | None:
        return next((s for s in self._searches if s.id == search), None)

    def rename(self, search: int, name: str) -> None:
        found = self._find(search)
        if found is not None and name.strip() and name.strip() != found.name:
            self._push(
                self.tr("Rename Saved Search “%1”").replace("%1", found.name),
                lambda db: core.update_saved_search(db, found.id, name=name),
            )

    def edit(self, search: int) -> None:
        found = self._find(search)
        if found is None:
            return
        text, entries = self._current()
        current = core.spec_of_filter(self.session.db, entries)
        dialog = SavedSearchDialog(
            self._parent, self.tr("Edit Saved Search"), name=found.name, query=found.query, spec=found.spec, current=current
        )
        if dialog.exec():
            name, query, spec = dialog.name(), dialog.query(), dialog.chosen_spec()
            self._push(
                self.tr("Edit Saved Search “%1”").replace("%1", found.name),
                lambda db: core.update_saved_search(db, found.id, name=name, query=query, spec=spec),
            )
        dialog.deleteLater()

    def replace_with_current(self, search: int) -> None:
        found = self._find(search)
        if found is None:
            return
        text, entries = self._current()
        spec = core.spec_of_filter(self.session.db, entries)
        self._push(
            self.tr("Update Saved Search “%1”").replace("%1", found.name),
            lambda db: core.update_saved_search(db, found.id, query=text, spec=spec),
        )

    def delete(self, search: int, *, ask: bool = True) -> None:
        found = self._find(search)
        if found is None:
            return
        text = self.tr("Delete the saved search “%1”? The articles stay. Edit ▸ Undo brings it back.").replace("%1", found.name)
        if ask and not confirm(self._parent, self.tr("Delete Saved Search"), text, self.tr("Delete")):
            return
        self._push(
            self.tr("Delete Saved Search “%1”").replace("%1", found.name), lambda db: core.delete_saved_search(db, found.id)
        )
        self.session.say(self.tr("Saved search deleted. Ctrl+Z brings it back."), 6000)

    @Slot(int, int)
    def move(self, search: int, place: int) -> None:
        ids = [int(s.id) for s in self._searches]
        if search not in ids:
            return
        if place > ids.index(search):
            place -= 1  # dropped below itself: the others move up by one
        if place == ids.index(search):
            return
        self._push(self.tr("Move Saved Search"), lambda db: core.move_saved_search(db, SavedSearchId(search), place))

    # --- the sidebar's menu --------------------------------------------------------------------------------
    @Slot(int, QPoint)
    def _menu(self, search: int, where: QPoint) -> None:
        menu = QMenu(self.sidebar)
        menu.addAction(self.session.actions.action(SAVE.id))
        found = self._find(search)
        if found is not None:
            ids = [int(s.id) for s in self._searches]
            place = ids.index(search)
            menu.addSeparator()
            menu.addAction(self.tr("Rename…"), lambda: self._ask_rename(search))
            menu.addAction(self.tr("Edit…"), lambda: self.edit(search))
            menu.addAction(self.tr("Replace with the Current Search"), lambda: self.replace_with_current(search))
            menu.addSeparator()
            up = menu.addAction(self.tr("Move Up"), lambda: self.move(search, place - 1))
            up.setEnabled(place > 0)
            down = menu.addAction(self.tr("Move Down"), lambda: self.move(search, place + 2))
            down.setEnabled(place < len(ids) - 1)
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), lambda: self.delete(search))
        menu.exec(where)
        menu.deleteLater()

    def _ask_rename(self, search: int) -> None:
        found = self._find(search)
        if found is None:
            return
        dialog = SavedSearchDialog(self._parent, self.tr("Rename Saved Search"), name=found.name, query=None, spec=None)
        if dialog.exec():
            self.rename(search, dialog.name())
        dialog.deleteLater()
