"""The collocates pane: words near the search, with their counts and scores, and what they were counted on."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.corpus.collocates import DEFAULT_MIN_COUNT, DEFAULT_WINDOW, Collocates
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.theme import Palette

COLUMNS = (
    QT_TRANSLATE_NOOP("CollocatesPane", "Word"),
    QT_TRANSLATE_NOOP("CollocatesPane", "Count"),
    QT_TRANSLATE_NOOP("CollocatesPane", "Expected"),
    QT_TRANSLATE_NOOP("CollocatesPane", "Log-likelihood"),
    QT_TRANSLATE_NOOP("CollocatesPane", "MI"),
)


class _Number(QTableWidgetItem):
    """A cell that sorts by its number, not its text."""

    def __init__(self, value: float, text: str) -> None:
        super().__init__(text)
        self.setData(Qt.ItemDataRole.UserRole, value)
        self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return float(self.data(Qt.ItemDataRole.UserRole)) < float(other.data(Qt.ItemDataRole.UserRole))


class CollocatesPane(RetranslatingWidget, QWidget):
    optionsChanged = Signal()
    exportRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("collocatesPane")
        self._result: Collocates | None = None
        self.window = QSpinBox(self)
        self.window.setObjectName("collocatesWindow")
        self.window.setRange(1, 10)
        self.window.setValue(DEFAULT_WINDOW)
        self.window.setPrefix("± ")
        self.min_count = QSpinBox(self)
        self.min_count.setObjectName("collocatesMinCount")
        self.min_count.setRange(1, 1000)
        self.min_count.setValue(DEFAULT_MIN_COUNT)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("collocatesExport")
        self.export_button.setAutoRaise(True)
        self.status = QLabel(self)
        self.status.setObjectName("collocatesStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("collocatesTable")
        self.table.setHorizontalHeaderLabels(["" for _c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, len(COLUMNS)):
            self.table.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setSortingEnabled(True)

        # The controls wrap onto a second row in a narrow dock, rather than widen the window.
        bar_row = QWidget(self)
        bar = FlowLayout(bar_row, spacing=8)
        bar.setContentsMargins(6, 4, 6, 0)
        bar.setSpacing(8)
        self.window_label = QLabel(self)
        bar.addWidget(self.window_label)
        bar.addWidget(self.window)
        bar.addWidget(self.min_count)
        bar.addStretch(1)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(bar_row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)
        self.window.valueChanged.connect(lambda _v: self.optionsChanged.emit())
        self.window.valueChanged.connect(self._set_window_suffix)
        self.min_count.valueChanged.connect(lambda _v: self.optionsChanged.emit())
        self.export_button.clicked.connect(self.exportRequested.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self._set_window_suffix(self.window.value())
        self.window.setToolTip(self.tr("How many words on each side of a hit count as its company"))
        self.min_count.setPrefix(self.tr("at least "))
        self.min_count.setToolTip(self.tr("Leave out words seen near the hits fewer times than this"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.window_label.setText(self.tr("Window"))
        for column, title in enumerate(COLUMNS):
            self.table.horizontalHeaderItem(column).setText(self.tr(title))
        self.table.horizontalHeaderItem(3).setToolTip(
            self.tr("Dunning's log-likelihood ratio (G²): how surely the word is near the hits more often than chance")
        )
        self.table.horizontalHeaderItem(4).setToolTip(self.tr("Mutual information: log₂ of how many times more often than expected"))
        if self._result is not None:
            self.show_collocates(self._result)  # numbers in the language's style

    def _set_window_suffix(self, words: int) -> None:
        self.window.setSuffix(self.tr(" word(s)", "the suffix of '± 5'", words))

    def show_collocates(self, result: Collocates | None) -> None:
        self._result = result
        self.table.setSortingEnabled(False)
        self.table.setRowCount(0)
        locale = QLocale()
        for row, c in enumerate(result.collocates if result is not None else ()):
            self.table.insertRow(row)
            self.table.setItem(row, 0, QTableWidgetItem(c.word))
            self.table.setItem(row, 1, _Number(c.count, locale.toString(int(c.count))))
            self.table.setItem(row, 2, _Number(c.expected, locale.toString(float(c.expected), "f", 1)))
            self.table.setItem(row, 3, _Number(c.log_likelihood, locale.toString(float(c.log_likelihood), "f", 1)))
            self.table.setItem(row, 4, _Number(c.mutual_information, locale.toString(float(c.mutual_information), "f", 2)))
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.SortOrder.DescendingOrder)

    def result(self) -> Collocates | None:
        return self._result

    def words(self) -> list[str]:
        """The words listed, in the table's order."""
        return [self.table.item(row, 0).text() for row in range(self.table.rowCount())]

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    def set_palette(self, palette: Palette) -> None:
        self.status.setStyleSheet(f"color: {palette.muted};")
