"""Help ▸ About and Help ▸ Keyboard Shortcuts."""

from __future__ import annotations

import html
import sqlite3
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__
from desktop.ui.actions import ActionRegistry
from desktop.ui.shortcuts_dialog import ShortcutsDialog


def show_about(parent: QWidget, library: Path) -> None:
    import PySide6

    summary = QCoreApplication.translate("MainWindow", "Read, annotate and compare news articles offline.")
    where = QCoreApplication.translate("MainWindow", "Library:")
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Qalam"),
        f"<h3>Qalam {__version__}</h3><p>{html.escape(summary)}</p>"
        f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · SQLite {sqlite3.sqlite_version}</p>"
        f"<p>{html.escape(where)} {html.escape(str(library))}</p>",
    )


def show_shortcuts(registry: ActionRegistry, parent: QWidget) -> None:
    """F1: non-modal, so the keys can be tried while it is open."""
    dialog = ShortcutsDialog(registry, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
