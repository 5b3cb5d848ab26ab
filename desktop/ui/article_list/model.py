"""The article list: a lazy table model over the library, and the view that shows it.

The model holds ids, not rows, and only the ids of the pages the user has looked at: it
asks core for the row count, then for pages of ids and the display data of those ids, with
a small cache of each. Sorting and filtering run in SQL. When the library changes, rows that
are on screen get `dataChanged`; when rows come or go (an import), a layout change moves the
selection and the scroll anchor to where their articles now are, so neither jumps. (The list
controller tells the model what changed; the model never polls.)

At a million articles two more things matter. A page is found by keyset from the nearest
page already loaded, or from either end of the list, so scrolling to row 999,800 costs what
row 0 does. And a count that is not stored (a common word, two filters at once) is taken by
a read op off the GUI thread (the newest count only): until it arrives the list shows the
rows it has found so far and grows as the user scrolls (Qt's fetchMore), so no query that
scales with the library runs on the GUI thread when the filter changes.
"""

from __future__ import annotations

import json
from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QByteArray,
    QCoreApplication,
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

from desktop.core.article_query import (
    ArticleFilter,
    ArticleRow,
    SortKey,
    SortValues,
    article_rows,
    article_window,
    count_articles,
    locate,
    quick_count,
    search_is_large,
)
from desktop.core.ids import ArticleId
from desktop.core.version_compare import ChangeClass, Classification
from desktop.ui.article_list.drift_column import NO_DRIFT_MARK, DriftCounts
from desktop.ui.core_labels import class_label
from desktop.ui.plain_text import plain_tip
from desktop.ui.resources import themed_icon
from desktop.ui.session import LibrarySession
from desktop.ui.theme import LIGHT, Palette

ARTICLE_IDS_MIME = "application/x-qalam-article-ids"
PAGE_SIZE = 200
ROW_BATCH = 64  # rows whose display data is fetched together, around a row on screen
MAX_PAGES = 24
MAX_ROWS = 2000

COLUMNS = (
    QT_TRANSLATE_NOOP("ArticleTableModel", "Title"),
    QT_TRANSLATE_NOOP("ArticleTableModel", "Date"),
    QT_TRANSLATE_NOOP("ArticleTableModel", "Sections"),
    QT_TRANSLATE_NOOP("ArticleTableModel", "Source"),
    QT_TRANSLATE_NOOP("ArticleTableModel", "Versions"),
    QT_TRANSLATE_NOOP("ArticleTableModel", "Annotations"),
    QT_TRANSLATE_NOOP("ArticleTableModel", "Tags"),
    QT_TRANSLATE_NOOP("ArticleTableModel", "Drift"),
)
COL_TITLE, COL_DATE, COL_SECTIONS, COL_SOURCE, COL_VERSIONS, COL_ANNOTATIONS, COL_TAGS, COL_DRIFT = range(8)
SORTABLE = {
    COL_TITLE: SortKey.TITLE,
    COL_DATE: SortKey.DATE,
    COL_SOURCE: SortKey.SOURCE,
    COL_VERSIONS: SortKey.VERSIONS,
    COL_ANNOTATIONS: SortKey.ANNOTATIONS,
}
HEADER_ICONS = {COL_VERSIONS: "versions", COL_ANNOTATIONS: "annotation", COL_DRIFT: "drift"}  # short headers in every language
COLUMN_TIPS = {
    COL_VERSIONS: QT_TRANSLATE_NOOP("ArticleTableModel", "Versions: how many different texts of the article were seen"),
    COL_ANNOTATIONS: QT_TRANSLATE_NOOP("ArticleTableModel", "Annotations"),
    COL_DRIFT: QT_TRANSLATE_NOOP(
        "ArticleTableModel", "Drift: figures, names, dates and sentences that the article and its translations do not share"
    ),
}


def column_name(column: int) -> str:
    return QCoreApplication.translate("ArticleTableModel", COLUMNS[column])
