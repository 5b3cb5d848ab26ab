"""Coding at work: the codebook dock, coding from the keyboard, menus and drops, code marks, and exchange.

Every edit of the codebook or of codings is an undo command whose write op returns a
`CodingEdit`; undo restores its snapshot (core/coding/snapshots.py), which brings back the very
same rows. Coding a selection with a code that does not exist yet is one undo step (a macro of
making the code and applying it). The codebook's counts are a read op; the marks in the reader
and the codes on the annotation cards are quick indexed reads of the one article shown.

The coder's name is asked once and kept in the settings; "show only my codings" hides other
coders' codings everywhere in the window (the reader, the cards, the codebook's counts).
"""

from __future__ import annotations

import getpass
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QUndoCommand
from PySide6.QtWidgets import QColorDialog, QDockWidget, QFileDialog, QInputDialog, QMainWindow, QMenu
from sqlite_utils import Database

from desktop.core.annotations import article_annotations
from desktop.core.changes import Change
from desktop.core.coding import codebook as book
from desktop.core.coding import codings as coding_ops
from desktop.core.coding.codebook import CodeNode
from desktop.core.coding.refi_import import ImportReport, import_codebook, import_project
from desktop.core.coding.snapshots import CodingEdit, CodingSnapshot, restore
from desktop.core.exports.registry import Scope, find_format
from desktop.core.exports.writing import write_export_file
from desktop.core.ids import AnnotationId, ArticleId, CodeId, CodingId
from desktop.ui.actions import ActionSpec
from desktop.ui.annotations.controller import AnnotationController
from desktop.ui.coding.analysis_panel import AnalysisPanel
from desktop.ui.coding.codebook_view import CodebookPanel
from desktop.ui.coding.marks import CodingMarks, Mark
from desktop.ui.coding.picker import CodePicker
from desktop.ui.dialogs import ask_item, confirm, inform
from desktop.ui.reader.pane import ReaderPane
from desktop.ui.resources import swatch
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.session import LibrarySession

GROUP = QT_TRANSLATE_NOOP("Actions", "Coding")
ACTIONS = (
    ActionSpec("coding.code_selection", QT_TRANSLATE_NOOP("Actions", "&Code Selection…"), GROUP, ("C",),
               help=QT_TRANSLATE_NOOP("Actions", "code the selected passage (or the selected highlight): type to pick codes")),
    ActionSpec("coding.code_article", QT_TRANSLATE_NOOP("Actions", "Code Whole &Article…"), GROUP, ("Shift+C",),
               help=QT_TRANSLATE_NOOP("Actions", "code the selected articles (or the one being read) as a whole")),
    ActionSpec("coding.new_code", QT_TRANSLATE_NOOP("Actions", "&New Code…"), GROUP, ("Ctrl+Shift+K",), "add"),
    ActionSpec("coding.segments", QT_TRANSLATE_NOOP("Actions", "Coded &Segments"), GROUP, ("Ctrl+Shift+G",),
               help=QT_TRANSLATE_NOOP("Actions", "every passage coded with some codes, combined AND / OR / NOT")),
    ActionSpec("coding.frequencies", QT_TRANSLATE_NOOP("Actions", "Code &Frequencies"), GROUP),
    ActionSpec("coding.cooccurrence", QT_TRANSLATE_NOOP("Actions", "Code C&o-occurrence"), GROUP),
    ActionSpec("coding.agreement", QT_TRANSLATE_NOOP("Actions", "Inter-coder A&greement"), GROUP),
    ActionSpec("coding.coder", QT_TRANSLATE_NOOP("Actions", "Coder &Name…"), GROUP,
               tip=QT_TRANSLATE_NOOP("Actions", "Your name as a coder, recorded on every coding you make")),
    ActionSpec("coding.only_mine", QT_TRANSLATE_NOOP("Actions", "Show Only &My Codings"), GROUP, checkable=True,
               tip=QT_TRANSLATE_NOOP("Actions", "Hide other coders' codings, for blind coding")),
    ActionSpec("coding.import_codebook", QT_TRANSLATE_NOOP("Actions", "&Import Codebook (.qdc)…"), GROUP),
    ActionSpec("coding.import_project", QT_TRANSLATE_NOOP("Actions", "Import REFI-QDA &Project (.qdpx)…"), GROUP),
    ActionSpec("coding.export_codebook", QT_TRANSLATE_NOOP("Actions", "&Export Codebook (.qdc)…"), GROUP),
    ActionSpec("coding.export_project", QT_TRANSLATE_NOOP("Actions", "Export REFI-QDA P&roject (.qdpx)…"), GROUP),
)  # fmt: skip
CODEBOOK = ActionSpec("coding.codebook", QT_TRANSLATE_NOOP("Actions", "Code&book"), GROUP, ("Ctrl+Shift+C",), "codebook",
                      help=QT_TRANSLATE_NOOP("Actions", "show or hide the codebook"))  # fmt: skip
