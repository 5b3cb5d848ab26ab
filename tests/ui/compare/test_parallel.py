"""Parallel reading as a translator does it: correcting the alignment, and checking the drift between editions."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMenu, QWidget

from desktop.core.drift import Side
from desktop.core.pair_drift import newest_text
from desktop.core.store import open_library
from desktop.core.translations import link_translations
from desktop.ui.compare.view import CompareView
from desktop.ui.plain_text import plain_tip
from tests.core.corpus_library import import_corpus, import_new_version
from tests.ui.compare.test_compare import select

FORUM_EN = "Thirty-two commercial documents worth approximately US$200 million were"
SAMRUK_RU = "АО «Самрук-Казына» и группа компаний Fauji"


@pytest.fixture
def forum_db(tmp_path: Path) -> Path:
    """The hand-aligned corpus; item 01's editions linked; its Russian edition republished with 180 million for 108."""
    path = tmp_path / "forum.sqlite"
    db = open_library(path)
    try:
        ids = import_corpus(db, tmp_path)
        en, ru, kk = ids[("01", "en")], ids[("01", "ru")], ids[("01", "kk")]
        link_translations(db, en, ru)
        link_translations(db, en, kk)
        text = newest_text(db, ru).replace("стоимостью 108 млн долларов", "стоимостью 180 млн долларов")
        import_new_version(db, tmp_path, "01", "ru", text)
    finally:
        db.close()
    return path


def open_parallel(window, qtbot) -> CompareView:
    """From the English edition, the reader's strip opens the Russian one in parallel."""
    select(window, FORUM_EN)
    strip = window.reader.translations
    qtbot.waitUntil(strip.isVisible, timeout=3000)
    [russian] = [b for b in strip.buttons if "казахстанско-пакистанском" in b.toolTip()]
    qtbot.mouseClick(russian, Qt.MouseButton.LeftButton)
    view = window.findChild(QWidget, "compareView")
    assert isinstance(view, CompareView)
    qtbot.waitUntil(lambda: view.isVisible() and not view.busy and view.pair is not None, timeout=10_000)
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    return view


def row_texts(view: CompareView) -> list[tuple[str, str]]:
    return [(" ".join(r.left), " ".join(r.right)) for r in view.pair.alignment.rows]


def key(qtbot, view, k, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    view.activateWindow()
    qtbot.keyClick(view, k, modifiers)


CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def test_a_segment_re_paired_with_the_keyboard_is_undone_redone_and_still_there_after_reopening(open_window, forum_db, qtbot):
    window = open_window(forum_db)
    view = open_parallel(window, qtbot)
    before = row_texts(view)
    samruk = next(k for k, (_l, r) in enumerate(before) if r.startswith(SAMRUK_RU))
    assert view.parallel.current_row == 0 and view.pair.alignment.corrected == frozenset()
    for _ in range(samruk):
        key(qtbot, view, Qt.Key.Key_J)
    key(qtbot, view, Qt.Key.Key_L)
    assert (view.parallel.current_row, view.parallel.side) == (samruk, Side.RIGHT)
    key(qtbot, view, Qt.Key.Key_Up, CTRL_SHIFT)  # the Samruk-Kazyna sentence goes with the row above
    qtbot.waitUntil(lambda: view.pair.alignment.corrected == {samruk - 1, samruk}, timeout=5000)
    after = row_texts(view)
    assert after[samruk - 1][1].endswith("совместной инвестиционной платформы.") and after[samruk][1] == ""
    assert "2 corrected by hand" in view.summary.text()
    key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # undo, in the compare window
    qtbot.waitUntil(lambda: row_texts(view) == before, timeout=5000)
    assert view.pair.alignment.corrected == frozenset()
    window.session.actions.action("parallel.redo").trigger()
    qtbot.waitUntil(lambda: row_texts(view) == after, timeout=5000)
    view.close()
    window.close()
    again = open_window(forum_db)
    reopened = open_parallel(again, qtbot)
    assert row_texts(reopened) == after and reopened.pair.alignment.corrected == {samruk - 1, samruk}
    assert "2 corrected by hand" in reopened.summary.text()


def test_a_row_is_split_at_the_sentence_clicked_and_merged_back_from_its_context_menu(open_window, forum_db, qtbot):
    window = open_window(forum_db)
    view = open_parallel(window, qtbot)
    before = row_texts(view)
    transport = next(k for k, (text, _r) in enumerate(before) if text.startswith("In transport and logistics"))
    # Click into "Kazpost signed…" on the left, then split there.
    left = view.left
    doc = left.document()
    block = next(b for b in range(doc.blockCount()) if doc.findBlockByNumber(b).text().startswith("In transport and logistics"))
    text = doc.findBlockByNumber(block).text()
    cursor = left.textCursor()
    cursor.setPosition(doc.findBlockByNumber(block).position() + text.index("Kazpost") + 2)
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=left.cursorRect(cursor).center())
    assert (view.parallel.current_row, view.parallel.side) == (transport, Side.LEFT)
    key(qtbot, view, Qt.Key.Key_S, CTRL_SHIFT)
    qtbot.waitUntil(lambda: len(row_texts(view)) == len(before) + 1, timeout=5000)
    split = row_texts(view)
    assert split[transport + 1][0].startswith("Kazpost signed") and split[transport + 1][1].startswith("АО «Казпочта»")
    # The mouse: the row's context menu merges it back with the next row.
    chosen: list[str] = []

    def pick() -> None:
        menu = QApplication.activePopupWidget()
        assert isinstance(menu, QMenu)
        actions = {a.objectName(): a for a in menu.actions()}
        chosen.append(actions["parallel.merge_next"].text())
        actions["parallel.merge_next"].trigger()
        menu.close()

    QTimer.singleShot(200, pick)
    doc = left.document()  # a new document since the split
    first_half = next(
        b for b in range(doc.blockCount()) if doc.findBlockByNumber(b).text().startswith("In transport and logistics")
    )
    spot = left.textCursor()
    spot.setPosition(doc.findBlockByNumber(first_half).position() + 5)
    left.setTextCursor(spot)
    left.ensureCursorVisible()
    QApplication.sendEvent(left.viewport(), _context_event(left.cursorRect(spot).center(), left))
    qtbot.waitUntil(lambda: row_texts(view) == before, timeout=5000)
    assert chosen == ["&Merge with Next Row"]


