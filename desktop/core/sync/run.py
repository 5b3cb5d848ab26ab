"""One sync, in bounded steps: begin, push, pull file by file, share dumps, finish.

`sync_once` runs the steps in a row (the command line, the tests). The window runs the same
steps as separate background ops (desktop/ui/sync/), each write a short transaction on the
library's writer, so the user's edits go in between: `begin` (set up, check this device's
own folder, place rows whose article arrived), `push_step` until nothing is left, `scan` (read
only) and one `apply_file` per change file, dumps, and `finish` (count, write the sync log).

Every step is idempotent and crash-safe: a kill at any point leaves the library consistent, and
the next sync picks up where this one stopped.
"""

from __future__ import annotations

import json
import platform
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.importer import FileStatus, import_paths
from desktop.core.sync import device as devices
from desktop.core.sync import uniques
from desktop.core.sync.apply import Applied, apply_file, retry_after_import
from desktop.core.sync.compaction import Compacted, applied_through, compact
from desktop.core.sync.conflicts import conflict_count
from desktop.core.sync.folder import (
    DeviceInfo,
    FolderError,
    Pushed,
    Scan,
    SkippedFile,
    check_own_files,
    folder_id,
    known_devices,
    open_folder,
    push_step,
    record_scan,
    scan,
    write_device_file,
)
from desktop.core.sync.oplog import read_state, unsent_count
from desktop.core.sync.shared_dumps import SharedDumps, dumps_to_import, share_dumps
from desktop.core.transactions import write_transaction

LOG_KEPT = 500  # sync log entries kept


@dataclass(frozen=True)
class Begun:
    device: str
    folder: Path
    set_up: bool  # sync was set up for this library just now
    forked: tuple[str, str] | None  # (old id, new id): this library was a copy and took a new id
    adopted: tuple[int, ...]  # own files written before a crash, now recorded
    change: Change
    moved: bool = False  # the library synced through another folder before: it writes all it holds into this one


@dataclass(frozen=True)
class SyncReport:
    """What one sync moved, and what needs the user: the CLI prints it, the window shows it."""

    folder: str
    device: str
    started: str
    pushed: tuple[tuple[str, int], ...] = ()  # file name, ops
    applied: tuple[Applied, ...] = ()
    skipped: tuple[SkippedFile, ...] = ()
    newer: tuple[str, ...] = ()  # devices whose files need a newer Qalam
    dumps_shared: tuple[str, ...] = ()
    dumps_missing: tuple[str, ...] = ()
    dumps_imported: tuple[str, ...] = ()
    dump_errors: tuple[str, ...] = ()
    forked: tuple[str, str] | None = None
    compacted: Compacted | None = None
    warnings: tuple[str, ...] = ()
    errors: tuple[str, ...] = ()
    waiting: int = 0
    unsent: int = 0
    conflicts: int = 0
    change: Change = field(default_factory=Change)

    @property
    def ok(self) -> bool:
        """No error, no file skipped, nothing left for a newer Qalam."""
        return not (self.errors or self.skipped or self.newer or self.dump_errors)

    @property
    def pulled_ops(self) -> int:
        return sum(a.ops for a in self.applied)

    def lines(self) -> list[str]:
        """What moved and what went wrong, one line each (the CLI's output, the sync log)."""
        out = [f"pushed   {name}: {ops} change{'s' * (ops != 1)}" for name, ops in self.pushed]
        for a in self.applied:
            extra = f", {a.waiting} waiting for their article" if a.waiting else ""
            out.append(
                f"pulled   {a.device[:8]}/{a.name}: {a.ops} change{'s' * (a.ops != 1)}, {a.rows} row{'s' * (a.rows != 1)}{extra}"
            )
            out.extend(f"problem  {a.device[:8]}/{a.name}: {p}" for p in a.problems)
        if self.compacted is not None:
            c = self.compacted
            out.append(
                f"compacted files 1–{c.seq}, which every device has read, into one: {c.ops_before:,} changes, {c.ops_after:,} still count"
            )
        out.extend(f"shared   dumps/{name}" for name in self.dumps_shared)
        out.extend(f"imported {name}" for name in self.dumps_imported)
        out.extend(
            f"missing  {name}: the dump's file is no longer where it was imported from; not shared" for name in self.dumps_missing
        )
        out.extend(f"skipped  {s.device[:8]}/{s.name}: {s.reason}" for s in self.skipped if not s.newer)
        out.extend(f"update Qalam to read changes from {who}" for who in self.newer)
        out.extend(f"warning  {w}" for w in self.warnings)
        out.extend(f"error    {e}" for e in (*self.errors, *self.dump_errors))
        return out

    def summary(self) -> str:
        parts = [f"{sum(ops for _, ops in self.pushed)} sent", f"{self.pulled_ops} received"]
        if self.conflicts:
            parts.append(f"{self.conflicts} conflict{'s' * (self.conflicts != 1)}")
        if self.waiting:
            parts.append(f"{self.waiting} waiting for their article")
        problems = len(self.errors) + len([s for s in self.skipped if not s.newer]) + len(self.dump_errors)
        if problems:
            parts.append(f"{problems} problem{'s' * (problems != 1)}")
        if self.newer:
            parts.append("update Qalam to read changes from " + ", ".join(self.newer))
        return ", ".join(parts)