ANALYSIS = ActionSpec("coding.analysis", QT_TRANSLATE_NOOP("Actions", "Coding A&nalysis"), GROUP, ("Ctrl+Shift+Y",), "analysis",
                      help=QT_TRANSLATE_NOOP("Actions", "show or hide the coding analysis"))  # fmt: skip
TREE_ACTIONS = (
    ActionSpec("coding.rename", QT_TRANSLATE_NOOP("Actions", "&Rename Code"), GROUP, ("F2",),
               help=QT_TRANSLATE_NOOP("Actions", "rename the code selected in the codebook")),
    ActionSpec("coding.delete", QT_TRANSLATE_NOOP("Actions", "&Delete Code…"), GROUP, ("Delete",),
               help=QT_TRANSLATE_NOOP("Actions", "delete the code selected in the codebook (undoable)")),
)  # fmt: skip
RECENT = 8
COUNTS_KEY = "coding.codebook"


class _CodingCommand(QUndoCommand):
    """A coding edit; undo and redo swap the library between its two snapshots (handed over on the writer thread)."""

    def __init__(
        self, ctrl: CodingController, text: str, op: Callable[[Database], CodingEdit], parent: QUndoCommand | None = None
    ) -> None:
        super().__init__(text, parent)
        self.ctrl, self.op = ctrl, op
        self.before: CodingSnapshot | None = None
        self.after: CodingSnapshot | None = None
        self.code: CodeId | None = None

    def redo(self) -> None:
        def op(db: Database) -> CodingEdit:
            edit = self.op(db) if self.after is None else restore(db, self.after)
            self.before = edit.before
            self.code = edit.code if edit.code is not None else self.code
            return edit

        self.ctrl.run(op)

    def undo(self) -> None:
        def op(db: Database) -> CodingEdit | None:
            if self.before is None:
                return None
            edit = restore(db, self.before)
            self.after = edit.before
            return edit

        self.ctrl.run(op)


