"""The article list at work: the filter it shows, moving through it, read and star, and keeping current.

The list shows the sidebar's filter AND the search box's query. The controller tells the
reader which article to show, and whether the user chose it (a click, J/K, Enter) or it only
became current (the first row after a search): only a chosen article is marked read by
reading it. Read and star toggles are undoable. When the library changes, rows on screen are
repainted; rows that came (an import) are placed at most every two seconds, so a long
import does not keep the window relaying out.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QItemSelection,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QKeySequence, QUndoCommand
from PySide6.QtWidgets import QLabel, QMenu, QWidget
from sqlite_utils import Database

from desktop.core import articles as article_ops
from desktop.core.article_query import ArticleFilter
from desktop.core.changes import Change
from desktop.core.ids import ArticleId
from desktop.core.search_query import SearchQuery
from desktop.ui.actions import ActionSpec
from desktop.ui.article_list.model import SORTABLE, ArticleList, ArticleTableModel
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.search.search_box import problem_text
from desktop.ui.session import LibrarySession
from desktop.ui.sidebar.sidebar import SidebarSelection

REFRESH_MS = 250  # the first rows of an empty library show at once
GROWTH_REFRESH_MS = 2000  # after that, an import's new rows are placed at most this often (tests/benchmarks/)

ARTICLES = QT_TRANSLATE_NOOP("Actions", "Articles")
ACTIONS = (
    ActionSpec("list.next", QT_TRANSLATE_NOOP("Actions", "&Next Article"), ARTICLES, ("J",)),
    ActionSpec("list.previous", QT_TRANSLATE_NOOP("Actions", "&Previous Article"), ARTICLES, ("K",)),
    ActionSpec("list.toggle_read", QT_TRANSLATE_NOOP("Actions", "Toggle &Read"), ARTICLES, ("M",), "read"),
    ActionSpec("list.toggle_star", QT_TRANSLATE_NOOP("Actions", "Toggle &Star"), ARTICLES, ("S",), "star"),
    ActionSpec("list.select_all", QT_TRANSLATE_NOOP("Actions", "Select &All Articles"), ARTICLES, (QKeySequence.StandardKey.SelectAll,)),
)


class _SetFlag(QUndoCommand):
    """Read or star some articles; undo gives the flag back to exactly those whose flag changed.

    Which ones changed is noted inside the write op (on the writer thread, which runs ops in
    order), so an undo queued right after still knows them.
    """

    def __init__(self, controller: ListController, flag: str, ids: list[ArticleId], value: bool) -> None:
        super().__init__()
        self.controller, self.flag, self.ids, self.value = controller, flag, ids, value
        self.changed: frozenset[ArticleId] | None = None
        labels = {
            "read": (QT_TRANSLATE_NOOP("ListController", "Mark Read"), QT_TRANSLATE_NOOP("ListController", "Mark Unread")),
            "star": (QT_TRANSLATE_NOOP("ListController", "Star"), QT_TRANSLATE_NOOP("ListController", "Unstar")),
        }[flag]
        self.setText(QCoreApplication.translate("ListController", labels[0] if value else labels[1]))

    def _set(self, db: Database, ids: list[ArticleId], value: bool) -> Change:
        setter = article_ops.set_read if self.flag == "read" else article_ops.set_starred
        return setter(db, ids, value)

    def redo(self) -> None:
        def op(db: Database) -> Change:
            change = self._set(db, self.ids if self.changed is None else sorted(self.changed), self.value)
            if self.changed is None:
                self.changed = change.flags
            return change

        self.controller.session.write(op)

    def undo(self) -> None:
        self.controller.session.write(lambda db: self._set(db, sorted(self.changed or ()), not self.value))


class ListController(RetranslatingObject, QObject):
    articleChanged = Signal(object, bool)  # the article to read (or None), whether the user chose it
    countTextChanged = Signal(str)
    emptinessChanged = Signal()  # whether the whole library is empty may have changed
    filterChanged = Signal(object)  # the ArticleFilter the list now shows (sidebar AND search)

    def __init__(self, session: LibrarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.model = ArticleTableModel(session, self)
        self.view = ArticleList(self.model, parent)
        self.count_label = QLabel(parent)
        self.count_label.setObjectName("countLabel")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)  # it shows section, tag and file names from dumps
        self._sidebar = SidebarSelection()
        self._query = SearchQuery()
        self._query_text = ""
        self._placing = False  # the controller itself is moving the current row: not the user's choice
        self._grow_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._grow_timer.timeout.connect(self._apply_growth)

        slots = {
            "list.next": lambda: self.move_current(1),
            "list.previous": lambda: self.move_current(-1),
            "list.toggle_read": self.toggle_read,
            "list.toggle_star": self.toggle_star,
            "list.select_all": self.view.selectAll,
        }
        for spec in ACTIONS:
            session.actions.add(spec, slots[spec.id])

        self.view.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.view.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.view.customContextMenuRequested.connect(self._context_menu)
        self.model.countChanged.connect(self._update_count)
        self.model.modelReset.connect(self.emptinessChanged.emit)
        session.libraryChanged.connect(self._on_library_changed)
        session.theme.changed.connect(self.model.set_palette)
        self.model.set_palette(session.theme.palette)
        self._restore_settings()
        self._update_count(self.model.rowCount())

    # --- filter --------------------------------------------------------------------------------------
    def current_filter(self) -> ArticleFilter:
        # A search with a filter it cannot use lists nothing (and says why), rather than everything.
        return replace(self._sidebar.entries, query=self._query, prefix_search=True, nothing=bool(self._query.problems))

    def set_sidebar_selection(self, selection: SidebarSelection) -> None:
        self._sidebar = selection
        self._apply_filter()

    def set_query(self, query: SearchQuery, text: str) -> None:
        self._query, self._query_text = query, text
        self._apply_filter()
        self._update_count(self.model.rowCount())  # the label names the query, which may change when the filter does not

    def _apply_filter(self) -> None:
        current = self.view.current_article()
        self.model.set_filter(self.current_filter())
        self.filterChanged.emit(self.current_filter())
        if current is not None and self._place(current):
            return
        if self.model.rowCount():
            self.select_row(0)
        else:
            self.articleChanged.emit(None, False)

    def shows_empty_library(self) -> bool:
        """True when no filter is on and the library holds no article."""
        return replace(self.model.filter, prefix_search=False) == ArticleFilter() and self.model.rowCount() == 0

    @Slot(int)
    def _update_count(self, count: int) -> None:
        total = replace(self.model.filter, prefix_search=False) == ArticleFilter()
        if self._query.problems:
            text = self.tr("No articles: %1").replace("%1", "; ".join(problem_text(p) for p in self._query.problems))
            self.count_label.setText(text)
            self.countTextChanged.emit(text)
            self.emptinessChanged.emit()
            return
        # Until a background count arrives (a common word in a large library), the rows found so far.
        if self.model.count_is_exact:
            text = self.tr("%Ln article(s)", "", count)
        else:
            text = self.tr("%Ln+ article(s)", "the rows found so far, while the list is still counted", count)
        if not total:
            labels = list(self._sidebar.labels)
            if not self._query.is_empty:
                labels.append(f"“{self._query_text.strip()}”")
            text = f"{text} · {' + '.join(labels)}"
        self.count_label.setText(text)
        self.countTextChanged.emit(text)
        self.emptinessChanged.emit()

    def retranslate(self) -> None:
        self.model.retranslate()
        self._update_count(self.model.rowCount())

    # --- moving --------------------------------------------------------------------------------------
    def select_row(self, row: int) -> None:
        """Make a row current without it counting as the user's choice."""
        self._placing = True
        try:
            self.view.select_row(row)
        finally:
            self._placing = False

    def _place(self, article: ArticleId) -> bool:
        self._placing = True
        try:
            return self.view.select_article(article)
        finally:
            self._placing = False

    def move_current(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.view.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if row >= count and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())  # the rows after these, while the list's count is still coming
            count = self.model.rowCount()
        self.view.select_row(max(0, min(count - 1, row)))

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._show_row(current.row() if current.isValid() else -1, chosen=not self._placing)

    def _show_row(self, row: int, *, chosen: bool) -> None:
        article = self.model.article_at(row) if row >= 0 else None
        self.articleChanged.emit(article, chosen)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.session.set_selection(self.view.selected_articles())

    # --- read and star ----------------------------------------------------------------------------------
    def toggle_read(self) -> None:
        ids = self.session.targets()
        if ids:
            rows = self._rows(ids)
            self.set_flag("read", ids, not all(r.is_read for r in rows))

    def toggle_star(self) -> None:
        ids = self.session.targets()
        if ids:
            rows = self._rows(ids)
            self.set_flag("star", ids, not all(r.is_starred for r in rows))

    def set_flag(self, flag: str, ids: list[ArticleId], value: bool) -> None:
        self.session.undo_stack.push(_SetFlag(self, flag, ids, value))

    def mark_read_by_reading(self, article: ArticleId) -> None:
        """The reader's dwell: not an undo step, as a mail client does not make one either."""
        self.session.write(lambda db: article_ops.set_read(db, [article], True))

    def _rows(self, ids: list[ArticleId]):
        return [row for a in ids if (row := self.model.row_data(a)) is not None]

    # --- the library changed -------------------------------------------------------------------------------
    @Slot(object)
    def _on_library_changed(self, change: Change) -> None:
        self.model.drift.library_changed(change)
        if change.articles:
            self.model.articles_changed(change.articles)
        if change.rows_added and not self._grow_timer.isActive():
            self._grow_timer.start(REFRESH_MS if self.model.rowCount() == 0 else GROWTH_REFRESH_MS)

    def flush_growth(self) -> None:
        """Place new rows now (an import finished)."""
        if self._grow_timer.isActive():
            self._grow_timer.stop()
            self._apply_growth()

    @Slot()
    def _apply_growth(self) -> None:
        was_empty = self.model.rowCount() == 0
        self.model.library_grew()
        self.emptinessChanged.emit()
        if was_empty and self.model.rowCount() and not self.view.currentIndex().isValid():
            self.select_row(0)

    # --- context menu ---------------------------------------------------------------------------------------
    MENU = ("list.toggle_read", "list.toggle_star", "-", "tags.add", "@tags.remove", "-", "compare.versions", "compare.link",
            "@compare.unlink", "-", "reader.open_source")  # fmt: skip

    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        if not self.session.targets():
            return
        menu = QMenu(self.view)
        self.session.actions.fill(menu, self.MENU)
        menu.exec(self.view.viewport().mapToGlobal(pos))
        menu.deleteLater()

    # --- settings ----------------------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.session.settings
        header = s.get("list/header")
        if not header.isEmpty():
            self.view.restore_header(header)
        column = s.get("list/sort_column")
        column = column if column in SORTABLE else 1
        order = Qt.SortOrder.DescendingOrder if s.get("list/sort_descending") else Qt.SortOrder.AscendingOrder
        self.view.sortByColumn(column, order)

    def save_settings(self) -> None:
        s = self.session.settings
        header = self.view.horizontalHeader()
        s.set("list/header", self.view.header_state())
        s.set("list/sort_column", header.sortIndicatorSection())
        s.set("list/sort_descending", header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)

    def reset_columns(self) -> None:
        self.view.reset_columns()
        self.view.sortByColumn(1, Qt.SortOrder.DescendingOrder)

    def stop(self) -> None:
        self._grow_timer.stop()
