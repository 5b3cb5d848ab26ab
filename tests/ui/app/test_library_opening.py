"""Opening a library: a missing one is made only when the user agrees, a damaged one is rescued into
a copy (the damaged file untouched), and a read-only one is shown and never written."""

from __future__ import annotations

import hashlib
from pathlib import Path

from desktop.core.store import open_library
from desktop.ui import library_opening
from desktop.ui.library_opening import prepare_library
from tests.core.test_recovery import damage


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_missing_library_is_made_only_when_the_user_agrees(qtbot, tmp_path: Path, monkeypatch):
    target = tmp_path / "typo.sqlite"
    monkeypatch.setattr(library_opening, "_ask", lambda *args: False)
    assert prepare_library(target, may_create=False) is None
    assert not target.exists()
    monkeypatch.setattr(library_opening, "_ask", lambda *args: True)
    assert prepare_library(target, may_create=False) == target
    open_library(target, create=False).close()  # a real, empty library now


def test_a_library_that_met_damage_is_checked_at_the_next_start_and_recovered_into_a_copy(qtbot, sample_db: Path, monkeypatch):
    db = open_library(sample_db)
    db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = db.execute("PRAGMA page_count").fetchone()[0]
    db.close()
    damage(sample_db, [pages - 2, pages - 3])  # data pages, as a bad disk block would hit
    before = _sha(sample_db)
    offered = []
    monkeypatch.setattr(library_opening, "_ask", lambda parent, icon, title, text, yes: offered.append(yes) or True)
    monkeypatch.setattr(library_opening.QMessageBox, "exec", lambda self: 0)
    assert prepare_library(sample_db, may_create=False) == sample_db  # opening alone reads too little to notice
    opened = prepare_library(sample_db, may_create=False, suspect=True)
    assert offered == ["Recover"]
    assert opened is not None and opened != sample_db and opened.exists()
    assert _sha(sample_db) == before
    recovered = open_library(opened, create=False)
    assert recovered.execute("SELECT count(*) FROM articles").fetchone()[0] > 0
    recovered.close()


def test_a_read_only_library_is_shown_and_never_written(open_window, sample_db: Path, qtbot, monkeypatch):
    monkeypatch.setattr("desktop.core.store._writable", lambda path: False)  # as a file on read-only media
    before = _sha(sample_db)
    window = open_window(sample_db)
    assert "read-only" in window.windowTitle()
    assert window.model.rowCount() == 10
    window.article_list.select_row(0)
    window.tags.tag_articles([window.reader.current_article_id()], "economy")
    assert "read-only" in window.statusBar().currentMessage()
    window.close()
    assert _sha(sample_db) == before
