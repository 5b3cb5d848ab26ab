"""The coded segments browser: tick codes (click again to exclude one), choose any / all, and read every passage found.

Results follow the search box and the sidebar when "Only the articles listed" is ticked (the
default here), and export as CSV or Markdown. Double-click a passage to open it in the reader.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.core.coding.codebook import CodeNode
from desktop.core.coding.segments import Match, Segment, SegmentQuery, coded_segments, write_segments_csv, write_segments_markdown
from desktop.core.ids import CodeId
from desktop.core.safe_write import replacing
from desktop.ui.coding.analysis_base import ANNOTATION_ROLE, ARTICLE_ROLE, AnalysisTab, cell, make_table, no_codings, one_line
from desktop.ui.dialogs import inform
from desktop.ui.resources import swatch
from desktop.ui.retranslating import RetranslatingWidget

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
STATE_ROLE = Qt.ItemDataRole.UserRole + 2
OFF, INCLUDE, EXCLUDE = 0, 1, 2
MARKS = {OFF: "", INCLUDE: "✓ ", EXCLUDE: "⊘ "}


class SegmentTable(RetranslatingWidget, QWidget):
    """Passages with their article, date, source, codes and coders; double-click opens one."""

    openRequested = Signal(int, int)

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.table = make_table(self, [""] * 6, name)
        for column, width in enumerate((84, 110, 220, 140, 90)):
            self.table.setColumnWidth(column, width)
        self.table.cellDoubleClicked.connect(self._open)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        self.segments: list[Segment] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Source"), self.tr("Article"), self.tr("Codes"), self.tr("Coder"), self.tr("Passage")]
        )
        self.fill(self.segments)

    def fill(self, segments: list[Segment]) -> None:
        self.segments = segments
        table = self.table
        table.setRowCount(len(segments))
        for row, s in enumerate(segments):
            passage = self.tr("(the whole article)") if s.whole else one_line(s.text)
            items = [
                cell(s.date or "—"),
                cell(s.source),
                cell(one_line(s.title, 120), tip=s.title),
                cell(", ".join(s.codes)),
                cell(", ".join(s.coders)),
                cell(passage, tip=s.text[:2000]),
            ]
            for column, item in enumerate(items):
                item.setData(ARTICLE_ROLE, int(s.article))
                item.setData(ANNOTATION_ROLE, int(s.annotation) if s.annotation is not None else -1)
                table.setItem(row, column, item)

    def _open(self, row: int, _column: int) -> None:
        item = self.table.item(row, 0)
        if item is not None:
            self.openRequested.emit(int(item.data(ARTICLE_ROLE)), int(item.data(ANNOTATION_ROLE)))


class SegmentsTab(AnalysisTab):
    key = "coding.analysis.segments"
    follows_list_by_default = True

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.match = QComboBox(self)
        self.match.setObjectName("segmentsMatch")
        self.match.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.match.setMinimumContentsLength(14)  # the full choice shows in the list; the box never widens the dock
        self.match.addItem("", Match.ANY)
        self.match.addItem("", Match.ALL)
        self.match.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.match_label = QLabel(self)
        self.options.addWidget(self.match_label)
        self.options.addWidget(self.match)
        self.options.addWidget(self.coder_box)
        self.options.addWidget(self.follow_list)
        self.options.addStretch(1)

        self.codes = QListWidget(self)
        self.codes.setObjectName("segmentsCodes")
        self.codes.itemClicked.connect(self._cycle)
        self.results = SegmentTable("segmentsTable", self)
        self.results.openRequested.connect(self.openRequested)
        self.count = QLabel(self)
        self.count.setObjectName("segmentsCount")
        self.csv_button = QPushButton(self)
        self.md_button = QPushButton(self)
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.md_button.clicked.connect(lambda: self.export("md"))
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.results, 1)
        row = QHBoxLayout()
        row.addWidget(self.count, 1)
        row.addWidget(self.csv_button)
        row.addWidget(self.md_button)
        right_layout.addLayout(row)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.codes)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([200, 800])
        splitter.setChildrenCollapsible(False)
        self.codes.setMinimumWidth(150)
        self.set_content(splitter)
        self.retranslate()

    def retranslate(self) -> None:
        self.match.setItemText(0, self.tr("Any of the ticked codes (OR)"))
        self.match.setItemText(1, self.tr("All of the ticked codes, overlapping (AND)"))
        self.match_label.setText(self.tr("Passages coded with"))
        self.codes.setToolTip(self.tr("Click a code to tick it, again to exclude it (NOT), again to clear it"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.md_button.setText(self.tr("Export Markdown…"))
        super().retranslate()

    # --- the code list ------------------------------------------------------------------------------
    def set_codes(self, nodes: list[CodeNode]) -> None:
        states = self.states()
        self.codes.clear()
        for node in nodes:
            item = QListWidgetItem(swatch(node.code.color, 12), "")
            item.setData(CODE_ROLE, int(node.code.id))
            item.setData(Qt.ItemDataRole.UserRole + 3, node.path)
            self._set_state(item, states.get(node.code.id, OFF))
            self.codes.addItem(item)
        super().set_codes(nodes)  # computes again, with the list filled

    def _set_state(self, item: QListWidgetItem, state: int) -> None:
        item.setData(STATE_ROLE, state)
        item.setText(MARKS[state] + str(item.data(Qt.ItemDataRole.UserRole + 3)))
        font = item.font()
        font.setBold(state == INCLUDE)
        font.setStrikeOut(state == EXCLUDE)
        item.setFont(font)

    def _cycle(self, item: QListWidgetItem) -> None:
        self._set_state(item, (int(item.data(STATE_ROLE)) + 1) % 3)
        self.invalidate()

    def states(self) -> dict[CodeId, int]:
        return {
            CodeId(int(self.codes.item(i).data(CODE_ROLE))): int(self.codes.item(i).data(STATE_ROLE))
            for i in range(self.codes.count())
        }

    def select_codes(self, codes: list[CodeId], match: Match = Match.ANY, excluded: list[CodeId] = ()) -> None:
        for i in range(self.codes.count()):
            item = self.codes.item(i)
            code = CodeId(int(item.data(CODE_ROLE)))
            self._set_state(item, INCLUDE if code in codes else EXCLUDE if code in excluded else OFF)
        self.match.setCurrentIndex(self.match.findData(match))
        self.invalidate()

    def query(self) -> SegmentQuery:
        states = self.states()
        return SegmentQuery(
            tuple(c for c, s in states.items() if s == INCLUDE),
            self.match.currentData(),
            tuple(c for c, s in states.items() if s == EXCLUDE),
            self.chosen_coders(),
        )

    # --- computing ------------------------------------------------------------------------------------
    def compute(self) -> None:
        if not self.nodes:
            self.show_message(no_codings())
            return
        query = self.query()
        if not query.codes:
            self.results.fill([])
            self.show_content()
            self.count.setText(self.tr("Tick one or more codes on the left to list their passages."))
            return
        flt = self.article_filter()
        self.run(lambda db, progress: coded_segments(db, query, flt, progress), self._show)

    def _show(self, segments: list[Segment]) -> None:
        self.show_content()
        self.results.fill(segments)
        n = len(segments)
        where = self.tr(" in the articles listed") if self.follow_list.isChecked() else ""
        self.count.setText(self.tr("%Ln passage(s)", "", n) + where)
        self.csv_button.setEnabled(bool(n))
        self.md_button.setEnabled(bool(n))

    def export(self, kind: str, target: Path | None = None) -> None:
        segments = self.results.segments
        if target is None:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export Coded Segments"), str(Path.home() / f"coded-segments.{kind}"), f"*.{kind}"
            )
            if not name:
                return
            target = Path(name)
        try:
            with replacing(target) as out:
                (write_segments_csv if kind == "csv" else write_segments_markdown)(segments, out)
        except OSError as exc:
            inform(self, self.tr("Export"), str(exc), warning=True)
            return
        self.session.say(self.tr("Exported %Ln passage(s) to %1", "", len(segments)).replace("%1", str(target)), 6000)
