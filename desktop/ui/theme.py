"""Light, dark, or follow the system, through qdarktheme.

"Follow system" is driven from Qt's own QStyleHints.colorScheme and its change signal, not
qdarktheme's "auto" mode, which polls the OS from a thread of its own. Views that paint
their own colours (the reader, the sidebar's badges) listen to `ThemeManager.changed`.
"""

from __future__ import annotations

from dataclasses import dataclass

import qdarktheme
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

ACCENT = {"light": "#0f766e", "dark": "#5eead4"}
# Selections pale enough that normal and muted text stay readable on them.
_CUSTOM_COLORS = {
    "light": {
        "primary": ACCENT["light"],
        "primary>table.selectionBackground": "#cde8e4",
        "primary>list.selectionBackground": "#cde8e4",
        "primary>table.inactiveSelectionBackground": "#e3f0ee",
        "primary>list.inactiveSelectionBackground": "#e3f0ee",
        "primary>textarea.selectionBackground": "#b9e0da",
    },
    "dark": {
        "primary": ACCENT["dark"],
        "primary>table.selectionBackground": "#1d4f49",
        "primary>list.selectionBackground": "#1d4f49",
        "primary>table.inactiveSelectionBackground": "#2b3b39",
        "primary>list.inactiveSelectionBackground": "#2b3b39",
        "primary>textarea.selectionBackground": "#245c55",
    },
}

_EXTRA_QSS = """
QTableView#articleList { border: none; }
QTreeView#sidebar { border: none; }
QTextBrowser#readerView { border: none; }
QStatusBar QLabel#importStatus { padding: 0 6px; }
QToolBar { spacing: 4px; padding: 2px 6px; }
QLineEdit#searchBox { padding: 4px 8px; min-width: 320px; }
QFrame#readerHeader { border: none; }
"""


@dataclass(frozen=True)
class Palette:
    """The colours views use for what they draw themselves."""

    dark: bool
    text: str
    muted: str
    background: str
    panel: str
    accent: str
    highlight: str  # search matches
    chip: str
    chip_text: str
    link: str
    icon: str
    # Compare view: backgrounds for inserted, deleted and changed text (the characters that differ
    # inside a changed word get the strong one), the current change, and the caret marking
    # where text is missing on one side. Each keeps the theme's text colour readable.
    diff_insert: str = "#ccf2d6"
    diff_delete: str = "#ffcdc8"
    diff_change: str = "#fcefc7"
    diff_change_strong: str = "#f2c55c"
    diff_current: str = "#b6d4fe"
    diff_insert_mark: str = "#1a7f37"
    diff_delete_mark: str = "#cf222e"


LIGHT = Palette(False, "#1f2328", "#656d76", "#ffffff", "#f6f8fa", ACCENT["light"], "#fff3a3", "#e7ecf0", "#1f2328", "#0b62c4", "#3c4043")
DARK = Palette(
    True, "#e6e6e6", "#9aa4ad", "#202124", "#2a2b2e", ACCENT["dark"], "#6b5b00", "#3a3d42", "#e6e6e6", "#7cb7ff", "#e8eaed",
    diff_insert="#1c4428", diff_delete="#5a1f24", diff_change="#4a3b12", diff_change_strong="#7a5c10",
    diff_current="#1d4a80", diff_insert_mark="#56d364", diff_delete_mark="#ff7b72",
)  # fmt: skip


def _luminance(color: str) -> float:
    """WCAG 2 relative luminance of a #rrggbb colour."""
    channels = [int(color[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio, 1 to 21; text needs 4.5 (AA)."""
    a, b = sorted((_luminance(foreground), _luminance(background)), reverse=True)
    return (a + 0.05) / (b + 0.05)


def blend(color: str, alpha: int, background: str) -> str:
    """`color` at `alpha` (0–255) painted over an opaque background, as #rrggbb."""
    mix = [
        round(int(color[i : i + 2], 16) * alpha / 255 + int(background[i : i + 2], 16) * (255 - alpha) / 255) for i in (1, 3, 5)
    ]
    return "#" + "".join(f"{c:02x}" for c in mix)


def readable_on(background: str, palette: Palette) -> str:
    """The theme's text or background colour, whichever reads better on `background` (a chip's hover, say)."""
    return max((palette.text, palette.background, "#000000", "#ffffff"), key=lambda c: contrast_ratio(c, background))


class ThemeManager(QObject):
    changed = Signal(object)  # Palette

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._choice = "system"
        self._palette = LIGHT
        hints = QGuiApplication.styleHints()
        hints.colorSchemeChanged.connect(self._on_system_scheme_changed)

    @property
    def choice(self) -> str:
        return self._choice

    @property
    def palette(self) -> Palette:
        return self._palette

    def apply(self, choice: str) -> None:
        self._choice = choice if choice in ("light", "dark", "system") else "system"
        self._refresh()

    def _effective(self) -> str:
        if self._choice != "system":
            return self._choice
        scheme = QGuiApplication.styleHints().colorScheme()
        return "dark" if scheme == Qt.ColorScheme.Dark else "light"

    def _refresh(self) -> None:
        name = self._effective()
        qdarktheme.setup_theme(name, corner_shape="rounded", custom_colors=_CUSTOM_COLORS[name], additional_qss=_EXTRA_QSS)
        self._palette = DARK if name == "dark" else LIGHT
        self.changed.emit(self._palette)

    @Slot(Qt.ColorScheme)
    def _on_system_scheme_changed(self, _scheme: Qt.ColorScheme) -> None:
        if self._choice == "system":
            self._refresh()
