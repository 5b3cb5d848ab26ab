"""Inter-coder agreement: tick two or more coders, choose articles or characters, read the figures and the disagreements.

The disagreements are listed side by side: the passage where the coders differ, and what each
coder coded there (or "not coded"). Double-click one to open it in the reader.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from desktop.core.coding.agreement import Agreement, AgreementReport, Level, agreement_report
from desktop.ui.coding.analysis_base import ANNOTATION_ROLE, ARTICLE_ROLE, AnalysisTab, cell, make_table, one_line


def figure(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


class AgreementTab(AnalysisTab):
    key = "coding.analysis.agreement"

    def __init__(self, session, parent=None) -> None:
        super().__init__(session, parent)
        self.coder_box.hide()
        self.coder_row = QHBoxLayout()
        self.coder_row.setSpacing(10)
        self.coder_checks: list[QCheckBox] = []
        self.level = QComboBox(self)
        self.level.setObjectName("agreementLevel")
        self.level.addItem("", Level.ARTICLE)
        self.level.addItem("", Level.PASSAGE)
        self.level.currentIndexChanged.connect(lambda _i: self.invalidate())
        self.coders_label = QLabel(self)
        self.units_label = QLabel(self)
        self.options.addWidget(self.coders_label)
        self.options.addLayout(self.coder_row)
        self.options.addStretch(1)
        self.options.addWidget(self.units_label)
        self.options.addWidget(self.level)
        self.options.addWidget(self.follow_list)

        self.summary = QLabel(self)
        self.summary.setObjectName("agreementSummary")
        self.summary.setWordWrap(True)
        self.per_code = make_table(self, [""] * 5, "agreementTable")
        self.per_code.setColumnWidth(0, 200)
        self.disagreements = make_table(self, [""] * 3, "disagreementTable")
        self.disagreements.cellDoubleClicked.connect(self._open)
        self.disagreements_title = QLabel(self)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.disagreements_title)
        lower_layout.addWidget(self.disagreements, 1)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.per_code)
        splitter.addWidget(lower)
        splitter.setSizes([430, 570])
        splitter.setChildrenCollapsible(False)
        content = QWidget(self)
        layout = QVBoxLayout(content)
        layout.setContentsMargins(8, 0, 8, 4)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.set_content(content)
        self.report: AgreementReport | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.level.setItemText(0, self.tr("Articles (code present or not)"))
        self.level.setItemText(1, self.tr("Characters of the passages"))
        self.level.setToolTip(
            self.tr("Characters: every character of the articles counts, so text nobody coded is agreement on “not coded”")
        )
        self.coders_label.setText(self.tr("Coders"))
        self.units_label.setText(self.tr("Units"))
        self.per_code.setHorizontalHeaderLabels(
            [self.tr("Code"), self.tr("Agreement %"), self.tr("Cohen's κ"), self.tr("Krippendorff's α"), self.tr("Units")]
        )
        self.disagreements.setHorizontalHeaderLabels([self.tr("Article"), self.tr("Code"), self.tr("Where they differ")])
        super().retranslate()

    def set_coders(self, coders: list[str]) -> None:
        super().set_coders(coders)
        checked = set(self.chosen())
        for box in self.coder_checks:
            box.deleteLater()
        self.coder_checks = []
        for coder in coders:
            box = QCheckBox(coder, self)
            box.setChecked(coder in checked or not checked)
            box.toggled.connect(lambda _on: self.invalidate())
            self.coder_row.addWidget(box)
            self.coder_checks.append(box)
        self.invalidate()

    def chosen(self) -> list[str]:
        return [box.text() for box in self.coder_checks if box.isChecked()]

    def choose(self, coders: list[str]) -> None:
        for box in self.coder_checks:
            box.blockSignals(True)
            box.setChecked(box.text() in coders)
            box.blockSignals(False)
        self.invalidate()

    def compute(self) -> None:
        if len(self.coders) < 2:
            self.show_message(
                self.tr("Agreement needs codings by two or more coders.\n\nEach coder sets a name with Coding ▸ Coder Name…; "
                        "bring in another coder's work with Coding ▸ Import REFI-QDA Project.")
            )  # fmt: skip
            return
        coders = self.chosen()
        if len(coders) < 2:
            self.show_message(self.tr("Tick two or more coders above."))
            return
        level, flt = self.level.currentData(), self.article_filter()
        self.run(lambda db, progress: agreement_report(db, coders, level, flt, progress), self._show)

    def _show(self, report: AgreementReport) -> None:
        self.report = report
        if not report.articles:
            self.show_message(
                self.tr(
                    "No article was coded by all of %1 yet: agreement compares the articles every one of them coded."
                ).replace("%1", ", ".join(report.coders))
            )
            return
        self.show_content()
        o = report.overall
        n = report.articles
        self.summary.setText(
            self.tr("%Ln article(s) coded by all of %2. Overall: %3 % agreement · κ %4 · α %5 (every code's decisions pooled).", "", n)
            .replace("%2", ", ".join(report.coders)).replace("%3", figure(o.percent, 1)).replace("%4", figure(o.kappa)).replace("%5", figure(o.alpha))
        )  # fmt: skip
        table = self.per_code
        table.setRowCount(len(report.per_code))
        for row, result in enumerate(report.per_code):
            a: Agreement = result.agreement
            kappa_tip = (
                self.tr("Cohen's κ compares exactly two coders")
                if len(report.coders) != 2
                else self.tr("undefined when every decision is the same")
            )
            table.setItem(row, 0, cell(result.path))
            table.setItem(row, 1, cell(figure(a.percent, 1), align_right=True))
            table.setItem(row, 2, cell(figure(a.kappa), tip=kappa_tip if a.kappa is None else "", align_right=True))
            table.setItem(row, 3, cell(figure(a.alpha), align_right=True))
            units = int(a.units)
            unit = self.tr("%Ln article(s)", "", units) if report.level is Level.ARTICLE else self.tr("%Ln character(s)", "", units)
            table.setItem(row, 4, cell(unit, align_right=True))
        coders = list(report.coders)
        dis = self.disagreements
        dis.clear()
        dis.setColumnCount(3 + len(coders))
        dis.setHorizontalHeaderLabels([self.tr("Article"), self.tr("Code"), self.tr("Where they differ"), *coders])
        dis.setRowCount(len(report.disagreements))
        for row, d in enumerate(report.disagreements):
            where = one_line(d.text) if d.text else self.tr("(the article)")
            items = [cell(one_line(d.title, 90), tip=d.title), cell(d.path), cell(where, tip=d.text[:2000])]
            for view in d.coders:
                items.append(
                    cell(("✓ " + one_line(view.text, 160)) if view.coded else self.tr("— not coded"), tip=view.text[:2000])
                )
            for column, item in enumerate(items):
                item.setData(ARTICLE_ROLE, int(d.article))
                item.setData(ANNOTATION_ROLE, -1)
                dis.setItem(row, column, item)
        for column, width in enumerate((200, 120, 220)):
            dis.setColumnWidth(column, width)
        count = len(report.disagreements)
        self.disagreements_title.setText(
            self.tr("No disagreements.")
            if not count
            else self.tr("%Ln place(s) where the coders differ, side by side:", "", count)
        )

    def _open(self, row: int, _column: int) -> None:
        item = self.disagreements.item(row, 0)
        if item is not None:
            self.openRequested.emit(int(item.data(ARTICLE_ROLE)), -1)
