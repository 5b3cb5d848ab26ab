"""Compaction: a device's old change files, once every device has read them, become one file.

Change files only grow: every field write is kept, so a note retyped a hundred times is a
hundred ops in the folder. Yet an op that a later op replaced knowingly (it is not a leaf)
can never win and is never listed as a conflict; a device that joins later needs only the
leaves to reach the same state. So once every device in the folder says, in its device.json,
that it has read this device's files 1..K, this device rewrites file K to hold the leaves of
files 1..K and deletes files 1..K−1. Devices that had read the old K read the new one once more
(applying an op twice changes nothing); a device that joins later reads one file.

Nothing is compacted past the slowest device: one that has not synced for a month holds the
others' files back for it until it does. And only a device's own files: each device is the only
writer of its folder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.core.clock import now_iso
from desktop.core.sync.changefile import DEVICES, encode, file_name, seq_of, write_atomically
from desktop.core.sync.folder import read_device_file, record_seen, stat_of
from desktop.core.sync.oplog import LINE_SQL, TO_SEND, read_state
from desktop.core.sync.spec import SYNC_SCHEMA
from desktop.core.transactions import write_transaction

COMPACT_AT = 200  # own change files before compaction is considered


@dataclass(frozen=True)
class Compacted:
    seq: int  # files 1..seq became file seq
    files: int  # files removed
    ops_before: int
    ops_after: int


def applied_through(db: Database) -> dict[str, int]:
    """For each other device, the n such that every one of its change files 1..n that the folder
    holds has been applied here (what device.json tells the others)."""
    me = read_state(db).device
    statuses: dict[str, dict[int, bool]] = {}
    for dev, name, status in db.execute("SELECT dev, name, status FROM sync_files WHERE dev IS NOT ?", [me]):
        seq = seq_of(name)
        if seq is not None:
            seen = statuses.setdefault(dev, {})
            seen[seq] = seen.get(seq, True) and status == "applied"
    through: dict[str, int] = {}
    for dev, seqs in statuses.items():
        n = 0
        for seq in sorted(seqs):
            if not seqs[seq]:
                break
            n = seq
        through[dev] = n
    return through


def read_by_all(folder: Path, me: str) -> int | None:
    """How far every other device has read this one's files (None: no other device)."""
    others = [p for p in (folder / DEVICES).iterdir() if p.is_dir() and p.name != me and not p.name.startswith(".")]
    if not others:
        return None
    return min(read_device_file(p).applied.get(me, 0) for p in others)


def compact(db: Database, folder: Path, *, at: int = COMPACT_AT) -> Compacted | None:
    """Rewrite this device's files 1..K as one, K being what every device has read; None when
    there are fewer than `at` files or nothing to merge."""
    with write_transaction(db):
        state = read_state(db)
        me = str(state.device)
        own = db.execute("SELECT seq, upto, ops FROM sync_exported WHERE dev = ? ORDER BY seq", [me]).fetchall()
        if len(own) < at:
            return None
        everyone = read_by_all(folder, me)
        through = state.exported_seq if everyone is None else min(everyone, state.exported_seq)
        kept = [row for row in own if row[0] <= through]
        if len(kept) < 2:
            return None
        seq, upto = kept[-1][0], kept[-1][1]
        lines = [
            r[0]
            for r in db.execute(
                f"SELECT {LINE_SQL} FROM sync_ops WHERE {TO_SEND} AND rid <= :upto AND leaf = 1 ORDER BY rid",
                {"after": 0, "me": me, "upto": upto},
            )
        ]
        data, digest = encode(me, seq, SYNC_SCHEMA, lines)
        directory = folder / DEVICES / me
        write_atomically(directory / file_name(seq), data)
        removed = 0
        for path in sorted(directory.iterdir()):
            number = seq_of(path.name)
            if number is not None and (number < seq or (number == seq and path.name != file_name(seq))):
                path.unlink(missing_ok=True)  # older files, and sync tools' copies of them
                removed += 1
        db.execute("DELETE FROM sync_exported WHERE dev = ? AND seq < ?", [me, seq])
        db.execute(
            "UPDATE sync_exported SET sha256 = ?, ops = ?, written_at = ? WHERE dev = ? AND seq = ?",
            [digest, len(lines), now_iso(), me, seq],
        )
        db.execute("DELETE FROM sync_files WHERE dev = ?", [me])
        stat = stat_of(directory / file_name(seq))
        if stat is not None:
            record_seen(db, [(me, file_name(seq), stat.size, stat.mtime_ns, "own", None)])
    return Compacted(seq, removed, sum(r[2] for r in kept), len(lines))
