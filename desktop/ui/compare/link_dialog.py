""""Link as translation of…": pick the other article, from those of the same day or by searching.

Translations of an item are published the same day, so those are offered first; typing
searches the whole library (the same syntax as the search box). The dialog only reads, through
a function the window passes in; the link itself is written by the window on the writer thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.ids import ArticleId
from desktop.core.translations import Candidate
from desktop.ui.plain_text import plain_tip

SEARCH_AFTER_MS = 200


class LinkTranslationDialog(QDialog):
    def __init__(self, parent: QWidget | None, title: str, find: Callable[[str], list[Candidate]]) -> None:
        super().__init__(parent)
        self.setObjectName("linkTranslationDialog")
        self.setWindowTitle(self.tr("Link as Translation"))
        self.resize(680, 520)
        self._find = find
        prompt = QLabel(self.tr("Link “%1” as a translation of:").replace("%1", title), self)
        prompt.setTextFormat(Qt.TextFormat.PlainText)  # a title from a dump
        prompt.setWordWrap(True)
        self.search = QLineEdit(self)
        self.search.setObjectName("linkSearch")
        self.search.setPlaceholderText(self.tr("Search titles and texts; empty lists the articles of the same day"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget(self)
        self.results.setObjectName("linkCandidates")
        self.results.setWordWrap(True)
        self.results.setSpacing(3)
        self.results.setAlternatingRowColors(True)
        self.results.setStyleSheet("QListWidget#linkCandidates::item { padding: 6px 8px; }")
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.results.currentRowChanged.connect(lambda row: self._ok.setEnabled(row >= 0))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Link"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setEnabled(False)
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_AFTER_MS)
        self._timer.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _text: self._timer.start())
        layout = QVBoxLayout(self)
        layout.addWidget(prompt)
        layout.addWidget(self.search)
        layout.addWidget(self.results, 1)
        layout.addWidget(buttons)
        self.refresh()

    def refresh(self) -> None:
        self.results.clear()
        no_date = self.tr("no date")
        for candidate in self._find(self.search.text()):
            item = QListWidgetItem(f"{candidate.title}\n{candidate.date or no_date} · {candidate.source}")
            item.setData(Qt.ItemDataRole.UserRole, int(candidate.article))
            item.setToolTip(plain_tip(candidate.title))
            self.results.addItem(item)
        if self.results.count():
            self.results.setCurrentRow(0)
        self._ok.setEnabled(self.results.currentRow() >= 0)

    def done(self, result: int) -> None:
        self._timer.stop()  # no search may run once the dialog is answered
        super().done(result)

    def chosen(self) -> ArticleId | None:
        item = self.results.currentItem()
        return ArticleId(int(item.data(Qt.ItemDataRole.UserRole))) if item is not None else None
