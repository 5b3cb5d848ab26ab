"""Small dialogs for tags: a name field that completes existing tags, and the colour choices."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import QCompleter, QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

# Distinct in both themes, and still told apart by people with the common colour-vision deficiencies.
TAG_COLORS = (
    (QT_TRANSLATE_NOOP("TagColors", "Red"), "#d1242f"),
    (QT_TRANSLATE_NOOP("TagColors", "Orange"), "#e16f24"),
    (QT_TRANSLATE_NOOP("TagColors", "Yellow"), "#d4a72c"),
    (QT_TRANSLATE_NOOP("TagColors", "Green"), "#2da44e"),
    (QT_TRANSLATE_NOOP("TagColors", "Teal"), "#0f766e"),
    (QT_TRANSLATE_NOOP("TagColors", "Blue"), "#0969da"),
    (QT_TRANSLATE_NOOP("TagColors", "Purple"), "#8250df"),
    (QT_TRANSLATE_NOOP("TagColors", "Pink"), "#bf3989"),
    (QT_TRANSLATE_NOOP("TagColors", "Grey"), "#6e7781"),
)


class TagNameDialog(QDialog):
    """Ask for a tag name, completing from existing tags (any part of the name matches)."""

    def __init__(self, parent: QWidget | None, title: str, prompt: str, names: list[str], initial: str = "") -> None:
        super().__init__(parent)
        self.setObjectName("tagNameDialog")
        self.setWindowTitle(title)
        self.setMinimumWidth(360)
        label = QLabel(prompt, self)
        label.setTextFormat(Qt.TextFormat.PlainText)  # the prompt quotes tag names
        self.edit = QLineEdit(initial, self)
        self.edit.setObjectName("tagNameEdit")
        self.edit.setPlaceholderText(self.tr("e.g. constitution or politics/elections"))
        completer = QCompleter(sorted(names, key=str.casefold), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.edit.setCompleter(completer)
        # Enter on a suggestion takes it and applies at once (not a second Enter to close the dialog).
        completer.activated.connect(self._take_suggestion)
        hint = QLabel(self.tr("Use / for a hierarchy: politics/elections"), self)
        hint.setEnabled(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.edit.textChanged.connect(lambda text: self._ok.setEnabled(bool(text.strip())))
        self._ok.setEnabled(bool(initial.strip()))
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.edit)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    def _take_suggestion(self, text: str) -> None:
        self.edit.setText(text)
        if text.strip():
            self.accept()

    def name(self) -> str:
        return self.edit.text().strip()
