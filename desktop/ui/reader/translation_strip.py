"""The reader's strip of linked translations: one button per language edition, one click to read in parallel.

Hidden when the article has no linked translation, so it costs no space in the common case.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QSizePolicy, QToolButton

from desktop.core.translations import LinkKind, Translation
from desktop.ui.plain_text import plain_tip
from desktop.ui.resources import themed_icon
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.theme import LIGHT, Palette

TITLE_CHARS = 26


class TranslationStrip(RetranslatingWidget, QFrame):
    openRequested = Signal(int)  # the translation to read in parallel with this article

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("translationStrip")
        # Never widen the reader pane: with many editions, the last buttons are cut instead.
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self._palette = LIGHT
        self._translations: tuple[Translation, ...] = ()
        self._row = QHBoxLayout(self)
        self._row.setContentsMargins(12, 0, 8, 6)
        self._row.setSpacing(6)
        self.label = QLabel(self)
        self._row.addWidget(self.label)
        self._row.addStretch(1)
        self.buttons: list[QToolButton] = []
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Translations:"))
        translations, self._translations = self._translations, ()
        self.set_translations(translations)  # the buttons' words

    @property
    def translations(self) -> tuple[Translation, ...]:
        return self._translations

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._restyle()

    def set_translations(self, translations: Sequence[Translation]) -> None:
        translations = tuple(translations)
        if translations == self._translations:
            return
        self._translations = translations
        for button in self.buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.buttons = []
        for i, translation in enumerate(translations):
            button = QToolButton(self)
            # The language says enough for an edition of the same item; a link by hand shows the title.
            title = translation.title if len(translation.title) <= TITLE_CHARS else translation.title[: TITLE_CHARS - 1] + "…"
            button.setText(translation.lang.upper() if translation.lang else title)
            how = self.tr("same address, other language") if translation.kind is LinkKind.URL else self.tr("linked by hand")
            button.setToolTip(plain_tip(self.tr("Read in parallel with “%1” (%2)").replace("%1", translation.title).replace("%2", how)))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setCursor(Qt.CursorShape.PointingHandCursor)
            button.clicked.connect(lambda _=False, a=translation.article: self.openRequested.emit(int(a)))
            self._row.insertWidget(1 + i, button)
            self.buttons.append(button)
        self._restyle()
        self.setVisible(bool(translations))

    def _restyle(self) -> None:
        p = self._palette
        self.label.setStyleSheet(f"color: {p.muted};")
        for button in self.buttons:
            button.setIcon(themed_icon("link", p.icon))
            button.setStyleSheet(
                f"QToolButton {{ border: 1px solid {p.chip}; border-radius: 10px; padding: 1px 8px;"
                f" background: {p.chip}; color: {p.chip_text}; }}"
                f" QToolButton:hover {{ border-color: {p.accent}; }}"
            )
