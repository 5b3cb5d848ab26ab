"""Tell a damaged library from a healthy one, and copy what a damaged one still holds into a new one.

`PRAGMA quick_check` reads every page, so it costs time in proportion to the library (measured:
0.2 s warm and up to 0.9 s cold for an 80 MB library, so some 20 s and more for the 8 GB of a
million articles). It is therefore not run on every open: callers run it when SQLite reports
damage, to say what is wrong, and before writing into a library small enough to check at once.

Recovery never touches the damaged file. It creates a new library with this Qalam's schema and
copies into it, table by table in key order, every row SQLite can still read, stepping over the
key ranges whose pages are damaged. Plain Python over the standard sqlite3 module does this in a
packaged build, where the sqlite3 shell and its `.recover` are not available and Python's sqlite3
has no recovery API. Copying through the schema also gives a consistent library, which `.recover`
would not: counts and the full-text indexes are rebuilt by the schema's own triggers, a row
whose parent was lost (an occurrence of a lost version) is dropped and counted, and so is a text
that no longer matches its stored sha256. It needs the schema's own pages readable: when they are
damaged it says so and recovers nothing (the sqlite3 shell's `.recover`, which reads raw pages,
could still do more there).
"""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.core.store import LibraryError, open_library

# Libraries up to this size are checked before an import writes into them (about 0.5 s).
QUICK_CHECK_MAX_BYTES = 128 * 1024 * 1024
# Columns that the schema's triggers keep: copied as 0, then counted again as rows arrive.
_COUNTED = {
    "articles": ("version_count", "annotation_count"),
    "sources": ("article_count",),
    "sections": ("article_count",),
    "tags": ("article_count",),
}
# Kept by triggers (counters) or by the migrations (the migrations table): never copied.
_NOT_COPIED = {"counters", "_sqlite_migrations"}
_BATCH = 500
_LOWEST_KEY = -(2**63)
_HIGHEST_KEY = 2**63 - 1


def quick_check(db: Database) -> str | None:
    """None when SQLite finds the library's pages sound, else its first complaint."""
    try:
        rows = db.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    problems = [row[0] for row in rows if row[0] != "ok"]
    if not problems:
        return None
    # SQLite prefixes the first complaint with the database's name, on a line of its own.
    lines = [line for line in problems[0].splitlines() if line.strip() and not line.startswith("***")]
    return lines[0] if lines else problems[0]


def check_library(path: Path) -> str | None:
    """quick_check on a library file, read-only; None when it is sound."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        return quick_check(Database(conn))
    finally:
        conn.close()


@dataclass(frozen=True)
class TableRecovery:
    table: str
    copied: int  # rows now in the new library
    dropped: int  # rows read but refused, because what they refer to was lost
    damaged_ranges: int  # stretches of keys that could not be read at all


@dataclass(frozen=True)
class RecoveryReport:
    target: Path
    tables: tuple[TableRecovery, ...]

    @property
    def complete(self) -> bool:
        return all(t.dropped == 0 and t.damaged_ranges == 0 for t in self.tables)

    def summary(self) -> str:
        copied = sum(t.copied for t in self.tables)
        lost = [t for t in self.tables if t.dropped or t.damaged_ranges]
        if not lost:
            return f"recovered {copied} rows into {self.target}; nothing was lost"
        where = ", ".join(
            f"{t.table} ({t.damaged_ranges} damaged stretch{'es' * (t.damaged_ranges != 1)}, {t.dropped} rows dropped)" for t in lost
        )
        return f"recovered {copied} rows into {self.target}; lost rows in {where}"


def recover_library(damaged: Path | str, target: Path | str) -> RecoveryReport:
    """Copy every readable row of a damaged library into a new library at `target`.

    The damaged file is only read. `target` must not exist yet.
    """
    damaged, target = Path(damaged), Path(target)
    if target.exists():
        raise LibraryError(f"{target} already exists; recovery writes a new file and replaces nothing")
    try:
        source = sqlite3.connect(f"{damaged.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
        source_tables = {row[0] for row in source.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        raise LibraryError(f"{damaged} cannot be read at all ({exc}); nothing can be recovered from it") from exc
    db = open_library(target)
    try:
        report = tuple(_copy_table(source, db, table) for table in _tables_in_copy_order(db) if table in source_tables)
        # The counts a dump stores of what it printed: counted again over the occurrences kept.
        with db.atomic():
            db.execute(
                "UPDATE dumps SET occurrence_count = (SELECT count(*) FROM occurrences o WHERE o.dump_id = dumps.id),"
                " article_count = (SELECT count(DISTINCT v.article_id) FROM occurrences o JOIN versions v ON v.id = o.version_id"
                " WHERE o.dump_id = dumps.id)"
            )
    finally:
        db.close()
        source.close()
    return RecoveryReport(target, report)


def _tables_in_copy_order(db: Database) -> list[str]:
    """The library's own tables, each after the tables it refers to."""
    tables = [
        row[0]
        for row in db.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table' ORDER BY name")
        if row[0] not in _NOT_COPIED and not row[1].upper().startswith("CREATE VIRTUAL") and not _is_fts_shadow(db, row[0])
    ]
    parents = {t: {row[2] for row in db.execute(f'PRAGMA foreign_key_list("{t}")')} - {t} for t in tables}
    ordered: list[str] = []
    while len(ordered) < len(tables):
        ready = [t for t in tables if t not in ordered and parents[t] <= set(ordered)]
        ordered.extend(ready or [t for t in tables if t not in ordered])  # a cycle: copy the rest as they are
    return ordered


