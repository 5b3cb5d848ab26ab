"""Opening a library in the app: asking before creating one, and offering to rescue a damaged one.

A mistyped `--db`, or a remembered library that was moved, must not silently become a new empty
library: the app asks first (the default library, on first start, is simply made). A library
whose pages are damaged is never written to; the app offers to copy what can still be read into
a new file beside it (core/recovery.py), keeps the damaged one, and opens the copy.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from desktop.core.recovery import RecoveryReport, check_library, recover_library
from desktop.core.store import LibraryError, LibraryMissingError, is_damage_error, open_library
from desktop.ui.dialogs import inform
from desktop.ui.settings import Settings


def _ask(parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str, yes: str) -> bool:
    box = QMessageBox(icon, title, text, parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # paths can hold anything
    accept = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(accept)
    box.exec()
    return box.clickedButton() is accept


def prepare_library(path: Path, *, may_create: bool, suspect: bool = False, parent: QWidget | None = None) -> Path | None:
    """The library to open: `path`, a new one there if the user agrees, or a recovered copy; None to give up.

    `suspect`: the last session met a damaged page in this library, so its pages are checked now
    (a full check on every start would cost seconds on a large library).
    """
    if suspect and path.exists():
        damage = check_library(path)
        if damage is not None:
            return _offer_recovery(path, damage, parent)
    try:
        open_library(path, create=may_create).close()
        return path
    except LibraryMissingError:
        question = QCoreApplication.translate("LibraryOpening", "There is no library at\n%1\n\nCreate a new, empty library there?").replace("%1", str(path))
        if not _ask(parent, QMessageBox.Icon.Question, "Qalam", question, QCoreApplication.translate("LibraryOpening", "Create Library")):
            return None
        open_library(path, create=True).close()
        return path
    except LibraryError as exc:
        damage = check_library(path) if path.exists() else None
        if damage is None:
            QMessageBox.critical(parent, "Qalam", QCoreApplication.translate("LibraryOpening", "The library could not be opened.\n\n%1").replace("%1", str(exc)))
            return None
        return _offer_recovery(path, damage, parent)


def _offer_recovery(path: Path, damage: str, parent: QWidget | None) -> Path | None:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.recovered-{stamp}{path.suffix}")
    question = QCoreApplication.translate(
        "LibraryOpening", "The library\n%1\nis damaged (%2). Nothing will be written to it.\n\n"
        "Copy everything that can still be read into a new library,\n%3,\nand open that? The damaged file is kept."
    ).replace("%1", str(path)).replace("%2", damage).replace("%3", str(target))
    if not _ask(parent, QMessageBox.Icon.Warning, "Qalam", question, QCoreApplication.translate("LibraryOpening", "Recover")):
        return None
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        report = recover_library(path, target)
    except LibraryError as exc:
        QMessageBox.critical(parent, "Qalam", QCoreApplication.translate("LibraryOpening", "Nothing could be recovered.\n\n%1").replace("%1", str(exc)))
        return None
    finally:
        QApplication.restoreOverrideCursor()
    box = QMessageBox(QMessageBox.Icon.Information, "Qalam", _recovery_summary(report), parent=parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()
    return target


def _recovery_summary(report: RecoveryReport) -> str:
    return RecoverySummary().summary(report)


class RecoverySummary(QObject):
    """What the recovery copied and what it lost, in the interface language (a class: lupdate finds
    texts with a number only in self.tr)."""

    def summary(self, report: RecoveryReport) -> str:
        copied = sum(t.copied for t in report.tables)
        lost = [t for t in report.tables if t.dropped or t.damaged_ranges]
        if not lost:
            return self.tr("Recovered %Ln row(s) into %1; nothing was lost.", "", copied).replace("%1", str(report.target))
        parts = []
        for table in lost:
            stretches = self.tr("%Ln damaged stretch(es)", "", table.damaged_ranges)
            dropped = self.tr("%Ln row(s) dropped", "", table.dropped)
            parts.append(f"{table.table} ({stretches}, {dropped})")
        text = self.tr("Recovered %Ln row(s) into %1; rows were lost in %2.", "", copied)
        return text.replace("%1", str(report.target)).replace("%2", ", ".join(parts))


def report_failure(parent: QWidget, settings: Settings, library: Path, title: str, error: object) -> None:
    """A write or read the window did not expect failed. Damage is remembered, so that the next
    start checks the library and offers to recover it; anything else is said as it is."""
    if isinstance(error, BaseException) and is_damage_error(error):
        settings.set("library/suspect", str(library))
        settings.sync()
        text = QCoreApplication.translate(
            "LibraryOpening", "The library file is damaged (%1). Nothing more is written to it.\n\n"
            "Quit Qalam and start it again: it will offer to copy what can still be read into a new library."
        ).replace("%1", str(error))
        inform(parent, "Qalam", text, warning=True)
        return
    inform(parent, "Qalam", f"{title}:\n\n{error}", warning=True)
