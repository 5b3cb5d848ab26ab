"""Comparing versions and reading translations in parallel, as a translator does it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QCheckBox, QTextBrowser, QToolButton, QWidget

from desktop.core.article_query import LibraryView
from desktop.core.importer import import_paths
from desktop.core.store import open_library
from desktop.ui.article_list.model import COL_TITLE, COL_VERSIONS
from desktop.ui.compare.link_dialog import LinkTranslationDialog
from desktop.ui.compare.view import CompareView
from desktop.ui.sidebar.sidebar import EntryKind

MURAT = "MURAT ABENOV ON THE NEW CONSTITUTION"

EDITIONS = """Enbekshi QazaQ
News More
Конституция жобасындағы халықаралық құқық 22.02.2026
Әділет министрі жаңа Конституция жобасындағы ұлттық және халықаралық құқықтың арақатынасы туралы сұрақтарға жауап берді.
Министрдің айтуынша, 1-бапта Қазақстан Республикасының құқықтық мемлекет екені анық көрсетілген. Конституция ең жоғары заңдық күшке ие және республиканың бүкіл аумағында тікелей қолданылады.
Министр сондай-ақ 10-бапқа тоқталып, Қазақстан халықаралық құқықтың қағидаттары мен нормаларын құрметтейтінін атап өтті.
Бұл құқық үстемдігі қағидаттарын нығайтатын маңызды қадам.Source : https://www.gov.kz/memleket/entities/adilet/press/news/details/1160001?lang=kk
Международное право в проекте Конституции 22.02.2026
Министр юстиции ответил на вопросы о соотношении национального и международного права в проекте новой Конституции.
По словам министра, статья 1 ясно закрепляет, что Республика Казахстан является правовым государством.
Конституция обладает высшей юридической силой и имеет прямое действие на всей территории республики.
Министр также остановился на статье 10, отметив, что Казахстан уважает принципы и нормы международного права.
Это важный шаг, который укрепит принципы верховенства закона.Source : https://www.gov.kz/memleket/entities/adilet/press/news/details/1160001?lang=ru
International law in the draft Constitution 22.02.2026
The Minister of Justice answered questions about the relationship between national and international law in the draft of the new Constitution.
According to the minister, Article 1 clearly states that the Republic of Kazakhstan is a state governed by the rule of law. The Constitution has the highest legal force and is directly applicable throughout the territory of the republic.
The Minister also focused on Article 10, stating that Kazakhstan respects the principles and norms of international law.
This is an important step that will strengthen the principles of the rule of law.Source : https://www.gov.kz/memleket/entities/adilet/press/news/details/1160001?lang=en
A report on the spring sowing 22.02.2026
Farmers in the region have started the spring sowing campaign.
"""

EDITED_MURAT = """Enbekshi QazaQ
News More
MURAT ABENOV ON THE NEW CONSTITUTION: THE BALANCE OF SOVEREIGNTY AND INTERNATIONAL LAW HAS BEEN PRESERVED 04.02.2026
{body}
"""


def select(window, prefix: str) -> None:
    model = window.model
    for row in range(model.rowCount()):
        if model.index(row, COL_TITLE).data().startswith(prefix):
            window.article_list.select_row(row)
            return
    raise AssertionError(f"no article titled {prefix}…")


def open_compare(window, qtbot, prefix: str = MURAT) -> CompareView:
    select(window, prefix)
    qtbot.keyClick(window.article_list, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    view = window.findChild(QWidget, "compareView")
    assert isinstance(view, CompareView)
    qtbot.waitUntil(lambda: view.isVisible() and not view.busy, timeout=10_000)
    # The view is a window of its own, and comes up active: its keys (F7, Alt+Down…) work at once.
    qtbot.waitUntil(lambda: QApplication.activeWindow() is view, timeout=3000)
    return view


def pane_text(view: CompareView, name: str) -> str:
    return view.findChild(QTextBrowser, name).toPlainText()


def test_ctrl_d_shows_every_removed_quotation_mark_and_apostrophe_as_a_change(window, qtbot):
    view = open_compare(window, qtbot)
    assert view.windowTitle().startswith("Compare versions — MURAT ABENOV")
    assert view.counter.text() == "14 changes"
    assert '"We, together with our colleagues' in pane_text(view, "compareLeft")
    assert "‸We, together with our colleagues" in pane_text(view, "compareRight")
    seen = []
    for _ in range(14):
        qtbot.keyClick(view, Qt.Key.Key_F7)
        seen.append(view.current_change_text())
    # Each change is one removed mark: on the left the mark, on the right the caret where it was.
    assert sorted(left for left, _ in seen) == ['"'] * 13 + ["'"]
    assert {right for _, right in seen} == {"‸"}
    assert view.counter.text() == "change 14 of 14"
    assert view.summary.text() == "Version 2 against version 1: punctuation/quotes only"


def test_with_ignore_punctuation_on_there_is_no_change_at_all(window, qtbot):
    view = open_compare(window, qtbot)
    box = view.findChild(QCheckBox, "ignorePunctuation")
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(8, box.height() // 2))
    assert box.isChecked()
    assert view.change_count == 0
    assert view.counter.text() == "No differences (ignoring punctuation)"
    assert "‸" not in pane_text(view, "compareRight")
    assert not view.next_button.isEnabled() and not view.prev_button.isEnabled()
    box.setChecked(False)
    assert view.counter.text() == "14 changes"


def test_next_and_previous_move_between_changes_and_the_counter_follows(window, qtbot):
    view = open_compare(window, qtbot)
    right = view.findChild(QTextBrowser, "compareRight")
    qtbot.keyClick(view, Qt.Key.Key_F7)
    assert view.counter.text() == "change 1 of 14"
    assert not view.prev_button.isEnabled()
    view.findChild(QToolButton, "nextChange").click()
    assert view.counter.text() == "change 2 of 14"
    qtbot.keyClick(view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert view.counter.text() == "change 3 of 14"
    qtbot.keyClick(view, Qt.Key.Key_F7, Qt.KeyboardModifier.ShiftModifier)
    assert view.counter.text() == "change 2 of 14"
    view.findChild(QToolButton, "previousChange").click()
    assert view.counter.text() == "change 1 of 14"
    # The current change is marked in both panes and scrolled into view.
    for _ in range(12):
        view.next_change()
    assert view.counter.text() == "change 13 of 14"
    selection = right.extraSelections()
    assert len(selection) == 1 and selection[0].cursor.selectedText() == "‸"
    rect = right.cursorRect(selection[0].cursor)
    assert 0 <= rect.top() < right.viewport().height()


def test_the_two_panes_scroll_together(window, qtbot):
    view = open_compare(window, qtbot)
    view.resize(900, 420)
    qtbot.waitUntil(lambda: view.left.verticalScrollBar().maximum() > 0, timeout=3000)
    left, right = view.left, view.right

    def top_line(browser: QTextBrowser) -> list[str]:
        """The words of the line at the top of a pane."""
        cursor = browser.cursorForPosition(QPoint(30, 4))
        cursor.movePosition(cursor.MoveOperation.StartOfLine)
        cursor.movePosition(cursor.MoveOperation.EndOfLine, cursor.MoveMode.KeepAnchor)
        return re.findall(r"\w+", cursor.selectedText())

    for fraction in (0.3, 0.5, 0.8):
        left.verticalScrollBar().setValue(int(left.verticalScrollBar().maximum() * fraction))
        assert right.verticalScrollBar().value() > 0
        # The lines wrap differently on the two sides, but the word at the top of the left pane
        # is in the top line on the right.
        assert top_line(left) and top_line(left)[0] in top_line(right), (top_line(left), top_line(right))
    right.verticalScrollBar().setValue(right.verticalScrollBar().maximum())
    assert left.verticalScrollBar().value() == left.verticalScrollBar().maximum()


def click_row(table, row: int) -> None:
    rect = table.visualItemRect(table.topLevelItem(row))
    QTest.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def edited_db(sample_db: Path, tmp_path: Path) -> Path:
    """The sample library plus a later dump in which the MURAT ABENOV article was really edited."""
    db = open_library(sample_db)
    try:
        base = db.execute("SELECT text FROM versions WHERE title LIKE 'MURAT ABENOV%' ORDER BY id LIMIT 1").fetchone()[0]
        body = base.replace("carefully studied", "studied").replace("for many years", "for decades now")
        later = tmp_path / "later.txt"
        later.write_text(EDITED_MURAT.format(body=body), encoding="utf-8")
        import_paths(db, [later])
    finally:
        db.close()
    return sample_db


def test_an_edited_article_is_marked_in_the_list_and_found_under_edited(open_window, edited_db: Path, qtbot):
    window = open_window(edited_db)
    select(window, MURAT)
    row = window.article_list.currentIndex().row()
    versions = window.model.index(row, COL_VERSIONS)
    assert versions.data() == "3 ✎"
    assert "edited, up to 3 words changed" in versions.data(Qt.ItemDataRole.ToolTipRole)
    others = [window.model.index(r, COL_VERSIONS).data() for r in range(window.model.rowCount()) if r != row]
    assert "2" in others and not any("✎" in v for v in others)  # quote-stripped copies carry no pencil
    assert window.sidebar.entry_count(EntryKind.LIBRARY, LibraryView.EDITED.value) == 1
    window.sidebar.activate(EntryKind.LIBRARY, LibraryView.EDITED.value)
    assert window.model.rowCount() == 1 and window.model.index(0, COL_TITLE).data().startswith(MURAT)


def test_the_versions_panel_lists_versions_with_their_class_and_compares_them(open_window, edited_db: Path, qtbot):
    window = open_window(edited_db)
    select(window, MURAT)
    window.session.actions.action("compare.panel").trigger()
    panel = window.compare.panel
    qtbot.waitUntil(panel.isVisible, timeout=3000)
    table = panel.table
    assert table.topLevelItemCount() == 3
    rows = [[table.topLevelItem(r).text(c) for c in (0, 3, 4, 5)] for r in range(3)]
    assert rows[0] == ["1  (reading)", "1", "3,528", "base"]
    assert rows[1][1:] == ["1", "3,514", "punctuation/quotes only"]
    assert rows[2][3] == "edited, 3 words changed"
    assert "000_66d76ea5e4359d44.txt" in table.topLevelItem(0).text(1) and "News" in table.topLevelItem(0).text(1)
    # Another base: the quote-stripped copy. The first version is then "punctuation/quotes only" against it.
    click_row(table, 1)
    panel.base_button.click()
    assert [table.topLevelItem(r).text(5) for r in range(3)] == ["punctuation/quotes only", "base", "edited, 3 words changed"]
    click_row(table, 2)
    panel.compare_base_button.click()
    view = window.findChild(QWidget, "compareView")
    qtbot.waitUntil(lambda: view.isVisible() and not view.busy, timeout=5000)
    assert view.left_choice.currentText().startswith("Version 2 of 3")
    assert view.right_choice.currentText().startswith("Version 3 of 3")
    changes = []
    for _ in range(view.change_count):
        view.next_change()
        changes.append(view.current_change_text())
    # Against the quote-stripped copy: the two edits, and the quotation marks that came back.
    assert ("carefully", "‸") in changes and ("many years", "decades now") in changes
    assert changes.count(("‸", '"')) == 13


@pytest.fixture
def editions_db(tmp_path: Path) -> Path:
    path = tmp_path / "editions.sqlite"
    dump = tmp_path / "editions.txt"
    dump.write_text(EDITIONS, encoding="utf-8")
    db = open_library(path)
    try:
        import_paths(db, [dump])
    finally:
        db.close()
    return path


def test_the_reader_lists_translations_and_one_click_opens_them_in_parallel(open_window, editions_db: Path, qtbot):
    window = open_window(editions_db)
    select(window, "International law in the draft")
    strip = window.reader.translations
    assert strip.isVisible()
    assert [b.text() for b in strip.buttons] == ["KK", "RU"]
    assert "Международное право в проекте Конституции" in strip.buttons[1].toolTip()
    qtbot.mouseClick(strip.buttons[1], Qt.MouseButton.LeftButton)
    view = window.findChild(QWidget, "compareView")
    qtbot.waitUntil(lambda: view.isVisible() and not view.busy, timeout=5000)
    assert view.windowTitle() == "Parallel reading — International law in the draft Constitution"
    assert not view.next_button.isVisible() and not view.ignore_punctuation.isVisible()
    # Four English paragraphs against five Russian ones: the second English paragraph is cut where
    # the Russian edition starts a new paragraph, so each of its halves faces its own paragraph.
    assert view.summary.text().startswith("5 aligned rows · ")
    left, right = view.left.document(), view.right.document()
    assert (left.blockCount(), right.blockCount()) == (5, 5)
    assert left.findBlockByNumber(1).text().endswith("is a state governed by the rule of law.")
    assert left.findBlockByNumber(2).text().startswith("The Constitution has the highest legal force")
    assert right.findBlockByNumber(2).text().startswith("Конституция обладает высшей юридической силой")
    assert left.findBlockByNumber(4).text().startswith("This is an important step")
    assert right.findBlockByNumber(4).text().startswith("Это важный шаг")
    view.resize(640, 260)
    qtbot.waitUntil(lambda: view.left.verticalScrollBar().maximum() > 0, timeout=3000)
    # The rows stay level: scrolled to the fourth English block, the right pane shows the fourth row too.
    top = lambda doc, n: doc.documentLayout().blockBoundingRect(doc.findBlockByNumber(n)).top()  # noqa: E731
    view.left.verticalScrollBar().setValue(int(top(left, 3)))
    right_bar = view.right.verticalScrollBar()
    assert abs(right_bar.value() - min(top(right, 3), right_bar.maximum())) <= 2 and right_bar.value() > 0


def test_linking_by_hand_adds_the_translation_to_the_reader(open_window, editions_db: Path, qtbot):
    window = open_window(editions_db)
    select(window, "A report on the spring sowing")
    assert not window.reader.translations.isVisible()
    first = window.article_list.currentIndex().row()
    select(window, "International law in the draft")
    flags = window.article_list.selectionModel().SelectionFlag
    window.article_list.selectionModel().select(window.model.index(first, COL_TITLE), flags.Select | flags.Rows)
    assert len(window.article_list.selected_articles()) == 2
    window.session.actions.action("compare.link").trigger()
    qtbot.waitUntil(lambda: len(window.reader.translations.buttons) == 3, timeout=5000)
    assert "A report on the spring sowing" in window.reader.translations.buttons[-1].toolTip()
    window.article_list.select_row(first)
    qtbot.waitUntil(lambda: window.reader.translations.isVisible(), timeout=3000)
    assert [QTextDocumentFragment.fromHtml(b.toolTip()).toPlainText() for b in window.reader.translations.buttons] == [
        "Read in parallel with “International law in the draft Constitution” (linked by hand)"
    ]


def test_a_long_version_is_compared_off_the_gui_thread(open_window, tmp_path: Path, qtbot):
    sentence = 'The deputy said: "We, together with our colleagues, studied the citizens\' rights." '
    body = sentence * 3_000  # about 250 kB: well past what is compared on the GUI thread
    dumps = []
    for section, text in (("News", body), ("Society", body.replace('"', ""))):
        path = tmp_path / f"{section}.txt"
        path.write_text(f"Enbekshi QazaQ\n{section} More\nA very long article 01.03.2026\n{text}\n", encoding="utf-8")
        dumps.append(path)
    db_path = tmp_path / "long.sqlite"
    db = open_library(db_path)
    try:
        import_paths(db, dumps)
    finally:
        db.close()
    window = open_window(db_path)
    select(window, "A very long article")
    ticks = []
    timer = QTimer(window, interval=20)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    window.compare.compare_current()
    view = window.findChild(QWidget, "compareView")
    assert view.busy and view.counter.text() == "Comparing…"
    qtbot.waitUntil(lambda: not view.busy, timeout=60_000)
    timer.stop()
    assert view.counter.text() == "6,000 changes"  # counts follow the locale (English: a comma every three digits)
    assert ticks  # the window kept handling events while the diff ran (compare_current returned at once, busy)


def test_link_as_translation_of_offers_same_day_articles_and_searches(open_window, editions_db: Path, qtbot):
    window = open_window(editions_db)
    select(window, "A report on the spring sowing")
    seen: dict[str, list[str]] = {}

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LinkTranslationDialog)
        listed = lambda: [dialog.results.item(i).text().split("\n")[0] for i in range(dialog.results.count())]  # noqa: E731
        seen["same day"] = listed()
        dialog.search.setText("юстиции")  # QTest cannot type Cyrillic
        dialog.refresh()
        seen["searched"] = listed()
        dialog.accept()

    QTimer.singleShot(0, pick)
    window.session.actions.action("compare.link").trigger()
    assert "International law in the draft Constitution" in seen["same day"]
    assert "A report on the spring sowing" not in seen["same day"]  # not itself
    assert seen["searched"] == ["Международное право в проекте Конституции"]
    qtbot.waitUntil(lambda: window.reader.translations.isVisible(), timeout=5000)
    assert [b.text() for b in window.reader.translations.buttons] == ["RU"]
