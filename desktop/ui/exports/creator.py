"""Who the user is, in exported annotations: the W3C `creator`, asked once and kept in the settings.

Like a word processor asking for the author of comments, the name is asked the first time an
export needs it, offered as the name already given as a coder, else the system account's full
name; Edit ▸ Your Name in Exports… changes it. The language of the user's notes is the
interface's language.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject
from PySide6.QtWidgets import QInputDialog, QWidget

from desktop.core.exports.options import UNDETERMINED_LANGUAGE, ExportOptions, system_user_name
from desktop.ui.actions import ActionSpec
from desktop.ui.session import LibrarySession

SETTING = "exports/creator"
ACTION = ActionSpec(
    "exports.creator",
    QT_TRANSLATE_NOOP("Actions", "Your &Name in Exports…"),
    QT_TRANSLATE_NOOP("Actions", "Annotations"),
    tip=QT_TRANSLATE_NOOP("Actions", "The name exported annotations give as their creator"),
)


class CreatorName(QObject):
    def __init__(self, session: LibrarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self._parent = parent
        session.actions.add(ACTION, self.ask)

    @property
    def name(self) -> str:
        return str(self.session.settings.get(SETTING))

    def ask(self) -> str | None:
        """Ask for the name (offering the one known); None if the user cancels."""
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.tr("Your Name in Exports"))
        dialog.setLabelText(
            self.tr("Your name, as the creator of the annotations you export\n(W3C Web Annotation files record it):")
        )
        dialog.setTextValue(self.name or str(self.session.settings.get("coding/coder")) or system_user_name())
        accepted = dialog.exec()
        name = " ".join(dialog.textValue().split())
        dialog.deleteLater()
        if not accepted or not name:
            return None
        self.session.settings.set(SETTING, name)
        return name

    def ensure(self) -> str | None:
        """The name, asked for the first time it is needed."""
        return self.name or self.ask()

    def options(self, creator: str | None) -> ExportOptions:
        language = QLocale().bcp47Name()
        return ExportOptions(creator=creator, language=language if language and language != "C" else UNDETERMINED_LANGUAGE)
