"""Capture: triggers, generated from the spec, that log every synced field write as an op.

SQLite's own triggers see every write, whoever makes it (the app, `qalam`, the sqlite3 shell,
Datasette), inside the writer's transaction: an edit and its op commit together or not at all.
For each synced table there is an AFTER INSERT trigger that logs every field, and an AFTER
UPDATE OF <synced columns> trigger that logs the fields whose value changed, so counters,
`modified` stamps and other local columns never make an op, and neither does an import
(articles have no INSERT trigger: only their flags sync).

A row about a pair of articles (`SyncedTable.pair`) is logged in the articles' stable order,
whichever this library numbered first: the pair's two columns as the smaller and the larger
article key, and each field with a `Turn` turned when the local order is the other one.

Each op holds the table, the row's stable key, the field, the stable value, the hybrid clock
(hlc.py), this device's id, and its parent: the op it replaced (the field's winner when the
edit was made), which is how a later edit is told from a concurrent one. A delete also records
`seen`, the ops of the row's other fields it knew of, so a delete that never saw an edit made
elsewhere is a delete/edit conflict rather than a silent loss.

Capture is on only while `sync_state.capturing` is 1: once sync is set up for the library,
and never while another device's changes are being applied.
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop.core.sync import spec
from desktop.core.sync.hlc import TICK_SQL
from desktop.core.sync.refs import Ref
from desktop.core.sync.spec import TOMBSTONE, Field, SyncedTable

TRIGGER_PREFIX = "sync_capture_"
ROW = "NEW"  # the alias of the row in every generated expression (a trigger's NEW; the snapshot's table alias)


def _json_part(sql: str, is_json: bool) -> str:
    return f"json({sql})" if is_json else sql


def _stable_sql(column: str, ref: Ref | None, row: str) -> str:
    return ref.stable_sql(f"{row}.{column}") if ref else f"{row}.{column}"


def _pair_stable(table: SyncedTable, row: str) -> tuple[str, str]:
    assert table.pair is not None
    first, second = table.pair
    return _stable_sql(first, table.ref_of(first), row), _stable_sql(second, table.ref_of(second), row)


def _pair_sql(table: SyncedTable, column: str, row: str) -> str | None:
    """SQL for a pair column's stable value in stable order (the smaller key first), or None if not one."""
    if table.pair is None or column not in table.pair:
        return None
    first, second = _pair_stable(table, row)
    return f"{'min' if column == table.pair[0] else 'max'}({first}, {second})"


def key_sql(table: SyncedTable, row: str = ROW) -> str:
    """SQL for a row's stable key: a part's stable value, or a JSON array of the parts."""
    parts = [
        (_pair_sql(table, p.column, row) or _stable_sql(p.column, p.ref, row), bool(p.ref and p.ref.json)) for p in table.key
    ]
    if len(parts) == 1:
        return parts[0][0]
    return "json_array(" + ", ".join(_json_part(sql, is_json) for sql, is_json in parts) + ")"


def value_sql(table: SyncedTable, f: Field, row: str = ROW) -> str:
    """SQL for a field's stable value (a pair's row: as seen with the pair in stable order)."""
    paired = _pair_sql(table, f.col, row)
    if paired is not None:
        return paired
    plain = _stable_sql(f.col, f.ref, row)
    if f.turn is None or table.pair is None:
        return plain
    first, second = _pair_stable(table, row)
    return f.turn.sql_of(plain, f"({first} > {second})")  # this library holds the pair out of stable order


def _fields_sql(table: SyncedTable, fields: tuple[Field, ...], *, changed_only: bool) -> str:
    rows = []
    for f in fields:
        condition = f" WHERE NEW.{f.col} IS NOT OLD.{f.col}" if changed_only else ""
        rows.append(f"SELECT '{f.name}' AS field, {value_sql(table, f)} AS value{condition}")
    return " UNION ALL ".join(rows)


def _capture_trigger(table: SyncedTable, fields: tuple[Field, ...], event: str) -> str:
    name = table.name
    parent = (
        f"(SELECT json_group_array(json(p)) FROM (SELECT json_array(w.hlc, w.dev) AS p FROM sync_ops w"
        f" WHERE w.tbl = '{name}' AND w.key = k.key AND w.field = f.field AND w.leaf = 1 ORDER BY w.hlc DESC, w.dev DESC LIMIT 1))"
    )
    seen = "NULL"
    if table.has_tombstones:
        seen = (
            f"CASE WHEN f.field = '{TOMBSTONE}' AND f.value IS NOT NULL THEN (SELECT json_group_array(json_array(o.field, o.hlc, o.dev))"
            f" FROM sync_ops o WHERE o.tbl = '{name}' AND o.key = k.key AND o.field <> '{TOMBSTONE}' AND o.leaf = 1) END"
        )
    if event == "INSERT":
        on = "INSERT"
    else:
        on = "UPDATE OF " + ", ".join(dict.fromkeys(f.col for f in fields))
    return (
        f"CREATE TRIGGER {TRIGGER_PREFIX}{name}_{event.lower()} AFTER {on} ON {name}"
        f" WHEN (SELECT capturing FROM sync_state) = 1 BEGIN\n"
        f"    {TICK_SQL};\n"
        f"    INSERT INTO sync_ops (tbl, key, field, hlc, dev, value, parents, seen)\n"
        f"    SELECT '{name}', k.key, f.field, s.hlc, s.device, f.value, {parent}, {seen}\n"
        f"    FROM (SELECT {key_sql(table)} AS key) k, sync_state s,"
        f" ({_fields_sql(table, fields, changed_only=event == 'UPDATE')}) f;\n"
        f"END"
    )


def _columns(db: Database, table: str) -> set[str]:
    return {row[1] for row in db.execute(f"PRAGMA table_xinfo({table})")}


def present_fields(db: Database, table: SyncedTable) -> tuple[Field, ...] | None:
    """The table's synced fields whose columns exist in this library (None: no such table yet).

    A migration runs against the schema of its time: a field whose column a later migration adds
    is captured once that migration re-installs the triggers."""
    columns = _columns(db, table.name)
    if not columns or any(p.column not in columns for p in table.key):
        return None
    return tuple(f for f in table.fields if f.col in columns)


def install_triggers(db: Database) -> None:
    """Drop every capture trigger and create them again from `SPEC` (call from migrations)."""
    for (name,) in db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", [TRIGGER_PREFIX + "%"]
    ).fetchall():
        db.execute(f"DROP TRIGGER {name}")
    for table in spec.SPEC:
        fields = present_fields(db, table)
        if not fields:
            continue
        events = ("INSERT", "UPDATE") if table.creates_rows else ("UPDATE",)
        for event in events:
            db.execute(_capture_trigger(table, fields, event))
