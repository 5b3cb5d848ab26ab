"""Suggested translations in the reader's strip: a candidate with its score, confirmed into a link or dismissed, with undo."""

from __future__ import annotations

from PySide6.QtCore import Qt

from desktop.core.store import open_library
from tests.ui.compare.test_compare import select
from tests.ui.compare.test_parallel import forum_db  # noqa: F401 (a fixture)

SOWING_EN = "Prime Minister Olzhas Bektenov chaired a government meeting"


def menu_action(button, name: str):
    [action] = [a for a in button.menu().actions() if a.objectName() == name]
    return action


def suggested(strip) -> list[str]:
    return [b.text().split("?")[0] for b in strip.suggestion_buttons]


def test_a_suggestion_confirmed_links_the_articles_and_one_dismissed_is_not_suggested_again(open_window, forum_db, qtbot):  # noqa: F811
    window = open_window(forum_db)
    select(window, SOWING_EN)
    strip = window.reader.translations
    qtbot.waitUntil(lambda: sorted(suggested(strip)) == ["KK", "RU"], timeout=10_000)
    assert strip.isVisible() and strip.buttons == []
    [russian] = [b for b in strip.suggestion_buttons if b.text().startswith("RU?")]
    score = int(russian.text().split()[-1].rstrip("%"))
    assert 50 <= score <= 100
    assert "Премьер-министр Олжас Бектенов" in russian.toolTip() and "scored" in russian.toolTip()
    menu_action(russian, "linkSuggestion").trigger()
    qtbot.waitUntil(lambda: len(strip.buttons) == 1 and suggested(strip) == ["KK"], timeout=10_000)
    assert "Премьер-министр Олжас Бектенов" in strip.buttons[0].toolTip()
    [kazakh] = strip.suggestion_buttons
    menu_action(kazakh, "dismissSuggestion").trigger()
    qtbot.waitUntil(lambda: suggested(strip) == [], timeout=10_000)
    db = open_library(forum_db)
    try:
        assert db.execute("SELECT count(*) FROM translation_dismissals WHERE deleted_at IS NULL").fetchone()[0] == 1
        assert db.execute("SELECT count(*) FROM translation_links WHERE linked = 1 AND deleted_at IS NULL").fetchone()[0] == 3
    finally:
        db.close()
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the dismissal
    qtbot.waitUntil(lambda: suggested(strip) == ["KK"], timeout=10_000)
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # the link
    qtbot.waitUntil(lambda: strip.buttons == [] and sorted(suggested(strip)) == ["KK", "RU"], timeout=10_000)
