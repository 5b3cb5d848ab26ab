"""The shared folder: writing this device's change files, and finding the others' to read.

Writing (`push_step`) happens under the library's write lock, so two Qalam processes on one
library (the app and `qalam sync`) never write the same file number; the file is written whole
under a temporary name and renamed, and only then recorded as written. A crash between the two
leaves a file the library does not know it wrote: the next sync finds it in the folder, sees
that it holds exactly the library's next ops, and records it (`check_own_files`).

Reading (`scan`) only reads: it lists each other device's folder, skips files whose size and
time are as when last applied, and reads and verifies the rest. A file that is incomplete or
damaged is skipped and reported (and read again when it changes); a file of a newer sync schema
is left for a newer Qalam. `record_scan` then remembers what was seen.
"""

from __future__ import annotations

import json
import os
import uuid
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop import __version__
from desktop.core.clock import now_iso
from desktop.core.sync import device as device_id
from desktop.core.sync.changefile import (
    DEVICE_FILE,
    DEVICES,
    FORMAT,
    MARKER,
    ChangeFile,
    ChangeFileError,
    file_name,
    read_change_file,
    read_header,
    seq_of,
    write_atomically,
    write_change_file,
)
from desktop.core.sync.oplog import TO_SEND, own_lines, read_state
from desktop.core.sync.spec import SYNC_SCHEMA
from desktop.core.transactions import write_transaction

MAX_OPS_PER_FILE = 50_000  # a bigger backlog is written as several files, each its own short write


class FolderError(Exception):
    """The sync folder cannot be used (missing, not writable, not Qalam's); the message says why."""


@dataclass(frozen=True)
class DeviceInfo:
    device: str
    name: str | None = None
    user: str | None = None
    qalam: str | None = None
    schema: int | None = None
    applied: dict[str, int] = field(default_factory=dict)  # per device: its change files this one has read, all of 1..n

    @property
    def label(self) -> str:
        """How the device is named to the user: its name and user, else a short id."""
        who = " · ".join(p for p in (self.user, self.name) if p)
        return who or self.device[:8]


@dataclass(frozen=True)
class Stat:
    size: int
    mtime_ns: int


@dataclass(frozen=True)
class PendingFile:
    """Another device's change file, read and verified, waiting to be applied."""

    device: str
    name: str
    stat: Stat
    content: ChangeFile


@dataclass(frozen=True)
class SkippedFile:
    device: str
    name: str
    reason: str
    newer: bool = False  # of a newer sync schema: left for a newer Qalam


@dataclass(frozen=True)
class Scan:
    pending: tuple[PendingFile, ...] = ()
    skipped: tuple[SkippedFile, ...] = ()
    seen: tuple[tuple[str, str, int, int, str, str | None], ...] = ()  # sync_files rows to record
    devices: tuple[DeviceInfo, ...] = ()
    more: bool = False  # stopped at the op budget: scan again after applying these
    listed: tuple[tuple[str, str], ...] | None = (
        None  # every other device's change file now in the folder (None: not all looked at)
    )


@dataclass(frozen=True)
class Pushed:
    path: Path
    seq: int
    ops: int


# --- the folder ------------------------------------------------------------------------------------
def open_folder(folder: Path | str) -> Path:
    """Check (and on first use, mark) a sync folder: it must exist and be writable. The mark
    carries the folder's id, so a library moved to another folder notices (run.begin)."""
    path = Path(folder).expanduser()
    if not path.is_dir():
        raise FolderError(f"the sync folder {path} does not exist (or is not a folder)")
    marker = path / MARKER
    if not marker.exists():
        entries = [p for p in path.iterdir() if not p.name.startswith(".")]
        if entries and not (path / DEVICES).is_dir():
            raise FolderError(f"{path} holds other files: choose an empty folder (or one Qalam already syncs through)")
        try:
            write_atomically(marker, json.dumps({"format": FORMAT, "folder": uuid.uuid4().hex, "created": now_iso()}).encode())
        except OSError as exc:
            raise FolderError(f"the sync folder {path} cannot be written: {exc.strerror or exc}") from exc
    if not os.access(path, os.W_OK):
        raise FolderError(f"the sync folder {path} cannot be written")
    return path


