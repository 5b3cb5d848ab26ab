"""The Conflicts list: concurrent edits that lost, with both values, who made each and when.

Three kinds, all computed from the op log alone, so every device lists the same ones:

- a field edited on two devices before either saw the other's edit: the newer edit shows, the
  other is listed (edits that agree are no conflict);
- a row deleted on one device while another edited it: the row stays deleted, the edit is kept
  in it, and the list offers to restore it;
- two live rows with one name (uniques.py: tags, codes among siblings): both are kept, one is
  numbered, and the list offers to merge them.

"Use this one instead" is a new edit that names every competing edit as its parent: it wins,
and once it reaches the other devices the conflict is gone from their lists too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlite_utils import Database

from desktop.core.changes import Change
from desktop.core.ids import ArticleId
from desktop.core.sync import hlc, oplog, spec, uniques
from desktop.core.sync.folder import DeviceInfo, known_devices
from desktop.core.sync.oplog import StoredOp
from desktop.core.sync.place import Placer, unseen_edits
from desktop.core.sync.spec import TOMBSTONE, table_named
from desktop.core.transactions import write_transaction


class ConflictKind(Enum):
    FIELD = "field"
    DELETE = "delete"
    NAME = "name"


@dataclass(frozen=True)
class Side:
    """One of two competing values: the value as synced, how to show it (for ids), who and when."""

    value: object
    shown: str | None
    device: str
    who: str  # the device's user and name
    when: str  # ISO time (UTC)
    stamp: tuple[int, str]


@dataclass(frozen=True)
class Conflict:
    kind: ConflictKind
    table: str
    key: str
    field: str
    article: ArticleId | None  # the article it is about, when there is one
    subject: str  # the highlight's quote or note, the tag's name
    current: Side  # what the library shows
    other: Side  # what lost: "use this one instead" brings it back


class ConflictGone(ValueError):
    """The conflict was resolved meanwhile (here, or on another device)."""


def _side(db: Database, devices: dict[str, DeviceInfo], table: str, field: str, op: StoredOp) -> Side:
    info = devices.get(op.dev, DeviceInfo(op.dev))
    return Side(op.value, _shown(db, table, field, op.value), op.dev, info.label, hlc.to_iso(op.hlc), op.stamp)


def _shown(db: Database, table: str, field: str, value: object) -> str | None:
    if value is None:
        return None
    if field == "color_id":
        row = db.execute("SELECT name FROM highlight_colors WHERE id = ?", [value]).fetchone()
        return row[0] if row else None
    spec = table_named(table)
    f = next((f for f in spec.fields if f.name == field), None) if spec else None
    if f is not None and f.ref is not None and f.ref.kind == "row":
        row = db.execute(f"SELECT name FROM {getattr(f.ref, 'table', '')} WHERE uuid = ?", [value]).fetchone()
        return row[0] if row else None
    return None


def list_conflicts(db: Database) -> list[Conflict]:
    """Every conflict in the library, the newest edits first."""
    devices = known_devices(db)
    found: list[Conflict] = []
    groups = db.execute(
        "SELECT tbl, key, field FROM sync_ops WHERE leaf = 1 GROUP BY tbl, key, field HAVING count(*) > 1"
    ).fetchall()
    deletes = db.execute(
        f"SELECT DISTINCT tbl, key FROM sync_ops WHERE leaf = 1 AND field = '{TOMBSTONE}' AND value IS NOT NULL"
    ).fetchall()
    for table, key in sorted({(t, k) for t, k, _ in groups} | set(deletes)):
        spec_entry = table_named(table)
        if spec_entry is None:
            continue
        all_leaves = oplog.leaves(db, table, key)
        article, subject = spec_entry.describe(db, key)
        for field, ops in sorted(all_leaves.items()):
            if not spec_entry.disputed(field):
                continue
            winner = ops[0]
            for loser in ops[1:]:
                if (type(loser.value), loser.value) == (type(winner.value), winner.value):
                    continue  # the same value twice: nothing was lost
                found.append(Conflict(ConflictKind.FIELD, table, key, field, article, subject,
                                      _side(db, devices, table, field, winner), _side(db, devices, table, field, loser)))  # fmt: skip
        missed = unseen_edits(
            all_leaves, spec_entry, lambda stamps, t=table, k=key: oplog.values_of(db, t, k, stamps)
        )
        if missed:
            delete = all_leaves[TOMBSTONE][0]
            edit = max(missed, key=lambda op: op.stamp)
            found.append(Conflict(ConflictKind.DELETE, table, key, edit.field, article, subject,
                                  _side(db, devices, table, TOMBSTONE, delete), _side(db, devices, table, edit.field, edit)))  # fmt: skip
    found.extend(_name_conflicts(db, devices))
    return sorted(found, key=lambda c: max(c.current.stamp, c.other.stamp), reverse=True)


def _name_conflicts(db: Database, devices: dict[str, DeviceInfo]) -> list[Conflict]:
    """Rows shown under a numbered name because another live row holds theirs (uniques.py)."""
    found = []
    for table in spec.SPEC:
        rule = table.unique_name
        if rule is None:
            continue
        rows = uniques.true_names(db, table)
        holders = {(scope, name.casefold()): uuid for _row, uuid, shown, name, scope in rows if shown == name}
        for _row, uuid, shown, name, scope in rows:
            holder = holders.get((scope, name.casefold()))
            if shown == name or holder is None:
                continue
            theirs = oplog.winners(db, table.name, uuid).get(rule.field)
            mine = oplog.winners(db, table.name, holder).get(rule.field)
            if theirs is None or mine is None:
                continue
            found.append(Conflict(ConflictKind.NAME, table.name, uuid, rule.field, None, shown,
                                  _side(db, devices, table.name, rule.field, mine), _side(db, devices, table.name, rule.field, theirs)))  # fmt: skip
    return found


def conflict_count(db: Database) -> int:
    return len(list_conflicts(db))


def resolve(db: Database, conflict: Conflict, *, use_other: bool) -> Change:
    """Settle a conflict: with `use_other`, the losing value becomes a new edit that wins ("use this
    one instead"); otherwise the current value is kept, as a new edit that wins over the other.
    For a delete/edit conflict, `use_other` restores the row; for two tags of one name, it
    merges the numbered one into the other (keeping the current value renames nothing)."""
    with write_transaction(db):
        if conflict.kind is ConflictKind.NAME:
            return _resolve_name(db, conflict, merge=use_other)
        all_leaves = oplog.leaves(db, conflict.table, conflict.key)
        field = TOMBSTONE if conflict.kind is ConflictKind.DELETE else conflict.field
        stamps = {op.stamp for op in all_leaves.get(field, [])}
        if conflict.current.stamp not in stamps or (conflict.kind is ConflictKind.FIELD and conflict.other.stamp not in stamps):
            raise ConflictGone("This conflict was settled meanwhile.")
        parents = sorted(stamps)
        if conflict.kind is ConflictKind.DELETE:
            if use_other:
                oplog.local_op(db, conflict.table, conflict.key, TOMBSTONE, None, parents)
            else:  # stay deleted, now having seen every edit
                seen = [(f, op.hlc, op.dev) for f, ops in all_leaves.items() if f != TOMBSTONE for op in ops]
                oplog.local_op(db, conflict.table, conflict.key, TOMBSTONE, conflict.current.value, parents, seen)
        else:
            chosen = conflict.other.value if use_other else conflict.current.value
            seen = None
            if field == TOMBSTONE and chosen is not None:  # a delete chosen knowing every edit of the row
                seen = [(f, op.hlc, op.dev) for f, ops in all_leaves.items() if f != TOMBSTONE for op in ops]
            oplog.local_op(db, conflict.table, conflict.key, field, chosen, parents, seen)
        return _place_quietly(db, conflict.table, conflict.key) | Change(conflicts=True)


def _place_quietly(db: Database, table: str, key: str) -> Change:
    """Place a row from the log with capture off (the op is logged already)."""
    capturing = db.execute("SELECT capturing FROM sync_state WHERE id = 1").fetchone()[0]
    db.execute("UPDATE sync_state SET capturing = 0 WHERE id = 1")
    try:
        outcome = Placer(db).place(table, key)
        return outcome.change | uniques.settle(db)
    finally:
        db.execute("UPDATE sync_state SET capturing = ? WHERE id = 1", [capturing])


def _resolve_name(db: Database, conflict: Conflict, *, merge: bool) -> Change:
    table = table_named(conflict.table)
    rule = table.unique_name if table is not None else None
    assert table is not None and rule is not None
    row = db.execute(f"SELECT id, {rule.column}{', ' + rule.scope if rule.scope else ''} FROM {table.name} WHERE uuid = ? AND deleted_at IS NULL",
                     [conflict.key]).fetchone()  # fmt: skip
    if row is None:
        raise ConflictGone("This one is gone meanwhile.")
    if not merge:  # keep both: the numbered name becomes the row's own
        stamps = sorted({op.stamp for op in oplog.leaves(db, table.name, conflict.key).get(rule.field, [])})
        oplog.local_op(db, table.name, conflict.key, rule.field, row[1], stamps)
        return _place_quietly(db, table.name, conflict.key) | Change(conflicts=True)
    scope = f" AND {rule.scope} IS ?" if rule.scope else ""
    holder = db.execute(
        f"SELECT id FROM {table.name} WHERE deleted_at IS NULL AND {rule.column} = ? COLLATE NOCASE AND uuid <> ?{scope}",
        [conflict.current.value, conflict.key, *([row[2]] if rule.scope else [])],
    ).fetchone()
    if holder is None:
        raise ConflictGone("The other one of this name is gone meanwhile.")
    return rule.merge(db, int(row[0]), int(holder[0])) | Change(conflicts=True)
