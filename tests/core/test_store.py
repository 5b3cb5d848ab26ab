"""The library file: what the samples hold, idempotent re-imports, settings, upgrades, counts."""

from __future__ import annotations

import hashlib
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.articles import set_read, set_starred
from desktop.core.importer import FileStatus, import_paths
from desktop.core.schema import MIGRATIONS
from desktop.core.store import (
    APPLICATION_ID,
    BUSY_TIMEOUT_MS,
    MAX_CHECKPOINT_PAGES,
    LibraryError,
    LibraryMissingError,
    checkpoint_pages_for,
    is_read_only,
    known_migrations,
    open_library,
    read_counters,
    schema_version,
)
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


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def test_a_new_library_carries_qalams_application_id_and_schema_version(tmp_path: Path):
    path = tmp_path / "new.sqlite"
    open_library(path).close()
    other = sqlite3.connect(path)
    try:
        assert other.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID == int.from_bytes(b"QLAM", "big")
        assert other.execute("PRAGMA user_version").fetchone()[0] == schema_version() == len(known_migrations())
    finally:
        other.close()


def test_a_library_from_before_the_application_id_is_recognised_and_stamped(tmp_path: Path):
    path = tmp_path / "old.sqlite"
    old = Database(path)
    MIGRATIONS.apply(old)
    old.execute("INSERT INTO sources (name) VALUES ('Kept')")
    assert scalar(old, "PRAGMA application_id") == 0
    old.close()
    db = open_library(path)
    try:
        assert scalar(db, "PRAGMA application_id") == APPLICATION_ID
        assert scalar(db, "SELECT name FROM sources") == "Kept"
    finally:
        db.close()


def _foreign(path: Path, journal_mode: str, application_id: int = 0) -> Path:
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA journal_mode = {journal_mode}")
    conn.execute(f"PRAGMA application_id = {application_id}")
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.executemany("INSERT INTO moz_places (url) VALUES (?)", [(f"https://example.org/{i}",) for i in range(500)])
    conn.commit()
    conn.close()
    return path


@pytest.mark.parametrize(
    ("journal_mode", "application_id"), [("wal", 0), ("delete", 0), ("wal", 0x4D4F5A00), ("delete", 7)], ids=["wal", "rollback", "wal-id", "id"]
)
def test_another_applications_sqlite_file_is_refused_and_left_byte_for_byte_untouched(tmp_path: Path, journal_mode: str, application_id: int):
    path = _foreign(tmp_path / "places.sqlite", journal_mode, application_id)
    before, files = _digest(path), _files(tmp_path)
    assert files == ["places.sqlite"]  # no -wal, no -shm
    with pytest.raises(LibraryError, match=r"places.sqlite is not a Qalam library$"):
        open_library(path)
    with pytest.raises(LibraryError, match="not a Qalam library"):
        open_library(path, create=False)
    assert (_digest(path), _files(tmp_path)) == (before, files)
    # The file format's read and write versions: 2 in WAL mode, 1 in rollback mode.
    assert path.read_bytes()[18:20] == (b"\x02\x02" if journal_mode == "wal" else b"\x01\x01")


def _newer(path: Path, how: str) -> Path:
    db = open_library(path)
    if how == "user_version":
        db.execute(f"PRAGMA user_version = {schema_version() + 3}")
    else:
        db.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('qalam', '0099_from_the_future', 'x')")
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    return path


@pytest.mark.parametrize("how", ["user_version", "unknown migration"])
def test_a_library_from_a_newer_qalam_is_refused_and_never_written(tmp_path: Path, how: str):
    path = _newer(tmp_path / "future.sqlite", how)
    before, files = _digest(path), _files(tmp_path)
    expected = schema_version() + 3 if how == "user_version" else schema_version() + 1
    with pytest.raises(LibraryError, match=rf"made by a newer Qalam \(schema {expected}\); update Qalam"):
        open_library(path)
    assert (_digest(path), _files(tmp_path)) == (before, files)


def test_without_create_a_missing_library_is_refused_and_nothing_is_created(tmp_path: Path):
    path = tmp_path / "typo" / "libary.sqlite"
    with pytest.raises(LibraryMissingError, match=f"no library at {re.escape(str(path))}"):
        open_library(path, create=False)
    assert _files(tmp_path) == []


def test_a_folder_that_cannot_be_created_is_a_library_error_not_an_oserror(tmp_path: Path):
    blocker = write(tmp_path / "a-file", "not a folder")
    with pytest.raises(LibraryError, match="cannot create the folder"):
        open_library(blocker / "sub" / "lib.sqlite")


def test_a_library_that_cannot_be_written_opens_read_only(library_path: Path, sample_library: Database, monkeypatch):
    sample_library.close()
    monkeypatch.setattr("desktop.core.store._writable", lambda path: False)
    db = open_library(library_path)
    try:
        assert is_read_only(db)
        assert totals(db)["articles"] == 10
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            db.execute("UPDATE articles SET is_read = 1")
    finally:
        db.close()


def test_a_read_only_library_that_needs_an_upgrade_says_so(tmp_path: Path, monkeypatch):
    latest = known_migrations()[-1]
    path = tmp_path / "old.sqlite"
    old = Database(path)
    MIGRATIONS.apply(old, stop_before=latest)
    old.close()
    before = _digest(path)
    monkeypatch.setattr("desktop.core.store._writable", lambda path: False)
    with pytest.raises(LibraryError, match="is read-only, and this Qalam must upgrade it first"):
        open_library(path)
    assert _digest(path) == before


RACE = """
import sys, time
from pathlib import Path
from desktop.core.store import open_library
go = Path(sys.argv[2])
while not go.exists():
    time.sleep(0.001)
open_library(sys.argv[1]).close()
"""


def test_processes_creating_one_new_library_at_once_take_turns_in_the_migrations(tmp_path: Path, repo_root: Path):
    for round_ in range(4):
        path, go = tmp_path / f"race-{round_}.sqlite", tmp_path / f"go-{round_}"
        racers = [
            subprocess.Popen([sys.executable, "-c", RACE, str(path), str(go)], cwd=repo_root, stderr=subprocess.PIPE, text=True)
            for _ in range(4)
        ]
        time.sleep(0.5)  # every racer has started and waits
        go.touch()
        errors = [racer.communicate(timeout=60)[1] for racer in racers]
        assert [racer.returncode for racer in racers] == [0, 0, 0, 0], errors
        db = open_library(path)
        try:
            names = [row[0] for row in db.execute("SELECT name FROM _sqlite_migrations ORDER BY id")]
            assert names == list(known_migrations())  # each applied once
            assert integrity(db) == "ok"
        finally:
            db.close()


@pytest.mark.parametrize(("free", "pages"), [(10**12, MAX_CHECKPOINT_PAGES), (200 * 2**20, 3200), (2 * 2**20, 1000)])
def test_the_checkpoint_interval_shrinks_with_the_free_disk_space(tmp_path: Path, monkeypatch, free: int, pages: int):
    monkeypatch.setattr("desktop.core.store.shutil.disk_usage", lambda folder: shutil._ntuple_diskusage(10**13, 10**13 - free, free))
    assert checkpoint_pages_for(tmp_path / "lib.sqlite") == pages
