"""Texts that follow the interface language when it changes, without a restart.

Installing or removing a translator makes Qt send LanguageChange to every window, and each
widget passes it on to its children, plain QObjects (controllers) included. A widget or
controller that sets a text once (a title, a label, a placeholder, a column header) sets it in
`retranslate()`, which it calls at the end of `__init__`; these mixins call it again on every
LanguageChange. Texts set afresh each time they are shown (status messages, counts) need nothing.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent


class RetranslatingWidget:
    """For QWidget subclasses: `class Pane(RetranslatingWidget, QWidget)`, with a `retranslate()`."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)  # type: ignore[misc]


class RetranslatingObject:
    """For QObject subclasses that are not widgets (controllers), as children of a widget."""

    def retranslate(self) -> None:
        raise NotImplementedError

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return super().event(event)  # type: ignore[misc]
