"""Marks painted over the reader's text without touching its document: codes, projections.

A see-through widget on the browser's viewport (every mouse event passes through) paints them,
so the document keeps only the text and the positions the highlight layer maps. This base keeps
the overlay over the viewport as it scrolls and resizes, finds the lines a range covers, and
shows the marks' tooltip as plain text; a subclass places its marks and paints them.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QHelpEvent, QPaintEvent
from PySide6.QtWidgets import QTextBrowser, QToolTip, QWidget

from desktop.ui.plain_text import plain_tip
from desktop.ui.reader.highlights import HighlightLayer


@dataclass(frozen=True)
class LineRect:
    """One line of a range, in viewport coordinates."""

    left: float
    right: float
    top: float
    baseline: float


class TextOverlayMarks(QObject):
    def __init__(self, browser: QTextBrowser, highlights: HighlightLayer, object_name: str) -> None:
        super().__init__(browser)
        self.browser = browser
        self.highlights = highlights
        self.overlay = _Overlay(self, browser.viewport(), object_name)
        browser.viewport().installEventFilter(self)
        for bar in (browser.verticalScrollBar(), browser.horizontalScrollBar()):
            bar.valueChanged.connect(self._follow_scroll)
        highlights.documentChanged.connect(self._place)

    # --- for subclasses -------------------------------------------------------------------------------
    def _place(self) -> None:
        """Map the marks to document positions (the document changed) and repaint."""
        raise NotImplementedError

    def paint(self, event: QPaintEvent) -> None:
        raise NotImplementedError

    def tooltip_at(self, point: QPoint) -> str:
        """What the marks under a viewport point say, or ""."""
        raise NotImplementedError

    def line_rects(self, start: int, end: int) -> list[LineRect]:
        """Each line that document positions start..end cover."""
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
                rects.append(LineRect(left, right, top, top + line.ascent()))
            block = block.next()
        return rects

    # --- the overlay follows the viewport -------------------------------------------------------------
    def _follow_scroll(self, _value: int) -> None:
        """Scrolling moves the viewport's children with its pixels: put the overlay back and repaint it."""
        self.overlay.move(0, 0)
        self.overlay.update()

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
            tip = self.tooltip_at(event.pos())
            if tip:
                QToolTip.showText(event.globalPos(), plain_tip(tip), self.browser.viewport())
                return True
        return False


class _Overlay(QWidget):
    def __init__(self, marks: TextOverlayMarks, viewport: QWidget, object_name: str) -> None:
        super().__init__(viewport)
        self.setObjectName(object_name)
        self._marks = marks
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(viewport.rect())
        self.show()

    def paintEvent(self, event: QPaintEvent) -> None:
        self._marks.paint(event)
