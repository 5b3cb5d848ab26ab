"""Import dump files into the library: idempotent, atomic per dump, and reporting per file.

Every dump is written either fully or not at all, so a crash or a kill leaves each dump fully
in the library or not in it. Real dumps are small (a daily scraper leaves files of ten
articles), and a transaction and its statements cost as much as writing such a dump, so dumps
are written in batches: as many as arrive in a tenth of a second, up to about a megabyte, are
written together in one transaction with a dozen statements (dump_writer.py). A batch is all
or nothing; if it fails, its dumps are written again one by one, so that one bad dump fails
alone. Between two batches no transaction is open, and the `cancel` callback runs: the window's
writer thread applies the user's queued edits there, a fraction of a second after they were
made. A file's report is handed out only once its batch is committed.

A dump is identified by the sha256 of its decompressed bytes, which makes re-importing a folder
(or a renamed or re-compressed copy) a no-op.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from sqlite_utils import Database

from desktop.core.changes import Change
from desktop.core.dump_writer import DumpOutcome, write_dumps
from desktop.core.ids import ArticleId, DumpId
from desktop.core.import_log import record_files
from desktop.core.import_prep import DumpPreparer, PreparedDump, parallel_workers
from desktop.core.store import checkpoint_pages_for
from desktop.core.transactions import is_busy, write_transaction

DUMP_SUFFIXES = (".txt", ".txt.gz")


class FileStatus(Enum):
    IMPORTED = "imported"
    ALREADY_IMPORTED = "already imported"
    ERROR = "error"


@dataclass(frozen=True)
class FileReport:
    path: Path
    status: FileStatus
    dump_id: DumpId | None = None
    new_articles: int = 0
    new_versions: int = 0
    occurrences: int = 0
    warnings: tuple[str, ...] = ()
    error: str | None = None
    encoding: str | None = None
    # Articles that are new or gained a version or an occurrence: what views must refresh.
    changed_articles: frozenset[ArticleId] = frozenset()

    @property
    def change(self) -> Change:
        """What the file changed in the library, for the views."""
        if self.status is not FileStatus.IMPORTED:
            return Change()
        return Change.of_import(self.changed_articles, rows_added=self.new_articles > 0)

    def summary(self) -> str:
        """One line for the command line and the import log."""
        name = self.path.name
        if self.status is FileStatus.ERROR:
            return f"error    {name}: {self.error}"
        if self.status is FileStatus.ALREADY_IMPORTED:
            return f"already  {name}: already imported ({self.error or 'same content'})"
        counts = f"{self.new_articles} new articles, {self.new_versions} new versions, {self.occurrences} occurrences"
        if self.warnings:
            return f"warnings {name}: {counts}, {len(self.warnings)} warning{'s' * (len(self.warnings) != 1)}"
        return f"imported {name}: {counts}"


@dataclass(frozen=True)
class ImportProgress:
    files_done: int
    files_total: int
    bytes_done: int
    bytes_total: int
    current: Path | None


@dataclass(frozen=True)
class ImportReport:
    files: tuple[FileReport, ...]
    cancelled: bool = False

    @property
    def failed(self) -> bool:
        return any(f.status is FileStatus.ERROR for f in self.files)

    def count(self, status: FileStatus) -> int:
        return sum(f.status is status for f in self.files)

    @property
    def changed_articles(self) -> frozenset[ArticleId]:
        return frozenset().union(*(f.changed_articles for f in self.files))

    def summary(self) -> str:
        parts = [
            f"{self.count(FileStatus.IMPORTED)} imported",
            f"{self.count(FileStatus.ALREADY_IMPORTED)} already imported",
            f"{self.count(FileStatus.ERROR)} failed",
        ]
        totals = (
            f"{sum(f.new_articles for f in self.files)} new articles, "
            f"{sum(f.new_versions for f in self.files)} new versions, "
            f"{sum(f.occurrences for f in self.files)} occurrences"
        )
        tail = " (cancelled)" if self.cancelled else ""
        return f"{len(self.files)} files: {', '.join(parts)}; {totals}{tail}"


ProgressCallback = Callable[[ImportProgress], None]
CancelCheck = Callable[[], bool]


def is_dump_file(path: Path) -> bool:
    name = path.name.lower()
    return not name.startswith(".") and name.endswith(DUMP_SUFFIXES)


def find_dump_files(paths: Iterable[Path | str]) -> list[Path]:
    """Expand folders recursively to their dumps, in name order (dump names sort by date)."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found.extend(sorted((p for p in path.rglob("*") if p.is_file() and is_dump_file(p)), key=lambda p: str(p)))
        else:
            found.append(path)
    return found


