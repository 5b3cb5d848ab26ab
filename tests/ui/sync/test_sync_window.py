"""Sync in the window: two app instances on one folder, the status indicator, the log, conflicts, layers.

The two instances are two windows in this process, each with its own library, session, writer
thread and settings (so each makes its highlights under its own name), pointed at one folder.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from desktop.core.annotations import article_annotations, create_highlight, update_note
from desktop.core.ids import AnnotationId, ArticleId
from desktop.core.store import open_library
from desktop.core.sync.changefile import write_change_file
from desktop.core.sync.oplog import read_state
from desktop.core.sync.run import sync_once
from desktop.core.sync.spec import SYNC_SCHEMA
from desktop.ui.app import build_demo_library, create_main_window
from desktop.ui.settings import Settings
from desktop.ui.sync.folder_dialog import SyncFolderDialog
from tests.ui.annotations.test_annotations import MURAT, PASSAGE, open_murat, select_in_reader

# QALAM_SCREENSHOTS=resources/screenshots saves the README's pictures of the done-when check there.
SHOTS = Path(os.environ["QALAM_SCREENSHOTS"]) if os.environ.get("QALAM_SCREENSHOTS") else None


class NamedSettings(Settings):
    """The settings of one person's machine: what matters here is the name annotations are made under."""

    def __init__(self, name: str) -> None:
        super().__init__()
        self._name = name

    @property
    def user_name(self) -> str:
        return self._name


@pytest.fixture
def two_windows(qtbot, tmp_path: Path):
    folder = tmp_path / "Sync"
    folder.mkdir()
    windows = []
    for name in ("alice", "bob"):
        library = build_demo_library(tmp_path / name)
        window = create_main_window(library, settings=NamedSettings(name))
        window.setWindowTitle(f"{name}: {window.windowTitle()}")
        qtbot.addWidget(window)
        window.resize(1280, 720)
        window.show()
        qtbot.waitExposed(window)
        windows.append(window)
    yield windows, folder
    for window in windows:
        window.close()


def highlight(window, color: int) -> None:
    """Article ▸ Highlight Selection ▸ (colour), as the key 1–6 does in the active window."""
    window.session.actions.action(f"annotations.highlight.{color}").trigger()


