"""Code frequencies per source, section or month: a table of counts beside a stacked bar chart.

Selecting a code's row brings its part of each bar forward in the chart.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QLabel, QSplitter

from desktop.core.coding.frequencies import Dimension, FrequencyTable, Unit, code_frequencies
from desktop.ui.coding.analysis_base import AnalysisTab, cell, make_table, no_codings
from desktop.ui.coding.charts import StackedBars
from desktop.ui.resources import swatch


class FrequenciesTab(AnalysisTab):
    key = "coding.analysis.frequencies"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.dimension = QComboBox(self)
        self.dimension.setObjectName("frequencyDimension")
        for value in (Dimension.MONTH, Dimension.SOURCE, Dimension.SECTION):
            self.dimension.addItem("", value)
        self.unit = QComboBox(self)
        self.unit.setObjectName("frequencyUnit")
        self.unit.addItem("", Unit.PASSAGES)
        self.unit.addItem("", Unit.ARTICLES)
        for box in (self.dimension, self.unit):
            box.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.count_label = QLabel(self)
        self.per_label = QLabel(self)
        self.options.addWidget(self.count_label)
        self.options.addWidget(self.unit)
        self.options.addWidget(self.per_label)
        self.options.addWidget(self.dimension)
        self.options.addWidget(self.coder_box)
        self.options.addWidget(self.follow_list)
        self.options.addStretch(1)
        self.table = make_table(self, [], "frequencyTable")
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.currentCellChanged.connect(
            lambda row, *_: self.chart.set_focus_series(row if 0 <= row < len(self._codes) else None)
        )
        self.chart = StackedBars(self)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.chart)
        splitter.setSizes([560, 440])
        splitter.setChildrenCollapsible(False)
        self.set_content(splitter)
        self._codes: list[int] = []
        self.result: FrequencyTable | None = None
        self.retranslate()

    def retranslate(self) -> None:
        for i, label in enumerate((self.tr("Month"), self.tr("Source"), self.tr("Section"))):
            self.dimension.setItemText(i, label)
        self.unit.setItemText(0, self.tr("Passages"))
        self.unit.setItemText(1, self.tr("Articles"))
        self.count_label.setText(self.tr("Count"))
        self.per_label.setText(self.tr("per"))
        super().retranslate()

    def set_palette(self, palette) -> None:
        super().set_palette(palette)
        self.chart.set_palette(palette)

    def compute(self) -> None:
        if not any(n.count.passages for n in self.nodes):
            self.show_message(no_codings())
            return
        dimension, unit, coders, flt = (
            self.dimension.currentData(),
            self.unit.currentData(),
            self.chosen_coders(),
            self.article_filter(),
        )
        self.run(lambda db, _progress: code_frequencies(db, dimension, unit, flt, coders), self._show)

    def _show(self, table: FrequencyTable) -> None:
        self.result = table
        if not table.codes:
            self.show_message(self.tr("No coded passages match these options."))
            return
        self.show_content()
        columns = list(table.columns)
        grid = self.table
        grid.clear()
        grid.setColumnCount(len(columns) + 2)
        grid.setHorizontalHeaderLabels([self.tr("Code"), *columns, self.tr("Total")])
        grid.setRowCount(len(table.codes) + 1)
        self._codes = [int(c) for c in table.codes]
        for row, code in enumerate(table.codes):
            name = cell(table.paths.get(code, ""))
            name.setIcon(swatch(table.colors.get(code, "#888888"), 12))
            grid.setItem(row, 0, name)
            for column, key in enumerate(columns, start=1):
                value = table.counts.get((code, key), 0)
                grid.setItem(row, column, cell(str(value) if value else "·", align_right=True))
            grid.setItem(row, len(columns) + 1, cell(str(table.row_total(code)), align_right=True))
        total_row = len(table.codes)
        label = cell(self.tr("All codes"))
        font = label.font()
        font.setBold(True)
        label.setFont(font)
        grid.setItem(total_row, 0, label)
        for column, key in enumerate(columns, start=1):
            grid.setItem(total_row, column, cell(str(table.column_total(key)), align_right=True))
        grid.setItem(total_row, len(columns) + 1, cell(str(sum(table.row_total(c) for c in table.codes)), align_right=True))
        grid.resizeColumnsToContents()
        grid.setColumnWidth(0, min(max(grid.columnWidth(0), 120), 260))
        unit = self.tr("Passages") if table.unit is Unit.PASSAGES else self.tr("Articles")
        per = self.dimension.currentText().lower()
        series = [
            (table.paths.get(c, ""), table.colors.get(c, "#888888"), [table.counts.get((c, k), 0) for k in columns])
            for c in table.codes
        ]
        self.chart.set_data(self.tr("%1 per %2, by code").replace("%1", unit).replace("%2", per), columns, series)
