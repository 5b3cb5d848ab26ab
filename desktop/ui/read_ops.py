"""Read ops: work that only reads the library (or only computes) runs here, off the GUI thread.

A few threads, each with its own read-only connection, take jobs from one queue, so a long
export, a count that scans the library and a word diff of two long versions never freeze the
window, and never wait behind the writer either (WAL lets readers and the writer overlap).

Results come back on the GUI thread: `success(result)` or `failure(exception)`. A job may
carry a `key`: a newer job with the same key supersedes the older one, which is skipped if it
has not started, interrupted if it is running (SQLite stops at its next step), and whose
result is dropped either way. That is the "latest only" rule of panes that recompute on every
selection or keystroke.
"""

from __future__ import annotations

import itertools
import queue
import sqlite3
import threading
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from sqlite_utils import Database

from desktop.core.store import open_library

ReadOp = Callable[[Database], Any]
Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]

DEFAULT_THREADS = 3


class Superseded(Exception):
    """A job replaced by a newer one with the same key (never delivered to callbacks)."""


@dataclass
class _Job:
    id: int
    op: ReadOp
    key: str | None
    success: Success | None
    failure: Failure | None
    cancelled: threading.Event = field(default_factory=threading.Event)


class ReadOps(QObject):
    """Runs read ops on worker threads; owned by the library session."""

    _finished = Signal(int, object, object)  # job id, result, exception (emitted from worker threads)
    failed = Signal(object)  # an exception no failure callback took

    def __init__(self, path: Path | None, threads: int = DEFAULT_THREADS, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._path = path
        self._threads_wanted = threads
        self._queue: queue.Queue[_Job | None] = queue.Queue()
        self._jobs: dict[int, _Job] = {}
        self._latest: dict[str, int] = {}
        self._running: dict[int, sqlite3.Connection] = {}
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._threads: list[threading.Thread] = []
        self._closed = False
        self._inline_db: Database | None = None
        self._finished.connect(self._deliver)

    @property
    def pending(self) -> int:
        """Jobs queued or running whose result is still wanted."""
        return len(self._jobs)

    def run(self, op: ReadOp, success: Success | None = None, failure: Failure | None = None, *, key: str | None = None) -> int:
        """Run `op(db)` on a read-only connection of a worker thread; returns the job's id."""
        job = _Job(next(self._ids), op, key, success, failure)
        if self._closed:
            return job.id
        if key is not None:
            self.cancel(key)
            self._latest[key] = job.id
        self._jobs[job.id] = job
        if self._path is None:  # an in-memory library has no file for a second connection: run in place
            self._run_inline(job)
            return job.id
        self._start_threads()
        self._queue.put(job)
        return job.id

    def cancel(self, key: str) -> None:
        """Drop the job with this key: skipped if waiting, interrupted if running."""
        job_id = self._latest.pop(key, None)
        if job_id is None:
            return
        job = self._jobs.pop(job_id, None)
        if job is None:
            return
        job.cancelled.set()
        with self._lock:
            conn = self._running.get(job_id)
        if conn is not None:
            conn.interrupt()  # thread-safe: the statement stops at its next step

    def shutdown(self) -> None:
        """Cancel everything and join the threads (the session calls this when the window closes)."""
        self._closed = True
        for key in list(self._latest):
            self.cancel(key)
        self._jobs.clear()
        with self._lock:
            for conn in self._running.values():
                conn.interrupt()
        for _ in self._threads:
            self._queue.put(None)
        for thread in self._threads:
            thread.join(timeout=10)
        self._threads.clear()

    # --- worker side ------------------------------------------------------------------------------
    def _start_threads(self) -> None:
        while len(self._threads) < self._threads_wanted:
            thread = threading.Thread(target=self._work, name=f"qalam-read-{len(self._threads) + 1}", daemon=True)
            self._threads.append(thread)
            thread.start()

    def _work(self) -> None:
        db: Database | None = None
        try:
            while (job := self._queue.get()) is not None:
                if job.cancelled.is_set():
                    continue
                if db is None:
                    try:
                        db = open_library(self._path, migrate=False)
                        db.execute("PRAGMA query_only = ON")
                    except Exception as exc:  # the library could not be opened: say so to this job
                        self._emit(job.id, None, exc)
                        db = None
                        continue
                with self._lock:
                    self._running[job.id] = db.conn
                try:
                    result, error = job.op(db), None
                except BaseException as exc:  # delivered to the job's failure callback
                    result, error = None, exc
                finally:
                    with self._lock:
                        self._running.pop(job.id, None)
                if job.cancelled.is_set():
                    continue
                self._emit(job.id, result, error)
        finally:
            if db is not None:
                db.close()

    def _emit(self, job_id: int, result: Any, error: BaseException | None) -> None:
        try:
            self._finished.emit(job_id, result, error)
        except RuntimeError:
            pass  # the session is gone

    def _run_inline(self, job: _Job) -> None:
        if self._inline_db is None:
            return
        try:
            self._deliver_now(job, job.op(self._inline_db), None)
        except BaseException as exc:
            self._deliver_now(job, None, exc)

    def use_inline(self, db: Database) -> None:
        """For a library without a file: run jobs on this connection, on the GUI thread."""
        self._inline_db = db

    # --- GUI side -----------------------------------------------------------------------------------
    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: BaseException | None) -> None:
        job = self._jobs.get(job_id)
        if job is None or job.cancelled.is_set():
            return
        self._deliver_now(job, result, error)

    def _deliver_now(self, job: _Job, result: Any, error: BaseException | None) -> None:
        self._jobs.pop(job.id, None)
        if job.key is not None and self._latest.get(job.key) == job.id:
            del self._latest[job.key]
        if error is None:
            if job.success is not None:
                job.success(result)
            return
        if isinstance(error, sqlite3.OperationalError) and "interrupted" in str(error):
            return  # stopped on purpose
        if job.failure is not None:
            job.failure(error)
        else:
            traceback.print_exception(error)
            self.failed.emit(error)
