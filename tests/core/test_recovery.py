"""A damaged library: told from a sound one, and what it holds copied into a new library."""

from __future__ import annotations

import hashlib
import random
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.annotations import create_highlight
from desktop.core.recovery import check_library, recover_library
from desktop.core.store import LibraryError, open_library, read_counters
from desktop.core.tags import add_tag
from tests.core.helpers import consistency_problems, integrity, totals

PAGE = 4096


def _settled(db: Database) -> None:
    """Everything in the main file, nothing left in the WAL: what a damaged disk block hits."""
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()


def damage(path: Path, pages: list[int]) -> None:
    """Overwrite whole pages (numbered from 1, as SQLite does) with noise, as a bad disk block would."""
    data = bytearray(path.read_bytes())
    rng = random.Random(23)
    for page in pages:
        data[(page - 1) * PAGE : page * PAGE] = rng.randbytes(PAGE)
    path.write_bytes(bytes(data))


@pytest.fixture
def tagged_library(sample_library: Database, library_path: Path) -> Path:
    ids = [r[0] for r in sample_library.execute("SELECT id FROM articles ORDER BY id")]
    add_tag(sample_library, ids[:4], "politics")
    version, text = sample_library.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [ids[0]]).fetchone()
    create_highlight(sample_library, ids[0], version, 0, 20, color_id=2, note="kept through recovery")
    _settled(sample_library)
    return library_path


def test_a_sound_library_is_recovered_whole_and_consistent(tagged_library: Path, tmp_path: Path):
    assert check_library(tagged_library) is None
    report = recover_library(tagged_library, tmp_path / "recovered.sqlite")
    assert report.complete and report.summary().endswith("nothing was lost")
    db = open_library(tmp_path / "recovered.sqlite")
    try:
        assert totals(db) == {"dumps": 2, "articles": 10, "versions": 18, "occurrences": 20}
        assert integrity(db) == "ok" and consistency_problems(db) == []
        assert db.execute("SELECT name, article_count FROM tags").fetchall() == [("politics", 4)]
        assert db.execute("SELECT note FROM annotations").fetchall() == [("kept through recovery",)]
        assert read_counters(db)["annotated"] == 1
        # The full-text index is rebuilt from the copied versions.
        assert db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH 'Shymkent'").fetchone()[0] > 0
    finally:
        db.close()


def test_a_damaged_library_is_named_damaged_and_what_it_still_holds_is_recovered_into_a_new_file(tagged_library: Path, tmp_path: Path):
    # A bad block in the data: two pages of article texts and one of the full-text index. (Recovery
    # needs the schema's pages readable; with them damaged it says that nothing can be recovered.)
    conn = sqlite3.connect(tagged_library)
    texts = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'versions' ORDER BY pageno DESC LIMIT 2")]
    index = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name = 'search_index_data' ORDER BY pageno DESC LIMIT 1")]
    conn.close()
    damage(tagged_library, texts + index)
    before = hashlib.sha256(tagged_library.read_bytes()).hexdigest()
    assert check_library(tagged_library) is not None
    target = tmp_path / "recovered.sqlite"
    report = recover_library(tagged_library, target)
    assert hashlib.sha256(tagged_library.read_bytes()).hexdigest() == before  # the damaged file is kept as it was
    db = open_library(target)
    try:
        assert integrity(db) == "ok" and consistency_problems(db) == []
        copied = {t.table: t.copied for t in report.tables}
        assert totals(db)["articles"] == copied["articles"] == 10  # their pages were sound
        assert 0 < totals(db)["versions"] < 18  # the texts on the damaged pages are lost, the others kept
        lost = {t.table for t in report.tables if t.damaged_ranges or t.dropped}
        assert "versions" in lost
    finally:
        db.close()
    assert str(target) in report.summary()


def test_recovery_never_overwrites_an_existing_file(tagged_library: Path, tmp_path: Path):
    existing = tmp_path / "there.sqlite"
    existing.write_bytes(b"keep me")
    with pytest.raises(LibraryError, match="already exists"):
        recover_library(tagged_library, existing)
    assert existing.read_bytes() == b"keep me"
