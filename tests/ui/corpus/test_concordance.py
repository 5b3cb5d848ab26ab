"""The concordance in the window: a search's hits in context, a click opens the article at the hit, pages as you scroll."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QTextCursor
from PySide6.QtWidgets import QFileDialog

from desktop.core.article_query import ArticleFilter
from desktop.core.corpus.kwic import KwicSort, kwic_page, sort_key, sorted_hits
from desktop.core.search_query import parse_query
from desktop.core.store import open_library
from desktop.ui.corpus.kwic_model import HIT, LEFT, RIGHT
from tests.dump_factory import synthetic_dump, write_dump


def search(window, qtbot, text: str) -> None:
    window.search_box.clear()
    qtbot.keyClicks(window.search_box, text)
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)


def open_concordance(window, qtbot) -> None:
    window.session.actions.action("corpus.concordance").trigger()
    assert window.corpus.dock.isVisible() and window.corpus.tabs.currentWidget() is window.corpus.kwic


def wait_done(window, qtbot) -> None:
    model = window.corpus.kwic_model
    qtbot.waitUntil(lambda: model.rowCount() > 0 and not model.loading, timeout=10000)


def core_lines(path: Path, text: str, **kwargs):
    db = open_library(path)
    try:
        return kwic_page(db, ArticleFilter(query=parse_query(text), prefix_search=True), want=100_000, **kwargs).lines
    finally:
        db.close()


def test_a_click_on_a_line_opens_its_article_scrolled_to_the_hit(window, qtbot):
    search(window, qtbot, "constitution")
    open_concordance(window, qtbot)
    wait_done(window, qtbot)
    model = window.corpus.kwic_model
    assert "hits in" in window.corpus.kwic.status.text()
    assert model.rowCount() == len(core_lines(window.db_path, "constitution"))
    row = model.rowCount() - 1  # the oldest article's last hit: far down its text, on another article than the one open
    line = model.line(row)
    assert line is not None and line.article != window.reader.article.id
    table = window.corpus.kwic.table
    table.scrollTo(model.index(row, HIT))
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=table.visualRect(model.index(row, HIT)).center())
    qtbot.waitUntil(lambda: window.reader.article is not None and window.reader.article.id == line.article, timeout=5000)
    assert window.reader.current_version().id == line.version
    shown = window.reader.highlights.shown_passage()
    assert shown is not None
    cursor = QTextCursor(window.reader.browser.document())
    cursor.setPosition(shown[0])
    cursor.setPosition(shown[1], QTextCursor.MoveMode.KeepAnchor)
    assert cursor.selectedText() == line.hit
    top = window.reader.browser.cursorRect(cursor).top()
    assert 0 <= top < window.reader.browser.viewport().height()  # scrolled into view
    assert window.article_list.current_article() == line.article  # the list follows


def test_lines_align_on_the_hit_and_the_width_changes_without_reading_again(window, qtbot, monkeypatch):
    search(window, qtbot, "constitution")
    open_concordance(window, qtbot)
    wait_done(window, qtbot)
    model = window.corpus.kwic_model
    assert model.index(0, LEFT).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignRight
    assert model.index(0, RIGHT).data(Qt.ItemDataRole.TextAlignmentRole) & Qt.AlignmentFlag.AlignLeft
    reads = []
    monkeypatch.setattr(window.session, "read", lambda *args, **kwargs: reads.append(args))
    window.corpus.kwic.width_box.setValue(20)
    assert all(
        len(model.index(r, LEFT).data()) <= 20 and len(model.index(r, RIGHT).data()) <= 20 for r in range(model.rowCount())
    )
    assert reads == []


def test_sorting_by_the_first_word_to_the_left(window, qtbot, sample_db):
    search(window, qtbot, "constitution")
    open_concordance(window, qtbot)
    wait_done(window, qtbot)
    window.corpus.kwic.set_sort(KwicSort.LEFT1)
    model = window.corpus.kwic_model
    qtbot.waitUntil(lambda: model.sorted_total is not None and model.rowCount() == model.sorted_total, timeout=10000)
    db = open_library(sample_db)
    try:
        refs = sorted_hits(db, ArticleFilter(query=parse_query("constitution"), prefix_search=True), KwicSort.LEFT1).refs
    finally:
        db.close()
    assert [(line.version, line.start) for line in model.lines()] == [(r.version, r.start) for r in refs]
    keys = [sort_key(r, KwicSort.LEFT1) for r in refs]
    assert keys == sorted(keys)
    assert "sorted" in window.corpus.kwic.status.text()


def test_typing_further_replaces_the_concordance(window, qtbot):
    open_concordance(window, qtbot)
    search(window, qtbot, "constitution")
    search(window, qtbot, "sovereignty")  # before the first search's lines arrive
    wait_done(window, qtbot)
    qtbot.wait(200)
    hits = {line.hit.lower() for line in window.corpus.kwic_model.lines()}
    assert hits and all(h.startswith("sovereign") for h in hits)


def test_copy_the_selected_lines_and_export_them_all(window, qtbot, tmp_path: Path, monkeypatch):
    search(window, qtbot, "constitution")
    open_concordance(window, qtbot)
    wait_done(window, qtbot)
    table = window.corpus.kwic.table
    table.selectRow(0)
    table.selectionModel().select(
        window.corpus.kwic_model.index(1, 0),
        table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
    )
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    copied = list(csv.reader(io.StringIO(QGuiApplication.clipboard().text()), delimiter="\t"))
    assert copied[0][:3] == ["Left context", "Hit", "Right context"] and len(copied) == 3
    assert copied[1][1].lower().startswith("constitution")
    target = tmp_path / "kwic.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), "*.csv"))
    window.session.actions.action("corpus.export_concordance").trigger()
    qtbot.waitUntil(lambda: "Exported" in window.statusBar().currentMessage(), timeout=10000)
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == window.corpus.kwic_model.rowCount()
    assert [r["hit"] for r in rows] == [line.hit for line in window.corpus.kwic_model.lines()]


@pytest.fixture
def many_hits_db(tmp_path: Path) -> Path:
    """240 articles, each with several hits of "delegation": far more than a screen."""
    folder = tmp_path / "dumps"
    for i in range(6):
        write_dump(folder / f"{i:03d}.txt", synthetic_dump(i, articles=40))
    db = open_library(tmp_path / "many.sqlite")
    from desktop.core.importer import import_paths

    import_paths(db, [folder])
    db.close()
    return tmp_path / "many.sqlite"


def test_it_streams_a_page_at_a_time_as_you_scroll(open_window, qtbot, many_hits_db: Path):
    window = open_window(many_hits_db)
    total = len(core_lines(many_hits_db, "delegation"))
    search(window, qtbot, "delegation")
    open_concordance(window, qtbot)
    wait_done(window, qtbot)
    model = window.corpus.kwic_model
    first = model.rowCount()
    assert 50 <= first < total and model.canFetchMore()
    assert "more as you scroll" in window.corpus.kwic.status.text()
    table = window.corpus.kwic.table
    for _ in range(200):
        if model.rowCount() == total:
            break
        table.scrollToBottom()
        qtbot.wait(30)
    assert model.rowCount() == total and not model.canFetchMore()
    assert "hits in" in window.corpus.kwic.status.text()
    assert len({(line.version, line.start) for line in model.lines()}) == total


def test_hits_once_per_article_or_in_every_version(window, qtbot, sample_db):
    search(window, qtbot, "constitution")
    open_concordance(window, qtbot)
    wait_done(window, qtbot)
    newest = window.corpus.kwic_model.rowCount()
    window.session.actions.action("corpus.scope.every").trigger()
    qtbot.waitUntil(lambda: window.corpus.kwic_model.rowCount() > newest and not window.corpus.kwic_model.loading, timeout=10000)
    assert window.corpus.kwic_model.rowCount() == len(core_lines(sample_db, "constitution", scope=window.corpus.current_scope()))
    assert len({line.version for line in window.corpus.kwic_model.lines()}) > len(
        {line.article for line in window.corpus.kwic_model.lines()}
    )
