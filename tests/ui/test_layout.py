"""The window's layout holds in every state: it fits a small screen, titles stay readable, and a
remembered layout from another screen is brought back onto this one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDockWidget, QToolButton

from desktop.core.store import open_library
from desktop.core.tags import add_tag
from desktop.ui.article_list.model import COL_TITLE, MIN_TITLE_WIDTH

LONG_TAG = "law/courts/constitutional review of international treaties and the very long names people give tags"


def test_the_window_can_shrink_to_1000_px_with_every_panel_open_and_long_tags(open_window, sample_db: Path, qtbot):
    db = open_library(sample_db)
    add_tag(db, [1], LONG_TAG)
    add_tag(db, [1], "people/murat abenov")
    add_tag(db, [1], "another rather long tag that goes on")
    db.close()
    window = open_window(sample_db)
    window.resize(1280, 720)
    window.article_list.select_article(1)
    for dock in window.findChildren(QDockWidget):  # every panel: annotations, versions, codebook, coding analysis, corpus
        dock.show()
    qtbot.wait(100)
    assert window.minimumSizeHint().width() <= 1000
    chips = window.reader.findChildren(QToolButton, "tagChip")
    assert len(chips) == 3 and all(c.width() <= 260 for c in chips)  # elided, and wrapped rather than in one row
    assert len({c.y() for c in chips}) > 1 or window.reader.width() > sum(c.width() for c in chips)


def test_opening_a_panel_keeps_the_titles_readable(window, qtbot):
    window.resize(1280, 720)
    window.annotations.dock.show()
    qtbot.wait(100)
    header = window.article_list.horizontalHeader()
    assert header.sectionSize(COL_TITLE) >= MIN_TITLE_WIDTH
    window.annotations.dock.hide()
    window.resize(1600, 900)
    qtbot.wait(100)
    assert window.article_list.columns_set_aside() == set()  # with room again, every column is back


def test_a_layout_remembered_on_a_bigger_screen_fits_this_one(open_window, sample_db: Path, qtbot):
    window = open_window(sample_db)
    window.resize(5000, 3000)
    window.move(4000, 2500)
    window.close()
    again = open_window(sample_db)
    screen = again.screen().availableGeometry()
    assert again.width() <= screen.width() and again.height() <= screen.height()
    assert screen.contains(again.frameGeometry().topLeft())


def test_reset_layout_puts_back_the_columns_and_closes_the_panels(window, qtbot):
    header = window.article_list.horizontalHeader()
    header.resizeSection(1, 300)
    window.annotations.dock.show()
    window.session.actions.action("view.reset_layout").trigger()
    assert not window.annotations.dock.isVisible() and header.sectionSize(1) == 92
