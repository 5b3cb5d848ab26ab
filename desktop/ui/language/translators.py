"""Installing the interface language: Qalam's translations (resources/translations/qalam_XX.qm)
and Qt's own for its standard dialogs and buttons (qtbase_XX.qm), swapped at run time.

English has a translation file too: its plural forms ("%n article(s)" -> "1 article", "2 articles")
live there, as Qt's numerus forms do for every language. The choice "system" follows the
first of the system's preferred languages that Qalam speaks, else English. Numbers and dates
that widgets format through QLocale() follow the language chosen (QLocale.setDefault).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QTranslator

from desktop.ui.resources import resources_dir

LANGUAGES: dict[str, str] = {"en": "English", "kk": "Қазақша", "ru": "Русский"}  # each in its own language
SYSTEM = "system"
CHOICES = (SYSTEM, *LANGUAGES)
_LOCALES = {"en": "en_US", "kk": "kk_KZ", "ru": "ru_RU"}
_installed: list[QTranslator] = []
_current: list[str] = []


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's preferred languages that Qalam has ("ru-RU" -> "ru"), else English."""
    for tag in ui_languages if ui_languages is not None else QLocale.system().uiLanguages():
        code = tag.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str) -> str:
    """The language a setting stands for: itself, or for "system" (or anything unknown) the system's."""
    return choice if choice in LANGUAGES else system_language()


def current_language() -> str | None:
    return _current[0] if _current else None


def _qt_translation_dirs() -> list[Path]:
    """Where Qt's own .qm files are: Qt's translations folder, or the copy a packaged build carries."""
    return [Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), translations_dir() / "qt"]


def install_language(code: str) -> bool:
    """Make `code` ("en", "kk", "ru") the interface language now; False if its file is missing.

    Every window receives LanguageChange before this returns, so what retranslates on it
    (retranslating.py) shows the new language at once.
    """
    if code not in LANGUAGES:
        raise ValueError(f"no such interface language: {code}")
    app = QCoreApplication.instance()
    if app is None:
        raise RuntimeError("install_language needs the application")
    if _current == [code]:
        return bool(_installed)
    for translator in _installed:
        QCoreApplication.removeTranslator(translator)
    _installed.clear()
    ours = QTranslator(app)
    found = ours.load(f"qalam_{code}", str(translations_dir()))
    if found:
        _installed.append(ours)
    if code != "en":
        for folder in _qt_translation_dirs():
            qt = QTranslator(app)
            if qt.load(f"qtbase_{code}", str(folder)):
                _installed.append(qt)
                break
    QLocale.setDefault(QLocale(_LOCALES[code]))
    for translator in _installed:
        QCoreApplication.installTranslator(translator)
    _current[:] = [code]
    # Deliver the LanguageChange events Qt posted to every window now, not at the next event loop turn.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return found