# A batch aims at this much time, from taking its first dump to its commit: the window's queued
# edits wait at most about that long. How many bytes fit is learnt from the batches before (some
# 2 MB of dumps on a 2-core laptop); a batch never takes more than a quarter of it to collect.
BATCH_SECONDS = 0.15
FIRST_BATCH_BYTES = 512 * 1024
MIN_BATCH_BYTES = 64 * 1024
MAX_BATCH_BYTES = 16 * 1024 * 1024


@dataclass(frozen=True)
class BatchLimit:
    """How much one transaction takes in. `bytes=None` learns it from the time the batches take;
    `BatchLimit(files=1)` commits every dump on its own."""

    seconds: float = BATCH_SECONDS
    bytes: int | None = None
    files: int | None = None


DEFAULT_BATCH = BatchLimit()


def import_paths(
    db: Database,
    paths: Sequence[Path | str],
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelCheck | None = None,
    on_file: Callable[[FileReport], None] | None = None,
    log: bool = True,
    workers: int | None = None,
    batch: BatchLimit | None = None,
) -> ImportReport:
    """Import files and folders; one bad file never stops the others. Cancels between batches.

    Each file's report goes to `on_file` as soon as its dump is committed, and, with `log`,
    into the library's import log, in the same transaction as the dump. `cancel` is asked
    between two batches, with no transaction open, so it may write to the library itself (the
    window's writer thread runs queued edits there). `workers` is how many processes parse
    ahead of the writer (0: parse in this thread); by default large imports get some.
    """
    files = find_dump_files(paths)
    sizes = [_size(p) for p in files]
    total = sum(sizes)
    sizer = _BatchSizer(batch or DEFAULT_BATCH)
    reports: list[FileReport] = []
    done_bytes = index = 0
    # Parsing runs ahead in worker processes (import_prep.py); this thread only writes.
    if workers is None:
        workers = parallel_workers(len(files), total)
    with _import_settings(db), DumpPreparer(files, _known_dumps(db), workers, sizes) as preparer:
        while index < len(files):
            if cancel is not None and cancel():
                return ImportReport(tuple(reports), cancelled=True)
            dumps: list[PreparedDump] = []
            began, batch_bytes = time.monotonic(), 0
            while index < len(files) and sizer.takes(len(dumps), batch_bytes, sizes[index], began):
                if progress is not None:
                    progress(ImportProgress(index, len(files), done_bytes, total, files[index]))
                dumps.append(preparer.get(index))
                batch_bytes += sizes[index]
                done_bytes += sizes[index]
                index += 1
            for report in _write_batch(db, dumps, log):
                reports.append(report)
                if on_file is not None:
                    on_file(report)
            sizer.learn(batch_bytes, time.monotonic() - began)
    if progress is not None:
        progress(ImportProgress(len(files), len(files), done_bytes, total, None))
    return ImportReport(tuple(reports))


class _BatchSizer:
    """Decides when a batch is full: by its limit, or by what the batches before took to write."""

    def __init__(self, limit: BatchLimit) -> None:
        self.limit = limit
        self.budget = limit.bytes if limit.bytes is not None else FIRST_BATCH_BYTES

    def takes(self, count: int, size: int, next_size: int, began: float) -> bool:
        """Whether a batch of `count` dumps and `size` bytes takes one more of `next_size` bytes."""
        if count == 0:
            return True
        if self.limit.files is not None and count >= self.limit.files:
            return False
        # Collecting (parsing, or waiting for the workers) may use a quarter of the time.
        return size + next_size <= self.budget and time.monotonic() - began < self.limit.seconds / 4

    def learn(self, size: int, seconds: float) -> None:
        if self.limit.bytes is None and size and seconds > 0:
            fits = size * self.limit.seconds / seconds
            # Halfway towards what would have fitted: one slow batch (a checkpoint) does not halve the next.
            self.budget = int(min(MAX_BATCH_BYTES, max(MIN_BATCH_BYTES, (self.budget + fits) / 2)))


