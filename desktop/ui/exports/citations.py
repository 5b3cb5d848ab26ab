"""Edit ▸ Copy Citation: a formatted reference of the selected articles (or the one being read) on the clipboard.

The references are rendered off the GUI thread by citeproc-py in the bundled CSL style
(resources/csl), as plain text and as HTML (the style's italics), so a word processor pastes
them formatted and a text editor as text. The article being read is cited in the version shown
in the reader; others in the version the reader opens on.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtWidgets import QWidget

from desktop.core.ids import ArticleId, VersionId
from desktop.ui.actions import ActionSpec
from desktop.ui.clipboard import put_rich_text
from desktop.ui.dialogs import inform
from desktop.ui.resources import resources_dir
from desktop.ui.session import LibrarySession

STYLE_FILE = "harvard-cite-them-right.csl"
ACTION = ActionSpec(
    "edit.copy_citation",
    QT_TRANSLATE_NOOP("Actions", "Copy &Citation"),
    QT_TRANSLATE_NOOP("Actions", "Articles"),
    ("Ctrl+Alt+C",),
    help=QT_TRANSLATE_NOOP("Actions", "copy a formatted reference of the selected articles"),
)
READ_KEY = "citations.copy"


class CitationsController(QObject):
    copied = Signal(int)  # how many references went to the clipboard

    def __init__(self, session: LibrarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        session.actions.add(ACTION, self.copy_citation)

    def copy_citation(self) -> None:
        ids = self.session.targets()
        if not ids:
            self.session.say(self.tr("Select the articles to cite first."), 4000)
            return
        versions: dict[ArticleId, VersionId] = {}
        article, version = self.session.current_article, self.session.current_version
        if article is not None and version is not None and article.id in ids:
            versions[article.id] = version.id
        style = resources_dir() / "csl" / STYLE_FILE

        def render(db):
            from desktop.core.exports.citation_record import iter_citations
            from desktop.core.exports.citation_text import format_references  # citeproc-py: loaded when first used

            return format_references(list(iter_citations(db, ids, versions)), style)

        self.session.read(render, self._to_clipboard, self._failed, key=READ_KEY)

    def _to_clipboard(self, references) -> None:
        count = references.count
        if not count:
            self.session.say(self.tr("Those articles are no longer in the library."), 4000)
            return
        put_rich_text(references.plain, references.html)
        self.session.say(
            self.tr("Copied %Ln citation(s).", "", count), 4000
        )
        self.copied.emit(count)

    def _failed(self, error: BaseException) -> None:
        inform(
            self._parent,
            self.tr("Copy Citation"),
            self.tr("The citation could not be made:\n\n%1").replace("%1", str(error)),
            warning=True,
        )