def folder_id(folder: Path) -> str | None:
    """The id in the folder's mark (None: a mark without one, from a sync tool's half copy)."""
    try:
        found = json.loads((folder / MARKER).read_text(encoding="utf-8")).get("folder")
    except (OSError, ValueError, AttributeError):
        return None
    return str(found) if found else None


def write_device_file(folder: Path, info: DeviceInfo) -> None:
    """The device's name, user, Qalam version, schema, and how far it has read each other device's
    files (compaction.py waits for that), for the other devices; rewritten when it changes."""
    data = json.dumps(
        {
            "device": info.device,
            "name": info.name,
            "user": info.user,
            "qalam": __version__,
            "schema": SYNC_SCHEMA,
            "applied": info.applied,
        },
        ensure_ascii=False,
        sort_keys=True,
    ).encode()
    path = folder / DEVICES / info.device / DEVICE_FILE
    try:
        if path.read_bytes() == data:
            return
    except OSError:
        pass
    write_atomically(path, data)


def read_device_file(directory: Path) -> DeviceInfo:
    try:
        data = json.loads((directory / DEVICE_FILE).read_text(encoding="utf-8"))
        applied = {str(d): int(n) for d, n in (data.get("applied") or {}).items()}
        return DeviceInfo(directory.name, data.get("name"), data.get("user"), data.get("qalam"), data.get("schema"), applied)
    except (OSError, ValueError, AttributeError, TypeError):
        return DeviceInfo(directory.name)


def stat_of(path: Path) -> Stat | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return Stat(st.st_size, st.st_mtime_ns)


def _change_files(directory: Path) -> list[tuple[int, Path]]:
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return []
    found = [(seq, directory / name) for name in names if (seq := seq_of(name)) is not None]
    return sorted(found, key=lambda item: (item[0], item[1].name))


def _cached(db: Database, device: str) -> dict[str, tuple[int, int, str, str | None]]:
    return {
        r[0]: (r[1], r[2], r[3], r[4])
        for r in db.execute("SELECT name, size, mtime_ns, status, reason FROM sync_files WHERE dev = ?", [device])
    }


# --- this device's own files --------------------------------------------------------------------------
@dataclass(frozen=True)
class OwnFiles:
    adopted: tuple[int, ...] = ()  # files written before a crash, now recorded
    foreign: str | None = None  # a file of our id we never wrote: this library is a copy (why)
    seen: tuple[tuple[str, str, int, int, str, str | None], ...] = field(default=())


def check_own_files(db: Database, folder: Path) -> OwnFiles:
    """Make sure this device's folder holds only files this library wrote; record any it wrote
    but did not get to record (a crash after the rename). Runs inside a write transaction."""
    state = read_state(db)
    me = str(state.device)
    cached = _cached(db, me)
    exported = {r[0]: r[1] for r in db.execute("SELECT seq, sha256 FROM sync_exported WHERE dev = ?", [me])}
    adopted: list[int] = []
    seen: list[tuple[str, str, int, int, str, str | None]] = []
    for seq, path in _change_files(folder / DEVICES / me):
        stat = stat_of(path)
        if stat is None:
            continue
        known = cached.get(path.name)
        if known is not None and known[:2] == (stat.size, stat.mtime_ns) and known[2] == "own":
            continue
        try:
            content = read_change_file(path)
        except ChangeFileError:
            continue  # half-delivered by a sync tool: judged when it is whole
        if content.device != me:
            continue
        if exported.get(seq) == content.sha256:
            seen.append((me, path.name, stat.size, stat.mtime_ns, "own", None))
            continue
        identities = [(op.table, op.key, op.field, op.hlc, op.device or me) for op in content.ops]
        if not device_id.ops_known(db, identities):
            return OwnFiles(tuple(adopted), f"{path.name} holds edits this library never made", tuple(seen))
        if seq == state.exported_seq + 1 + len(adopted) and _is_next(db, me, state.exported_upto, content):
            upto = _max_rid(db, identities)
            db.execute("UPDATE sync_state SET exported_seq = ?, exported_upto = ? WHERE id = 1", [seq, upto])
            db.execute(
                "INSERT OR REPLACE INTO sync_exported (dev, seq, upto, sha256, ops, written_at) VALUES (?, ?, ?, ?, ?, ?)",
                [me, seq, upto, content.sha256, len(content.ops), now_iso()],
            )
            state = read_state(db)
            adopted.append(seq)
        seen.append((me, path.name, stat.size, stat.mtime_ns, "own", None))
    record_seen(db, seen)
    return OwnFiles(tuple(adopted), None, tuple(seen))


