"""View ▸ Sync Conflicts: edits made on two devices before either saw the other's.

Each conflict shows what it is about, the value the library shows now and the one that lost,
who made each and when. "Use This One Instead" makes the other value a new edit that wins
everywhere; "Keep Shown" settles it the other way. A highlight deleted on one device while it
was edited on another can be restored; two tags that ended up with one name can be merged.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.sync.conflicts import Conflict, ConflictKind, Side

CONTEXT = "SyncConflicts"


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


FIELD_NAMES = {
    "note": "note",
    "color_id": "colour",
    "color": "colour",
    "name": "name",
    "deleted_at": "deleted or not",
    "is_read": "read mark",
    "is_starred": "star",
    "linked": "link",
    "author": "author",
    "query": "search",
    "filter": "sidebar filter",
    "position": "place in the list",
    "parent": "parent code",
    "description": "description",
    "memo": "memo",
    "code": "code",
    "coder": "coder",
    "source_uuid": "highlight it was confirmed from",
    "removed": "boundary taken away",
    "added": "boundary put in",
    "sequence": "order of the corrections",
    "side": "edition that states it",
    "kind": "kind of mismatch",
    "text_key": "mismatch",
}


def field_label(field: str, table: str | None = None) -> str:
    if field == "deleted_at" and table == "drift_acceptances":
        return tr("accepted or not")
    if field == "deleted_at" and table == "translation_dismissals":
        return tr("dismissed or not")
    if field == "deleted_at" and table == "alignment_corrections":
        return tr("made or undone")
    return tr(FIELD_NAMES.get(field, field.replace("_", " ")))


def subject_label(conflict: Conflict, title: str | None) -> str:
    """What the conflict is about, in a line: "Highlight “…” in “Article”"."""
    subject = conflict.subject if len(conflict.subject) <= 60 else conflict.subject[:59] + "…"
    article = f" — “{title}”" if title else ""
    if conflict.table == "annotations":
        return tr("Highlight “%1”").replace("%1", subject) + article
    if conflict.table == "tags":
        return tr("Tag “%1”").replace("%1", subject)
    if conflict.table == "article_tags":
        return tr("Tag “%1” on an article").replace("%1", subject) + article
    if conflict.table == "articles":
        return tr("Article") + article
    if conflict.table == "translation_links":
        return tr("Translation link to “%1”").replace("%1", subject) + article
    if conflict.table == "highlight_colors":
        return tr("Name of highlight colour %1").replace("%1", subject)
    if conflict.table == "codes":
        return tr("Code “%1”").replace("%1", subject)
    if conflict.table == "codings":
        return tr("Coding with “%1”").replace("%1", subject) + article
    if conflict.table == "saved_searches":
        return tr("Saved search “%1”").replace("%1", subject)
    if conflict.table == "alignment_corrections":
        return tr("Correction of the alignment with “%1”").replace("%1", subject) + article
    if conflict.table == "drift_acceptances":
        return tr("Mismatch “%1” accepted as fine").replace("%1", subject) + article
    if conflict.table == "translation_dismissals":
        return tr("Suggested translation “%1” dismissed").replace("%1", subject) + article
    return f"{conflict.table} {subject}{article}"


def value_label(conflict: Conflict, side: Side, *, current: bool) -> str:
    """A side's value as a reader would say it."""
    if conflict.kind is ConflictKind.DELETE and current:
        return tr("Deleted")
    field = conflict.field
    value = side.value
    if field == "deleted_at" and conflict.table == "drift_acceptances":
        return tr("Accepted as fine") if value is None else tr("Taken back")
    if field == "deleted_at" and conflict.table == "translation_dismissals":
        return tr("Dismissed") if value is None else tr("Suggested again")
    if field == "deleted_at" and conflict.table == "alignment_corrections":
        return tr("Made") if value is None else tr("Undone")
    if field == "deleted_at":
        return tr("Not deleted") if value is None else tr("Deleted")
    if field == "is_read":
        return tr("Read") if value else tr("Unread")
    if field == "is_starred":
        return tr("Starred") if value else tr("Not starred")
    if field == "linked":
        return tr("Linked as translations") if value else tr("Unlinked")
    text = side.shown if side.shown is not None else ("" if value is None else str(value))
    if conflict.kind is ConflictKind.DELETE:
        return tr("Edited the %1: %2").replace("%1", field_label(field, conflict.table)).replace("%2", text or tr("(empty)"))
    return text or tr("(empty)")


