"""The reader's strip of linked translations: one button per language edition, one click to read in parallel.

After them, suggested translations (core/translation_suggestions.py): articles of another
language from the same days whose figures and names overlap, each a dashed chip with its score,
whose menu links it (Link as Translation) or dismisses it. Hidden when the article has neither,
so it costs no space in the common case.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMenu, QSizePolicy, QToolButton

from desktop.core.translation_suggestions import TranslationSuggestion
from desktop.core.translations import LinkKind, Translation
from desktop.ui.plain_text import plain_tip
from desktop.ui.resources import themed_icon
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.theme import LIGHT, Palette

TITLE_CHARS = 26


class TranslationStrip(RetranslatingWidget, QFrame):
    openRequested = Signal(int)  # the translation to read in parallel with this article
    suggestionConfirmed = Signal(int)  # a suggested translation the user links
    suggestionDismissed = Signal(int)  # a suggested translation the user says is not one

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
        self.suggested_label = QLabel(self)
        self._row.addWidget(self.suggested_label)
        self._row.addStretch(1)
        self.buttons: list[QToolButton] = []
        self.suggestion_buttons: list[QToolButton] = []
        self._suggestions: tuple[TranslationSuggestion, ...] = ()
        self.setVisible(False)
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("Translations:"))
        self.suggested_label.setText(self.tr("Suggested:"))
        self.suggested_label.setToolTip(self.tr("Articles of another language from the same days that state the same figures and names"))
        translations, self._translations = self._translations, ()
        self.set_translations(translations)  # the buttons' words
        suggestions, self._suggestions = self._suggestions, ()
        self.set_suggestions(suggestions)

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
        self._update_visibility()

    @property
    def suggestions(self) -> tuple[TranslationSuggestion, ...]:
        return self._suggestions

    def set_suggestions(self, suggestions: Sequence[TranslationSuggestion]) -> None:
        """Candidates to link, best first, each with its score."""
        suggestions = tuple(suggestions)
        if suggestions == self._suggestions:
            return
        self._suggestions = suggestions
        for button in self.suggestion_buttons:
            self._row.removeWidget(button)
            button.deleteLater()
        self.suggestion_buttons = []
        at = self._row.indexOf(self.suggested_label) + 1
        for i, s in enumerate(suggestions):
            button = QToolButton(self)
            button.setObjectName("suggestedTranslation")
            button.setText(f"{s.language.upper()}? {round(s.score * 100)}%")
            shared = ", ".join(s.shared[:6]) + ("…" if len(s.shared) > 6 else "")
            tip = self.tr("Perhaps a translation: “%1” (%2, %3), scored %4% by the figures and names it shares: %5")
            button.setToolTip(plain_tip(tip.replace("%1", s.title).replace("%2", s.source).replace("%3", s.date or self.tr("no date"))
                                        .replace("%4", str(round(s.score * 100))).replace("%5", shared)))  # fmt: skip
            button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
            menu = QMenu(button)
            link = menu.addAction(self.tr("Link as Translation"), lambda a=s.article: self.suggestionConfirmed.emit(int(a)))
            link.setObjectName("linkSuggestion")
            dismiss = menu.addAction(self.tr("Not a Translation (Dismiss)"), lambda a=s.article: self.suggestionDismissed.emit(int(a)))
            dismiss.setObjectName("dismissSuggestion")
            button.setMenu(menu)
            self._row.insertWidget(at + i, button)
            self.suggestion_buttons.append(button)
        self._restyle()
        self._update_visibility()

    def _update_visibility(self) -> None:
        self.label.setVisible(bool(self._translations))
        self.suggested_label.setVisible(bool(self._suggestions))
        self.setVisible(bool(self._translations or self._suggestions))

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
        self.suggested_label.setStyleSheet(f"color: {p.muted};")
        for button in self.suggestion_buttons:
            button.setStyleSheet(
                f"QToolButton {{ border: 1px dashed {p.muted}; border-radius: 10px; padding: 1px 8px; color: {p.text}; }}"
                f" QToolButton:hover {{ border-color: {p.accent}; }} QToolButton::menu-indicator {{ width: 0; }}"
            )
