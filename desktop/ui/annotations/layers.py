"""Whose annotations are shown: one layer per author, and whether others' may be edited.

Every annotation records who made it (the user name in the settings, which sync carries to the
other devices). Your own are always shown; each other author's are a layer that View ▸
Annotation Layers shows or hides. Others' annotations are read-only — shown, never changed by
accident — unless View ▸ Edit Others' Annotations is on. Both choices are remembered.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QObject, Signal, Slot
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from desktop.core.annotations import Annotation
from desktop.ui.actions import ActionSpec
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.session import LibrarySession

GROUP = QT_TRANSLATE_NOOP("Actions", "Annotations")
EDIT_OTHERS = ActionSpec(
    "annotations.edit_others",
    QT_TRANSLATE_NOOP("Actions", "&Edit Others' Annotations"),
    GROUP,
    checkable=True,
    tip=QT_TRANSLATE_NOOP(
        "Actions", "Allow changing and deleting annotations that other people made (they are read-only otherwise)"
    ),
)


class AnnotationLayers(RetranslatingObject, QObject):
    changed = Signal()

    def __init__(self, session: LibrarySession, parent: QWidget) -> None:
        super().__init__(parent)
        self.session = session
        self.menu = QMenu(parent)
        self.menu.setObjectName("annotations.layers")
        self.menu.aboutToShow.connect(self._fill)
        session.actions.add_menu("annotations.layers", self.menu)
        self.edit_others_action = session.actions.add(EDIT_OTHERS, self._set_edit_others)
        self.edit_others_action.setChecked(bool(session.settings.get("annotations/edit_others")))
        self.retranslate()

    def retranslate(self) -> None:
        self.menu.setTitle(self.tr("Annotation &Layers"))
        if not self.session.closed:
            self._fill()

    # --- what the views ask ----------------------------------------------------------------------
    @property
    def me(self) -> str:
        return self.session.settings.user_name

    @property
    def hidden(self) -> set[str]:
        return {str(a) for a in self.session.settings.get("annotations/hidden_authors")}

    @property
    def edit_others(self) -> bool:
        return self.edit_others_action.isChecked()

    def visible(self, annotations: list[Annotation]) -> list[Annotation]:
        hidden = self.hidden
        return [a for a in annotations if a.is_by(self.me) or a.author not in hidden]

    def read_only(self, annotations: list[Annotation]) -> frozenset[int]:
        if self.edit_others:
            return frozenset()
        return frozenset(a.id for a in annotations if not a.is_by(self.me))

    def set_hidden(self, author: str, hidden: bool) -> None:
        authors = self.hidden
        (authors.add if hidden else authors.discard)(author)
        self.session.settings.set("annotations/hidden_authors", sorted(authors))
        self.changed.emit()

    # --- the menu --------------------------------------------------------------------------------------
    @Slot()
    def _fill(self) -> None:
        """One checkable entry per author in the library, yours first (always shown)."""
        self.menu.clear()
        authors = [r[0] for r in self.session.db.execute(
            "SELECT DISTINCT author FROM annotations WHERE deleted_at IS NULL AND author IS NOT NULL ORDER BY author COLLATE casefold"
        )]  # fmt: skip
        mine = self.menu.addAction(self.tr("Yours (%1)").replace("%1", self.me))
        mine.setCheckable(True)
        mine.setChecked(True)
        mine.setEnabled(False)
        others = [a for a in authors if a != self.me]
        if not others:
            note = self.menu.addAction(self.tr("No one else's annotations in this library"))
            note.setEnabled(False)
        hidden = self.hidden
        for author in others:
            action = QAction(author, self.menu)
            action.setObjectName(f"annotations.layer.{author}")
            action.setCheckable(True)
            action.setChecked(author not in hidden)
            action.toggled.connect(lambda on, who=author: self.set_hidden(who, not on))
            self.menu.addAction(action)

    @Slot(bool)
    def _set_edit_others(self, on: bool) -> None:
        self.session.settings.set("annotations/edit_others", bool(on))
        self.changed.emit()
