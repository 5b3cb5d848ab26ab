"""Undo commands for what a translator decides in the parallel view: corrections of the rows, mismatches accepted.

Each runs its write op on the writer thread; the row a first redo makes is noted inside the op
(the writer runs ops in order), so undo tombstones that very row and redo revives it: same id,
same UUID. The session announces each change, and the view recomputes the pair from it.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand
from sqlite_utils import Database

from desktop.core.alignment_corrections import (
    add_correction,
    clear_corrections,
    delete_correction,
    restore_correction,
    restore_corrections,
)
from desktop.core.alignment_cuts import BoundaryEdit
from desktop.core.changes import Change
from desktop.core.drift import Mismatch
from desktop.core.drift_acceptance import accept_mismatch, unaccept_mismatch
from desktop.core.ids import ArticleId, CorrectionId
from desktop.ui.session import LibrarySession


def _run(session: LibrarySession, op) -> None:
    session.write(op, None, lambda error: session.say(str(error), 6000))


class CorrectAlignment(QUndoCommand):
    """A split, merge or re-pairing of the rows of one pair."""

    def __init__(
        self, session: LibrarySession, text: str, left: ArticleId, right: ArticleId, texts: tuple[str, str], edit: BoundaryEdit
    ) -> None:
        super().__init__(text)
        self.session, self.left, self.right, self.texts, self.edit = session, left, right, texts, edit
        self.correction: CorrectionId | None = None

    def redo(self) -> None:
        def op(db: Database) -> Change:
            if self.correction is not None:
                return restore_correction(db, self.correction)
            made = add_correction(db, self.left, self.right, *self.texts, self.edit)
            self.correction = made.correction
            return made.change

        _run(self.session, op)

    def undo(self) -> None:
        _run(self.session, lambda db: delete_correction(db, self.correction) if self.correction is not None else Change())


class ResetAlignment(QUndoCommand):
    """Back to the automatic alignment of the pair; undo brings every correction back."""

    def __init__(self, session: LibrarySession, left: ArticleId, right: ArticleId) -> None:
        super().__init__(QCoreApplication.translate("ParallelView", "Reset Alignment"))
        self.session, self.left, self.right = session, left, right
        self.cleared: tuple[CorrectionId, ...] = ()

    def redo(self) -> None:
        def op(db: Database) -> Change:
            cleared = clear_corrections(db, self.left, self.right)
            self.cleared = cleared.corrections
            return cleared.change

        _run(self.session, op)

    def undo(self) -> None:
        _run(self.session, lambda db: restore_corrections(db, self.cleared) if self.cleared else Change())


class AcceptMismatch(QUndoCommand):
    """Accept a mismatch as fine (or, with `accept` False, take an acceptance back)."""

    def __init__(
        self, session: LibrarySession, left: ArticleId, right: ArticleId, mismatch: Mismatch, *, accept: bool = True
    ) -> None:
        words = mismatch.text if len(mismatch.text) <= 30 else mismatch.text[:29] + "…"
        text = (
            QCoreApplication.translate("ParallelView", "Accept “%1” as Fine")
            if accept
            else QCoreApplication.translate("ParallelView", "Take Back “%1”")
        )
        super().__init__(text.replace("%1", words))
        self.session, self.left, self.right, self.mismatch, self.accept = session, left, right, mismatch, accept

    def _set(self, accepted: bool) -> None:
        left, right, mismatch = self.left, self.right, self.mismatch
        _run(self.session, lambda db: (accept_mismatch if accepted else unaccept_mismatch)(db, left, right, mismatch))

    def redo(self) -> None:
        self._set(self.accept)

    def undo(self) -> None:
        self._set(not self.accept)
