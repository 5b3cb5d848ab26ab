"""File ▸ Sync Folder…: the folder to sync through, the name to sync under, and whether to share dumps."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class SyncChoice:
    folder: Path | None  # None: stop syncing
    user: str
    share_dumps: bool


class SyncFolderDialog(QDialog):
    def __init__(self, folder: Path | None, user: str, share_dumps: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncFolderDialog")
        self.setWindowTitle(self.tr("Sync Folder"))
        self.setMinimumWidth(560)
        self._stopped = False
        intro = QLabel(
            self.tr(
                "Qalam writes your edits (highlights, notes, tags, stars, read marks, links) as small files into this folder,"
                " and reads the other devices' files from it. Keep the folder in step between your machines with Syncthing,"
                " Dropbox, OneDrive, Nextcloud or a network share. The library itself is never put there, and nothing leaves"
                " this machine except into this folder."
            ),
            self,
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_edit = QLineEdit(str(folder) if folder else "", self)
        self.folder_edit.setObjectName("syncFolderPath")
        self.folder_edit.setPlaceholderText(self.tr("An empty folder, or one another device already syncs through"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder_edit, 1)
        row.addWidget(browse)
        self.user_edit = QLineEdit(user, self)
        self.user_edit.setObjectName("syncUserName")
        self.share_box = QCheckBox(self.tr("Also share the dump files (the other devices import them)"), self)
        self.share_box.setObjectName("syncShareDumps")
        self.share_box.setChecked(share_dumps)
        form = QFormLayout()
        form.addRow(self.tr("Folder:"), row)
        form.addRow(self.tr("Your name:"), self.user_edit)
        form.addRow("", self.share_box)
        hint = QLabel(self.tr("Your name is shown beside your annotations on the other devices."), self)
        hint.setWordWrap(True)
        form.addRow("", hint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Sync"))
        self.stop_button = buttons.addButton(self.tr("Stop Syncing"), QDialogButtonBox.ButtonRole.DestructiveRole)
        self.stop_button.setVisible(folder is not None)
        self.stop_button.clicked.connect(self._stop)
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        self.error = QLabel(self)
        self.error.setStyleSheet("color: #d1242f;")
        self.error.setWordWrap(True)
        self.error.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def choice(self) -> SyncChoice:
        folder = None if self._stopped else Path(self.folder_edit.text().strip()).expanduser()
        return SyncChoice(folder, self.user_edit.text().strip(), self.share_box.isChecked())

    @Slot()
    def _browse(self) -> None:
        start = self.folder_edit.text().strip() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Choose the Sync Folder"), start)
        if chosen:
            self.folder_edit.setText(chosen)

    @Slot()
    def _accept(self) -> None:
        text = self.folder_edit.text().strip()
        if not text or not Path(text).expanduser().is_dir():
            self.error.setText(self.tr("Choose a folder that exists (an empty one, or one Qalam already syncs through)."))
            self.error.show()
            return
        if not self.user_edit.text().strip():
            self.error.setText(self.tr("Give the name your annotations are shown under."))
            self.error.show()
            return
        self.accept()

    @Slot()
    def _stop(self) -> None:
        self._stopped = True
        self.accept()
