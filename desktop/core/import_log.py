"""A lasting record of every file an import looked at: imported, already there, or failed.

Failed files leave nothing else in the library (that is the point of atomic imports), so
without this log a user could not look up tomorrow why yesterday's file did not come in.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from sqlite_utils import Database

from desktop.core.clock import now_iso
from desktop.core.transactions import write_transaction

if TYPE_CHECKING:
    from desktop.core.importer import FileReport


@dataclass(frozen=True)
class LogEntry:
    id: int
    logged_at: str
    path: str
    file_name: str
    status: str
    dump_id: int | None
    message: str | None
    warnings: tuple[str, ...]
    new_articles: int
    new_versions: int
    occurrences: int


def printable_path(path: Path) -> str:
    """A path as text that SQLite can store even when the file system's name is not valid UTF-8."""
    return os.fsencode(path).decode("utf-8", errors="replace")


def record_files(db: Database, reports: Iterable[FileReport]) -> None:
    """Add the reports to the log in one statement (inside the caller's transaction, if any)."""
    rows = []
    logged_at = now_iso()
    for report in reports:
        try:
            stat = report.path.stat()
            size, mtime = stat.st_size, stat.st_mtime_ns
        except OSError:
            size = mtime = None
        rows.append(
            (
                logged_at,
                printable_path(report.path),
                printable_path(Path(report.path.name)),
                report.status.value,
                report.dump_id,
                report.error,
                json.dumps(list(report.warnings), ensure_ascii=False),
                report.new_articles,
                report.new_versions,
                report.occurrences,
                size,
                mtime,
            )
        )
    with write_transaction(db):
        db.conn.executemany(
            "INSERT INTO import_log (logged_at, path, file_name, status, dump_id, message, warnings,"
            " new_articles, new_versions, occurrences, file_size, file_mtime_ns) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )


def record_file(db: Database, report: FileReport) -> None:
    record_files(db, [report])


def known_files(db: Database, folder: Path) -> dict[Path, tuple[int, int]]:
    """Files under `folder` already in the library: path → (size, mtime_ns) when last seen.

    Only files whose content is in (imported, or already there); a file that failed is
    worth another try when it shows up again.
    """
    prefix = printable_path(folder).rstrip("/\\")
    rows = db.execute(
        "SELECT path, file_size, file_mtime_ns FROM import_log WHERE status IN ('imported', 'already imported')"
        " AND file_size IS NOT NULL AND substr(path, 1, ?) = ? ORDER BY id",
        [len(prefix), prefix],
    ).fetchall()
    return {Path(path): (size, mtime) for path, size, mtime in rows}


def recent_entries(db: Database, limit: int = 2000) -> list[LogEntry]:
    return [
        LogEntry(r[0], r[1], r[2], r[3], r[4], r[5], r[6], tuple(json.loads(r[7] or "[]")), r[8] or 0, r[9] or 0, r[10] or 0)
        for r in db.execute(
            "SELECT id, logged_at, path, file_name, status, dump_id, message, warnings, new_articles, new_versions, occurrences"
            " FROM import_log ORDER BY id DESC LIMIT ?",
            [limit],
        )
    ]
