"""The sync indicator in the status bar: when the last sync ran, what is left to send, what needs you.

It says "Syncing…" while a sync runs, then "Synced 14:02", with the edits not yet written to
the folder, the conflicts, and any problem (a file that could not be read, a device that needs a
newer Qalam) in the same words the sync log uses. Clicking it opens the sync log.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QToolButton, QWidget

from desktop.core.sync.run import SyncReport

WARNING = "#bf8700"


class SyncStatus(QToolButton):
    logRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.clicked.connect(self.logRequested.emit)
        self._last: SyncReport | None = None
        self._say: Callable[[], None] | None = None  # what is shown, to say again in a new language
        self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._say is not None:
            self._say()
        super().changeEvent(event)

    def show_running(self) -> None:
        self._say = lambda: self.setText(self.tr("Syncing…"))
        self._say()
        self.show()

    def show_idle(self, unsent: int, conflicts: int) -> None:
        """Sync is set up but has not run in this session yet."""
        self._say = lambda: self.setText(self._line(self.tr("Sync set up"), unsent, conflicts, 0))
        self._say()
        self.show()

    def show_report(self, report: SyncReport) -> None:
        self._last = report
        self._say = lambda: self._show_report(report)
        self._say()
        self.show()
        self.updateGeometry()  # the status bar makes room for the longer text at once

    def _show_report(self, report: SyncReport) -> None:
        when = dt.datetime.fromisoformat(report.started).astimezone().strftime("%H:%M")
        problems = len(report.errors) + len([s for s in report.skipped if not s.newer]) + len(report.dump_errors)
        head = self.tr("Synced %1").replace("%1", when)
        if report.newer:
            head = self.tr("Update Qalam to read changes from %1").replace("%1", ", ".join(report.newer))
        self.setText(self._line(head, report.unsent, report.conflicts, problems))
        self.setStyleSheet(f"color: {WARNING};" if problems or report.newer else "")
        self.setToolTip("\n".join([report.summary(), *report.lines()[:12], self.tr("Click for the sync log.")]))

    def _line(self, head: str, unsent: int, conflicts: int, problems: int) -> str:
        parts = [head]
        if unsent:
            parts.append(self.tr("%Ln edit(s) to send", "", unsent))
        if conflicts:
            parts.append(self.tr("%Ln conflict(s)", "", conflicts))
        if problems:
            parts.append(self.tr("%Ln problem(s)", "", problems))
        return " · ".join(parts)

    def stopped(self) -> None:
        self._last = None
        self._say = None
        self.hide()
