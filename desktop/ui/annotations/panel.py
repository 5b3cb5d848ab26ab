"""The annotation panel: the current article's highlights and notes, in text order.

Each entry shows its colour (with the colour's name), the quoted passage and its note, which
is edited in place and saved a moment after typing stops. Highlights that could not be placed
on the version being read are listed under "Unanchored" with their quote and note, and can
be re-attached to a new selection. Entries are updated in place rather than rebuilt, so a
note being typed is never interrupted by the save it causes.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QColor, QGuiApplication, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.anchoring import AnchorStatus
from desktop.core.annotations import Annotation, HighlightColor, in_text_order
from desktop.core.ids import VersionId
from desktop.ui.core_labels import color_name
from desktop.ui.plain_text import quoted
from desktop.ui.resources import swatch
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.theme import LIGHT, Palette

SAVE_AFTER_MS = 700
QUOTE_CHARS = 280


def dot_pixmap(color: str, size: int) -> QPixmap:
    """A filled circle of a colour, at the screen's pixel ratio."""
    ratio = QGuiApplication.primaryScreen().devicePixelRatio() if QGuiApplication.primaryScreen() else 1.0
    pixmap = QPixmap(round(size * ratio), round(size * ratio))
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(0, 0, size, size)
    painter.end()
    return pixmap


class NoteEdit(QPlainTextEdit):
    """A note field that grows with its text and reports when it loses focus."""

    focusLost = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # Ignored horizontally: the card decides the width, and the note wraps to it (it never widens the panel).
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.setMinimumWidth(60)
        self.document().contentsChanged.connect(self._fit)
        self._fit()

    def _fit(self) -> None:
        """Grow to show every wrapped line (up to a limit), so a note is read without scrolling.

        The lines are counted by word-wrapping the text at the viewport's width, as the editor does."""
        margin = int(self.document().documentMargin())
        width = max(20, self.viewport().width() - 2 * margin - 2)
        text = self.toPlainText() or " "
        wrapped = self.fontMetrics().boundingRect(QRect(0, 0, width, 1_000_000), int(Qt.TextFlag.TextWordWrap), text)
        lines = max(1, round(wrapped.height() / self.fontMetrics().lineSpacing()))
        self.setFixedHeight(min(240, self.fontMetrics().lineSpacing() * lines + 2 * margin + 2 * self.frameWidth() + 4))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit()

    def focusOutEvent(self, event) -> None:
        super().focusOutEvent(event)
        self.focusLost.emit()


