"""File ▸ Import Annotations…, Edit ▸ Copy Citation and the creator's name, driven through the real window."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QInputDialog, QMenu

from desktop.core.annotations import create_highlight, create_note
from desktop.core.exports.annotation_w3c import export_w3c
from desktop.core.exports.options import ExportOptions
from desktop.core.exports.registry import find_format
from desktop.core.importer import import_paths
from desktop.core.store import open_library
from tests.ui.annotations.test_annotations import MURAT, PASSAGE, open_murat

KOSTANAY_TITLE = "A city activist held in Kostanay to discuss the draft of a new Constitution"


@pytest.fixture
def w3c_file(tmp_path: Path, samples_dir: Path) -> Path:
    """Annotations made in another library holding the same dumps, exported as W3C JSON-LD."""
    db = open_library(tmp_path / "elsewhere.sqlite")
    try:
        import_paths(db, [samples_dir])
        murat = db.execute("SELECT id FROM articles WHERE title = ?", [MURAT]).fetchone()[0]
        version, text = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [murat]).fetchone()
        start = text.index(PASSAGE)
        create_highlight(db, murat, version, start, start + len(PASSAGE), 2, "made elsewhere")
        create_note(db, murat, "a note from the other library")
        out = io.StringIO()
        export_w3c(db, out, None, ExportOptions(creator="Daniyar"))
    finally:
        db.close()
    path = tmp_path / "elsewhere.jsonld"
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


def menu_texts(window, menu_id: str) -> list[str]:
    return [a.text() for a in window.menus[menu_id].actions()]


def test_the_commands_are_in_the_file_and_edit_menus(window):
    assert "Import &Annotations…" in menu_texts(window, "file")
    assert {"Copy &Citation", "Your &Name in Exports…"} <= set(menu_texts(window, "edit"))
    labels = [a.text() for m in window.exports.menu.findChildren(QMenu) for a in m.actions()]
    assert {"Citations as CSL-JSON (Zotero, Pandoc)…", "Citations as RIS (Zotero, EndNote)…", "Citations as BibLaTeX…"} <= set(
        labels
    )


def test_importing_annotations_shows_them_and_reports_what_happened(window, qtbot, w3c_file: Path):
    steps: list[tuple[int, int]] = []
    controller = window.exports.annotation_import
    controller.progressed.connect(lambda done, total: steps.append((done, total)))
    open_murat(window)
    with qtbot.waitSignal(controller.finished, timeout=10000) as finished:
        controller.import_file(w3c_file)
    report = finished.args[0]
    assert (report.added, report.exact, report.notes, report.skipped) == (2, 1, 1, ())
    assert steps[-1] == (2, 2)
    # The article being read shows them at once: the panel lists both, and the highlight is painted.
    qtbot.waitUntil(lambda: len(window.annotations.panel.annotations()) == 2, timeout=5000)
    assert len(window.reader.highlights.painted()) == 1
    box = controller.report_box
    assert box is not None and box.isVisible()
    assert box.text() == "elsewhere.jsonld"
    assert "2 annotations in the file (Qalam's W3C export); 2 matched to an article" in box.informativeText()
    box.close()
    # A second import of the same file changes nothing and says so.
    with qtbot.waitSignal(controller.finished, timeout=10000) as again:
        controller.import_file(w3c_file)
    assert again.args[0].unchanged == 2 and "Already in the library: 2" in controller.report_box.informativeText()
    controller.report_box.close()
    assert len(window.annotations.panel.annotations()) == 2


def test_a_file_that_is_not_annotations_is_refused_with_the_reason(window, qtbot, tmp_path: Path, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(
        "desktop.ui.exports.annotation_import.inform", lambda parent, title, text, warning=False: told.append(text)
    )
    path = tmp_path / "notes.json"
    path.write_text('{"title": "not annotations"}', encoding="utf-8")
    window.exports.annotation_import.import_file(path)
    qtbot.waitUntil(lambda: bool(told), timeout=5000)
    assert told[0].startswith("Nothing was imported from notes.json:") and "not a W3C Web Annotation file" in told[0]


def test_copy_citation_puts_formatted_references_on_the_clipboard(window, qtbot):
    model = window.model
    rows = [r for r in range(model.rowCount()) if model.index(r, 0).data() in (MURAT, KOSTANAY_TITLE)]
    window.article_list.select_row(rows[0])
    window.session.set_selection([model.article_at(r) for r in rows])
    with qtbot.waitSignal(window.exports.citations.copied, timeout=10000) as copied:
        window.session.actions.action("edit.copy_citation").trigger()
    assert copied.args[0] == 2
    mime = QGuiApplication.clipboard().mimeData()
    assert KOSTANAY_TITLE in mime.text() and MURAT in mime.text()
    assert "Available at: https://www.gov.kz/" in mime.text()
    assert "<i>Enbekshi QazaQ</i>" in mime.html()
    assert "Copied 2 citations." in window.statusBar().currentMessage()


def test_the_creator_is_asked_once_and_recorded_in_the_w3c_export(window, qtbot, tmp_path: Path, monkeypatch):
    asked: list[str] = []

    def answer(dialog) -> int:
        asked.append(dialog.textValue())
        dialog.setTextValue("  Aigerim   Seitkali ")
        return 1

    monkeypatch.setattr(QInputDialog, "exec", answer)
    window.session.settings.set("coding/coder", "Aigerim")
    open_murat(window)
    noted = []
    window.session.write(lambda db: create_note(db, window.reader.article.id, "a note"), noted.append)
    qtbot.waitUntil(lambda: bool(noted), timeout=5000)
    for name in ("first.jsonld", "second.jsonld"):
        window.exports.export(find_format("w3c"), "library", target=tmp_path / name)
        qtbot.waitUntil((tmp_path / name).exists, timeout=5000)
    assert asked == ["Aigerim"]  # offered the coder's name, asked once
    assert window.session.settings.get("exports/creator") == "Aigerim Seitkali"
    data = json.loads((tmp_path / "second.jsonld").read_text(encoding="utf-8"))
    assert data["total"] == 1 and data["first"]["items"][0]["creator"] == {"type": "Person", "name": "Aigerim Seitkali"}


def test_cancelling_the_name_cancels_the_export(window, qtbot, tmp_path: Path, monkeypatch):
    monkeypatch.setattr(QInputDialog, "exec", lambda dialog: 0)
    window.exports.export(find_format("w3c"), "library", target=tmp_path / "never.jsonld")
    qtbot.wait(200)
    assert not (tmp_path / "never.jsonld").exists()


QUIT_AFTER_COPY = """
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui.clipboard import put_rich_text
app = QApplication([])
put_rich_text("Enbekshi QazaQ (2026)", "<i>Enbekshi QazaQ</i> (2026)")
QTimer.singleShot(50, app.quit)
sys.exit(app.exec())
"""


def test_the_app_quits_cleanly_after_copying_a_citation(tmp_path: Path):
    """Qt deletes the clipboard's data after Python has finalised; data made in Python crashed the quit (exit 139)."""
    import os
    import subprocess
    import sys

    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", QUIT_AFTER_COPY], env=env, cwd=Path(__file__).parents[3], timeout=60)
    assert done.returncode == 0
