"""Open a Qalam library: a single SQLite file that any SQLite tool can read.

Every connection runs in WAL mode so that the GUI keeps reading while the import thread
writes, with foreign keys on and a busy timeout so a reader never fails on a brief lock.
Transactions are always explicit (`Database.atomic()`), never implicit, so that no write
can linger uncommitted on a connection.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from platformdirs import user_data_dir
from sqlite_utils import Database

from desktop.core.schema import MIGRATIONS
from desktop.core.transactions import write_transaction

LIBRARY_FILE_NAME = "library.sqlite"
BUSY_TIMEOUT_MS = 10_000


class LibraryError(Exception):
    """The library file cannot be opened or upgraded; the message says what to do."""


def default_library_path() -> Path:
    """Where the library lives when no --db is given: the platform's application-data folder."""
    return Path(user_data_dir("Qalam", appauthor=False)) / LIBRARY_FILE_NAME


def open_library(path: Path | str, *, migrate: bool = True) -> Database:
    """Open (creating if needed) and upgrade a library, backing it up before any upgrade."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    existed = path.exists() and path.stat().st_size > 0
    try:
        conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # With WAL, NORMAL keeps the file consistent after a crash; only the last commit may be lost.
        conn.execute("PRAGMA synchronous = NORMAL")
        register_functions(conn)
        db = Database(conn, execute_plugins=False)
        if migrate:
            pending = MIGRATIONS.pending(db)
            if pending and existed and _has_user_tables(conn):
                backup_library(conn, path, reason=pending[0].name)
            if pending:
                # Under the write lock: two processes opening a new library at once would otherwise
                # both migrate it. The second one waits, then finds nothing pending.
                with write_transaction(db):
                    MIGRATIONS.apply(db)
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{path} is not a usable Qalam library: {exc}") from exc
    return db


def _casefold(text: str | None) -> str | None:
    return None if text is None else text.casefold()


def _compare_casefold(a: str, b: str) -> int:
    a, b = a.casefold(), b.casefold()
    return (a > b) - (a < b)


def register_functions(conn: sqlite3.Connection) -> None:
    """Case-insensitive matching for every script: SQLite's NOCASE and lower() fold ASCII only,
    so "Саясат" and "саясат" would be two tags and section:политика would miss "Политика".

    Queries use them; the schema does not, so other tools can still open the file.
    """
    conn.create_function("casefold", 1, _casefold, deterministic=True)
    conn.create_collation("casefold", _compare_casefold)


def backup_library(conn: sqlite3.Connection, path: Path, *, reason: str) -> Path:
    """Copy the library beside itself with SQLite's online backup (safe while in WAL mode)."""
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{reason}-{stamp}{path.suffix}")
    dest = sqlite3.connect(str(target))
    try:
        conn.backup(dest)
    finally:
        dest.close()
    return target


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchone()
    return bool(row[0])


def now_iso() -> str:
    """Timestamps in the library are UTC ISO 8601, readable in any SQLite tool."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def read_counters(db: Database) -> dict[str, int]:
    """Library-wide counts kept by triggers: cheap at any size."""
    return {name: value for name, value in db.execute("SELECT name, value FROM counters")}