@dataclass
class SyncRun:
    """A sync under way: its steps add what they did, `finish` makes the report."""

    folder: Path
    started: str = field(default_factory=now_iso)
    device: str = ""
    forked: tuple[str, str] | None = None
    pushed: list[tuple[str, int]] = field(default_factory=list)
    applied: list[Applied] = field(default_factory=list)
    skipped: dict[tuple[str, str], SkippedFile] = field(default_factory=dict)
    devices: dict[str, DeviceInfo] = field(default_factory=dict)
    dumps: SharedDumps = field(default_factory=SharedDumps)
    dumps_imported: list[str] = field(default_factory=list)
    dump_errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    change: Change = field(default_factory=Change)
    compacted: Compacted | None = None

    def began(self, begun: Begun) -> None:
        self.device, self.forked, self.change = begun.device, begun.forked, self.change | begun.change
        if begun.moved:
            self.warnings.append(
                "a new sync folder: every edit this library holds, its own and those it received, is written into it"
            )
        if begun.forked:
            self.warnings.append(
                f"this library is a copy (or a backup) of device {begun.forked[0][:8]}, which keeps its own changes in the folder:"
                f" it is now device {begun.forked[1][:8]}, and reads the other's changes like any device's"
            )

    def add_pushed(self, pushed: Pushed) -> None:
        self.pushed.append((pushed.path.name, pushed.ops))

    def add_compacted(self, compacted: Compacted | None) -> None:
        if compacted is not None:
            self.compacted = compacted

    def add_scan(self, found: Scan) -> None:
        for s in found.skipped:
            self.skipped[(s.device, s.name)] = s
        self.devices.update((d.device, d) for d in found.devices)

    def add_applied(self, applied: Applied) -> None:
        self.applied.append(applied)
        self.skipped.pop((applied.device, applied.name), None)
        self.change = self.change | applied.change
        if applied.clock_ahead_ms:
            who = self.devices.get(applied.device, DeviceInfo(applied.device)).label
            hours = applied.clock_ahead_ms / 3_600_000
            self.warnings.append(
                f"the clock of {who} is {hours:,.0f} hours ahead of this one's: its edits win over later ones until then"
            )

    def add_imports(self, names: list[str], errors: list[str], change: Change) -> None:
        self.dumps_imported.extend(names)
        self.dump_errors.extend(errors)
        self.change = self.change | change

    def finish(self, db: Database) -> SyncReport:
        """Count what is left, write the sync log, and report (a write)."""
        newer = sorted({self.devices.get(s.device, DeviceInfo(s.device)).label for s in self.skipped.values() if s.newer})
        with write_transaction(db):
            waiting = int(db.execute("SELECT count(*) FROM sync_waiting").fetchone()[0])
            report = SyncReport(
                folder=str(self.folder),
                device=self.device,
                started=self.started,
                pushed=tuple(self.pushed),
                applied=tuple(self.applied),
                skipped=tuple(self.skipped.values()),
                newer=tuple(newer),
                dumps_shared=self.dumps.copied,
                dumps_missing=self.dumps.missing,
                dumps_imported=tuple(self.dumps_imported),
                dump_errors=tuple(self.dump_errors),
                forked=self.forked,
                compacted=self.compacted,
                warnings=tuple(self.warnings),
                errors=tuple(self.errors),
                waiting=waiting,
                unsent=unsent_count(db),
                conflicts=conflict_count(db),
                change=self.change,
            )
            write_log(db, report)
        return report


