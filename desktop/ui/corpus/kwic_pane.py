"""The concordance pane: left context | hit | right context, aligned on the hit, with date, source and article.

The left context is right-aligned and cut on the left, the right context cut on the right, so
every hit starts at the same place. A click (or Enter) on a line opens its article at the
hit; Ctrl+C copies the selected lines as tab-separated text.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, QPersistentModelIndex, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QSizePolicy,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.corpus.kwic import MAX_WIDTH, KwicSort
from desktop.ui.corpus.kwic_model import DATE, HEADERS, HIT, LEFT, RIGHT, SOURCE, KwicModel
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.theme import Palette

SORTS = (
    (KwicSort.DATE, QT_TRANSLATE_NOOP("KwicPane", "Date, newest first")),
    (KwicSort.LEFT1, QT_TRANSLATE_NOOP("KwicPane", "1st word left")),
    (KwicSort.LEFT2, QT_TRANSLATE_NOOP("KwicPane", "2nd word left")),
    (KwicSort.LEFT3, QT_TRANSLATE_NOOP("KwicPane", "3rd word left")),
    (KwicSort.RIGHT1, QT_TRANSLATE_NOOP("KwicPane", "1st word right")),
    (KwicSort.RIGHT2, QT_TRANSLATE_NOOP("KwicPane", "2nd word right")),
    (KwicSort.RIGHT3, QT_TRANSLATE_NOOP("KwicPane", "3rd word right")),
)


class _ElideLeft(QStyledItemDelegate):
    """The left context keeps its end, next to the hit."""

    def initStyleOption(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> None:
        super().initStyleOption(option, index)
        option.textElideMode = Qt.TextElideMode.ElideLeft


class KwicTable(QTableView):
    activatedLine = Signal(int)  # row

    def __init__(self, model: KwicModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("kwicTable")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setAlternatingRowColors(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.setItemDelegateForColumn(LEFT, _ElideLeft(self))
        header = self.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(HIT, QHeaderView.ResizeMode.ResizeToContents)  # as wide as the hits on screen
        self.clicked.connect(lambda index: self.activatedLine.emit(index.row()))
        self.activated.connect(lambda index: self.activatedLine.emit(index.row()))

    def size_columns(self, width: int) -> None:
        """Context columns as wide as `width` characters; the hit as wide as its longest word so far."""
        metrics = self.fontMetrics()
        context = metrics.averageCharWidth() * width + 12
        self.setColumnWidth(LEFT, context)
        self.setColumnWidth(RIGHT, context)
        self.setColumnWidth(DATE, metrics.horizontalAdvance("2026-02-28") + 20)
        self.setColumnWidth(SOURCE, metrics.horizontalAdvance("M" * 9) + 12)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            event.accept()
            return
        super().keyPressEvent(event)

    def copy_selection(self) -> int:
        model = self.model()
        assert isinstance(model, KwicModel)
        rows = sorted({index.row() for index in self.selectionModel().selectedRows()})
        if not rows:
            return 0
        text = "\n".join("\t".join(model.row_text(row)) for row in rows)
        headers = [str(model.headerData(c, Qt.Orientation.Horizontal)) for c in range(len(HEADERS))]
        QGuiApplication.clipboard().setText("\t".join(headers) + "\n" + text + "\n")
        return len(rows)


class KwicPane(RetranslatingWidget, QWidget):
    """The toolbar (order, context width) over the table, and a status line."""

    sortChanged = Signal(object)  # KwicSort
    widthChanged = Signal(int)
    exportRequested = Signal()

    def __init__(self, model: KwicModel, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("kwicPane")
        self.model = model
        self.sort = QComboBox(self)
        self.sort.setObjectName("kwicSort")
        for sort, _label in SORTS:
            self.sort.addItem("", sort)
        self.width_box = QSpinBox(self)
        self.width_box.setObjectName("kwicWidth")
        self.width_box.setRange(10, MAX_WIDTH)
        self.width_box.setSingleStep(10)
        self.width_box.setValue(model.width)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("kwicExport")
        self.export_button.setAutoRaise(True)
        self.status = QLabel(self)
        self.status.setObjectName("kwicStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        # A line of its own under the controls, wrapping: a long hint never widens the dock (nor the
        # window), and it is never squeezed to nothing in the controls' row.
        self.status.setWordWrap(True)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.status.setContentsMargins(6, 0, 6, 0)
        self.table = KwicTable(model, self)

        # The controls wrap onto a second row in a narrow dock, rather than widen the window.
        bar_row = QWidget(self)
        bar = FlowLayout(bar_row, spacing=8)
        bar.setContentsMargins(6, 4, 6, 0)
        bar.setSpacing(8)
        self.sort_label = QLabel(self)
        bar.addWidget(self.sort_label)
        bar.addWidget(self.sort)
        bar.addSpacing(8)
        self.context_label = QLabel(self)
        bar.addWidget(self.context_label)
        bar.addWidget(self.width_box)
        bar.addSpacing(8)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(bar_row)
        layout.addWidget(self.status)
        layout.addWidget(self.table, 1)

        self.sort.currentIndexChanged.connect(lambda _i: self.sortChanged.emit(self.sort.currentData()))
        self.width_box.valueChanged.connect(self._width_changed)
        self.export_button.clicked.connect(self.exportRequested.emit)
        self.table.size_columns(model.width)
        self.retranslate()

    def retranslate(self) -> None:
        for i, (_sort, label) in enumerate(SORTS):
            self.sort.setItemText(i, self.tr(label))
        self.sort.setToolTip(self.tr("Order the lines by date, or by the words on either side of the hit (as AntConc does)"))
        self.width_box.setSuffix(self.tr(" characters"))
        self.width_box.setToolTip(self.tr("How much context to show on each side of the hit"))
        self.export_button.setText(self.tr("Export CSV…"))
        self.export_button.setToolTip(self.tr("Write every line of the concordance to a CSV file"))
        self.sort_label.setText(self.tr("Sort by"))
        self.context_label.setText(self.tr("Context"))
        self.model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(HEADERS) - 1)

    def current_sort(self) -> KwicSort:
        return self.sort.currentData()

    def set_sort(self, sort: KwicSort) -> None:
        for i in range(self.sort.count()):
            if self.sort.itemData(i) is sort:
                self.sort.setCurrentIndex(i)

    @Slot(int)
    def _width_changed(self, width: int) -> None:
        self.model.set_width(width)
        self.table.size_columns(width)
        self.widthChanged.emit(width)

    def set_palette(self, palette: Palette) -> None:
        self.model.set_palette(palette)
        self.status.setStyleSheet(f"color: {palette.muted};")

    def set_status(self, text: str) -> None:
        self.status.setText(text)
