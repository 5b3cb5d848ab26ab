"""Find bundled files (icons, sample dumps) and make theme-coloured icons from the SVGs.

The icons are drawn in one colour (#1f1f1f) so they can be recoloured for the dark theme by
swapping that colour before rendering: one set of files serves both themes.
"""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path

from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QIcon, QImage, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer

ICON_INK = "#1f1f1f"


def resources_dir() -> Path:
    """`resources/` beside the package, or inside a PyInstaller bundle."""
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "resources"
    return Path(__file__).resolve().parents[2] / "resources"


def samples_dir() -> Path:
    return resources_dir() / "samples"


def sample_dumps() -> list[Path]:
    return sorted(p for p in samples_dir().iterdir() if p.name.endswith((".txt", ".txt.gz")))


def app_icon() -> QIcon:
    path = resources_dir() / "icons" / "qalam.svg"
    return QIcon(str(path)) if path.exists() else QIcon()


def has_icon(name: str) -> bool:
    return (resources_dir() / "icons" / f"{name}.svg").exists()


@lru_cache(maxsize=256)
def themed_icon(name: str, color: str) -> QIcon:
    """An icon from resources/icons/NAME.svg drawn in `color`; an empty icon if the file is missing."""
    path = resources_dir() / "icons" / f"{name}.svg"
    if not path.exists():
        return QIcon()
    svg = path.read_text(encoding="utf-8").replace(ICON_INK, color)
    renderer = QSvgRenderer(QByteArray(svg.encode("utf-8")))
    icon = QIcon()
    for size in (16, 20, 24, 32, 48):
        for ratio in (1, 2):
            image = QImage(QSize(size * ratio, size * ratio), QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            renderer.render(painter, QRectF(0, 0, size * ratio, size * ratio))
            painter.end()
            pixmap = QPixmap.fromImage(image)
            pixmap.setDevicePixelRatio(ratio)
            icon.addPixmap(pixmap)
    return icon


def swatch(color: str, size: int = 14) -> QIcon:
    """A square of a colour: highlight colours and tag colours in menus and buttons."""
    pixmap = QPixmap(size, size)
    pixmap.fill(QColor(color))
    return QIcon(pixmap)
