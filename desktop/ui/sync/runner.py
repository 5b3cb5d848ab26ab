"""One sync as a chain of background ops, so the window never waits for it.

The steps are core's (desktop/core/sync/run.py): `begin`, then `push_step` until nothing is
left, then `scan` (a read op: listing and verifying the other devices' files), one `apply_file`
per change file, the shared dumps, and `finish`. Each write is its own short op on the
library's writer, so a highlight made during a sync waits at most one change file's apply.
The session announces each step's `Change`, so views refresh as files arrive. Dumps others
shared are handed to the writer's import queue like any import (its progress in the status bar).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QObject, Signal

from desktop.core.sync import run as steps
from desktop.core.sync.apply import Applied, apply_file
from desktop.core.sync.compaction import compact
from desktop.core.sync.folder import FolderError, PendingFile, Pushed, Scan, push_step, record_scan, scan
from desktop.core.sync.run import Begun, SyncReport, SyncRun
from desktop.core.sync.shared_dumps import SharedDumps, dumps_to_import, share_dumps
from desktop.ui.session import LibrarySession


@dataclass(frozen=True)
class Finished:
    """The report, wrapped so the session does not announce its changes a second time."""

    report: SyncReport


class SyncRunner(QObject):
    started = Signal()
    finished = Signal(object)  # SyncReport

    def __init__(self, session: LibrarySession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._run: SyncRun | None = None
        self._pending: list[PendingFile] = []
        self._more = False
        self._share = False
        self._user: str | None = None
        self._device_name: str | None = None
        self._rechecked = False
        self._finishing = False

    @property
    def running(self) -> bool:
        return self._run is not None

    def start(self, folder: Path, *, user: str, share: bool, device_name: str | None = None) -> bool:
        """Start a sync through `folder`; False if one is running already."""
        if self._run is not None or self.session.closed:
            return False
        self._run = SyncRun(folder)
        self._share, self._user, self._device_name, self._rechecked, self._finishing = share, user, device_name, False, False
        self.started.emit()
        self._write(lambda db: steps.begin(db, folder, user=user, device_name=device_name), self._begun)
        return True

    # --- the chain ------------------------------------------------------------------------------------
    def _write(self, op: Callable, then: Callable) -> None:
        self.session.write(op, lambda result: self._guard(then, result), self._failed)

    def _read(self, op: Callable, then: Callable) -> None:
        self.session.read(op, lambda result: self._guard(then, result), self._failed, key="sync.read")

    def _guard(self, then: Callable, result: object) -> None:
        if self._run is not None and not self.session.closed:
            then(result)

    def _begun(self, begun: Begun) -> None:
        assert self._run is not None
        self._run.folder = begun.folder
        self._run.began(begun)
        self._push()

    def _push(self) -> None:
        assert self._run is not None
        folder = self._run.folder
        self.session.write(lambda db: push_step(db, folder), lambda r: self._guard(self._pushed, r), self._push_failed)

    def _pushed(self, pushed: Pushed | None) -> None:
        assert self._run is not None
        if pushed is None:
            run = self._run
            self._write(lambda db: compact(db, run.folder), lambda done: (run.add_compacted(done), self._scan()))
            return
        self._run.add_pushed(pushed)
        self._push()

    def _push_failed(self, error: BaseException) -> None:
        if isinstance(error, FileExistsError) and not self._rechecked and self._run is not None:
            self._rechecked = True  # our next file number appeared: judge the own folder, then push on
            run = self._run
            self._write(lambda db: steps.recheck(db, run), lambda begun: (run.began(begun), self._push()))
            return
        self._failed(error)

    def _scan(self) -> None:
        assert self._run is not None
        folder = self._run.folder
        self._read(lambda db: scan(db, folder), self._scanned)

    def _scanned(self, found: Scan) -> None:
        assert self._run is not None
        self._run.add_scan(found)
        self._pending, self._more = list(found.pending), found.more
        self._write(lambda db: record_scan(db, found), lambda _: self._apply_next())

    def _apply_next(self) -> None:
        if self._pending:
            pending = self._pending.pop(0)
            self._write(lambda db: apply_file(db, pending), self._applied)
        elif self._more:
            self._scan()
        else:
            self._dumps()

    def _applied(self, applied: Applied) -> None:
        assert self._run is not None
        self._run.add_applied(applied)
        self._apply_next()

    def _dumps(self) -> None:
        assert self._run is not None
        folder, share = self._run.folder, self._share

        def op(db) -> tuple[SharedDumps, list[Path]]:
            shared = share_dumps(db, folder) if share else SharedDumps()
            return shared, dumps_to_import(db, folder)

        self._read(op, self._dumps_done)

    def _dumps_done(self, result: tuple[SharedDumps, list[Path]]) -> None:
        assert self._run is not None
        shared, to_import = result
        self._run.dumps = shared
        if to_import and not self.session.read_only:
            self.session.writer.import_paths(to_import)  # imported as any file is; the next sync places what waited
            self._run.dumps_imported.extend(p.name for p in to_import)
        self._finish()

    def _finish(self) -> None:
        run = self._run
        assert run is not None
        self._finishing = True
        self._write(lambda db: Finished(run.finish(db)), self._finished)

    def _finished(self, result: Finished) -> None:
        self._run = None
        self.finished.emit(result.report)

    def _failed(self, error: BaseException) -> None:
        """A step failed (the folder went away, the disk is full): report it, and let the next sync try again."""
        run = self._run
        if run is None:
            return
        if self._finishing:  # even the sync log could not be written: report without it
            self._run = None
            self.finished.emit(SyncReport(str(run.folder), run.device, run.started, errors=(*run.errors, str(error))))
            return
        message = str(error) if isinstance(error, (FolderError, OSError)) else f"{type(error).__name__}: {error}"
        run.errors.append(message or type(error).__name__)
        self._pending = []
        self._finish()
