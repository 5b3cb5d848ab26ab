"""The writer thread: imports and edits off the GUI thread, and a clean stop on close."""

from __future__ import annotations

import shutil
import threading
from pathlib import Path

from PySide6.QtCore import QThread, QTimer
from PySide6.QtWidgets import QDialog

from desktop.core import importer
from desktop.core.importer import FileStatus
from desktop.core.store import open_library
from desktop.core.tags import add_tag
from desktop.ui.resources import sample_dumps
from desktop.ui.writer import LibraryWriter, WriterWorker
from tests.dump_factory import synthetic_dump, write_dump


def test_worker_logic_directly_imports_and_reports_each_file(tmp_path: Path):
    worker = WriterWorker(tmp_path / "lib.sqlite")
    files, progress, finished = [], [], []
    worker.fileImported.connect(files.append)
    worker.progress.connect(progress.append)
    worker.importFinished.connect(finished.append)
    worker.run_import([str(p) for p in sample_dumps()] + [str(tmp_path / "missing.txt")])
    assert [f.status for f in files] == [FileStatus.IMPORTED, FileStatus.IMPORTED, FileStatus.ERROR]
    assert progress[-1].files_done == progress[-1].files_total == 3
    assert finished[0].failed
    worker.close()


def test_worker_runs_queued_edits_between_dumps(tmp_path: Path):
    folder = tmp_path / "dumps"
    for i in range(3):
        write_dump(folder / f"{i:03}.txt", synthetic_dump(i, articles=5))
    worker = WriterWorker(tmp_path / "lib.sqlite")
    seen_during_import = []

    def on_file(report):
        if report.dump_id == 1:  # after the first dump commits, queue an edit
            worker.enqueue(7, lambda db: add_tag(db, [1], "queued"))
        seen_during_import.append(report.path.name)

    results = []
    worker.fileImported.connect(on_file)
    worker.opFinished.connect(results.append)
    worker.run_import([str(folder)])
    assert [r.op_id for r in results] == [7]
    assert results[0].error is None and len(seen_during_import) == 3
    worker.close()


def test_cancel_stops_at_a_dump_boundary(tmp_path: Path, monkeypatch):
    monkeypatch.setattr(importer, "DEFAULT_BATCH", importer.BatchLimit(files=1))  # a batch boundary after every dump
    folder = tmp_path / "dumps"
    for i in range(5):
        write_dump(folder / f"{i:03}.txt", synthetic_dump(i, articles=3))
    worker = WriterWorker(tmp_path / "lib.sqlite")
    worker.fileImported.connect(lambda report: worker.cancel() if report.dump_id == 2 else None)
    finished = []
    worker.importFinished.connect(finished.append)
    worker.run_import([str(folder)])
    assert finished[0].cancelled and len(finished[0].files) == 2
    worker.close()
    db = open_library(tmp_path / "lib.sqlite")
    assert db.execute("SELECT count(*) FROM dumps").fetchone()[0] == 2
    db.close()


def test_import_runs_on_the_writer_thread_and_signals_back(qtbot, tmp_path: Path):
    writer = LibraryWriter(tmp_path / "lib.sqlite")
    threads = []
    writer._worker.fileImported.connect(lambda _r: threads.append(QThread.currentThread()), type=2)  # DirectConnection
    with qtbot.waitSignal(writer.importFinished, timeout=10000) as blocker:
        writer.import_paths(sample_dumps())
    report = blocker.args[0]
    assert report.count(FileStatus.IMPORTED) == 2
    assert threads and all(t is writer.thread for t in threads)
    assert threading.current_thread() is threading.main_thread()
    writer.shutdown()
    assert not writer.thread.isRunning()


def test_dropping_a_file_in_the_inbox_imports_it_while_the_window_stays_usable(open_window, sample_db, tmp_path, qtbot):
    inbox = tmp_path / "inbox"
    window = open_window(sample_db, inbox=inbox)
    ticks = []
    timer = QTimer(window, interval=10)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    write_dump(inbox / "new" / "010_fresh.txt", synthetic_dump(40, articles=4))
    qtbot.waitUntil(lambda: window.model.rowCount() == 14, timeout=15000)
    timer.stop()
    assert len(ticks) > 20  # the event loop kept running while the file was detected and imported
    window.search_box.setText("Report 40-3")
    window.search_box.apply_now()
    assert window.model.rowCount() >= 1
    assert window.settings.inbox == inbox


def test_rows_update_in_place_keeping_selection_when_an_import_commits(window, qtbot, tmp_path: Path):
    row = 5
    window.article_list.select_row(row)
    chosen = window.reader.current_article_id()
    write_dump(tmp_path / "later.txt", synthetic_dump(200, articles=3))  # newer dates: rows appear above
    window.writer.import_paths([tmp_path / "later.txt"])
    qtbot.waitUntil(lambda: window.model.rowCount() == 13, timeout=10000)
    assert window.article_list.current_article() == chosen
    assert window.article_list.currentIndex().row() == row + 3
    assert window.reader.current_article_id() == chosen


def test_closing_during_an_import_exits_cleanly(open_window, sample_db, tmp_path: Path, qtbot):
    folder = tmp_path / "many"
    for i in range(40):
        write_dump(folder / f"{i:03}.txt", synthetic_dump(i + 100, articles=40, paragraphs=6))
    window = open_window(sample_db)
    started = []
    window.writer.fileImported.connect(started.append)
    window.writer.import_paths([folder])
    qtbot.waitUntil(lambda: len(started) >= 1, timeout=10000)
    assert window.writer.busy
    window.close()
    assert not window.writer.thread.isRunning()
    db = open_library(sample_db)
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    dumps = db.execute("SELECT id, occurrence_count FROM dumps").fetchall()
    assert 3 <= len(dumps) < 42  # the import stopped early, at a dump boundary
    for dump_id, expected in dumps:
        assert db.execute("SELECT count(*) FROM occurrences WHERE dump_id = ?", [dump_id]).fetchone()[0] == expected
    db.close()


def test_import_log_lists_results_from_earlier_sessions(open_window, sample_db, tmp_path: Path, qtbot):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00binary")
    window = open_window(sample_db)
    with qtbot.waitSignal(window.writer.importFinished, timeout=10000):
        window.writer.import_paths([broken])
    window.close()
    again = open_window(sample_db)
    again.imports.show_import_log()
    dialog = again.findChild(QDialog, "importLog")
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert names[0] == "broken.txt"
    assert set(names[1:]) >= {p.name for p in sample_dumps()}
    dialog.table.setCurrentCell(0, 0)
    assert "binary file" in dialog.details.toPlainText()


def test_a_dropped_folder_is_imported(window, qtbot, tmp_path: Path):
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    folder = tmp_path / "drop"
    shutil.copytree(Path(sample_dumps()[0]).parent, folder)
    write_dump(folder / "extra.txt", synthetic_dump(300, articles=2))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(folder))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    qtbot.waitUntil(lambda: window.model.rowCount() == 12, timeout=10000)