def painted_quotes(window) -> list[str]:
    from PySide6.QtGui import QTextCursor

    quotes = []
    for start, end, _ in window.reader.highlights.painted():
        cursor = QTextCursor(window.reader.browser.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        quotes.append(cursor.selectedText())
    return quotes


def test_two_instances_on_one_folder_show_each_others_highlights_within_seconds(two_windows, qtbot):
    (alice, bob), folder = two_windows
    for window in (alice, bob):
        window.sync.configure(folder, window.session.settings.user_name, share_dumps=False)
    for window in (alice, bob):
        qtbot.waitUntil(lambda w=window: w.sync.status.text().startswith("Synced"), timeout=10_000)
        open_murat(window)
    # Alice highlights a passage; Bob's window shows it, painted in his reader and listed in his panel.
    select_in_reader(alice, PASSAGE)
    made = time.monotonic()
    highlight(alice, 2)
    # Within a few seconds (two of them the pause that gathers a burst of edits into one file);
    # the timeout leaves room for a loaded CI machine.
    qtbot.waitUntil(lambda: painted_quotes(bob) == [PASSAGE], timeout=12_000)
    print(f"alice's highlight shown in bob's window after {time.monotonic() - made:.1f} s")
    [arrived] = bob.annotations.panel.annotations()
    assert arrived.author == "alice"
    card = bob.annotations.panel.card(arrived.id)
    assert card is not None and card.author_label.text() == "by alice · read-only" and card.note.isReadOnly()
    # And back: Bob's highlight appears in Alice's window.
    bob_passage = "Murat Abenov, a deputy of the Majilis"
    select_in_reader(bob, bob_passage)
    highlight(bob, 4)
    qtbot.waitUntil(lambda: sorted(painted_quotes(alice)) == sorted([PASSAGE, bob_passage]), timeout=12_000)
    qtbot.waitUntil(lambda: sorted(painted_quotes(bob)) == sorted([PASSAGE, bob_passage]), timeout=12_000)
    for window in (alice, bob):
        qtbot.waitUntil(lambda w=window: w.sync.status.text().startswith("Synced"), timeout=10_000)
    if SHOTS is not None:
        for name, window in (("alice", alice), ("bob", bob)):
            window.annotations.dock.show()
            window.reader.highlights.scroll_to(window.annotations.panel.annotations()[0].id)
            QApplication.processEvents()
            window.grab().save(str(SHOTS / f"sync-{name}.png"))
    for window in (alice, bob):
        assert "problem" not in window.sync.status.text() and "conflict" not in window.sync.status.text()


def test_the_status_shows_a_problem_and_the_log_says_which_file(two_windows, qtbot, tmp_path: Path):
    (alice, _bob), folder = two_windows
    other = open_library(build_demo_library(tmp_path / "carol"))
    article = ArticleId(other.execute("SELECT id FROM articles WHERE title = ?", [MURAT]).fetchone()[0])
    version = other.execute("SELECT id FROM versions WHERE article_id = ?", [article]).fetchone()[0]
    create_highlight(other, article, version, 0, 20, 1, author="carol")
    sync_once(other, folder, user="carol", device_name="carol's laptop")
    [path] = (folder / "devices" / str(read_state(other).device)).glob("*.qsync.gz")
    whole = path.read_bytes()
    path.write_bytes(whole[:-40])  # still arriving
    alice.sync.configure(folder, "alice", share_dumps=False)
    qtbot.waitUntil(lambda: "1 problem" in alice.sync.status.text(), timeout=10_000)
    qtbot.mouseClick(alice.sync.status, Qt.MouseButton.LeftButton)
    log = alice.sync._log
    qtbot.waitUntil(lambda: log is not None and log.list.count() >= 1, timeout=5_000)
    assert "00000001.qsync.gz" in log.details.toPlainText() and "incomplete" in log.details.toPlainText()
    path.write_bytes(whole)  # the sync tool finished delivering it: the watcher sees it, and it applies
    qtbot.waitUntil(
        lambda: "problem" not in alice.sync.status.text() and alice.sync.status.text().startswith("Synced"), timeout=10_000
    )
    assert len(alice.session.db.execute("SELECT id FROM annotations").fetchall()) == 1
    # Carol updates Qalam, whose change files alice's cannot read: they wait, and the status says what to do.
    device_json = path.parent / "device.json"
    device_json.write_text(device_json.read_text().replace(f'"schema": {SYNC_SCHEMA}', f'"schema": {SYNC_SCHEMA + 1}'))
    write_change_file(folder, str(read_state(other).device), 2, SYNC_SCHEMA + 1, [])
    qtbot.waitUntil(
        lambda: "Update Qalam to read changes from carol · carol's laptop" in alice.sync.status.text(), timeout=10_000
    )
    other.close()


def test_conflicts_list_both_values_and_use_this_one_instead_wins_everywhere(two_windows, qtbot, tmp_path: Path):
    (alice, bob), folder = two_windows
    for window in (alice, bob):
        window.sync.configure(folder, window.session.settings.user_name, share_dumps=False)
        qtbot.waitUntil(lambda w=window: w.sync.status.text().startswith("Synced"), timeout=10_000)
    open_murat(alice)
    select_in_reader(alice, PASSAGE)
    highlight(alice, 2)
    qtbot.waitUntil(
        lambda: (
            len(
                article_annotations(
                    bob.session.db,
                    ArticleId(bob.session.db.execute("SELECT id FROM articles WHERE title = ?", [MURAT]).fetchone()[0]),
                )
            )
            == 1
        ),
        timeout=8_000,
    )
    # Both edit the note while neither syncs (as two laptops offline would).
    for window in (alice, bob):
        window.sync.stop()
        window.sync.folder = None
    for window, text in ((alice, "alice's reading"), (bob, "bob's reading")):
        db = open_library(window.db_path)
        update_note(db, AnnotationId(db.execute("SELECT id FROM annotations").fetchone()[0]), text)
        db.close()
    for window in (alice, bob, alice):
        window.sync.configure(folder, window.session.settings.user_name, share_dumps=False)
        qtbot.waitUntil(lambda w=window: w.sync.status.text().startswith("Synced") and not w.sync.runner.running, timeout=10_000)
    qtbot.waitUntil(lambda: "1 conflict" in alice.sync.status.text() and "1 conflict" in bob.sync.status.text(), timeout=10_000)
    bob.session.actions.action("sync.conflicts").trigger()
    dialog = bob.sync._conflicts
    qtbot.waitUntil(lambda: dialog is not None and dialog.tree.topLevelItemCount() == 1, timeout=5_000)
    item = dialog.tree.topLevelItem(0)
    assert item.text(1) == "note" and {item.text(2), item.text(3)} == {"alice's reading", "bob's reading"}
    assert {dialog.current.who.text().split(" · ")[0], dialog.other.who.text().split(" · ")[0]} == {"alice", "bob"}
    loser = item.text(3)
    if SHOTS is not None:
        dialog.grab().save(str(SHOTS / "sync-conflicts.png"))
    qtbot.mouseClick(dialog.other.button, Qt.MouseButton.LeftButton)  # Use This One Instead
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 0, timeout=5_000)
    assert dialog.empty.isVisible()
    for window in (alice, bob):
        qtbot.waitUntil(
            lambda w=window: w.session.db.execute("SELECT note FROM annotations").fetchone()[0] == loser, timeout=10_000
        )
    qtbot.waitUntil(lambda: "conflict" not in alice.sync.status.text(), timeout=10_000)