def import_file(db: Database, path: Path) -> FileReport:
    """Import one dump in one transaction; every failure becomes a report, never an exception."""
    with DumpPreparer([path], {}, 0) as preparer:
        (report,) = _write_batch(db, [preparer.get(0)], log=False)
    return report


def _write_batch(db: Database, dumps: list[PreparedDump], log: bool) -> list[FileReport]:
    """Write the dumps in one transaction, or, if that fails, each in a transaction of its own.

    Without a log to write, a batch holding nothing new (every dump in the library already, or
    unreadable) opens no write transaction at all: a read-only library still says what it holds.
    """
    if not log and not _holds_new(db, dumps):
        return [_report(d, o) for d, o in zip(dumps, write_dumps(db, dumps), strict=True)]
    try:
        with write_transaction(db):
            reports = [_report(d, o) for d, o in zip(dumps, write_dumps(db, dumps), strict=True)]
            if log:
                record_files(db, reports)
        return reports
    except sqlite3.Error as exc:
        error: Exception = exc
    except Exception as exc:  # a bug met by odd input: the batch rolled back; one file must not stop the others
        error = exc
    if len(dumps) > 1 and not is_busy(error):
        return [report for dump in dumps for report in _write_batch(db, [dump], log)]
    # One dump; or another writer kept the lock past every retry, and would for each dump again.
    reports = [_failed(dump, error) for dump in dumps]
    if log:
        try:
            record_files(db, reports)
        except sqlite3.Error:
            pass  # whatever refused the dump (a full disk) may refuse its log entry too
    return reports


def _holds_new(db: Database, dumps: list[PreparedDump]) -> bool:
    readable = [d.sha256 for d in dumps if d.error is None]
    known = {r[0] for sha in readable for r in db.execute("SELECT sha256 FROM dumps WHERE sha256 = ?", [sha])}
    return any(sha not in known for sha in readable)


def _report(dump: PreparedDump, outcome: DumpOutcome) -> FileReport:
    if outcome.error is not None:
        return FileReport(dump.path, FileStatus.ERROR, error=outcome.error, encoding=outcome.encoding)
    if outcome.already is not None:
        return FileReport(dump.path, FileStatus.ALREADY_IMPORTED, error=outcome.already, encoding=outcome.encoding)
    return FileReport(
        dump.path,
        FileStatus.IMPORTED,
        dump_id=outcome.dump_id,
        new_articles=outcome.new_articles,
        new_versions=outcome.new_versions,
        occurrences=outcome.occurrences,
        warnings=outcome.warnings,
        encoding=outcome.encoding,
        changed_articles=outcome.changed_articles,
    )


def _failed(dump: PreparedDump, error: Exception) -> FileReport:
    if isinstance(error, sqlite3.IntegrityError) and "dumps.sha256" in str(error):
        # Another process imported the same content between our check and our write.
        return FileReport(dump.path, FileStatus.ALREADY_IMPORTED, error="imported meanwhile by another process")
    if isinstance(error, sqlite3.Error):
        message = f"library error, nothing imported: {error}"
    else:
        message = f"unexpected error, nothing imported: {type(error).__name__}: {error}"
    return FileReport(dump.path, FileStatus.ERROR, error=message, encoding=dump.encoding)


IMPORT_CACHE_KIB = 64 * 1024


@contextmanager
def _import_settings(db: Database) -> Iterator[None]:
    """For the length of an import: a page cache that holds the hot parts of the indexes a
    million articles need (SQLite's default is 2 MB), and fewer, larger WAL checkpoints, as far
    as the free disk space allows (store.checkpoint_pages_for: up to 64 MB of WAL)."""
    cache = db.execute("PRAGMA cache_size").fetchone()[0]
    checkpoint = db.execute("PRAGMA wal_autocheckpoint").fetchone()[0]
    path = db.execute("PRAGMA database_list").fetchone()[2]
    db.execute(f"PRAGMA cache_size = {-IMPORT_CACHE_KIB}")
    if path:
        db.execute(f"PRAGMA wal_autocheckpoint = {checkpoint_pages_for(path)}")
    try:
        yield
    finally:
        db.execute(f"PRAGMA cache_size = {int(cache)}")
        db.execute(f"PRAGMA wal_autocheckpoint = {int(checkpoint)}")


def _known_dumps(db: Database) -> dict[str, str]:
    return {row[0]: row[1] for row in db.execute("SELECT sha256, file_name FROM dumps")}


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0
