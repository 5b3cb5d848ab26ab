"""What every analysis pane shares: options on top, progress while it computes, an empty state, results below.

An analysis scans the coded material, so it runs as a read op (never on the GUI thread) with a
key that keeps only the latest; the core reports progress by article, shown in a bar with a
Cancel button, and Cancel stops the scan at its next article. A pane recomputes when it is shown
and its inputs changed (options, the codebook, the codings, the list's filter when it follows it).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter
from desktop.core.coding.codebook import CodeNode
from desktop.core.coding.corpus import AnalysisCancelled
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.session import LibrarySession
from desktop.ui.theme import LIGHT, Palette

ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 1
ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 2


class _Relay(QObject):
    progressed = Signal(int, int)  # emitted on a worker thread, delivered on the GUI thread


class AnalysisTab(RetranslatingWidget, QWidget):
    """The base of the four analysis panes. Its own texts are in the context "AnalysisTab", written
    out with QCoreApplication.translate: self.tr here would look them up under the subclass's name."""

    openRequested = Signal(int, int)  # article, annotation
    key = "coding.analysis"
    follows_list_by_default = False

    def __init__(self, session: LibrarySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.palette_ = LIGHT
        self.nodes: list[CodeNode] = []
        self.coders: list[str] = []
        self._list_filter: Callable[[], Any] = ArticleFilter
        self._dirty = True
        self._cancel: threading.Event | None = None
        self._relay = _Relay(self)
        self._relay.progressed.connect(self._progressed)

        # The options wrap onto a second row in a narrow dock, rather than widen the window.
        self._options_row = QWidget(self)
        self.options = FlowLayout(self._options_row, spacing=8)
        self.options.setContentsMargins(8, 6, 8, 2)
        self.coder_box = QComboBox(self)
        self.coder_box.setObjectName("analysisCoder")
        self.coder_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.coder_box.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.follow_list = QCheckBox(QCoreApplication.translate("AnalysisTab", "Only the articles listed"), self)
        self.follow_list.setToolTip(QCoreApplication.translate("AnalysisTab", "Combine with the search box and the sidebar's filters"))
        self.follow_list.setChecked(self.follows_list_by_default)
        self.follow_list.toggled.connect(lambda _on: self.invalidate())

        self.progress = QProgressBar(self)
        self.progress.setObjectName("analysisProgress")
        self.progress.setTextVisible(True)
        self.progress.setMaximumHeight(16)
        self.cancel_button = QPushButton(QCoreApplication.translate("AnalysisTab", "Cancel"), self)
        self.cancel_button.clicked.connect(self.cancel)
        progress_row = QHBoxLayout()
        progress_row.setContentsMargins(8, 0, 8, 0)
        progress_row.addWidget(self.progress, 1)
        progress_row.addWidget(self.cancel_button)
        self._progress_row = QWidget(self)
        self._progress_row.setLayout(progress_row)
        self._progress_row.hide()

        self.message = QLabel(self)
        self.message.setObjectName("analysisEmpty")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.message)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self._options_row)
        layout.addWidget(self._progress_row)
        layout.addWidget(self.stack, 1)

    def retranslate(self) -> None:
        """A subclass sets its own words first, then calls this: the results are computed again in the new words."""
        self.follow_list.setText(QCoreApplication.translate("AnalysisTab", "Only the articles listed"))
        self.follow_list.setToolTip(QCoreApplication.translate("AnalysisTab", "Combine with the search box and the sidebar's filters"))
        self.cancel_button.setText(QCoreApplication.translate("AnalysisTab", "Cancel"))
        if self.coder_box.count():
            self.coder_box.setItemText(0, QCoreApplication.translate("AnalysisTab", "All coders"))
        self.invalidate()

    def set_content(self, widget: QWidget) -> None:
        self.stack.addWidget(widget)
        self.stack.setCurrentWidget(widget)

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.stack.setCurrentWidget(self.message)

    def show_content(self) -> None:
        self.stack.setCurrentIndex(1)

    # --- inputs ------------------------------------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self.palette_ = palette
        self.message.setStyleSheet(f"color: {palette.muted}; padding: 16px;")

    def set_list_filter_source(self, source: Callable[[], Any]) -> None:
        self._list_filter = source

    def set_codes(self, nodes: list[CodeNode]) -> None:
        """The codebook or its codings changed: every analysis counts codings, so each is computed again."""
        self.nodes = nodes
        self.invalidate()

    def set_coders(self, coders: list[str]) -> None:
        chosen = self.coder_box.currentData()
        self.coders = coders
        self.coder_box.blockSignals(True)
        self.coder_box.clear()
        self.coder_box.addItem(QCoreApplication.translate("AnalysisTab", "All coders"), None)
        for coder in coders:
            self.coder_box.addItem(coder, coder)
        self.coder_box.setCurrentIndex(max(0, self.coder_box.findData(chosen)))
        self.coder_box.blockSignals(False)

    def chosen_coders(self) -> tuple[str, ...] | None:
        coder = self.coder_box.currentData()
        return (coder,) if coder else None

    def article_filter(self) -> ArticleFilter | None:
        return self._list_filter() if self.follow_list.isChecked() else None

    def invalidate(self) -> None:
        """Inputs changed: recompute now if shown, else when shown."""
        self._dirty = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()

    def list_filter_changed(self) -> None:
        if self.follow_list.isChecked():
            self.invalidate()

    def refresh(self) -> None:
        self._dirty = False
        self.compute()

    def compute(self) -> None:  # overridden
        raise NotImplementedError

    # --- running --------------------------------------------------------------------------------------------
    def run(
        self, op: Callable[[Database, Callable[[int, int], None]], Any], done: Callable[[Any], None], key: str | None = None
    ) -> None:
        """Run `op(db, progress)` as a read op, showing its progress; `done(result)` on the GUI thread."""
        self.cancel()
        cancel = self._cancel = threading.Event()
        relay = self._relay

        def progress(count: int, total: int) -> None:
            if cancel.is_set():
                raise AnalysisCancelled()
            relay.progressed.emit(count, total)

        def finished(result: Any) -> None:
            self._progress_row.hide()
            done(result)

        def failed(error: BaseException) -> None:
            self._progress_row.hide()
            if not isinstance(error, AnalysisCancelled):
                self.show_message(QCoreApplication.translate("AnalysisTab", "The analysis could not be completed:\n%1").replace("%1", str(error)))

        self.progress.setRange(0, 0)  # busy until the first report
        self._progress_row.show()
        self.session.read(lambda db: op(db, progress), finished, failed, key=key or self.key)

    @Slot()
    def cancel(self) -> None:
        if self._cancel is not None:
            self._cancel.set()
        self.session.reads.cancel(self.key)
        if self._progress_row.isVisible():
            self._progress_row.hide()
            self._dirty = True
            self.show_message(QCoreApplication.translate("AnalysisTab", "Cancelled. Change an option or press Refresh to compute it again."))

    @Slot(int, int)
    def _progressed(self, count: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(count)
        self.progress.setFormat(
            QCoreApplication.translate("AnalysisTab", "Reading the coded articles: %1 of %2")
            .replace("%1", QLocale().toString(count))
            .replace("%2", QLocale().toString(total))
        )


def make_table(parent: QWidget, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setWordWrap(False)
    table.verticalHeader().setVisible(False)
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def cell(text: str, *, tip: str = "", align_right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if tip:
        item.setToolTip(tip)
    if align_right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


def one_line(text: str, limit: int = 240) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


_NO_CODINGS = QT_TRANSLATE_NOOP("AnalysisTab", "Nothing is coded yet.\n\nSelect text in the reader and press C to code it; Shift+C codes a whole article.")


def no_codings() -> str:
    """What a pane says while nothing is coded."""
    return QCoreApplication.translate("AnalysisTab", _NO_CODINGS)
