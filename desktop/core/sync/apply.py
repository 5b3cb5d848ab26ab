"""Applying another device's change file: all of it in one transaction, or none of it.

The file's ops join the op log (ones already there are ignored, so a file read twice, or a
sync tool's copy of it, changes nothing), the clock moves past them, and every row they touch
is placed again from its winning values (place.py), in the spec's order so that tags are
placed before the links that need them. Rows waiting for another synced row are tried again.
Capture is off for all of it: `capturing` is set to 0 inside the transaction and back before
it commits, so no other connection ever sees it off.

A kill at any point rolls the whole file back; the next sync applies it again from the start.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.sql import chunks, marks
from desktop.core.sync import hlc, uniques
from desktop.core.sync.changefile import ChangeFile
from desktop.core.sync.folder import PendingFile, record_seen
from desktop.core.sync.oplog import StoredOp, insert_ops, read_state
from desktop.core.sync.place import Placer
from desktop.core.sync.spec import place_order
from desktop.core.transactions import write_transaction


@dataclass(frozen=True)
class Applied:
    device: str
    name: str
    ops: int  # in the file
    rows: int  # placed
    waiting: int  # rows that could not be placed yet
    problems: tuple[str, ...]  # rows that failed to place, and why
    clock_ahead_ms: int  # how far ahead of this machine's clock the file's newest edit is (0: not far)
    change: Change


def apply_file(db: Database, pending: PendingFile) -> Applied:
    content = pending.content
    with write_transaction(db):
        state = read_state(db)
        try:
            db.execute("UPDATE sync_state SET capturing = 0 WHERE id = 1")
            fresh = fresh_rows_leaves(db, content)  # before the insert: which rows are new here
            insert_ops(db, content.device, content.ops)
            newest = max((op.hlc for op in content.ops), default=0)
            ahead = 0
            if hlc.is_far_ahead(newest):
                ahead = hlc.wall_ms(newest) - hlc.now_ms()
            else:
                db.execute("UPDATE sync_state SET hlc = max(hlc, ?) WHERE id = 1", [newest])
            keys = sorted({(op.table, op.key) for op in content.ops}, key=lambda k: (place_order(k[0]), k[1]))
            placer = Placer(db)
            placer.preload(fresh)
            outcomes = placer.place_all(keys)
            changes = [o.change for o in outcomes]
            if any(uniques.constrained(table) for table in {t for t, _ in keys}):
                changes.append(uniques.settle(db))
            retried = retry_waiting(db, ("row",))  # rows of this file that came before the rows they refer to
            changes.append(retried)
            resolved = any(len(op.parents) > 1 for op in content.ops)
            conflicts = resolved or any(o.conflicted for o in outcomes)
            db.execute(
                "INSERT OR IGNORE INTO sync_applied (dev, seq, sha256, ops, applied_at) VALUES (?, ?, ?, ?, ?)",
                [content.device, content.seq, content.sha256, len(content.ops), now_iso()],
            )
            record_seen(db, [(pending.device, pending.name, pending.stat.size, pending.stat.mtime_ns, "applied", None)])
        finally:
            db.execute("UPDATE sync_state SET capturing = ? WHERE id = 1", [int(state.capturing)])
    waits = [o.waiting for o in outcomes if o.waiting is not None]
    return Applied(
        device=content.device,
        name=pending.name,
        ops=len(content.ops),
        rows=sum(o.waiting is None for o in outcomes),
        waiting=len(waits),
        problems=tuple(w.reason for w in waits if w.needs == "error"),
        clock_ahead_ms=ahead,
        change=Change.merge(changes) | Change(conflicts=conflicts),
    )


def fresh_rows_leaves(db: Database, content: ChangeFile) -> dict[tuple[str, str], dict[str, list[StoredOp]]]:
    """The leaves of the rows this file brings that have no op here yet, from the file alone (an op
    elsewhere can only name them once it has seen them): a big file's rows are mostly such, and
    reading their ops back after inserting them would cost as much again. Call before inserting."""
    by_table: dict[str, set[str]] = {}
    for op in content.ops:
        by_table.setdefault(op.table, set()).add(op.key)
    known: set[tuple[str, str]] = set()
    for table, keys in by_table.items():
        for chunk in chunks(sorted(keys)):
            known.update(
                (table, r[0])
                for r in db.execute(
                    f"SELECT DISTINCT key FROM sync_ops WHERE tbl = ? AND key IN ({marks(len(chunk))})", [table, *chunk]
                )
            )
    found: dict[tuple[str, str], dict[str, list[StoredOp]]] = {}
    named: dict[tuple[str, str, str], set[tuple[int, str]]] = {}
    device = content.device
    for table, key, field, h, value, parents, seen, dev in content.ops:  # unpacked: a big file holds 120,000
        row = (table, key)
        if row in known:
            continue
        fields = found.get(row)
        if fields is None:
            fields = found[row] = {}
        leaves = fields.get(field)
        if leaves is None:
            leaves = fields[field] = []
        leaves.append(StoredOp(field, h, dev or device, value, seen))
        if parents:
            named.setdefault((table, key, field), set()).update(parents)
    for (table, key, field), stamps in named.items():  # ops replaced within the file are no leaves
        fields = found[(table, key)]
        fields[field] = [leaf for leaf in fields[field] if (leaf.hlc, leaf.dev) not in stamps]
    for fields in found.values():
        for leaves in fields.values():
            if len(leaves) > 1:
                leaves.sort(key=lambda leaf: (leaf.hlc, leaf.dev), reverse=True)  # the winner first
    return found


def retry_waiting(db: Database, needs: tuple[str, ...]) -> Change:
    """Place again the rows waiting for one of `needs` (inside the caller's apply transaction),
    round after round while rounds place some: a code waits for its parent, which may wait for its own."""
    marks = ",".join("?" for _ in needs)
    changes: list[Change] = []
    waiting = None
    while True:
        rows = db.execute(f"SELECT tbl, key FROM sync_waiting WHERE needs IN ({marks})", list(needs)).fetchall()
        if not rows or len(rows) == waiting:
            return Change.merge(changes)
        waiting = len(rows)
        rows.sort(key=lambda k: (place_order(k[0]), k[1]))
        changes.extend(o.change for o in Placer(db).place_all([(t, k) for t, k in rows]))


def retry_after_import(db: Database) -> Change:
    """Place rows that waited for an article or a version, if the library gained versions since
    the last try (an import: of shared dumps, or of the user's own)."""
    with write_transaction(db):
        newest = db.execute("SELECT ifnull(max(id), 0) FROM versions").fetchone()[0]
        state = db.execute("SELECT waiting_checked, capturing FROM sync_state WHERE id = 1").fetchone()
        if newest == state[0]:
            return Change()
        try:
            db.execute("UPDATE sync_state SET capturing = 0 WHERE id = 1")
            change = retry_waiting(db, ("article", "version", "row", "error")) | uniques.settle(db)
        finally:
            db.execute("UPDATE sync_state SET capturing = ?, waiting_checked = ? WHERE id = 1", [state[1], newest])
    return change
