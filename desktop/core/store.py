"""Open a Qalam library: a single SQLite file that any SQLite tool can read.

Every connection runs in WAL mode so that the GUI keeps reading while the import thread
writes, with foreign keys on and a busy timeout so a reader never fails on a brief lock.
Transactions are always explicit (`transactions.write_transaction`, BEGIN IMMEDIATE), never implicit, so that no write
can linger uncommitted on a connection.

A file is only ever written to when it is a Qalam library (or empty, or new): one is known by
its `PRAGMA application_id`, or, for libraries from before it was set, by Qalam's migrations
table. Anything else, and a library from a newer Qalam, is refused before the first write. A
library that cannot be written (a read-only file or folder) opens read-only.
"""

from __future__ import annotations

import datetime as dt
import functools
import os
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from platformdirs import user_data_dir
from sqlite_utils import Database

from desktop.core.schema import MIGRATIONS

LIBRARY_FILE_NAME = "library.sqlite"
BUSY_TIMEOUT_MS = 10_000
# PRAGMA application_id of every Qalam library: "QLAM" in ASCII (0x514C414D).
APPLICATION_ID = int.from_bytes(b"QLAM", "big")
_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEADER_USER_VERSION = slice(60, 64)
_HEADER_APPLICATION_ID = slice(68, 72)


class LibraryError(Exception):
    """The library file cannot be opened or upgraded; the message says what to do."""


class LibraryMissingError(LibraryError):
    """There is no library at the path, and the caller may not create one."""


_DAMAGE_WORDS = ("malformed", "corrupt", "not a database")


def is_damage_error(exc: BaseException) -> bool:
    """Whether an SQLite error says the file is damaged (rather than locked, full or read-only)."""
    return isinstance(exc, sqlite3.DatabaseError) and any(word in str(exc).lower() for word in _DAMAGE_WORDS)


def _unusable(path: Path, exc: sqlite3.Error) -> LibraryError:
    if is_damage_error(exc):
        return LibraryError(f"{path} is damaged ({exc}); nothing was written to it")
    return LibraryError(f"{path} is not a usable Qalam library: {exc}")


def default_library_path() -> Path:
    """Where the library lives when no --db is given: the platform's application-data folder."""
    return Path(user_data_dir("Qalam", appauthor=False)) / LIBRARY_FILE_NAME


@functools.cache
def known_migrations() -> tuple[str, ...]:
    """The names of every migration this Qalam knows, in order."""
    return tuple(m.name for m in MIGRATIONS.pending(Database(memory=True)))


def schema_version() -> int:
    """The schema this Qalam writes, stored as `PRAGMA user_version`: its number of migrations."""
    return len(known_migrations())


@dataclass(frozen=True)
class _FileState:
    """What a file at a library path is, found without writing to it."""

    kind: str  # "new" (missing or empty), "qalam", or "foreign"
    user_version: int = 0
    application_id: int = 0
    applied: tuple[str, ...] = ()


def open_library(path: Path | str, *, migrate: bool = True, create: bool = True) -> Database:
    """Open and upgrade a library, backing it up before any upgrade; create it only with `create`.

    Raises LibraryMissingError when there is no library and `create` is false (a mistyped path
    must not leave an empty library behind), and LibraryError for a file that is not a Qalam
    library, one from a newer Qalam, one that needs an upgrade but cannot be written, and a
    folder that cannot be made. Neither kind of refusal writes anything.
    """
    path = Path(path)
    state = _inspect(path)
    if state.kind == "new" and not path.exists():
        if not create:
            raise LibraryMissingError(f"no library at {path}")
        _make_folder(path.parent)
    elif state.kind == "new" and not create:
        raise LibraryMissingError(f"no library at {path} (the file is empty)")
    if state.kind == "foreign":
        raise LibraryError(f"{path} is not a Qalam library")
    newer = _newer_schema(state)
    if newer is not None:
        raise LibraryError(f"{path}: this library was made by a newer Qalam (schema {newer}); update Qalam")
    read_only = state.kind == "qalam" and not _writable(path)
    pending = [name for name in known_migrations() if name not in state.applied]
    if read_only and migrate and pending:
        raise LibraryError(
            f"{path} is read-only, and this Qalam must upgrade it first (schema {len(state.applied)} to {schema_version()});"
            " make the file and its folder writable, or use the Qalam that made it"
        )
    try:
        conn = _connect_read_only(path) if read_only else _connect(path)
    except sqlite3.Error as exc:
        raise LibraryError(f"{path} cannot be opened: {exc}") from exc
    try:
        register_functions(conn)
        db = Database(conn, execute_plugins=False)
        if migrate and not read_only:
            _migrate(db, path, existed=state.kind == "qalam")
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise _unusable(path, exc) from exc
    return db


