"""A layout that places widgets left to right and wraps onto new rows: tag chips, however many and however long.

A row of chips in a QHBoxLayout asks for the sum of their widths, so an article with a few long
tags widened the reader, the splitter and finally the window past the screen. Here the width
asked for is that of the widest single item, and the height follows the width (heightForWidth),
so chips wrap instead of pushing.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QSizePolicy, QSpacerItem, QWidget


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    # --- what a row of controls asks of a box layout ---------------------------------------------
    def setSpacing(self, spacing: int) -> None:
        self._spacing = spacing

    def spacing(self) -> int:
        return self._spacing

    def addStretch(self, _stretch: int = 0) -> None:
        """Wrapped rows have no stretch to share: controls pack to the left."""

    def addSpacing(self, size: int) -> None:
        self.addItem(QSpacerItem(size, 0, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum))

    def addLayout(self, layout: QLayout) -> None:
        """A nested group (a label and its box) stays together, as one item of the row."""
        holder = QWidget(self.parentWidget())
        holder.setLayout(layout)
        layout.setContentsMargins(0, 0, 0, 0)
        self.addWidget(holder)

    # --- QLayout's item list -----------------------------------------------------------------
    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    # --- geometry ----------------------------------------------------------------------------------
    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        return self.minimumSize()

    def minimumSize(self) -> QSize:
        size = QSize()
        for item in self._items:
            size = size.expandedTo(item.minimumSize())
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        x, y, row_height = area.x(), area.y(), 0
        row: list[tuple[QLayoutItem, int, QSize]] = []  # the row being filled: item, x, size

        def finish_row() -> None:
            # Items are centred in their row, so a label sits level with the box beside it.
            for placed, at, size in row if move else ():
                placed.setGeometry(QRect(QPoint(at, y + (row_height - size.height()) // 2), size))
            row.clear()

        for item in self._items:
            if item.isEmpty() and item.spacerItem() is None:
                continue
            hint = item.sizeHint()
            if x > area.x() and x + hint.width() > area.right() + 1:
                finish_row()
                x, y = area.x(), y + row_height + self._spacing
                row_height = 0
            row.append((item, x, QSize(min(hint.width(), area.width()), hint.height())))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        finish_row()
        return y + row_height - rect.y() + margins.bottom()
