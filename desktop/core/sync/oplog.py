"""The op log: every synced field write made here or received, and what wins.

For each field of each row, the ops form a small graph: an op names as parents the ops it
replaced knowingly (the winner when the edit was made, or every leaf when a conflict was
resolved). Leaves are the ops nobody replaced. The winner is the leaf with the largest
`(hlc, device)`; every other leaf is a concurrent edit that lost, and is listed as a conflict
until someone resolves it. All of this depends only on which ops exist, never on the order in
which files arrived, so every device that holds the same ops shows the same values and the
same conflicts.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.sync.changefile import Op
from desktop.core.sync.hlc import TICK_SQL


@dataclass(frozen=True)
class SyncState:
    device: str | None
    hlc: int
    capturing: bool
    exported_seq: int
    exported_upto: int
    folder: str | None
    share_dumps: bool


@dataclass(frozen=True)
class StoredOp:
    field: str
    hlc: int
    dev: str
    value: object
    seen: tuple[tuple[str, int, str], ...] | None = None

    @property
    def stamp(self) -> tuple[int, str]:
        return (self.hlc, self.dev)


def read_state(db: Database) -> SyncState:
    row = db.execute(
        "SELECT device, hlc, capturing, exported_seq, exported_upto, folder, share_dumps FROM sync_state WHERE id = 1"
    ).fetchone()
    return SyncState(row[0], row[1], bool(row[2]), row[3], row[4], row[5], bool(row[6]))


def leaves(db: Database, table: str, key: str) -> dict[str, list[StoredOp]]:
    """Each field's leaves, the winner first."""
    found: dict[str, list[StoredOp]] = {}
    for field, h, dev, value, seen in db.execute(
        "SELECT field, hlc, dev, value, seen FROM sync_ops WHERE tbl = ? AND key = ? AND leaf = 1 ORDER BY field, hlc DESC, dev DESC",
        [table, key],
    ):
        found.setdefault(field, []).append(StoredOp(field, h, dev, value, _seen(seen)))
    return found


def winners(db: Database, table: str, key: str) -> dict[str, StoredOp]:
    return {field: ops[0] for field, ops in leaves(db, table, key).items()}


def _seen(text: str | None) -> tuple[tuple[str, int, str], ...] | None:
    return None if text is None else tuple((f, int(h), d) for f, h, d in json.loads(text))


def insert_ops(db: Database, device: str, ops: Iterable[Op]) -> None:
    """Store received ops; ones already here are ignored (a file read twice changes nothing)."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO sync_ops (tbl, key, field, hlc, dev, value, parents, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (op.table, op.key, op.field, op.hlc, device, op.value, json.dumps([list(p) for p in op.parents]),
             None if op.seen is None else json.dumps([list(s) for s in op.seen]))
            for op in ops
        ),
    )  # fmt: skip


def local_op(
    db: Database,
    table: str,
    key: str,
    field: str,
    value: object,
    parents: Iterable[tuple[int, str]],
    seen: Iterable[tuple[str, int, str]] | None = None,
) -> tuple[int, str]:
    """Record an edit made here directly in the log (a resolved conflict, a first sync's snapshot)."""
    db.execute(TICK_SQL)
    h, device = db.execute("SELECT hlc, device FROM sync_state").fetchone()
    db.execute(
        "INSERT INTO sync_ops (tbl, key, field, hlc, dev, value, parents, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        [
            table,
            key,
            field,
            h,
            device,
            value,
            json.dumps([list(p) for p in parents]),
            None if seen is None else json.dumps([list(s) for s in seen]),
        ],
    )
    return (h, device)


def own_ops(db: Database, device: str, after_rid: int, limit: int) -> list[tuple[int, Op]]:
    """This device's ops after `after_rid`, in the order they were made: what the next change file holds."""
    return [
        (r[0], Op(r[1], r[2], r[3], r[4], r[5], tuple((int(h), d) for h, d in json.loads(r[6])), _seen(r[7])))
        for r in db.execute(
            "SELECT rid, tbl, key, field, hlc, value, parents, seen FROM sync_ops WHERE dev = ? AND rid > ? ORDER BY rid LIMIT ?",
            [device, after_rid, limit],
        )
    ]


def unsent_count(db: Database) -> int:
    """Edits made here that are not in a change file yet (the status bar's "pending")."""
    row = db.execute(
        "SELECT count(*) FROM sync_ops o, sync_state s WHERE o.dev = s.device AND o.rid > s.exported_upto"
    ).fetchone()
    return int(row[0])


def keys_with_ops(db: Database, table: str) -> Iterator[str]:
    for (key,) in db.execute("SELECT DISTINCT key FROM sync_ops WHERE tbl = ?", [table]):
        yield key