def is_read_only(db: Database) -> bool:
    """Whether the library was opened read-only (its file or folder cannot be written)."""
    return bool(db.execute("PRAGMA query_only").fetchone()[0])


def _inspect(path: Path) -> _FileState:
    """Tell a new, a Qalam and a foreign file apart without changing a byte of it (or adding a -wal)."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
    except (FileNotFoundError, NotADirectoryError):
        return _FileState("new")  # (a folder on the way may be missing, or be a file: making it will say so)
    except IsADirectoryError as exc:
        raise LibraryError(f"{path} is a folder, not a library file") from exc
    except OSError as exc:
        raise LibraryError(f"{path} cannot be read: {exc.strerror or exc}") from exc
    if not header:
        return _FileState("new")
    if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
        return _FileState("foreign")
    application_id = int.from_bytes(header[_HEADER_APPLICATION_ID], "big")
    if application_id not in (0, APPLICATION_ID):
        return _FileState("foreign", application_id=application_id)
    try:
        conn = _connect_for_inspection(path)
    except sqlite3.Error as exc:
        raise LibraryError(f"{path} cannot be opened: {exc}") from exc
    try:
        # Read through SQLite, not the header: the newest values may still be in the -wal file.
        user_version = int(conn.execute("PRAGMA user_version").fetchone()[0])
        application_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
        tables = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        applied: tuple[str, ...] = ()
        if MIGRATIONS.migrations_table in tables:
            applied = tuple(
                row[0]
                for row in conn.execute(
                    f"SELECT name FROM {MIGRATIONS.migrations_table} WHERE migration_set = ? ORDER BY rowid", [MIGRATIONS.name]
                )
            )
    except sqlite3.DatabaseError as exc:
        raise _unusable(path, exc) from exc
    finally:
        conn.close()
    if application_id == APPLICATION_ID or applied:
        return _FileState("qalam", user_version, application_id, applied)
    if not tables and application_id == 0 and user_version == 0:
        return _FileState("new")  # an SQLite file with nothing in it yet
    return _FileState("foreign", user_version, application_id)


def _newer_schema(state: _FileState) -> int | None:
    """The schema number of a library made by a newer Qalam, or None if this Qalam knows it."""
    known = set(known_migrations())
    unknown = [name for name in state.applied if name not in known]
    if state.user_version > schema_version() or unknown:
        return max(state.user_version, len(state.applied))
    return None


def _connect_for_inspection(path: Path) -> sqlite3.Connection:
    """Read-only; `immutable` when no -wal file exists, so that SQLite creates none either."""
    wal = Path(f"{path}-wal")
    options = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    return sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True, isolation_level=None)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        _use_wal(conn)
        conn.execute("PRAGMA foreign_keys = ON")
        # With WAL, NORMAL keeps the file consistent after a crash; only the last commit may be lost.
        conn.execute("PRAGMA synchronous = NORMAL")
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _use_wal(conn: sqlite3.Connection) -> None:
    """Switch to WAL, waiting for other processes as long as any write would.

    Switching the journal mode of a file that another process is switching or writing at that
    moment fails at once with "database is locked": SQLite does not call the busy handler there
    (processes opening one new library together met it in 1 of 3 runs). So it is tried again.
    """
    deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
    pause = 0.005
    while True:
        try:
            conn.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
        time.sleep(pause)
        pause = min(pause * 2, 0.1)


def _connect_read_only(path: Path) -> sqlite3.Connection:
    """A connection that cannot write. In a folder it cannot write either, SQLite cannot make the
    -shm file WAL reading needs; with no -wal file there is nothing uncommitted to read, and the
    file is opened as immutable."""
    wal_exists = Path(f"{path}-wal").exists()
    options = "mode=ro" if wal_exists or os.access(path.parent, os.W_OK) else "mode=ro&immutable=1"
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?{options}", uri=True, isolation_level=None, check_same_thread=True)
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA query_only = ON")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.Error:
        conn.close()
        raise
    return conn


def _writable(path: Path) -> bool:
    return os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)


def _make_folder(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise LibraryError(f"cannot create the folder {folder} for the library: {exc.strerror or exc}") from exc


def _migrate(db: Database, path: Path, *, existed: bool) -> None:
    """Apply pending migrations and stamp the file as a Qalam library of this schema.

    All of it runs in one IMMEDIATE transaction, with what is pending checked again inside it:
    two processes opening a new library at once then take turns (the second waits on the busy
    timeout and finds nothing left to do) instead of both creating the same tables.
    """
    conn = db.conn
    if not _needs_writing(db):
        return
    conn.execute("BEGIN IMMEDIATE")
    try:
        pending = MIGRATIONS.pending(db)
        if pending and existed and _has_user_tables(conn):
            backup_library(path, reason=pending[0].name)
        MIGRATIONS.apply(db)
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {schema_version()}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _needs_writing(db: Database) -> bool:
    return (
        bool(MIGRATIONS.pending(db))
        or db.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID
        or db.execute("PRAGMA user_version").fetchone()[0] != schema_version()
    )


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


def backup_library(path: Path, *, reason: str) -> Path:
    """Copy the library beside itself with SQLite's online backup (safe while in WAL mode).

    It reads through a connection of its own, so that it can run while the caller holds the
    write lock: it then copies the library as it was before the caller's changes.
    """
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.before-{reason}-{stamp}{path.suffix}")
    source = sqlite3.connect(str(path))
    dest = sqlite3.connect(str(target))
    try:
        source.backup(dest)
    finally:
        dest.close()
        source.close()
    return target


def _has_user_tables(conn: sqlite3.Connection) -> bool:
    row = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'").fetchone()
    return bool(row[0])


def read_counters(db: Database) -> dict[str, int]:
    """Library-wide counts kept by triggers: cheap at any size."""
    return {name: value for name, value in db.execute("SELECT name, value FROM counters")}


# An import checkpoints its WAL every this many pages at most (64 MB of 4 KB pages), instead of
# SQLite's 1,000: fewer, larger checkpoints. The WAL may use at most this share of the free space.
MAX_CHECKPOINT_PAGES = 16_384
SQLITE_CHECKPOINT_PAGES = 1_000
_WAL_SHARE_OF_FREE_SPACE = 1 / 16


def checkpoint_pages_for(path: Path | str, *, page_size: int = 4096) -> int:
    """How many WAL pages an import may let grow before a checkpoint, given the free disk space.

    Between checkpoints the WAL grows by every page written; on a nearly full disk a large
    interval would fill it early. So the WAL gets at most 1/16 of the free space, between
    SQLite's default (1,000 pages) and MAX_CHECKPOINT_PAGES.
    """
    folder = Path(path).parent
    try:
        free = shutil.disk_usage(folder).free
    except OSError:
        return SQLITE_CHECKPOINT_PAGES
    pages = int(free * _WAL_SHARE_OF_FREE_SPACE) // page_size
    return max(SQLITE_CHECKPOINT_PAGES, min(MAX_CHECKPOINT_PAGES, pages))