def _context_event(point: QPoint, browser):
    from PySide6.QtGui import QContextMenuEvent

    return QContextMenuEvent(QContextMenuEvent.Reason.Mouse, point, browser.viewport().mapToGlobal(point))


def test_a_planted_figure_shows_a_badge_and_the_list_jumps_to_it(open_window, forum_db, qtbot):
    window = open_window(forum_db)
    view = open_parallel(window, qtbot)
    pair = view.pair
    [planted] = [m for m in pair.mismatches if m.text == "180 млн долларов"]
    assert planted.side is Side.RIGHT and "Falcon EuroBus" in " ".join(pair.alignment.rows[planted.segment].left)
    assert view.parallel.row_badges(Side.RIGHT)[planted.segment] >= 1
    assert view.parallel.row_badges(Side.LEFT)[planted.segment] >= 1  # "$108 million" on the English side
    tree = view.parallel.list.tree
    lines = [tree.topLevelItem(i) for i in range(tree.topLevelItemCount())]
    [line] = [item for item in lines if item.text(3) == "180 млн долларов"]
    assert (line.text(0), line.text(1), line.text(2)) == (str(planted.segment + 1), "RU", "amount")
    view.resize(900, 420)
    view.left.verticalScrollBar().setValue(view.left.verticalScrollBar().maximum())
    tree.setCurrentItem(line)
    assert view.parallel.current_mismatch == planted and view.parallel.current_row == planted.segment
    [marked] = [s for s in view.right.extraSelections() if s.cursor.selectedText() == "180 млн долларов"]
    rect = view.right.cursorRect(marked.cursor)
    assert 0 <= rect.top() < view.right.viewport().height()
    # The left pane followed to the same row: its "$108 million" is on screen too.
    [english] = [s for s in view.left.extraSelections() if s.cursor.selectedText() == "$108 million"]
    assert 0 <= view.left.cursorRect(english.cursor).top() < view.left.viewport().height()
    tip = plain_tip("The amount “180 млн долларов” is in RU and not in EN")
    assert line.toolTip(3) == tip


def test_an_accepted_mismatch_disappears_and_undo_brings_it_back(open_window, forum_db, qtbot):
    window = open_window(forum_db)
    view = open_parallel(window, qtbot)
    count = len(view.pair.mismatches)
    [planted] = [m for m in view.pair.mismatches if m.text == "180 млн долларов"]
    badge = view.parallel.row_badges(Side.RIGHT)[planted.segment]
    key(qtbot, view, Qt.Key.Key_F7)
    while view.parallel.current_mismatch != planted:
        key(qtbot, view, Qt.Key.Key_F7)
    key(qtbot, view, Qt.Key.Key_A)
    qtbot.waitUntil(lambda: len(view.pair.mismatches) == count - 1, timeout=5000)
    assert planted not in view.pair.mismatches and planted in view.pair.accepted
    assert view.parallel.row_badges(Side.RIGHT).get(planted.segment, 0) == badge - 1
    assert all(m.text != "180 млн долларов" for m, _accepted in view.parallel.list.mismatches())
    assert "(1 accepted)" in view.summary.text()
    key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: planted in view.pair.mismatches, timeout=5000)
    assert view.parallel.row_badges(Side.RIGHT)[planted.segment] == badge


