"""The library session: one change signal that each view answers for itself, and work off the GUI thread.

A star toggle repaints a row and the star, and lays out no text; an import that adds a version
re-lays out the reader only when that article is open. Reads run as read ops beside the
writer, so a long export never holds up a highlight, and a failed op hands its callback the
exception itself.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from desktop.core.changes import Change
from desktop.core.exports.registry import ExportFormat, Scope
from desktop.core.tags import add_tag
from desktop.ui.article_list.model import COL_TITLE
from tests.dump_factory import dump_text, write_dump

POETS = "Shymkent poets analyze the new Constitution in verse"


def titles(window) -> list[str]:
    return [window.model.index(r, COL_TITLE).data() for r in range(window.model.rowCount())]


def test_a_star_toggle_lays_out_no_text(window, qtbot):
    window.article_list.select_row(0)
    shown = []
    window.reader.textShown.connect(lambda article, version: shown.append((article, version)))
    changes: list[Change] = []
    window.session.libraryChanged.connect(changes.append)
    window.list.toggle_star()
    qtbot.waitUntil(lambda: window.reader.star_button.isChecked(), timeout=3000)
    assert shown == []
    assert [c.flags for c in changes] == [{window.reader.current_article_id()}]


def test_an_import_relays_out_the_reader_only_for_the_open_article(window, qtbot, tmp_path: Path):
    window.article_list.select_row(titles(window).index(POETS))
    shown = []
    window.reader.textShown.connect(lambda article, version: shown.append(article))
    other = "A city activist held in Kostanay to discuss the draft of a new Constitution"
    write_dump(tmp_path / "other.txt", dump_text("Enbekshi QazaQ", {"News": [[f"{other} 04.02.2026", "Another text entirely."]]}))
    with qtbot.waitSignal(window.writer.importFinished, timeout=10000):
        window.writer.import_paths([tmp_path / "other.txt"])
    qtbot.wait(400)  # longer than the reader's coalescing of reloads
    assert shown == []
    write_dump(tmp_path / "mine.txt", dump_text("Enbekshi QazaQ", {"News": [[f"{POETS} 21.02.2026", "The poets' third text."]]}))
    with qtbot.waitSignal(window.writer.importFinished, timeout=10000):
        window.writer.import_paths([tmp_path / "mine.txt"])
    qtbot.waitUntil(lambda: shown == [window.reader.current_article_id()], timeout=3000)
    assert window.reader.versions.count() == 3


def test_a_long_export_does_not_hold_up_a_tag(window, qtbot, tmp_path: Path):
    """The export waits until the tag is written: on the writer's queue it would wait for itself."""
    tagged = threading.Event()
    window.session.libraryChanged.connect(lambda change: tagged.set() if change.tags else None)

    def slow_export(db, out, ids) -> int:
        if not tagged.wait(timeout=10):
            raise TimeoutError("the tag never came while the export ran")
        out.write("done\n")
        return 1

    fmt = ExportFormat("slow", Scope.ARTICLES, "Slow…", "txt", "a test format", slow_export)
    target = tmp_path / "slow.txt"
    window.exports.export(fmt, "library", target=target)
    window.session.write(lambda db: add_tag(db, [window.model.article_at(0)], "while exporting"))
    qtbot.waitUntil(target.exists, timeout=15000)
    assert target.read_text() == "done\n"
    # The file is renamed into place on the reader thread just before the result is sent to the window.
    qtbot.waitUntil(lambda: "Exported 1 article" in window.statusBar().currentMessage(), timeout=5000)


def test_a_failed_write_hands_its_callback_the_exception(window, qtbot):
    errors: list[BaseException] = []

    def broken(db):
        raise KeyError("no such thing")

    window.session.write(broken, failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=3000)
    assert isinstance(errors[0], KeyError)


def test_a_newer_read_with_the_same_key_replaces_the_older(window, qtbot):
    release = threading.Event()
    results: list[str] = []

    def slow(db) -> str:
        release.wait(timeout=5)
        return "old"

    window.session.read(slow, results.append, key="test.latest")
    window.session.read(lambda db: "new", results.append, key="test.latest")
    release.set()
    qtbot.waitUntil(lambda: results == ["new"], timeout=5000)
    qtbot.wait(200)
    assert results == ["new"]


@pytest.mark.parametrize("field", ["flags", "tags"])
def test_the_list_repaints_the_changed_row_in_place(window, qtbot, field):
    window.article_list.select_row(2)
    article = window.reader.current_article_id()
    if field == "flags":
        window.list.toggle_star()
        qtbot.waitUntil(lambda: window.model.row_data(article).is_starred, timeout=3000)
    else:
        window.tags.tag_articles([article], "kept in place")
        qtbot.waitUntil(lambda: window.model.row_data(article).tags == ("kept in place",), timeout=3000)
    assert window.article_list.currentIndex().row() == 2 and window.reader.current_article_id() == article
