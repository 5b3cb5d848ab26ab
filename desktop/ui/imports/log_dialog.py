"""The Import log window: every file's result, warnings and errors, this session and earlier."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPlainTextEdit,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from desktop.core.import_log import LogEntry
from desktop.ui.plain_text import plain_tip
from desktop.ui.resources import themed_icon
from desktop.ui.retranslating import RetranslatingWidget

STATUS_ICONS = {"imported": "ok", "already imported": "ok", "error": "error"}
# The statuses the log stores (core/import_log.py), in the interface language.
STATUS_NAMES = {
    "imported": QT_TRANSLATE_NOOP("ImportLogDialog", "imported"),
    "already imported": QT_TRANSLATE_NOOP("ImportLogDialog", "already imported"),
    "error": QT_TRANSLATE_NOOP("ImportLogDialog", "error"),
}


def status_name(status: str) -> str:
    return QCoreApplication.translate("ImportLogDialog", STATUS_NAMES[status]) if status in STATUS_NAMES else status
# Results tell apart at a glance, in either theme: failed red, warned amber, imported green; "already there" neutral.
STATUS_COLORS = {"error": "#d1242f", "warning": "#bf8700", "imported": "#1a7f37"}


class ImportLogDialog(RetranslatingWidget, QDialog):
    def __init__(self, parent=None, icon_color: str = "#3c4043") -> None:
        super().__init__(parent)
        self.setObjectName("importLog")
        self.resize(860, 520)
        self._icon_color = icon_color
        self._entries: list[LogEntry] = []
        self.table = QTableWidget(0, 5, self)
        self.table.setObjectName("importLogTable")
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in range(1, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("importLogDetails")
        self.details.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.details)
        splitter.setSizes([340, 160])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.table.currentCellChanged.connect(self._show_details)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Import Log"))
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Result"), self.tr("New articles"), self.tr("New versions"), self.tr("When")])
        self.details.setPlaceholderText(self.tr("Choose a file to see its warnings or errors."))
        if self._entries:
            row = self.table.currentRow()
            self.set_entries(self._entries)
            self.table.setCurrentCell(max(0, row), 0)

    def set_entries(self, entries: list[LogEntry]) -> None:
        self._entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            result = status_name(entry.status)
            if entry.status == "imported" and entry.warnings:
                result = self.tr("imported, %n warning(s)", "", len(entry.warnings))
            icon = "warning" if entry.status == "imported" and entry.warnings else STATUS_ICONS.get(entry.status, "log")
            tint = STATUS_COLORS.get("warning" if icon == "warning" else entry.status, self._icon_color)
            name = QTableWidgetItem(themed_icon(icon, tint), entry.file_name)
            name.setToolTip(plain_tip(entry.path))
            values = [result, str(entry.new_articles), str(entry.new_versions), entry.logged_at.replace("T", " ")[:19]]
            self.table.setItem(row, 0, name)
            for column, value in enumerate(values, start=1):
                self.table.setItem(row, column, QTableWidgetItem(value))
        if entries:
            self.table.setCurrentCell(0, 0)

    def select_dump(self, dump_id: int) -> None:
        for row, entry in enumerate(self._entries):
            if entry.dump_id == dump_id:
                self.table.setCurrentCell(row, 0)
                return

    @Slot(int, int, int, int)
    def _show_details(self, row: int, _col: int, _prev_row: int, _prev_col: int) -> None:
        if not 0 <= row < len(self._entries):
            self.details.clear()
            return
        e = self._entries[row]
        lines = [e.path, self.tr("%1 at %2").replace("%1", status_name(e.status)).replace("%2", e.logged_at.replace("T", " ")[:19])]
        if e.message:
            lines.append(e.message)
        if e.status == "imported":
            lines.append(
                ", ".join((self.tr("%Ln new article(s)", "", e.new_articles), self.tr("%Ln new version(s)", "", e.new_versions),
                           self.tr("%Ln occurrence(s)", "", e.occurrences)))
            )  # fmt: skip
        if e.warnings:
            lines.append("")
            lines.extend(f"⚠ {w}" for w in e.warnings)
        self.details.setPlainText("\n".join(lines))
