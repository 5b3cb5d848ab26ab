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

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QFileDialog, QMenu, QWidget

from desktop.core.exports.registry import FORMATS, ExportFormat, ExportResult, Scope
from desktop.core.exports.writing import write_export_file
from desktop.core.ids import ArticleId
from desktop.ui.dialogs import inform
from desktop.ui.exports.annotation_import import AnnotationImportController
from desktop.ui.exports.citations import CitationsController
from desktop.ui.exports.creator import CreatorName
from desktop.ui.resources import themed_icon
from desktop.ui.session import LibrarySession


class ExportsController(QObject):
    def __init__(self, session: LibrarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        self.menu = QMenu(self.tr("&Export"), parent)
        self.menu.setObjectName("exports")
        for scope, title in (("library", self.tr("Whole &Library")), ("selection", self.tr("&Selected Articles")), ("article", self.tr("This &Article"))):
            sub = self.menu.addMenu(title)
            sub.setObjectName(f"exports.{scope}")
            previous: Scope | None = None
            for fmt in FORMATS:
                if previous is not None and fmt.scope is not previous:
                    sub.addSeparator()
                previous = fmt.scope
                action = sub.addAction(self.tr(fmt.label), lambda f=fmt, s=scope: self.export(f, s))
                action.setObjectName(f"exports.{scope}.{fmt.key}")
                action.setStatusTip(fmt.description)
        session.actions.add_menu("exports", self.menu)
        self.creator = CreatorName(session, parent)
        self.annotation_import = AnnotationImportController(session, parent)
        self.citations = CitationsController(session, parent)
        session.theme.changed.connect(lambda palette: self.menu.setIcon(themed_icon("export", palette.icon)))
        self.menu.setIcon(themed_icon("export", session.theme.palette.icon))

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
            self.session.say(self.tr("Exported %1 to %2").replace("%1", result.summary()).replace("%2", str(destination)), 8000)

        def failed(error: BaseException) -> None:
            self.session.say("", 1)
            inform(self._parent, self.tr("Export"), self.tr("The export could not be written:\n\n%1").replace("%1", str(error)), warning=True)

        # No latest-only key: two exports to two files both finish.
        self.session.read(lambda db: write_export_file(db, fmt, destination, ids, options), done, failed)