class CodingController(RetranslatingObject, QObject):
    openRequested = Signal(int, int)  # article, annotation: show this passage
    searchRequested = Signal(str)  # put this in the search box

    def __init__(
        self, session: LibrarySession, reader: ReaderPane, annotations: AnnotationController, window: QMainWindow
    ) -> None:
        super().__init__(window)
        self.session, self.reader, self.annotations, self._window = session, reader, annotations, window
        self.panel = CodebookPanel()
        self.dock = self._dock("codebookDock", self.panel, 220)
        self._code_count = 0
        self.analysis = AnalysisPanel(session)
        self.analysis_dock = self._dock("codingAnalysisDock", self.analysis, 320)
        self.analysis_dock.setMinimumHeight(200)
        self.analysis.openRequested.connect(self.openRequested)
        self.picker = CodePicker(window)
        self.picker.chosen.connect(self._picked)
        self.marks = CodingMarks(reader.browser, reader.highlights)
        self._target: tuple[str, object] | None = None  # what the picker codes: ("passage", (article, version, start, end)) ...
        self._counts_timer = QTimer(self, singleShot=True, interval=150)
        self._counts_timer.timeout.connect(self.reload_codebook)

        slots: dict[str, Callable[[], None]] = {
            "coding.code_selection": self.code_selection,
            "coding.code_article": self.code_article,
            "coding.new_code": lambda: self.new_code(False),
            "coding.segments": lambda: self.show_analysis("segments"),
            "coding.frequencies": lambda: self.show_analysis("frequencies"),
            "coding.cooccurrence": lambda: self.show_analysis("cooccurrence"),
            "coding.agreement": lambda: self.show_analysis("agreement"),
            "coding.coder": self.ask_coder,
            "coding.only_mine": lambda: self.set_only_mine(session.actions.action("coding.only_mine").isChecked()),
            "coding.import_codebook": lambda: self.import_file(project=False),
            "coding.import_project": lambda: self.import_file(project=True),
            "coding.export_codebook": lambda: self.export_file("qdc"),
            "coding.export_project": lambda: self.export_file("qdpx"),
        }
        for spec in ACTIONS:
            session.actions.add(spec, slots[spec.id])
        session.actions.adopt(CODEBOOK, self.dock.toggleViewAction())
        session.actions.adopt(ANALYSIS, self.analysis_dock.toggleViewAction())
        for spec, slot in zip(TREE_ACTIONS, (self._rename_current, self._delete_current), strict=True):
            action = session.actions.add(spec, slot, widget=self.panel.tree)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        session.actions.action("coding.only_mine").setChecked(self.only_mine)

        tree = self.panel.tree
        tree.moveRequested.connect(self._move)
        tree.selectionDropped.connect(lambda code: self.apply_to_selection([CodeId(code)]))
        tree.articlesDropped.connect(lambda code, ids: self.apply_to_articles([ArticleId(i) for i in ids], [CodeId(code)]))
        tree.applyRequested.connect(self._apply_from_tree)
        tree.customContextMenuRequested.connect(self._tree_menu)
        self.panel.renameRequested.connect(self.rename)
        self.panel.describeRequested.connect(self.describe)
        self.panel.newCodeRequested.connect(self.new_code)
        self.panel.onlyMineToggled.connect(self.set_only_mine)
        self.panel.coderRequested.connect(self.ask_coder)
        self.panel.set_coder(self.coder)
        self.panel.set_only_mine(self.only_mine)
        reader.highlights.contextMenuShowing.connect(self._reader_menu)
        session.currentChanged.connect(self.reload_marks)
        session.libraryChanged.connect(self._on_library_changed)
        session.theme.changed.connect(self._apply_palette)
        self._apply_palette(session.theme.palette)
        self.reload_codebook()
        self.retranslate()

    def retranslate(self) -> None:
        count = self._code_count
        self.dock.setWindowTitle(self.tr("Codebook (%1)").replace("%1", str(count)) if count else self.tr("Codebook"))
        self.analysis_dock.setWindowTitle(self.tr("Coding Analysis"))

    def _dock(self, name: str, widget, minimum_width: int) -> QDockWidget:
        dock = QDockWidget(self._window)
        dock.setObjectName(name)
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        dock.setMinimumWidth(minimum_width)
        dock.hide()
        return dock

    def set_list_filter_source(self, source: Callable[[], object]) -> None:
        """Where the analyses read the article list's filter (search box and sidebar)."""
        self.analysis.set_list_filter_source(source)

    def _apply_palette(self, palette) -> None:
        self.panel.set_palette(palette)
        self.analysis.set_palette(palette)

    # --- the coder ----------------------------------------------------------------------------------
    @property
    def coder(self) -> str:
        return str(self.session.settings.get("coding/coder"))

    def set_coder(self, name: str) -> None:
        name = coding_ops.clean_coder(name)
        self.session.settings.set("coding/coder", name)
        self.panel.set_coder(name)
        if self.only_mine:
            self.reload_marks()
            self.reload_codebook()

    def ask_coder(self) -> str | None:
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(self.tr("Coder Name"))
        dialog.setLabelText(
            self.tr(
                "Your name as a coder. It is recorded on every coding you make,\nso that agreement between coders can be measured:"
            )
        )
        dialog.setTextValue(self.coder or getpass.getuser())
        accepted = dialog.exec()
        name = " ".join(dialog.textValue().split())
        dialog.deleteLater()
        if not accepted or not name:
            return None
        self.set_coder(name)
        return name

    def _ensure_coder(self) -> str | None:
        return self.coder or self.ask_coder()

    @property
    def only_mine(self) -> bool:
        return bool(self.session.settings.get("coding/only_mine"))

    def set_only_mine(self, on: bool) -> None:
        self.session.settings.set("coding/only_mine", on)
        self.session.actions.action("coding.only_mine").setChecked(on)
        self.panel.set_only_mine(on)
        self.reload_marks()
        self.reload_codebook()
        self.session.say(self.tr("Showing only your codings.") if on else self.tr("Showing every coder's codings."), 3000)

    # --- running edits ------------------------------------------------------------------------------------
    def run(self, op: Callable[[Database], object]) -> None:
        self.session.write(op, None, self._error)

    def _error(self, error: BaseException) -> None:
        inform(
            self._window, self.tr("Coding"), str(error) if isinstance(error, ValueError) else f"{type(error).__name__}: {error}"
        )

    def _push(self, text: str, op: Callable[[Database], CodingEdit]) -> _CodingCommand:
        command = _CodingCommand(self, text, op)
        self.session.undo_stack.push(command)
        return command

    def _name(self, code: CodeId | int) -> str:
        return next((n.path for n in self.nodes() if n.code.id == code), str(code))

    def nodes(self) -> list[CodeNode]:
        return book.code_tree(self.session.db, counts=False)

    # --- coding ---------------------------------------------------------------------------------------------
    def code_selection(self) -> None:
        """C: open the picker for the reader's selection, or for the highlight selected in the panel."""
        article = self.session.current_article
        selection = self.reader.highlights.selection()
        if article is not None and selection is not None:
            version, start, end = selection
            self._open_picker(("passage", (article.id, version, start, end)), self.tr("Code the selected passage"))
            return
        selected = self.annotations.selected_annotation()
        if article is not None and selected is not None:
            self._open_picker(("annotation", AnnotationId(selected)), self.tr("Code the selected highlight"))
            return
        self.session.say(self.tr("Select text in the reader to code it (Shift+C codes the whole article)."), 5000)

    def code_article(self) -> None:
        ids = self.session.targets()
        if not ids:
            self.session.say(self.tr("Select articles to code first."), 4000)
            return
        self._open_picker(("articles", list(ids)), self.tr("Code %n article(s) as a whole", "", len(ids)))

    def _open_picker(self, target: tuple[str, object], title: str) -> None:
        if self._ensure_coder() is None:
            return
        self._target = target
        browser = self.reader.browser
        if target[0] == "passage":
            rect = browser.cursorRect()
            at = browser.viewport().mapToGlobal(QPoint(rect.left(), rect.bottom() + 8))
        else:
            at = browser.viewport().mapToGlobal(QPoint(40, 40))
        recent = [str(u) for u in self.session.settings.get("coding/recent")]
        self.picker.open_for(title, self.nodes(), recent, at, self.session.theme.palette.muted)

    @Slot(list, str)
    def _picked(self, codes: list, new_name: str) -> None:
        target, self._target = self._target, None
        if target is None:
            return
        code_ids = [CodeId(int(c)) for c in codes]
        if new_name:
            self._create_and_apply(new_name, target)
        else:
            self._apply(code_ids, target)

    def _apply(self, codes: list[CodeId], target: tuple[str, object], *, parent: QUndoCommand | None = None) -> None:
        coder = self._ensure_coder()
        if coder is None or not codes:
            return
        kind, what = target
        names = ", ".join(self._name(c) for c in codes)
        if kind == "passage":
            article, version, start, end = what  # type: ignore[misc]
            op = lambda db: coding_ops.code_passage(db, article, version, start, end, codes, coder)  # noqa: E731
            self.reader.clear_selection()
        elif kind == "annotation":
            op = lambda db: coding_ops.code_annotation(db, what, codes, coder)  # type: ignore[arg-type]  # noqa: E731
        else:
            op = lambda db: coding_ops.code_articles(db, what, codes, coder)  # type: ignore[arg-type]  # noqa: E731
        command = _CodingCommand(self, self.tr("Code “%1”").replace("%1", names), op, parent)
        if parent is None:
            self.session.undo_stack.push(command)
        self._remember([c for c in codes])
        self.session.say(self.tr("Coded “%1”. Ctrl+Z undoes it.").replace("%1", names), 4000)

    def _create_and_apply(self, name: str, target: tuple[str, object]) -> None:
        """A new code and its first use, as one undo step."""
        try:
            clean = book.clean_code_name(name)
        except ValueError as exc:
            self._error(exc)
            return
        if self._ensure_coder() is None:
            return
        stack = self.session.undo_stack
        stack.beginMacro(self.tr("Code with the new code “%1”").replace("%1", clean))
        create = self._push(self.tr("New Code “%1”").replace("%1", clean), lambda db: book.create_code(db, clean))
        coder = self.coder
        kind, what = target

        def op(db: Database) -> CodingEdit:
            code = create.code
            if code is None:
                raise ValueError(f"The code “{clean}” could not be made.")
            if kind == "passage":
                article, version, start, end = what  # type: ignore[misc]
                return coding_ops.code_passage(db, article, version, start, end, [code], coder)
            if kind == "annotation":
                return coding_ops.code_annotation(db, what, [code], coder)  # type: ignore[arg-type]
            return coding_ops.code_articles(db, what, [code], coder)  # type: ignore[arg-type]

        self._push(self.tr("Code “%1”").replace("%1", clean), op)
        stack.endMacro()
        if kind == "passage":
            self.reader.clear_selection()
        self.dock.show()
        self.session.say(self.tr("Made the code “%1” and coded with it. Ctrl+Z undoes both.").replace("%1", clean), 5000)

    def apply_to_selection(self, codes: list[CodeId]) -> None:
        article = self.session.current_article
        selection = self.reader.highlights.selection()
        if article is None or selection is None:
            self.session.say(self.tr("Select text in the reader first, then drop it on a code."), 4000)
            return
        version, start, end = selection
        self._apply(codes, ("passage", (article.id, version, start, end)))

    def apply_to_articles(self, articles: list[ArticleId], codes: list[CodeId]) -> None:
        if articles:
            self._apply(codes, ("articles", articles))

    def _apply_from_tree(self, code: int) -> None:
        if self.reader.highlights.selection() is not None:
            self.apply_to_selection([CodeId(code)])
        else:
            self.analysis.show_segments_of([CodeId(code)])
            self.analysis_dock.show()

    def uncode(self, codings: list[CodingId], label: str) -> None:
        self._push(self.tr("Remove Code “%1”").replace("%1", label), lambda db: coding_ops.uncode(db, codings))

    def _remember(self, codes: list[CodeId]) -> None:
        uuids = {n.code.id: n.code.uuid for n in self.nodes()}
        recent = [uuids[c] for c in codes if c in uuids] + [str(u) for u in self.session.settings.get("coding/recent")]
        self.session.settings.set("coding/recent", list(dict.fromkeys(recent))[:RECENT])

    # --- the codebook ---------------------------------------------------------------------------------------
    def new_code(self, below: bool = False) -> None:
        parent = CodeId(self.panel.tree.current_code()) if below and self.panel.tree.current_code() is not None else None
        label = self.tr("A new code below “%1”:").replace("%1", self._name(parent)) if parent else self.tr("A new code:")
        dialog = QInputDialog(self._window)
        dialog.setWindowTitle(self.tr("New Code"))
        dialog.setLabelText(label)
        accepted = dialog.exec()
        name = dialog.textValue()
        dialog.deleteLater()
        if not accepted or not name.strip():
            return
        self.dock.show()
        command = self._push(self.tr("New Code “%1”").replace("%1", name.strip()), lambda db: book.create_code(db, name, parent))
        QTimer.singleShot(300, lambda: self.panel.select_code(int(command.code)) if command.code else None)

    def rename(self, code: int, name: str) -> None:
        self._push(
            self.tr("Rename Code “%1”").replace("%1", self._name(code)), lambda db: book.rename_code(db, CodeId(code), name)
        )

    def describe(self, code: int, description: str, memo: str) -> None:
        self._push(
            self.tr("Edit “%1”").replace("%1", self._name(code)),
            lambda db: book.update_code(db, CodeId(code), description=description, memo=memo),
        )

    def recolor(self, code: int) -> None:
        node = next((n for n in self.nodes() if n.code.id == code), None)
        if node is None:
            return
        color = QColorDialog.getColor(
            Qt.GlobalColor.white if not node.code.color else node.code.color,
            self._window,
            self.tr("Colour of “%1”").replace("%1", node.path),
        )
        if color.isValid():
            self._push(
                self.tr("Recolour “%1”").replace("%1", node.path),
                lambda db: book.update_code(db, CodeId(code), color=color.name()),
            )

    def _move(self, code: int, parent: object, index: int) -> None:
        target = CodeId(int(parent)) if parent is not None else None
        self._push(
            self.tr("Move Code “%1”").replace("%1", self._name(code)), lambda db: book.move_code(db, CodeId(code), target, index)
        )

    def merge(self, code: int) -> None:
        nodes = self.nodes()
        source = next((n for n in nodes if n.code.id == code), None)
        others = [n for n in nodes if n.code.id != code and not n.path.startswith((source.path + "/") if source else "\0")]
        if source is None or not others:
            self.session.say(self.tr("There is no other code to merge into."), 4000)
            return
        choice = ask_item(
            self._window,
            self.tr("Merge Code"),
            self.tr("Move every coding of “%1” (and its sub-codes) to:").replace("%1", source.path),
            [n.path for n in others],
        )
        if choice is not None:
            target = next(n.code.id for n in others if n.path == choice)
            self._push(
                self.tr("Merge “%1” into “%2”").replace("%1", source.path).replace("%2", choice),
                lambda db: book.merge_codes(db, [CodeId(code)], target),
            )

    def delete(self, code: int) -> None:
        node = next((n for n in self.panel.nodes() if n.code.id == code), None)
        path = node.path if node else self._name(code)
        count = node.count.passages if node else 0
        text = self.tr(
            "Delete the code “%1”, the codes below it and its %Ln coding(s)? The passages stay. Edit ▸ Undo brings it all back.", "", count
        )
        if confirm(self._window, self.tr("Delete Code"), text.replace("%1", path), self.tr("Delete Code")):
            self._push(self.tr("Delete Code “%1”").replace("%1", path), lambda db: book.delete_code(db, CodeId(code)))
            self.session.say(self.tr("Code deleted. Ctrl+Z brings it back."), 6000)

    def _rename_current(self) -> None:
        code = self.panel.tree.current_code()
        if code is not None:
            self.panel.edit_name(code)

    def _delete_current(self) -> None:
        code = self.panel.tree.current_code()
        if code is not None:
            self.delete(code)

    def _tree_menu(self, point: QPoint) -> None:
        code = self.panel.context_point(point)
        menu = QMenu(self.panel.tree)
        if code is not None:
            path = self._name(code)
            apply = menu.addAction(self.tr("Apply to the Selected Text"), lambda: self.apply_to_selection([CodeId(code)]))
            apply.setEnabled(self.reader.highlights.selection() is not None)
            menu.addAction(
                self.tr("Code the Selected Articles as a Whole"),
                lambda: self.apply_to_articles(self.session.targets(), [CodeId(code)]),
            )
            menu.addSeparator()
            menu.addAction(
                self.tr("Show Coded Segments"),
                lambda: (self.analysis.show_segments_of([CodeId(code)]), self.analysis_dock.show()),
            )
            menu.addAction(self.tr("Find Articles with This Code"), lambda: self.searchRequested.emit(f'code:"{path}"'))
            menu.addSeparator()
            menu.addAction(self.tr("New Sub-code…"), lambda: (self.panel.select_code(code), self.new_code(True)))
            menu.addAction(self.tr("Rename\tF2"), lambda: self.panel.edit_name(code))
            menu.addAction(self.tr("Colour…"), lambda: self.recolor(code))
            menu.addAction(self.tr("Merge Into…"), lambda: self.merge(code))
            menu.addAction(self.tr("Delete…\tDel"), lambda: self.delete(code))
        else:
            menu.addAction(self.tr("New Code…"), lambda: self.new_code(False))
        menu.exec(self.panel.tree.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _reader_menu(self, menu: QMenu, hit: object) -> None:
        """The reader's context menu: code the selection, or remove a code from the passage under the mouse."""
        menu.addSeparator()
        has_selection = self.reader.highlights.selection() is not None
        code_action = menu.addAction(self.tr("Code Selection…\tC"), self.code_selection)
        code_action.setEnabled(has_selection or hit is not None)
        recent_ids = [str(u) for u in self.session.settings.get("coding/recent")]
        nodes = {n.code.uuid: n for n in self.nodes()}
        recent = [nodes[u] for u in recent_ids if u in nodes]
        if has_selection and recent:
            quick = menu.addMenu(self.tr("Code as"))
            for node in recent:
                quick.addAction(swatch(node.code.color), node.path, lambda c=node.code.id: self.apply_to_selection([c]))
        if hit is not None:
            codings = [
                g
                for g in coding_ops.annotation_codings(self.session.db, AnnotationId(int(hit)))
                if not self.only_mine or g.coder == self.coder
            ]
            if codings:
                paths = {n.code.id: n.path for n in nodes.values()}
                remove = menu.addMenu(self.tr("Remove Code"))
                for g in codings:
                    label = f"{paths.get(g.code_id, g.code_id)} ({g.coder})"
                    action: QAction = remove.addAction(label, lambda g=g, label=label: self.uncode([g.id], label))
                    action.setObjectName(f"uncode.{g.id}")

    # --- keeping current -------------------------------------------------------------------------------------
    @Slot(object)
    def _on_library_changed(self, change: Change) -> None:
        article = self.session.current_article
        if change.codes or change.annotations:
            self._counts_timer.start()
        if article is not None and (change.codes or article.id in change.annotations or article.id in change.texts):
            self.reload_marks()
        self.analysis.library_changed(change)

    @Slot()
    def reload_codebook(self) -> None:
        coder = self.coder if self.only_mine else None
        self.session.read(lambda db: book.code_tree(db, coder), self._show_codebook, self._error, key=COUNTS_KEY)

    def _show_codebook(self, nodes: list[CodeNode]) -> None:
        self.panel.set_codes(nodes)
        self.analysis.set_codes(nodes)
        self._code_count = len(nodes)
        self.retranslate()

    @Slot()
    def reload_marks(self) -> None:
        article, version = self.session.current_article, self.session.current_version
        if article is None:
            self.marks.set_marks([])
            self.annotations.set_passage_codes({}, frozenset())
            return
        db = self.session.db
        nodes = {n.code.id: n for n in self.nodes()}
        everyone = coding_ops.article_codings(db, article.id)
        mine_only = self.only_mine
        visible = [g for g in everyone if not mine_only or g.coder == self.coder]
        by_passage: dict[int, dict[CodeId, list[str]]] = {}
        for g in visible:
            by_passage.setdefault(int(g.annotation_id), {}).setdefault(g.code_id, []).append(g.coder)
        cards = {
            passage: tuple((nodes[c].path, nodes[c].code.color) for c in codes if c in nodes)
            for passage, codes in by_passage.items()
        }
        annotations = article_annotations(db, article.id)
        coded_by_others = {int(g.annotation_id) for g in everyone} - set(by_passage)
        hidden = frozenset(a.id for a in annotations if a.id in coded_by_others and a.color_id is None and not a.note)
        marks: list[Mark] = []
        if version is not None:
            for a in annotations:
                info = a.anchor_on(version.id)
                if a.id not in by_passage or info is None or info.start is None or info.end is None:
                    continue
                for code, who in by_passage[a.id].items():
                    node = nodes.get(code)
                    if node is not None:
                        marks.append(
                            Mark(info.start, info.end, node.code.color, f"{node.path} ({', '.join(dict.fromkeys(who))})")
                        )
        self.marks.set_marks(marks)
        self.annotations.set_passage_codes(cards, hidden)

    # --- analysis and exchange ------------------------------------------------------------------------------------
    def show_analysis(self, tab: str) -> None:
        self.analysis.show_tab(tab)
        self.analysis_dock.show()
        self.analysis_dock.raise_()

    def export_file(self, name: str) -> None:
        fmt = find_format(name)
        assert fmt is not None
        path, _ = QFileDialog.getSaveFileName(
            self._window, self.tr("Export"), str(Path.home() / f"qalam.{fmt.suffix}"), f"*.{fmt.suffix}"
        )
        if path:
            self.export_to(name, Path(path))

    def export_to(self, name: str, target: Path) -> None:
        fmt = find_format(name)
        assert fmt is not None
        self.session.say(self.tr("Exporting to %1…").replace("%1", str(target)), 0)
        self.session.read(
            lambda db: write_export_file(db, fmt, target, None),
            lambda result: self.session.say(
                self.tr("Exported %1 to %2").replace("%1", self._export_count(result)).replace("%2", str(target)), 8000
            ),
            lambda error: (self.session.say("", 1), inform(self._window, self.tr("Export"), str(error), warning=True)),
        )

    def _export_count(self, result) -> str:
        if result.scope is Scope.CODES:
            return self.tr("%Ln code(s)", "", result.count)
        return self.tr("%Ln article(s)", "", result.count)

    def import_file(self, *, project: bool) -> None:
        pattern = "*.qdpx" if project else "*.qdc *.qdpx"
        path, _ = QFileDialog.getOpenFileName(
            self._window, self.tr("Import Project") if project else self.tr("Import Codebook"), str(Path.home()), pattern
        )
        if path:
            self.import_from(Path(path), project=project)

    def _import_summary(self, report: ImportReport) -> str:
        """What a REFI-QDA import added, in the interface language (the report's own summary is the CLI's)."""
        codes = self.tr("%Ln new code(s)", "", report.codes_added)
        known = self.tr("%Ln already here", "", report.codes_known)
        parts = [f"{codes} ({known})"]
        if report.sources:
            parts.append(self.tr("%1 of %Ln source(s) matched to articles", "", report.sources).replace("%1", str(report.sources_matched)))
            codings = self.tr("%Ln new coding(s)", "", report.codings_added)
            known = self.tr("%Ln already here", "", report.codings_known)
            parts.append(f"{codings} ({known})")
            passages = self.tr("%Ln new passage(s)", "", report.passages_added)
            notes = self.tr("%Ln new note(s)", "", report.notes_added)
            parts.append(f"{passages}, {notes}")
        return "; ".join(parts)

    def import_from(self, path: Path, *, project: bool) -> None:
        self.session.say(self.tr("Importing %1…").replace("%1", path.name), 0)

        def done(report: ImportReport) -> None:
            self.session.say(self._import_summary(report), 10000)
            self.dock.show()
            if report.problems:
                shown = report.problems[:20] + (
                    [self.tr("… and %1 more").replace("%1", str(len(report.problems) - 20))] if len(report.problems) > 20 else []
                )
                inform(self._window, self.tr("Import"), self._import_summary(report) + "\n\n" + "\n".join(shown))

        op = (lambda db: import_project(db, path)) if project else (lambda db: import_codebook(db, path))
        self.session.write(op, done, lambda error: (self.session.say("", 1), self._error(error)))
