"""Replaces PyInstaller's hook for PySide6.QtGui: the same collection, minus the Qt plugins and
translations Qalam does not use (the list and the reasons are in .packaging/qt_plugins.py)."""

from PyInstaller.utils.hooks.qt import add_qt6_dependencies
from qt_plugins import keep  # on sys.path: the spec file adds .packaging/

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = keep(binaries)
datas = keep(datas)