class AnnotationCard(QFrame):
    noteEdited = Signal(int, str)
    clicked = Signal(int)
    deleteRequested = Signal(int)
    recolorRequested = Signal(int, int)
    reattachRequested = Signal(int)

    def __init__(self, annotation: Annotation, parent=None) -> None:
        super().__init__(parent)
        self.annotation_id = annotation.id
        self.setObjectName("annotationCard")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._saved_note = annotation.note
        self.dot = QLabel(self)  # the colour, as a graphic: the name beside it is in the text colour, readable on any panel
        self.color_label = QLabel(self)
        self.color_label.setTextFormat(Qt.TextFormat.PlainText)
        self.color_label.setMinimumWidth(40)  # a long colour name is cut before the card widens the panel
        self.status_label = QLabel(self)
        self.status_label.setWordWrap(True)
        self.status_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.menu_button = QToolButton(self)
        self.menu_button.setText("⋯")
        self.menu_button.setObjectName("annotationMenuButton")
        self.menu_button.setFixedWidth(self.menu_button.fontMetrics().horizontalAdvance("⋯") + 16)
        self.menu_button.setAutoRaise(True)
        self.menu_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.menu_button.setStyleSheet("QToolButton::menu-indicator { image: none; width: 0; }")
        self.quote_label = QLabel(self)
        self.quote_label.setWordWrap(True)
        self.quote_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.quote_label.setTextFormat(Qt.TextFormat.PlainText)
        self.quote_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.author_label = QLabel(self)  # whose it is, when it is another person's (sync)
        self.author_label.setObjectName("annotationAuthor")
        self.author_label.setTextFormat(Qt.TextFormat.PlainText)
        self.author_label.setWordWrap(True)
        self.author_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.author_label.hide()
        self.codes_label = QLabel(self)  # the codes the passage carries (coding), as coloured names
        self.codes_label.setObjectName("annotationCodes")
        self.codes_label.setWordWrap(True)
        self.codes_label.setTextFormat(Qt.TextFormat.RichText)
        self.codes_label.hide()
        self.note = NoteEdit(self)
        self.note.setObjectName("annotationNote")
        self._timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._timer.timeout.connect(self.save_note)
        self.note.textChanged.connect(self._timer.start)
        self.note.focusLost.connect(self.save_note)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(6)
        top.addWidget(self.dot)
        top.addWidget(self.color_label)
        top.addWidget(self.status_label, 1)
        top.addWidget(self.menu_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 6, 6, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.quote_label)
        layout.addWidget(self.author_label)
        layout.addWidget(self.codes_label)
        layout.addWidget(self.note)
        self.quote_label.installEventFilter(self)
        self.color_label.installEventFilter(self)

    def set_codes(self, codes: tuple[tuple[str, str], ...]) -> None:
        self.codes_label.setText(" ".join(f'<span style="color:{c};">◆</span>&nbsp;{html.escape(n)}' for n, c in codes))
        self.codes_label.setVisible(bool(codes))

    def update_from(
        self,
        a: Annotation,
        version: VersionId | None,
        colors: dict[int, HighlightColor],
        palette: Palette,
        selected: bool,
        *,
        by: str | None = None,
        read_only: bool = False,
    ) -> None:
        """Show `a`; `by` names another author (their layer), `read_only` when it may not be edited here."""
        color = colors.get(a.color_id or 0)
        hex_color = color.color if color else palette.muted
        self.menu_button.setToolTip(self.tr("Colour, re-attach, delete"))
        self.dot.setPixmap(dot_pixmap(hex_color, self.fontMetrics().height() * 2 // 3))
        if a.is_highlight and a.color_id is None:
            self.color_label.setText(self.tr("coded passage"))
            self.quote_label.setText(quoted(a.quote or "", QUOTE_CHARS))
            self.quote_label.setVisible(True)
        elif not a.is_highlight and not a.note and self.codes_label.text():
            self.color_label.setText(self.tr("the whole article"))
            self.quote_label.setVisible(False)
        elif a.is_highlight:
            self.color_label.setText(color_name(color.name) if color else self.tr("highlight"))
            self.quote_label.setText(quoted(a.quote or "", QUOTE_CHARS))
            self.quote_label.setVisible(True)
        else:
            self.color_label.setText(self.tr("article note"))
            self.quote_label.setVisible(False)
        info = a.anchor_on(version) if version is not None else None
        orphan = a.is_highlight and (info is None or info.status is AnchorStatus.ORPHAN)
        status = ""
        if orphan:
            status = self.tr("not found in this version")
        elif info is not None and info.status is AnchorStatus.FUZZY:
            status = self.tr("placed approximately")
        self.status_label.setText(status)
        if by:  # another person's layer: whose, and whether it may be changed here
            self.author_label.setText((self.tr("by %1 · read-only") if read_only else self.tr("by %1")).replace("%1", by))
            self.author_label.setStyleSheet(f"color: {palette.muted}; font-size: 11px;")
        self.author_label.setVisible(bool(by))
        self.note.setReadOnly(read_only)
        self.note.setPlaceholderText("" if read_only else self.tr("Add a note…"))
        self.note.setVisible(not (read_only and not a.note))  # no empty box to type into
        self.status_label.setStyleSheet(f"color: {palette.muted}; font-size: 11px;")
        self.status_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.color_label.setStyleSheet(f"color: {palette.text}; font-weight: 600;")
        self.quote_label.setStyleSheet(f"color: {palette.text}; font-style: italic;")
        border = palette.accent if selected else palette.chip
        self.setStyleSheet(
            f"QFrame#annotationCard {{ border: 1px solid {border}; border-left: 4px solid {hex_color};"
            f" border-radius: 4px; background: {palette.panel}; }}"
        )
        if not self.note.hasFocus() and self.note.toPlainText() != a.note:
            self.note.blockSignals(True)
            self.note.setPlainText(a.note)
            self.note.blockSignals(False)
            self.note._fit()
        self._saved_note = a.note if not self.note.hasFocus() else self._saved_note
        self._build_menu(a, colors, orphan, read_only)

    def _build_menu(self, a: Annotation, colors: dict[int, HighlightColor], orphan: bool, read_only: bool = False) -> None:
        menu = QMenu(self)
        if read_only:
            menu.addAction(self.tr("Made by %1: read-only").replace("%1", a.author or self.tr("someone else"))).setEnabled(False)
        elif a.is_highlight:
            recolor = menu.addMenu(self.tr("Colour"))
            for color in colors.values():
                recolor.addAction(swatch(color.color), color_name(color.name), lambda c=color.id: self.recolorRequested.emit(self.annotation_id, c))
            if orphan:
                menu.addAction(self.tr("Re-attach to the Selected Text"), lambda: self.reattachRequested.emit(self.annotation_id))
        if not read_only:
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), lambda: self.deleteRequested.emit(self.annotation_id))
        old = self.menu_button.menu()
        self.menu_button.setMenu(menu)
        if old is not None:
            old.deleteLater()

    @Slot()
    def save_note(self) -> None:
        self._timer.stop()
        text = self.note.toPlainText()
        if text != self._saved_note:
            self._saved_note = text
            self.noteEdited.emit(self.annotation_id, text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonRelease:
            self.clicked.emit(self.annotation_id)
        return False

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        super().mouseReleaseEvent(event)
        self.clicked.emit(self.annotation_id)


class AnnotationPanel(RetranslatingWidget, QWidget):
    noteEdited = Signal(int, str)
    annotationActivated = Signal(int)
    deleteRequested = Signal(int)
    recolorRequested = Signal(int, int)
    reattachRequested = Signal(int)
    addNoteRequested = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("annotationPanel")
        self._palette = LIGHT
        self._cards: dict[int, AnnotationCard] = {}
        self._annotations: list[Annotation] = []
        self._version: VersionId | None = None
        self._colors: dict[int, HighlightColor] = {}
        self._selected: int | None = None
        self._me: str | None = None
        self._read_only: frozenset[int] = frozenset()
        self._codes: dict[int, tuple[tuple[str, str], ...]] = {}
        self.title = QLabel(self)
        self.title.setObjectName("annotationTitle")
        self.add_note_button = QPushButton(self)
        self.add_note_button.clicked.connect(self.addNoteRequested.emit)
        header = QHBoxLayout()
        header.setContentsMargins(8, 6, 8, 2)
        header.addWidget(self.title)
        header.addStretch(1)
        header.addWidget(self.add_note_button)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        self.hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self._list = QWidget()
        self._list_layout = QVBoxLayout(self._list)
        self._list_layout.setContentsMargins(8, 4, 8, 8)
        self._list_layout.setSpacing(8)
        self._list_layout.addStretch(1)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self._list)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.hint)
        layout.addWidget(self.scroll, 1)
        self._section_labels: list[QLabel] = []
        self.retranslate()

    def retranslate(self) -> None:
        self.add_note_button.setText(self.tr("Add Note"))
        self.add_note_button.setToolTip(self.tr("A note on the whole article, not tied to a passage"))
        self.hint.setText(self.tr("Select text in the reader, then pick a colour, or press 1–6."))
        self._refresh()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.hint.setStyleSheet(f"color: {palette.muted}; padding: 12px;")
        self.title.setStyleSheet("font-weight: 600;")
        self._refresh()

    def set_content(
        self,
        annotations: list[Annotation],
        version: VersionId | None,
        colors: list[HighlightColor],
        *,
        me: str | None = None,
        read_only: frozenset[int] = frozenset(),
    ) -> None:
        """The article's annotations; others' than `me` say whose they are, those in `read_only` cannot be edited."""
        self._annotations = annotations
        self._version = version
        self._colors = {c.id: c for c in colors}
        self._me = me
        self._read_only = read_only
        self._refresh()

    def set_codes(self, codes: dict[int, tuple[tuple[str, str], ...]]) -> None:
        """The codes each passage carries, shown on its card (coding)."""
        if codes != self._codes:
            self._codes = codes
            self._refresh()

    def set_can_add_note(self, enabled: bool) -> None:
        """Notes are on an article: the button works only while one is shown."""
        self.add_note_button.setEnabled(enabled)

    def focus_note(self, annotation: int) -> None:
        card = self._cards.get(annotation)
        if card is not None:
            card.note.setFocus()

    def flush_notes(self) -> None:
        for card in self._cards.values():
            card.save_note()

    def annotations(self) -> list[Annotation]:
        return list(self._annotations)

    def card(self, annotation: int) -> AnnotationCard | None:
        return self._cards.get(annotation)

    def selected(self) -> int | None:
        return self._selected

    def select(self, annotation: int | None) -> None:
        self._selected = annotation
        self._refresh()
        card = self._cards.get(annotation) if annotation is not None else None
        if card is not None:
            self.scroll.ensureWidgetVisible(card)

    def _refresh(self) -> None:
        ordered = in_text_order(self._annotations, self._version) if self._version is not None else self._annotations
        wanted = {a.id for a in ordered}
        for ident in list(self._cards):
            if ident not in wanted:
                self._cards.pop(ident).deleteLater()
        for label in self._section_labels:
            label.deleteLater()
        self._section_labels = []
        while self._list_layout.count():
            self._list_layout.takeAt(0)
        section = None
        for a in ordered:
            info = a.anchor_on(self._version) if self._version is not None else None
            kind = "notes" if not a.is_highlight else ("orphans" if info is None or info.status is AnchorStatus.ORPHAN else "placed")
            if kind != section and kind != "placed":
                label = QLabel(self.tr("Unanchored") if kind == "orphans" else self.tr("Notes on the article"), self._list)
                label.setStyleSheet(f"color: {self._palette.muted}; font-weight: 600; padding-top: 6px;")
                self._section_labels.append(label)
                self._list_layout.addWidget(label)
            section = kind
            card = self._cards.get(a.id)
            if card is None:
                card = AnnotationCard(a, self._list)
                card.noteEdited.connect(self.noteEdited)
                card.clicked.connect(self._on_card_clicked)
                card.deleteRequested.connect(self.deleteRequested)
                card.recolorRequested.connect(self.recolorRequested)
                card.reattachRequested.connect(self.reattachRequested)
                self._cards[a.id] = card
            by = a.author if a.author and self._me is not None and a.author != self._me else None
            card.set_codes(self._codes.get(a.id, ()))
            card.update_from(a, self._version, self._colors, self._palette, a.id == self._selected, by=by, read_only=a.id in self._read_only)
            self._list_layout.addWidget(card)
        self._list_layout.addStretch(1)
        count = len(ordered)
        self.title.setText(self.tr("%n on this article", "annotations", count) if count else "")
        self.hint.setVisible(count == 0)

    @Slot(int)
    def _on_card_clicked(self, annotation: int) -> None:
        if annotation != self._selected:
            self.select(annotation)
        self.annotationActivated.emit(annotation)
