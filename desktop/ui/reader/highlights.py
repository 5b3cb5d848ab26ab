"""Highlights in the reader: painting them, making them from a selection, and clicking them.

Highlights are painted as the browser's extra selections rather than baked into the HTML,
so adding, recolouring or deleting one repaints without re-laying out the article, and the
document positions of the text never change. Core positions (code points into the version's
text) are mapped to document positions (UTF-16) through a BlockMap built after each render.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal, Slot
from PySide6.QtGui import QColor, QContextMenuEvent, QMouseEvent, QTextCharFormat, QTextCursor, QTextFormat
from PySide6.QtWidgets import QFrame, QHBoxLayout, QTextBrowser, QTextEdit, QToolButton

from desktop.core.anchoring import AnchorStatus, trim_whitespace
from desktop.core.annotations import Annotation, HighlightColor
from desktop.core.ids import VersionId
from desktop.core.reading import display_blocks
from desktop.ui.core_labels import color_name
from desktop.ui.reader.text_offsets import BlockMap, utf16_length
from desktop.ui.resources import swatch
from desktop.ui.retranslating import RetranslatingObject, RetranslatingWidget
from desktop.ui.theme import LIGHT, Palette

_ANNOTATION_PROPERTY = QTextFormat.Property.UserProperty + 1


def highlight_alpha(palette: Palette, *, selected: bool = False) -> int:
    """How opaque a highlight's fill is: see-through enough that text on it stays readable (tests/ui/test_contrast.py)."""
    return (150 if selected else 105) if not palette.dark else (95 if selected else 72)


def highlight_color(color: str, palette: Palette, *, selected: bool = False) -> QColor:
    """A highlight's fill: the colour see-through enough that text stays readable in either theme."""
    fill = QColor(color)
    fill.setAlpha(highlight_alpha(palette, selected=selected))
    return fill


class HighlightPopup(RetranslatingWidget, QFrame):
    """The row of colour buttons that appears at a selection."""

    chosen = Signal(int)

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.setObjectName("highlightPopup")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setAutoFillBackground(True)
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(4, 3, 4, 3)
        self._layout.setSpacing(2)
        self._colors: list[HighlightColor] = []
        self.hide()

    def retranslate(self) -> None:
        self.set_colors(self._colors)

    def set_colors(self, colors: list[HighlightColor]) -> None:
        self._colors = list(colors)
        while self._layout.count():
            widget = self._layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        for color in colors:
            button = QToolButton(self)
            button.setAutoRaise(True)
            button.setIcon(swatch(color.color, 16))
            button.setToolTip(self.tr("Highlight as “%1” (%2)").replace("%1", color_name(color.name)).replace("%2", str(color.id)))
            button.setObjectName(f"highlightColor{color.id}")
            button.clicked.connect(lambda _=False, c=color.id: self.chosen.emit(c))
            self._layout.addWidget(button)
        self.adjustSize()


