"""Suggested translations in the reader's strip: computed in the background, confirmed or dismissed with undo.

For the article being read, the controller asks for suggestions (core/translation_dismissals.py,
`suggestions_for`: articles of another language within a day whose figures, names and URLs
overlap, less those dismissed) as a read op, a moment after the article is shown, so moving
through the list never waits for them (they take up to a second on a busy day of a large
library). The strip shows each with its score. Link as Translation links the two by hand
(core/translations.py); Dismiss stores a dismissal. Both are undo commands; links and
dismissals of the article make the suggestions be asked for again.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Slot
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QWidget

from desktop.core.changes import Change
from desktop.core.ids import ArticleId
from desktop.core.translation_dismissals import dismiss_suggestion, suggestions_for, undo_dismissal
from desktop.core.translations import link_translations, unlink_translations
from desktop.ui.reader.pane import ReaderPane
from desktop.ui.session import LibrarySession

SUGGESTIONS_KEY = "reader.suggestions"
AFTER_MS = 300  # of reading an article before its suggestions are looked for


class _LinkSuggested(QUndoCommand):
    def __init__(self, session: LibrarySession, article: ArticleId, other: ArticleId) -> None:
        super().__init__(QCoreApplication.translate("SuggestionsController", "Link Suggested Translation"))
        self.session, self.article, self.other = session, article, other

    def redo(self) -> None:
        a, b = self.article, self.other
        self.session.write(lambda db: link_translations(db, a, b), None, lambda error: self.session.say(str(error), 6000))

    def undo(self) -> None:
        a, b = self.article, self.other
        self.session.write(lambda db: unlink_translations(db, a, b), None, lambda error: self.session.say(str(error), 6000))


class _DismissSuggested(QUndoCommand):
    def __init__(self, session: LibrarySession, article: ArticleId, other: ArticleId) -> None:
        super().__init__(QCoreApplication.translate("SuggestionsController", "Dismiss Suggested Translation"))
        self.session, self.article, self.other = session, article, other

    def redo(self) -> None:
        a, b = self.article, self.other
        self.session.write(lambda db: dismiss_suggestion(db, a, b), None, lambda error: self.session.say(str(error), 6000))

    def undo(self) -> None:
        a, b = self.article, self.other
        self.session.write(lambda db: undo_dismissal(db, a, b), None, lambda error: self.session.say(str(error), 6000))


class SuggestionsController(QObject):
    def __init__(self, session: LibrarySession, reader: ReaderPane, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.strip = reader.translations
        self._article: ArticleId | None = None
        self._timer = QTimer(self, singleShot=True, interval=AFTER_MS)
        self._timer.timeout.connect(self._ask)
        self.strip.suggestionConfirmed.connect(lambda other: self.confirm(ArticleId(other)))
        self.strip.suggestionDismissed.connect(lambda other: self.dismiss(ArticleId(other)))
        session.currentChanged.connect(self._on_current)
        session.libraryChanged.connect(self._on_library_changed)

    @Slot()
    def _on_current(self) -> None:
        article = self.session.current_article
        ident = article.id if article is not None else None
        if ident == self._article:
            return  # another version of the same article: the same suggestions
        self._article = ident
        self.strip.set_suggestions(())
        self.session.reads.cancel(SUGGESTIONS_KEY)
        if ident is not None:
            self._timer.start()

    def _on_library_changed(self, change: Change) -> None:
        """Links and dismissals of the article change its suggestions; so may new articles of its days."""
        if self._article is not None and (self._article in change.links or change.rows_added):
            self._timer.start()

    def _ask(self) -> None:
        article = self._article
        if article is None:
            return
        self.session.read(
            lambda db: suggestions_for(db, article),
            lambda found: self.strip.set_suggestions(found) if self._article == article else None,
            lambda error: self.session.say(
                QCoreApplication.translate("SuggestionsController", "Translations could not be suggested: %1").replace(
                    "%1", str(error)
                ),
                6000,
            ),
            key=SUGGESTIONS_KEY,
        )

    def confirm(self, other: ArticleId) -> None:
        if self._article is not None:
            self.session.undo_stack.push(_LinkSuggested(self.session, self._article, other))
            self.session.say(
                QCoreApplication.translate("SuggestionsController", "Linked as translations. Ctrl+Z undoes it."), 5000
            )

    def dismiss(self, other: ArticleId) -> None:
        if self._article is not None:
            self.session.undo_stack.push(_DismissSuggested(self.session, self._article, other))
            self.session.say(
                QCoreApplication.translate(
                    "SuggestionsController", "Not suggested again for these two articles. Ctrl+Z undoes it."
                ),
                5000,
            )
