"""The layout holds in Kazakh and Russian too, whose words run some 30% longer than English."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDockWidget

from desktop.core.store import open_library
from desktop.core.tags import add_tag
from desktop.ui.settings import Settings
from tests.ui.test_layout import LONG_TAG


@pytest.mark.parametrize("language", ["ru", "kk"])
def test_the_window_still_shrinks_to_1000_px_with_every_panel_open(open_window, sample_db: Path, qtbot, language: str):
    db = open_library(sample_db)
    add_tag(db, [1], LONG_TAG)
    add_tag(db, [1], "people/murat abenov")
    db.close()
    Settings().language = language
    window = open_window(sample_db)
    window.resize(1280, 720)
    window.article_list.select_article(1)
    for dock in window.findChildren(QDockWidget):  # every panel: annotations, versions, codebook, coding analysis, corpus
        dock.show()
    qtbot.wait(100)
    assert window.menus["file"].title() != "&File"  # the window is in the language under test
    assert window.minimumSizeHint().width() <= 1000
