"""Projected highlights in the reader: a translation's highlights shown on this edition, marked as guesses.

A projection (core/projection.py) is the fourth anchor status beside exact, fuzzy and orphan, and
must not look like a highlight of this article: it is drawn as a dashed underline in the
highlight's colour over a faint wash of it, never the solid fill of a real highlight. Like the
codes' marks, it is painted over the text (reader/text_overlay.py). Hovering names where it was projected from.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QTextBrowser

from desktop.ui.reader.highlights import HighlightLayer
from desktop.ui.reader.text_overlay import TextOverlayMarks
from desktop.ui.theme import LIGHT, Palette

WASH_ALPHA = 38  # of the highlight colour under a projection: far fainter than a highlight (tests/ui/test_contrast.py)


@dataclass(frozen=True)
class ProjectedMark:
    key: object  # what the owner identifies the projection by
    start: int  # code points on the version shown
    end: int
    color: str | None  # None: a passage that only carries codes (drawn in the accent colour)
    tooltip: str


class ProjectionMarks(TextOverlayMarks):
    def __init__(self, browser: QTextBrowser, highlights: HighlightLayer) -> None:
        super().__init__(browser, highlights, "projectionMarks")
        self._palette = LIGHT
        self._marks: list[ProjectedMark] = []
        self._placed: list[tuple[int, int, ProjectedMark]] = []  # document start, end, mark

    def set_marks(self, marks: list[ProjectedMark]) -> None:
        self._marks = marks
        self._place()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.overlay.update()

    def placed(self) -> list[tuple[int, int, object]]:
        """(document start, document end, key) of every projection on screen."""
        return [(s, e, m.key) for s, e, m in self._placed]

    def at(self, position: int) -> list[object]:
        """The keys of the projections at a document position."""
        return [m.key for s, e, m in self._placed if s <= position < e]

    def overlapping(self, start: int, end: int) -> list[object]:
        """The keys of the projections that share text with document positions start..end."""
        return [m.key for s, e, m in self._placed if s < end and start < e]

    def _place(self) -> None:
        placed = []
        for mark in self._marks:
            doc = self.highlights.document_range(mark.start, mark.end)
            if doc is not None and doc[1] > doc[0]:
                placed.append((doc[0], doc[1], mark))
        self._placed = placed
        self.overlay.update()

    def paint(self, event: QPaintEvent) -> None:
        if not self._placed:
            return
        painter = QPainter(self.overlay)
        visible = event.rect()
        for start, end, mark in self._placed:
            rects = self.line_rects(start, end)
            if not rects or rects[-1].baseline + 20 < visible.top() or rects[0].top > visible.bottom():
                continue
            color = QColor(mark.color or self._palette.accent)
            wash = QColor(color)
            wash.setAlpha(WASH_ALPHA)
            pen = QPen(color, 1.6)
            pen.setDashPattern([3.0, 2.5])  # in pen widths: dashes the eye reads as dashes, not a line
            for r in rects:
                painter.fillRect(int(r.left), int(r.top), int(r.right - r.left), int(r.baseline - r.top + 4), wash)
                painter.setPen(pen)
                painter.drawLine(QPointF(r.left, r.baseline + 3), QPointF(r.right, r.baseline + 3))
        painter.end()

    def tooltip_at(self, point: QPoint) -> str:
        position = self.browser.cursorForPosition(point).position()
        return "\n\n".join(m.tooltip for s, e, m in self._placed if s <= position < e)
