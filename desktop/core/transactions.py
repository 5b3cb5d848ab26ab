"""Write transactions that take the write lock first, so they never fail half-way on a lock.

A plain BEGIN starts a read transaction that becomes a write at its first write. If another
connection committed in between, SQLite cannot upgrade it and fails at once with "database is
locked", whatever the busy timeout. BEGIN IMMEDIATE takes the write lock up front, waiting the
busy timeout for it, so two writers (the app and a `qalam import`, say) queue instead of
failing. Nested use becomes a SAVEPOINT inside the outer transaction.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from itertools import count

from sqlite_utils import Database

BUSY_RETRY_SECONDS = 30.0  # beyond the connection's busy timeout, for a writer that holds the lock that long
_savepoints = count(1)


def _begin_immediate(db: Database) -> None:
    deadline = time.monotonic() + BUSY_RETRY_SECONDS
    delay = 0.05
    while True:
        try:
            db.execute("BEGIN IMMEDIATE")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) and "busy" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(delay)
            delay = min(delay * 2, 1.0)


@contextmanager
def write_transaction(db: Database) -> Iterator[Database]:
    """Commit the block's writes together, or none of them."""
    conn = db.conn
    if conn.in_transaction:
        name = f"qalam_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    _begin_immediate(db)
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
