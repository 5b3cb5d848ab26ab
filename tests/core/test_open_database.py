"""The library as an open database: sqlite-utils and Datasette find its full-text indexes, and it has views to browse.

Both tools decide that a table has a full-text index with sqlite-utils' `detect_fts()` (Datasette
with its own copy of the same pattern), so that is what these tests ask, and then they search
the way each tool's user would: `Table.search()` and the `sqlite-utils search` command.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlite_utils import Database
from sqlite_utils.cli import cli as sqlite_utils_cli

from desktop.cli import main
from desktop.core import schema
from desktop.core.annotations import create_highlight, create_note, delete_annotation, restore_annotation
from desktop.core.identity import new_uuid
from desktop.core.importer import import_paths
from desktop.core.schema import MIGRATIONS
from desktop.core.store import open_library
from desktop.core.tags import add_tag, delete_tag
from tests.core.helpers import consistency_problems, integrity
from tests.dump_factory import dump_text, write_dump

SHYMKENT = "Shymkent poets analyze the new Constitution in verse"


def search_command(path: Path, table: str, query: str) -> list[str]:
    result = CliRunner().invoke(sqlite_utils_cli, ["search", str(path), table, query, "--csv", "-c", "id"])
    assert result.exit_code == 0, result.output
    return result.output.splitlines()[1:]


def test_a_library_made_by_qalam_import_is_searchable_by_sqlite_utils(samples_dir: Path, tmp_path: Path):
    path = tmp_path / "library.sqlite"
    assert main(["import", "--db", str(path), str(samples_dir)]) == 0
    db = Database(path)  # a plain sqlite-utils connection: no Qalam functions, as the tools open it
    assert db["versions"].detect_fts() == "search_index"
    assert db["annotations"].detect_fts() == "annotation_index"
    ids = {r["id"] for r in db["versions"].search("Shymkent", columns=["id"])}
    assert ids and all("Shymkent" in db["versions"].get(i)["text"] + db["versions"].get(i)["title"] for i in ids)
    assert sorted(int(r) for r in search_command(path, "versions", "Shymkent")) == sorted(ids)


def test_annotations_are_searchable_but_only_live_ones(sample_library: Database, library_path: Path):
    version, text = sample_library.execute("SELECT id, text FROM versions WHERE article_id = 2").fetchone()
    kept = create_note(sample_library, 2, "the akimat's wording matters").annotation
    gone = create_highlight(sample_library, 2, version, 0, 20, 1, "the akimat again").annotation
    assert search_command(library_path, "annotations", "akimat") == sorted([str(kept.id), str(gone.id)])
    delete_annotation(sample_library, gone.id)
    assert search_command(library_path, "annotations", "akimat") == [str(kept.id)]
    restore_annotation(sample_library, gone.id)
    assert sorted(search_command(library_path, "annotations", "akimat")) == sorted([str(kept.id), str(gone.id)])


def _library_before_0011(path: Path, samples_dir: Path) -> None:
    """A library as the Qalam before this migration left it: every earlier migration, then data."""
    db = Database(path)
    MIGRATIONS.apply(db, stop_before="0011_open_database")
    db.close()
    db = open_library(path, migrate=False)
    import_paths(db, [samples_dir])
    version, text = db.execute("SELECT id, text FROM versions WHERE article_id = 9 ORDER BY id").fetchone()
    ids = []
    for start, end, color, note in ((0, 30, 2, "poets and the constitution"), (40, 80, 3, "poets deleted")):
        # As the Qalam of that schema wrote a highlight (today's create_highlight writes columns added since).
        cursor = db.execute(
            "INSERT INTO annotations (uuid, article_id, version_id, start_pos, end_pos, quote, prefix, suffix, color_id, note,"
            " created_at, modified) VALUES (?, 9, ?, ?, ?, ?, '', '', ?, ?, '2026-02-01T10:00:00+00:00', '2026-02-01T10:00:00+00:00')",
            [new_uuid(), version, start, end, text[start:end], color, note],
        )
        ids.append(int(cursor.lastrowid))
    live, dead = ids
    delete_annotation(db, dead)
    assert db["versions"].detect_fts() is None  # content='versions': the tools do not see it
    db.close()
    return live, dead


def _refuse_schema_edits(db, name, declared) -> None:
    raise sqlite3.DatabaseError("table sqlite_master may not be modified")  # what SQLite's defensive mode says


@pytest.mark.parametrize("schema_edits", ["allowed", "refused"])
def test_an_older_library_is_backed_up_then_migrated_and_its_indexes_kept_or_refilled(
    samples_dir: Path, tmp_path: Path, monkeypatch, schema_edits: str
):
    """In place where SQLite allows it; made again and refilled where it does not (defensive mode)."""
    path = tmp_path / "old.sqlite"
    live, dead = _library_before_0011(path, samples_dir)
    rewritten: list[str] = []
    if schema_edits == "refused":
        monkeypatch.setattr(schema, "_rewrite_declaration", _refuse_schema_edits)
    else:
        rewrite = schema._rewrite_declaration
        monkeypatch.setattr(
            schema, "_rewrite_declaration", lambda db, name, declared: (rewritten.append(name), rewrite(db, name, declared))
        )
    db = open_library(path)
    try:
        assert list(tmp_path.glob("old.before-0011_open_database-*.sqlite")), "backed up before migrating"
        assert db["versions"].detect_fts() == "search_index" and db["annotations"].detect_fts() == "annotation_index"
        assert 'content="versions"' in db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
        assert rewritten == ([] if schema_edits == "refused" else ["search_index", "annotation_index"])
        assert integrity(db) == "ok"
        # rank 0: the index itself. Against its content table it must differ, by design: tombstones are not indexed.
        db.execute("INSERT INTO annotation_index(annotation_index, rank) VALUES ('integrity-check', 0)")
        found = [r[0] for r in db.execute("SELECT rowid FROM annotation_index WHERE annotation_index MATCH 'poets'")]
        assert found == [live]  # the tombstone is not indexed
        assert db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH ?", ["Shymkent"]).fetchone()[0] > 0
        # The triggers still keep both indexes.
        write_dump(
            tmp_path / "new.txt",
            dump_text("Enbekshi QazaQ", {"News": [["Zhezkazgan copper output rises 01.03.2026", "Zhezkazgan smelters."]]}),
        )
        import_paths(db, [tmp_path / "new.txt"])
        assert db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'Zhezkazgan'").fetchone()[0] == 1
        restore_annotation(db, dead)
        assert sorted(
            r[0] for r in db.execute("SELECT rowid FROM annotation_index WHERE annotation_index MATCH 'poets'")
        ) == sorted([live, dead])
        assert consistency_problems(db) == []
    finally:
        db.close()


def test_the_views_answer_what_a_person_exploring_the_file_asks(sample_library: Database, library_path: Path):
    db = sample_library
    shymkent = db.execute("SELECT id FROM articles WHERE title = ?", [SHYMKENT]).fetchone()[0]
    versions = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [shymkent]).fetchall()
    create_highlight(db, shymkent, versions[0][0], 0, 25, 2, "a claim")
    gone = create_highlight(db, shymkent, versions[0][0], 30, 60, 1, "deleted").annotation
    delete_annotation(db, gone.id)
    add_tag(db, [shymkent, 1], "culture")
    dropped = add_tag(db, [2], "dropped").tag
    delete_tag(db, dropped)
    plain = sqlite3.connect(library_path)  # no Qalam functions or collations: what Datasette and the sqlite3 shell have
    try:
        newest = plain.execute("SELECT version_id, text, source FROM article_texts WHERE article_id = ?", [shymkent]).fetchone()
        assert newest == (versions[-1][0], versions[-1][1], "Enbekshi QazaQ")
        assert plain.execute("SELECT count(*) FROM article_texts").fetchone()[0] == 10
        quotes = plain.execute("SELECT article_title, quote, note, color_name FROM annotation_quotes").fetchall()
        assert quotes == [(SHYMKENT, versions[0][1][:25], "a claim", "claim")]
        assert plain.execute("SELECT name, article_count FROM tag_counts").fetchall() == [("culture", 2)]
        sightings = plain.execute("SELECT count(*), count(DISTINCT dump) FROM version_sightings").fetchone()
        assert sightings == (20, 2)
    finally:
        plain.close()


@pytest.mark.parametrize("table", ["article_texts", "annotation_quotes", "tag_counts", "version_sightings"])
def test_every_view_is_listed_and_readable_by_sqlite_utils(sample_library: Database, library_path: Path, table: str):
    db = Database(library_path)
    assert table in db.view_names()
    assert isinstance(list(db[table].rows_where(limit=1)), list)
