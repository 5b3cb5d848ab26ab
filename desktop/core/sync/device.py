"""This library as a device of the shared folder: its id, its first sync, and taking a new id.

A library gets a device id (a random UUID, kept in `sync_state`) when sync is first set up,
not before: a library copied before that is simply two devices. At that first sync, the rows
made before it are written into the op log (`snapshot`), each with the time it was last
changed, so they reach the other devices and order correctly against their edits; annotations
without an author get the user's name. From then on the triggers capture every edit.

A library copied, or restored from a backup, after it synced has the id of a device that
keeps (or kept) writing change files. Two writers for one device folder would overwrite each
other, so it must notice: its own folder then holds ops of its id that it never made. It takes
a new id (`fork`), moves the edits it has not written out yet to it, and from then on reads
the old id's files like any other device's — which brings back the edits a restored backup
had lost.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable

from sqlite_utils import Database

from desktop.core.sync import spec
from desktop.core.sync.hlc import NOW_MS_SQL, TICK_SQL
from desktop.core.sync.oplog import compact_json, read_state
from desktop.core.sync.triggers import ROW, install_triggers, key_sql, present_fields, value_sql
from desktop.core.transactions import write_transaction

# Annotations made here before names were kept, but for the holders of whole-article codes
# (coding): those are everyone's, made alike on every device, and carry no author.
UNAUTHORED = "author IS NULL AND NOT (quote IS NULL AND note = '')"


def new_device_id() -> str:
    return uuid.uuid4().hex


def set_up(db: Database, *, user: str | None) -> bool:
    """Give the library a device id and start capturing, once; True if it was set up now."""
    with write_transaction(db):
        state = read_state(db)
        if state.device is not None and state.capturing:
            return False
        device = state.device or new_device_id()
        if user:  # made here before names were kept: made by this library's user
            db.execute(f"UPDATE annotations SET author = ? WHERE {UNAUTHORED}", [user])
        db.execute("UPDATE sync_state SET device = ? WHERE id = 1", [device])
        snapshot(db, device)
        db.execute("UPDATE sync_state SET capturing = 1 WHERE id = 1")
    return True


def _time_sql(column: str | None) -> str:
    """A row's `modified`-style column as a clock value; now when it has none."""
    now = f"{NOW_MS_SQL} * 65536"
    if column is None:
        return now
    return f"ifnull(CAST((julianday({ROW}.{column}) - 2440587.5) * 86400000 AS INTEGER) * 65536, {now})"


def spec_changed(db: Database) -> int:
    """For the migration that adds a table to `SPEC` (or a synced column): re-create every capture
    trigger and, in a library that syncs already, log the rows the new table already holds, so
    they reach the other devices too. Returns the ops logged."""
    install_triggers(db)
    state = read_state(db)
    if not state.capturing or state.device is None:
        return 0  # its first sync sends everything
    unlogged = [
        t.name
        for t in spec.SPEC
        if present_fields(db, t) and db.execute("SELECT 1 FROM sync_ops WHERE tbl = ? LIMIT 1", [t.name]).fetchone() is None
    ]
    return snapshot(db, state.device, only=unlogged) if unlogged else 0


def snapshot(db: Database, device: str, *, only: list[str] | None = None) -> int:
    """Write every synced row (of the tables `only` names) as it is now into the op log, as edits
    of this device; returns the ops."""
    before = db.execute("SELECT count(*) FROM sync_ops").fetchone()[0]
    for table in spec.SPEC:
        if only is not None and table.name not in only:
            continue
        fields = present_fields(db, table)
        if not fields:
            continue
        for f in fields:
            stamp = f.stamp or table.stamp
            db.execute(
                f"INSERT OR IGNORE INTO sync_ops (tbl, key, field, hlc, dev, value, parents)"
                f" SELECT ?, {key_sql(table)}, ?, {_time_sql(stamp)}, ?, {value_sql(table, f)}, '[]'"
                f" FROM {table.name} AS {ROW} WHERE ({table.snapshot_where}) AND {key_sql(table)} IS NOT NULL",
                [table.name, f.name, device],
            )
    db.execute(
        f"UPDATE sync_state SET hlc = max(hlc, ifnull((SELECT max(hlc) FROM sync_ops WHERE dev = ?), 0), {NOW_MS_SQL} * 65536)",
        [device],
    )
    db.execute(TICK_SQL)
    return int(db.execute("SELECT count(*) FROM sync_ops").fetchone()[0]) - before


def fork(db: Database) -> tuple[str, str]:
    """Take a new device id; the ops not written out yet become the new device's. Returns (old, new)."""
    with write_transaction(db):
        state = read_state(db)
        old, new = str(state.device), new_device_id()
        moved = db.execute(
            "SELECT rid, tbl, key, field, hlc FROM sync_ops WHERE dev = ? AND rid > ?", [old, state.exported_upto]
        ).fetchall()
        relabelled = {(t, k, f, h) for _, t, k, f, h in moved}
        db.execute("UPDATE sync_ops SET dev = ? WHERE dev = ? AND rid > ?", [new, old, state.exported_upto])
        # Ops that name a moved op (only later, unexported ones can) must name it by its new device.
        for rid, table, key, field, _h in moved:
            parents, seen = db.execute("SELECT parents, seen FROM sync_ops WHERE rid = ?", [rid]).fetchone()
            new_parents = [[h, new if d == old and (table, key, field, h) in relabelled else d] for h, d in json.loads(parents)]
            new_seen = (
                None
                if seen is None
                else [[f, h, new if d == old and (table, key, f, h) in relabelled else d] for f, h, d in json.loads(seen)]
            )
            db.execute(
                "UPDATE sync_ops SET parents = ?, seen = ? WHERE rid = ?",
                [compact_json(new_parents), None if new_seen is None else compact_json(new_seen), rid],
            )
        db.execute("UPDATE sync_state SET device = ?, exported_seq = 0 WHERE id = 1", [new])
        db.execute("DELETE FROM sync_files WHERE dev IN (?, ?)", [old, new])  # the old folder is now another device's: read it
    return old, new


def ops_known(db: Database, identities: Iterable[tuple[str, str, str, int, str]]) -> bool:
    """Whether every op (table, key, field, hlc, device) is in this library's log."""
    for identity in identities:
        found = db.execute(
            "SELECT 1 FROM sync_ops WHERE tbl = ? AND key = ? AND field = ? AND hlc = ? AND dev = ?", list(identity)
        ).fetchone()
        if found is None:
            return False
    return True


def moved_to(db: Database, folder: str | None) -> bool:
    """Record the id of the folder this sync runs through; True when the library synced through
    another one before. Then every op it holds, made here or received, is written out again into
    this one (the devices there may never have seen the old folder), in new files numbered from 1."""
    with write_transaction(db):
        known = db.execute("SELECT folder_id FROM sync_state WHERE id = 1").fetchone()[0]
        if folder is None or known == folder:
            return False
        db.execute("UPDATE sync_state SET folder_id = ? WHERE id = 1", [folder])
        if known is None:
            return False
        db.execute(
            "UPDATE sync_state SET exported_seq = 0, exported_upto = 0, relay_upto = ifnull((SELECT max(rid) FROM sync_ops), 0) WHERE id = 1"
        )
        db.execute("DELETE FROM sync_exported WHERE dev = (SELECT device FROM sync_state)")
        db.execute("DELETE FROM sync_files")
        return True
