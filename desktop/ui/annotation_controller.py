"""Wires annotations into the window: the panel dock, highlight keys, undo, the browser, colours.

Every change runs on the writer thread as a core call; when it is done, the current article's
annotations are reloaded (one indexed query) and handed to the reader's highlight layer and
the panel, and the list row and sidebar counts are told. Creating, deleting and recolouring
are QUndoCommands, so Ctrl+Z brings back a deleted highlight exactly as it was.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QDockWidget, QFormLayout, QLineEdit, QMessageBox

from desktop.core import annotations as core
from desktop.core.annotations import Annotation, DeletedAnnotation, HighlightColor
from desktop.core.ids import ArticleId, VersionId
from desktop.core.tags import list_tags
from desktop.ui.annotation_browser import AnnotationBrowser
from desktop.ui.annotation_panel import AnnotationPanel
from desktop.ui.dialogs import ask_text, inform
from desktop.ui.tag_dialogs import swatch

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow


class _CreateHighlight(QUndoCommand):
    def __init__(self, ctrl: AnnotationController, article: ArticleId, version: VersionId, start: int, end: int, color: int) -> None:
        super().__init__(f"Highlight “{ctrl.color_name(color)}”")
        self.ctrl, self.args = ctrl, (article, version, start, end, color)
        self.annotation_id: int | None = None
        self.deleted: DeletedAnnotation | None = None

    def redo(self) -> None:
        def op(db):
            if self.deleted is not None:  # redo after undo: the very same annotation again
                change = core.restore_annotation(db, self.deleted)
                self.annotation_id = next(iter(change.annotations))
                return change.articles, self.annotation_id
            created = core.create_highlight(db, *self.args)
            self.annotation_id = created.id
            return frozenset({created.article_id}), created.id

        self.ctrl.run(op, select=True)

    def undo(self) -> None:
        def op(db):
            self.deleted = core.delete_annotation(db, self.annotation_id)
            return frozenset({self.deleted.annotation.article_id}), None

        self.ctrl.run(op)


class _DeleteAnnotation(QUndoCommand):
    def __init__(self, ctrl: AnnotationController, annotation: int) -> None:
        super().__init__("Delete Highlight")
        self.ctrl, self.annotation_id = ctrl, annotation
        self.deleted: DeletedAnnotation | None = None

    def redo(self) -> None:
        def op(db):
            self.deleted = core.delete_annotation(db, self.annotation_id)
            return frozenset({self.deleted.annotation.article_id}), None

        self.ctrl.run(op)

    def undo(self) -> None:
        def op(db):
            change = core.restore_annotation(db, self.deleted)
            self.annotation_id = next(iter(change.annotations))  # a later redo deletes this one
            return change.articles, self.annotation_id

        self.ctrl.run(op, select=True)


class _Recolor(QUndoCommand):
    def __init__(self, ctrl: AnnotationController, annotation: int, old: int, new: int) -> None:
        super().__init__(f"Recolour to “{ctrl.color_name(new)}”")
        self.ctrl, self.annotation_id, self.old, self.new = ctrl, annotation, old, new

    def _set(self, color: int) -> None:
        self.ctrl.run(lambda db: (core.recolor(db, self.annotation_id, color).articles, self.annotation_id))

    def redo(self) -> None:
        self._set(self.new)

    def undo(self) -> None:
        self._set(self.old)


class AnnotationController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.reader = window.reader
        self.undo_stack = QUndoStack(self)
        self.panel = AnnotationPanel()
        self.dock = QDockWidget("Annotations", window)
        self.dock.setObjectName("annotationDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.dock.setMinimumWidth(200)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
        self.dock.hide()  # opened by the user, or by making a first highlight; restored with the window state
        self.browser: AnnotationBrowser | None = None
        self._colors: list[HighlightColor] = core.list_colors(window.db)
        self._annotations: list[Annotation] = []

        self.act_undo = self.undo_stack.createUndoAction(window, "&Undo")
        self.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.act_redo = self.undo_stack.createRedoAction(window, "&Redo")
        self.act_redo.setShortcut(QKeySequence.StandardKey.Redo)
        window.addAction(self.act_undo)
        window.addAction(self.act_redo)
        self.act_toggle_dock = self.dock.toggleViewAction()
        self.act_toggle_dock.setText("&Annotations Panel")
        self.act_toggle_dock.setShortcut(QKeySequence("Ctrl+Shift+A"))
        self.act_browse = self._action("&Browse Annotations…", self.open_browser, "Ctrl+B")
        self.act_colors = self._action("Highlight &Colour Names…", self.edit_color_names)
        self.act_note = self._action("Add &Note to Article…", self.add_article_note, "Ctrl+Shift+N")
        self.highlight_actions: list[QAction] = []
        for color in self._colors:
            action = self._action(f"Highlight as {color.name}", lambda _=False, c=color.id: self.highlight_or_recolor(c), str(color.id))
            action.setIcon(swatch(color.color))
            self.highlight_actions.append(action)

        highlights = self.reader.highlights
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
        self.reader.versionShown.connect(self.reload)

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.window.addAction(action)
        return action

    def color_name(self, color: int) -> str:
        return next((c.name for c in self._colors if c.id == color), str(color))

    def flush_edits(self) -> None:
        """Queue any note still waiting for its save timer (the window is closing)."""
        self.panel.flush_notes()

    def set_palette(self, palette) -> None:
        self.panel.set_palette(palette)

    # --- loading ----------------------------------------------------------------------------------
    @Slot()
    def reload(self) -> None:
        article = self.reader.article
        version = self.reader.current_version()
        self._annotations = core.article_annotations(self.window.db, article.id) if article is not None else []
        version_id = version.id if version is not None else None
        self.reader.highlights.set_annotations(self._annotations)
        self.panel.set_content(self._annotations, version_id, self._colors)
        count = len(self._annotations)
        self.dock.setWindowTitle(f"Annotations ({count})" if count else "Annotations")
        self.panel.add_note_button.setEnabled(article is not None)
        if self.browser is not None and self.browser.isVisible():
            self.refresh_browser()

    def run(self, op, *, select: bool = False) -> None:
        """Run a core change on the writer thread; op returns (changed articles, annotation to select)."""

        def done(result) -> None:
            articles, annotation = result
            self.window.articles_changed(articles, reader=False)
            self.reload()
            if select and annotation is not None:
                self.dock.show()
                self.select_annotation(annotation)

        self.window.writer.run(op, on_done=done, on_error=self._error)

    def _error(self, message: str) -> None:
        inform(self.window, "Annotations", message)

    # --- making and changing -----------------------------------------------------------------------------
    @Slot(int)
    def highlight_or_recolor(self, color: int) -> None:
        if self.reader.highlights.selection() is not None:
            self.highlight_selection(color)
        elif self.panel.selected() is not None:
            self.recolor(self.panel.selected(), color)
        else:
            self.window.statusBar().showMessage("Select text in the reader to highlight it.", 4000)

    @Slot(int)
    def highlight_selection(self, color: int) -> None:
        article = self.reader.article
        selection = self.reader.highlights.selection()
        if article is None or selection is None:
            return
        version, start, end = selection
        self.undo_stack.push(_CreateHighlight(self, article.id, version, start, end, color))
        self.reader.browser.textCursor().clearSelection()
        cursor = self.reader.browser.textCursor()
        cursor.clearSelection()
        self.reader.browser.setTextCursor(cursor)

    @Slot(int)
    def delete(self, annotation: int) -> None:
        self.undo_stack.push(_DeleteAnnotation(self, annotation))
        self.window.statusBar().showMessage("Highlight deleted. Ctrl+Z brings it back.", 6000)

    @Slot(int, int)
    def recolor(self, annotation: int, color: int) -> None:
        current = next((a for a in self._annotations if a.id == annotation), None)
        if current is not None and current.color_id != color:
            self.undo_stack.push(_Recolor(self, annotation, current.color_id or color, color))

    @Slot(int, str)
    def save_note(self, annotation: int, note: str) -> None:
        self.run(lambda db: (core.update_note(db, annotation, note).articles, None))

    @Slot(int)
    def edit_note_of(self, annotation: int) -> None:
        self.dock.show()
        self.select_annotation(annotation)
        card = self.panel.card(annotation)
        if card is not None:
            card.note.setFocus()

    @Slot(int)
    def reattach(self, annotation: int) -> None:
        selection = self.reader.highlights.selection()
        if selection is None:
            QMessageBox.information(self.window, "Re-attach", "Select the passage in the reader first, then choose Re-attach.")
            return
        version, start, end = selection
        self.run(lambda db: (core.reattach(db, annotation, version, start, end).articles, annotation), select=True)

    @Slot()
    def add_article_note(self) -> None:
        article = self.reader.article
        if article is None:
            return
        text = ask_text(self.window, "Note on the Article", f"A note on “{article.title[:80]}”:", multiline=True)
        if text and text.strip():
            self.run(lambda db: (frozenset({article.id}), core.create_note(db, article.id, text.strip()).id), select=True)
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

    def open_at(self, article: int, annotation: int) -> None:
        """Show an article scrolled to one of its highlights (from the annotation browser)."""
        window = self.window
        if not window.article_list.select_article(ArticleId(article)):
            window.clear_filters()
            window.article_list.select_article(ArticleId(article))
        found = next((a for a in self._annotations if a.id == annotation), None)
        if found is not None and found.version_id is not None:
            versions = [v.id for v in window.reader.article.versions] if window.reader.article else []
            info = found.anchor_on(window.reader.current_version().id) if window.reader.current_version() else None
            if (info is None or info.start is None) and found.version_id in versions:
                window.reader.show_version(versions.index(found.version_id))
        self.dock.show()
        self.select_annotation(annotation)
        self.reader.highlights.scroll_to(annotation)
        window.raise_()
        window.activateWindow()

    # --- library-wide -----------------------------------------------------------------------------------------
    def open_browser(self) -> None:
        if self.browser is None:
            self.browser = AnnotationBrowser(self.window)
            self.browser.filtersChanged.connect(self.refresh_browser)
            self.browser.openRequested.connect(self.open_at)
        self.browser.set_choices(self._colors, [t.name for t in list_tags(self.window.db)])
        self.refresh_browser()
        self.browser.show()
        self.browser.raise_()

    @Slot()
    def refresh_browser(self) -> None:
        if self.browser is None:
            return
        hits = core.browse_annotations(
            self.window.db, colors=self.browser.selected_colors(), tag=self.browser.selected_tag(), text=self.browser.text.text()
        )
        self.browser.show_hits(hits, {c.id: c for c in self._colors})

    def edit_color_names(self) -> None:
        dialog = QDialog(self.window)
        dialog.setWindowTitle("Highlight Colour Names")
        form = QFormLayout(dialog)
        edits: dict[int, QLineEdit] = {}
        for color in self._colors:
            edit = QLineEdit(color.name, dialog)
            edit.addAction(swatch(color.color), QLineEdit.ActionPosition.LeadingPosition)
            form.addRow(f"{color.id}", edit)
            edits[color.id] = edit
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog)
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        form.addRow(buttons)
        if not dialog.exec():
            return
        names = {ident: edit.text().strip() for ident, edit in edits.items() if edit.text().strip()}

        def op(db):
            for ident, name in names.items():
                core.rename_color(db, ident, name)
            return frozenset(), None

        def done(_result) -> None:
            self._colors = core.list_colors(self.window.db)
            self.reader.highlights.set_colors(self._colors)
            for action, color in zip(self.highlight_actions, self._colors, strict=False):
                action.setText(f"Highlight as {color.name}")
            self.reload()

        self.window.writer.run(op, on_done=done, on_error=self._error)
