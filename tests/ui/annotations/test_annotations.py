"""Highlighting in the reader: make one from a selection, see it after a restart, undo a delete."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLabel, QToolButton

from desktop.core.anchoring import AnchorStatus
from desktop.core.annotations import article_annotations
from desktop.core.exports.registry import find_format
from desktop.core.store import open_library

MURAT = "MURAT ABENOV ON THE NEW CONSTITUTION: THE BALANCE OF SOVEREIGNTY AND INTERNATIONAL LAW HAS BEEN PRESERVED"
PASSAGE = '"We, together with our colleagues, have carefully studied the draft norms.'


def open_murat(window) -> None:
    model = window.model
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == MURAT)
    window.article_list.select_row(row)


def select_in_reader(window, passage: str) -> None:
    browser = window.reader.browser
    cursor = browser.document().find(passage)
    assert not cursor.isNull(), passage
    browser.setTextCursor(cursor)


def stored(window):
    db = open_library(window.db_path)
    try:
        return article_annotations(db, window.reader.article.id)
    finally:
        db.close()


def test_select_then_highlight_stores_it_and_anchors_it_on_the_other_version(window, qtbot):
    open_murat(window)
    select_in_reader(window, PASSAGE)
    assert window.reader.highlights.popup.isHidden()  # appears on mouse release; keys work as well
    qtbot.keyClick(window.article_list, Qt.Key.Key_2)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    [annotation] = stored(window)
    assert annotation.quote == PASSAGE and annotation.color_id == 2
    assert [a.status for a in annotation.anchors] == [AnchorStatus.EXACT, AnchorStatus.FUZZY]
    assert window.annotations.dock.isVisible()
    # The card quotes the passage once, though the passage opens with its own quotation mark.
    cards = [label.text() for label in window.annotations.panel.findChildren(QLabel) if label.text().startswith("“")]
    assert cards == ["“We, together with our colleagues, have carefully studied the draft norms.”"]
    painted = window.reader.highlights.painted()
    assert len(painted) == 1
    cursor = QTextCursor(window.reader.browser.document())
    cursor.setPosition(painted[0][0])
    cursor.setPosition(painted[0][1], QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == PASSAGE
    # The Society version has the quotes stripped: the highlight is painted there too.
    window.reader.show_version(1)
    [(start, end, _)] = window.reader.highlights.painted()
    cursor.setPosition(start)
    cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText().startswith("We, together with our colleagues")
    assert window.model.index(window.article_list.currentIndex().row(), 5).data() == "1"


def test_popup_at_the_selection_offers_the_colours(window, qtbot):
    open_murat(window)
    select_in_reader(window, "Murat Abenov, a deputy of the Majilis")
    viewport = window.reader.browser.viewport()
    rect = window.reader.browser.cursorRect()
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=rect.center())
    popup = window.reader.highlights.popup
    assert popup.isVisible()
    button = popup.findChild(QToolButton, "highlightColor4")
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    assert stored(window)[0].color_id == 4


def test_a_restart_shows_the_highlight_painted(open_window, sample_db: Path, qtbot):
    window = open_window(sample_db)
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.annotations.highlight_selection(1)
    qtbot.waitUntil(lambda: len(window.reader.highlights.painted()) == 1, timeout=5000)
    window.close()
    again = open_window(sample_db)
    open_murat(again)
    assert len(again.reader.highlights.painted()) == 1
    assert again.annotations.panel.annotations()[0].quote == PASSAGE


def test_delete_then_ctrl_z_restores_the_highlight(window, qtbot):
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.annotations.highlight_selection(3)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    original = window.annotations.panel.annotations()[0]
    window.annotations.delete(original.id)
    qtbot.waitUntil(lambda: window.annotations.panel.annotations() == [], timeout=5000)
    assert window.reader.highlights.painted() == []
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    restored = window.annotations.panel.annotations()[0]
    assert (restored.id, restored.quote, restored.color_id, restored.anchors) == (
        original.id, original.quote, original.color_id, original.anchors,
    )  # fmt: skip
    assert len(window.reader.highlights.painted()) == 1


def test_note_is_edited_in_place_and_saved(window, qtbot):
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.annotations.highlight_selection(2)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    card = window.annotations.panel.card(window.annotations.panel.annotations()[0].id)
    card.note.setFocus()
    qtbot.keyClicks(card.note, "Compare with the 1995 text")
    card.save_note()
    qtbot.waitUntil(lambda: stored(window)[0].note == "Compare with the 1995 text", timeout=5000)


def test_clicking_a_highlight_selects_it_in_the_panel(window, qtbot):
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.annotations.highlight_selection(2)
    qtbot.waitUntil(lambda: len(window.reader.highlights.painted()) == 1, timeout=5000)
    window.annotations.panel.select(None)
    browser = window.reader.browser
    cursor = browser.textCursor()
    cursor.clearSelection()
    browser.setTextCursor(cursor)
    start, _end, ident = window.reader.highlights.painted()[0]
    place = QTextCursor(browser.document())
    place.setPosition(start + 5)
    window.reader.highlights.scroll_to(ident)
    qtbot.mouseRelease(browser.viewport(), Qt.MouseButton.LeftButton, pos=browser.cursorRect(place).center())
    assert window.annotations.panel.selected() == ident


def test_annotation_browser_filters_and_opens_the_article(window, qtbot):
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.annotations.highlight_selection(2)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    window.article_list.select_row(0)
    window.annotations.open_browser()
    browser = window.annotations.browser
    qtbot.waitUntil(lambda: browser.list.count() == 1, timeout=3000)  # searched off the GUI thread
    browser.text.setText("nothing-like-this")
    qtbot.waitUntil(lambda: browser.list.count() == 0, timeout=3000)
    browser.text.setText("colleagues")
    qtbot.waitUntil(lambda: browser.list.count() == 1, timeout=3000)
    browser.findChild(object, "filterColor3").setChecked(True)
    qtbot.waitUntil(lambda: browser.list.count() == 0, timeout=3000)
    browser.findChild(object, "filterColor3").setChecked(False)
    qtbot.waitUntil(lambda: browser.list.count() == 1, timeout=3000)
    browser.list.itemDoubleClicked.emit(browser.list.item(0))
    assert window.reader.article.title == MURAT
    assert window.annotations.panel.selected() is not None


def test_search_finds_notes(window, qtbot):
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.annotations.highlight_selection(2)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    annotation = window.annotations.panel.annotations()[0]
    window.annotations.save_note(annotation.id, "zebrafish")
    qtbot.waitUntil(lambda: stored(window)[0].note == "zebrafish", timeout=5000)
    window.search_box.setText("zebrafish")
    window.search_box.apply_now()
    assert window.model.rowCount() == 1


def test_file_menu_exports_the_articles_annotations(window, qtbot, tmp_path: Path):
    import json

    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.annotations.highlight_selection(2)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    labels = [a.text() for m in window.exports.menu.actions() if m.menu() for a in m.menu().actions()]
    assert "Annotations as W3C Web Annotation JSON-LD…" in labels and "Markdown (with highlights and notes)…" in labels
    target = tmp_path / "article.jsonld"
    window.session.settings.set("exports/creator", "Aigerim")  # asked once (tests/ui/exports): here, already given
    window.exports.export(find_format("w3c"), "article", target=target)
    qtbot.waitUntil(target.exists, timeout=5000)
    exported = json.loads(target.read_text(encoding="utf-8"))
    assert exported["total"] == 1 and exported["first"]["items"][0]["creator"]["name"] == "Aigerim"
    markdown = tmp_path / "selection.md"
    window.exports.export(find_format("markdown"), "selection", target=markdown)
    qtbot.waitUntil(markdown.exists, timeout=5000)
    assert "> \"We, together with our colleagues" in markdown.read_text(encoding="utf-8")