def _is_fts_shadow(db: Database, table: str) -> bool:
    virtual = [row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE sql LIKE 'CREATE VIRTUAL TABLE%'")]
    return any(table.startswith(name + "_") for name in virtual)


def _copy_table(source: sqlite3.Connection, db: Database, table: str) -> TableRecovery:
    target_columns = [row[1] for row in db.execute(f'PRAGMA table_info("{table}")')]
    source_columns = {row[1] for row in source.execute(f'PRAGMA table_info("{table}")')}
    columns = [c for c in target_columns if c in source_columns]
    key = [row[1] for row in sorted(db.execute(f'PRAGMA table_info("{table}")'), key=lambda r: r[5]) if row[5]]
    counted = set(_COUNTED.get(table, ()))
    values = [f'0 AS "{c}"' if c in counted else f'"{c}"' for c in columns]
    names = ", ".join(f'"{c}"' for c in columns)
    insert = f'INSERT OR REPLACE INTO "{table}" ({names}) VALUES ({", ".join("?" * len(columns))})'
    copied = dropped = 0
    reader = _KeyOrderReader(source, table, values, key if _without_rowid(db, table) else ["rowid"])
    conn = db.conn
    conn.execute("BEGIN")
    try:
        for row in reader.rows():
            if not _sound(table, columns, row):
                dropped += 1
                continue
            try:
                conn.execute(insert, row)
                copied += 1
            except sqlite3.IntegrityError:
                dropped += 1
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    return TableRecovery(table, copied, dropped, reader.damaged_ranges)


def _sound(table: str, columns: list[str], row: tuple) -> bool:
    """Whether a row's own checksum holds: a damaged overflow page reads as other text, silently.

    A version stores the sha256 of its text, so a garbled text is told and dropped, not copied.
    """
    if table != "versions" or "text" not in columns or "sha256" not in columns:
        return True
    text, digest = row[columns.index("text")], row[columns.index("sha256")]
    return isinstance(text, str) and hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest() == digest


def _without_rowid(db: Database, table: str) -> bool:
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
    return "WITHOUT ROWID" in sql.upper()


class _KeyOrderReader:
    """Reads a table in batches by key; where a batch cannot be read, looks further along the
    keys (doubling the step) for the next stretch that can, and counts the stretch skipped."""

    def __init__(self, source: sqlite3.Connection, table: str, values: list[str], key: list[str]) -> None:
        self._source = source
        self._table = table
        self._values = values
        self._key = key
        self.damaged_ranges = 0

    def rows(self) -> Iterator[tuple]:
        after: tuple | None = None
        limit = _BATCH
        while True:
            try:
                batch = self._batch(after, limit)
            except sqlite3.DatabaseError:
                if limit > 1:
                    limit = 1  # read up to the damage one row at a time, to lose no row before it
                    continue
                after = self._skip_damage(after)
                if after is None:
                    return
                limit = _BATCH
                continue
            if not batch:
                return
            for row in batch:
                yield row[len(self._key) :]
            after = tuple(batch[-1][: len(self._key)])

    def _batch(self, after: tuple | None, limit: int = _BATCH) -> list[tuple]:
        keys = ", ".join(f'"{k}"' if k != "rowid" else "rowid" for k in self._key)
        where = "" if after is None else f"WHERE ({keys}) > ({', '.join('?' * len(after))})"
        sql = f'SELECT {keys}, {", ".join(self._values)} FROM "{self._table}" {where} ORDER BY {keys} LIMIT {limit}'
        return self._source.execute(sql, list(after or ())).fetchall()

    def _skip_damage(self, after: tuple | None) -> tuple | None:
        """The key to go on after, past the damaged stretch; None when nothing further can be read."""
        self.damaged_ranges += 1
        first = _LOWEST_KEY if after is None else after[0]
        if not isinstance(first, int):
            return None  # keys that are not numbers cannot be stepped over
        step = 1
        while first + step < _HIGHEST_KEY:
            probe = (first + step,) + (_LOWEST_KEY,) * (len(self._key) - 1) if len(self._key) > 1 else (first + step,)
            try:
                self._batch(probe, limit=1)
            except sqlite3.DatabaseError:
                step *= 2
                continue
            return probe
        return None
