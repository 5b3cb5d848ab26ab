"""The main window as a user meets it: list, reader, search, sidebar filters, keys and tags."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QTableView, QTextBrowser, QToolButton

from desktop.core.article_query import LibraryView
from desktop.core.store import open_library
from desktop.ui.article_list.model import COL_TAGS, COL_TITLE
from desktop.ui.sidebar.sidebar import EntryKind
from desktop.ui.tags.dialogs import TagNameDialog


def titles(window) -> list[str]:
    model = window.model
    return [model.index(r, COL_TITLE).data() for r in range(model.rowCount())]


def test_window_lists_the_ten_sample_articles(window):
    table = window.findChild(QTableView, "articleList")
    assert table is not None and table.isVisible()
    assert table.model().rowCount() == 10
    assert "MURAT ABENOV ON THE NEW CONSTITUTION: THE BALANCE OF SOVEREIGNTY AND INTERNATIONAL LAW HAS BEEN PRESERVED" in titles(window)
    assert window.count_label.text() == "10 articles"
    assert window.findChild(object, "sidebar").isVisible()


def test_choosing_an_article_shows_its_text(window, qtbot):
    row = titles(window).index("A city activist held in Kostanay to discuss the draft of a new Constitution")
    window.article_list.select_row(row)
    reader = window.findChild(QTextBrowser, "readerView")
    text = reader.toPlainText()
    assert "A city activist held in Kostanay" in text
    assert "a city-wide meeting was held at the Akimat (city administration) of Kostanay" in text
    assert "Source :" not in text  # the source URL is shown as a link line, not in the body
    assert "https://www.gov.kz/memleket/entities/kostanai-kalasy-akimat/press/news/details/1154967?lang=kk" in text


def test_typing_a_search_narrows_the_list_and_highlights(window, qtbot):
    qtbot.keyClicks(window.search_box, "Shymkent")
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=3000)
    assert all("Shymkent" in t for t in titles(window))
    assert "Shymkent" in window.count_label.text()
    html = window.reader.browser.toHtml()
    assert "background-color" in html  # the matched word is highlighted
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: window.model.rowCount() == 10, timeout=3000)


def test_bad_search_syntax_never_raises_and_marks_the_box(window, qtbot):
    for text in ['"unclosed', "AND OR NEAR(", "tag:", "***", "a:b", "^near"]:
        window.search_box.setText(text)
        window.search_box.apply_now()
        assert window.model.rowCount() <= 10
    window.search_box.setText("date:2026-13")
    window.search_box.apply_now()
    assert "date:2026-13 is not a date" in window.search_box.toolTip()
    assert QApplication.activeModalWidget() is None


def test_field_filters_in_the_search_box(window, qtbot):
    window.search_box.setText("date:2026-02-21..2026-02-21")
    window.search_box.apply_now()
    assert window.model.rowCount() == 2
    window.search_box.setText("has:versions section:Society")
    window.search_box.apply_now()
    assert window.model.rowCount() == 8


def test_sidebar_click_filters_and_ctrl_click_combines(window, qtbot):
    sidebar = window.sidebar
    assert sidebar.entry_count(EntryKind.LIBRARY, LibraryView.MULTI_VERSION.value) == 8
    sidebar.activate(EntryKind.LIBRARY, LibraryView.MULTI_VERSION.value)
    assert window.model.rowCount() == 8
    dumps = next(sidebar.topLevelItem(i) for i in range(sidebar.topLevelItemCount()) if sidebar.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole + 2) == "dumps")
    dump_id = dumps.child(0).data(0, Qt.ItemDataRole.UserRole + 2)  # newest dump
    sidebar.activate(EntryKind.DUMP, dump_id, combine=True)
    assert window.model.rowCount() == 5  # several versions AND in the newest dump
    sidebar.activate(EntryKind.LIBRARY, LibraryView.ALL.value)
    assert window.model.rowCount() == 10


def test_a_real_click_on_a_sidebar_entry_filters(window, qtbot):
    item = window.sidebar.find_entry(EntryKind.LIBRARY, LibraryView.MULTI_VERSION.value)
    rect = window.sidebar.visualItemRect(item)
    qtbot.mouseClick(window.sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.model.rowCount() == 8


def test_tag_click_cycles_include_exclude_clear(window, qtbot):
    db = open_library(window.db_path)
    from desktop.core.tags import add_tag

    add_tag(db, [1, 2, 3], "constitution")
    db.close()
    window.sidebar.reload()
    tag_id = window.sidebar.find_entry(EntryKind.TAG, 1).data(0, Qt.ItemDataRole.UserRole + 2)
    window.sidebar.activate(EntryKind.TAG, tag_id)
    assert window.model.rowCount() == 3
    window.sidebar.activate(EntryKind.TAG, tag_id)
    assert window.model.rowCount() == 7
    window.sidebar.activate(EntryKind.TAG, tag_id)
    assert window.model.rowCount() == 10


def test_keys_move_star_and_toggle_read(window, qtbot):
    window.article_list.setFocus()
    window.article_list.select_row(0)
    first = window.reader.current_article_id()
    qtbot.keyClick(window.article_list, Qt.Key.Key_J)
    assert window.reader.current_article_id() != first
    qtbot.keyClick(window.article_list, Qt.Key.Key_K)
    assert window.reader.current_article_id() == first
    qtbot.keyClick(window.article_list, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: window.sidebar.entry_count(EntryKind.LIBRARY, LibraryView.STARRED.value) == 1, timeout=3000)
    assert window.model.row_data(first).is_starred
    assert window.model.row_data(first).is_read is False
    qtbot.keyClick(window.article_list, Qt.Key.Key_M)
    qtbot.waitUntil(lambda: window.model.row_data(first).is_read, timeout=3000)
    font = window.model.index(0, COL_TITLE).data(Qt.ItemDataRole.FontRole)
    assert font is None  # read articles are no longer bold
    qtbot.waitUntil(lambda: window.sidebar.entry_count(EntryKind.LIBRARY, LibraryView.UNREAD.value) == 9, timeout=3000)


def test_an_open_article_is_marked_read_after_a_moment(window, qtbot):
    window.article_list.select_row(3)
    article = window.reader.current_article_id()
    assert window.model.row_data(article).is_read is False
    qtbot.waitUntil(lambda: window.model.row_data(article).is_read, timeout=5000)


def test_slash_focuses_search_and_escape_clears_it(window, qtbot):
    window.article_list.setFocus()
    qtbot.keyClick(window.article_list, Qt.Key.Key_Slash)
    assert window.search_box.hasFocus()
    qtbot.keyClicks(window.search_box, "poets")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=3000)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    assert window.model.rowCount() == 10


def _answer_tag_dialog(name: str) -> None:
    def fill() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, TagNameDialog):
            dialog.edit.setText(name)
            dialog.accept()
        else:
            QTimer.singleShot(20, fill)

    QTimer.singleShot(20, fill)


def test_tag_added_with_t_is_there_after_a_restart(open_window, sample_db: Path, qtbot):
    window = open_window(sample_db)
    window.article_list.setFocus()
    window.article_list.select_row(0)
    article = window.reader.current_article_id()
    _answer_tag_dialog("politics/constitution")
    qtbot.keyClick(window.article_list, Qt.Key.Key_T)
    qtbot.waitUntil(lambda: "politics/constitution" in (window.model.index(0, COL_TAGS).data() or ""), timeout=3000)
    assert [c.name for c in window.reader.article.tags] == ["politics/constitution"]
    window.close()

    again = open_window(sample_db)
    again.article_list.select_article(article)
    assert [c.name for c in again.reader.article.tags] == ["politics/constitution"]
    assert again.sidebar.find_entry(EntryKind.TAG, again.reader.article.tags[0].id) is not None


def test_removing_a_tag_chip_removes_the_tag(window, qtbot):
    window.article_list.select_row(0)
    article = window.reader.current_article_id()
    window.tags.tag_articles([article], "economy")
    qtbot.waitUntil(lambda: window.reader.article.tags != (), timeout=3000)
    [chip] = window.reader.findChildren(QToolButton, "tagChip")
    qtbot.mouseClick(chip, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.reader.article.tags == (), timeout=3000)


def test_window_state_and_sort_order_are_restored(open_window, sample_db: Path, qtbot):
    window = open_window(sample_db)
    window.resize(1234, 777)
    window.article_list.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    first_title = titles(window)[0]
    window.set_theme("dark")
    window.close()
    again = open_window(sample_db)
    assert (again.width(), again.height()) == (1234, 777)
    header = again.article_list.horizontalHeader()
    assert header.sortIndicatorSection() == COL_TITLE
    assert titles(again)[0] == first_title == "A city activist held in Kostanay to discuss the draft of a new Constitution"
    assert again.theme.choice == "dark"
    assert again.theme.palette.dark


def test_sorting_by_title_is_done_by_the_model(window):
    window.article_list.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder)
    names = titles(window)
    assert names == sorted(names, key=str.casefold)
    window.article_list.sortByColumn(COL_TITLE, Qt.SortOrder.DescendingOrder)
    assert titles(window) == sorted(names, key=str.casefold, reverse=True)


def test_version_switcher_shows_the_other_text(window, qtbot):
    row = titles(window).index("MURAT ABENOV ON THE NEW CONSTITUTION: THE BALANCE OF SOVEREIGNTY AND INTERNATIONAL LAW HAS BEEN PRESERVED")
    window.article_list.select_row(row)
    reader = window.reader
    assert reader.versions.isVisible() and reader.versions.count() == 2
    first = reader.browser.toPlainText()
    assert '"We, together with our colleagues' in first
    reader.versions.setCurrentIndex(1)
    second = reader.browser.toPlainText()
    assert '"We, together' not in second and "We, together with our colleagues" in second


def test_zoom_keys_change_the_reader_font(window, qtbot):
    window.article_list.select_row(0)
    size = window.reader.browser.font().pointSizeF()
    qtbot.keyClick(window.article_list, Qt.Key.Key_Equal, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.browser.font().pointSizeF() == size + 1
    qtbot.keyClick(window.article_list, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.article_list, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert window.reader.browser.font().pointSizeF() == size - 1


def test_empty_library_offers_the_sample_dumps(open_window, tmp_path: Path, qtbot):
    window = open_window(tmp_path / "empty.sqlite")
    assert window.list_stack.currentWidget() is window.empty_state
    qtbot.mouseClick(window.samples_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.model.rowCount() == 10, timeout=10000)
    assert window.list_stack.currentWidget() is window.article_list
    assert window.reader.article is not None


def test_both_themes_render_the_reader_readably(window, qtbot):
    window.article_list.select_row(0)
    for choice in ("dark", "light"):
        window.set_theme(choice)
        html = window.reader.browser.toHtml()
        assert window.theme.palette.text in html


def test_dragging_articles_onto_a_tag_tags_them(window, qtbot):
    from PySide6.QtCore import QPointF
    from PySide6.QtGui import QDropEvent

    window.tags.tag_articles([window.model.article_at(0)], "reading list")
    qtbot.waitUntil(lambda: window.sidebar.entry_count(EntryKind.TAG, 1) == 1, timeout=3000)
    window.article_list.selectRow(1)
    window.article_list.selectionModel().select(
        window.model.index(2, 0), window.article_list.selectionModel().SelectionFlag.Select | window.article_list.selectionModel().SelectionFlag.Rows
    )
    mime = window.model.mimeData([window.model.index(1, 0), window.model.index(2, 0)])
    item = window.sidebar.find_entry(EntryKind.TAG, 1)
    pos = window.sidebar.visualItemRect(item).center()
    event = QDropEvent(QPointF(pos), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.sidebar.dropEvent(event)
    qtbot.waitUntil(lambda: window.sidebar.entry_count(EntryKind.TAG, 1) == 3, timeout=3000)
    assert "reading list" in window.model.index(2, COL_TAGS).data()


def test_space_pages_down_the_reader(window, qtbot):
    window.resize(1200, 500)
    window.article_list.select_row(titles(window).index("Thirty-two commercial documents worth approximately US$200 million were signed at the Kazakhstan-Pakistan Business Forum"))
    window.article_list.setFocus()
    bar = window.reader.browser.verticalScrollBar()
    assert bar.maximum() > 0 and bar.value() == 0
    qtbot.keyClick(window.article_list, Qt.Key.Key_Space)
    assert bar.value() > 0


def test_flag_and_tag_changes_do_not_lay_out_the_text_again(window, qtbot):
    window.article_list.select_row(0)
    document = window.reader.browser.document()
    layouts = []
    document.contentsChanged.connect(lambda: layouts.append(1))
    article = window.reader.current_article_id()
    window.tags.tag_articles([article], "keep")
    qtbot.waitUntil(lambda: [c.name for c in window.reader.article.tags] == ["keep"], timeout=3000)
    window.list.toggle_star()
    qtbot.waitUntil(lambda: window.reader.star_button.isChecked(), timeout=3000)
    assert layouts == []  # the text was not set again
