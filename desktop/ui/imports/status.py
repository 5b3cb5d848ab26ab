"""The import's place in the status bar: files done of total, the current file, and Cancel."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QToolButton, QWidget

from desktop.core.importer import FileStatus, ImportProgress, ImportReport
from desktop.ui.retranslating import RetranslatingWidget


class ImportStatus(RetranslatingWidget, QWidget):
    cancelRequested = Signal()
    logRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.label.setObjectName("importStatus")
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.bar = QProgressBar(self)
        self.bar.setObjectName("importProgress")
        self.bar.setFixedWidth(180)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        self.cancel_button = QToolButton(self)
        self.cancel_button.setAutoRaise(True)
        self.cancel_button.clicked.connect(self.cancelRequested.emit)
        self.log_button = QToolButton(self)
        self.log_button.setAutoRaise(True)
        self.log_button.clicked.connect(self._open_log)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(6)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        layout.addWidget(self.log_button)
        # Hidden, the bar and Cancel keep their place: showing them must not change the status bar's
        # height, which would re-lay out and repaint the whole window (tens of ms) as an import starts.
        for widget in (self.bar, self.cancel_button):
            policy = widget.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            widget.setSizePolicy(policy)
        self._attention = False  # files failed or warned: the Details button stays until opened
        self._hide_timer = QTimer(self, singleShot=True, interval=8000)
        self._hide_timer.timeout.connect(self._fade)
        self._set_running(False)
        self.label.clear()
        self.log_button.hide()
        self.retranslate()

    def retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Cancel"))
        self.cancel_button.setToolTip(self.tr("Stop after the file being imported now; nothing is left half-imported"))
        faded = self._attention and not self.label.text()  # see _fade
        self.log_button.setText(self.tr("Import problems: details…") if faded else self.tr("Details…"))

    def _open_log(self) -> None:
        self._attention = False
        self.logRequested.emit()
        if not self.label.text():
            self.log_button.hide()

    def _set_running(self, running: bool) -> None:
        self.bar.setVisible(running)
        self.cancel_button.setVisible(running)

    @Slot(bool)
    def set_busy(self, busy: bool) -> None:
        self._set_running(busy)
        if busy:
            self._hide_timer.stop()
            self.log_button.hide()
            self.bar.setRange(0, 0)
            self.label.setText(self.tr("Starting import…"))

    @Slot(object)
    def show_progress(self, progress: ImportProgress) -> None:
        if progress.files_total:
            self.bar.setRange(0, progress.files_total)
            self.bar.setValue(progress.files_done)
        name = progress.current.name if progress.current else ""
        total = progress.files_total
        if progress.current is not None:
            text = self.tr("Importing %1 of %2: %3").replace("%1", QLocale().toString(progress.files_done + 1))
            self.label.setText(text.replace("%2", QLocale().toString(total)).replace("%3", name))
        else:
            text = self.tr("Imported %1 of %2").replace("%1", QLocale().toString(progress.files_done))
            self.label.setText(text.replace("%2", QLocale().toString(total)))

    @Slot(object)
    def show_report(self, report: ImportReport) -> None:
        failed = report.count(FileStatus.ERROR)
        imported = report.count(FileStatus.IMPORTED)
        already = report.count(FileStatus.ALREADY_IMPORTED)
        warned = sum(1 for f in report.files if f.status is FileStatus.IMPORTED and f.warnings)
        parts = [self.tr("%Ln file(s) imported", "", imported)]
        if already:
            parts.append(self.tr("%Ln already in the library", "files", already))
        if warned:
            parts.append(self.tr("%Ln with warnings", "files", warned))
        if failed:
            parts.append(self.tr("%Ln failed", "files", failed))
        new = sum(f.new_articles for f in report.files)
        prefix = self.tr("Import cancelled: ") if report.cancelled else self.tr("Import done: ")
        articles = self.tr("%Ln new article(s)", "", new)
        self.label.setText(prefix + ", ".join(parts) + f" · {articles}")
        self._attention = bool(failed or warned)
        self.log_button.setText(self.tr("Details…"))
        self.log_button.setVisible(self._attention)
        self._hide_timer.start()

    @Slot()
    def _fade(self) -> None:
        """The result is read by now: the words go; a button stays while files failed or warned."""
        if self.bar.isVisible():
            return
        self.label.clear()
        if self._attention:
            self.log_button.setText(self.tr("Import problems: details…"))
        else:
            self.log_button.hide()
