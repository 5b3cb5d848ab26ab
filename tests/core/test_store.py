"""The library file: what the samples hold, idempotent re-imports, settings, upgrades, counts."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.articles import set_read, set_starred
from desktop.core.importer import FileStatus, import_paths
from desktop.core.schema import MIGRATIONS
from desktop.core.store import BUSY_TIMEOUT_MS, LibraryError, open_library, read_counters
from desktop.core.tags import add_tag, delete_tag, ensure_tag, merge_tags, remove_tag, rename_tag
from tests.core.helpers import RUSSIAN_DUMP, consistency_problems, integrity, scalar, snapshot, totals, write


def test_the_two_samples_give_10_articles_18_versions_20_occurrences(sample_library: Database):
    assert totals(sample_library) == {"dumps": 2, "articles": 10, "versions": 18, "occurrences": 20}
    assert read_counters(sample_library)["articles"] == 10
    assert read_counters(sample_library)["multi_version"] == 8
    assert sample_library.execute("SELECT name, article_count FROM sources").fetchall() == [("Enbekshi QazaQ", 10)]
    assert sample_library.execute("SELECT name, article_count FROM sections ORDER BY name").fetchall() == [
        ("News", 10),
        ("Society", 10),
    ]


def test_importing_the_same_folder_twice_changes_nothing_the_second_time(sample_library: Database, samples_dir: Path):
    before = snapshot(sample_library)
    report = import_paths(sample_library, [samples_dir])
    assert [f.status for f in report.files] == [FileStatus.ALREADY_IMPORTED] * 2
    assert all(f.summary().endswith("already imported (same content)") for f in report.files)
    assert report.summary() == "2 files: 0 imported, 2 already imported, 0 failed; 0 new articles, 0 new versions, 0 occurrences"
    assert not report.changed_articles
    assert snapshot(sample_library) == before


def test_a_copy_of_the_samples_in_another_folder_is_already_imported(sample_library: Database, samples_dir: Path, tmp_path: Path):
    copy = tmp_path / "copy"
    shutil.copytree(samples_dir, copy)
    for path in copy.iterdir():
        path.rename(path.with_name("renamed-" + path.name))
    before = snapshot(sample_library)
    report = import_paths(sample_library, [copy])
    assert [f.status for f in report.files] == [FileStatus.ALREADY_IMPORTED] * 2
    assert snapshot(sample_library) == before


def test_connection_uses_wal_foreign_keys_and_a_busy_timeout(library: Database, library_path: Path):
    assert scalar(library, "PRAGMA journal_mode") == "wal"
    assert scalar(library, "PRAGMA foreign_keys") == 1
    assert scalar(library, "PRAGMA busy_timeout") == BUSY_TIMEOUT_MS >= 1000
    with pytest.raises(sqlite3.IntegrityError):
        library.execute("INSERT INTO occurrences (dump_id, position, version_id, title) VALUES (999, 0, 999, 'orphan')")
    # WAL is a property of the file: any other SQLite tool sees it too.
    other = sqlite3.connect(library_path)
    try:
        assert other.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    finally:
        other.close()


def test_sample_library_passes_the_integrity_checks(sample_library: Database):
    assert integrity(sample_library) == "ok"
    assert consistency_problems(sample_library) == []


def test_library_reopens_with_its_articles(sample_library: Database, library_path: Path):
    sample_library.close()
    db = open_library(library_path)
    try:
        assert totals(db) == {"dumps": 2, "articles": 10, "versions": 18, "occurrences": 20}
    finally:
        db.close()


def backups(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.before-*"))


def test_no_backup_for_a_brand_new_library_or_an_up_to_date_one(tmp_path: Path):
    path = tmp_path / "new.sqlite"
    open_library(path).close()
    assert backups(tmp_path) == []
    open_library(path).close()
    assert backups(tmp_path) == []


def test_backup_is_taken_before_upgrading_an_older_library(tmp_path: Path):
    latest = MIGRATIONS.pending(Database(memory=True))[-1].name
    path = tmp_path / "old.sqlite"
    old = Database(path)
    MIGRATIONS.apply(old, stop_before=latest)
    old.execute("INSERT INTO sources (name) VALUES ('Kept through the upgrade')")
    old_schema = set(old.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    old.close()

    db = open_library(path)
    try:
        assert MIGRATIONS.pending(db) == []
        assert scalar(db, "SELECT name FROM sources") == "Kept through the upgrade"
        new_schema = set(db.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    finally:
        db.close()
    (backup,) = backups(tmp_path)
    assert backup.name.startswith(f"old.before-{latest}-") and backup.suffix == ".sqlite"
    saved = sqlite3.connect(backup)
    try:
        assert saved.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert saved.execute("SELECT name FROM sources").fetchall() == [("Kept through the upgrade",)]
        saved_schema = set(saved.execute("SELECT type, name, sql FROM sqlite_master").fetchall())
    finally:
        saved.close()
    # The latest migration may add only columns or indexes: compare the whole schema, not table names.
    assert saved_schema == old_schema != new_schema


def test_a_file_that_is_not_a_library_is_refused_with_its_name(tmp_path: Path):
    path = write(tmp_path / "notes.sqlite", "These are my notes, not a database.\n" * 200)
    with pytest.raises(LibraryError, match="notes.sqlite"):
        open_library(path)
    assert path.read_text() == "These are my notes, not a database.\n" * 200


def test_counts_stay_equal_to_the_rows_through_imports_flags_and_tags(sample_library: Database, tmp_path: Path):
    db = sample_library
    assert consistency_problems(db) == []
    ids = [r[0] for r in db.execute("SELECT id FROM articles ORDER BY id")]

    assert set_read(db, ids[:3], True).flags == frozenset(ids[:3])
    assert set_read(db, ids[:4], True).flags == frozenset(ids[3:4])  # only what changed
    set_starred(db, ids[2:6], True)
    set_read(db, ids[1:2], False)
    assert consistency_problems(db) == []
    counters = read_counters(db)
    assert (counters["unread"], counters["starred"]) == (7, 4)

    add_tag(db, ids[:5], "politics")
    add_tag(db, ids[3:8], "politics/kz")
    add_tag(db, ids[:2], "later")
    remove_tag(db, ids[:1], ensure_tag(db, "politics"))
    assert consistency_problems(db) == []
    rename_tag(db, ensure_tag(db, "politics"), "policy")
    merge_tags(db, [ensure_tag(db, "later")], ensure_tag(db, "policy/kz"))
    assert consistency_problems(db) == []
    assert db.execute("SELECT name, article_count FROM tags WHERE deleted_at IS NULL ORDER BY name").fetchall() == [("policy", 4), ("policy/kz", 7)]
    delete_tag(db, ensure_tag(db, "policy"))
    assert consistency_problems(db) == []

    # A later dump with a new source, and a changed text for a known article.
    write(tmp_path / "more" / "ru.txt", RUSSIAN_DUMP, encoding="cp1251")
    write(tmp_path / "more" / "ru2.txt", RUSSIAN_DUMP.replace("рабочих мест", "рабочих мест в регионах"))
    import_paths(db, [tmp_path / "more"])
    assert consistency_problems(db) == []
    assert db.execute("SELECT name, article_count FROM sources ORDER BY id").fetchall() == [
        ("Enbekshi QazaQ", 10),
        ("Новости Казахстана", 2),
    ]
    assert (read_counters(db)["articles"], read_counters(db)["unread"], read_counters(db)["multi_version"]) == (12, 9, 9)
