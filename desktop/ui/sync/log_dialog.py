"""The sync log: each sync's summary, and what it moved and what went wrong, line by line."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
)

from desktop.core.sync.run import LogEntry
from desktop.ui.retranslating import RetranslatingWidget

FAILED = "#d1242f"


class SyncLogDialog(RetranslatingWidget, QDialog):
    conflictsRequested = Signal()
    syncRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("syncLog")
        self.resize(760, 480)
        self._entries: list[LogEntry] = []
        self.list = QListWidget(self)
        self.list.setObjectName("syncLogList")
        self.details = QPlainTextEdit(self)
        self.details.setObjectName("syncLogDetails")
        self.details.setReadOnly(True)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.list)
        splitter.addWidget(self.details)
        splitter.setSizes([260, 200])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.sync_button = QPushButton(self)
        self.conflicts_button = QPushButton(self)
        buttons.addButton(self.sync_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.conflicts_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.sync_button.clicked.connect(self.syncRequested.emit)
        self.conflicts_button.clicked.connect(self.conflictsRequested.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        layout.addWidget(buttons)
        self.list.currentRowChanged.connect(self._show)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sync Log"))
        self.details.setPlaceholderText(self.tr("Choose a sync to see what it moved."))
        self.sync_button.setText(self.tr("Sync Now"))
        self.conflicts_button.setText(self.tr("Conflicts…"))
        if not self._entries:
            self.details.setPlainText(self.tr("No sync has run yet."))
        else:
            self._show(self.list.currentRow())

    def set_entries(self, entries: list[LogEntry]) -> None:
        self._entries = entries
        self.list.clear()
        for entry in entries:
            when = dt.datetime.fromisoformat(entry.at).astimezone().strftime("%Y-%m-%d %H:%M:%S")
            item = QListWidgetItem(f"{when}   {entry.summary}")
            if not entry.ok:
                item.setForeground(QColor(FAILED))
            self.list.addItem(item)
        if entries:
            self.list.setCurrentRow(0)
        else:
            self.details.setPlainText(self.tr("No sync has run yet."))

    @Slot(int)
    def _show(self, row: int) -> None:
        if 0 <= row < len(self._entries):
            entry = self._entries[row]
            self.details.setPlainText("\n".join(entry.details) or self.tr("Nothing to send or receive."))
