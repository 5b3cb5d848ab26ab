"""The toolbar's search box: full-text words and field filters, applied as you type.

Typing is debounced, so the list is queried once a pause in typing, not per keystroke; the
pause adapts to what the last search cost (a cheap search follows the keys almost at once, an
expensive one waits for the typing to stop). A pasted wall of text is cut to what a search
can use, and the box says so.
The query language lives in core (search_query.py) and accepts anything: a filter it cannot
use is pointed out in the box's tooltip and border, never in an error dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QLineEdit

from desktop.core.search_query import LOOSE, Matching, QueryProblem, SearchQuery, parse_query
from desktop.ui.retranslating import RetranslatingWidget

DEBOUNCE_MS = 220  # the longest pause, after an expensive search
MIN_DEBOUNCE_MS = 40  # the shortest, after a cheap one
MAX_QUERY_CHARS = 1000
HELP = QT_TRANSLATE_NOOP(
    "SearchBox",
    "Search titles and texts. Filters: tag:name  -tag:name  section:News  source:name\n"
    "date:2026-02  date:2026-02-01..2026-02-28  is:unread  is:starred  has:versions\n"
    'Use "quotes" for a phrase, or for a word matched exactly. Esc clears.',
)


class SearchProblems(QObject):
    """The context of the search box's problems (a class: lupdate finds plural texts only in self.tr)."""

    def text(self, problem: QueryProblem) -> str:
        if problem.kind == "not_a_date":
            return self.tr("%1 is not a date; use date:2026-02 or date:2026-02-01..2026-02-28").replace("%1", problem.text)
        if problem.kind == "not_a_filter":
            return self.tr("%1 is not a filter").replace("%1", problem.text)
        limit = QLocale().toString(problem.limit)
        if problem.kind == "too_many_words":
            return self.tr("the search has %Ln word(s); only the first %1 are searched", "", problem.count).replace("%1", limit)
        return self.tr("the search has %Ln filter(s); at most %1 are used", "", problem.count).replace("%1", limit)


def problem_text(problem: QueryProblem) -> str:
    """A search box problem (core/search_query.py) in the interface language."""
    return SearchProblems().text(problem)


class SearchBox(RetranslatingWidget, QLineEdit):
    queryChanged = Signal(object)  # SearchQuery

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("searchBox")
        self.setClearButtonEnabled(True)
        self._query = SearchQuery()
        self._matching: Matching = LOOSE
        self._cut = False
        self._problems: tuple[QueryProblem, ...] = ()
        # The first search waits the shortest pause: its cost is not known yet, and most searches are cheap.
        self._timer = QTimer(self, singleShot=True, interval=MIN_DEBOUNCE_MS)
        self._timer.timeout.connect(self.apply_now)
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.apply_now)
        self.retranslate()

    def retranslate(self) -> None:
        self.setPlaceholderText(self.tr("Search  (/)  — words, \"phrases\", tag:, date:2026-02, is:unread…"))
        self._show_state()

    @property
    def query(self) -> SearchQuery:
        return self._query

    def set_matching(self, matching: Matching) -> None:
        """How loosely words match (Edit ▸ Search Options); the search in the box runs again."""
        if matching != self._matching:
            self._matching = matching
            self.apply_now()

    def note_cost(self, ms: float) -> None:
        """How long the last search took to show: the next pause is half as long, within bounds.

        A key waits for the pause and then the search, so their sum is what typing feels like; half
        keeps it within 150 ms for searches of 100 ms, while fast typing still searches once."""
        self._timer.setInterval(int(max(MIN_DEBOUNCE_MS, min(DEBOUNCE_MS, ms * 0.5))))

    @Slot()
    def apply_now(self) -> None:
        self._timer.stop()
        text = self.text()
        cut = len(text) > MAX_QUERY_CHARS
        query = parse_query(text[:MAX_QUERY_CHARS].rsplit(" ", 1)[0] if cut else text, self._matching)
        self._cut = cut
        self._problems = query.problems
        self._show_state()
        if query != self._query or query.problems != self._query.problems:
            self._query = query
            self.queryChanged.emit(query)

    def _show_state(self) -> None:
        """The tooltip names what is wrong (or cut) before the help; a red border when a filter cannot be used."""
        help_text = QCoreApplication.translate("SearchBox", HELP)
        notes = [problem_text(p) for p in self._problems]
        if self._cut:
            notes.insert(0, self.tr("Only the first %1 characters are searched.").replace("%1", QLocale().toString(MAX_QUERY_CHARS)))
        self.setToolTip("\n".join(notes) + "\n\n" + help_text if notes else help_text)
        self.setStyleSheet("QLineEdit#searchBox { border: 1px solid #d1242f; }" if self._problems else "")

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
