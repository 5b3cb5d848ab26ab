"""Regressions found in review: shutdown, throwaway libraries, spacing, markup in labels, links."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from desktop.core.annotations import article_annotations
from desktop.core.importer import import_paths
from desktop.core.store import open_library
from desktop.ui.settings import Settings
from desktop.ui.sidebar.sidebar import EntryKind, IdRole
from tests.dump_factory import dump_text, write_dump
from tests.ui.annotations.test_annotations import PASSAGE, open_murat, select_in_reader


def test_a_throwaway_library_is_not_remembered_as_the_last_one(open_window, sample_db: Path):
    window = open_window(sample_db)
    window.remember_library = False  # what --demo sets
    window.close()
    assert Settings().last_library is None


def test_a_note_typed_just_before_closing_is_saved(open_window, sample_db: Path, qtbot):
    window = open_window(sample_db)
    open_murat(window)
    select_in_reader(window, PASSAGE)
    window.annotations.highlight_selection(2)
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 1, timeout=5000)
    annotation = window.annotations.panel.annotations()[0]
    card = window.annotations.panel.card(annotation.id)
    card.note.setFocus()
    qtbot.keyClicks(card.note, "last thought")
    window.close()  # before the save timer fires
    db = open_library(sample_db)
    assert [a.note for a in article_annotations(db, annotation.article_id)] == ["last thought"]
    db.close()


def _library(tmp_path: Path, sections: dict) -> Path:
    write_dump(tmp_path / "d.txt", dump_text("Site", sections))
    db = open_library(tmp_path / "lib.sqlite")
    import_paths(db, [tmp_path / "d.txt"])
    db.close()
    return tmp_path / "lib.sqlite"


def test_a_body_with_double_spaces_can_be_highlighted(open_window, tmp_path: Path, qtbot):
    body = "Scraped  text   keeps  its spacing.  The  passage  to  mark is here."
    window = open_window(_library(tmp_path, {"News": [["Spacing 01.03.2026", body]]}))
    window.article_list.select_row(0)
    select_in_reader(window, "The  passage  to  mark")
    assert window.reader.highlights.selection() is not None
    window.annotations.highlight_selection(1)
    qtbot.waitUntil(lambda: len(window.reader.highlights.painted()) == 1, timeout=5000)
    [annotation] = window.annotations.panel.annotations()
    assert annotation.quote == "The  passage  to  mark"


def test_markup_in_names_is_shown_as_text_in_the_status_bar(open_window, tmp_path: Path):
    hostile = '<img src="file:///etc/hostname"><b>Politics</b>'
    window = open_window(_library(tmp_path, {hostile: [["A title 01.03.2026", "Body text."]]}))
    section = window.sidebar.topLevelItem(2).child(0)
    window.sidebar.activate(EntryKind.SECTION, section.data(0, IdRole))
    assert hostile in window.count_label.text()
    assert window.count_label.textFormat().name == "PlainText"


def test_a_percent_encoded_source_link_opens(open_window, tmp_path: Path, monkeypatch):
    url = "https://www.gov.kz/ru/news/%D0%BD%D0%BE%D0%B2%D0%BE%D1%81%D1%82%D0%B8?lang=ru"
    window = open_window(_library(tmp_path, {"News": [["Encoded 01.03.2026", f"Body.Source : {url}"]]}))
    window.article_list.select_row(0)
    opened: list[QUrl] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", staticmethod(lambda u: opened.append(u) or True))
    window.reader.browser.anchorClicked.emit(QUrl(url))
    assert [u.toEncoded().data().decode() for u in opened] == [url]


def test_an_unexpected_import_error_is_reported_and_imports_go_on(open_window, sample_db: Path, tmp_path: Path, qtbot, monkeypatch):
    import desktop.ui.writer as writer_module

    window = open_window(sample_db)
    real = writer_module.import_paths

    def broken(*args, **kwargs):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(writer_module, "import_paths", broken)
    messages = []
    monkeypatch.setattr("desktop.ui.library_opening.inform", lambda _parent, _title, text, **_kw: messages.append(text))
    with qtbot.waitSignal(window.writer.importFinished, timeout=5000):
        window.writer.import_paths([tmp_path / "x.txt"])
    assert not window.writer.busy and "disk on fire" in messages[0]
    monkeypatch.setattr(writer_module, "import_paths", real)
    write_dump(tmp_path / "later.txt", dump_text("Site", {"News": [["Later 01.03.2026", "Body."]]}))
    with qtbot.waitSignal(window.writer.importFinished, timeout=5000):
        window.writer.import_paths([tmp_path / "later.txt"])
    qtbot.waitUntil(lambda: window.model.rowCount() == 11, timeout=5000)


def test_files_already_imported_from_the_inbox_are_not_read_again_at_the_next_start(open_window, sample_db: Path, tmp_path: Path, qtbot):
    from desktop.core.import_log import recent_entries
    from tests.dump_factory import synthetic_dump

    inbox = tmp_path / "inbox"
    write_dump(inbox / "010_fresh.txt", synthetic_dump(40, articles=2))
    window = open_window(sample_db, inbox=inbox)
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=15000)
    window.close()
    again = open_window(sample_db, inbox=inbox)
    qtbot.wait(3500)  # two rescans
    again.imports.inbox.rescan()
    db = open_library(sample_db)
    names = [e.file_name for e in recent_entries(db)]
    db.close()
    assert names.count("010_fresh.txt") == 1
    assert not again.writer.busy


def test_reading_an_article_in_the_unread_view_keeps_it_in_place(window, qtbot):
    from desktop.core.article_query import LibraryView

    window.sidebar.activate(EntryKind.LIBRARY, LibraryView.UNREAD.value)
    window.article_list.select_row(2)
    reading = window.reader.current_article_id()
    window.list.set_flag("read", [reading], True)
    qtbot.waitUntil(lambda: window.model.row_data(reading).is_read, timeout=3000)
    assert window.article_list.current_article() == reading and window.article_list.currentIndex().row() == 2
    window.list.move_current(1)
    assert window.article_list.currentIndex().row() == 3


def test_clearing_a_search_brings_back_the_plain_count(window, qtbot):
    window.search_box.setText("Shymkent")
    window.search_box.apply_now()
    window.search_box.clear_search()
    assert window.count_label.text() == "10 articles"
