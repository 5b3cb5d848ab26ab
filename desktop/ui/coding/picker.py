"""The code picker: press C, type a few letters, Enter — the keyboard way to code a passage.

A small popup at the reader's selection: a filter box over the codebook (paths, recent codes
first). Up and Down move, Ctrl+Space ticks a code to apply several at once, Enter applies the
ticked codes (or the highlighted one), Esc closes. Typing a name that is not a code offers to
create it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QFrame, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from desktop.core.coding.codebook import CodeNode
from desktop.ui.resources import swatch
from desktop.ui.retranslating import RetranslatingWidget

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
NEW_CODE = -1


class CodePicker(RetranslatingWidget, QFrame):
    chosen = Signal(list, str)  # code ids, and a new code's name ("" when none)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setObjectName("codePicker")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.title = QLabel(self)
        self.title.setObjectName("codePickerTitle")
        self.filter = QLineEdit(self)
        self.filter.setObjectName("codePickerFilter")
        self.list = QListWidget(self)
        self.list.setObjectName("codePickerList")
        self.list.setUniformItemSizes(True)
        self.hint = QLabel(self)
        self.hint.setObjectName("codePickerHint")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(4)
        layout.addWidget(self.title)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.hint)
        self.resize(380, 340)
        self._nodes: list[CodeNode] = []
        self._recent: list[str] = []
        self.filter.textChanged.connect(self._refill)
        self.filter.installEventFilter(self)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.list.itemClicked.connect(self._clicked)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Type to find a code, or a new name…"))
        self.hint.setText(self.tr("Enter applies · Ctrl+Space ticks several · Esc closes"))

    def open_for(self, title: str, nodes: list[CodeNode], recent: list[str], at: QPoint, muted: str) -> None:
        """Show the picker at a global position, over these codes."""
        self._nodes, self._recent = nodes, recent
        self.title.setText(title)
        self.hint.setStyleSheet(f"color: {muted}; font-size: 11px;")
        self.title.setStyleSheet("font-weight: 600;")
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.blockSignals(False)
        self._refill("")
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        x, y = at.x(), at.y()
        if screen is not None:
            x = max(screen.left(), min(x, screen.right() - self.width()))
            y = max(screen.top(), min(y, screen.bottom() - self.height()))
        self.move(x, y)
        self.show()
        self.raise_()
        self.activateWindow()
        self.filter.setFocus(Qt.FocusReason.PopupFocusReason)

    def _refill(self, text: str) -> None:
        wanted = " ".join(text.split()).casefold()
        checked = self.checked()
        self.list.clear()
        order = {uuid: i for i, uuid in enumerate(self._recent)}
        nodes = [n for n in self._nodes if not wanted or wanted in n.path.casefold()]
        if not wanted:
            nodes.sort(key=lambda n: (order.get(n.code.uuid, len(order)), self._nodes.index(n)))
        else:  # names starting with the text first
            nodes.sort(
                key=lambda n: (
                    not n.code.name.casefold().startswith(wanted),
                    not n.path.casefold().startswith(wanted),
                    n.path.casefold(),
                )
            )
        for node in nodes:
            item = QListWidgetItem(swatch(node.code.color, 12), node.path)
            item.setData(CODE_ROLE, int(node.code.id))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if node.code.id in checked else Qt.CheckState.Unchecked)
            item.setToolTip(node.code.description or node.path)
            self.list.addItem(item)
        name = " ".join(text.split())
        if name and not any(n.code.name.casefold() == name.casefold() for n in self._nodes):
            item = QListWidgetItem(self.tr("＋ New code “%1”").replace("%1", name))
            item.setData(CODE_ROLE, NEW_CODE)
            self.list.addItem(item)
        if self.list.count():
            self.list.setCurrentRow(0)
        elif not self._nodes:
            empty = QListWidgetItem(self.tr("The codebook is empty: type a name to create the first code."))
            empty.setFlags(Qt.ItemFlag.NoItemFlags)
            self.list.addItem(empty)

    def hideEvent(self, event) -> None:
        """Give the keyboard back to the window, so that its keys (Ctrl+Z first) work at once."""
        super().hideEvent(event)
        owner = self.parentWidget()
        if owner is not None:
            owner.window().activateWindow()

    def checked(self) -> list[int]:
        return [
            int(item.data(CODE_ROLE))
            for i in range(self.list.count())
            if (item := self.list.item(i)).data(CODE_ROLE) not in (None, NEW_CODE) and item.checkState() == Qt.CheckState.Checked
        ]

    def _clicked(self, item: QListWidgetItem) -> None:
        if item.data(CODE_ROLE) == NEW_CODE:
            self.accept()

    def accept(self) -> None:
        codes = self.checked()
        current = self.list.currentItem()
        new_name = ""
        if not codes and current is not None:
            ident = current.data(CODE_ROLE)
            if ident == NEW_CODE:
                new_name = " ".join(self.filter.text().split())
            elif ident is not None:
                codes = [int(ident)]
        self.hide()
        if codes or new_name:
            self.chosen.emit(codes, new_name)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.filter and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up, Qt.Key.Key_PageDown, Qt.Key.Key_PageUp):
                step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1, Qt.Key.Key_PageDown: 8, Qt.Key.Key_PageUp: -8}[key]
                row = max(0, min(self.list.count() - 1, self.list.currentRow() + step))
                self.list.setCurrentRow(row)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.accept()
                return True
            if key == Qt.Key.Key_Space and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
                item = self.list.currentItem()
                if item is not None and item.data(CODE_ROLE) not in (None, NEW_CODE):
                    on = item.checkState() != Qt.CheckState.Checked
                    item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
                return True
            if key == Qt.Key.Key_Escape:
                self.hide()
                return True
        return False
