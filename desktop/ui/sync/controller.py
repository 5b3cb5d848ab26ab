"""Sync at work: File ▸ Sync Folder…, syncing by itself, the status indicator, the log and the Conflicts list.

Once a folder is chosen (it is kept in the library, so a throwaway demo library never syncs),
sync runs by itself: at start, two seconds after the last edit or import, as soon as another
device's files change in the folder (a file watcher), and every minute besides (watchers miss
changes on some network folders). One sync runs at a time, as background ops (runner.py); an
edit made meanwhile is sent by the next one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QFileSystemWatcher, QObject, QTimer, Slot
from PySide6.QtWidgets import QMainWindow

from desktop.core.changes import Change
from desktop.core.sync.changefile import DEVICES
from desktop.core.sync.conflicts import Conflict, ConflictGone, list_conflicts, resolve
from desktop.core.sync.oplog import read_state
from desktop.core.sync.run import SyncReport, configure, read_log
from desktop.core.sync.shared_dumps import DUMPS
from desktop.ui.actions import ActionSpec
from desktop.ui.dialogs import inform
from desktop.ui.session import LibrarySession
from desktop.ui.sync.conflicts_dialog import ConflictsDialog
from desktop.ui.sync.folder_dialog import SyncFolderDialog
from desktop.ui.sync.log_dialog import SyncLogDialog
from desktop.ui.sync.runner import SyncRunner
from desktop.ui.sync.status import SyncStatus

GROUP = QT_TRANSLATE_NOOP("Actions", "Sync")
ACTIONS = (
    ActionSpec("sync.folder", QT_TRANSLATE_NOOP("Actions", "S&ync Folder…"), GROUP,
               tip=QT_TRANSLATE_NOOP("Actions", "Keep this library in step with your other devices through a shared folder")),
    ActionSpec("sync.now", QT_TRANSLATE_NOOP("Actions", "Sync &Now"), GROUP),
    ActionSpec("sync.log", QT_TRANSLATE_NOOP("Actions", "Sync Lo&g"), GROUP),
    ActionSpec("sync.conflicts", QT_TRANSLATE_NOOP("Actions", "Sync &Conflicts"), GROUP,
               tip=QT_TRANSLATE_NOOP("Actions", "Edits made on two devices at once: both values, who made each and when")),
)  # fmt: skip
AFTER_EDIT_MS = 2000  # a burst of edits goes out as one change file
AFTER_FOLDER_CHANGE_MS = 500  # a file arriving is often a few writes
RESCAN_MS = 60_000


class SyncController(QObject):
    def __init__(self, session: LibrarySession, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self._window = window
        self.status = SyncStatus(window)
        window.statusBar().addPermanentWidget(self.status)
        self.runner = SyncRunner(session, self)
        self._log: SyncLogDialog | None = None
        self._conflicts: ConflictsDialog | None = None
        self._again = False
        state = read_state(session.db)
        self.folder: Path | None = Path(state.folder) if state.folder else None
        self.share_dumps = state.share_dumps
        slots = {
            "sync.folder": self.choose_folder,
            "sync.now": self.sync_now,
            "sync.log": self.show_log,
            "sync.conflicts": self.show_conflicts,
        }
        for spec in ACTIONS:
            session.actions.add(spec, slots[spec.id])
        self.soon = QTimer(self, singleShot=True, interval=AFTER_EDIT_MS)
        self.soon.timeout.connect(self.sync_now)
        self.arrived = QTimer(self, singleShot=True, interval=AFTER_FOLDER_CHANGE_MS)
        self.arrived.timeout.connect(self.sync_now)
        self.rescan = QTimer(self, interval=RESCAN_MS)
        self.rescan.timeout.connect(self.sync_now)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.directoryChanged.connect(self._folder_changed)
        self.status.logRequested.connect(self.show_log)
        self.runner.started.connect(self.status.show_running)
        self.runner.finished.connect(self._finished)
        session.libraryChanged.connect(self._library_changed)
        session.writer.importFinished.connect(lambda _report: self._library_changed(Change(rows_added=True)))
        if self.folder is not None and not session.read_only:
            self._watch()
            self.rescan.start()
            QTimer.singleShot(0, self.sync_now)  # at start

    @property
    def active(self) -> bool:
        """Whether sync runs: a folder is chosen, and the library is writable and open (a closed
        window's timers and watcher then start nothing)."""
        return self.folder is not None and not self.session.read_only and not self.session.closed

    # --- running -------------------------------------------------------------------------------------
    @Slot()
    def sync_now(self) -> None:
        if not self.active:
            return
        if self.runner.running:
            self._again = True
            return
        self._again = False
        assert self.folder is not None
        self.runner.start(self.folder, user=self.session.settings.user_name, share=self.share_dumps)

    @Slot(object)
    def _library_changed(self, change: Change) -> None:
        """An edit or an import: sync a moment after the last one (edits during a sync go with the next)."""
        if self.active and not self.runner.running:
            self.soon.start()
        if change.conflicts and self._conflicts is not None and self._conflicts.isVisible():
            self.refresh_conflicts()

    @Slot(str)
    def _folder_changed(self, _path: str) -> None:
        if self.active:
            self.arrived.start()

    @Slot(object)
    def _finished(self, report: SyncReport) -> None:
        self.status.show_report(report)
        if report.errors:
            self.session.say(self.tr("Sync: %1").replace("%1", report.errors[0]), 8000)
        self._watch()
        if self._log is not None and self._log.isVisible():
            self._refresh_log()
        if self._conflicts is not None and self._conflicts.isVisible():
            self.refresh_conflicts()
        if self._again or report.unsent:
            self.soon.start()  # edits made while this sync ran

    def _watch(self) -> None:
        """Watch the folder, its devices' folders (not this device's own) and the shared dumps."""
        if self.folder is None:
            return
        me = read_state(self.session.db).device
        wanted = [self.folder, self.folder / DEVICES, self.folder / DUMPS]
        devices = self.folder / DEVICES
        if devices.is_dir():
            wanted += [p for p in devices.iterdir() if p.is_dir() and p.name != me]
        missing = [str(p) for p in wanted if p.is_dir() and str(p) not in self.watcher.directories()]
        if missing:
            self.watcher.addPaths(missing)

    def stop(self) -> None:
        """The window is closing: no sync starts any more."""
        for timer in (self.soon, self.arrived, self.rescan):
            timer.stop()
        if self.watcher.directories():
            self.watcher.removePaths(self.watcher.directories())

    # --- the folder -------------------------------------------------------------------------------------
    @Slot()
    def choose_folder(self) -> None:
        if self.session.read_only:
            self.session.say(self.tr("This library is read-only: it cannot sync."), 6000)
            return
        dialog = SyncFolderDialog(self.folder, self.session.settings.user_name, self.share_dumps, self._window)
        accepted = dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        if not accepted:
            return
        self.configure(choice.folder, choice.user, choice.share_dumps)

    def configure(self, folder: Path | None, user: str, share_dumps: bool) -> None:
        """Sync through `folder` from now on (None: stop syncing), under the name `user`."""
        if user:
            self.session.settings.set("user/name", user)
        self.folder, self.share_dumps = folder, share_dumps
        self.stop()
        self.session.write(lambda db: configure(db, folder, share_dumps=share_dumps))
        if folder is None:
            self.status.stopped()
            self.session.say(self.tr("Sync stopped. The folder keeps what was sent; choose it again to go on."), 6000)
            return
        self._watch()
        self.rescan.start()
        self.sync_now()

    # --- the log and the conflicts ---------------------------------------------------------------------------
    @Slot()
    def show_log(self) -> None:
        if self._log is None:
            self._log = SyncLogDialog(self._window)
            self._log.conflictsRequested.connect(self.show_conflicts)
            self._log.syncRequested.connect(self.sync_now)
        self._refresh_log()
        self._log.show()
        self._log.raise_()

    def _refresh_log(self) -> None:
        dialog = self._log
        if dialog is not None:
            self.session.read(read_log, dialog.set_entries, key="sync.log")

    @Slot()
    def show_conflicts(self) -> None:
        if self._conflicts is None:
            self._conflicts = ConflictsDialog(self._window)
            self._conflicts.resolveRequested.connect(self._resolve)
        self.refresh_conflicts()
        self._conflicts.show()
        self._conflicts.raise_()

    def refresh_conflicts(self) -> None:
        dialog = self._conflicts
        if dialog is None:
            return

        def op(db) -> tuple[list[Conflict], dict[int, str]]:
            conflicts = list_conflicts(db)
            articles = sorted({c.article for c in conflicts if c.article is not None})
            titles = (
                {
                    r[0]: r[1]
                    for r in db.execute(f"SELECT id, title FROM articles WHERE id IN ({','.join('?' * len(articles))})", articles)
                }
                if articles
                else {}
            )
            return conflicts, titles

        self.session.read(op, lambda found: dialog.set_conflicts(*found), key="sync.conflicts")

    @Slot(object, bool)
    def _resolve(self, conflict: Conflict, use_other: bool) -> None:
        def failed(error: BaseException) -> None:
            if isinstance(error, ConflictGone):
                self.session.say(str(error), 5000)
                self.refresh_conflicts()
            else:
                inform(self._window, self.tr("Sync Conflicts"), str(error), warning=True)

        self.session.write(
            lambda db: resolve(db, conflict, use_other=use_other), lambda _change: self.refresh_conflicts(), failed
        )
