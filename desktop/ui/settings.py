"""Every remembered preference, with its default, in one place, backed by QSettings.

Widgets never call QSettings directly: they read and write typed properties here, so a
default changes in one line and tests can point the whole app at a temporary folder with
`use_settings_folder()`.
"""

from __future__ import annotations

import getpass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "Qalam"
APPLICATION = "Qalam"

DEFAULTS: dict[str, Any] = {
    "window/geometry": QByteArray(),
    "window/state": QByteArray(),
    "window/splitter": QByteArray(),
    "list/header": QByteArray(),
    "list/sort_column": 1,  # date
    "list/sort_descending": True,
    "reader/zoom": 0,
    "theme": "system",  # light | dark | system
    "language": "system",  # en | kk | ru | system (the system's language, if Qalam has it)
    "search/word_forms": True,  # search options (core/search_query.Matching)
    "search/kazakh_keyboard": True,
    "search/latin_script": True,
    "inbox": "",
    "library/last": "",
    "library/suspect": "",  # a library in which a damaged page was met: checked, and offered for recovery, at the next start
    "sidebar/collapsed": [],
    "coding/coder": "",  # the user's name as a coder, asked once
    "coding/only_mine": False,  # show only my codings (blind coding)
    "coding/recent": [],  # UUIDs of the codes applied last, first in the picker
    "user/name": "",  # the name annotations are made under and shown by on other devices (default: the login name)
    "annotations/hidden_authors": [],  # others' annotation layers the user hid
    "annotations/edit_others": False,  # whether others' annotations may be edited here
    "exports/creator": "",  # the user's name as the creator of exported annotations, asked once
    # The Corpus panel (ui/corpus/controller.py).
    "corpus/tab": 0,
    "corpus/width": 60,
    "corpus/sort": "date",
    "corpus/scope": "newest",
    "corpus/period": "month",
    "corpus/measure": "articles",
    "corpus/relative": False,
    "corpus/split": False,
    "corpus/compare": "",
    "corpus/window": 5,
    "corpus/min_count": 3,
}

THEMES = ("light", "dark", "system")


def use_settings_folder(folder: Path) -> None:
    """Keep settings as INI files in `folder` (tests; portable installs)."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))


class Settings:
    def __init__(self) -> None:
        self._qs = QSettings(QSettings.Format.IniFormat if _ini_default() else QSettings.Format.NativeFormat,
                             QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    def get(self, key: str) -> Any:
        default = DEFAULTS[key]
        value = self._qs.value(key, default)
        if isinstance(default, bool):
            return value if isinstance(value, bool) else str(value).lower() in {"true", "1"}
        if isinstance(default, int):
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
        if isinstance(default, list):
            if value is None or value == "":
                return []
            return list(value) if isinstance(value, (list, tuple)) else [value]
        if isinstance(default, QByteArray):
            return value if isinstance(value, QByteArray) else default
        return "" if value is None else str(value)

    def set(self, key: str, value: Any) -> None:
        if key not in DEFAULTS:
            raise KeyError(key)
        self._qs.setValue(key, value)

    def sync(self) -> None:
        self._qs.sync()

    @property
    def theme(self) -> str:
        theme = self.get("theme")
        return theme if theme in THEMES else "system"

    @theme.setter
    def theme(self, value: str) -> None:
        self.set("theme", value if value in THEMES else "system")

    @property
    def language(self) -> str:
        language = self.get("language")
        return language if language in ("en", "kk", "ru", "system") else "system"

    @language.setter
    def language(self, value: str) -> None:
        self.set("language", value if value in ("en", "kk", "ru") else "system")

    @property
    def inbox(self) -> Path | None:
        text = self.get("inbox")
        return Path(text) if text else None

    @inbox.setter
    def inbox(self, value: Path | None) -> None:
        self.set("inbox", str(value) if value else "")

    @property
    def user_name(self) -> str:
        """The user's name as an author: as set (File ▸ Sync Folder…), else as a coder (Coding), else the login name."""
        return self.get("user/name").strip() or self.get("coding/coder").strip() or login_name()

    @property
    def last_library(self) -> Path | None:
        text = self.get("library/last")
        return Path(text) if text else None

    @last_library.setter
    def last_library(self, value: Path | None) -> None:
        self.set("library/last", str(value) if value else "")


def login_name() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a container, a service account)
        return "me"


def _ini_default() -> bool:
    return QSettings.defaultFormat() == QSettings.Format.IniFormat
