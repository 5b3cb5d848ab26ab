"""View ▸ Sync Conflicts: edits made on two devices before either saw the other's.

Each conflict shows what it is about, the value the library shows now and the one that lost,
who made each and when. "Use This One Instead" makes the other value a new edit that wins
everywhere; "Keep Shown" settles it the other way. A highlight deleted on one device while it
was edited on another can be restored; two tags that ended up with one name can be merged.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal, Slot
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
from desktop.ui.plain_text import QUOTE_MARKS
from desktop.ui.retranslating import RetranslatingWidget

CONTEXT = "SyncConflicts"


def _translated(text: str) -> str:
    """A text listed with QT_TRANSLATE_NOOP under CONTEXT, in the interface language."""
    return QCoreApplication.translate(CONTEXT, text)


FIELD_NAMES = {
    "note": QT_TRANSLATE_NOOP("SyncConflicts", "note"),
    "color_id": QT_TRANSLATE_NOOP("SyncConflicts", "colour"),
    "color": QT_TRANSLATE_NOOP("SyncConflicts", "colour"),
    "name": QT_TRANSLATE_NOOP("SyncConflicts", "name"),
    "deleted_at": QT_TRANSLATE_NOOP("SyncConflicts", "deleted or not"),
    "is_read": QT_TRANSLATE_NOOP("SyncConflicts", "read mark"),
    "is_starred": QT_TRANSLATE_NOOP("SyncConflicts", "star"),
    "linked": QT_TRANSLATE_NOOP("SyncConflicts", "link"),
    "author": QT_TRANSLATE_NOOP("SyncConflicts", "author"),
    "query": QT_TRANSLATE_NOOP("SyncConflicts", "search"),
    "filter": QT_TRANSLATE_NOOP("SyncConflicts", "sidebar filter"),
    "position": QT_TRANSLATE_NOOP("SyncConflicts", "place in the list"),
    "parent": QT_TRANSLATE_NOOP("SyncConflicts", "parent code"),
    "description": QT_TRANSLATE_NOOP("SyncConflicts", "description"),
    "memo": QT_TRANSLATE_NOOP("SyncConflicts", "memo"),
    "code": QT_TRANSLATE_NOOP("SyncConflicts", "code"),
    "coder": QT_TRANSLATE_NOOP("SyncConflicts", "coder"),
    "source_uuid": QT_TRANSLATE_NOOP("SyncConflicts", "highlight it was confirmed from"),
    "removed": QT_TRANSLATE_NOOP("SyncConflicts", "boundary taken away"),
    "added": QT_TRANSLATE_NOOP("SyncConflicts", "boundary put in"),
    "sequence": QT_TRANSLATE_NOOP("SyncConflicts", "order of the corrections"),
    "side": QT_TRANSLATE_NOOP("SyncConflicts", "edition that states it"),
    "kind": QT_TRANSLATE_NOOP("SyncConflicts", "kind of mismatch"),
    "text_key": QT_TRANSLATE_NOOP("SyncConflicts", "mismatch"),
}


def field_label(field: str, table: str | None = None) -> str:
    if field == "deleted_at" and table == "drift_acceptances":
        return QCoreApplication.translate("SyncConflicts", "accepted or not")
    if field == "deleted_at" and table == "translation_dismissals":
        return QCoreApplication.translate("SyncConflicts", "dismissed or not")
    if field == "deleted_at" and table == "alignment_corrections":
        return QCoreApplication.translate("SyncConflicts", "made or undone")
    return _translated(FIELD_NAMES.get(field, field.replace("_", " ")))


# What a conflict is about, per synced table: the words ("%1": the row's quote or name) and whether
# the article it lies in is named after them.
SUBJECTS: dict[str, tuple[str, bool]] = {
    "annotations": (QT_TRANSLATE_NOOP("SyncConflicts", "Highlight “%1”"), True),
    "tags": (QT_TRANSLATE_NOOP("SyncConflicts", "Tag “%1”"), False),
    "article_tags": (QT_TRANSLATE_NOOP("SyncConflicts", "Tag “%1” on an article"), True),
    "articles": (QT_TRANSLATE_NOOP("SyncConflicts", "Article"), True),
    "translation_links": (QT_TRANSLATE_NOOP("SyncConflicts", "Translation link to “%1”"), True),
    "highlight_colors": (QT_TRANSLATE_NOOP("SyncConflicts", "Name of highlight colour %1"), False),
    "codes": (QT_TRANSLATE_NOOP("SyncConflicts", "Code “%1”"), False),
    "codings": (QT_TRANSLATE_NOOP("SyncConflicts", "Coding with “%1”"), True),
    "saved_searches": (QT_TRANSLATE_NOOP("SyncConflicts", "Saved search “%1”"), False),
    "alignment_corrections": (QT_TRANSLATE_NOOP("SyncConflicts", "Correction of the alignment with “%1”"), True),
    "drift_acceptances": (QT_TRANSLATE_NOOP("SyncConflicts", "Mismatch “%1” accepted as fine"), True),
    "translation_dismissals": (QT_TRANSLATE_NOOP("SyncConflicts", "Suggested translation “%1” dismissed"), True),
}


def subject_label(conflict: Conflict, title: str | None) -> str:
    """What the conflict is about, in a line: "Highlight “…” in “Article”"."""
    # A quote that brings its own quotation marks is not quoted twice: “"We, together…”.
    subject = conflict.subject.strip().strip(QUOTE_MARKS)
    subject = subject if len(subject) <= 60 else subject[:59] + "…"
    article = f" — “{title.strip().strip(QUOTE_MARKS)}”" if title else ""
    described = SUBJECTS.get(conflict.table)
    if described is None:
        return f"{conflict.table} {subject}{article}"
    template, names_article = described
    return QCoreApplication.translate("SyncConflicts", template).replace("%1", subject) + (article if names_article else "")


def value_label(conflict: Conflict, side: Side, *, current: bool) -> str:
    """A side's value as a reader would say it."""
    if conflict.kind is ConflictKind.DELETE and current:
        return QCoreApplication.translate("SyncConflicts", "Deleted")
    field = conflict.field
    value = side.value
    if field == "deleted_at" and conflict.table == "drift_acceptances":
        return QCoreApplication.translate("SyncConflicts", "Accepted as fine") if value is None else QCoreApplication.translate("SyncConflicts", "Taken back")
    if field == "deleted_at" and conflict.table == "translation_dismissals":
        return QCoreApplication.translate("SyncConflicts", "Dismissed") if value is None else QCoreApplication.translate("SyncConflicts", "Suggested again")
    if field == "deleted_at" and conflict.table == "alignment_corrections":
        return QCoreApplication.translate("SyncConflicts", "Made") if value is None else QCoreApplication.translate("SyncConflicts", "Undone")
    if field == "deleted_at":
        return QCoreApplication.translate("SyncConflicts", "Not deleted") if value is None else QCoreApplication.translate("SyncConflicts", "Deleted")
    if field == "is_read":
        return QCoreApplication.translate("SyncConflicts", "Read") if value else QCoreApplication.translate("SyncConflicts", "Unread")
    if field == "is_starred":
        return QCoreApplication.translate("SyncConflicts", "Starred") if value else QCoreApplication.translate("SyncConflicts", "Not starred")
    if field == "linked":
        return QCoreApplication.translate("SyncConflicts", "Linked as translations") if value else QCoreApplication.translate("SyncConflicts", "Unlinked")
    text = side.shown if side.shown is not None else ("" if value is None else str(value))
    if conflict.kind is ConflictKind.DELETE:
        return QCoreApplication.translate("SyncConflicts", "Edited the %1: %2").replace("%1", field_label(field, conflict.table)).replace("%2", text or QCoreApplication.translate("SyncConflicts", "(empty)"))
    return text or QCoreApplication.translate("SyncConflicts", "(empty)")


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


