"""The concordance's model: pages of lines fetched by read ops as the view scrolls, never all at once.

In date order each page is the next articles' hits after the last one shown (core/corpus/kwic.py).
In a sort by neighbouring words, a first read op collects and sorts the hits' references
(up to the core's cap), then pages of lines are read from them as the view scrolls; another
sort by words reorders those references in memory. Every request carries the model's
generation, and a request of the same key replaces the one before: typing further cancels what
the last keystroke asked for, and a stale page is never shown.

Lines carry MAX_WIDTH characters of context; the view shows `width` of them, so changing the
width repaints and reads nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QFont
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, search_is_large
from desktop.core.corpus.hits import HitScope
from desktop.core.corpus.kwic import (
    HitRef,
    KwicLine,
    KwicPage,
    KwicSort,
    SortedHits,
    kwic_lines,
    kwic_page,
    sort_refs,
    sorted_hits,
)
from desktop.ui.session import LibrarySession
from desktop.ui.theme import LIGHT, Palette

PAGE = 100  # lines a page asks for: two screens
FIRST_SCREEN = 50
DEFAULT_WIDTH = 60
KEY = "corpus.kwic"

LEFT, HIT, RIGHT, DATE, SOURCE, ARTICLE = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("KwicModel", "Left context"),
    QT_TRANSLATE_NOOP("KwicModel", "Hit"),
    QT_TRANSLATE_NOOP("KwicModel", "Right context"),
    QT_TRANSLATE_NOOP("KwicModel", "Date"),
    QT_TRANSLATE_NOOP("KwicModel", "Source"),
    QT_TRANSLATE_NOOP("KwicModel", "Article"),
)
Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class KwicRequest:
    """What the concordance shows: the list's filter, which versions count, and the order."""

    filter: ArticleFilter
    scope: HitScope = HitScope.NEWEST
    sort: KwicSort = KwicSort.DATE
    descending: bool = True  # date order only


