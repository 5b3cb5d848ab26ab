"""Rows that must be unique among live ones, made on two devices at once: kept, and shown alike everywhere.

Some user tables allow one live row per name or per meaning, and two devices can break that
between them without either doing anything wrong. Neither edit is lost; a rule of the winning
values alone decides what each device shows, so every device shows the same:

- unique names (`SyncedTable.unique_name`: tags; codes among their siblings). A tag renamed on
  one device to a name another device gave a different tag meanwhile: the row with the smaller
  UUID shows the name, the others "name (2)", "name (3)", …. Once one is renamed, merged or
  deleted, the other shows its own name again. The Conflicts list shows each pair, and merging
  them is one click (conflicts.py).
- one live row per meaning (`SyncedTable.one_live`: codings, one per passage, code and coder).
  The same coder coding the same passage with the same code on two devices made two rows that
  mean one thing: the one with the smaller UUID stays, the others are hidden as duplicates
  (`deleted_at` = "duplicate"), and come back if the one kept is deleted.

- one row per natural key, tombstones included (`SyncedTable.natural`: accepted mismatches and
  dismissed suggestions, whose UUIDs are derived from what they are about, so two devices make
  the same row). Rows made by an older derivation can still mean one thing under two UUIDs:
  the smaller UUID holds the row, with its own values; a local row of a larger UUID takes the
  smaller one when it arrives, and one of a larger UUID that arrives is left in the op log.

What is written here is local display only: capture is off, and the op log keeps every
device's values as they were.
"""

from __future__ import annotations

from enum import Enum

from sqlite_utils import Database

from desktop.core.changes import Change
from desktop.core.sync import spec
from desktop.core.sync.spec import SyncedTable, UniqueName

DUPLICATE = "duplicate"  # the deleted_at of a row hidden as another's duplicate


def _winner_sql(table: str, field: str, key_column: str = "uuid") -> str:
    return (
        f"(SELECT o.value FROM sync_ops o WHERE o.tbl = '{table}' AND o.key = t.{key_column} AND o.field = '{field}' AND o.leaf = 1"
        " ORDER BY o.hlc DESC, o.dev DESC LIMIT 1)"
    )


# --- unique names ---------------------------------------------------------------------------------
def true_names(db: Database, table: SyncedTable) -> list[tuple[int, str, str, str, object]]:
    """Live rows as (id, uuid, name shown, name in the op log, scope)."""
    rule = table.unique_name
    assert rule is not None
    scope = f"t.{rule.scope}" if rule.scope else "NULL"
    return [
        (r[0], r[1], r[2], r[3] if r[3] is not None else r[2], r[4])
        for r in db.execute(
            f"SELECT t.id, t.uuid, t.{rule.column}, {_winner_sql(table.name, rule.field)}, {scope} FROM {table.name} t WHERE t.deleted_at IS NULL"
        )
    ]


def numbered_names(rows: list[tuple[int, str, str, str, object]]) -> dict[int, str]:
    """The name each live row must show: its own, or its own numbered when a smaller UUID has it."""
    groups: dict[tuple[object, str], list[tuple[str, int, str]]] = {}
    for row, uuid, _shown, name, scope in rows:
        groups.setdefault((scope, name.casefold()), []).append((uuid, row, name))
    taken = {(scope, name.casefold()) for _, _, _, name, scope in rows}
    wanted: dict[int, str] = {}
    for (scope, _), members in groups.items():
        members.sort()
        for rank, (_uuid, row, name) in enumerate(members):
            if rank == 0:
                wanted[row] = name
                continue
            n = rank + 1
            while (scope, f"{name} ({n})".casefold()) in taken:
                n += 1
            wanted[row] = f"{name} ({n})"
            taken.add((scope, wanted[row].casefold()))
    return wanted


def _settle_names(db: Database, table: SyncedTable, rule: UniqueName) -> Change:
    winner = _winner_sql(table.name, rule.field).replace("t.uuid", f"{table.name}.uuid")
    db.execute(  # deleted rows show their own name, numbered no more (no uniqueness among the deleted)
        f"UPDATE {table.name} SET {rule.column} = {winner} WHERE deleted_at IS NOT NULL AND {winner} IS NOT NULL"
        f" AND {rule.column} IS NOT {winner}"
    )
    rows = true_names(db, table)
    wanted = numbered_names(rows)
    moving = [(row, wanted[row]) for row, _uuid, shown, _name, _scope in rows if shown != wanted[row]]
    if not moving:
        return Change()
    # Through unique placeholders first (their UUIDs), so two rows trading names never meet in the
    # unique index. (No NUL in them: SQLite's NOCASE stops comparing at one.)
    for row, _ in moving:
        db.execute(f"UPDATE {table.name} SET {rule.column} = uuid WHERE id = ?", [row])
    for row, name in moving:
        db.execute(f"UPDATE {table.name} SET {rule.column} = ? WHERE id = ?", [name, row])
    return rule.changed(db, [row for row, _ in moving])


