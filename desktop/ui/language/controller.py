"""View ▸ Language: English, Қазақша, Русский, or the system's language; remembered, and applied at once.

Each language is named in itself, so a user lost in an interface they cannot read still finds
theirs. Switching installs the translators (translators.py): every window then receives
LanguageChange and retranslates itself, the menus and actions through the action registry.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from desktop.ui.actions import ActionSpec
from desktop.ui.language.translators import LANGUAGES, SYSTEM, install_language, resolve
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.session import LibrarySession

VIEW = QT_TRANSLATE_NOOP("Actions", "View")
ACTIONS = (
    ActionSpec("view.language.system", QT_TRANSLATE_NOOP("Actions", "Follow &System"), VIEW, checkable=True,
               tip=QT_TRANSLATE_NOOP("Actions", "Use the system's language when Qalam has it, else English")),
    *(ActionSpec(f"view.language.{code}", name, VIEW, checkable=True) for code, name in LANGUAGES.items()),
)  # fmt: skip


class LanguageController(RetranslatingObject, QObject):
    def __init__(self, session: LibrarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.menu = QMenu(parent)
        self.menu.setObjectName("view.language")
        group = QActionGroup(self)
        for spec in ACTIONS:
            choice = spec.id.rsplit(".", 1)[1]
            action = session.actions.add(spec, lambda _checked=False, c=choice: self.choose(c))
            group.addAction(action)
            self.menu.addAction(action)
            if choice == SYSTEM:
                self.menu.addSeparator()
        session.actions.add_menu("view.language", self.menu)
        self._check(session.settings.language)
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("&Language"))

    @property
    def choice(self) -> str:
        return self.session.settings.language

    def choose(self, choice: str) -> None:
        """Switch the interface to `choice` ("en", "kk", "ru" or "system") now, and remember it."""
        self.session.settings.language = choice
        self.session.settings.sync()
        self._check(self.session.settings.language)
        install_language(resolve(choice))

    def _check(self, choice: str) -> None:
        self.session.actions.action(f"view.language.{choice}").setChecked(True)
