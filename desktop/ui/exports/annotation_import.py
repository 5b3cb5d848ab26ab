"""File ▸ Import Annotations…: W3C Web Annotations (Qalam's export, Hypothesis's) and Hypothesis's JSON export.

The file is read on a worker (a read op), so a file that is not annotations is refused before
anything is written; the import itself is one write op on the writer thread, which reports its
progress in the status line as it goes. The report says how many were matched to an article,
placed exactly or approximately, kept as orphans, and skipped, and why, with each skipped
annotation listed under Details.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QWidget

from desktop.core.annotation_import.importing import AnnotationImportReport, import_annotations
from desktop.core.annotation_import.reading import AnnotationFile, read_annotation_file
from desktop.ui.actions import ActionSpec
from desktop.ui.dialogs import inform
from desktop.ui.session import LibrarySession

ACTION = ActionSpec(
    "import.annotations",
    QT_TRANSLATE_NOOP("Actions", "Import &Annotations…"),
    QT_TRANSLATE_NOOP("Actions", "Importing"),
    icon="import-file",
    tip=QT_TRANSLATE_NOOP("Actions", "Import W3C Web Annotations (from Qalam or Hypothesis) or a Hypothesis JSON export"),
)
# The core's words for a file's kind and for why an annotation was skipped, for the translators
# (a reason not listed, such as a parser's message, shows as the core wrote it).
CORE_WORDS = (
    QT_TRANSLATE_NOOP("AnnotationImportController", "Hypothesis export"),
    QT_TRANSLATE_NOOP("AnnotationImportController", "Qalam's W3C export"),
    QT_TRANSLATE_NOOP("AnnotationImportController", "W3C Web Annotation"),
    QT_TRANSLATE_NOOP("AnnotationImportController", "deleted in this library, so not brought back"),
    QT_TRANSLATE_NOOP("AnnotationImportController", "no article in the library has its address"),
    QT_TRANSLATE_NOOP("AnnotationImportController", "its article has no text in this library"),
    QT_TRANSLATE_NOOP("AnnotationImportController", "not an annotation object"),
)
DETAILS_SHOWN = 500  # skipped annotations listed by name in the report's details
REPORT_WIDTH = 640


class AnnotationImportController(QObject):
    progressed = Signal(int, int)  # emitted from the writer thread; Qt queues it to the window
    finished = Signal(object)  # AnnotationImportReport, once its change was announced and the report shown

    def __init__(self, session: LibrarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        self.report_box: QMessageBox | None = None
        session.actions.add(ACTION, self.choose_file)
        self.progressed.connect(self._show_progress)

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self._parent,
            self.tr("Import Annotations"),
            str(Path.home()),
            self.tr("Web Annotations (*.jsonld *.json);;All files (*)"),
        )
        if path:
            self.import_file(Path(path))

    def import_file(self, path: Path) -> None:
        """Read the file off the GUI thread, then import what it holds as one write."""
        self.session.say(self.tr("Reading %1…").replace("%1", path.name), 0)
        self.session.read(
            lambda _db: read_annotation_file(path), lambda file: self._import(path, file), lambda exc: self._failed(path, exc)
        )

    def _import(self, path: Path, file: AnnotationFile) -> None:
        progress = self.progressed.emit
        self.session.write(
            lambda db: import_annotations(db, file, progress),
            lambda report: self._done(path, report),
            lambda exc: self._failed(path, exc),
        )

    @Slot(int, int)
    def _show_progress(self, done: int, total: int) -> None:
        number = QLocale().toString
        self.session.say(self.tr("Importing annotations: %1 of %2").replace("%1", number(done)).replace("%2", number(total)), 0)

    def _done(self, path: Path, report: AnnotationImportReport) -> None:
        lines = self.summary(report)
        number = QLocale().toString
        self.session.say(self.tr("Imported annotations: %1 added, %2 already here, %3 skipped")
                         .replace("%1", number(report.added)).replace("%2", number(report.unchanged))
                         .replace("%3", number(len(report.skipped))), 8000)  # fmt: skip
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Import Annotations"), "", parent=self._parent)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(path.name)
        box.setInformativeText("\n".join(lines))
        for label in box.findChildren(QLabel):
            label.setTextFormat(Qt.TextFormat.PlainText)  # file names and labels come from outside
        # Wide enough that a report line is one line (QMessageBox otherwise wraps at about 400 pixels).
        box.setStyleSheet(f"QLabel#qt_msgbox_informativelabel {{ min-width: {REPORT_WIDTH}px; }}")
        if report.skipped:
            listed = [f"{s.label}: {self.tr(s.reason)}" for s in report.skipped[:DETAILS_SHOWN]]
            if len(report.skipped) > DETAILS_SHOWN:
                listed.append(self.tr("… and %Ln more", "", len(report.skipped) - DETAILS_SHOWN))
            box.setDetailedText("\n".join(listed))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setObjectName("annotationImportReport")
        box.open()  # not modal to the app: the report stays while the user reads on
        self.report_box = box
        self.finished.emit(report)

    def summary(self, report: AnnotationImportReport) -> list[str]:
        """The report as lines in the interface language (the core's `summary()` is the command line's)."""
        lines = [
            self.tr("%Ln annotation(s) in the file (%1)", "", report.total).replace("%1", self.tr(report.kind))
            + "; "
            + self.tr("%Ln matched to an article", "annotations", report.matched)
        ]
        if report.added:
            placed = [
                self.tr("%Ln placed exactly", "annotations", report.exact),
                self.tr("%Ln approximately", "annotations placed", report.fuzzy),
                self.tr("%Ln orphaned (passage not found)", "annotations", report.orphaned),
                self.tr("%Ln article note(s)", "", report.notes),
            ]
            lines.append(self.tr("Added %Ln:", "annotations", report.added) + " " + ", ".join(placed))
        if report.updated:
            lines.append(self.tr("Updated %Ln (the file's copy was edited later)", "annotations", report.updated))
        if report.unchanged:
            lines.append(self.tr("Already in the library: %Ln", "annotations", report.unchanged))
        if report.codings:
            lines.append(self.tr("Codings added: %Ln", "", report.codings))
        if report.tags_in_notes:
            lines.append(self.tr("Tags that are not colour names kept in the note of %Ln annotation(s)", "", report.tags_in_notes))
        if report.skipped:
            lines.append(self.tr("Skipped %Ln:", "annotations", len(report.skipped)))
            lines.extend(f"  {count} × {self.tr(reason)}" for reason, count in report.reasons().items())
        return lines

    def _failed(self, path: Path, error: BaseException) -> None:
        self.session.say("", 1)
        message = str(error) if isinstance(error, ValueError) else f"{type(error).__name__}: {error}"
        inform(
            self._parent,
            self.tr("Import Annotations"),
            self.tr("Nothing was imported from %1:\n\n%2").replace("%1", path.name).replace("%2", message),
            warning=True,
        )