def placeable_name(db: Database, table: SyncedTable, key: str, cols: dict[str, object]) -> None:
    """Before a live row is written: a name another live row holds is written as a placeholder
    (or the numbered name the row shows already), and `settle` then numbers it."""
    rule = table.unique_name
    if rule is None or cols.get("deleted_at") is not None or not isinstance(cols.get(rule.column), str):
        return
    name = cols[rule.column]
    scope = f" AND {rule.scope} IS ?" if rule.scope else ""
    params = [name, key, *([cols.get(rule.scope)] if rule.scope else [])]
    clash = db.execute(
        f"SELECT 1 FROM {table.name} WHERE {rule.column} = ? COLLATE NOCASE AND uuid <> ? AND deleted_at IS NULL{scope}", params
    ).fetchone()
    if clash is None:
        return
    shown = db.execute(f"SELECT {rule.column} FROM {table.name} WHERE uuid = ? AND deleted_at IS NULL", [key]).fetchone()
    cols[rule.column] = shown[0] if shown else f"{name} ({key})"


# --- one live row per meaning -------------------------------------------------------------------------
def _settle_duplicates(db: Database, table: SyncedTable, columns: tuple[str, ...]) -> Change:
    """Among rows that mean the same and are live by their winning values, the smallest UUID's is live here."""
    group = ", ".join(columns)
    tomb = _winner_sql(table.name, "deleted_at")
    rows = db.execute(
        f"SELECT t.id, t.uuid, t.deleted_at, {', '.join('t.' + c for c in columns)}, {tomb} FROM {table.name} t"
        f" WHERE ({group}) IN (SELECT {group} FROM {table.name} GROUP BY {group} HAVING count(*) > 1)"
    ).fetchall()
    by_meaning: dict[tuple[object, ...], list[tuple[str, int, object, object]]] = {}
    for row in rows:
        by_meaning.setdefault(tuple(row[3 : 3 + len(columns)]), []).append((row[1], row[0], row[2], row[-1]))
    hide, show = [], []
    for members in by_meaning.values():
        live = sorted((uuid, row, shown) for uuid, row, shown, winner in members if winner is None)
        for rank, (_uuid, row, shown) in enumerate(live):
            if rank == 0 and shown == DUPLICATE:
                show.append(row)
            elif rank > 0 and shown is None:
                hide.append(row)
    for row in hide:  # first, so the kept row never meets a live twin in the unique index
        db.execute(f"UPDATE {table.name} SET deleted_at = ? WHERE id = ?", [DUPLICATE, row])
    for row in show:
        db.execute(f"UPDATE {table.name} SET deleted_at = NULL WHERE id = ?", [row])
    return table.after_rows(db, hide + show) if (hide or show) and table.after_rows else Change()


def keep_one_live(db: Database, table: SyncedTable, key: str, cols: dict[str, object]) -> None:
    """Before a live row is written: if a live row of the same meaning is here, write this one
    hidden as its duplicate; `settle` then decides which of the two stays."""
    columns = table.one_live
    if not columns or cols.get("deleted_at") is not None:
        return
    condition = " AND ".join(f"{c} IS ?" for c in columns)
    twin = db.execute(
        f"SELECT 1 FROM {table.name} WHERE {condition} AND uuid <> ? AND deleted_at IS NULL",
        [*(cols.get(c) for c in columns), key],
    ).fetchone()
    if twin is not None:
        cols["deleted_at"] = DUPLICATE


# --- one row per natural key ---------------------------------------------------------------------------
class Twin(Enum):
    KEEPS = "keeps"  # a row of a smaller UUID holds the natural key: the arriving row is not placed
    YIELDED = "yielded"  # the row that held it took the arriving row's (smaller) UUID


def natural_twin(db: Database, table: SyncedTable, key: str, cols: dict[str, object]) -> Twin | None:
    """Before a row new here is inserted: another row that holds its natural key, and which of the two
    UUIDs keeps it (None: no such row)."""
    condition = " AND ".join(f"{c} IS ?" for c in table.natural)
    twin = db.execute(
        f"SELECT id, uuid FROM {table.name} WHERE {condition} AND uuid <> ?", [*(cols.get(c) for c in table.natural), key]
    ).fetchone()
    if twin is None:
        return None
    if twin[1] < key:
        return Twin.KEEPS
    db.execute(f"UPDATE {table.name} SET uuid = ? WHERE id = ?", [key, twin[0]])
    return Twin.YIELDED


# --- both ------------------------------------------------------------------------------------------
def prepare(db: Database, table: SyncedTable, key: str, cols: dict[str, object]) -> None:
    placeable_name(db, table, key, cols)
    keep_one_live(db, table, key, cols)


def constrained(table_name: str) -> bool:
    """Whether a table declares a rule here (an apply that touched it must settle)."""
    table = spec.table_named(table_name)
    return table is not None and (table.unique_name is not None or bool(table.one_live))


def settle(db: Database) -> Change:
    """Apply both rules to every table that declares one (capture must be off); the change names what moved."""
    changes = []
    for table in spec.SPEC:
        if table.unique_name is not None and _exists(db, table.name):
            changes.append(_settle_names(db, table, table.unique_name))
        if table.one_live and _exists(db, table.name):
            changes.append(_settle_duplicates(db, table, table.one_live))
    return Change.merge(changes)


def _exists(db: Database, table: str) -> bool:
    return db.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [table]).fetchone() is not None
