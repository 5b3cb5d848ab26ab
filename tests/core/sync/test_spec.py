"""The spec is the one place that says what syncs; adding a table is one entry and a migration."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.core.changes import Change
from desktop.core.ids import ArticleId
from desktop.core.sync import spec
from desktop.core.sync.device import spec_changed
from desktop.core.sync.refs import ARTICLE
from desktop.core.sync.spec import SYNC_SCHEMA, Field, KeyPart, SyncedTable, fingerprint
from desktop.core.sync.triggers import TRIGGER_PREFIX
from tests.core.sync.helpers import article_id, library, synced

# The spec each sync schema stands for. A change to SPEC (a table, a key, a field) changes what
# change files hold: bump SYNC_SCHEMA in spec.py and record the new fingerprint here. (Schema 1
# has not been released: it was re-recorded when the translators' tables joined it.)
RECORDED = {1: "92894a77ab84828a59588ce202ec5becae3cc9a7a3ccefbea41ae427767f053d"}


def test_the_spec_is_the_one_its_sync_schema_stands_for():
    digest = hashlib.sha256(fingerprint().encode()).hexdigest()
    assert RECORDED.get(SYNC_SCHEMA) == digest, f"the synced tables changed: bump SYNC_SCHEMA and record {digest}"


def test_every_synced_table_captures_inserts_and_updates_of_its_fields(library):
    triggers = {
        r[0]
        for r in library.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE ?", [TRIGGER_PREFIX + "%"])
    }
    expected = {
        f"{TRIGGER_PREFIX}{t.name}_{e}" for t in spec.SPEC for e in (("insert", "update") if t.creates_rows else ("update",))
    }
    assert triggers == expected
    assert f"{TRIGGER_PREFIX}annotation_anchors_insert" not in triggers  # derived per device: never synced


def test_a_table_added_to_the_spec_syncs_with_no_other_code(tmp_path: Path, samples_dir: Path, monkeypatch):
    """What a later migration does for saved searches or alignment corrections: one entry, and a
    migration that calls spec_changed — here in libraries that sync already, one of which holds
    a row of the table from before it synced."""
    dumps = sorted(samples_dir.glob("*.txt"))
    a, b = library(tmp_path / "a.sqlite", dumps), library(tmp_path / "b.sqlite", dumps[::-1])
    folder = tmp_path / "shared"
    folder.mkdir()
    synced(a, folder, "alice")
    synced(b, folder, "bob")
    poets = "Shymkent poets analyze the new Constitution in verse"
    for db in (a, b):
        db.execute("CREATE TABLE pinned_demo (id INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, article_id INTEGER NOT NULL"
                   " REFERENCES articles(id), label TEXT, modified TEXT, deleted_at TEXT)")  # fmt: skip
    a.execute("INSERT INTO pinned_demo (uuid, article_id, label) VALUES ('pin-1', ?, 'for the seminar')", [article_id(a, poets)])
    entry = SyncedTable(
        "pinned_demo",
        key=(KeyPart("uuid"),),
        fields=(Field("article", "article_id", ARTICLE), Field("label"), Field("deleted_at")),
        after=lambda db, placed: Change.of_flags({ArticleId(int(placed.after["article_id"]))}),  # type: ignore[arg-type]
    )
    monkeypatch.setattr(spec, "SPEC", (*spec.SPEC, entry))
    for db in (a, b):  # the migration
        spec_changed(db)
    synced(a, folder, "alice")
    report = synced(b, folder, "bob")
    assert b.execute("SELECT article_id, label FROM pinned_demo").fetchall() == [(article_id(b, poets), "for the seminar")]
    assert article_id(b, poets) in report.change.flags
    b.execute("UPDATE pinned_demo SET label = 'for the exam'")
    synced(b, folder, "bob")
    synced(a, folder, "alice")
    assert a.execute("SELECT label FROM pinned_demo").fetchall() == [("for the exam",)]
