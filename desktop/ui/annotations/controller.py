"""Annotations at work: the panel dock, highlight keys, undo, the library-wide browser, colour names.

Every change is a write op; the session announces its `Change`, and the controller reloads
the annotations of the article being read when that article is among those changed (one
indexed query), handing them to the reader's highlight layer and to the panel. Making,
deleting and recolouring are undo commands. A deleted highlight is a tombstone (core), so
undo brings back the very same annotation: same id, same UUID, same anchors.

Annotations are made under the user's name; others' (arrived by sync) are shown as layers
that can be hidden, and are read-only unless the user allows editing them (layers.py).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDockWidget, QFormLayout, QLineEdit, QMainWindow, QMenu, QMessageBox
from sqlite_utils import Database

from desktop.core import annotations as core
from desktop.core.annotations import Annotation, HighlightColor
from desktop.core.changes import Change
from desktop.core.ids import AnnotationId, ArticleId, VersionId
from desktop.core.tags import list_tags
from desktop.core.transactions import write_transaction
from desktop.ui.actions import ActionSpec
from desktop.ui.annotations.browser import AnnotationBrowser
from desktop.ui.annotations.layers import AnnotationLayers
from desktop.ui.annotations.panel import AnnotationPanel
from desktop.ui.core_labels import color_name
from desktop.ui.dialogs import ask_text, inform
from desktop.ui.plain_text import elide_words
from desktop.ui.reader.pane import ReaderPane
from desktop.ui.resources import swatch
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.session import LibrarySession

GROUP = QT_TRANSLATE_NOOP("Actions", "Annotations")
ACTIONS = (
    ActionSpec("annotations.browse", QT_TRANSLATE_NOOP("Actions", "&Browse Annotations…"), GROUP, ("Ctrl+B",),
               help=QT_TRANSLATE_NOOP("Actions", "browse the annotations of the whole library")),
    ActionSpec("annotations.colors", QT_TRANSLATE_NOOP("Actions", "Highlight &Colour Names…"), GROUP),
    ActionSpec("annotations.note", QT_TRANSLATE_NOOP("Actions", "Add &Note to Article…"), GROUP, ("Ctrl+Shift+N",), "note"),
)  # fmt: skip
PANEL = ActionSpec("annotations.panel", QT_TRANSLATE_NOOP("Actions", "&Annotations Panel"), GROUP, ("Ctrl+Shift+A",), "annotation",
                   help=QT_TRANSLATE_NOOP("Actions", "show or hide the annotations panel"))  # fmt: skip
BROWSER_KEY = "annotations.browser"


def highlight_spec(color: HighlightColor) -> ActionSpec:
    return ActionSpec(f"annotations.highlight.{color.id}", "Highlight", GROUP, (str(color.id),))


class _CreateHighlight(QUndoCommand):
    """Redo after undo restores the very annotation made (its tombstone), not a new one."""

    def __init__(self, ctrl: AnnotationController, article: ArticleId, version: VersionId, start: int, end: int, color: int) -> None:
        super().__init__(QCoreApplication.translate("AnnotationController", "Highlight “%1”").replace("%1", ctrl.color_name(color)))
        self.ctrl, self.args = ctrl, (article, version, start, end, color)
        self.annotation: AnnotationId | None = None

    def redo(self) -> None:
        def op(db: Database) -> Change:
            if self.annotation is not None:
                return core.restore_annotation(db, self.annotation)
            made = core.create_highlight(db, *self.args, author=self.ctrl.layers.me)
            self.annotation = made.annotation.id
            return made.change

        self.ctrl.run(op, select=True)

    def undo(self) -> None:
        self.ctrl.run(lambda db: core.delete_annotation(db, self.annotation) if self.annotation is not None else Change())


class _DeleteAnnotation(QUndoCommand):
    def __init__(self, ctrl: AnnotationController, annotation: AnnotationId) -> None:
        super().__init__(QCoreApplication.translate("AnnotationController", "Delete Highlight"))
        self.ctrl, self.annotation = ctrl, annotation

    def redo(self) -> None:
        self.ctrl.run(lambda db: core.delete_annotation(db, self.annotation))

    def undo(self) -> None:
        self.ctrl.session.say("", 1)  # "Highlight deleted. Ctrl+Z brings it back." is stale once it has
        self.ctrl.run(lambda db: core.restore_annotation(db, self.annotation), select=True)


class _Recolor(QUndoCommand):
    def __init__(self, ctrl: AnnotationController, annotation: AnnotationId, old: int, new: int) -> None:
        super().__init__(QCoreApplication.translate("AnnotationController", "Recolour to “%1”").replace("%1", ctrl.color_name(new)))
        self.ctrl, self.annotation, self.old, self.new = ctrl, annotation, old, new

    def redo(self) -> None:
        self.ctrl.run(lambda db: core.recolor(db, self.annotation, self.new))

    def undo(self) -> None:
        self.ctrl.run(lambda db: core.recolor(db, self.annotation, self.old))


class AnnotationController(RetranslatingObject, QObject):
    openRequested = Signal(int, int)  # article, annotation: the browser asks to show one

    def __init__(self, session: LibrarySession, reader: ReaderPane, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.reader = reader
        self._window = window
        self.panel = AnnotationPanel()
        self.dock = QDockWidget(window)
        self.dock.setObjectName("annotationDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.dock.setMinimumWidth(200)
        self.dock.hide()  # opened by the user, or by making a first highlight; restored with the window state
        self.browser: AnnotationBrowser | None = None
        self._colors: list[HighlightColor] = core.list_colors(session.db)
        self._annotations: list[Annotation] = []
        self._hidden: frozenset[int] = frozenset()  # passages whose only codings are hidden (coding: show only mine)
        self._read_only: frozenset[int] = frozenset()
        self.layers = AnnotationLayers(session, window)
        self.layers.changed.connect(self.reload)

        slots: dict[str, Callable[[], None]] = {
            "annotations.browse": self.open_browser,
            "annotations.colors": self.edit_color_names,
            "annotations.note": self.add_article_note,
        }
        for spec in ACTIONS:
            session.actions.add(spec, slots[spec.id])
        session.actions.adopt(PANEL, self.dock.toggleViewAction())
        self.highlight_menu = QMenu(window)
        self.highlight_menu.setObjectName("annotations.highlight")
        for color in self._colors:
            action = session.actions.add(highlight_spec(color), lambda _=False, c=color.id: self.highlight_or_recolor(c))
            action.setIcon(swatch(color.color))
            self.highlight_menu.addAction(action)
        self._name_highlight_actions()
        session.actions.add_menu("annotations.highlight", self.highlight_menu)

        highlights = reader.highlights
        highlights.set_colors(self._colors)
        highlights.highlightRequested.connect(self.highlight_selection)
        highlights.annotationClicked.connect(self.select_annotation)
        highlights.deleteRequested.connect(self.delete)
        highlights.noteRequested.connect(self.edit_note_of)
        self.panel.noteEdited.connect(self.save_note)
        self.panel.annotationActivated.connect(self._scroll_to)
        self.panel.deleteRequested.connect(self.delete)
        self.panel.recolorRequested.connect(self.recolor)
        self.panel.reattachRequested.connect(self.reattach)
        self.panel.addNoteRequested.connect(self.add_article_note)
        session.currentChanged.connect(self.reload)
        session.libraryChanged.connect(self._on_library_changed)
        session.theme.changed.connect(self.panel.set_palette)
        self.panel.set_palette(session.theme.palette)
        self.retranslate()

    def retranslate(self) -> None:
        self.highlight_menu.setTitle(self.tr("&Highlight Selection"))
        self._name_highlight_actions()
        self._title_dock()

    def color_name(self, color: int) -> str:
        return next((color_name(c.name) for c in self._colors if c.id == color), str(color))

    def _name_highlight_actions(self) -> None:
        for color in self._colors:
            self.session.actions.set_text(f"annotations.highlight.{color.id}", self.tr("Highlight as %1").replace("%1", color_name(color.name)))

    def _title_dock(self) -> None:
        count = len(self._annotations)
        self.dock.setWindowTitle(self.tr("Annotations (%1)").replace("%1", str(count)) if count else self.tr("Annotations"))

    def flush_edits(self) -> None:
        """Queue any note still waiting for its save timer (the window is closing)."""
        self.panel.flush_notes()

    # --- loading ----------------------------------------------------------------------------------
    @Slot(object)
    def _on_library_changed(self, change: Change) -> None:
        article = self.session.current_article
        if change.highlight_colors:
            self._colors = core.list_colors(self.session.db)
            self.reader.highlights.set_colors(self._colors)
            self._name_highlight_actions()
        if article is not None and (article.id in change.annotations or article.id in change.texts or change.highlight_colors):
            self.reload()
        if self.browser is not None and self.browser.isVisible() and (change.annotations or change.highlight_colors or change.tag_definitions):
            self.refresh_browser()

    @Slot()
    def reload(self) -> None:
        article = self.session.current_article
        version = self.session.current_version
        loaded = core.article_annotations(self.session.db, article.id) if article is not None else []
        self._annotations = self.layers.visible([a for a in loaded if a.id not in self._hidden])
        self._read_only = self.layers.read_only(self._annotations)
        self.reader.highlights.set_annotations(self._annotations, self._read_only)
        self.panel.set_content(
            self._annotations, version.id if version is not None else None, self._colors, me=self.layers.me, read_only=self._read_only
        )
        self._title_dock()
        self.panel.set_can_add_note(article is not None)

    def set_passage_codes(self, codes: dict[int, tuple[tuple[str, str], ...]], hidden: frozenset[int]) -> None:
        """The coding controller's part of each card: the codes a passage carries (name, colour), and
        the passages to leave out (coded only by other coders while "show only my codings" is on)."""
        self.panel.set_codes(codes)
        if hidden != self._hidden:
            self._hidden = hidden
            self.reload()

    def selected_annotation(self) -> int | None:
        """The annotation selected in the panel (or by a click in the reader), if any."""
        return self.panel.selected()

    def run(self, op: Callable[[Database], object], *, select: bool = False) -> None:
        """Run a change on the writer thread; with `select`, show and select what it touched."""

        def done(result: object) -> None:
            change = result if isinstance(result, Change) else getattr(result, "change", Change())
            if select and change.touched_annotations:
                self.dock.show()
                self.select_annotation(next(iter(change.touched_annotations)))

        self.session.write(op, done, self._error)

    def _error(self, error: BaseException) -> None:
        inform(self._window, self.tr("Annotations"), str(error))

    def _refused(self, annotation: int) -> bool:
        """Others' annotations are read-only unless the user allows editing them: say so, once per try."""
        if annotation not in self._read_only:
            return False
        found = next((a for a in self._annotations if a.id == annotation), None)
        who = found.author if found is not None and found.author else self.tr("someone else")
        text = self.tr("This annotation is %1's, and read-only: View ▸ Edit Others' Annotations allows changing it.")
        self.session.say(text.replace("%1", who), 6000)
        return True

    # --- making and changing -----------------------------------------------------------------------------
    @Slot(int)
    def highlight_or_recolor(self, color: int) -> None:
        if self.reader.highlights.selection() is not None:
            self.highlight_selection(color)
        elif self.panel.selected() is not None:
            self.recolor(self.panel.selected(), color)
        else:
            self.session.say(self.tr("Select text in the reader to highlight it."), 4000)

    @Slot(int)
    def highlight_selection(self, color: int) -> None:
        article = self.session.current_article
        selection = self.reader.highlights.selection()
        if article is None or selection is None:
            return
        version, start, end = selection
        self.session.undo_stack.push(_CreateHighlight(self, article.id, version, start, end, color))
        self.reader.clear_selection()

    @Slot(int)
    def delete(self, annotation: int) -> None:
        if self._refused(annotation):
            return
        self.session.undo_stack.push(_DeleteAnnotation(self, AnnotationId(annotation)))
        self.session.say(self.tr("Highlight deleted. Ctrl+Z brings it back."), 6000)

    @Slot(int, int)
    def recolor(self, annotation: int, color: int) -> None:
        current = next((a for a in self._annotations if a.id == annotation), None)
        if self._refused(annotation):
            return
        if current is not None and current.color_id != color:
            self.session.undo_stack.push(_Recolor(self, AnnotationId(annotation), current.color_id or color, color))

    @Slot(int, str)
    def save_note(self, annotation: int, note: str) -> None:
        if self._refused(annotation):
            return
        self.run(lambda db: core.update_note(db, AnnotationId(annotation), note))

    @Slot(int)
    def edit_note_of(self, annotation: int) -> None:
        if self._refused(annotation):
            return
        self.dock.show()
        self.select_annotation(annotation)
        self.panel.focus_note(annotation)

    @Slot(int)
    def reattach(self, annotation: int) -> None:
        selection = self.reader.highlights.selection()
        if selection is None:
            QMessageBox.information(self._window, self.tr("Re-attach"), self.tr("Select the passage in the reader first, then choose Re-attach."))
            return
        if self._refused(annotation):
            return
        version, start, end = selection
        self.run(lambda db: core.reattach(db, AnnotationId(annotation), version, start, end), select=True)

    @Slot()
    def add_article_note(self) -> None:
        article = self.session.current_article
        if article is None:
            return
        text = ask_text(self._window, self.tr("Note on the Article"), self.tr("A note on “%1”:").replace("%1", elide_words(article.title, 80)), multiline=True)
        if text and text.strip():
            note = text.strip()
            author = self.layers.me
            self.run(lambda db: core.create_note(db, article.id, note, author=author), select=True)
            self.dock.show()

    # --- selection and scrolling --------------------------------------------------------------------------
    @Slot(int)
    def select_annotation(self, annotation: int) -> None:
        self.panel.select(annotation)
        self.reader.highlights.select(annotation)

    @Slot(int)
    def _scroll_to(self, annotation: int) -> None:
        self.reader.highlights.select(annotation)
        self.reader.highlights.scroll_to(annotation)

    def show_annotation(self, annotation: int) -> None:
        """After the article is shown: switch to a version it is placed on, select it and scroll to it."""
        found = next((a for a in self._annotations if a.id == annotation), None)
        article, version = self.session.current_article, self.session.current_version
        if found is not None and found.version_id is not None and article is not None:
            versions = [v.id for v in article.versions]
            info = found.anchor_on(version.id) if version is not None else None
            if (info is None or info.start is None) and found.version_id in versions:
                self.reader.show_version(versions.index(found.version_id))
        self.dock.show()
        self.select_annotation(annotation)
        self.reader.highlights.scroll_to(annotation)

    # --- library-wide -----------------------------------------------------------------------------------------
    def open_browser(self) -> None:
        if self.browser is None:
            self.browser = AnnotationBrowser(self._window)
            self.browser.filtersChanged.connect(self.refresh_browser)
            self.browser.openRequested.connect(self.openRequested)
        self.browser.set_choices(self._colors, [t.name for t in list_tags(self.session.db)])
        self.refresh_browser()
        self.browser.show()
        self.browser.raise_()

    @Slot()
    def refresh_browser(self) -> None:
        browser = self.browser
        if browser is None or self.session.closed:
            return
        colors, tag, text = browser.selected_colors(), browser.selected_tag(), browser.text.text()
        palette = {c.id: c for c in self._colors}
        self.session.read(
            lambda db: core.browse_annotations(db, colors=colors, tag=tag, text=text),
            lambda hits: browser.show_hits(hits, palette),
            self._error,
            key=BROWSER_KEY,
        )

    def edit_color_names(self) -> None:
        dialog = QDialog(self._window)
        dialog.setWindowTitle(self.tr("Highlight Colour Names"))
        dialog.setMinimumWidth(360)
        form = QFormLayout(dialog)
        edits: dict[int, QLineEdit] = {}
        for color in self._colors:
            edit = QLineEdit(color_name(color.name), dialog)
            edit.addAction(swatch(color.color), QLineEdit.ActionPosition.LeadingPosition)
            form.addRow(f"{color.id}", edit)
            edits[color.id] = edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        accepted = dialog.exec()
        dialog.deleteLater()
        if not accepted:
            return
        shown = {c.id: color_name(c.name) for c in self._colors}  # a default name left as shown stays the default
        names = {ident: edit.text().strip() for ident, edit in edits.items() if edit.text().strip() not in ("", shown[ident])}

        def op(db: Database) -> Change:
            with write_transaction(db):
                return Change.merge([core.rename_color(db, ident, name) for ident, name in names.items()])

        self.session.write(op, None, self._error)

