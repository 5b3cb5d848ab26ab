"""The article list: a lazy table model over the library, and the view that shows it.

The model holds ids, not rows, and only the ids of the pages the user has looked at: it
asks core for the row count, then for pages of ids and the display data of those ids, with
a small cache of each. Sorting and filtering run in SQL. When the library changes, rows that
are on screen get `dataChanged`; when rows come or go (an import), a layout change moves the
selection and the scroll anchor to where their articles now are, so neither jumps.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    Qt,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView
from sqlite_utils import Database

from desktop.core.article_query import (
    ArticleFilter,
    ArticleRow,
    SortKey,
    article_ids,
    article_rows,
    count_articles,
    positions_of,
)
from desktop.core.ids import ArticleId
from desktop.ui.resources import themed_icon
from desktop.ui.theme import LIGHT, Palette

ARTICLE_IDS_MIME = "application/x-qalam-article-ids"
PAGE_SIZE = 200
MAX_PAGES = 24
MAX_ROWS = 2000

COLUMNS = ("Title", "Date", "Sections", "Source", "Versions", "Annotations", "Tags")
COL_TITLE, COL_DATE, COL_SECTIONS, COL_SOURCE, COL_VERSIONS, COL_ANNOTATIONS, COL_TAGS = range(7)
SORTABLE = {
    COL_TITLE: SortKey.TITLE,
    COL_DATE: SortKey.DATE,
    COL_SOURCE: SortKey.SOURCE,
    COL_VERSIONS: SortKey.VERSIONS,
    COL_ANNOTATIONS: SortKey.ANNOTATIONS,
}
HEADER_ICONS = {COL_VERSIONS: "versions", COL_ANNOTATIONS: "annotation"}
COLUMN_TIPS = {COL_VERSIONS: "Versions: how many different texts of the article were seen", COL_ANNOTATIONS: "Annotations"}
HIDDEN_BY_DEFAULT = (COL_SOURCE,)
ArticleIdRole = Qt.ItemDataRole.UserRole + 1


class ArticleTableModel(QAbstractTableModel):
    countChanged = Signal(int)

    def __init__(self, db: Database, parent=None) -> None:
        super().__init__(parent)
        self._db = db
        self._filter = ArticleFilter()
        self._sort = SortKey.DATE
        self._descending = True
        self._count = count_articles(db, self._filter)
        self._pages: OrderedDict[int, list[ArticleId]] = OrderedDict()
        self._rows: OrderedDict[ArticleId, ArticleRow] = OrderedDict()
        self._palette = LIGHT
        self._bold = QFont()
        self._bold.setBold(True)

    # --- what the view asks --------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        icon = HEADER_ICONS.get(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if icon else COLUMNS[section]
        if role == Qt.ItemDataRole.DecorationRole and icon:
            return themed_icon(icon, self._palette.icon)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return COLUMN_TIPS.get(section, COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        article = self.article_at(index.row())
        if article is None:
            return None
        if role == ArticleIdRole:
            return int(article)
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.FontRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.DecorationRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ForegroundRole,
            Qt.ItemDataRole.AccessibleTextRole,
        ):
            return None
        row = self.row_data(article)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _display(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if not row.is_read else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                return row.title
            if column in (COL_SECTIONS, COL_TAGS):
                return _display(row, column)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TITLE:
            if row.is_starred:
                return themed_icon("star-filled", "#d4a017")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_VERSIONS, COL_ANNOTATIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_DATE, COL_SOURCE, COL_SECTIONS):
            return QColor(self._palette.muted)
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        base = super().flags(index)
        return base | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else base

    def mimeTypes(self) -> list[str]:
        return [ARTICLE_IDS_MIME]

    def mimeData(self, indexes: Iterable[QModelIndex]) -> QMimeData:
        ids = sorted({int(a) for ix in indexes if (a := self.article_at(ix.row())) is not None})
        mime = QMimeData()
        mime.setData(ARTICLE_IDS_MIME, QByteArray(json.dumps(ids).encode()))
        mime.setText("\n".join(str(i) for i in ids))
        return mime

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        key = SORTABLE.get(column)
        if key is None:
            return
        descending = order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self._sort, self._descending):
            return
        self._sort, self._descending = key, descending
        self._relayout()

    # --- ids and rows, fetched in pages ---------------------------------------------------
    def article_at(self, row: int) -> ArticleId | None:
        if row < 0 or row >= self._count:
            return None
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page = article_ids(self._db, self._filter, self._sort, self._descending, page_number * PAGE_SIZE, PAGE_SIZE)
            self._pages[page_number] = page
            while len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
            self._prefetch_rows(page)
        else:
            self._pages.move_to_end(page_number)
        return page[offset] if offset < len(page) else None

    def row_data(self, article: ArticleId) -> ArticleRow | None:
        row = self._rows.get(article)
        if row is None:
            self._prefetch_rows([article])
            row = self._rows.get(article)
        return row

    def _prefetch_rows(self, ids: list[ArticleId]) -> None:
        missing = [a for a in ids if a not in self._rows]
        if missing:
            self._rows.update(article_rows(self._db, missing))
            while len(self._rows) > MAX_ROWS:
                self._rows.popitem(last=False)

    def row_of(self, article: ArticleId) -> int | None:
        """The row an article is on, looking in loaded pages first, then asking SQL."""
        for number, page in self._pages.items():
            if article in page:
                return number * PAGE_SIZE + page.index(article)
        return positions_of(self._db, self._filter, self._sort, self._descending, [article]).get(article)

    # --- state -----------------------------------------------------------------------------
    @property
    def filter(self) -> ArticleFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[SortKey, bool]:
        return self._sort, self._descending

    def set_filter(self, flt: ArticleFilter) -> None:
        if flt == self._filter:
            return
        self.beginResetModel()
        self._filter = flt
        self._pages.clear()
        self._count = count_articles(self._db, flt)
        self.endResetModel()
        self.countChanged.emit(self._count)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._emit_all_changed()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    @Slot(object)
    def articles_changed(self, ids: Iterable[ArticleId]) -> None:
        """Some articles changed in the library (flags, tags, versions): refresh what shows."""
        changed = set(ids)
        if not changed:
            return
        for article in changed:
            self._rows.pop(article, None)
        if self._filter_depends_on_changes():
            self._relayout()
            return
        rows = [number * PAGE_SIZE + i for number, page in self._pages.items() for i, a in enumerate(page) if a in changed]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    @Slot()
    def library_grew(self) -> None:
        """Rows may have appeared anywhere (an import committed): re-place, keeping selection and scroll."""
        self._relayout()

    def _filter_depends_on_changes(self) -> bool:
        # Flags and tags can move an article in or out of a filtered list, or along a sort by them.
        return self._filter != ArticleFilter() or self._sort in (SortKey.VERSIONS, SortKey.ANNOTATIONS)

    def _relayout(self) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        tracked = {ix.row(): self.article_at(ix.row()) for ix in persistent}
        self._pages.clear()
        self._rows.clear()
        self._count = count_articles(self._db, self._filter)
        wanted = [a for a in set(tracked.values()) if a is not None]
        places = positions_of(self._db, self._filter, self._sort, self._descending, wanted) if wanted else {}
        new_indexes = []
        for ix in persistent:
            article = tracked.get(ix.row())
            row = places.get(article) if article is not None else None
            new_indexes.append(self.index(row, ix.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()
        self.countChanged.emit(self._count)

    def _emit_all_changed(self) -> None:
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMNS) - 1))




def _display(row: ArticleRow, column: int) -> str:
    if column == COL_TITLE:
        return row.title
    if column == COL_DATE:
        return row.date or "—"
    if column == COL_SECTIONS:
        return ", ".join(row.sections)
    if column == COL_SOURCE:
        return row.source
    if column == COL_VERSIONS:
        return str(row.version_count)
    if column == COL_ANNOTATIONS:
        return str(row.annotation_count) if row.annotation_count else ""
    if column == COL_TAGS:
        return ", ".join(row.tags)
    return ""


class ArticleList(QTableView):
    """The table of articles; keeps the top visible article in place across layout changes."""

    def __init__(self, model: ArticleTableModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("articleList")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSortingEnabled(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(False)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setTabKeyNavigation(False)
        vertical = self.verticalHeader()
        vertical.setVisible(False)
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 12)
        header = self.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(28)
        for column, width in ((COL_DATE, 92), (COL_SECTIONS, 112), (COL_SOURCE, 120), (COL_VERSIONS, 40), (COL_ANNOTATIONS, 40), (COL_TAGS, 110)):
            header.resizeSection(column, width)
        for column in HIDDEN_BY_DEFAULT:
            header.hideSection(column)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self._anchor: QPersistentModelIndex | None = None
        model.layoutAboutToBeChanged.connect(self._remember_anchor)
        model.layoutChanged.connect(self._restore_anchor)

    def article_model(self) -> ArticleTableModel:
        model = self.model()
        assert isinstance(model, ArticleTableModel)
        return model

    def selected_articles(self) -> list[ArticleId]:
        model = self.article_model()
        rows = sorted({ix.row() for ix in self.selectionModel().selectedRows()})
        return [a for r in rows if (a := model.article_at(r)) is not None]

    def current_article(self) -> ArticleId | None:
        index = self.currentIndex()
        return self.article_model().article_at(index.row()) if index.isValid() else None

    def select_article(self, article: ArticleId) -> bool:
        row = self.article_model().row_of(article)
        if row is None:
            return False
        self.select_row(row)
        return True

    def select_row(self, row: int) -> None:
        model = self.article_model()
        if not 0 <= row < model.rowCount():
            return
        index = model.index(row, COL_TITLE)
        self.setCurrentIndex(index)
        self.scrollTo(index)

    @Slot(QPoint)
    def _header_menu(self, pos: QPoint) -> None:
        """Show or hide columns, as in any mail or library app."""
        header = self.horizontalHeader()
        menu = QMenu(self)
        for column, name in enumerate(COLUMNS):
            if column == COL_TITLE:
                continue
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, c=column: header.setSectionHidden(c, not shown))
        menu.exec(header.mapToGlobal(pos))

    @Slot()
    def _remember_anchor(self) -> None:
        top = self.indexAt(self.viewport().rect().topLeft())
        self._anchor_offset = self.visualRect(top).top() if top.isValid() else 0
        self._anchor = QPersistentModelIndex(top) if top.isValid() else None

    @Slot()
    def _restore_anchor(self) -> None:
        anchor, self._anchor = self._anchor, None
        if anchor is not None and anchor.isValid():
            self.scrollTo(self.model().index(anchor.row(), 0), QAbstractItemView.ScrollHint.PositionAtTop)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - self._anchor_offset)
