"""What the sync tests share: libraries on the sample dumps, and the synced user data by stable keys."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from sqlite_utils import Database

from desktop.core.importer import import_paths
from desktop.core.store import open_library
from desktop.core.sync import spec
from desktop.core.sync.conflicts import list_conflicts
from desktop.core.sync.run import SyncReport, sync_once
from desktop.core.sync.triggers import ROW, key_sql, present_fields, value_sql


def library(path: Path, dumps: list[Path]) -> Database:
    """A library holding these dumps, imported in this order (so its ids differ from another's)."""
    db = open_library(path)
    import_paths(db, dumps, workers=0)
    return db


def synced(db: Database, folder: Path, user: str, **kwargs: object) -> SyncReport:
    report = sync_once(db, folder, user=user, device_name=f"{user}'s machine", **kwargs)  # type: ignore[arg-type]
    assert not report.errors, report.errors
    return report


def user_state(db: Database) -> dict[str, list[list[object]]]:
    """Every synced table's rows by stable key (local ids never appear), and the Conflicts list."""
    state: dict[str, list[list[object]]] = {}
    for table in spec.SPEC:
        fields = present_fields(db, table) or ()
        columns = ", ".join(value_sql(table, f) for f in fields)
        rows = db.execute(f"SELECT {key_sql(table)}, {columns} FROM {table.name} AS {ROW} ORDER BY 1").fetchall()
        state[table.name] = [list(r) for r in rows]
    state["conflicts"] = sorted(
        [c.kind.value, c.table, c.key, c.field, list(c.current.stamp), list(c.other.stamp), repr(c.other.value)]
        for c in list_conflicts(db)
    )
    return state


def state_hash(db: Database) -> str:
    return hashlib.sha256(json.dumps(user_state(db), sort_keys=True, ensure_ascii=False).encode()).hexdigest()


def article_id(db: Database, title: str) -> int:
    return int(db.execute("SELECT id FROM articles WHERE title = ?", [title]).fetchone()[0])