class ConflictsDialog(RetranslatingWidget, QDialog):
    resolveRequested = Signal(object, bool)  # Conflict, use the other value

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncConflicts")
        self.resize(900, 560)
        self._conflicts: list[Conflict] = []
        self._titles: dict[int, str] = {}
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("syncConflictList")
        self.tree.setRootIsDecorated(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.current = _SideBox("", self)
        self.other = _SideBox("", self)
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
        self.retranslate()

    def retranslate(self) -> None:
        self.tree.setHeaderLabels([
            QCoreApplication.translate("SyncConflicts", "About"), QCoreApplication.translate("SyncConflicts", "What"),
            QCoreApplication.translate("SyncConflicts", "Shown now"), QCoreApplication.translate("SyncConflicts", "The other edit"),
        ])  # fmt: skip
        self.empty.setText(QCoreApplication.translate(
            "SyncConflicts", "No conflicts. When a highlight, note, tag or mark is changed on two devices before either has seen the other's"
            " change, both values are kept and listed here."))  # fmt: skip
        self.current.setTitle(QCoreApplication.translate("SyncConflicts", "Shown now"))
        self.other.setTitle(QCoreApplication.translate("SyncConflicts", "The other edit"))
        self.set_conflicts(self._conflicts, self._titles)  # the list, the title and the buttons

    def set_conflicts(self, conflicts: list[Conflict], titles: dict[int, str]) -> None:
        selected = self.selected()
        keep = (selected.kind, selected.table, selected.key, selected.field) if selected else None
        self._conflicts, self._titles = conflicts, titles
        self.tree.clear()
        for conflict in conflicts:
            title = titles.get(conflict.article) if conflict.article is not None else None
            item = QTreeWidgetItem([
                subject_label(conflict, title),
                field_label(conflict.field, conflict.table) if conflict.kind is not ConflictKind.DELETE else QCoreApplication.translate("SyncConflicts", "deleted and edited"),
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
        self.setWindowTitle(QCoreApplication.translate("SyncConflicts", "Sync Conflicts (%1)").replace("%1", str(len(conflicts))) if conflicts else QCoreApplication.translate("SyncConflicts", "Sync Conflicts"))

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
            self.current.button.setText(QCoreApplication.translate("SyncConflicts", "Keep Deleted"))
            self.other.button.setText(QCoreApplication.translate("SyncConflicts", "Restore It"))
        elif conflict.kind is ConflictKind.NAME:
            self.current.button.setText(QCoreApplication.translate("SyncConflicts", "Keep Both"))
            self.other.button.setText(QCoreApplication.translate("SyncConflicts", "Merge the Two Tags"))
        else:
            self.current.button.setText(QCoreApplication.translate("SyncConflicts", "Keep Shown"))
            self.other.button.setText(QCoreApplication.translate("SyncConflicts", "Use This One Instead"))

    def _resolve(self, *, use_other: bool) -> None:
        conflict = self.selected()
        if conflict is not None:
            self.resolveRequested.emit(conflict, use_other)
