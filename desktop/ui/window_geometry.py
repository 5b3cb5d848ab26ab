"""Where a window may be: on the screen it is on, whatever size it was remembered at."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget


def fit_to_screen(window: QWidget) -> None:
    """A remembered size from a larger screen, or a window left off-screen, is brought back onto this one."""
    screen = window.screen().availableGeometry() if window.screen() is not None else None
    if screen is None or screen.isEmpty():
        return
    width, height = min(window.width(), screen.width()), min(window.height(), screen.height())
    if (width, height) != (window.width(), window.height()):
        window.resize(width, height)
    frame = window.frameGeometry()
    if not screen.contains(frame.topLeft()) or frame.right() > screen.right() or frame.bottom() > screen.bottom():
        window.move(
            max(screen.left(), min(frame.left(), screen.right() - frame.width())),
            max(screen.top(), min(frame.top(), screen.bottom() - frame.height())),
        )
