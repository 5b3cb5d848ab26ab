"""Dragging a row boundary of the parallel view with the mouse.

In a pane's gutter, the top edge of a row is the boundary with the row above. Pressing there and
dragging up or down moves that boundary on that pane's edition: a line follows the mouse,
snapped to where a segment starts (core/alignment_cuts.py, `boundary_edit`), and letting go
re-pairs the segments between the old and the new place with the other row, as one correction
with undo. It is the mouse's way to do what Move Segment does a segment at a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QPoint, Qt
from PySide6.QtGui import QCursor, QGuiApplication

from desktop.core.alignment_cuts import EditError, boundary_edit
from desktop.core.drift import Side
from desktop.ui.compare.row_marks import GUTTER

if TYPE_CHECKING:
    from desktop.ui.compare.parallel_editor import ParallelEditor

GRIP = 7  # pixels either side of a row's top edge that take hold of the boundary


class BoundaryDrag:
    def __init__(self, editor: ParallelEditor) -> None:
        self.editor = editor
        self._side: Side | None = None
        self._boundary = -1

    @property
    def active(self) -> bool:
        return self._side is not None

    def boundary_at(self, side: Side, point: QPoint) -> int | None:
        """The boundary whose edge is under a point of the gutter (k: between rows k and k + 1)."""
        if point.x() >= GUTTER or self.editor.pair is None:
            return None
        gutter = self.editor.gutters[side]
        y = point.y() + self.editor.browser(side).verticalScrollBar().value()
        for row in range(1, len(self.editor.pair.alignment.rows)):
            extent = gutter.row_extent(row)
            if extent is not None and abs(extent[0] - y) <= GRIP:
                return row - 1
        return None

    def press(self, side: Side, point: QPoint) -> bool:
        boundary = self.boundary_at(side, point)
        if boundary is None:
            return False
        self._side, self._boundary = side, boundary
        QGuiApplication.setOverrideCursor(QCursor(Qt.CursorShape.SplitVCursor))
        self.move(side, point)
        return True

    def move(self, side: Side, point: QPoint) -> None:
        if side is not self._side:
            return
        edit = self._edit(point)
        gutter = self.editor.gutters[side]
        if edit is None or edit.added is None:
            gutter.set_drag_line(None)
            return
        y = self.editor.y_of_offset(side, edit.added.on(side))
        gutter.set_drag_line(y)

    def release(self, side: Side, point: QPoint) -> None:
        if self._side is None:
            return
        edit = self._edit(point) if side is self._side else None
        self.editor.gutters[self._side].set_drag_line(None)
        self._side, self._boundary = None, -1
        QGuiApplication.restoreOverrideCursor()
        if edit is not None:
            self.editor.apply_edit(edit, QCoreApplication.translate("ParallelEditor", "Move Row Boundary"))

    def _edit(self, point: QPoint):
        side = self._side
        texts = self.editor.texts()
        if side is None or texts is None or self.editor.pair is None:
            return None
        to = self.editor.offset_at(side, QPoint(GUTTER + 4, point.y()))
        if to is None:
            return None
        try:
            return boundary_edit(texts[0], texts[1], self.editor.pair.alignment.cuts, self._boundary, side, to)
        except EditError:
            return None
