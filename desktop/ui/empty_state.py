"""What the list's place shows while the library is empty: a word on what to do, and two buttons to start."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from desktop.ui.flow_layout import FlowLayout
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.theme import Palette


class EmptyState(RetranslatingWidget, QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("emptyState")
        self.title = title = QLabel(self)
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        title.setWordWrap(True)  # a longer title in another language wraps rather than widen the list
        self.text = text = QLabel(self)
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        self.samples_button = QPushButton(self)
        self.samples_button.setObjectName("importSamplesButton")
        self.samples_button.setDefault(True)
        self.files_button = QPushButton(self)
        # The buttons wrap under each other in a narrow pane instead of widening it.
        button_area = QWidget(self)
        flow = FlowLayout(button_area, spacing=8)
        flow.addWidget(self.samples_button)
        flow.addWidget(self.files_button)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(button_area)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Your library is empty"))
        self.text.setText(
            self.tr("Import dump files from a news site to start reading, tagging and comparing.\n"
                    "You can also drop files or folders anywhere on this window.")
        )  # fmt: skip
        self.samples_button.setText(self.tr("Import the Sample Dumps"))
        self.files_button.setText(self.tr("Import Files…"))

    def set_palette(self, palette: Palette) -> None:
        self.setStyleSheet(
            f"QLabel#emptyTitle {{ font-size: 18px; font-weight: 600; color: {palette.text}; }}"
            f" QLabel {{ color: {palette.muted}; }}"
        )