def who_and_when(side: Side) -> str:
    when = dt.datetime.fromisoformat(side.when).astimezone().strftime("%Y-%m-%d %H:%M")
    return f"{side.who} · {when}"


class _SideBox(QGroupBox):
    def __init__(self, title: str, parent: QWidget) -> None:
        super().__init__(title, parent)
        self.value = QPlainTextEdit(self)
        self.value.setReadOnly(True)
        self.who = QLabel(self)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.button = QPushButton(self)
        self.button.setAutoDefault(False)  # neither choice is made by pressing Enter
        layout = QVBoxLayout(self)
        layout.addWidget(self.value, 1)
        layout.addWidget(self.who)
        layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignRight)


class ConflictsDialog(QDialog):
    resolveRequested = Signal(object, bool)  # Conflict, use the other value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflicts")
        self.setWindowTitle(tr("Sync Conflicts"))
        self.resize(900, 560)
        self._conflicts: list[Conflict] = []
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("syncConflictList")
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels([tr("About"), tr("What"), tr("Shown now"), tr("The other edit")])
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(
            tr("No conflicts. When a highlight, note, tag or mark is changed on two devices before either has seen the other's"
               " change, both values are kept and listed here."), self)  # fmt: skip
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current = _SideBox(tr("Shown now"), self)
        self.other = _SideBox(tr("The other edit"), self)
        self.current.setObjectName("conflictCurrent")
        self.other.setObjectName("conflictOther")
        sides = QWidget(self)
        row = QHBoxLayout(sides)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.current)
        row.addWidget(self.other)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.tree)
        splitter.addWidget(sides)
        splitter.setSizes([260, 240])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.empty)
        layout.addWidget(splitter, 1)
        layout.addWidget(buttons)
        self._splitter = splitter
        self.tree.currentItemChanged.connect(self._show)
        self.current.button.clicked.connect(lambda: self._resolve(use_other=False))
        self.other.button.clicked.connect(lambda: self._resolve(use_other=True))

    def set_conflicts(self, conflicts: list[Conflict], titles: dict[int, str]) -> None:
        selected = self.selected()
        keep = (selected.kind, selected.table, selected.key, selected.field) if selected else None
        self._conflicts = conflicts
        self.tree.clear()
        for conflict in conflicts:
            title = titles.get(conflict.article) if conflict.article is not None else None
            item = QTreeWidgetItem([
                subject_label(conflict, title),
                field_label(conflict.field, conflict.table) if conflict.kind is not ConflictKind.DELETE else tr("deleted and edited"),
                value_label(conflict, conflict.current, current=True),
                value_label(conflict, conflict.other, current=False),
            ])  # fmt: skip
            item.setToolTip(0, item.text(0))
            self.tree.addTopLevelItem(item)
            if keep == (conflict.kind, conflict.table, conflict.key, conflict.field):
                self.tree.setCurrentItem(item)
        self.empty.setVisible(not conflicts)
        self._splitter.setVisible(bool(conflicts))
        if conflicts and self.tree.currentItem() is None:
            self.tree.setCurrentItem(self.tree.topLevelItem(0))
        self.setWindowTitle(tr("Sync Conflicts (%1)").replace("%1", str(len(conflicts))) if conflicts else tr("Sync Conflicts"))

    def selected(self) -> Conflict | None:
        row = self.tree.indexOfTopLevelItem(self.tree.currentItem()) if self.tree.currentItem() is not None else -1
        return self._conflicts[row] if 0 <= row < len(self._conflicts) else None

    @Slot()
    def _show(self) -> None:
        conflict = self.selected()
        if conflict is None:
            return
        self.current.value.setPlainText(value_label(conflict, conflict.current, current=True))
        self.other.value.setPlainText(value_label(conflict, conflict.other, current=False))
        self.current.who.setText(who_and_when(conflict.current))
        self.other.who.setText(who_and_when(conflict.other))
        if conflict.kind is ConflictKind.DELETE:
            self.current.button.setText(tr("Keep Deleted"))
            self.other.button.setText(tr("Restore It"))
        elif conflict.kind is ConflictKind.NAME:
            self.current.button.setText(tr("Keep Both"))
            self.other.button.setText(tr("Merge the Two Tags"))
        else:
            self.current.button.setText(tr("Keep Shown"))
            self.other.button.setText(tr("Use This One Instead"))

    def _resolve(self, *, use_other: bool) -> None:
        conflict = self.selected()
        if conflict is not None:
            self.resolveRequested.emit(conflict, use_other)
