"""Translators' work in the main window: highlights projected from the translations, and suggested translations.

The parallel view's own work (corrections, drift) lives in compare/; this controller places the
rest in the reader, one part each (projections.py, suggestions.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from desktop.ui.reader.pane import ReaderPane
from desktop.ui.session import LibrarySession
from desktop.ui.translations.projections import ProjectionController
from desktop.ui.translations.suggestions import SuggestionsController


class TranslationsController(QObject):
    def __init__(self, session: LibrarySession, reader: ReaderPane, parent: QWidget) -> None:
        super().__init__(parent)
        self.projections = ProjectionController(session, reader, parent)
        self.suggestions = SuggestionsController(session, reader, parent)