def test_others_annotations_are_a_layer_that_hides_and_read_only_until_allowed(open_window, sample_db: Path, qtbot):
    db = open_library(sample_db)
    article = ArticleId(db.execute("SELECT id FROM articles WHERE title = ?", [MURAT]).fetchone()[0])
    version, text = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [article]).fetchone()
    start = text.index(PASSAGE)
    theirs = create_highlight(db, article, version, start, start + len(PASSAGE), 3, "bob's note", author="bob").annotation
    db.close()
    window = open_window(sample_db)
    open_murat(window)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5_000)
    card = window.annotations.panel.card(theirs.id)
    assert card is not None and card.note.isReadOnly() and card.author_label.text() == "by bob · read-only"
    window.annotations.delete(theirs.id)  # refused: it is bob's
    assert "read-only" in window.statusBar().currentMessage()
    window.annotations.save_note(theirs.id, "changed by me")
    qtbot.wait(200)
    assert [a.note for a in article_annotations(window.session.db, article)] == ["bob's note"]
    # Hide bob's layer: gone from the reader and the panel; show it again.
    menu = window.session.actions.menu("annotations.layers")
    menu.aboutToShow.emit()
    layer = next(a for a in menu.actions() if a.text() == "bob")
    layer.setChecked(False)
    assert window.reader.highlights.painted() == [] and window.annotations.panel.annotations() == []
    layer.setChecked(True)
    assert len(window.reader.highlights.painted()) == 1
    # Allow editing others' annotations: now the note can change.
    window.session.actions.action("annotations.edit_others").trigger()
    assert not window.annotations.panel.card(theirs.id).note.isReadOnly()
    window.annotations.save_note(theirs.id, "changed by me")
    qtbot.waitUntil(lambda: [a.note for a in article_annotations(window.session.db, article)] == ["changed by me"], timeout=5_000)


def test_the_sync_folder_dialog_wants_a_folder_that_exists_and_a_name(qtbot, tmp_path: Path):
    dialog = SyncFolderDialog(None, "alice", False)
    qtbot.addWidget(dialog)
    dialog.folder_edit.setText(str(tmp_path / "nowhere"))
    dialog._accept()
    assert not dialog.error.isHidden() and dialog.result() == 0
    dialog.folder_edit.setText(str(tmp_path))
    dialog.user_edit.setText("")
    dialog._accept()
    assert "name" in dialog.error.text()
    dialog.user_edit.setText("alice")
    dialog.share_box.setChecked(True)
    dialog._accept()
    choice = dialog.choice()
    assert dialog.result() == 1 and (choice.folder, choice.user, choice.share_dumps) == (tmp_path, "alice", True)
