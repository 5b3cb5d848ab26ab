"""The toolbar's search box: full-text words and field filters, applied as you type.

Typing is debounced, so the list is queried once a pause in typing, not per keystroke.
The query language lives in core (search_query.py) and accepts anything: a filter it cannot
use is pointed out in the box's tooltip and border, never in an error dialog.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from desktop.core.search_query import SearchQuery, parse_query

DEBOUNCE_MS = 220
HELP = (
    "Search titles and texts. Filters: tag:name  -tag:name  section:News  source:name\n"
    "date:2026-02  date:2026-02-01..2026-02-28  is:unread  is:starred  has:versions\n"
    'Use "quotes" for a phrase. Esc clears.'
)


class SearchBox(QLineEdit):
    queryChanged = Signal(object)  # SearchQuery

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setPlaceholderText("Search  (/)  — words, \"phrases\", tag:, date:2026-02, is:unread…")
        self.setClearButtonEnabled(True)
        self.setToolTip(HELP)
        self._query = SearchQuery()
        self._timer = QTimer(self, singleShot=True, interval=DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_now)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.apply_now)

    @property
    def query(self) -> SearchQuery:
        return self._query

    @Slot()
    def apply_now(self) -> None:
        self._timer.stop()
        query = parse_query(self.text())
        if query.problems:
            self.setToolTip("\n".join(query.problems) + "\n\n" + HELP)
            self.setStyleSheet("QLineEdit#searchBox { border: 1px solid #d1242f; }")
        else:
            self.setToolTip(HELP)
            self.setStyleSheet("")
        if query != self._query or query.problems != self._query.problems:
            self._query = query
            self.queryChanged.emit(query)

    def clear_search(self) -> None:
        if self.text():
            self.clear()
            self.apply_now()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape:
            self.clear_search()
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Tab) and self.parent() is not None:
            self.focusNextChild()
            event.accept()
            return
        super().keyPressEvent(event)
