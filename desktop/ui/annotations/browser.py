"""Browse annotations across the whole library, filtered by colour, tag and text (combined).

Like calibre's "Browse annotations": each entry shows the quote, note, article and date, and
a double-click opens the article scrolled to the highlight. Filtering runs in SQL (FTS for
the text) after a short pause in typing, never per keystroke.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
)

from desktop.core.annotations import AnnotationHit, HighlightColor
from desktop.ui.core_labels import color_name
from desktop.ui.plain_text import quoted
from desktop.ui.resources import swatch
from desktop.ui.retranslating import RetranslatingWidget

ANNOTATION_ROLE = Qt.ItemDataRole.UserRole + 1
ARTICLE_ROLE = Qt.ItemDataRole.UserRole + 2


class AnnotationBrowser(RetranslatingWidget, QDialog):
    filtersChanged = Signal()
    openRequested = Signal(int, int)  # article, annotation

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationBrowser")
        self.resize(760, 560)
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint, True)
        self.text = QLineEdit(self)
        self.text.setObjectName("annotationSearch")
        self.text.setClearButtonEnabled(True)
        self.tag = QComboBox(self)
        self.tag.setObjectName("annotationTag")
        self._color_buttons: dict[int, QToolButton] = {}
        self._colors_row = QHBoxLayout()
        self._colors_row.setSpacing(2)
        filters = QHBoxLayout()
        filters.addWidget(self.text, 1)
        filters.addLayout(self._colors_row)
        filters.addWidget(self.tag)
        self.list = QListWidget(self)
        self.list.setObjectName("annotationList")
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.itemActivated.connect(self._open)
        self.list.itemDoubleClicked.connect(self._open)
        self.count = QLabel(self)
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.count)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.filtersChanged.emit)
        self.text.textChanged.connect(lambda _t: self._debounce.start())
        self.tag.currentIndexChanged.connect(lambda _i: self.filtersChanged.emit())
        self._colors: list[HighlightColor] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Browse Annotations"))
        self.text.setPlaceholderText(self.tr("Search quotes and notes…"))
        if self.tag.count():
            self.tag.setItemText(0, self.tr("Any tag"))
        for color in self._colors:
            self._color_buttons[color.id].setToolTip(self.tr("Only “%1”").replace("%1", color_name(color.name)))
        self.filtersChanged.emit()  # the list again, in the new language

    def set_choices(self, colors: list[HighlightColor], tags: list[str]) -> None:
        checked = self.selected_colors()
        for button in self._color_buttons.values():
            button.deleteLater()
        self._color_buttons = {}
        self._colors = list(colors)
        for color in colors:
            button = QToolButton(self)
            button.setCheckable(True)
            button.setChecked(color.id in checked)
            button.setIcon(swatch(color.color, 14))
            button.setToolTip(self.tr("Only “%1”").replace("%1", color_name(color.name)))
            button.setObjectName(f"filterColor{color.id}")
            button.toggled.connect(lambda _on: self.filtersChanged.emit())
            self._colors_row.addWidget(button)
            self._color_buttons[color.id] = button
        current = self.tag.currentData()
        self.tag.blockSignals(True)
        self.tag.clear()
        self.tag.addItem(self.tr("Any tag"), None)
        for name in tags:
            self.tag.addItem(name, name)
        index = self.tag.findData(current)
        self.tag.setCurrentIndex(max(0, index))
        self.tag.blockSignals(False)

    def selected_colors(self) -> set[int]:
        return {c for c, b in self._color_buttons.items() if b.isChecked()}

    def selected_tag(self) -> str | None:
        return self.tag.currentData()

    def show_hits(self, hits: list[AnnotationHit], colors: dict[int, HighlightColor]) -> None:
        self.list.clear()
        for hit in hits:
            a = hit.annotation
            color = colors.get(a.color_id or 0)
            lines = []
            if a.quote:
                lines.append(quoted(a.quote, 300))
            if a.note:
                lines.append(f"✎ {a.note}")
            date = hit.article_date or self.tr("no date")
            lines.append(f"— {hit.article_title} · {date}" + (f" · {color_name(color.name)}" if color else ""))
            item = QListWidgetItem(swatch(color.color) if color else swatch("#888888"), "\n".join(lines))
            item.setData(ANNOTATION_ROLE, a.id)
            item.setData(ARTICLE_ROLE, int(a.article_id))
            item.setToolTip(self.tr("Double-click to open the article at this highlight"))
            self.list.addItem(item)
        self.count.setText(self.tr("%Ln annotation(s)", "", len(hits)))

    @Slot(QListWidgetItem)
    def _open(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(int(item.data(ARTICLE_ROLE)), int(item.data(ANNOTATION_ROLE)))
