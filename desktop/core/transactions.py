"""Write transactions that take the write lock first, so that two writers never fail each other.

A plain (deferred) `BEGIN` reads under a snapshot and asks for the write lock only at its first
write. If another connection committed in between, SQLite cannot let the transaction write on
its stale snapshot and refuses at once with "database is locked": the busy timeout does not
apply, because waiting could never help. Two imports into one library, or a tag added in the
window while the command line imports, lost work that way.

`write_transaction` starts with `BEGIN IMMEDIATE` instead: the write lock comes before the first
read, and waiting for it is what the busy timeout is for. Should the lock still be busy after
that (another writer holding it longer than the connection's busy timeout), the BEGIN is tried
again with backoff for a bounded time, and only then does the caller get the error. Inside a
transaction it nests as a SAVEPOINT, so a unit of work (one dump) can fail and roll back alone
while the batch around it goes on. Every core write should go through it.
"""

from __future__ import annotations

import itertools
import random
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager

from sqlite_utils import Database

# How long a BEGIN or COMMIT is retried in all, on top of each attempt's own busy timeout.
RETRY_SECONDS = 30.0
_FIRST_PAUSE = 0.005
_LONGEST_PAUSE = 0.25

_SQLITE_BUSY = 5  # with its extended codes (BUSY_RECOVERY, BUSY_SNAPSHOT, BUSY_TIMEOUT) in the high byte
_savepoints = itertools.count(1)


def is_busy(exc: BaseException) -> bool:
    """Whether an error means "another connection holds the lock": worth waiting for, not a fault."""
    if not isinstance(exc, sqlite3.OperationalError):
        return False
    code = getattr(exc, "sqlite_errorcode", None)
    if code is not None:
        return code & 0xFF == _SQLITE_BUSY
    return "database is locked" in str(exc)


@contextmanager
def write_transaction(db: Database, *, retry_seconds: float | None = None) -> Iterator[Database]:
    """Run the block as one write transaction that holds the write lock from its start.

    Commits when the block ends, rolls back when it raises. Already inside a transaction, the
    block is a savepoint of it instead: rolled back alone when it raises, committed with the
    outer transaction. (A savepoint inside a deferred `BEGIN` someone else opened inherits that
    transaction's weakness: start the outermost transaction here.)
    """
    conn = db.conn
    retry_seconds = RETRY_SECONDS if retry_seconds is None else retry_seconds
    if conn.in_transaction:
        name = f"qalam_write_{next(_savepoints)}"
        conn.execute(f"SAVEPOINT {name}")
        try:
            yield db
        except BaseException:
            # An error such as SQLITE_FULL may already have ended the whole transaction.
            if conn.in_transaction:
                conn.execute(f"ROLLBACK TO SAVEPOINT {name}")
                conn.execute(f"RELEASE SAVEPOINT {name}")
            raise
        conn.execute(f"RELEASE SAVEPOINT {name}")
        return
    _retrying(conn, "BEGIN IMMEDIATE", retry_seconds)
    try:
        yield db
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    try:
        # In WAL mode a COMMIT is practically never busy; when it is, the transaction stays open
        # and the COMMIT may simply be tried again.
        _retrying(conn, "COMMIT", retry_seconds)
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _retrying(conn: sqlite3.Connection, statement: str, retry_seconds: float) -> None:
    deadline = time.monotonic() + retry_seconds
    pause = _FIRST_PAUSE
    while True:
        try:
            conn.execute(statement)
            return
        except sqlite3.OperationalError as exc:
            if not is_busy(exc) or time.monotonic() + pause > deadline:
                raise
        # Jitter, so that two writers that were refused together do not ask together again.
        time.sleep(pause * random.uniform(0.5, 1.5))
        pause = min(pause * 2, _LONGEST_PAUSE)
