"""Projected highlights in the reader: a translation's highlights shown on this edition, marked as guesses.

A projection (core/projection.py) is the fourth anchor status beside exact, fuzzy and orphan, and
must not look like a highlight of this article: it is drawn as a dashed underline in the
highlight's colour over a faint wash of it, never the solid fill of a real highlight. Like the
codes' marks, it is painted by a see-through overlay on the browser's viewport (mouse events pass
through), so the document keeps only the text and its positions; text offsets are mapped through
the highlight layer (`document_range`). Hovering names where it was projected from.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from desktop.ui.plain_text import plain_tip
from desktop.ui.reader.highlights import HighlightLayer
from desktop.ui.theme import LIGHT, Palette

WASH_ALPHA = 38  # of the highlight colour under a projection: far fainter than a highlight (tests/ui/test_contrast.py)


@dataclass(frozen=True)
class ProjectedMark:
    key: object  # what the owner identifies the projection by
    start: int  # code points on the version shown
    end: int
    color: str | None  # None: a passage that only carries codes (drawn in the accent colour)
    tooltip: str


class ProjectionMarks(QObject):
    def __init__(self, browser: QTextBrowser, highlights: HighlightLayer) -> None:
        super().__init__(browser)
        self.browser = browser
        self.highlights = highlights
        self._palette = LIGHT
        self._marks: list[ProjectedMark] = []
        self._placed: list[tuple[int, int, ProjectedMark]] = []  # document start, end, mark
        self.overlay = _Overlay(self, browser.viewport())
        browser.viewport().installEventFilter(self)
        for bar in (browser.verticalScrollBar(), browser.horizontalScrollBar()):
            bar.valueChanged.connect(self._follow_scroll)
        highlights.documentChanged.connect(self._place)

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

    # --- painting -------------------------------------------------------------------------------------
    def _line_rects(self, start: int, end: int) -> list[tuple[float, float, float, float]]:
        """(left, right, top, baseline) in viewport coordinates of each line the range covers."""
        doc = self.browser.document()
        layout = doc.documentLayout()
        dx, dy = self.browser.horizontalScrollBar().value(), self.browser.verticalScrollBar().value()
        rects = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            origin = layout.blockBoundingRect(block).topLeft()
            lines = block.layout()
            for i in range(lines.lineCount()):
                line = lines.lineAt(i)
                line_start = block.position() + line.textStart()
                a, b = max(start, line_start), min(end, line_start + line.textLength())
                if a >= b:
                    continue
                left = origin.x() + line.cursorToX(a - block.position())[0] - dx
                right = origin.x() + line.cursorToX(b - block.position())[0] - dx
                top = origin.y() + line.y() - dy
                rects.append((left, right, top, top + line.ascent()))
            block = block.next()
        return rects

    def _follow_scroll(self, _value: int) -> None:
        self.overlay.move(0, 0)
        self.overlay.update()

    def paint(self, event: QPaintEvent) -> None:
        if not self._placed:
            return
        painter = QPainter(self.overlay)
        visible = event.rect()
        for start, end, mark in self._placed:
            rects = self._line_rects(start, end)
            if not rects or rects[-1][3] + 20 < visible.top() or rects[0][2] > visible.bottom():
                continue
            color = QColor(mark.color or self._palette.accent)
            wash = QColor(color)
            wash.setAlpha(WASH_ALPHA)
            pen = QPen(color, 1.6)
            pen.setDashPattern([3.0, 2.5])  # in pen widths: dashes the eye reads as dashes, not a line
            for left, right, top, baseline in rects:
                painter.fillRect(int(left), int(top), int(right - left), int(baseline - top + 4), wash)
                painter.setPen(pen)
                painter.drawLine(QPointF(left, baseline + 3), QPointF(right, baseline + 3))
        painter.end()

    def tooltip_at(self, point: QPoint) -> str:
        position = self.browser.cursorForPosition(point).position()
        return "\n\n".join(m.tooltip for s, e, m in self._placed if s <= position < e)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the events handled here are looked at: others arrive while widgets are being destroyed.
        kind = event.type()
        if kind not in (QEvent.Type.Resize, QEvent.Type.ToolTip) or not isinstance(watched, QWidget):
            return False
        if kind == QEvent.Type.Resize:
            self.overlay.setGeometry(watched.rect())
            return False
        if isinstance(event, QHelpEvent):
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), plain_tip(tip), self.browser.viewport())
                return True
        return False


class _Overlay(QWidget):
    def __init__(self, marks: ProjectionMarks, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("projectionMarks")
        self._marks = marks
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(viewport.rect())
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._marks.paint(event)
