"""The co-occurrence matrix as a heat map: click a cell to list the passages (or articles) it counts.

Passage level counts pairs of coded passages that overlap; article level counts articles coded
with both codes. The diagonal holds each code's own passages (or articles), in italics.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.core.coding.agreement import Level
from desktop.core.coding.cooccurrence import CooccurrenceMatrix, cooccurrence, cooccurring_passages
from desktop.core.coding.segments import Segment
from desktop.core.ids import CodeId
from desktop.ui.coding.analysis_base import AnalysisTab, cell, make_table, no_codings
from desktop.ui.coding.charts import heat_color, text_on
from desktop.ui.coding.segments_tab import SegmentTable
from desktop.ui.resources import swatch

CELL_KEY = "coding.analysis.cooccurrence.cell"


class CooccurrenceTab(AnalysisTab):
    key = "coding.analysis.cooccurrence"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.level = QComboBox(self)
        self.level.setObjectName("cooccurrenceLevel")
        self.level.addItem("", Level.PASSAGE)
        self.level.addItem("", Level.ARTICLE)
        self.level.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.level_label = QLabel(self)
        self.options.addWidget(self.level_label)
        self.options.addWidget(self.level)
        self.options.addWidget(self.coder_box)
        self.options.addWidget(self.follow_list)
        self.options.addStretch(1)
        self.matrix_view = make_table(self, [], "cooccurrenceMatrix")
        self.matrix_view.setSelectionBehavior(self.matrix_view.SelectionBehavior.SelectItems)
        self.matrix_view.horizontalHeader().setStretchLastSection(False)
        self.matrix_view.verticalHeader().setVisible(True)
        self.matrix_view.cellClicked.connect(self.open_cell)
        self.cell_title = QLabel(self)
        self.cell_title.setObjectName("cooccurrenceCellTitle")
        self.cell_title.setWordWrap(True)
        self.passages = SegmentTable("cooccurrencePassages", self)
        self.passages.openRequested.connect(self.openRequested)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.cell_title)
        right_layout.addWidget(self.passages, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.matrix_view)
        splitter.addWidget(right)
        splitter.setSizes([520, 480])
        splitter.setChildrenCollapsible(False)
        self.set_content(splitter)
        self.matrix: CooccurrenceMatrix | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.level.setItemText(0, self.tr("Overlapping passages"))
        self.level.setItemText(1, self.tr("The same article"))
        self.level_label.setText(self.tr("Codes that occur together in"))
        self.cell_title.setText(self.tr("Click a cell to list the passages it counts."))
        super().retranslate()

    def compute(self) -> None:
        if not any(n.count.passages for n in self.nodes):
            self.show_message(no_codings())
            return
        level, coders, flt = self.level.currentData(), self.chosen_coders(), self.article_filter()
        self.run(lambda db, progress: cooccurrence(db, level, flt, coders, progress), self._show)

    def _show(self, matrix: CooccurrenceMatrix) -> None:
        self.matrix = matrix
        if not matrix.codes:
            self.show_message(self.tr("No coded passages match these options."))
            return
        self.show_content()
        view = self.matrix_view
        codes = matrix.codes
        view.clear()
        view.setRowCount(len(codes))
        view.setColumnCount(len(codes))
        names = [matrix.paths.get(c, "") for c in codes]
        short = [n.rsplit("/", 1)[-1] for n in names]
        view.setHorizontalHeaderLabels(short)
        view.setVerticalHeaderLabels(names)
        colors = {n.code.id: n.code.color for n in self.nodes}
        for i, code in enumerate(codes):
            header = view.verticalHeaderItem(i)
            header.setIcon(swatch(colors.get(code, "#888888"), 10))
            view.horizontalHeaderItem(i).setToolTip(names[i])
        largest = max(matrix.largest_off_diagonal, 1)
        for r, a in enumerate(codes):
            for c, b in enumerate(codes):
                value = matrix.count(a, b)
                item = cell(str(value) if value else "", tip=f"{names[r]} × {names[c]}: {value}", align_right=False)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                if a == b:
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setForeground(QBrush(QColor(self.palette_.muted)))
                else:
                    fill = heat_color(value, largest, self.palette_)
                    if fill is not None:
                        item.setBackground(QBrush(fill))
                    item.setForeground(QBrush(text_on(fill, self.palette_)))
                view.setItem(r, c, item)
        # Narrow columns (the full names are in the row headers and the tooltips), so a dozen codes fit beside the list.
        metrics = view.fontMetrics()
        for c, label in enumerate(short):
            view.setColumnWidth(c, max(40, min(metrics.horizontalAdvance(label) + 14, metrics.horizontalAdvance("0") * 9)))
        self.passages.fill([])
        unit = self.tr("overlapping passages") if matrix.level is Level.PASSAGE else self.tr("articles with both")
        self.cell_title.setText(
            self.tr("Cells count %1; the diagonal, each code's own. Click a cell to list them.").replace("%1", unit)
        )

    def open_cell(self, row: int, column: int) -> None:
        matrix = self.matrix
        if matrix is None or not (0 <= row < len(matrix.codes) and 0 <= column < len(matrix.codes)):
            return
        a, b = CodeId(matrix.codes[row]), CodeId(matrix.codes[column])
        level, coders, flt = matrix.level, self.chosen_coders(), self.article_filter()
        title = f"{matrix.paths.get(a, '')} × {matrix.paths.get(b, '')}" if a != b else matrix.paths.get(a, "")
        self.cell_title.setText(self.tr("%1: loading…").replace("%1", title))
        self.session.read(
            lambda db: cooccurring_passages(db, a, b, level, flt, coders),
            lambda found: self._show_cell(title, found),
            key=CELL_KEY,
        )

    def _show_cell(self, title: str, found: list[Segment]) -> None:
        self.passages.fill(found)
        n = len(found)
        self.cell_title.setText(f"{title}: " + self.tr("%Ln passage(s)", "", n))
