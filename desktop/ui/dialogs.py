"""Message boxes and prompts that show their text as plain text, always.

Qt's static helpers (QMessageBox.information, QInputDialog.getText, …) guess whether a string
is HTML and render it as such if it looks like markup. Titles, tag names and file names come
from dumps and users, so a section called "<img src=…>" would be rendered — and its image
loaded. Every prompt that shows such text goes through here instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QLabel, QMessageBox, QWidget


def _plain(box: QWidget) -> None:
    for label in box.findChildren(QLabel):
        label.setTextFormat(Qt.TextFormat.PlainText)


def inform(parent: QWidget | None, title: str, text: str, *, warning: bool = False) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning if warning else QMessageBox.Icon.Information, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    box.exec()
    return box.clickedButton() is yes


def ask_item(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    _plain(dialog)
    return dialog.textValue() if dialog.exec() else None


def ask_text(parent: QWidget | None, title: str, label: str, *, multiline: bool = False) -> str | None:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    if multiline:
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
    _plain(dialog)
    return dialog.textValue() if dialog.exec() else None
