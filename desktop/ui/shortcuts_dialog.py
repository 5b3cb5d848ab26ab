"""Help ▸ Keyboard Shortcuts (F1): every key of every action, made from the action registry.

Nothing here is typed by hand: a key added to an action's spec appears here by construction,
so the list cannot drift from what the keys do.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLineEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.actions import ActionRegistry, tr
from desktop.ui.retranslating import RetranslatingWidget


class ShortcutsDialog(RetranslatingWidget, QDialog):
    def __init__(self, registry: ActionRegistry, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("shortcutsDialog")
        self._registry = registry
        self.resize(560, 640)
        self.filter = QLineEdit(self)
        self.filter.setObjectName("shortcutFilter")
        self.filter.setClearButtonEnabled(True)
        self.tree = QTreeWidget(self)
        self.tree.setObjectName("shortcutTable")
        self.tree.setColumnCount(2)
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.header().setStretchLastSection(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.tree, 1)
        layout.addWidget(buttons)
        self.filter.textChanged.connect(self._apply_filter)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Keyboard Shortcuts"))
        self.filter.setPlaceholderText(self.tr("Find a key or a command…"))
        self.tree.setHeaderLabels([self.tr("Keys"), self.tr("Does")])
        self._fill()
        self._apply_filter(self.filter.text())

    def _fill(self) -> None:
        self.tree.clear()
        bold = QFont()
        bold.setBold(True)
        group_item: QTreeWidgetItem | None = None
        current = None
        for group, keys, description in self._registry.shortcut_rows():
            if group != current:
                current = group
                group_item = QTreeWidgetItem(self.tree, [tr(group), ""])
                group_item.setFirstColumnSpanned(True)
                group_item.setFont(0, bold)
                group_item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                group_item.setExpanded(True)
            assert group_item is not None
            item = QTreeWidgetItem(group_item, [keys, description])
            item.setData(0, Qt.ItemDataRole.UserRole, keys)
        self.tree.setRootIsDecorated(False)
        self.tree.expandAll()

    def rows(self) -> list[tuple[str, str]]:
        """(keys, description) of every row, in order: what the dialog lists."""
        found = []
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            found.extend((group.child(j).text(0), group.child(j).text(1)) for j in range(group.childCount()))
        return found

    def _apply_filter(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.tree.topLevelItemCount()):
            group = self.tree.topLevelItem(i)
            shown = 0
            for j in range(group.childCount()):
                item = group.child(j)
                hit = not needle or needle in item.text(0).casefold() or needle in item.text(1).casefold()
                item.setHidden(not hit)
                shown += hit
            group.setHidden(shown == 0)
