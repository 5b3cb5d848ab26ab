"""Parallel reading at work: the current row, corrections of the alignment, and the pair's drift.

The compare view in parallel mode shows two editions row by row (core/pair_drift.py: the pair's
rows as the user corrected them, and the mismatches between them). This object gives that view
what a translator does there, with the mouse and with the keyboard:

- a current row (J / K, or a click), shown by a bar in the gutter and a tint across both panes,
  and a current side (H / L, or the pane clicked) that corrections apply to;
- corrections, each an undo command (alignment_commands.py): split the row at the cursor
  (Ctrl+Shift+S), merge it with the next (Ctrl+Shift+M) or the previous row, re-pair the side's
  first segment with the row above (Ctrl+Shift+Up) or its last with the row below
  (Ctrl+Shift+Down), or reset the pair to the automatic alignment; the same from a row's
  context menu, and a row's top edge in the gutter can be dragged (boundary_drag.py). Ctrl+Z
  works in this window too;
- the drift: a badge per row and side in the gutter (row_marks.py), each mismatch underlined in
  its pane, the list of the pair's mismatches (drift_list.py) whose lines jump to them, F7 /
  Shift+F7 to step through them, and A to accept the current one as fine.

The keys are actions of the registry (group "Parallel view"), so F1 lists them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QHelpEvent,
    QKeySequence,
    QMouseEvent,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QTextBrowser, QTextEdit, QToolTip

from desktop.core.alignment_cuts import BoundaryEdit, Cut, EditError, merge_edit, move_edit, row_ranges, split_edit
from desktop.core.drift import Mismatch, Side
from desktop.core.ids import ArticleId
from desktop.ui.actions import ActionSpec
from desktop.ui.compare.alignment_commands import AcceptMismatch, CorrectAlignment, ResetAlignment
from desktop.ui.compare.boundary_drag import BoundaryDrag
from desktop.ui.compare.drift_list import DriftList, describe, kind_label
from desktop.ui.compare.html import SideDocument, parallel_offset, parallel_point
from desktop.ui.compare.row_marks import GUTTER, RowGutter
from desktop.ui.plain_text import plain_tip
from desktop.ui.session import LibrarySession
from desktop.ui.shortcuts_dialog import ShortcutsDialog
from desktop.ui.theme import LIGHT, Palette, blend

if TYPE_CHECKING:
    from desktop.core.pair_drift import PairDrift
    from desktop.ui.compare.view import CompareView

# The core's refusals of an edit (alignment_cuts.EditError), for the translators.
EDIT_ERRORS = (
    QT_TRANSLATE_NOOP("ParallelEditor", "There is no such row."),
    QT_TRANSLATE_NOOP("ParallelEditor", "This row is one sentence on each side: there is nothing to split."),
    QT_TRANSLATE_NOOP("ParallelEditor", "This is the first row: there is no row before it to merge it with."),
    QT_TRANSLATE_NOOP("ParallelEditor", "This is the last row: there is no row after it to merge it with."),
    QT_TRANSLATE_NOOP("ParallelEditor", "This row has nothing on that side to move."),
    QT_TRANSLATE_NOOP("ParallelEditor", "This is the first row: there is no row above to move the segment to."),
    QT_TRANSLATE_NOOP("ParallelEditor", "This is the last row: there is no row below to move the segment to."),
    QT_TRANSLATE_NOOP("ParallelEditor", "There is no such boundary between rows."),
    QT_TRANSLATE_NOOP("ParallelEditor", "The boundary is already there."),
)
GROUP = QT_TRANSLATE_NOOP("Actions", "Parallel view")
ACTIONS = (
    ActionSpec("parallel.next_row", QT_TRANSLATE_NOOP("Actions", "Next Row"), GROUP, ("J",)),
    ActionSpec("parallel.previous_row", QT_TRANSLATE_NOOP("Actions", "Previous Row"), GROUP, ("K",)),
    ActionSpec("parallel.left_side", QT_TRANSLATE_NOOP("Actions", "Work on the Left Edition"), GROUP, ("H",)),
    ActionSpec("parallel.right_side", QT_TRANSLATE_NOOP("Actions", "Work on the Right Edition"), GROUP, ("L",)),
    ActionSpec("parallel.split", QT_TRANSLATE_NOOP("Actions", "&Split Row"), GROUP, ("Ctrl+Shift+S",),
               help=QT_TRANSLATE_NOOP("Actions", "split the current row at the cursor, or in the middle")),
    ActionSpec("parallel.merge_next", QT_TRANSLATE_NOOP("Actions", "&Merge with Next Row"), GROUP, ("Ctrl+Shift+M",)),
    ActionSpec("parallel.merge_previous", QT_TRANSLATE_NOOP("Actions", "Merge with &Previous Row"), GROUP),
    ActionSpec("parallel.move_up", QT_TRANSLATE_NOOP("Actions", "Move Segment to Row &Above"), GROUP, ("Ctrl+Shift+Up",),
               help=QT_TRANSLATE_NOOP("Actions", "re-pair this side's first segment with the row above")),
    ActionSpec("parallel.move_down", QT_TRANSLATE_NOOP("Actions", "Move Segment to Row &Below"), GROUP, ("Ctrl+Shift+Down",),
               help=QT_TRANSLATE_NOOP("Actions", "re-pair this side's last segment with the row below")),
    ActionSpec("parallel.reset", QT_TRANSLATE_NOOP("Actions", "&Reset Alignment of This Pair"), GROUP),
    ActionSpec("parallel.accept", QT_TRANSLATE_NOOP("Actions", "&Accept Mismatch as Fine"), GROUP, ("A",)),
    ActionSpec("parallel.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), GROUP, (QKeySequence.StandardKey.Undo,)),
    ActionSpec("parallel.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), GROUP, (QKeySequence.StandardKey.Redo,)),
    ActionSpec("parallel.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), GROUP, ("F1",),
               help=QT_TRANSLATE_NOOP("Actions", "the keys of every window")),
)  # fmt: skip
ROW_MENU = (
    "parallel.split",
    "parallel.merge_previous",
    "parallel.merge_next",
    "-",
    "parallel.move_up",
    "parallel.move_down",
    "-",
    "parallel.reset",
)
ROW_TINT = 34  # alpha of the accent across the current row
_MOUSE = frozenset(
    {
        QEvent.Type.MouseButtonPress,
        QEvent.Type.MouseMove,
        QEvent.Type.MouseButtonRelease,
        QEvent.Type.ContextMenu,
        QEvent.Type.ToolTip,
    }
)


class ParallelEditor(QObject):
    def __init__(self, view: CompareView, session: LibrarySession) -> None:
        super().__init__(view)
        self.view = view
        self.session = session
        self._palette: Palette = LIGHT
        self._pair: PairDrift | None = None
        self._docs: tuple[SideDocument, SideDocument] | None = None
        self._row = 0
        self._side = Side.LEFT
        self._mismatch: Mismatch | None = None
        self._click: dict[Side, int] = {}
        self.list = DriftList(view)
        self.list.hide()
        self.list.mismatchChosen.connect(self.jump_to)
        self.list.acceptRequested.connect(lambda m: self.accept(m, accept=True))
        self.list.unacceptRequested.connect(lambda m: self.accept(m, accept=False))
        self.gutters = {Side.LEFT: RowGutter(view.left), Side.RIGHT: RowGutter(view.right)}
        self.drag = BoundaryDrag(self)
        for browser in (view.left, view.right):
            browser.viewport().installEventFilter(self)
        slots: dict[str, Callable[[], object]] = {
            "parallel.next_row": lambda: self.move_row(1),
            "parallel.previous_row": lambda: self.move_row(-1),
            "parallel.left_side": lambda: self.set_side(Side.LEFT),
            "parallel.right_side": lambda: self.set_side(Side.RIGHT),
            "parallel.split": self.split_row,
            "parallel.merge_next": lambda: self.merge(self._row),
            "parallel.merge_previous": lambda: self.merge(self._row - 1),
            "parallel.move_up": lambda: self.move_segment(up=True),
            "parallel.move_down": lambda: self.move_segment(up=False),
            "parallel.reset": self.reset,
            "parallel.accept": lambda: self.accept(self._mismatch, accept=True),
            "parallel.shortcuts": self._show_shortcuts,
        }
        for spec in ACTIONS:
            if spec.id == "parallel.undo":
                session.actions.adopt(spec, session.undo_stack.createUndoAction(view, self.tr("&Undo")))
            elif spec.id == "parallel.redo":
                session.actions.adopt(spec, session.undo_stack.createRedoAction(view, self.tr("&Redo")))
            else:
                session.actions.add(spec, slots[spec.id], widget=view)
                continue
            view.addAction(session.actions.action(spec.id))
        self._set_enabled(False)

    # --- what the view hands over -----------------------------------------------------------------
    @property
    def active(self) -> bool:
        return self._pair is not None

    @property
    def current_row(self) -> int:
        return self._row

    @property
    def side(self) -> Side:
        return self._side

    @property
    def current_mismatch(self) -> Mismatch | None:
        return self._mismatch

    @property
    def pair(self) -> PairDrift | None:
        return self._pair

    def row_badges(self, side: Side | None = None) -> dict[int, int]:
        """Open mismatches per row, on one side or both (what the gutters show)."""
        if side is not None:
            return self.gutters[side].counts
        total: dict[int, int] = {}
        for gutter in self.gutters.values():
            for row, count in gutter.counts.items():
                total[row] = total.get(row, 0) + count
        return total

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        for gutter in self.gutters.values():
            gutter.set_palette(palette)
        self.list.set_palette(palette)
        self._paint()

    def forget_place(self) -> None:
        """Another pair is shown: start at its first row, on the left."""
        self._row, self._side, self._mismatch, self._click = 0, Side.LEFT, None, {}

    def prepare(self, document_left: QTextDocument, document_right: QTextDocument) -> None:
        """Room in each document's left margin for the gutter (before the rows are levelled)."""
        for doc in (document_left, document_right):
            frame = doc.rootFrame()
            fmt = frame.frameFormat()
            fmt.setLeftMargin(GUTTER)
            frame.setFrameFormat(fmt)

    def show_pair(self, pair: PairDrift, left: SideDocument, right: SideDocument) -> None:
        """A (re)computed pair: keep the current row and mismatch where they still are."""
        self._pair, self._docs = pair, (left, right)
        rows = len(pair.alignment.rows)
        self._row = max(0, min(self._row, rows - 1))
        for side, doc in ((Side.LEFT, left), (Side.RIGHT, right)):
            counts: dict[int, int] = {}
            for m in pair.mismatches:
                if m.side is side:
                    counts[m.segment] = counts.get(m.segment, 0) + 1
            self.gutters[side].set_rows(doc.block_rows, counts, pair.alignment.corrected)
        previous = self._mismatch
        self._mismatch = next(
            (
                m
                for m in pair.mismatches
                if previous and (m.side, m.kind, m.start, m.end) == (previous.side, previous.kind, previous.start, previous.end)
            ),
            None,
        )
        self.list.set_mismatches(pair.mismatches, pair.accepted, self._editions())
        self.list.select(self._mismatch, quietly=True)
        self.list.show()
        self._set_enabled(True)
        self._paint()

    def clear(self) -> None:
        """Diff mode, or a computation under way: nothing to edit."""
        self._pair, self._docs, self._mismatch = None, None, None
        for gutter in self.gutters.values():
            gutter.clear()
        self.list.hide()
        self._set_enabled(False)

    def _set_enabled(self, on: bool) -> None:
        for spec in ACTIONS:
            if spec.id not in ("parallel.undo", "parallel.redo", "parallel.shortcuts"):
                self.session.actions.action(spec.id).setEnabled(on)

    def _editions(self) -> tuple[str, str]:
        request = self.view.request
        if request is None:
            return "", ""
        left, right = request.choices[request.left], request.choices[request.right]
        return left.edition or self.tr("left"), right.edition or self.tr("right")

    def _articles(self) -> tuple[ArticleId, ArticleId, str, str] | None:
        request = self.view.request
        if request is None or self._pair is None:
            return None
        left, right = request.choices[request.left], request.choices[request.right]
        if left.article is None or right.article is None or left.article == right.article:
            return None
        return left.article, right.article, left.text, right.text

    # --- moving about --------------------------------------------------------------------------------
    def move_row(self, step: int) -> None:
        if self._pair is not None:
            self.set_current_row(self._row + step, scroll=True)

    def set_current_row(self, row: int, *, scroll: bool = False) -> None:
        if self._pair is None:
            return
        self._row = max(0, min(row, len(self._pair.alignment.rows) - 1))
        if scroll:
            self._scroll_to_row(self._row)
        self._paint()

    def set_side(self, side: Side) -> None:
        self._side = side
        self._paint()

    def browser(self, side: Side) -> QTextBrowser:
        return self.view.left if side is Side.LEFT else self.view.right

    def _scroll_to_row(self, row: int) -> None:
        browser = self.browser(self._side)
        extent = self.gutters[self._side].row_extent(row)
        if extent is None:
            return
        bar = browser.verticalScrollBar()
        bar.setValue(int(extent[0]) - browser.viewport().height() // 4)
        self.view.sync_from(browser)

    # --- drift ---------------------------------------------------------------------------------------
    def step_mismatch(self, step: int) -> None:
        """F7 / Shift+F7 in parallel mode: the next or previous mismatch still to look at."""
        if self._pair is None or not self._pair.mismatches:
            self.session.say(self.tr("No mismatch to look at between these editions."), 4000)
            return
        found = list(self._pair.mismatches)
        index = found.index(self._mismatch) if self._mismatch in found else (-1 if step > 0 else len(found))
        self.jump_to(found[max(0, min(len(found) - 1, index + step))])

    def jump_to(self, mismatch: Mismatch | None) -> None:
        """Scroll both panes to a mismatch's row and mark its text."""
        if mismatch is None or self._pair is None or self._docs is None:
            return
        self._mismatch = mismatch
        self._row, self._side = mismatch.segment, mismatch.side
        self.list.select(mismatch, quietly=True)
        browser = self.browser(mismatch.side)
        cursor = self._cursor(mismatch.side, mismatch.start, mismatch.end)
        self._paint()
        if cursor is None:
            self._scroll_to_row(mismatch.segment)
            return
        edge = QTextCursor(cursor)
        edge.setPosition(cursor.selectionStart())
        bar = browser.verticalScrollBar()
        bar.setValue(bar.value() + browser.cursorRect(edge).top() - browser.viewport().height() // 3)
        self.view.sync_from(browser)

    def accept(self, mismatch: Mismatch | None, *, accept: bool) -> None:
        articles = self._articles()
        if mismatch is None:
            self.session.say(self.tr("Choose a mismatch first: F7 steps through them."), 4000)
            return
        if articles is None:
            return
        left, right, _lt, _rt = articles
        self.session.undo_stack.push(AcceptMismatch(self.session, left, right, mismatch, accept=accept))
        if accept:
            self.session.say(self.tr("Accepted as fine for this pair. Ctrl+Z takes it back."), 5000)

    # --- corrections -------------------------------------------------------------------------------
    def _correct(self, text: str, make: Callable[[str, str, tuple[Cut, ...]], BoundaryEdit]) -> None:
        articles = self._articles()
        if articles is None or self._pair is None:
            self.session.say(self.tr("Choose two different editions to correct how they are aligned."), 5000)
            return
        try:
            edit = make(articles[2], articles[3], self._pair.alignment.cuts)
        except EditError as error:
            self.session.say(self.tr(str(error)), 5000)
            return
        self.apply_edit(edit, text)

    def apply_edit(self, edit: BoundaryEdit, text: str) -> None:
        """Store a correction of the rows shown (an undo command)."""
        articles = self._articles()
        if articles is None:
            return
        left, right, left_text, right_text = articles
        self.session.undo_stack.push(CorrectAlignment(self.session, text, left, right, (left_text, right_text), edit))

    def texts(self) -> tuple[str, str] | None:
        articles = self._articles()
        return (articles[2], articles[3]) if articles is not None else None

    def offset_at(self, side: Side, point: QPoint) -> int | None:
        """The text offset under a point of a pane's viewport."""
        return self._offset(side, self.browser(side).cursorForPosition(point).position())

    def y_of_offset(self, side: Side, offset: int) -> int | None:
        """Where a text offset's line starts, in the pane's viewport."""
        cursor = self._cursor(side, offset, offset)
        return self.browser(side).cursorRect(cursor).top() if cursor is not None else None

    def split_row(self) -> None:
        row, side = self._row, self._side
        at = self._split_point(row, side)
        self._correct(self.tr("Split Row"), lambda lt, rt, cuts: split_edit(lt, rt, cuts, row, side, at))

    def merge(self, row: int) -> None:
        self._correct(self.tr("Merge Rows"), lambda _lt, _rt, cuts: merge_edit(cuts, row))

    def move_segment(self, *, up: bool) -> None:
        row, side = self._row, self._side
        self._correct(self.tr("Move Segment"), lambda lt, rt, cuts: move_edit(lt, rt, cuts, row, side, up=up))

    def reset(self) -> None:
        articles = self._articles()
        if articles is None or self._pair is None:
            return
        if not self._pair.alignment.applied and not self._pair.alignment.set_aside:
            self.session.say(self.tr("This pair is aligned automatically: there is nothing to reset."), 4000)
            return
        self.session.undo_stack.push(ResetAlignment(self.session, articles[0], articles[1]))

    def _split_point(self, row: int, side: Side) -> int | None:
        """Where to split: the selection's start or the last click on that side, when inside the row."""
        articles = self._articles()
        if articles is None or self._pair is None:
            return None
        (llo, lhi), (rlo, rhi) = row_ranges(articles[2], articles[3], self._pair.alignment.cuts, row)
        lo, hi = (llo, lhi) if side is Side.LEFT else (rlo, rhi)
        cursor = self.browser(side).textCursor()
        if cursor.hasSelection():
            offset = self._offset(side, cursor.selectionStart())
            if offset is not None and lo <= offset < hi:
                return offset
        clicked = self._click.get(side)
        return clicked if clicked is not None and lo <= clicked < hi else None

    # --- positions -----------------------------------------------------------------------------------
    def _offset(self, side: Side, position: int) -> int | None:
        """The text offset at a document position of a pane."""
        if self._docs is None:
            return None
        block = self.browser(side).document().findBlock(position)
        doc = self._docs[0 if side is Side.LEFT else 1]
        return parallel_offset(doc, self._text(side), block.blockNumber(), position - block.position())

    def _text(self, side: Side) -> str:
        request = self.view.request
        assert request is not None
        return request.choices[request.left if side is Side.LEFT else request.right].text

    def _cursor(self, side: Side, start: int, end: int) -> QTextCursor | None:
        if self._docs is None:
            return None
        doc, text = self._docs[0 if side is Side.LEFT else 1], self._text(side)
        a, b = parallel_point(doc, text, start), parallel_point(doc, text, end)
        if a is None or b is None:
            return None
        document = self.browser(side).document()
        cursor = QTextCursor(document)
        cursor.setPosition(document.findBlockByNumber(a.block).position() + a.column)
        cursor.setPosition(document.findBlockByNumber(b.block).position() + b.column, QTextCursor.MoveMode.KeepAnchor)
        return cursor

    def _row_of_block(self, side: Side, block: int) -> int | None:
        if self._docs is None:
            return None
        rows = self._docs[0 if side is Side.LEFT else 1].block_rows
        return rows[block] if 0 <= block < len(rows) else None

    # --- painting ----------------------------------------------------------------------------------------
    def _paint(self) -> None:
        if self._pair is None or self._docs is None:
            return
        for side, gutter in self.gutters.items():
            gutter.set_current(self._row, side is self._side)
            self.browser(side).setExtraSelections(self._selections(side))

    def _selections(self, side: Side) -> list[QTextEdit.ExtraSelection]:
        assert self._pair is not None and self._docs is not None
        palette = self._palette
        selections: list[QTextEdit.ExtraSelection] = []
        document = self.browser(side).document()
        rows = self._docs[0 if side is Side.LEFT else 1].block_rows
        blocks = [b for b, r in enumerate(rows) if r == self._row]
        if blocks:
            cursor = QTextCursor(document)
            cursor.setPosition(document.findBlockByNumber(blocks[0]).position())
            last = document.findBlockByNumber(blocks[-1])
            cursor.setPosition(last.position() + max(0, last.length() - 1), QTextCursor.MoveMode.KeepAnchor)
            tint = QTextCharFormat()
            tint.setBackground(QColor(blend(palette.accent, ROW_TINT, palette.background)))
            tint.setProperty(QTextFormat.Property.FullWidthSelection, True)
            selections.append(_selection(cursor, tint))
        for m in self._pair.mismatches:
            if m.side is not side:
                continue
            cursor = self._cursor(side, m.start, m.end)
            if cursor is None:
                continue
            fmt = QTextCharFormat()
            fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
            fmt.setUnderlineColor(QColor(palette.diff_delete_mark))
            if m == self._mismatch:
                fmt.setBackground(QColor(palette.diff_change_strong))
                fmt.setForeground(QColor(palette.text))
            selections.append(_selection(cursor, fmt))
        return selections

    # --- mouse -----------------------------------------------------------------------------------------------
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if self._pair is None or kind not in _MOUSE:
            return False
        side = (
            Side.LEFT if watched is self.view.left.viewport() else Side.RIGHT if watched is self.view.right.viewport() else None
        )
        if side is None:
            return False
        if isinstance(event, QMouseEvent) and kind != QEvent.Type.MouseButtonPress:
            point = event.position().toPoint()
            if self.drag.active:  # a row boundary held in the gutter: the text is not being selected
                if kind == QEvent.Type.MouseMove:
                    self.drag.move(side, point)
                else:
                    self.drag.release(side, point)
                return True
            return False
        if (
            kind == QEvent.Type.MouseButtonPress
            and isinstance(event, QMouseEvent)
            and event.button() == Qt.MouseButton.LeftButton
        ):
            if self.drag.press(side, event.position().toPoint()):
                return True
            self._place(side, event.position().toPoint())
        elif kind == QEvent.Type.ContextMenu and isinstance(event, QContextMenuEvent):
            self._place(side, event.pos())
            self._context_menu(side, event.pos())
            return True
        elif kind == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            tip = self._tip(side, event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), plain_tip(tip), self.browser(side).viewport())
                return True
        return False

    def _place(self, side: Side, point: QPoint) -> None:
        """A click: that row and side become current, and the click is where a split would fall."""
        position = self.browser(side).cursorForPosition(point).position()
        block = self.browser(side).document().findBlock(position).blockNumber()
        row = self._row_of_block(side, block)
        offset = self._offset(side, position)
        if offset is not None:
            self._click[side] = offset
        if row is not None:
            self._row, self._side = row, side
            self._paint()

    def _context_menu(self, side: Side, point: QPoint) -> None:
        browser = self.browser(side)
        menu = browser.createStandardContextMenu(point)
        menu.addSeparator()
        self.session.actions.fill(menu, ROW_MENU)
        offset = self._offset(side, browser.cursorForPosition(point).position())
        here = (
            [m for m in self._pair.mismatches if m.side is side and offset is not None and m.start <= offset <= m.end]
            if self._pair
            else []
        )
        if here:
            menu.addSeparator()
            for m in here:
                words = m.text if len(m.text) <= 30 else m.text[:29] + "…"
                menu.addAction(self.tr("Accept “%1” as Fine").replace("%1", words), lambda m=m: self.accept(m, accept=True))
        menu.exec(browser.viewport().mapToGlobal(point))
        menu.deleteLater()

    def _tip(self, side: Side, point: QPoint) -> str:
        if self._pair is None:
            return ""
        mine, theirs = self._editions() if side is Side.LEFT else self._editions()[::-1]
        if point.x() < GUTTER:
            row = self.gutters[side].row_at(point.y())
            if row is None:
                return ""
            lines = [self.tr("Row %1").replace("%1", str(row + 1))]
            found = [m for m in self._pair.in_row(row) if m.side is side]
            lines += [f"{kind_label(m.kind)}: {m.text if len(m.text) <= 60 else m.text[:59] + '…'}" for m in found]
            if found:
                lines[0] += " · " + (self.tr("stated in %1, not in %2").replace("%1", mine).replace("%2", theirs))
            if row in self._pair.alignment.corrected:
                lines.append(self.tr("Aligned by hand (Reset Alignment undoes every correction of the pair)"))
            return "\n".join(lines)
        offset = self._offset(side, self.browser(side).cursorForPosition(point).position())
        found = [m for m in self._pair.mismatches if m.side is side and offset is not None and m.start <= offset < m.end]
        return "\n".join(describe(m, mine, theirs) for m in found)

    def _show_shortcuts(self) -> None:
        dialog = ShortcutsDialog(self.session.actions, self.view)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()


def _selection(cursor: QTextCursor, fmt: QTextCharFormat) -> QTextEdit.ExtraSelection:
    selection = QTextEdit.ExtraSelection()
    selection.cursor = cursor
    selection.format = fmt
    return selection
