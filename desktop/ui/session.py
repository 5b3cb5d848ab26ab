"""The library session: one open library, and the one way every pane reads and writes it.

Controllers, panes and dialogs receive the session, never the window. It owns:

- `db`, the GUI thread's read-only connection, for reads that are quick by design (a window of
  rows, one article);
- `write(op, ...)`: a write op on the writer thread (writer.py). Its result is a `Change`, or
  carries one as `.change`; the session emits it on `libraryChanged`, and each view decides
  what to refresh;
- `read(op, ..., key=)`: a read op on a worker's read-only connection (read_ops.py), for reads
  that may take time (export, counts, comparisons); `key` keeps only the latest of a kind;
- the article being read (`currentChanged`) and the articles selected in the list, which
  commands apply to (`targets()`);
- the app-wide services every pane needs: settings, theme, the action registry, one undo stack,
  and `say()` for the status line.

This is Anki's CollectionOp/QueryOp and `operation_did_execute` in Qt terms.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QWidget
from sqlite_utils import Database

from desktop.core.articles import ArticleDetail, Version
from desktop.core.changes import Change
from desktop.core.ids import ArticleId
from desktop.core.store import is_read_only, open_library
from desktop.ui.actions import ActionRegistry
from desktop.ui.read_ops import ReadOps
from desktop.ui.settings import Settings
from desktop.ui.theme import ThemeManager
from desktop.ui.writer import LibraryWriter

Success = Callable[[Any], None]
Failure = Callable[[BaseException], None]


def change_of(result: object) -> Change | None:
    """The change a write op's result reports: the result itself, or its `.change`."""
    if isinstance(result, Change):
        return result
    change = getattr(result, "change", None)
    return change if isinstance(change, Change) else None


class LibrarySession(QObject):
    libraryChanged = Signal(object)  # Change
    currentChanged = Signal()  # the article or the version being read
    selectionChanged = Signal()  # the articles selected in the list
    message = Signal(str, int)  # text for the status line, milliseconds (0: until replaced)
    failed = Signal(str, object)  # title, exception: a write or read no callback took

    def __init__(self, path: Path, settings: Settings, theme: ThemeManager, window: QWidget) -> None:
        super().__init__(window)
        self.path = path
        self.settings = settings
        self.theme = theme
        self.db: Database = open_library(path)
        # A library in a read-only file or folder is shown, searched and exported, and never written.
        self.read_only = is_read_only(self.db)
        # The GUI reads; every write goes through the writer thread.
        self.db.execute("PRAGMA query_only = ON")
        self.writer = LibraryWriter(path, self)
        self.reads = ReadOps(path, parent=self)
        self.actions = ActionRegistry(window)
        self.undo_stack = QUndoStack(self)
        self._current: ArticleDetail | None = None
        self._version: Version | None = None
        self._selection: list[ArticleId] = []
        self._closed = False
        # Titles in English, translated where they are shown (the window's message box).
        self.writer.failed.connect(lambda exc: self._unhandled(QT_TRANSLATE_NOOP("MainWindow", "The library could not be changed"), exc))
        self.reads.failed.connect(lambda exc: self._unhandled(QT_TRANSLATE_NOOP("MainWindow", "The library could not be read"), exc))

    # --- work ---------------------------------------------------------------------------------------
    def write(self, op: Callable[[Database], Any], success: Success | None = None, failure: Failure | None = None) -> None:
        """Run a write op on the writer thread; its change is announced before `success` runs."""
        if self.read_only:  # said once, in the status line: no dialog for each refused edit
            self.say(self.tr("This library is read-only (its file or folder cannot be written): nothing was changed."), 6000)
            return

        def done(result: Any) -> None:
            change = change_of(result)
            if change is not None and not change.is_empty:
                self.libraryChanged.emit(change)
            if success is not None:
                success(result)

        self.writer.run(op, done, failure)

    def read(self, op: Callable[[Database], Any], success: Success | None = None, failure: Failure | None = None, *, key: str | None = None) -> int:
        """Run a read op off the GUI thread; with `key`, a newer op of that key replaces this one."""
        return self.reads.run(op, success, failure, key=key)

    def announce(self, change: Change) -> None:
        """For changes that arrive by other roads than `write` (an import's files)."""
        if not change.is_empty:
            self.libraryChanged.emit(change)

    def say(self, text: str, ms: int = 5000) -> None:
        self.message.emit(text, ms)

    # --- what the user is looking at ---------------------------------------------------------------------
    @property
    def current_article(self) -> ArticleDetail | None:
        return self._current

    @property
    def current_version(self) -> Version | None:
        return self._version

    def set_current(self, article: ArticleDetail | None, version: Version | None) -> None:
        """The reader reports what it shows; `currentChanged` fires when the article or version is another."""
        before = (self._current.id if self._current else None, self._version.id if self._version else None)
        self._current, self._version = article, version
        if (article.id if article else None, version.id if version else None) != before:
            self.currentChanged.emit()

    def set_selection(self, articles: Iterable[ArticleId]) -> None:
        self._selection = list(articles)
        self.selectionChanged.emit()

    @property
    def selection(self) -> list[ArticleId]:
        return list(self._selection)

    def targets(self) -> list[ArticleId]:
        """The articles a command applies to: the selection, or the one being read."""
        if self._selection:
            return list(self._selection)
        return [self._current.id] if self._current is not None else []

    # --- closing ------------------------------------------------------------------------------------------
    @property
    def closed(self) -> bool:
        return self._closed

    def close(self) -> None:
        """Finish queued writes, stop the readers, close the connection (the window is closing)."""
        if self._closed:
            return
        self._closed = True
        self.writer.shutdown()  # cancel at a dump boundary, write queued edits, close, quit(), wait()
        self.reads.shutdown()
        # Results the writer sent before it stopped are still queued: nothing may act on them now.
        self.writer.blockSignals(True)
        self.db.close()

    def _unhandled(self, title: str, error: object) -> None:
        if not self._closed:
            self.failed.emit(title, error)