class HighlightLayer(RetranslatingObject, QObject):
    highlightRequested = Signal(int)  # colour id, for the current selection
    annotationClicked = Signal(int)
    deleteRequested = Signal(int)
    noteRequested = Signal(int)
    documentChanged = Signal()  # a version's text was laid out: positions in the document are new
    contextMenuShowing = Signal(object, object)  # the reader's context menu (QMenu), the annotation under the mouse or None

    def __init__(self, browser: QTextBrowser) -> None:
        super().__init__(browser)
        self.browser = browser
        self._palette = LIGHT
        self._map: BlockMap | None = None
        self._version: VersionId | None = None
        self._annotations: list[Annotation] = []
        self._read_only: frozenset[int] = frozenset()
        self._colors: dict[int, HighlightColor] = {}
        self._selected: int | None = None
        self._ranges: list[tuple[int, int, int]] = []  # (doc start, doc end, annotation id)
        self._focus: tuple[int, int] | None = None  # a passage shown on request (a concordance hit), text offsets
        self.popup = HighlightPopup(browser.viewport())
        self.popup.chosen.connect(self._on_popup_choice)
        browser.viewport().installEventFilter(self)
        browser.selectionChanged.connect(self._on_selection_changed)
        browser.verticalScrollBar().valueChanged.connect(lambda _v: self.popup.hide())

    def retranslate(self) -> None:
        self._paint()  # the tooltip of an approximately placed highlight

    # --- state from the reader ---------------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._paint()

    def set_colors(self, colors: list[HighlightColor]) -> None:
        self._colors = {c.id: c for c in colors}
        self.popup.set_colors(colors)
        self._paint()

    def colors(self) -> list[HighlightColor]:
        return list(self._colors.values())

    def set_document(self, version: VersionId | None, text: str) -> None:
        """Call after the reader has set a version's HTML: maps the body's blocks to the document."""
        self._version = version
        self._focus = None
        self.popup.hide()
        if version is None:
            self._map = None
            self._paint()
            self.documentChanged.emit()
            return
        blocks = [(b.start, b.end) for b in display_blocks(text)]
        doc = self.browser.document()
        first = doc.blockCount() - len(blocks)
        positions = []
        for i, (start, end) in enumerate(blocks):
            block = doc.findBlockByNumber(first + i)
            if not block.isValid() or block.length() - 1 != utf16_length(text[start:end]):
                positions = []
                break
            positions.append(block.position())
        self._map = BlockMap(text, blocks, positions) if positions or not blocks else None
        self._paint()
        self.documentChanged.emit()

    def set_annotations(self, annotations: list[Annotation], read_only: frozenset[int] = frozenset()) -> None:
        """The highlights to paint; those in `read_only` (others', unless editing them is allowed) offer no edits."""
        self._annotations = annotations
        self._read_only = read_only
        self._paint()

    def select(self, annotation: int | None) -> None:
        self._selected = annotation
        self._paint()

    # --- queries ---------------------------------------------------------------------------------------
    @property
    def version(self) -> VersionId | None:
        """The version whose text is laid out."""
        return self._version

    def document_range(self, start: int, end: int) -> tuple[int, int] | None:
        """Document positions (UTF-16) of text[start:end] of the version shown, or None when nothing is laid out."""
        if self._map is None:
            return None
        return self._map.to_document(start), self._map.to_document(end)

    def selection(self) -> tuple[VersionId, int, int] | None:
        """The selected body text as (version, start, end) in code points, or None."""
        cursor = self.browser.textCursor()
        if self._map is None or self._version is None or not cursor.hasSelection():
            return None
        start = self._map.to_text(cursor.selectionStart())
        end = self._map.to_text(cursor.selectionEnd())
        if end is None:
            return None
        if start is None:
            start = self._map.blocks[0][0]
        start, end = trim_whitespace(self._map.text, start, end)
        return (self._version, start, end) if end > start else None

    def annotation_at(self, position: int) -> int | None:
        for start, end, annotation in self._ranges:
            if start <= position < end:
                return annotation
        return None

    def scroll_to(self, annotation: int) -> bool:
        for start, _end, ident in self._ranges:
            if ident == annotation:
                cursor = QTextCursor(self.browser.document())
                cursor.setPosition(start)
                rect = self.browser.cursorRect(cursor)
                bar = self.browser.verticalScrollBar()
                bar.setValue(bar.value() + rect.top() - self.browser.viewport().height() // 3)
                return True
        return False

    def show_passage(self, start: int, end: int) -> bool:
        """Mark a passage of the version's text (code points) and scroll it into view: a concordance hit opened here.

        The mark stays until another version or article is shown; False when the text is not laid out.
        """
        if self._map is None or end <= start:
            return False
        self._focus = (start, end)
        self._paint()
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._map.to_document(start))
        rect = self.browser.cursorRect(cursor)
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + rect.top() - self.browser.viewport().height() // 3)
        return True

    def shown_passage(self) -> tuple[int, int] | None:
        """The marked passage as (document start, document end), or None."""
        if self._focus is None or self._map is None:
            return None
        return self._map.to_document(self._focus[0]), self._map.to_document(self._focus[1])

    def painted(self) -> list[tuple[int, int, int]]:
        """(document start, document end, annotation id) of every highlight on screen."""
        return list(self._ranges)

    # --- painting -----------------------------------------------------------------------------------------
    def _paint(self) -> None:
        self._ranges = []
        selections: list[QTextEdit.ExtraSelection] = []
        if self._map is not None and self._version is not None:
            for a in self._annotations:
                info = a.anchor_on(self._version)
                if info is None or info.status is AnchorStatus.ORPHAN or info.start is None or info.end is None:
                    continue
                start, end = self._map.to_document(info.start), self._map.to_document(info.end)
                if end <= start:
                    continue
                color = self._colors.get(a.color_id or 0)
                fmt = QTextCharFormat()
                if a.color_id is not None:
                    fmt.setBackground(highlight_color(color.color if color else "#f5d90a", self._palette, selected=a.id == self._selected))
                elif a.id == self._selected:  # a passage that only carries codes (coding/marks.py paints them)
                    fmt.setBackground(highlight_color(self._palette.accent, self._palette, selected=True))
                if a.id == self._selected:
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                    fmt.setUnderlineColor(QColor(color.color if color else "#f5d90a"))
                if info.status is AnchorStatus.FUZZY:
                    fmt.setToolTip(self.tr("Placed approximately: this version's text differs slightly from where it was made"))
                fmt.setProperty(_ANNOTATION_PROPERTY, a.id)
                cursor = QTextCursor(self.browser.document())
                cursor.setPosition(start)
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                selection.format = fmt
                selections.append(selection)
                self._ranges.append((start, end, a.id))
            if self._focus is not None:
                selections.append(self._passage_selection(*self._focus))
        self.browser.setExtraSelections(selections)

    def _passage_selection(self, start: int, end: int) -> QTextEdit.ExtraSelection:
        assert self._map is not None
        fmt = QTextCharFormat()
        fill = QColor(self._palette.accent)
        fill.setAlpha(110 if self._palette.dark else 70)
        fmt.setBackground(fill)
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(self._palette.accent))
        cursor = QTextCursor(self.browser.document())
        cursor.setPosition(self._map.to_document(start))
        cursor.setPosition(self._map.to_document(end), QTextCursor.MoveMode.KeepAnchor)
        selection = QTextEdit.ExtraSelection()
        selection.cursor = cursor
        selection.format = fmt
        return selection

    # --- interaction ----------------------------------------------------------------------------------------
    @Slot()
    def _on_selection_changed(self) -> None:
        if not self.browser.textCursor().hasSelection():
            self.popup.hide()

    @Slot(int)
    def _on_popup_choice(self, color: int) -> None:
        self.popup.hide()
        self.highlightRequested.emit(color)

    def _show_popup(self) -> None:
        if self.selection() is None or not self._colors:
            self.popup.hide()
            return
        cursor = self.browser.textCursor()
        end = QTextCursor(cursor)
        end.setPosition(cursor.selectionEnd())
        rect = self.browser.cursorRect(end)
        viewport = self.browser.viewport()
        x = min(max(4, rect.right() - self.popup.width() // 2), viewport.width() - self.popup.width() - 4)
        y = rect.bottom() + 6
        if y + self.popup.height() > viewport.height():
            y = max(4, rect.top() - self.popup.height() - 6)
        self.popup.move(QPoint(x, y))
        self.popup.show()
        self.popup.raise_()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Only look at the two events we handle: others arrive while widgets are being destroyed,
        # when touching the browser would reach into a deleted object.
        kind = event.type()
        if kind not in (QEvent.Type.MouseButtonRelease, QEvent.Type.ContextMenu):
            return False
        if watched is self.browser.viewport():
            if kind == QEvent.Type.MouseButtonRelease and isinstance(event, QMouseEvent):
                if event.button() == Qt.MouseButton.LeftButton:
                    if self.browser.textCursor().hasSelection():
                        self._show_popup()
                    else:
                        position = self.browser.cursorForPosition(event.position().toPoint()).position()
                        hit = self.annotation_at(position)
                        if hit is not None:
                            self.annotationClicked.emit(hit)
            elif isinstance(event, QContextMenuEvent):
                self._context_menu(event.pos())
                return True
        return False

    def _context_menu(self, pos: QPoint) -> None:
        menu = self.browser.createStandardContextMenu(pos)
        position = self.browser.cursorForPosition(pos).position()
        hit = self.annotation_at(position)
        if self.selection() is not None and self._colors:
            menu.addSeparator()
            submenu = menu.addMenu(self.tr("Highlight"))
            for color in self._colors.values():
                action = submenu.addAction(swatch(color.color), f"{color_name(color.name)}\t{color.id}")
                action.triggered.connect(lambda _=False, c=color.id: self.highlightRequested.emit(c))
        if hit is not None and hit in self._read_only:
            menu.addSeparator()
            author = next((a.author for a in self._annotations if a.id == hit), None) or self.tr("someone else")
            menu.addAction(self.tr("Highlight by %1 (read-only)").replace("%1", author)).setEnabled(False)
        elif hit is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Edit Note…"), lambda: self.noteRequested.emit(hit))
            menu.addAction(self.tr("Delete Highlight"), lambda: self.deleteRequested.emit(hit))
        self.contextMenuShowing.emit(menu, hit)
        menu.exec(self.browser.viewport().mapToGlobal(pos))
        menu.deleteLater()
