"""The two pictures the analyses draw themselves: a stacked bar chart and a heat-map colour scale.

PySide6-Essentials has no QtCharts, and both are a few rectangles: bars stacked by code (each in
its code's colour) per source, section or month; and a cell colour that deepens with the count.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from desktop.ui.theme import LIGHT, Palette


def heat_color(value: int, largest: int, palette: Palette) -> QColor | None:
    """The cell colour for a count: none for 0, deepening towards the largest count in the table."""
    if value <= 0 or largest <= 0:
        return None
    color = QColor(palette.accent)
    share = value / largest
    color.setAlphaF(0.15 + 0.7 * share)
    return color


def text_on(fill: QColor | None, palette: Palette) -> QColor:
    """Text that stays readable on a heat-map cell."""
    if fill is None or fill.alphaF() < 0.55:
        return QColor(palette.text)
    return QColor("#ffffff") if not palette.dark else QColor("#0b1f1d")


class StackedBars(QWidget):
    """Bars per category, stacked by series; a highlighted series is drawn at full strength, the rest faded."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("stackedBars")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(220, 140)
        self._palette = LIGHT
        self._title = ""
        self._categories: list[str] = []
        self._series: list[tuple[str, str, list[int]]] = []  # name, colour, value per category
        self._focus: int | None = None

    def sizeHint(self) -> QSize:
        return QSize(420, 240)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.update()

    def set_data(self, title: str, categories: list[str], series: list[tuple[str, str, list[int]]]) -> None:
        self._title, self._categories, self._series = title, categories, series
        self._focus = None
        self.update()

    def set_focus_series(self, index: int | None) -> None:
        self._focus = index
        self.update()

    def totals(self) -> list[int]:
        return [sum(values[i] for _, _, values in self._series) for i in range(len(self._categories))]

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        p = self._palette
        metrics = QFontMetrics(self.font())
        line = metrics.height()
        painter.setPen(QColor(p.text))
        painter.drawText(QRectF(8, 4, self.width() - 16, line), Qt.AlignmentFlag.AlignLeft, self._title)
        totals = self.totals()
        if not self._categories or not any(totals):
            painter.setPen(QColor(p.muted))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Nothing to chart yet"))
            return
        top, bottom = 10 + line * 2, self.height() - line - 10
        left = 10 + metrics.horizontalAdvance(str(max(totals))) + 6
        right = self.width() - 10
        largest = max(totals)
        painter.setPen(QColor(p.muted))
        painter.drawText(QRectF(0, top - line / 2, left - 6, line), Qt.AlignmentFlag.AlignRight, str(largest))
        painter.drawText(QRectF(0, bottom - line / 2, left - 6, line), Qt.AlignmentFlag.AlignRight, "0")
        painter.drawLine(int(left), int(bottom), int(right), int(bottom))
        slot = (right - left) / len(self._categories)
        width = max(2.0, min(48.0, slot * 0.7))
        for i, category in enumerate(self._categories):
            x = left + slot * i + (slot - width) / 2
            y = bottom
            for index, (_name, color, values) in enumerate(self._series):
                value = values[i]
                if not value:
                    continue
                height = (bottom - top) * value / largest
                fill = QColor(color)
                if self._focus is not None and index != self._focus:
                    fill.setAlphaF(0.25)
                painter.fillRect(QRectF(x, y - height, width, height), fill)
                y -= height
            label = metrics.elidedText(category, Qt.TextElideMode.ElideRight, int(max(slot - 2, 8)))
            painter.setPen(QColor(p.muted))
            painter.drawText(QRectF(left + slot * i, bottom + 2, slot, line), Qt.AlignmentFlag.AlignHCenter, label)
