"""File ▸ Export: one entry per format of the core's registry, for the library, the selection or one article.

An export only reads, so it runs as a read op on a connection of its own: a long export never
delays a highlight or a tag, which go through the writer. The file is written by the same
function the command line uses (core/exports/writing.py): a temporary file, renamed when
complete. A format that records who made the annotations (W3C) asks for the user's name the
first time (creator.py).

The controller also makes the other two ways the library's data goes in and out as files and
text: File ▸ Import Annotations… (annotation_import.py) and Edit ▸ Copy Citation (citations.py).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from desktop.core.exports.registry import FORMATS, ExportFormat, ExportResult, Scope
from desktop.core.exports.writing import write_export_file
from desktop.core.ids import ArticleId
from desktop.ui.dialogs import inform
from desktop.ui.exports.annotation_import import AnnotationImportController
from desktop.ui.exports.citations import CitationsController
from desktop.ui.exports.creator import CreatorName
from desktop.ui.resources import themed_icon
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.session import LibrarySession

# The core registry's labels and descriptions (English, as the command line shows them), for the
# translators: a format added to the registry shows its English words until it is listed here.
FORMAT_TEXTS = (
    QT_TRANSLATE_NOOP("ExportFormats", "JSON…"),
    QT_TRANSLATE_NOOP("ExportFormats", "articles with versions, tags and annotations (Qalam's documented shape)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Markdown (with highlights and notes)…"),
    QT_TRANSLATE_NOOP("ExportFormats", "articles to read, with highlights and notes"),
    QT_TRANSLATE_NOOP("ExportFormats", "CSV, One Row per Article…"),
    QT_TRANSLATE_NOOP("ExportFormats", "one row per article, for spreadsheets (UTF-8 with a byte-order mark)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Annotations as W3C Web Annotation JSON-LD…"),
    QT_TRANSLATE_NOOP("ExportFormats", "annotations as W3C Web Annotation JSON-LD (Hypothesis and other annotation tools read it; qalam import-annotations reads it back)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Annotations as CSV…"),
    QT_TRANSLATE_NOOP("ExportFormats", "one row per annotation, for spreadsheets and QDA tools (UTF-8 with a byte-order mark)"),
    QT_TRANSLATE_NOOP("ExportFormats", "REFI-QDA Project (.qdpx)…"),
    QT_TRANSLATE_NOOP("ExportFormats", "REFI-QDA project for NVivo, ATLAS.ti, MAXQDA, QualCoder: versions, codes, codings, coders, notes"),
    QT_TRANSLATE_NOOP("ExportFormats", "REFI-QDA Codebook (.qdc)…"),
    QT_TRANSLATE_NOOP("ExportFormats", "the codebook alone, as a REFI-QDA codebook"),
    QT_TRANSLATE_NOOP("ExportFormats", "Citations as CSL-JSON (Zotero, Pandoc)…"),
    QT_TRANSLATE_NOOP("ExportFormats", "citations as CSL-JSON (Zotero, Mendeley, Pandoc, citeproc)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Citations as RIS (Zotero, EndNote)…"),
    QT_TRANSLATE_NOOP("ExportFormats", "citations as RIS (Zotero, EndNote, Mendeley)"),
    QT_TRANSLATE_NOOP("ExportFormats", "Citations as BibLaTeX…"),
    QT_TRANSLATE_NOOP("ExportFormats", "citations as BibLaTeX @article with entrysubtype newspaper (biber, Pandoc, Better BibTeX)"),
)
SCOPES = (
    ("library", QT_TRANSLATE_NOOP("ExportsController", "Whole &Library")),
    ("selection", QT_TRANSLATE_NOOP("ExportsController", "&Selected Articles")),
    ("article", QT_TRANSLATE_NOOP("ExportsController", "This &Article")),
)


def _format_text(text: str) -> str:
    return QCoreApplication.translate("ExportFormats", text)


class ExportsController(RetranslatingObject, QObject):
    def __init__(self, session: LibrarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        self.menu = QMenu(parent)
        self.menu.setObjectName("exports")
        self._formats: list[tuple[object, ExportFormat]] = []  # each menu entry, and its format
        self._scopes: list[tuple[QMenu, str]] = []
        for scope, title in SCOPES:
            sub = self.menu.addMenu(title)
            sub.setObjectName(f"exports.{scope}")
            self._scopes.append((sub, title))
            previous: Scope | None = None
            for fmt in FORMATS:
                if previous is not None and fmt.scope is not previous:
                    sub.addSeparator()
                previous = fmt.scope
                action = sub.addAction(fmt.label, lambda f=fmt, s=scope: self.export(f, s))
                action.setObjectName(f"exports.{scope}.{fmt.key}")
                self._formats.append((action, fmt))
        session.actions.add_menu("exports", self.menu)
        self.creator = CreatorName(session, parent)
        self.annotation_import = AnnotationImportController(session, parent)
        self.citations = CitationsController(session, parent)
        session.theme.changed.connect(lambda palette: self.menu.setIcon(themed_icon("export", palette.icon)))
        self.menu.setIcon(themed_icon("export", session.theme.palette.icon))
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Export"))
        for sub, title in self._scopes:
            sub.setTitle(self.tr(title))
        for action, fmt in self._formats:
            action.setText(_format_text(fmt.label))  # type: ignore[attr-defined]
            action.setStatusTip(_format_text(fmt.description))  # type: ignore[attr-defined]

    def export(self, fmt: ExportFormat, scope: str = "library", target: Path | None = None) -> None:
        """Ask where (unless `target` is given), then export in the background."""
        ids: list[ArticleId] | None = None
        if scope == "selection":
            ids = self.session.selection
        elif scope == "article":
            article = self.session.current_article
            ids = [article.id] if article is not None else []
        if ids is not None and not ids:
            self.session.say(self.tr("Choose the articles to export first."), 4000)
            return
        creator = self.creator.ensure() if fmt.uses_options else None
        if fmt.uses_options and creator is None:
            return
        options = self.creator.options(creator)
        if target is None:
            stem = fmt.stem or ("qalam-annotations" if fmt.scope is Scope.ANNOTATIONS else "qalam-export")
            path, _ = QFileDialog.getSaveFileName(self._parent, self.tr("Export"), str(Path.home() / f"{stem}.{fmt.suffix}"), f"*.{fmt.suffix}")
            if not path:
                return
            target = Path(path)
        destination = target
        self.session.say(self.tr("Exporting to %1…").replace("%1", str(destination)), 0)

        def done(result: ExportResult) -> None:
            self.session.say(self.tr("Exported %1 to %2").replace("%1", self._summary(result)).replace("%2", str(destination)), 8000)

        def failed(error: BaseException) -> None:
            self.session.say("", 1)
            inform(self._parent, self.tr("Export"), self.tr("The export could not be written:\n\n%1").replace("%1", str(error)), warning=True)

        # No latest-only key: two exports to two files both finish.
        self.session.read(lambda db: write_export_file(db, fmt, destination, ids, options), done, failed)

    def _summary(self, result: ExportResult) -> str:
        """"12 articles", "3 annotations", "5 codes" in the interface language."""
        if result.scope is Scope.ANNOTATIONS:
            return self.tr("%Ln annotation(s)", "", result.count)
        if result.scope is Scope.CODES:
            return self.tr("%Ln code(s)", "", result.count)
        return self.tr("%Ln article(s)", "", result.count)
