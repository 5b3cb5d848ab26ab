"""Help ▸ About Qalam: the version, the versions of what it runs on, and the library's path."""

from __future__ import annotations

import html
import sqlite3
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, qVersion
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop import __version__


def show_about(parent: QWidget, library: Path) -> None:
    summary = QCoreApplication.translate("MainWindow", "Read, annotate and compare news articles offline.")
    where = QCoreApplication.translate("MainWindow", "Library:")
    QMessageBox.about(
        parent,
        QCoreApplication.translate("MainWindow", "About Qalam"),
        f"<h3>Qalam {__version__}</h3><p>{html.escape(summary)}</p>"
        f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · SQLite {sqlite3.sqlite_version}</p>"
        f"<p>{html.escape(where)} {html.escape(str(library))}</p>",
    )
