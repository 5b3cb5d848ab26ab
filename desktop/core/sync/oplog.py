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
from typing import NamedTuple

from sqlite_utils import Database

from desktop.core.sql import chunks, marks
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


class StoredOp(NamedTuple):
    """An op as the log holds it (a tuple: a big apply reads a hundred thousand of them)."""

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
    return leaves_of(db, table, [key]).get(key, {})


def leaves_of(db: Database, table: str, keys: list[str]) -> dict[str, dict[str, list[StoredOp]]]:
    """`leaves` of many rows of one table, in a few queries."""
    found: dict[str, dict[str, list[StoredOp]]] = {}
    for chunk in chunks(sorted(set(keys))):
        for key, field, h, dev, value, seen in db.execute(
            f"SELECT key, field, hlc, dev, value, seen FROM sync_ops WHERE tbl = ? AND key IN ({marks(len(chunk))}) AND leaf = 1",
            [table, *chunk],
        ):
            found.setdefault(key, {}).setdefault(field, []).append(
                StoredOp(field, h, dev, value, None if seen is None else _seen(seen))
            )
    for fields in found.values():
        for ops in fields.values():
            if len(ops) > 1:
                ops.sort(key=lambda op: (op.hlc, op.dev), reverse=True)  # the winner first
    return found


def values_of(db: Database, table: str, key: str, stamps: Iterable[tuple[str, int, str]]) -> dict[tuple[str, int, str], object]:
    """The values of some of a row's ops, by (field, hlc, device), leaves or not."""
    wanted = set(stamps)
    return {
        (field, h, dev): value
        for field, h, dev, value in db.execute("SELECT field, hlc, dev, value FROM sync_ops WHERE tbl = ? AND key = ?", [table, key])
        if (field, h, dev) in wanted
    }


def winners(db: Database, table: str, key: str) -> dict[str, StoredOp]:
    return {field: ops[0] for field, ops in leaves(db, table, key).items()}


def _seen(text: str | None) -> tuple[tuple[str, int, str], ...] | None:
    return None if text is None else tuple((f, int(h), d) for f, h, d in json.loads(text))


def insert_ops(db: Database, device: str, ops: Iterable[Op]) -> None:
    """Store received ops; ones already here are ignored (a file read twice changes nothing)."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO sync_ops (tbl, key, field, hlc, dev, value, parents, seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (table, key, field, h, dev or device, value, compact_json([list(p) for p in parents]) if parents else "[]",
             None if seen is None else compact_json([list(x) for x in seen]))
            for table, key, field, h, value, parents, seen, dev in ops  # unpacked: faster than attributes, 120,000 times
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
            compact_json([list(p) for p in parents]),
            None if seen is None else compact_json([list(s) for s in seen]),
        ],
    )
    return (h, device)


def compact_json(value: object) -> str:
    """JSON as SQLite's json functions write it (no spaces), so an op is stored alike wherever it was made."""
    return json.dumps(value, separators=(",", ":"), ensure_ascii=False)


def _line_sql() -> str:
    """An op's line in a change file (changefile.op_line), built by SQLite at C speed when pushing."""
    base = "'t', tbl, 'k', key, 'f', field, 'h', hlc, 'v', value, 'p', json(parents)"
    variants = {
        (False, False): f"json_object({base})",
        (True, False): f"json_object({base}, 's', json(seen))",
        (False, True): f"json_object({base}, 'd', dev)",
        (True, True): f"json_object({base}, 's', json(seen), 'd', dev)",
    }
    return (
        f"CASE WHEN dev = :me THEN CASE WHEN seen IS NULL THEN {variants[False, False]} ELSE {variants[True, False]} END"
        f" ELSE CASE WHEN seen IS NULL THEN {variants[False, True]} ELSE {variants[True, True]} END END"
    )


LINE_SQL = _line_sql()
# What this device writes out: its own ops, and in a new folder every op it held when it joined.
TO_SEND = "rid > :after AND (dev = :me OR rid <= (SELECT relay_upto FROM sync_state))"


def own_lines(db: Database, device: str, after_rid: int, limit: int) -> list[tuple[int, int, str]]:
    """(rid, hlc, change-file line) of the ops to write out after `after_rid`, in the order they were made."""
    return db.execute(
        f"SELECT rid, hlc, {LINE_SQL} FROM sync_ops WHERE {TO_SEND} ORDER BY rid LIMIT :limit",
        {"after": after_rid, "me": device, "limit": limit},
    ).fetchall()


def unsent_count(db: Database) -> int:
    """Edits made here that are not in a change file yet (the status bar's "pending")."""
    # A range of rowids after the last op written out: no index on the device is needed.
    state = read_state(db)
    row = db.execute(
        f"SELECT count(*) FROM sync_ops WHERE {TO_SEND}", {"after": state.exported_upto, "me": state.device}
    ).fetchone()
    return int(row[0])


def keys_with_ops(db: Database, table: str) -> Iterator[str]:
    for (key,) in db.execute("SELECT DISTINCT key FROM sync_ops WHERE tbl = ?", [table]):
        yield key