def test_a_new_version_arriving_while_reading_in_parallel_is_checked_at_once(open_window, forum_db, qtbot, tmp_path):
    window = open_window(forum_db)
    view = open_parallel(window, qtbot)
    assert any(m.text == "180 млн долларов" for m in view.pair.mismatches)
    db = open_library(forum_db)
    try:
        text = newest_text(
            db, db.execute("SELECT id FROM articles WHERE title LIKE 'На казахстанско-пакистанском%'").fetchone()[0]
        )
    finally:
        db.close()
    later = tmp_path / "later"
    later.mkdir()
    path = _edition_dump(later, text.replace("180 млн долларов", "999 млн долларов"))
    window.imports.import_paths([path])
    qtbot.waitUntil(lambda: any(m.text == "999 млн долларов" for m in view.pair.mismatches), timeout=10_000)
    assert all(m.text != "180 млн долларов" for m in view.pair.mismatches)


def _edition_dump(folder: Path, text: str) -> Path:
    from tests.core.alignment_corpus import DATES
    from tests.core.corpus_library import CORPUS, title_of

    article = next(a for a in CORPUS if a.name.startswith("01"))
    path = folder / "ru-again.txt"
    path.write_text(
        "\n".join(["Qalam test site (ru)", "News More", f"{title_of(article, 'ru')} {DATES['01']}", text]) + "\n",
        encoding="utf-8",
    )
    return path


def test_an_accepted_mismatch_can_be_taken_back_from_the_list(open_window, forum_db, qtbot):
    window = open_window(forum_db)
    view = open_parallel(window, qtbot)
    [planted] = [m for m in view.pair.mismatches if m.text == "180 млн долларов"]
    view.parallel.jump_to(planted)
    drift_list = view.parallel.list
    assert drift_list.accept_button.text() == "Accept as Fine"
    drift_list.accept_button.click()
    qtbot.waitUntil(lambda: planted in view.pair.accepted, timeout=5000)
    assert (planted, True) not in drift_list.mismatches()
    drift_list.show_accepted.setChecked(True)
    assert (planted, True) in drift_list.mismatches()
    drift_list.select(planted)
    assert drift_list.accept_button.text() == "Not Fine After All"
    drift_list.accept_button.click()
    qtbot.waitUntil(lambda: planted in view.pair.mismatches, timeout=5000)
    assert (planted, False) in drift_list.mismatches()


def test_a_row_boundary_dragged_in_the_gutter_re_pairs_the_segments_it_passes(open_window, forum_db, qtbot):
    from PySide6.QtCore import QEvent, QPointF
    from PySide6.QtGui import QMouseEvent

    from desktop.ui.compare.row_marks import GUTTER

    window = open_window(forum_db)
    view = open_parallel(window, qtbot)
    before = row_texts(view)
    samruk = next(k for k, (_l, r) in enumerate(before) if r.startswith(SAMRUK_RU))
    view.resize(1000, 900)
    right = view.right
    top, _bottom = view.parallel.gutters[Side.RIGHT].row_extent(samruk)
    grab = QPoint(GUTTER // 2, int(top) - right.verticalScrollBar().value())
    # Down to the start of the next Russian segment (the Freedom Bank sentence).
    doc = right.document()
    block = next(b for b in range(doc.blockCount()) if doc.findBlockByNumber(b).text().startswith("АО «Freedom Bank"))
    spot = right.textCursor()
    spot.setPosition(doc.findBlockByNumber(block).position())
    drop = QPoint(GUTTER // 2, right.cursorRect(spot).top() + 4)

    def send(kind, point, buttons) -> None:
        event = QMouseEvent(
            kind,
            QPointF(point),
            QPointF(right.viewport().mapToGlobal(point)),
            Qt.MouseButton.LeftButton,
            buttons,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(right.viewport(), event)

    send(QEvent.Type.MouseButtonPress, grab, Qt.MouseButton.LeftButton)
    assert view.parallel.drag.active
    send(QEvent.Type.MouseMove, drop, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, drop, Qt.MouseButton.NoButton)
    qtbot.waitUntil(lambda: view.pair.alignment.corrected != frozenset(), timeout=5000)
    after = row_texts(view)
    assert after[samruk - 1][1].endswith("совместной инвестиционной платформы.") and after[samruk][1] == ""
    key(qtbot, view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: row_texts(view) == before, timeout=5000)