HIDDEN_BY_DEFAULT = (COL_SOURCE,)
DEFAULT_WIDTHS = {COL_DATE: 92, COL_SECTIONS: 112, COL_SOURCE: 120, COL_VERSIONS: 52, COL_ANNOTATIONS: 40, COL_TAGS: 110, COL_DRIFT: 48}
# The title stays readable: when the list is narrower than the title needs plus the other columns,
# these are set aside, the first first, and come back when there is room again.
MIN_TITLE_WIDTH = 200
SET_ASIDE_ORDER = (COL_TAGS, COL_SECTIONS, COL_SOURCE, COL_DRIFT, COL_ANNOTATIONS, COL_VERSIONS, COL_DATE)
EDITED_MARK = "✎"
ArticleIdRole = Qt.ItemDataRole.UserRole + 1
COUNT_KEY = "article-list.count"  # the list's background count: only the newest is wanted
_ROLES_ANSWERED = frozenset(
    int(role)
    for role in (
        Qt.ItemDataRole.DisplayRole,
        Qt.ItemDataRole.FontRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.TextAlignmentRole,
        Qt.ItemDataRole.ForegroundRole,
        Qt.ItemDataRole.AccessibleTextRole,
        ArticleIdRole,
    )
)


class ArticleTableModel(QAbstractTableModel):
    countChanged = Signal(int)

    def __init__(self, session: LibrarySession, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        db = self._db = session.db
        self._filter = ArticleFilter()
        self._sort = SortKey.DATE
        self._descending = True
        self._count = count_articles(db, self._filter)
        self._exact = True  # False while a background count runs: `_count` is then the rows found so far
        self._walk = False  # the current search's plan (article_query.search_is_large)
        self._pages: OrderedDict[int, list[tuple[ArticleId, SortValues]]] = OrderedDict()
        self._rows: OrderedDict[ArticleId, ArticleRow] = OrderedDict()
        self._item_flags: Qt.ItemFlag | None = None
        self._muted = QColor(LIGHT.muted)
        self._palette = LIGHT
        self._bold = QFont()
        self._bold.setBold(True)
        # Drift against translations: computed off the GUI thread for rows on screen only (drift_column.py).
        self.drift = DriftCounts(session, self)
        self.drift.arrived.connect(self._drift_arrived)

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
            return "" if icon else column_name(section)
        if role == Qt.ItemDataRole.DecorationRole and icon:
            return themed_icon(icon, self._palette.icon)
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleTextRole):
            return QCoreApplication.translate("ArticleTableModel", COLUMN_TIPS.get(section, COLUMNS[section]))
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        # Called for every role of every visible cell on each paint: unasked-for roles leave first.
        if role not in _ROLES_ANSWERED or not index.isValid():
            return None
        article = self.article_at(index.row())
        if article is None:
            return None
        if role == ArticleIdRole:
            return int(article)
        if index.column() == COL_DRIFT and role not in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.DecorationRole):
            return self._drift_data(article, role)
        row = self._rows.get(article) or self._fetch_rows_around(index.row(), article)
        if row is None:
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return _display(row, column)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold if not row.is_read else None
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == COL_TITLE:
                return plain_tip(row.title)  # dump text: never rendered as markup
            if column in (COL_SECTIONS, COL_TAGS):
                return plain_tip(_display(row, column))
            if column == COL_VERSIONS:
                return self._versions_tip(row)
            return None
        if role == Qt.ItemDataRole.DecorationRole and column == COL_TITLE:
            if row.is_starred:
                return themed_icon("star-filled", "#d4a017")
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (COL_VERSIONS, COL_ANNOTATIONS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column in (COL_DATE, COL_SOURCE, COL_SECTIONS):
            return self._muted
        return None

    def _drift_data(self, article: ArticleId, role: int):
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return self.drift.display(article)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.drift.tooltip(article)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.drift.display(article) == NO_DRIFT_MARK:
            return self._muted
        return None

    def _drift_arrived(self, ids: list[ArticleId]) -> None:
        wanted = set(ids)
        rows = [number * PAGE_SIZE + i for number, page in self._pages.items() for i, (a, _) in enumerate(page) if a in wanted]
        if rows:
            self.dataChanged.emit(self.index(min(rows), COL_DRIFT), self.index(max(rows), COL_DRIFT))

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return super().flags(index)
        if self._item_flags is None:  # the same for every row: worked out once, not per cell per paint
            self._item_flags = super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled
        return self._item_flags

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
        self._relayout(recount=False)  # the same rows in another order

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and not self._exact

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:  # noqa: B008
        """While the count is not known, show the next page of rows when the view reaches the end."""
        if parent.isValid() or self._exact:
            return
        page = self._load_page(self._count // PAGE_SIZE)
        found = len(page)
        if found < PAGE_SIZE:
            self._exact = True  # the end of the list: the count is now known
        if found:
            self.beginInsertRows(QModelIndex(), self._count, self._count + found - 1)
            self._count += found
            self.endInsertRows()
        self.countChanged.emit(self._count)

    @property
    def count_is_exact(self) -> bool:
        return self._exact

    # --- ids and rows, fetched in pages ---------------------------------------------------
    def article_at(self, row: int) -> ArticleId | None:
        if row < 0 or row >= self._count:
            return None
        page_number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(page_number)
        if page is None:
            page = self._load_page(page_number)
        else:
            self._pages.move_to_end(page_number)
        return page[offset][0] if offset < len(page) else None

    def _load_page(self, number: int) -> list[tuple[ArticleId, SortValues]]:
        """Fetch a page by keyset, from whichever known place needs the fewest rows skipped."""
        start = number * PAGE_SIZE
        # (rows to skip, sort values to start after, backward, rows wanted)
        plans: list[tuple[int, SortValues | None, bool, int]] = [(start, None, False, PAGE_SIZE)]
        if self._exact:
            end = min(start + PAGE_SIZE, self._count)
            plans.append((self._count - end, None, True, max(0, end - start)))
        for known, rows in self._pages.items():
            if known < number and rows:
                plans.append(((number - known - 1) * PAGE_SIZE, rows[-1][1], False, PAGE_SIZE))
            elif known > number and rows:
                plans.append(((known - number - 1) * PAGE_SIZE, rows[0][1], True, PAGE_SIZE))
        skip, after, backward, wanted = min(plans, key=lambda plan: plan[0])
        page = article_window(
            self._db, self._filter, self._sort, self._descending,
            after=after, backward=backward, offset=skip, limit=wanted, walk_search=self._walk,
        ) if wanted else []  # fmt: skip
        self._pages[number] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page

    def row_data(self, article: ArticleId) -> ArticleRow | None:
        row = self._rows.get(article)
        if row is None:
            self._prefetch_rows([article])
            row = self._rows.get(article)
        return row

    def _fetch_rows_around(self, row: int, article: ArticleId) -> ArticleRow | None:
        """Display data for a screenful of rows around one the view asks for, in one batch: a page
        holds 200 ids, but fetching 200 rows' sections, tags and versions for 40 on screen is waste."""
        number, offset = divmod(row, PAGE_SIZE)
        page = self._pages.get(number, [])
        start = max(0, offset - ROW_BATCH // 4)
        ids = [a for a, _ in page[start : start + ROW_BATCH]] or [article]
        self._prefetch_rows(ids if article in ids else [*ids, article])
        return self._rows.get(article)

    def _prefetch_rows(self, ids: list[ArticleId]) -> None:
        missing = [a for a in ids if a not in self._rows]
        if missing:
            self._rows.update(article_rows(self._db, missing))
            while len(self._rows) > MAX_ROWS:
                self._rows.popitem(last=False)

    def row_of(self, article: ArticleId) -> int | None:
        """The row an article is on, looking in loaded pages first, then asking SQL."""
        for number, page in self._pages.items():
            for i, (a, _) in enumerate(page):
                if a == article:
                    return number * PAGE_SIZE + i
        return self._locate([article]).get(article)

    def _locate(self, articles: list[ArticleId]) -> dict[ArticleId, int]:
        """Rows of articles, from SQL; the page around each is fetched from its key, not by offset."""
        places = locate(self._db, self._filter, self._sort, self._descending, articles)
        rows = {}
        for article, (row, key) in places.items():
            if row >= self._count:
                continue  # past the rows shown while a count is still coming
            rows[article] = row
            number, offset = divmod(row, PAGE_SIZE)
            if number not in self._pages:
                page = article_window(
                    self._db, self._filter, self._sort, self._descending,
                    after=key, backward=True, limit=offset, walk_search=self._walk,
                ) if offset else []  # fmt: skip
                page.append((article, key))
                page += article_window(
                    self._db, self._filter, self._sort, self._descending, after=key, limit=PAGE_SIZE - offset - 1, walk_search=self._walk
                )
                self._pages[number] = page
                while len(self._pages) > MAX_PAGES:
                    self._pages.popitem(last=False)
        return rows

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
        self._count_rows(provisional=0)
        self.endResetModel()
        self.countChanged.emit(self._count)

    def _count_rows(self, provisional: int) -> None:
        """Set the count, from a stored counter when there is one, else start a background count."""
        self._walk = search_is_large(self._db, self._filter)
        count = None if self._walk else quick_count(self._db, self._filter, large=False)
        if count is not None:
            self._session.reads.cancel(COUNT_KEY)
            self._count = count
            self._exact = True
            return
        # Until the count comes, the rows found so far: at least the first page, so the view shows them now.
        first = len(self._load_page(0))
        self._count = max(provisional, first) if first == PAGE_SIZE else first
        self._exact = first < PAGE_SIZE
        if not self._exact:
            flt = self._filter
            self._session.read(lambda db: count_articles(db, flt), lambda n: self._on_counted(flt, n), key=COUNT_KEY)
        else:
            self._session.reads.cancel(COUNT_KEY)

    def _on_counted(self, flt: ArticleFilter, count: int) -> None:
        if flt != self._filter or self._exact:
            return  # a count for a filter no longer shown, or one the list already reached
        self._exact = True
        if count > self._count:
            self.beginInsertRows(QModelIndex(), self._count, count - 1)
            self._count = count
            self.endInsertRows()
        elif count < self._count:
            self.beginRemoveRows(QModelIndex(), count, self._count - 1)
            self._count = count
            self.endRemoveRows()
        self.countChanged.emit(self._count)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._muted = QColor(palette.muted)
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
        # Rows stay where they are, as in a mail client: an article read in the Unread view stays
        # until the filter is applied again, so the reader and J/K are not pulled away from it.
        rows = [number * PAGE_SIZE + i for number, page in self._pages.items() for i, (a, _) in enumerate(page) if a in changed]
        if rows:
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1))

    @Slot()
    def library_grew(self) -> None:
        """Rows may have appeared anywhere (an import committed): re-place, keeping selection and scroll."""
        self._relayout()

    def _relayout(self, *, recount: bool = True) -> None:
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        tracked = {ix.row(): self.article_at(ix.row()) for ix in persistent}
        self._pages.clear()
        self._rows.clear()
        if recount:
            self._count_rows(provisional=self._count)
        wanted = [a for a in dict.fromkeys(tracked.values()) if a is not None]
        places = self._locate(wanted) if wanted else {}
        new_indexes = []
        for ix in persistent:
            article = tracked.get(ix.row())
            row = places.get(article) if article is not None else None
            new_indexes.append(self.index(row, ix.column()) if row is not None else QModelIndex())
        self.changePersistentIndexList(persistent, new_indexes)
        self.layoutChanged.emit()
        self.countChanged.emit(self._count)

    def _versions_tip(self, row: ArticleRow) -> str:
        versions = self.tr("%n version(s)", "", row.version_count)
        if row.version_count < 2 or row.change_class is None:
            return versions
        if row.change_class is ChangeClass.EDITED:
            edited = self.tr("edited, up to %n word(s) changed (Ctrl+D compares)", "", row.words_changed)
            return f"{versions}: {edited}"
        against = self.tr("%1 against the first").replace("%1", class_label(Classification(row.change_class)))
        return f"{versions}: {against}"

    def retranslate(self) -> None:
        """Headers and tooltips in the new language (the list controller passes LanguageChange on)."""
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
        self._emit_all_changed()

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
        # A pencil marks a real edit, so punctuation-only copies do not call for a look.
        return f"{row.version_count} {EDITED_MARK}" if row.change_class is ChangeClass.EDITED else str(row.version_count)
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
        self._set_aside: set[int] = set()  # hidden for lack of room, not by the user
        self.reset_columns()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        self.setMinimumWidth(MIN_TITLE_WIDTH + 40)
        self._anchor: QPersistentModelIndex | None = None
        model.layoutAboutToBeChanged.connect(self._remember_anchor)
        model.layoutChanged.connect(self._restore_anchor)

    def reset_columns(self) -> None:
        """The columns' first order, widths and visibility."""
        header = self.horizontalHeader()
        self._set_aside = set()
        for column in range(len(COLUMNS)):
            header.moveSection(header.visualIndex(column), column)
            header.setSectionHidden(column, column in HIDDEN_BY_DEFAULT)
        for column, width in DEFAULT_WIDTHS.items():
            header.resizeSection(column, width)
        self._fit_columns()

    # --- columns that fit -----------------------------------------------------------------------
    def header_state(self) -> QByteArray:
        """The header as the user arranged it (columns set aside for room count as shown)."""
        header = self.horizontalHeader()
        for column in self._set_aside:
            header.setSectionHidden(column, False)
        state = header.saveState()
        for column in self._set_aside:
            header.setSectionHidden(column, True)
        return state

    def restore_header(self, state: QByteArray) -> None:
        self._set_aside = set()
        self.horizontalHeader().restoreState(state)
        self.horizontalHeader().setSectionResizeMode(COL_TITLE, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()

    def columns_set_aside(self) -> set[int]:
        return set(self._set_aside)

    def _fit_columns(self) -> None:
        header = self.horizontalHeader()
        bar = self.verticalScrollBar()
        width = self.width() - 2 * self.frameWidth() - (bar.sizeHint().width() if bar.isVisible() else 0)
        if width <= 0:
            return
        for column in sorted(self._set_aside):
            header.setSectionHidden(column, False)
        self._set_aside = set()

        def others() -> int:
            return sum(header.sectionSize(c) for c in range(len(COLUMNS)) if c != COL_TITLE and not header.isSectionHidden(c))

        for column in SET_ASIDE_ORDER:
            if width - others() >= MIN_TITLE_WIDTH:
                break
            if not header.isSectionHidden(column):
                header.setSectionHidden(column, True)
                self._set_aside.add(column)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

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
        for column in range(len(COLUMNS)):
            if column == COL_TITLE:
                continue
            action = menu.addAction(column_name(column))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column) or column in self._set_aside)
            action.toggled.connect(lambda shown, c=column: self._choose_column(c, shown))
        menu.exec(header.mapToGlobal(pos))

    def _choose_column(self, column: int, shown: bool) -> None:
        self._set_aside.discard(column)
        self.horizontalHeader().setSectionHidden(column, not shown)
        self._fit_columns()

    @Slot()
    def _remember_anchor(self) -> None:
        top = self.indexAt(self.viewport().rect().topLeft())
        self._anchor_offset = self.visualRect(top).top() if top.isValid() else 0
        self._anchor = QPersistentModelIndex(top) if top.isValid() else None
        self._anchor_row = top.row()

    @Slot()
    def _restore_anchor(self) -> None:
        anchor, self._anchor = self._anchor, None
        # Unmoved, the view is already in place: scrolling anyway would cost a second full repaint.
        if anchor is not None and anchor.isValid() and anchor.row() != self._anchor_row:
            self.scrollTo(self.model().index(anchor.row(), 0), QAbstractItemView.ScrollHint.PositionAtTop)
            bar = self.verticalScrollBar()
            bar.setValue(bar.value() - self._anchor_offset)
