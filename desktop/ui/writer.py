"""The library's single writer: a worker on its own QThread that runs imports and user edits.

SQLite allows one writer at a time. If the GUI wrote while an import held the write lock,
the GUI thread would block, so every write goes through this worker instead:

- imports: dumps are written in batches of about 0.15 s of work, one transaction per batch, so
  every dump is fully in or fully out (core/importer.py);
- write ops (tags, flags, annotations...), queued as functions of the worker's connection.
  They run as soon as the worker is idle, or between two batches of a running import, so a
  tag added during a long import lands within a fraction of a second, not after the import.

Reads never come here (see read_ops.py): an export or a count must not delay a highlight.

The worker opens its connection on its own thread (a connection must stay on the thread that
made it). Results come back as signals, which Qt queues to slots on the GUI thread. Cancel is
a thread-safe flag checked between batches, so a cancelled or closed import stops at a batch
boundary with every dump fully in or fully out. `shutdown()` cancels, `quit()`s, `wait()`s.
"""

from __future__ import annotations

import itertools
import queue
import threading
import traceback
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QMetaObject, QObject, Qt, QThread, Signal, Slot
from sqlite_utils import Database

from desktop.core.importer import FileReport, ImportProgress, ImportReport, import_paths
from desktop.core.store import LibraryError, open_library

WriteOp = Callable[[Database], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


@dataclass(frozen=True)
class OpResult:
    op_id: int
    value: Any = None
    error: BaseException | None = None


class WriterWorker(QObject):
    progress = Signal(object)  # ImportProgress
    fileImported = Signal(object)  # FileReport
    importFinished = Signal(object)  # ImportReport
    opFinished = Signal(object)  # OpResult
    failed = Signal(str)

    def __init__(self, db_path: Path) -> None:
        super().__init__()
        self._db_path = db_path
        self._db: Database | None = None
        self._cancel = threading.Event()
        self._ops: queue.Queue[tuple[int, WriteOp]] = queue.Queue()

    # Called from the GUI thread: both are thread-safe.
    def cancel(self) -> None:
        self._cancel.set()

    def enqueue(self, op_id: int, op: WriteOp) -> None:
        self._ops.put((op_id, op))

    def _connection(self) -> Database:
        if self._db is None:
            self._db = open_library(self._db_path)
        return self._db

    @Slot(list)
    def run_import(self, paths: list[str]) -> None:
        self._cancel.clear()
        try:
            db = self._connection()
            report = import_paths(
                db,
                [Path(p) for p in paths],
                progress=self.progress.emit,
                cancel=self._between_dumps,
                on_file=self.fileImported.emit,
            )
        except LibraryError as exc:
            self.failed.emit(str(exc))
            report = ImportReport((), cancelled=True)
        except Exception as exc:  # never leave the window believing an import still runs
            traceback.print_exc()
            self.failed.emit(f"The import stopped on an unexpected error: {exc}")
            report = ImportReport((), cancelled=True)
        self.importFinished.emit(report)
        self.run_ops()

    def _between_dumps(self) -> bool:
        self.run_ops()
        return self._cancel.is_set()

    @Slot()
    def run_ops(self) -> None:
        while True:
            try:
                op_id, op = self._ops.get_nowait()
            except queue.Empty:
                return
            try:
                result = OpResult(op_id, value=op(self._connection()))
            except Exception as exc:  # an edit failing must not kill the writer thread
                if not isinstance(exc, ValueError):  # ValueErrors are the user's (a bad name): no traceback
                    traceback.print_exc()
                result = OpResult(op_id, error=exc)
            self.opFinished.emit(result)

    @Slot()
    def close(self) -> None:
        self.run_ops()
        if self._db is not None:
            self._db.close()
            self._db = None


class LibraryWriter(QObject):
    """GUI-thread side of the writer: queues work, relays results, owns the thread."""

    progressChanged = Signal(object)  # ImportProgress
    fileImported = Signal(object)  # FileReport
    importFinished = Signal(object)  # ImportReport
    busyChanged = Signal(bool)  # an import is running
    failed = Signal(object)  # an exception no failure callback took (a str for import failures)
    _dispatch_import = Signal(list)
    _dispatch_ops = Signal()

    def __init__(self, db_path: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._queue: list[str] = []
        self._busy = False
        self._closed = False
        self._ids = itertools.count(1)
        self._callbacks: dict[int, tuple[Success | None, Failure | None]] = {}
        self._thread = QThread(self)
        self._thread.setObjectName("qalam-writer")
        self._worker = WriterWorker(db_path)
        self._worker.moveToThread(self._thread)
        self._dispatch_import.connect(self._worker.run_import)
        self._dispatch_ops.connect(self._worker.run_ops)
        self._worker.progress.connect(self._on_progress)
        self._worker.fileImported.connect(self._on_file)
        self._worker.importFinished.connect(self._on_import_finished)
        self._worker.opFinished.connect(self._on_op_finished)
        self._worker.failed.connect(self._on_failed)
        self._thread.finished.connect(self._worker.deleteLater)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def thread(self) -> QThread:
        return self._thread

    @property
    def pending(self) -> int:
        return len(self._callbacks)

    def import_paths(self, paths: Iterable[Path | str]) -> None:
        new = [str(p) for p in paths if str(p) not in self._queue]
        if not new:
            return
        self._queue.extend(new)
        if not self._busy:
            self._send_next_import()

    def run(self, op: WriteOp, success: Success | None = None, failure: Failure | None = None) -> int:
        """Run `op(db)` on the writer thread; `success(result)` or `failure(exception)` is then called on the GUI thread."""
        op_id = next(self._ids)
        if self._closed:
            return op_id
        self._callbacks[op_id] = (success, failure)
        self._worker.enqueue(op_id, op)
        self._dispatch_ops.emit()
        return op_id

    def cancel_import(self) -> None:
        self._queue.clear()
        self._worker.cancel()

    def shutdown(self) -> None:
        """Cancel at the next dump boundary, finish queued edits, close, and join the thread.

        The close runs as a blocking call on the worker, so it has certainly happened — every
        queued edit written, the connection closed — before the thread is told to quit.
        Results still on their way back are dropped: the window they were for is closing.
        """
        self.cancel_import()
        self._closed = True
        self._callbacks.clear()
        if self._thread.isRunning():
            QMetaObject.invokeMethod(self._worker, "close", Qt.ConnectionType.BlockingQueuedConnection)
            self._thread.quit()
            self._thread.wait()

    def _send_next_import(self) -> None:
        batch, self._queue = self._queue, []
        self._set_busy(True)
        self._dispatch_import.emit(batch)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busyChanged.emit(busy)

    @Slot(object)
    def _on_progress(self, progress: ImportProgress) -> None:
        self.progressChanged.emit(progress)

    @Slot(object)
    def _on_file(self, report: FileReport) -> None:
        self.fileImported.emit(report)

    @Slot(object)
    def _on_import_finished(self, report: ImportReport) -> None:
        self.importFinished.emit(report)
        if self._queue:
            self._send_next_import()
        else:
            self._set_busy(False)

    @Slot(object)
    def _on_op_finished(self, result: OpResult) -> None:
        if self._closed:
            return
        success, failure = self._callbacks.pop(result.op_id, (None, None))
        if result.error is not None:
            if failure is not None:
                failure(result.error)
            else:
                self.failed.emit(result.error)
        elif success is not None:
            success(result.value)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self.failed.emit(RuntimeError(message))
