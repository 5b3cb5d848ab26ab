"""Codes in the reader: a coloured underline under each coded passage and a stripe in the margin beside it.

Each coded passage gets a lane, so overlapping codes stay distinguishable: lane k draws its
underline k steps lower and its margin stripe k steps further out, in the code's colour (as the
coding stripes of MAXQDA and NVivo do). Hovering over coded text names its codes and coders.

The marks are painted over the text, never in the document (reader/text_overlay.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint, QRectF
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QTextBrowser

from desktop.ui.reader.highlights import HighlightLayer
from desktop.ui.reader.text_overlay import TextOverlayMarks

MAX_LANES = 4
LANE_STEP = 3  # pixels between underlines, and between stripes (plus their width)
STRIPE_WIDTH = 3


@dataclass(frozen=True)
class Mark:
    start: int  # code points on the version shown
    end: int
    color: str
    label: str  # "Conflict (Aigerim, Daniyar)"


class CodingMarks(TextOverlayMarks):
    def __init__(self, browser: QTextBrowser, highlights: HighlightLayer) -> None:
        super().__init__(browser, highlights, "codingMarks")
        self._marks: list[Mark] = []
        self._placed: list[tuple[int, int, int, Mark]] = []  # document start, end, lane, mark

    def set_marks(self, marks: list[Mark]) -> None:
        self._marks = marks
        self._place()

    def placed(self) -> list[tuple[int, int, int, str]]:
        """(document start, document end, lane, colour) of every mark, for tests and views."""
        return [(s, e, lane, m.color) for s, e, lane, m in self._placed]

    def _place(self) -> None:
        placed: list[tuple[int, int, int, Mark]] = []
        ends: list[int] = []  # per lane, where its last mark ends
        for mark in sorted(self._marks, key=lambda m: (m.start, -m.end)):
            doc = self.highlights.document_range(mark.start, mark.end)
            if doc is None or doc[1] <= doc[0]:
                continue
            lane = next((i for i, end in enumerate(ends) if end <= doc[0]), len(ends))
            if lane == len(ends):
                ends.append(doc[1])
            else:
                ends[lane] = doc[1]
            placed.append((doc[0], doc[1], min(lane, MAX_LANES - 1), mark))
        self._placed = placed
        self.overlay.update()

    def paint(self, event: QPaintEvent) -> None:
        if not self._placed:
            return
        painter = QPainter(self.overlay)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        margin = self.browser.document().rootFrame().frameFormat().leftMargin()
        visible = event.rect()
        for start, end, lane, mark in self._placed:
            rects = self.line_rects(start, end)
            if not rects or rects[-1].baseline + 20 < visible.top() or rects[0].top > visible.bottom():
                continue
            color = QColor(mark.color)
            for r in rects:
                painter.fillRect(QRectF(r.left, r.baseline + 3 + lane * LANE_STEP, r.right - r.left, 2), color)
            x = max(1.0, margin - 6 - lane * (STRIPE_WIDTH + LANE_STEP) - self.browser.horizontalScrollBar().value())
            top, bottom = rects[0].top, rects[-1].baseline + 4
            painter.fillRect(QRectF(x, top, STRIPE_WIDTH, bottom - top), color)
        painter.end()

    def labels_at(self, point: QPoint) -> list[str]:
        position = self.browser.cursorForPosition(point).position()
        return [m.label for s, e, _lane, m in self._placed if s <= position < e]

    def tooltip_at(self, point: QPoint) -> str:
        return "\n".join(dict.fromkeys(self.labels_at(point)))
