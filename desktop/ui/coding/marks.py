"""Codes in the reader: a coloured underline under each coded passage and a stripe in the margin beside it.

Each coded passage gets a lane, so overlapping codes stay distinguishable: lane k draws its
underline k steps lower and its margin stripe k steps further out, in the code's colour (as the
coding stripes of MAXQDA and NVivo do). Hovering over coded text names its codes and coders.

The marks are painted by a see-through overlay on the browser's viewport (it lets every mouse event
through), so they never change the document: positions stay those the highlight layer maps.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QHelpEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from desktop.ui.reader.highlights import HighlightLayer

MAX_LANES = 4
LANE_STEP = 3  # pixels between underlines, and between stripes (plus their width)
STRIPE_WIDTH = 3


@dataclass(frozen=True)
class Mark:
    start: int  # code points on the version shown
    end: int
    color: str
    label: str  # "Conflict (Aigerim, Daniyar)"


class CodingMarks(QObject):
    def __init__(self, browser: QTextBrowser, highlights: HighlightLayer) -> None:
        super().__init__(browser)
        self.browser = browser
        self.highlights = highlights
        self._marks: list[Mark] = []
        self._placed: list[tuple[int, int, int, Mark]] = []  # document start, end, lane, mark
        self.overlay = _Overlay(self, browser.viewport())
        browser.viewport().installEventFilter(self)
        for bar in (browser.verticalScrollBar(), browser.horizontalScrollBar()):
            bar.valueChanged.connect(self._follow_scroll)
        highlights.documentChanged.connect(self._place)

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

    # --- painting --------------------------------------------------------------------------------
    def _line_rects(self, start: int, end: int) -> list[tuple[float, float, float, float]]:
        """(left, right, baseline, top) in viewport coordinates of each line the range covers."""
        doc = self.browser.document()
        layout = doc.documentLayout()
        dx, dy = self.browser.horizontalScrollBar().value(), self.browser.verticalScrollBar().value()
        rects = []
        block = doc.findBlock(start)
        while block.isValid() and block.position() < end:
            origin = layout.blockBoundingRect(block).topLeft()
            text_layout = block.layout()
            for i in range(text_layout.lineCount()):
                line = text_layout.lineAt(i)
                line_start = block.position() + line.textStart()
                line_end = line_start + line.textLength()
                a, b = max(start, line_start), min(end, line_end)
                if a >= b:
                    continue
                left = line.cursorToX(a - block.position())[0]
                right = line.cursorToX(b - block.position())[0]
                top = origin.y() + line.y() - dy
                rects.append((origin.x() + left - dx, origin.x() + right - dx, top + line.ascent(), top))
            block = block.next()
        return rects

    def _follow_scroll(self, _value: int) -> None:
        """Scrolling moves the viewport's children with its pixels: put the overlay back and repaint it."""
        self.overlay.move(0, 0)
        self.overlay.update()

    def paint(self, event: QPaintEvent) -> None:
        if not self._placed:
            return
        painter = QPainter(self.overlay)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        margin = self.browser.document().rootFrame().frameFormat().leftMargin()
        visible = event.rect()
        for start, end, lane, mark in self._placed:
            rects = self._line_rects(start, end)
            if not rects or rects[-1][2] + 20 < visible.top() or rects[0][3] > visible.bottom():
                continue
            color = QColor(mark.color)
            for left, right, baseline, _top in rects:
                painter.fillRect(QRectF(left, baseline + 3 + lane * LANE_STEP, right - left, 2), color)
            x = max(1.0, margin - 6 - lane * (STRIPE_WIDTH + LANE_STEP) - self.browser.horizontalScrollBar().value())
            top, bottom = rects[0][3], rects[-1][2] + 4
            painter.fillRect(QRectF(x, top, STRIPE_WIDTH, bottom - top), color)
        painter.end()

    def labels_at(self, point: QPoint) -> list[str]:
        position = self.browser.cursorForPosition(point).position()
        return [m.label for s, e, _lane, m in self._placed if s <= position < e]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only the two events handled here are looked at: others arrive while widgets are being
        # destroyed, when touching the browser would reach into a deleted object.
        kind = event.type()
        if kind not in (QEvent.Type.Resize, QEvent.Type.ToolTip) or not isinstance(watched, QWidget):
            return False
        if kind == QEvent.Type.Resize:
            self.overlay.setGeometry(watched.rect())
            return False
        if isinstance(event, QHelpEvent):
            labels = self.labels_at(event.pos())
            if labels:
                QToolTip.showText(event.globalPos(), "\n".join(dict.fromkeys(labels)), self.browser.viewport())
                return True
        return False


class _Overlay(QWidget):
    def __init__(self, marks: CodingMarks, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("codingMarks")
        self._marks = marks
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(viewport.rect())
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._marks.paint(event)
