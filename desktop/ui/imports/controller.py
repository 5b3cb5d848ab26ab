"""Importing at work: File ▸ Import, drops on the window, the inbox folder, progress and the log.

Imports run on the writer thread (writer.py), in batches of dumps. Each file's report carries
the `Change` it made; the controller merges the reports that arrive together (a batch commits
dozens at once) and announces them as one change on the session, so the list, the reader and
the sidebar each refresh once for them, as the dumps come in.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QTimer, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QWidget

from desktop.core.changes import Change
from desktop.core.import_log import known_files, recent_entries
from desktop.core.importer import FileReport, ImportReport
from desktop.ui.actions import ActionSpec
from desktop.ui.imports.inbox import InboxWatcher
from desktop.ui.imports.log_dialog import ImportLogDialog
from desktop.ui.imports.status import ImportStatus
from desktop.ui.resources import sample_dumps
from desktop.ui.session import LibrarySession

GROUP = QT_TRANSLATE_NOOP("Actions", "Importing")
ANNOUNCE_MS = 100  # a batch's reports arrive in a burst: one change for all of them
ACTIONS = (
    ActionSpec("import.files", QT_TRANSLATE_NOOP("Actions", "&Import Files…"), GROUP, ("Ctrl+O",), "import-file",
               tip=QT_TRANSLATE_NOOP("Actions", "Import dump files")),
    ActionSpec("import.folder", QT_TRANSLATE_NOOP("Actions", "Import &Folder…"), GROUP, ("Ctrl+Shift+O",), "import-folder",
               tip=QT_TRANSLATE_NOOP("Actions", "Import every dump in a folder")),
    ActionSpec("import.inbox", QT_TRANSLATE_NOOP("Actions", "Set &Inbox Folder…"), GROUP, (), "inbox",
               tip=QT_TRANSLATE_NOOP("Actions", "Watch a folder and import dumps that appear in it")),
    ActionSpec("import.log", QT_TRANSLATE_NOOP("Actions", "Import &Log"), GROUP, ("Ctrl+L",), "log"),
    ActionSpec("import.samples", QT_TRANSLATE_NOOP("Actions", "Import the &Sample Dumps"), GROUP),
)  # fmt: skip


class ImportsController(QObject):
    finished = Signal(object)  # ImportReport, after its changes were announced

    def __init__(self, session: LibrarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        self.status = ImportStatus(parent)
        self.inbox = InboxWatcher(self)
        self._log_dialog: ImportLogDialog | None = None
        self._pending = Change()
        self._announce_timer = QTimer(self, singleShot=True, interval=ANNOUNCE_MS)
        self._announce_timer.timeout.connect(self._announce)
        slots = {
            "import.files": self.import_files,
            "import.folder": self.import_folder,
            "import.inbox": self.choose_inbox,
            "import.log": self.show_import_log,
            "import.samples": self.import_samples,
        }
        for spec in ACTIONS:
            session.actions.add(spec, slots[spec.id])
        writer = session.writer
        writer.busyChanged.connect(self.status.set_busy)
        writer.progressChanged.connect(self.status.show_progress)
        writer.fileImported.connect(self._on_file_imported)
        writer.importFinished.connect(self._on_import_finished)
        self.status.cancelRequested.connect(writer.cancel_import)
        self.status.logRequested.connect(self.show_import_log)
        self.inbox.filesReady.connect(self.import_paths)

    @property
    def busy(self) -> bool:
        return self.session.writer.busy

    def import_paths(self, paths: Iterable[Path | str]) -> None:
        if self.session.read_only:
            self.session.say(self.tr("This library is read-only: dumps cannot be imported into it."), 6000)
            return
        self.session.writer.import_paths(paths)

    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self._parent, self.tr("Import Dump Files"), "", self.tr("Dump files (*.txt *.txt.gz *.gz);;All files (*)")
        )
        if files:
            self.import_paths(files)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self._parent, self.tr("Import Every Dump in a Folder"))
        if folder:
            self.import_paths([folder])

    def import_samples(self) -> None:
        self.import_paths(sample_dumps())

    # --- the inbox -------------------------------------------------------------------------------------
    def choose_inbox(self) -> None:
        start = str(self.inbox.folder or Path.home())
        folder = QFileDialog.getExistingDirectory(self._parent, self.tr("Inbox Folder: Dumps Saved Here Are Imported Automatically"), start)
        if folder:
            self.session.settings.inbox = Path(folder)
            self.watch_inbox(Path(folder))
            self.session.say(self.tr("Watching %1 for new dumps.").replace("%1", folder), 6000)

    def watch_inbox(self, folder: Path | None) -> None:
        self.inbox.set_folder(folder, known_files(self.session.db, folder) if folder is not None else None)

    # --- results ---------------------------------------------------------------------------------------------
    @Slot(object)
    def _on_file_imported(self, report: FileReport) -> None:
        self._pending = self._pending | report.change
        if not self._announce_timer.isActive():
            self._announce_timer.start()

    @Slot()
    def _announce(self) -> None:
        self._announce_timer.stop()
        change, self._pending = self._pending, Change()
        self.session.announce(change)

    @Slot(object)
    def _on_import_finished(self, report: ImportReport) -> None:
        self._announce()
        self.status.show_report(report)
        if self._log_dialog is not None and self._log_dialog.isVisible():
            self._log_dialog.set_entries(recent_entries(self.session.db))
        self.finished.emit(report)

    def show_import_log(self, dump: int | None = None) -> None:
        if self._log_dialog is None:
            self._log_dialog = ImportLogDialog(self._parent, self.session.theme.palette.icon)
        self._log_dialog.set_entries(recent_entries(self.session.db))
        if isinstance(dump, int) and dump:
            self._log_dialog.select_dump(dump)
        self._log_dialog.show()
        self._log_dialog.raise_()
        self._log_dialog.activateWindow()

    def stop(self) -> None:
        self.inbox.set_folder(None)
        self._announce_timer.stop()
