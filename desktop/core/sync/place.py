"""Placing: write a row's winning values into its user table, with this device's ids.

The op log decides what every field of a row is; placing makes the user table say so. Stable
values are mapped back to local ids (refs.py): an annotation whose article is not imported here
yet waits (`sync_waiting`) and is placed when the article arrives; one whose version is not
here yet is placed by its quote and completed when that version comes. Capture is off while
placing (the apply sets `capturing` to 0), so placing never makes ops of its own.

Each row is placed inside a savepoint: a row that cannot be placed (a constraint this library
enforces, a bug) waits with its reason and is reported; it never fails the rest of its file.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.changes import Change
from desktop.core.sql import chunks, marks
from desktop.core.sync import hlc, oplog, uniques
from desktop.core.sync.oplog import StoredOp
from desktop.core.sync.refs import Lookups
from desktop.core.sync.spec import TOMBSTONE, Placed, SyncedTable, table_named

BATCH = 200  # rows written between two savepoints


class Waiting(Exception):
    """A row that cannot be placed yet: `needs` what ("article", "row", "version", "error")."""

    def __init__(self, needs: str, reason: str) -> None:
        super().__init__(reason)
        self.needs = needs
        self.reason = reason


@dataclass(frozen=True)
class Outcome:
    change: Change
    conflicted: bool  # the row has concurrent edits that lost (a field's leaves disagree, or a delete missed an edit)
    waiting: Waiting | None = None


def key_parts(table: SyncedTable, key: str) -> list[object]:
    """A stable key split into its parts (a single-part key is the part itself)."""
    if len(table.key) == 1:
        return [key]
    parts = json.loads(key)
    if not isinstance(parts, list) or len(parts) != len(table.key):
        raise Waiting("error", f"a key that is not {len(table.key)} parts: {key}")
    return parts


def is_conflicted(found: dict[str, list[StoredOp]]) -> bool:
    if any(len(ops) > 1 and len({_comparable(op.value) for op in ops}) > 1 for ops in found.values()):
        return True
    tomb = found.get(TOMBSTONE)
    return bool(tomb and tomb[0].value is not None and unseen_edits(found))


def unseen_edits(
    found: dict[str, list[StoredOp]],
    table: SyncedTable | None = None,
    values: Callable[[list[tuple[str, int, str]]], dict[tuple[str, int, str], object]] | None = None,
) -> list[StoredOp]:
    """The winning edits a winning delete never saw: a delete/edit conflict when not empty.

    With `values` (the values of ops the delete saw, leaves or not: oplog.values_of), an edit that
    set a field to the value the delete saw is none: a row with a derived UUID, made alike on
    another device meanwhile (an accepted mismatch accepted there too), is no edit the delete missed."""
    tomb = found.get(TOMBSTONE)
    if not tomb or tomb[0].value is None:
        return []
    delete = tomb[0]
    seen = set(delete.seen or ())
    missed = [
        ops[0]
        for field, ops in found.items()
        if field != TOMBSTONE
        and (field, ops[0].hlc, ops[0].dev) not in seen
        and ops[0].stamp != delete.stamp
        and (table is None or table.disputed(field))
    ]
    if not missed or values is None:
        return missed
    known = values([s for s in seen if s[0] in {op.field for op in missed}])
    saw = {(s[0], _comparable(v)) for s, v in known.items()}
    return [op for op in missed if (op.field, _comparable(op.value)) not in saw]


def _comparable(value: object) -> tuple[str, object]:
    return (type(value).__name__, value)


class Placer:
    """Places rows for one apply, sharing the lookups of local ids between them."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self.lookups = Lookups(db)
        self._waiting = {(t, k) for t, k in db.execute("SELECT tbl, key FROM sync_waiting")}
        self._leaves: dict[tuple[str, str], dict[str, list[StoredOp]]] = {}
        self._rows: dict[tuple[str, str], dict[str, object] | None] = {}  # current rows read ahead (None: not here)

    def preload(self, leaves: dict[tuple[str, str], dict[str, list[StoredOp]]]) -> None:
        """Leaves the caller knows already (rows new to this library: apply.fresh_rows_leaves)."""
        self._leaves.update(leaves)

    def place_all(self, keys: list[tuple[str, str]]) -> list[Outcome]:
        """Place rows in the order given, reading their ops and current rows a table at a time, and
        writing them in batches: a batch in which a row cannot be placed is undone and placed row by row."""
        by_table: dict[str, list[str]] = {}
        for table, key in keys:
            by_table.setdefault(table, []).append(key)
        for table, table_keys in by_table.items():
            self._prefetch(table, table_keys)
        outcomes: list[Outcome] = []
        for start in range(0, len(keys), BATCH):
            outcomes.extend(self._place_batch(keys[start : start + BATCH]))
        self._leaves.clear()
        self._rows.clear()
        return outcomes

    def _prefetch(self, table_name: str, keys: list[str]) -> None:
        unread = [k for k in keys if (table_name, k) not in self._leaves]
        self._leaves.update(((table_name, k), v) for k, v in oplog.leaves_of(self.db, table_name, unread).items())
        table = table_named(table_name)
        if table is None or len(table.key) != 1 or table.key[0].ref is not None:
            return  # rows found by a looked-up id are read one by one
        column = table.key[0].column
        names = [f.col for f in table.fields]
        for chunk in chunks(sorted(set(keys))):
            found = {
                r[0]: dict(zip(names, r[1:], strict=True))
                for r in self.db.execute(
                    f"SELECT {column}, {', '.join(names)} FROM {table_name} WHERE {column} IN ({marks(len(chunk))})", list(chunk)
                )
            }
            for key in chunk:
                self._rows[(table_name, key)] = found.get(key)

    def _place_batch(self, batch: list[tuple[str, str]]) -> list[Outcome]:
        conn = self.db.conn
        conn.execute("SAVEPOINT sync_batch")
        placed: list[tuple[str, str, Outcome, Waiting | None]] = []
        try:
            for table_name, key in batch:
                table = table_named(table_name)
                if table is None:
                    raise Waiting("error", f"{table_name} is not a table this Qalam syncs")
                found = self._found(table_name, key)
                change, incomplete = self._place(table, key, found)
                placed.append((table_name, key, Outcome(change, is_conflicted(found)), incomplete))
        except (Waiting, sqlite3.IntegrityError, ValueError, TypeError, KeyError):
            conn.execute("ROLLBACK TO sync_batch")
            conn.execute("RELEASE sync_batch")
            self.lookups = Lookups(self.db)  # it may hold ids of rows the rollback undid
            return [self.place(table_name, key) for table_name, key in batch]
        except BaseException:
            conn.execute("ROLLBACK TO sync_batch")
            conn.execute("RELEASE sync_batch")
            raise
        conn.execute("RELEASE sync_batch")
        for table_name, key, _outcome, incomplete in placed:
            self._settled(table_name, key, incomplete)
        return [outcome for _, _, outcome, _ in placed]

    def _found(self, table_name: str, key: str) -> dict[str, list[StoredOp]]:
        found = self._leaves.get((table_name, key))
        return found if found is not None else oplog.leaves(self.db, table_name, key)

    def place(self, table_name: str, key: str) -> Outcome:
        """Place one row in its own savepoint; never raises for the row's own problems."""
        table = table_named(table_name)
        if table is None:
            return self._wait(table_name, key, Waiting("error", f"{table_name} is not a table this Qalam syncs"))
        found = self._found(table_name, key)
        conflicted = is_conflicted(found)
        conn = self.db.conn
        conn.execute("SAVEPOINT sync_place")  # inside the apply's transaction: one row's failure undoes that row only
        try:
            change, incomplete = self._place(table, key, found)
        except (Waiting, sqlite3.IntegrityError, ValueError, TypeError, KeyError) as exc:
            conn.execute("ROLLBACK TO sync_place")
            conn.execute("RELEASE sync_place")
            waiting = exc if isinstance(exc, Waiting) else Waiting("error", f"{type(exc).__name__}: {exc}")
            return Outcome(Change(), conflicted, self._wait(table.name, key, waiting))
        except BaseException:
            conn.execute("ROLLBACK TO sync_place")
            conn.execute("RELEASE sync_place")
            raise
        conn.execute("RELEASE sync_place")
        self._settled(table.name, key, incomplete)
        return Outcome(change, conflicted)

    def _settled(self, table: str, key: str, incomplete: Waiting | None) -> None:
        """A row placed: it waits on (for its version), or waits no more."""
        if incomplete is not None:
            self._wait(table, key, incomplete)
        elif (table, key) in self._waiting:
            self.db.execute("DELETE FROM sync_waiting WHERE tbl = ? AND key = ?", [table, key])
            self._waiting.discard((table, key))

    def _wait(self, table: str, key: str, waiting: Waiting) -> Waiting:
        self.db.execute(
            "INSERT INTO sync_waiting (tbl, key, needs, reason) VALUES (?, ?, ?, ?)"
            " ON CONFLICT (tbl, key) DO UPDATE SET needs = excluded.needs, reason = excluded.reason",
            [table, key, waiting.needs, waiting.reason],
        )
        self._waiting.add((table, key))
        return waiting

    def _place(self, table: SyncedTable, key: str, found: dict[str, list[StoredOp]]) -> tuple[Change, Waiting | None]:
        where: dict[str, object] = {}
        for part, stable in zip(table.key, key_parts(table, key), strict=True):
            if part.ref is None:
                where[part.column] = stable
                continue
            local = part.ref.local_id(self.lookups, stable, where)
            if local is None:
                raise Waiting(part.ref.kind, f"its {part.ref.kind} is not in this library")
            where[part.column] = local
        cols: dict[str, object] = {}
        stamps: dict[str, object] = {}
        incomplete: Waiting | None = None
        for f in table.fields:
            ops = found.get(f.name)
            value = ops[0].value if ops else f.default
            if f.ref is not None and value is not None:
                local = f.ref.local_id(self.lookups, value, {**where, **cols})
                if local is None:
                    if f.required:
                        raise Waiting(f.ref.kind, f"its {f.ref.kind} is not in this library")
                    incomplete = Waiting(f.ref.kind, f"its {f.ref.kind} is not in this library yet")
                value = local
            cols[f.col] = value
            if f.stamp and ops:
                stamps[f.stamp] = hlc.to_iso(ops[0].hlc)
        if table.stamp and found:
            stamps[table.stamp] = hlc.to_iso(max(ops[0].hlc for ops in found.values()))
        if table.pair is not None:
            self._local_order(table, where, cols)

        uniques.prepare(self.db, table, key, cols)  # a name or a meaning another live row holds
        names = list(cols)
        condition = " AND ".join(f"{c} = ?" for c in where)
        if (table.name, key) in self._rows:
            ahead = self._rows[(table.name, key)]
            row = None if ahead is None else tuple(ahead[c] for c in names)
        else:
            row = self.db.execute(
                f"SELECT {', '.join(names)} FROM {table.name} WHERE {condition}", list(where.values())
            ).fetchone()
        if row is None and table.natural:
            twin = uniques.natural_twin(self.db, table, key, cols)
            if twin is uniques.Twin.KEEPS:
                return Change(), None  # a row here of another UUID holds what this one is: it stays (uniques.py)
            if twin is uniques.Twin.YIELDED:  # it now has this row's UUID: this row's values are placed into it
                self._rows = {k: v for k, v in self._rows.items() if k[0] != table.name}  # read ahead before that
                row = self.db.execute(
                    f"SELECT {', '.join(names)} FROM {table.name} WHERE {condition}", list(where.values())
                ).fetchone()
        if row is None:
            if not table.creates_rows:
                raise Waiting("article", "its row is not in this library")
            first = min(op.hlc for ops in found.values() for op in ops)  # the oldest value still standing
            extra = table.on_insert(self.db, key, cols, first) if table.on_insert else {}
            values = {**where, **cols, **stamps, **extra}
            cursor = self.db.execute(
                f"INSERT INTO {table.name} ({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})", list(values.values())
            )
            placed = Placed(where, None, cols, cursor.lastrowid, self.lookups)
        else:
            before = dict(zip(names, row, strict=True))
            changed = {c: v for c, v in cols.items() if before[c] != v or type(before[c]) is not type(v)}
            if not changed:
                return Change(), incomplete
            update = {**changed, **{s: v for s, v in stamps.items() if _stamp_of(table, s, changed)}}
            assignments = ", ".join(f"{c} = ?" for c in update)
            self.db.execute(f"UPDATE {table.name} SET {assignments} WHERE {condition}", [*update.values(), *where.values()])
            placed = Placed(where, before, {**before, **cols}, None, self.lookups)
        return table.after(self.db, placed), incomplete

    def _local_order(self, table: SyncedTable, where: dict[str, object], cols: dict[str, object]) -> None:
        """A pair arrives in stable order: in this library's (the lower id first), with its turned fields."""
        assert table.pair is not None
        first, second = table.pair
        holder = where if first in where else cols
        if holder.get(first) is None or holder.get(second) is None or holder[first] < holder[second]:  # type: ignore[operator]
            return
        holder[first], holder[second] = holder[second], holder[first]
        for f in table.fields:
            if f.turn is not None and cols.get(f.col) is not None:
                cols[f.col] = f.turn.turned(self.db, cols[f.col])


def _stamp_of(table: SyncedTable, stamp: str, changed: dict[str, object]) -> bool:
    """Whether a local time stamp goes with the columns that changed (articles: per flag)."""
    if stamp == table.stamp:
        return True
    return any(f.stamp == stamp and f.col in changed for f in table.fields)
