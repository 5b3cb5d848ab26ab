"""The parallel view's list of a pair's mismatches: what one edition states and the other does not.

One line per mismatch (its row, the edition that states it, its kind, its text), in row order.
Choosing a line jumps to it in both panes; "Accept as Fine" (A) quiets it for good, and "Show
accepted" brings accepted ones back into the list, greyed, to be taken back if need be. The
list only shows and asks: the parallel editor does the jumping and the writing.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.drift import Mismatch, MismatchKind, Side
from desktop.ui.plain_text import plain_tip
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.theme import LIGHT, Palette

MismatchRole = Qt.ItemDataRole.UserRole + 1
AcceptedRole = Qt.ItemDataRole.UserRole + 2

_KINDS = {
    MismatchKind.NUMBER: QT_TRANSLATE_NOOP("DriftList", "number"),
    MismatchKind.AMOUNT: QT_TRANSLATE_NOOP("DriftList", "amount"),
    MismatchKind.PERCENT: QT_TRANSLATE_NOOP("DriftList", "percentage"),
    MismatchKind.DATE: QT_TRANSLATE_NOOP("DriftList", "date"),
    MismatchKind.NAME: QT_TRANSLATE_NOOP("DriftList", "name"),
    MismatchKind.ACRONYM: QT_TRANSLATE_NOOP("DriftList", "acronym"),
    MismatchKind.URL: QT_TRANSLATE_NOOP("DriftList", "web address"),
    MismatchKind.QUOTE: QT_TRANSLATE_NOOP("DriftList", "quotation"),
    MismatchKind.NEGATION: QT_TRANSLATE_NOOP("DriftList", "negation"),
    MismatchKind.SENTENCE: QT_TRANSLATE_NOOP("DriftList", "sentence with no counterpart"),
    MismatchKind.PARAGRAPH: QT_TRANSLATE_NOOP("DriftList", "paragraph with no counterpart"),
}


def kind_label(kind: MismatchKind) -> str:
    return QCoreApplication.translate("DriftList", _KINDS[kind])


def describe(mismatch: Mismatch, mine: str, theirs: str) -> str:
    """One sentence for a tooltip: "The amount “$108 million” is in EN and not in RU"."""
    text = mismatch.text if len(mismatch.text) <= 90 else mismatch.text[:89] + "…"
    return (
        QCoreApplication.translate("DriftList", "The %1 “%2” is in %3 and not in %4")
        .replace("%1", kind_label(mismatch.kind))
        .replace("%2", text)
        .replace("%3", mine)
        .replace("%4", theirs)
    )


class DriftList(RetranslatingWidget, QWidget):
    mismatchChosen = Signal(object)  # Mismatch: jump to it
    acceptRequested = Signal(object)  # Mismatch
    unacceptRequested = Signal(object)  # Mismatch
    showAcceptedChanged = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("driftList")
        self._palette = LIGHT
        self._open: tuple[Mismatch, ...] = ()
        self._accepted: tuple[Mismatch, ...] = ()
        self._editions = ("", "")
        self.title = QLabel(self)
        self.title.setObjectName("driftTitle")
        self.show_accepted = QCheckBox(self)
        self.show_accepted.setObjectName("showAccepted")
        self.show_accepted.toggled.connect(lambda on: (self._fill(), self.showAcceptedChanged.emit(on)))
        self.accept_button = QPushButton(self)
        self.accept_button.setObjectName("acceptMismatch")
        self.accept_button.clicked.connect(self._accept_or_take_back)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("driftTree")
        self.tree.setColumnCount(4)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeWidget::item { padding: 3px 2px; }")
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.tree.header()
        header.setStretchLastSection(True)
        for column in (0, 1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.currentItemChanged.connect(self._on_current)
        self.tree.itemActivated.connect(lambda item, _c: self._choose(item))
        top = QHBoxLayout()
        top.setContentsMargins(10, 4, 10, 2)
        top.addWidget(self.title, 1)
        top.addWidget(self.show_accepted)
        top.addWidget(self.accept_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.show_accepted.setText(self.tr("Show accepted"))
        self.accept_button.setToolTip(self.tr("The mismatch is fine: do not list it again for this pair (A)"))
        self.tree.setHeaderLabels([self.tr("Row"), self.tr("In"), self.tr("Kind"), self.tr("Stated in one edition only")])
        self._fill(keep=self.current())

    # --- content ---------------------------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.title.setStyleSheet(f"color: {palette.text}; font-weight: 600;")
        self._fill()

    def set_mismatches(self, open_: Sequence[Mismatch], accepted: Sequence[Mismatch], editions: tuple[str, str]) -> None:
        current = self.current()
        self._open, self._accepted, self._editions = tuple(open_), tuple(accepted), editions
        self._fill(keep=current)

    def mismatches(self) -> list[tuple[Mismatch, bool]]:
        """(mismatch, accepted) of every line, in order."""
        return [
            (self.tree.topLevelItem(i).data(0, MismatchRole), bool(self.tree.topLevelItem(i).data(0, AcceptedRole)))
            for i in range(self.tree.topLevelItemCount())
        ]

    def current(self) -> Mismatch | None:
        item = self.tree.currentItem()
        return item.data(0, MismatchRole) if item is not None else None

    def current_is_accepted(self) -> bool:
        item = self.tree.currentItem()
        return bool(item.data(0, AcceptedRole)) if item is not None else False

    def select(self, mismatch: Mismatch | None, *, quietly: bool = False) -> None:
        """Make a mismatch the current line (None: no line); `quietly` does not ask for a jump."""
        self.tree.blockSignals(quietly)
        try:
            for i in range(self.tree.topLevelItemCount()):
                item = self.tree.topLevelItem(i)
                if item.data(0, MismatchRole) == mismatch:
                    self.tree.setCurrentItem(item)
                    self.tree.scrollToItem(item)
                    break
            else:
                self.tree.setCurrentItem(None)
        finally:
            self.tree.blockSignals(False)
        self._update_button()

    def _fill(self, keep: Mismatch | None = None) -> None:
        self.tree.blockSignals(True)
        try:
            self.tree.clear()
            shown = [(m, False) for m in self._open]
            if self.show_accepted.isChecked():
                shown = sorted(
                    [*shown, *((m, True) for m in self._accepted)],
                    key=lambda p: (p[0].segment, p[0].side is Side.RIGHT, p[0].start),
                )
            muted = QBrush(QColor(self._palette.muted))
            for mismatch, accepted in shown:
                mine, theirs = self._editions if mismatch.side is Side.LEFT else self._editions[::-1]
                kind = kind_label(mismatch.kind) + (self.tr(" · accepted") if accepted else "")
                item = QTreeWidgetItem([str(mismatch.segment + 1), mine, kind, " ".join(mismatch.text.split())])
                item.setData(0, MismatchRole, mismatch)
                item.setData(0, AcceptedRole, accepted)
                item.setToolTip(3, plain_tip(describe(mismatch, mine, theirs)))
                if accepted:
                    for column in range(4):
                        item.setForeground(column, muted)
                self.tree.addTopLevelItem(item)
                if mismatch == keep:
                    self.tree.setCurrentItem(item)
        finally:
            self.tree.blockSignals(False)
        count, accepted_count = len(self._open), len(self._accepted)
        text = self.tr("Drift: %Ln mismatch(es) to look at", "", count) if count else self.tr("Drift: no mismatch to look at")
        if accepted_count:
            text += self.tr(" · %Ln accepted as fine", "mismatches", accepted_count)
        self.title.setText(text)
        self._update_button()

    # --- reactions -----------------------------------------------------------------------------------
    def _on_current(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self._update_button()
        if current is not None:
            self._choose(current)

    def _choose(self, item: QTreeWidgetItem) -> None:
        self.mismatchChosen.emit(item.data(0, MismatchRole))

    def _update_button(self) -> None:
        item = self.tree.currentItem()
        self.accept_button.setEnabled(item is not None)
        taken_back = item is not None and bool(item.data(0, AcceptedRole))
        self.accept_button.setText(self.tr("Not Fine After All") if taken_back else self.tr("Accept as Fine"))

    def _accept_or_take_back(self) -> None:
        mismatch = self.current()
        if mismatch is None:
            return
        (self.unacceptRequested if self.current_is_accepted() else self.acceptRequested).emit(mismatch)
