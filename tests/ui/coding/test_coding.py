"""Coding in the window: the C picker, undo, marks in the reader, the codebook, blind coding, the analyses."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QInputDialog, QMenu

from desktop.core.annotations import article_annotations
from desktop.core.coding import codebook, codings
from desktop.core.store import open_library
from desktop.ui.coding.codebook_view import CODE_ROLE
from tests.ui.annotations.test_annotations import MURAT, PASSAGE, open_murat, select_in_reader


def _stored_codings(window) -> list:
    db = open_library(window.db_path)
    try:
        return codings.article_codings(db, window.reader.article.id)
    finally:
        db.close()


def _codebook(path: Path, *names: str) -> dict[str, int]:
    db = open_library(path)
    try:
        return {name: int(codebook.create_code(db, name).code) for name in names}
    finally:
        db.close()


def _press(window, qtbot, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    window.activateWindow()
    qtbot.keyClick(window.article_list, key, modifier)


@pytest.fixture
def coder(window):
    window.coding.set_coder("Aigerim")
    return window


def test_c_opens_the_picker_and_enter_codes_the_selection_then_undo_removes_it(coder, qtbot):
    window = coder
    _codebook(window.db_path, "Conflict", "Consensus")
    open_murat(window)
    select_in_reader(window, PASSAGE)
    _press(window, qtbot, Qt.Key.Key_C)
    picker = window.coding.picker
    assert picker.isVisible()
    qtbot.keyClicks(picker.filter, "confl")
    assert picker.list.item(0).text() == "Conflict"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_stored_codings(window)) == 1, timeout=5000)
    [coding] = _stored_codings(window)
    assert coding.coder == "Aigerim"
    qtbot.waitUntil(lambda: len(window.coding.marks.placed()) == 1, timeout=5000)
    # The reader shows it; the annotations panel lists the passage with its code.
    card = window.annotations.panel.card(coding.annotation_id)
    assert card is not None and "Conflict" in card.codes_label.text()
    assert window.session.actions.action("edit.undo").text().endswith("Code “Conflict”")
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: _stored_codings(window) == [], timeout=5000)
    qtbot.waitUntil(lambda: window.coding.marks.placed() == [], timeout=5000)
    db = open_library(window.db_path)
    assert article_annotations(db, window.reader.article.id) == []  # the passage it made went with it
    db.close()
    window.session.actions.action("edit.redo").trigger()
    qtbot.waitUntil(lambda: [g.uuid for g in _stored_codings(window)] == [coding.uuid], timeout=5000)


def test_ctrl_space_ticks_several_codes_and_a_new_name_makes_a_code_in_one_undo_step(coder, qtbot):
    window = coder
    _codebook(window.db_path, "Conflict", "Consensus")
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.coding.code_selection()
    picker = window.coding.picker
    qtbot.keyClick(picker.filter, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Down)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_stored_codings(window)) == 2, timeout=5000)
    select_in_reader(window, "Murat Abenov, a deputy of the Majilis")
    window.coding.code_selection()
    qtbot.keyClicks(picker.filter, "Sovereignty")
    assert picker.list.item(picker.list.count() - 1).text() == "＋ New code “Sovereignty”"
    qtbot.keyClick(picker.filter, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: len(_stored_codings(window)) == 3, timeout=5000)
    qtbot.waitUntil(lambda: "Sovereignty" in [n.code.name for n in window.coding.panel.nodes()], timeout=5000)
    window.session.actions.action("edit.undo").trigger()
    qtbot.waitUntil(lambda: "Sovereignty" not in [n.code.name for n in window.coding.panel.nodes()], timeout=5000)
    assert len(_stored_codings(window)) == 2


def test_the_coder_is_asked_once_and_kept(window, qtbot, monkeypatch):
    asked = []

    def answer(dialog) -> int:
        asked.append(dialog.labelText())
        dialog.setTextValue("  Daniyar  K. ")
        return 1

    monkeypatch.setattr(QInputDialog, "exec", answer)
    ids = _codebook(window.db_path, "Actors")
    open_murat(window)
    window.coding.apply_to_articles([window.reader.article.id], [ids["Actors"]])
    window.coding.apply_to_articles([window.reader.article.id], [ids["Actors"]])
    qtbot.waitUntil(lambda: len(_stored_codings(window)) == 1, timeout=5000)
    assert len(asked) == 1 and _stored_codings(window)[0].coder == "Daniyar K."
    assert window.session.settings.get("coding/coder") == "Daniyar K."
    assert "Daniyar K." in window.coding.panel.coder_button.text()


def test_show_only_my_codings_hides_the_other_coders_passages(coder, qtbot):
    window = coder
    ids = _codebook(window.db_path, "Conflict")
    window.coding.reload_codebook()
    db = open_library(window.db_path)
    murat = db.execute("SELECT id FROM articles WHERE title = ?", [MURAT]).fetchone()[0]
    version, text = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [murat]).fetchone()
    start = text.index(PASSAGE)
    codings.code_passage(db, murat, version, start, start + len(PASSAGE), [ids["Conflict"]], "Daniyar")
    db.close()
    open_murat(window)
    qtbot.waitUntil(lambda: len(window.coding.marks.placed()) == 1, timeout=5000)
    assert len(window.annotations.panel.annotations()) == 1
    window.session.actions.action("coding.only_mine").trigger()
    assert window.coding.panel.only_mine.isChecked()
    qtbot.waitUntil(lambda: window.coding.marks.placed() == [], timeout=5000)
    assert window.annotations.panel.annotations() == []
    qtbot.waitUntil(
        lambda: bool(window.coding.panel.nodes()) and window.coding.panel.nodes()[0].count.passages == 0, timeout=5000
    )
    window.coding.panel.only_mine.setChecked(False)
    qtbot.waitUntil(lambda: len(window.coding.marks.placed()) == 1, timeout=5000)


def test_overlapping_codes_get_their_own_lanes_and_colours(coder, qtbot):
    window = coder
    ids = _codebook(window.db_path, "Conflict", "Consensus")
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.coding.apply_to_selection([ids["Conflict"]])
    select_in_reader(window, "together with our colleagues, have carefully studied")
    window.coding.apply_to_selection([ids["Consensus"]])
    qtbot.waitUntil(lambda: len(window.coding.marks.placed()) == 2, timeout=5000)
    placed = window.coding.marks.placed()
    assert {lane for _, _, lane, _ in placed} == {0, 1}
    assert len({color for _, _, _, color in placed}) == 2
    image = window.reader.browser.viewport().grab().toImage()
    start, _end, _lane, color = placed[0]
    painted = {image.pixelColor(x, y).name() for x in range(0, 40) for y in range(image.height())}
    assert color in painted  # the margin stripe is drawn in the code's colour


def test_a_selection_dropped_on_a_code_is_coded_and_the_reader_menu_removes_it(coder, qtbot):
    window = coder
    ids = _codebook(window.db_path, "Conflict")
    window.coding.reload_codebook()  # made by another connection: the window was not told
    window.coding.dock.show()
    qtbot.waitUntil(lambda: window.coding.panel.tree.topLevelItemCount() == 1, timeout=5000)
    open_murat(window)
    select_in_reader(window, PASSAGE)
    tree = window.coding.panel.tree
    item = tree.topLevelItem(0)
    assert item.data(0, CODE_ROLE) == ids["Conflict"]
    mime = QMimeData()
    mime.setText(PASSAGE)
    center = tree.visualItemRect(item).center()
    buttons, keys = Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    QApplication.sendEvent(tree.viewport(), QDragEnterEvent(center, Qt.DropAction.CopyAction, mime, buttons, keys))
    QApplication.sendEvent(tree.viewport(), QDragMoveEvent(center, Qt.DropAction.CopyAction, mime, buttons, keys))
    QApplication.sendEvent(tree.viewport(), QDropEvent(QPointF(center), Qt.DropAction.CopyAction, mime, buttons, keys))
    qtbot.waitUntil(lambda: len(_stored_codings(window)) == 1, timeout=5000)
    qtbot.waitUntil(lambda: tree.topLevelItem(0) is not None and tree.topLevelItem(0).text(1) == "1", timeout=5000)
    [coding] = _stored_codings(window)
    menu = QMenu()
    window.reader.highlights.contextMenuShowing.emit(menu, coding.annotation_id)
    remove = next(a for a in menu.findChildren(type(menu.actions()[0])) if a.objectName() == f"uncode.{coding.id}")
    remove.trigger()
    qtbot.waitUntil(lambda: _stored_codings(window) == [], timeout=5000)


def test_codebook_edits_are_undoable(coder, qtbot, monkeypatch):
    window = coder
    ids = _codebook(window.db_path, "Frames", "Conflict")
    panel = window.coding.panel
    window.coding.reload_codebook()
    window.coding.dock.show()
    qtbot.waitUntil(lambda: len(panel.nodes()) == 2, timeout=5000)
    panel.tree.moveRequested.emit(ids["Conflict"], ids["Frames"], 0)
    qtbot.waitUntil(lambda: [n.path for n in panel.nodes()] == ["Frames", "Frames/Conflict"], timeout=5000)
    panel.renameRequested.emit(ids["Conflict"], "Confrontation")
    qtbot.waitUntil(lambda: [n.path for n in panel.nodes()] == ["Frames", "Frames/Confrontation"], timeout=5000)
    monkeypatch.setattr("desktop.ui.coding.controller.confirm", lambda *args: True)
    window.coding.delete(ids["Frames"])
    qtbot.waitUntil(lambda: panel.nodes() == [], timeout=5000)
    assert panel.stack.currentWidget() is panel.empty  # the empty codebook says how to start
    for expected in (["Frames", "Frames/Confrontation"], ["Frames", "Frames/Conflict"], ["Conflict", "Frames"]):
        window.session.actions.action("edit.undo").trigger()
        qtbot.waitUntil(lambda e=expected: sorted(n.path for n in panel.nodes()) == sorted(e), timeout=5000)
    panel.tree.setCurrentItem(panel.tree.topLevelItem(0))
    panel.description.setPlainText("Definition: the article frames …")
    panel.save_details()
    qtbot.waitUntil(lambda: any(n.code.description.startswith("Definition") for n in panel.nodes()), timeout=5000)


def _code_two_coders(path: Path) -> dict[str, int]:
    db = open_library(path)
    ids = {name: int(codebook.create_code(db, name).code) for name in ("Conflict", "Actors")}
    murat = db.execute("SELECT id FROM articles WHERE title = ?", [MURAT]).fetchone()[0]
    version, text = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [murat]).fetchone()
    start = text.index(PASSAGE)
    codings.code_passage(db, murat, version, start, start + len(PASSAGE), [ids["Conflict"], ids["Actors"]], "Aigerim")
    codings.code_passage(db, murat, version, start + 5, start + len(PASSAGE) + 30, [ids["Conflict"]], "Daniyar")
    db.close()
    return ids


def test_the_cooccurrence_heat_map_lists_a_cells_passages_and_opens_one(open_window, sample_db: Path, qtbot):
    ids = _code_two_coders(sample_db)
    window = open_window(sample_db)
    window.article_list.select_row(0)
    window.coding.show_analysis("cooccurrence")
    tab = window.coding.analysis.cooccurrence
    qtbot.waitUntil(lambda: tab.matrix is not None and tab.matrix_view.rowCount() == 2, timeout=5000)
    codes = list(tab.matrix.codes)
    row, column = codes.index(ids["Conflict"]), codes.index(ids["Actors"])
    assert tab.matrix_view.item(row, column).text() == "2"  # the same passage, and an overlapping one
    rect = tab.matrix_view.visualItemRect(tab.matrix_view.item(row, column))
    qtbot.mouseClick(tab.matrix_view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: tab.passages.table.rowCount() == 2, timeout=5000)
    assert "2 passages" in tab.cell_title.text()
    tab.passages.table.cellDoubleClicked.emit(0, 0)
    qtbot.waitUntil(lambda: window.reader.article is not None and window.reader.article.title == MURAT, timeout=5000)


def test_segments_frequencies_and_agreement_panes(open_window, sample_db: Path, qtbot, tmp_path: Path):
    ids = _code_two_coders(sample_db)
    window = open_window(sample_db)
    analysis = window.coding.analysis
    window.coding.show_analysis("segments")
    # The codebook arrives by a read op: a user picks codes once they are listed, and so does the test.
    qtbot.waitUntil(lambda: analysis.segments.codes.count() > 0, timeout=5000)
    analysis.show_segments_of([ids["Conflict"]])
    qtbot.waitUntil(lambda: analysis.segments.results.table.rowCount() == 2, timeout=5000)
    assert "2 passages" in analysis.segments.count.text()
    target = tmp_path / "segments.csv"
    analysis.segments.export("csv", target)
    rows = list(csv.DictReader(target.open(encoding="utf-8")))
    assert {r["coders"] for r in rows} == {"Aigerim", "Daniyar"}
    # The search narrows the segments when they follow the list.
    window.search_box.setText("no-such-word-anywhere")
    window.search_box.apply_now()
    qtbot.waitUntil(lambda: analysis.segments.results.table.rowCount() == 0, timeout=5000)
    window.coding.show_analysis("frequencies")
    qtbot.waitUntil(lambda: analysis.frequencies.result is not None, timeout=5000)
    assert analysis.frequencies.table.item(0, 0).text() in ("Conflict", "Actors")
    window.coding.show_analysis("agreement")
    qtbot.waitUntil(lambda: analysis.agreement.report is not None, timeout=5000)
    assert "1 article coded by all of Aigerim, Daniyar" in analysis.agreement.summary.text()
    assert analysis.agreement.disagreements.rowCount() == 1  # Actors: Aigerim coded it, Daniyar did not
    assert analysis.agreement.disagreements.item(0, 4).text() == "— not coded"
    analysis.agreement.level.setCurrentIndex(1)
    qtbot.waitUntil(lambda: analysis.agreement.report.level.value == "passage", timeout=5000)
    assert analysis.agreement.per_code.item(0, 4).text().endswith("characters")


def test_the_agreement_pane_counts_again_when_a_coder_codes_more(open_window, sample_db: Path, qtbot):
    ids = _code_two_coders(sample_db)
    window = open_window(sample_db)
    agreement = window.coding.analysis.agreement
    window.coding.show_analysis("agreement")
    qtbot.waitUntil(lambda: agreement.report is not None and agreement.disagreements.rowCount() == 1, timeout=5000)
    murat = next(r for r in range(window.model.rowCount()) if window.model.index(r, 0).data() == MURAT)
    article = window.model.article_at(murat)

    def daniyar_codes_actors_too(db):
        version, text = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [article]).fetchone()
        start = text.index(PASSAGE) + 5
        return codings.code_passage(db, article, version, start, start + len(PASSAGE) + 25, [ids["Actors"]], "Daniyar")

    window.session.write(daniyar_codes_actors_too)
    # Both coders now coded Actors in that article: nothing is left to disagree on at the article level.
    qtbot.waitUntil(lambda: agreement.disagreements.rowCount() == 0, timeout=5000)


def test_empty_states_say_how_to_start(window, qtbot):
    window.coding.show_analysis("cooccurrence")
    tab = window.coding.analysis.cooccurrence
    qtbot.waitUntil(lambda: "Nothing is coded yet" in tab.message.text(), timeout=5000)
    window.coding.show_analysis("agreement")
    assert "two or more coders" in window.coding.analysis.agreement.message.text()
    window.coding.dock.show()
    assert window.coding.panel.stack.currentWidget() is window.coding.panel.empty
    window.article_list.select_row(0)
    window.reader.clear_selection()
    window.coding.code_selection()
    assert "Select text in the reader" in window.statusBar().currentMessage()