def _is_next(db: Database, me: str, upto: int, content: ChangeFile) -> bool:
    """Whether the file holds exactly the next ops this device would write, in order."""
    rows = db.execute(
        f"SELECT tbl, key, field, hlc, dev FROM sync_ops WHERE {TO_SEND} ORDER BY rid LIMIT :limit",
        {"after": upto, "me": me, "limit": len(content.ops)},
    ).fetchall()
    return [tuple(r) for r in rows] == [(op.table, op.key, op.field, op.hlc, op.device or me) for op in content.ops]


def _max_rid(db: Database, identities: list[tuple[str, str, str, int, str]]) -> int:
    row = db.execute(
        "SELECT rid FROM sync_ops WHERE tbl = ? AND key = ? AND field = ? AND hlc = ? AND dev = ?", list(identities[-1])
    ).fetchone()
    return int(row[0])


def push_step(db: Database, folder: Path, max_ops: int = MAX_OPS_PER_FILE) -> Pushed | None:
    """Write this device's next change file (up to `max_ops` ops); None when nothing is left.

    Raises FileExistsError when the next file number is taken already: the own folder must be
    checked (a crash to adopt, or a copy of this library to fork from) before pushing again."""
    with write_transaction(db):
        state = read_state(db)
        me = str(state.device)
        batch = own_lines(db, me, state.exported_upto, max_ops + 1)
        if not batch:
            return None
        if len(batch) > max_ops:  # end between two edits: the ops of one trigger share a clock value
            last = batch[max_ops - 1][1]
            batch = [item for item in batch[:max_ops] if item[1] != last] or batch[:max_ops]
        seq = state.exported_seq + 1
        target = folder / DEVICES / me / file_name(seq)
        if target.exists():
            raise FileExistsError(f"{target} exists already")
        path, digest = write_change_file(folder, me, seq, SYNC_SCHEMA, [line for _, _, line in batch])
        upto = batch[-1][0]
        db.execute("UPDATE sync_state SET exported_seq = ?, exported_upto = ? WHERE id = 1", [seq, upto])
        db.execute(
            "INSERT OR REPLACE INTO sync_exported (dev, seq, upto, sha256, ops, written_at) VALUES (?, ?, ?, ?, ?, ?)",
            [me, seq, upto, digest, len(batch), now_iso()],
        )
        stat = stat_of(path)
        if stat is not None:
            record_seen(db, [(me, path.name, stat.size, stat.mtime_ns, "own", None)])
    return Pushed(path, seq, len(batch))


