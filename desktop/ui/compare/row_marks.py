"""The parallel view's gutter: beside each row, a badge with its mismatches, a mark if corrected by hand, the current row.

A pane's document gets a left margin wide enough for the gutter, and a see-through overlay on
the viewport paints into it (mouse events pass through to the text), so the document holds only
the text and its positions stay those of the text. Each pane shows its own side: the badge counts
the mismatches that this edition states and the other does not, in that row.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QTextBrowser, QWidget

from desktop.ui.theme import LIGHT, Palette

GUTTER = 46  # pixels of left margin the document keeps for the gutter
CORRECTED_MARK = "✎"


class RowGutter(QObject):
    """The gutter of one pane."""

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser)
        self.browser = browser
        self._palette = LIGHT
        self._first: list[int] = []  # per row, its first and last document block
        self._last: list[int] = []
        self._counts: dict[int, int] = {}
        self._corrected: frozenset[int] = frozenset()
        self._current = -1
        self._active = False
        self._drag_line: int | None = None
        self.overlay = _Overlay(self, browser.viewport())
        self.overlay.hide()
        browser.viewport().installEventFilter(self)
        for bar in (browser.verticalScrollBar(), browser.horizontalScrollBar()):
            bar.valueChanged.connect(self._follow_scroll)

    # --- state ---------------------------------------------------------------------------------
    def set_rows(self, block_rows: tuple[int, ...], counts: dict[int, int], corrected: frozenset[int]) -> None:
        rows = (block_rows[-1] + 1) if block_rows else 0
        self._first, self._last = [-1] * rows, [-1] * rows
        for block, row in enumerate(block_rows):
            if self._first[row] < 0:
                self._first[row] = block
            self._last[row] = block
        self._counts, self._corrected = dict(counts), corrected
        self.overlay.show()
        self.overlay.update()

    def clear(self) -> None:
        self._first, self._last, self._counts, self._corrected, self._current = [], [], {}, frozenset(), -1
        self.overlay.hide()

    def set_current(self, row: int, active: bool) -> None:
        self._current, self._active = row, active
        self.overlay.update()

    def set_drag_line(self, y: int | None) -> None:
        """Where a boundary being dragged would go (viewport height), or None."""
        self._drag_line = y
        self.overlay.update()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.overlay.update()

    @property
    def counts(self) -> dict[int, int]:
        return dict(self._counts)

    # --- geometry --------------------------------------------------------------------------------
    def row_extent(self, row: int) -> tuple[float, float] | None:
        """The row's top and bottom in document coordinates."""
        if not 0 <= row < len(self._first) or self._first[row] < 0:
            return None
        doc = self.browser.document()
        layout = doc.documentLayout()
        top = layout.blockBoundingRect(doc.findBlockByNumber(self._first[row])).top()
        bottom = layout.blockBoundingRect(doc.findBlockByNumber(self._last[row])).bottom()
        return top, bottom

    def row_at(self, y: float) -> int | None:
        """The row at a viewport height."""
        y += self.browser.verticalScrollBar().value()
        for row in range(len(self._first)):
            extent = self.row_extent(row)
            if extent is not None and extent[0] <= y < extent[1]:
                return row
        return None

    # --- painting ----------------------------------------------------------------------------------
    def _follow_scroll(self, _value: int) -> None:
        self.overlay.move(0, 0)
        self.overlay.update()

    def paint(self, event: QPaintEvent) -> None:
        if not self._first:
            return
        painter = QPainter(self.overlay)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        palette = self._palette
        dy = self.browser.verticalScrollBar().value()
        visible = event.rect()
        font = QFont(self.browser.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() * 0.72))
        font.setBold(True)
        painter.setFont(font)
        metrics = QFontMetrics(font)
        mark_font = QFont(self.browser.font())  # the pencil at the text's size, to be seen at a glance
        mark_height = QFontMetrics(mark_font).height()
        for row in range(len(self._first)):
            extent = self.row_extent(row)
            if extent is None:
                continue
            top, bottom = extent[0] - dy, extent[1] - dy
            if bottom < visible.top() or top > visible.bottom():
                continue
            if row == self._current:
                bar = QColor(palette.accent)
                if not self._active:
                    bar.setAlpha(110)
                painter.fillRect(QRectF(2, top, 4 if self._active else 3, max(4.0, bottom - top - 14)), bar)
            y = top + 4
            count = self._counts.get(row, 0)
            if count:
                label = str(count)
                width = max(metrics.horizontalAdvance(label) + 10, metrics.height() + 2)
                pill = QRectF(GUTTER - width - 8, y, width, metrics.height() + 2)
                painter.setPen(QColor(palette.diff_delete_mark))
                painter.setBrush(QColor(palette.diff_delete))
                painter.drawRoundedRect(pill, pill.height() / 2, pill.height() / 2)
                painter.setPen(QColor(palette.text))
                painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, label)
                y += pill.height() + 4
            if row in self._corrected:
                painter.setFont(mark_font)
                painter.setPen(QColor(palette.accent))
                painter.drawText(QRectF(GUTTER - 34, y - 2, 28, mark_height), Qt.AlignmentFlag.AlignCenter, CORRECTED_MARK)
                painter.setFont(font)
        if self._drag_line is not None:
            painter.fillRect(QRectF(0, self._drag_line - 2, self.overlay.width(), 3), QColor(palette.accent))
        painter.end()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QWidget):
            self.overlay.setGeometry(watched.rect())
        return False


class _Overlay(QWidget):
    def __init__(self, gutter: RowGutter, viewport: QWidget) -> None:
        super().__init__(viewport)
        self.setObjectName("rowGutter")
        self._gutter = gutter
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setGeometry(viewport.rect())

    def paintEvent(self, event: QPaintEvent) -> None:
        self._gutter.paint(event)
