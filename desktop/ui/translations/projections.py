"""Highlights carried across languages, in the reader: shown projected, and confirmed into real ones.

When the article being read has linked translations with highlights (or coded passages), the
controller computes their projections onto the version shown, as a read op (core/projection.py:
an alignment per translation with highlights), and hands them to the reader's projection marks.
They are recomputed when the article, its version, its translations' annotations, its links or
the pair's alignment change. Confirm Projection (Ctrl+Shift+P, or the reader's context menu on a
projection) makes a real highlight of this edition: on the selected text when the selection
touches a projection, else on the whole projection under the cursor. It is an undo command;
undo leaves a tombstone, and the projection shows again.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, QPoint, Slot
from PySide6.QtGui import QContextMenuEvent, QUndoCommand
from PySide6.QtWidgets import QMenu, QWidget
from sqlite_utils import Database

from desktop.core import annotations as core
from desktop.core.changes import Change
from desktop.core.ids import AnnotationId, ArticleId, VersionId
from desktop.core.projection import Projection, confirm_projection, project_annotations
from desktop.core.translations import translations_of
from desktop.ui.actions import ActionSpec
from desktop.ui.reader.pane import ReaderPane
from desktop.ui.reader.projection_marks import ProjectedMark, ProjectionMarks
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.session import LibrarySession

GROUP = QT_TRANSLATE_NOOP("Actions", "Translations")
CONFIRM = ActionSpec("translations.confirm_projection", QT_TRANSLATE_NOOP("Actions", "Confirm &Projection"), GROUP, ("Ctrl+Shift+P",),
                     tip=QT_TRANSLATE_NOOP("Actions", "Make the projected highlight under the selection a highlight of this edition"),
                     help=QT_TRANSLATE_NOOP("Actions", "make a projected highlight a highlight of this edition"))  # fmt: skip
PROJECTIONS_KEY = "reader.projections"


class _ConfirmProjection(QUndoCommand):
    def __init__(
        self, session: LibrarySession, article: ArticleId, version: VersionId, span: tuple[int, int], source: AnnotationId
    ) -> None:
        super().__init__(QCoreApplication.translate("ProjectionController", "Confirm Projection"))
        self.session, self.args = session, (article, version, *span, source)
        self.annotation: AnnotationId | None = None
        self.coded = False

    def redo(self) -> None:
        def op(db: Database) -> Change:
            if self.annotation is not None:
                return core.restore_annotation(db, self.annotation) | Change(codes=self.coded)
            made = confirm_projection(db, *self.args)
            self.annotation, self.coded = made.annotation.id, made.change.codes
            return made.change

        self.session.write(op, None, lambda error: self.session.say(str(error), 6000))

    def undo(self) -> None:
        def op(db: Database) -> Change:
            if self.annotation is None:
                return Change()
            return core.delete_annotation(db, self.annotation) | Change(codes=self.coded)

        self.session.write(op, None, lambda error: self.session.say(str(error), 6000))


class ProjectionController(RetranslatingObject, QObject):
    def __init__(self, session: LibrarySession, reader: ReaderPane, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.reader = reader
        self.marks = ProjectionMarks(reader.browser, reader.highlights)
        self._projections: tuple[Projection, ...] = ()
        self._shown: tuple[ArticleId, VersionId] | None = None
        self._translations: frozenset[ArticleId] = frozenset()
        self._menu_point: QPoint | None = None
        self._colors = {c.id: c.color for c in core.list_colors(session.db)}
        self.action = session.actions.add(CONFIRM, self.confirm)
        reader.browser.viewport().installEventFilter(self)  # after the highlight layer's: sees a context menu first
        reader.highlights.contextMenuShowing.connect(self._add_to_menu)
        session.currentChanged.connect(self.reload)
        session.libraryChanged.connect(self._on_library_changed)
        session.theme.changed.connect(self.marks.set_palette)
        self.marks.set_palette(session.theme.palette)

    @property
    def projections(self) -> tuple[Projection, ...]:
        return self._projections

    # --- computing -------------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        article, version = self.session.current_article, self.session.current_version
        if article is None or version is None:
            self._set((), None)
            return
        self._translations = frozenset(t.article for t in translations_of(self.session.db, article.id))
        if not self._translations:
            self._set((), (article.id, version.id))
            self.session.reads.cancel(PROJECTIONS_KEY)
            return
        wanted = (article.id, version.id)
        self.session.read(
            lambda db: project_annotations(db, *wanted),
            lambda found: self._set(found, wanted) if self._current() == wanted else None,
            lambda error: self.session.say(
                self.tr("Highlights of the translations could not be projected: %1").replace("%1", str(error)), 6000
            ),
            key=PROJECTIONS_KEY,
        )

    def _current(self) -> tuple[ArticleId, VersionId] | None:
        article, version = self.session.current_article, self.session.current_version
        return (article.id, version.id) if article is not None and version is not None else None

    def _on_library_changed(self, change: Change) -> None:
        if change.highlight_colors:
            self._colors = {c.id: c.color for c in core.list_colors(self.session.db)}
        current = self._current()
        if current is None:
            return
        mine = {current[0], *self._translations}
        if (
            change.highlight_colors
            or mine & (change.annotations | change.texts | change.alignments)
            or current[0] in change.links
        ):
            self.reload()

    def retranslate(self) -> None:
        self._set(self._projections, self._shown)  # the marks' tooltips

    def _set(self, projections: tuple[Projection, ...], shown: tuple[ArticleId, VersionId] | None) -> None:
        self._projections, self._shown = tuple(projections), shown
        self.marks.set_marks(
            [ProjectedMark(p.source, p.start, p.end, self._color(p), self._tooltip(p)) for p in self._projections]
        )

    def _color(self, projection: Projection) -> str | None:
        return self._colors.get(projection.color_id) if projection.color_id is not None else None

    def _tooltip(self, p: Projection) -> str:
        quote = p.quote if len(p.quote) <= 120 else p.quote[:119] + "…"
        lines = [self.tr("Projected from the %1 edition: “%2”").replace("%1", p.source_label).replace("%2", quote)]
        if p.note:
            lines.append(self.tr("Note: %1").replace("%1", p.note))
        if p.codes:
            lines.append(self.tr("Codes: %1").replace("%1", ", ".join(p.codes)))
        lines.append(self.tr("Select the words it stands for and Confirm Projection (Ctrl+Shift+P) to highlight them here."))
        return "\n".join(lines)

    # --- confirming -------------------------------------------------------------------------------------
    def confirm(self) -> None:
        """On the selection when it touches a projection, else on the whole projection at the cursor."""
        article, version = self._current() or (None, None)
        if article is None or version is None or self._shown != (article, version):
            return
        chosen = self._chosen()
        if chosen is None:
            self.session.say(self.tr("Select text on a projected highlight (dashed underline) to confirm it."), 5000)
            return
        projection, span = chosen
        self._menu_point = None
        self.session.undo_stack.push(_ConfirmProjection(self.session, article, version, span, projection.source))
        self.reader.clear_selection()

    def _chosen(self) -> tuple[Projection, tuple[int, int]] | None:
        by_source = {p.source: p for p in self._projections}
        selection = self.reader.highlights.selection()
        cursor = self.reader.browser.textCursor()
        if selection is not None:
            keys = self.marks.overlapping(cursor.selectionStart(), cursor.selectionEnd())
            if keys:
                return by_source[keys[0]], (selection[1], selection[2])
        position = self.reader.browser.cursorForPosition(self._menu_point).position() if self._menu_point else cursor.position()
        keys = self.marks.at(position)
        if keys:
            projection = by_source[keys[0]]
            return projection, (projection.start, projection.end)
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Where the reader's context menu was asked for: what Confirm Projection in it applies to."""
        kind = event.type()
        if kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self._menu_point = event.pos()
        elif kind == QEvent.Type.MouseButtonPress:
            self._menu_point = None
        return False

    def _add_to_menu(self, menu: QMenu, _hit: object) -> None:
        if self._chosen() is not None:
            menu.addSeparator()
            menu.addAction(self.action)