class KwicModel(QAbstractTableModel):
    statusChanged = Signal()  # the count or the loading state changed
    failed = Signal(object)  # an exception from a read op

    def __init__(self, session: LibrarySession, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self._request: KwicRequest | None = None
        self._lines: list[KwicLine] = []
        self._generation = 0
        self._pending = False
        self._exhausted = True
        self._after: tuple[object, ...] | None = None
        self._large: bool | None = None
        self._refs: list[HitRef] | None = None  # a sort by words: every reference, in order
        self._refs_complete = True
        self._articles: set[int] = set()
        self._width = DEFAULT_WIDTH
        self._palette: Palette = LIGHT
        self._has_words = False

    # --- what to show ------------------------------------------------------------------------------
    def set_request(self, request: KwicRequest | None) -> None:
        """Start over for another search, scope or order (None: show nothing)."""
        if request == self._request and request is not None:
            return
        previous = self._request
        self.beginResetModel()
        self._request = request
        self._lines = []
        self._generation += 1
        self._pending = False
        self._after = None
        self._articles = set()
        self._has_words = request is not None and request.filter.query.fts_expression() is not None
        self._exhausted = not self._has_words
        same_hits = (
            previous is not None and request is not None and (previous.filter, previous.scope) == (request.filter, request.scope)
        )
        if not same_hits:
            self._refs, self._large = None, None
        elif self._refs is not None and request.sort is not KwicSort.DATE:
            self._refs = sort_refs(self._refs, request.sort)  # another sort by words: in memory
        self.endResetModel()
        self._session.reads.cancel(KEY)
        if self._has_words:
            self._fetch()
        self.statusChanged.emit()

    @property
    def request(self) -> KwicRequest | None:
        return self._request

    def set_width(self, width: int) -> None:
        self._width = max(1, width)
        if self._lines:
            self.dataChanged.emit(self.index(0, LEFT), self.index(len(self._lines) - 1, RIGHT))

    @property
    def width(self) -> int:
        return self._width

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        if self._lines:
            self.dataChanged.emit(self.index(0, HIT), self.index(len(self._lines) - 1, HIT))

    def refresh(self) -> None:
        """Read again (the library changed): the same request from the start."""
        request = self._request
        self._request = None
        self._refs = None
        self.set_request(request)

    # --- state for the status line ---------------------------------------------------------------------
    @property
    def loading(self) -> bool:
        return self._pending

    @property
    def complete(self) -> bool:
        """Every hit is listed (in date order), or every hit was sorted."""
        return self._exhausted and (self._refs is None or self._refs_complete)

    @property
    def has_words(self) -> bool:
        return self._has_words

    @property
    def sorted_total(self) -> int | None:
        return len(self._refs) if self._refs is not None else None

    @property
    def article_count(self) -> int:
        return len(self._articles)

    def sorted_refs(self) -> list[HitRef] | None:
        """In a sort by words, every sorted hit (the lines are read from these); None otherwise or not yet."""
        return (
            list(self._refs)
            if self._refs is not None and self._request is not None and self._request.sort is not KwicSort.DATE
            else None
        )

    def line(self, row: int) -> KwicLine | None:
        return self._lines[row] if 0 <= row < len(self._lines) else None

    def lines(self) -> list[KwicLine]:
        return list(self._lines)

    # --- fetching ----------------------------------------------------------------------------------------
    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 (Qt's signature)
        return not parent.isValid() and not self._pending and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._fetch()

    def _fetch(self) -> None:
        request = self._request
        if request is None:
            return
        generation = self._generation
        self._pending = True
        if request.sort is KwicSort.DATE:
            after, large = self._after, self._large

            def page_op(db: Database) -> tuple[bool, KwicPage]:
                known = search_is_large(db, request.filter) if large is None else large
                return known, kwic_page(
                    db, request.filter, scope=request.scope, after=after, descending=request.descending, want=PAGE, large=known
                )

            self._session.read(page_op, lambda result: self._page_arrived(generation, result), self._failed, key=KEY)
        elif self._refs is None:

            def sort_op(db: Database) -> SortedHits:
                return sorted_hits(db, request.filter, request.sort, scope=request.scope)

            self._session.read(sort_op, lambda result: self._sorted(generation, result), self._failed, key=KEY)
        else:
            start = len(self._lines)
            window = self._refs[start : start + PAGE]
            self._session.read(
                lambda db: kwic_lines(db, window), lambda lines: self._lines_arrived(generation, lines), self._failed, key=KEY
            )
        self.statusChanged.emit()

    def _page_arrived(self, generation: int, result: tuple[bool, KwicPage]) -> None:
        if generation != self._generation:
            return
        self._large, page = result
        self._after, self._exhausted = page.after, page.exhausted
        self._append(list(page.lines))

    def _sorted(self, generation: int, result: SortedHits) -> None:
        if generation != self._generation:
            return
        self._refs, self._refs_complete = list(result.refs), result.complete
        self._pending = False
        self._exhausted = not self._refs
        if self._refs:
            self._fetch()
        self.statusChanged.emit()

    def _lines_arrived(self, generation: int, lines: list[KwicLine]) -> None:
        if generation != self._generation or self._refs is None:
            return
        self._exhausted = len(self._lines) + len(lines) >= len(self._refs) or not lines
        self._append(lines)

    def _append(self, lines: list[KwicLine]) -> None:
        self._pending = False
        if lines:
            self.beginInsertRows(QModelIndex(), len(self._lines), len(self._lines) + len(lines) - 1)
            self._lines.extend(lines)
            self._articles.update(line.article for line in lines)
            self.endInsertRows()
        self.statusChanged.emit()
        if len(self._lines) < FIRST_SCREEN and not self._exhausted:
            self._fetch()  # a page of few hits (an article per page, say): the first screen is filled at once

    def _failed(self, error: BaseException) -> None:
        self._pending = False
        self._exhausted = True
        self.statusChanged.emit()
        self.failed.emit(error)

    # --- the table -----------------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(HEADERS[section])
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.TextAlignmentRole and section == LEFT:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        line = self._lines[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(line, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column == LEFT else Qt.AlignmentFlag.AlignLeft
            return int(horizontal | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and column == HIT:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and column == HIT:
            return QColor(self._palette.accent)
        if role == Qt.ItemDataRole.ToolTipRole:
            date = line.date or self.tr("no date")
            return f"{line.title}\n{date} · {line.source}\n\n…{line.left[-self._width :]}[{line.hit}]{line.right[: self._width]}…"
        return None

    def _text(self, line: KwicLine, column: int) -> str:
        if column == LEFT:
            return line.left[-self._width :]
        if column == HIT:
            return line.hit
        if column == RIGHT:
            return line.right[: self._width]
        if column == DATE:
            return line.date or "—"
        if column == SOURCE:
            return line.source
        return line.title

    def row_text(self, row: int) -> list[str]:
        """A row as copied: every column's text as shown."""
        line = self._lines[row]
        return [self._text(line, column) for column in range(len(HEADERS))]