# --- the steps ------------------------------------------------------------------------------------------
def begin(db: Database, folder: Path | str, *, user: str | None, device_name: str | None = None) -> Begun:
    """Set up sync once, make sure this device's folder is its own (adopting or forking), and place
    rows whose article arrived since the last sync. Raises FolderError for an unusable folder."""
    path = open_folder(folder)
    newly = devices.set_up(db, user=user)
    moved = devices.moved_to(db, folder_id(path))
    forked: tuple[str, str] | None = None
    adopted: tuple[int, ...] = ()
    with write_transaction(db):
        if user:  # annotations made through another road (a script) carry the user too
            db.execute(f"UPDATE annotations SET author = ? WHERE {devices.UNAUTHORED}", [user])
        own = check_own_files(db, path)
        adopted = own.adopted
    if own.foreign is not None:
        forked = devices.fork(db)
        with write_transaction(db):
            adopted += check_own_files(db, path).adopted
    change = retry_after_import(db)
    with write_transaction(db):
        capturing = db.execute("SELECT capturing FROM sync_state WHERE id = 1").fetchone()[0]
        db.execute("UPDATE sync_state SET capturing = 0 WHERE id = 1")
        change = change | uniques.settle(db)  # a tag renamed here may have freed a name another shows numbered
        db.execute("UPDATE sync_state SET capturing = ? WHERE id = 1", [capturing])
    state = read_state(db)
    me = str(state.device)
    write_device_file(path, DeviceInfo(me, device_name or platform.node() or None, user or None, applied=applied_through(db)))
    return Begun(me, path, newly, forked, adopted, change, moved)


def push_all(db: Database, run: SyncRun) -> None:
    """Write change files until every edit made here is in one."""
    for _ in range(2):
        try:
            while (pushed := push_step(db, run.folder)) is not None:
                run.add_pushed(pushed)
            run.add_compacted(compact(db, run.folder))
            return
        except FileExistsError:  # a file with our next number appeared: judge it, then go on
            run.began(recheck(db, run))
    run.errors.append("could not write change files: this device's folder keeps changing under it")


def recheck(db: Database, run: SyncRun) -> Begun:
    """After a push found its file number taken: judge this device's folder again (adopt, or fork)."""
    with write_transaction(db):
        own = check_own_files(db, run.folder)
    forked = devices.fork(db) if own.foreign is not None else None
    return Begun(str(read_state(db).device), run.folder, False, forked, own.adopted, Change())


def pull_all(db: Database, run: SyncRun) -> None:
    """Apply every change file of the other devices that is not applied yet."""
    while True:
        found = scan(db, run.folder)
        run.add_scan(found)
        record_scan(db, found)
        for pending in found.pending:
            run.add_applied(apply_file(db, pending))
        if not found.more:
            return


def import_shared_dumps(db: Database, run: SyncRun) -> None:
    paths = dumps_to_import(db, run.folder)
    if not paths:
        return
    report = import_paths(db, paths, workers=0)
    names = [f.path.name for f in report.files if f.status is FileStatus.IMPORTED]
    errors = [f"{f.path.parent.name[:12]}…/{f.path.name}: {f.error}" for f in report.files if f.status is FileStatus.ERROR]
    change = Change.merge(f.change for f in report.files)
    run.add_imports(names, errors, change | retry_after_import(db))


def sync_once(
    db: Database, folder: Path | str, *, user: str | None = None, device_name: str | None = None, share: bool | None = None
) -> SyncReport:
    """Push this library's edits to the folder and pull every other device's, once.

    `share` copies this library's dumps into the folder (None: as set for the library); dumps
    other devices shared are imported either way."""
    run = SyncRun(Path(folder))
    try:
        begun = begin(db, folder, user=user, device_name=device_name)
    except FolderError as exc:
        run.errors.append(str(exc))
        return run.finish(db)
    run.folder = begun.folder
    run.began(begun)
    push_all(db, run)
    pull_all(db, run)
    sharing = read_state(db).share_dumps if share is None else share
    if sharing:
        run.dumps = share_dumps(db, run.folder)
    import_shared_dumps(db, run)
    return run.finish(db)


# --- settings and the log ------------------------------------------------------------------------------------
def configure(db: Database, folder: Path | str | None, *, share_dumps: bool) -> Change:
    """Remember (or forget, with None) the library's sync folder and whether it shares its dumps."""
    with write_transaction(db):
        db.execute(
            "UPDATE sync_state SET folder = ?, share_dumps = ? WHERE id = 1", [str(folder) if folder else None, int(share_dumps)]
        )
    return Change()


def write_log(db: Database, report: SyncReport) -> None:
    db.execute(
        "INSERT INTO sync_log (at, ok, summary, details) VALUES (?, ?, ?, ?)",
        [report.started, int(report.ok), report.summary(), json.dumps(report.lines(), ensure_ascii=False)],
    )
    db.execute("DELETE FROM sync_log WHERE id <= (SELECT max(id) FROM sync_log) - ?", [LOG_KEPT])


@dataclass(frozen=True)
class LogEntry:
    at: str
    ok: bool
    summary: str
    details: tuple[str, ...]


def read_log(db: Database, limit: int = 200) -> list[LogEntry]:
    return [
        LogEntry(r[0], bool(r[1]), r[2], tuple(json.loads(r[3])))
        for r in db.execute("SELECT at, ok, summary, details FROM sync_log ORDER BY id DESC LIMIT ?", [limit])
    ]


def device_labels(db: Database) -> dict[str, str]:
    return {d: info.label for d, info in known_devices(db).items()}