# --- the other devices' files ---------------------------------------------------------------------------
def scan(db: Database, folder: Path, *, max_ops: int = 200_000) -> Scan:
    """Read and verify the change files not applied yet, up to about `max_ops` ops (read only)."""
    state = read_state(db)
    me = state.device
    root = folder / DEVICES
    pending: list[PendingFile] = []
    skipped: list[SkippedFile] = []
    seen: list[tuple[str, str, int, int, str, str | None]] = []
    devices: list[DeviceInfo] = []
    budget = max_ops
    listed: list[tuple[str, str]] = []
    try:
        directories = sorted(p for p in root.iterdir() if p.is_dir() and not p.name.startswith("."))
    except OSError:
        directories = []
    applied = {(r[0], r[1], r[2]) for r in db.execute("SELECT dev, seq, sha256 FROM sync_applied")}
    for directory in directories:
        dev = directory.name
        info = read_device_file(directory)
        devices.append(info)
        if dev == me:
            continue
        cached = _cached(db, dev)
        for seq, path in _change_files(directory):
            stat = stat_of(path)
            if stat is None:
                continue
            listed.append((dev, path.name))
            known = cached.get(path.name)
            if known is not None and known[:2] == (stat.size, stat.mtime_ns):
                if known[2] == "applied":
                    continue
                if known[2] in ("bad", "newer"):
                    skipped.append(SkippedFile(dev, path.name, known[3] or "", newer=known[2] == "newer"))
                    continue
            if budget <= 0:
                return Scan(tuple(pending), tuple(skipped), tuple(seen), tuple(devices), more=True)
            try:
                schema = int(read_header(path).get("schema", 0))  # type: ignore[call-overload]
            except (OSError, EOFError, ValueError, TypeError, AttributeError):
                schema = 0  # judged below, with the whole file
            if schema > SYNC_SCHEMA:
                reason = f"written by a newer Qalam (sync schema {schema}; this one reads {SYNC_SCHEMA})"
                skipped.append(SkippedFile(dev, path.name, reason, newer=True))
                seen.append((dev, path.name, stat.size, stat.mtime_ns, "newer", reason))
                continue
            try:
                content = read_change_file(path)
            except ChangeFileError as exc:
                skipped.append(SkippedFile(dev, path.name, str(exc)))
                seen.append((dev, path.name, stat.size, stat.mtime_ns, "bad", str(exc)))
                continue
            if content.device != dev or content.seq != seq:
                reason = f"it says it is file {content.seq} of device {content.device[:8]}"
                skipped.append(SkippedFile(dev, path.name, reason))
                seen.append((dev, path.name, stat.size, stat.mtime_ns, "bad", reason))
                continue
            if (dev, content.seq, content.sha256) in applied:
                seen.append((dev, path.name, stat.size, stat.mtime_ns, "applied", None))
                continue
            applied.add((dev, content.seq, content.sha256))  # a sync tool's copy of the same file is read once
            pending.append(PendingFile(dev, path.name, stat, content))
            budget -= max(1, len(content.ops))
    return Scan(tuple(pending), tuple(skipped), tuple(seen), tuple(devices), listed=tuple(listed))


def record_seen(
    db: Database, rows: list[tuple[str, str, int, int, str, str | None]] | tuple[tuple[str, str, int, int, str, str | None], ...]
) -> None:
    db.conn.executemany(
        "INSERT INTO sync_files (dev, name, size, mtime_ns, status, reason) VALUES (?, ?, ?, ?, ?, ?)"
        " ON CONFLICT (dev, name) DO UPDATE SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
        " status = excluded.status, reason = excluded.reason",
        list(rows),
    )


def record_scan(db: Database, found: Scan) -> None:
    """Remember the files a scan judged (a write), and the devices it met."""
    with write_transaction(db):
        record_seen(db, found.seen)
        if found.listed is not None:  # files gone from the folder (compacted away) are forgotten
            me = read_state(db).device
            present = set(found.listed)
            gone = [
                (d, n)
                for d, n in db.execute("SELECT dev, name FROM sync_files WHERE dev IS NOT ?", [me])
                if (d, n) not in present
            ]
            db.conn.executemany("DELETE FROM sync_files WHERE dev = ? AND name = ?", gone)
        db.conn.executemany(
            "INSERT INTO sync_devices (device, name, user, qalam, schema, seen_at) VALUES (?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (device) DO UPDATE SET name = excluded.name, user = excluded.user, qalam = excluded.qalam,"
            " schema = excluded.schema, seen_at = excluded.seen_at",
            [(d.device, d.name, d.user, d.qalam, d.schema, now_iso()) for d in found.devices],
        )


def known_devices(db: Database) -> dict[str, DeviceInfo]:
    return {
        r[0]: DeviceInfo(r[0], r[1], r[2], r[3], r[4])
        for r in db.execute("SELECT device, name, user, qalam, schema FROM sync_devices")
    }
