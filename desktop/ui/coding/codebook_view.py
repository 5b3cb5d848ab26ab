"""The codebook dock: the code tree with counts, a filter, the selected code's description and memo, and the coder.

The tree shows each code in its colour with the number of coded passages and of articles.
Codes move by dragging them in the tree; a passage selected in the reader, or articles from
the list, dropped on a code are coded with it. Double-click (or Enter) applies a code to the
reader's selection. The view never writes: it emits requests that the controller carries out
as undoable commands.
"""

from __future__ import annotations

import json

from PySide6.QtCore import QMimeData, QPoint, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QVBoxLayout,
    QWidget,
)

from desktop.core.coding.codebook import CodeNode
from desktop.ui.article_list.model import ARTICLE_IDS_MIME
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.resources import swatch, themed_icon
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.theme import LIGHT, Palette

CODE_ROLE = Qt.ItemDataRole.UserRole + 1
SAVE_AFTER_MS = 700
FOLD_DETAILS_BELOW = 340  # pixels of dock height


class CodeTree(RetranslatingWidget, QTreeWidget):
    moveRequested = Signal(int, object, int)  # code, new parent (None: top level), index among its new siblings
    selectionDropped = Signal(int)  # code: the reader's selection was dropped on it
    articlesDropped = Signal(int, list)  # code, article ids
    applyRequested = Signal(int)  # double-click or Enter on a code

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codeTree")
        self.setColumnCount(3)
        self.retranslate()
        header = self.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.setUniformRowHeights(True)
        self.setIndentation(16)
        self.setAlternatingRowColors(False)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setEditTriggers(QAbstractItemView.EditTrigger.EditKeyPressed)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.itemDoubleClicked.connect(lambda item, _col: self.applyRequested.emit(int(item.data(0, CODE_ROLE))))

    def current_code(self) -> int | None:
        item = self.currentItem()
        return int(item.data(0, CODE_ROLE)) if item is not None else None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.state() != QAbstractItemView.State.EditingState:
            code = self.current_code()
            if code is not None:
                self.applyRequested.emit(code)
                return
        super().keyPressEvent(event)

    # --- drops -------------------------------------------------------------------------------------
    def _external(self, mime: QMimeData) -> bool:
        return mime.hasFormat(ARTICLE_IDS_MIME) or (
            mime.hasText() and not mime.hasFormat("application/x-qabstractitemmodeldatalist")
        )

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.source() is self:
            super().dragEnterEvent(event)
        elif self._external(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.source() is self:
            super().dragMoveEvent(event)
            return
        item = self.itemAt(event.position().toPoint())
        if item is not None and self._external(event.mimeData()):
            self.setCurrentItem(item)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        point = event.position().toPoint()
        target = self.itemAt(point)
        mime = event.mimeData()
        if event.source() is not self:
            if target is None:
                event.ignore()
                return
            code = int(target.data(0, CODE_ROLE))
            if mime.hasFormat(ARTICLE_IDS_MIME):
                ids = [int(x) for x in json.loads(bytes(mime.data(ARTICLE_IDS_MIME).data()).decode() or "[]")]
                self.articlesDropped.emit(code, ids)
            else:
                self.selectionDropped.emit(code)
            event.acceptProposedAction()
            return
        moved = self.currentItem()
        event.setDropAction(Qt.DropAction.IgnoreAction)  # the controller moves it in the library; the tree reloads
        event.accept()
        if moved is None:
            return
        position = self.dropIndicatorPosition()
        if target is None:
            parent, index = None, self.topLevelItemCount()
        elif position == QAbstractItemView.DropIndicatorPosition.OnItem:
            parent, index = target, target.childCount()
        else:
            parent = target.parent()
            siblings = (
                [parent.child(i) for i in range(parent.childCount())]
                if parent
                else [self.topLevelItem(i) for i in range(self.topLevelItemCount())]
            )
            index = siblings.index(target) + (1 if position == QAbstractItemView.DropIndicatorPosition.BelowItem else 0)
            if moved in siblings and siblings.index(moved) < index:
                index -= 1
        self.moveRequested.emit(int(moved.data(0, CODE_ROLE)), int(parent.data(0, CODE_ROLE)) if parent else None, index)

    def retranslate(self) -> None:
        self.setHeaderLabels([self.tr("Code"), self.tr("Passages"), self.tr("Articles")])

    def find_item(self, code: int) -> QTreeWidgetItem | None:
        iterator = QTreeWidgetItemIterator(self)
        while iterator.value():
            if int(iterator.value().data(0, CODE_ROLE)) == code:
                return iterator.value()
            iterator += 1
        return None


SHORTEST_TREE = 120  # pixels: the empty text, or four codes


class CodebookPanel(RetranslatingWidget, QWidget):
    renameRequested = Signal(int, str)
    describeRequested = Signal(int, str, str)  # code, description, memo
    newCodeRequested = Signal(bool)  # below the current code?
    onlyMineToggled = Signal(bool)
    coderRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codebookPanel")
        self._palette = LIGHT
        self._nodes: list[CodeNode] = []
        self._folded = False
        self._coder = ""
        self.filter = QLineEdit(self)
        self.filter.setObjectName("codeFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._apply_filter)
        self.new_button = QToolButton(self)
        self.new_button.setObjectName("newCodeButton")
        self.new_button.clicked.connect(lambda: self.newCodeRequested.emit(False))
        self.sub_button = QToolButton(self)
        self.sub_button.clicked.connect(lambda: self.newCodeRequested.emit(True))
        for button in (self.new_button, self.sub_button):
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setAutoRaise(True)
        top = QHBoxLayout()
        top.setContentsMargins(6, 6, 6, 2)
        top.setSpacing(4)
        top.addWidget(self.filter, 1)
        top.addWidget(self.new_button)
        top.addWidget(self.sub_button)

        self.tree = CodeTree(self)
        self.tree.itemChanged.connect(self._on_item_changed)
        self.tree.currentItemChanged.connect(self._on_current_changed)
        self.empty = QLabel(self)
        self.empty.setObjectName("codebookEmpty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.tree)
        self.stack.addWidget(self.empty)

        details = QWidget(self)
        form = QVBoxLayout(details)
        form.setContentsMargins(6, 4, 6, 4)
        form.setSpacing(3)
        self.details_title = QLabel(details)
        self.details_title.setObjectName("codeDetailsTitle")
        self.details_title.setTextFormat(Qt.TextFormat.PlainText)
        self.details_title.setWordWrap(True)  # a long code path wraps rather than widening the dock
        self.details_title.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.description = QPlainTextEdit(details)
        self.description.setObjectName("codeDescription")
        self.memo = QPlainTextEdit(details)
        self.memo.setObjectName("codeMemo")
        for edit in (self.description, self.memo):
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(30)
        form.addWidget(self.details_title)
        form.addWidget(self.description, 1)
        form.addWidget(self.memo, 1)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_AFTER_MS)
        self._save_timer.timeout.connect(self.save_details)
        self.description.textChanged.connect(self._save_timer.start)
        self.memo.textChanged.connect(self._save_timer.start)
        self._details_code: int | None = None
        self._saved: tuple[str, str] = ("", "")

        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.stack)
        self.splitter.addWidget(details)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(0, False)  # the details may be folded away when the dock is short
        self.splitter.setSizes([300, 140])
        # A splitter asks for room for every child, folded or not; the details fold away in a short
        # dock (resizeEvent), so the tree's room is all it needs: with every panel open the window
        # then still fits a 720-pixel screen.
        self.splitter.setMinimumHeight(SHORTEST_TREE)

        self.coder_button = QToolButton(self)
        self.coder_button.setObjectName("coderButton")
        self.coder_button.setAutoRaise(True)
        self.coder_button.clicked.connect(self.coderRequested.emit)
        self.only_mine = QCheckBox(self)
        self.only_mine.setObjectName("onlyMine")
        self.only_mine.toggled.connect(self.onlyMineToggled.emit)
        # The coder and the switch wrap under each other in a narrow dock.
        bottom_row = QWidget(self)
        bottom = FlowLayout(bottom_row, spacing=8)
        bottom.setContentsMargins(6, 2, 6, 6)
        bottom.addWidget(self.coder_button)
        bottom.addWidget(self.only_mine)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(bottom_row)
        self.retranslate()

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter codes…"))
        self.new_button.setText(self.tr("New"))
        self.new_button.setToolTip(self.tr("A new code at the top level (Ctrl+Shift+K)"))
        self.sub_button.setText(self.tr("Sub-code"))
        self.sub_button.setToolTip(self.tr("A new code below the selected one"))
        self.empty.setText(self.tr("No codes yet.\n\nCreate one with New, or select text in the reader and press C, then type a name."))
        self.description.setPlaceholderText(self.tr("Definition · include when … · exclude when …"))
        self.memo.setPlaceholderText(self.tr("Memo: your notes on this code as coding goes on"))
        self.coder_button.setToolTip(self.tr("Your name as a coder: every coding you make records it"))
        self.only_mine.setText(self.tr("Only my codings"))
        self.only_mine.setToolTip(self.tr("Hide other coders' codings, for blind coding"))
        self.set_coder(self._coder)
        self.set_codes(self._nodes)

    def resizeEvent(self, event) -> None:
        """A short dock (the analysis open below it at 720 pixels) folds the details away for the tree; a tall one shows them."""
        super().resizeEvent(event)
        short = self.height() < FOLD_DETAILS_BELOW
        if short != self._folded:
            self._folded = short
            total = max(1, sum(self.splitter.sizes()))
            self.splitter.setSizes([total, 0] if short else [total * 2 // 3, total - total * 2 // 3])

    # --- content ---------------------------------------------------------------------------------------
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.empty.setStyleSheet(f"color: {palette.muted}; padding: 16px;")
        self.details_title.setStyleSheet("font-weight: 600;")
        self.new_button.setIcon(themed_icon("add", palette.icon))
        self.set_codes(self._nodes)

    def set_coder(self, name: str) -> None:
        self._coder = name
        self.coder_button.setText(
            self.tr("Coder: %1").replace("%1", name) if name else self.tr("Coder: (not set) — click to set")
        )

    def set_only_mine(self, on: bool) -> None:
        self.only_mine.blockSignals(True)
        self.only_mine.setChecked(on)
        self.only_mine.blockSignals(False)

    def nodes(self) -> list[CodeNode]:
        return list(self._nodes)

    def set_codes(self, nodes: list[CodeNode]) -> None:
        current = self.tree.current_code()
        expanded = {int(i.data(0, CODE_ROLE)) for i in self._items() if not i.isExpanded()}
        self._nodes = nodes
        self.tree.blockSignals(True)
        self.tree.clear()
        items: dict[int, QTreeWidgetItem] = {}
        for node in nodes:
            parent = items.get(node.code.parent_id) if node.code.parent_id is not None else None
            item = QTreeWidgetItem(parent) if parent is not None else QTreeWidgetItem(self.tree)
            item.setText(0, node.code.name)
            item.setIcon(0, swatch(node.code.color, 12))
            item.setData(0, CODE_ROLE, int(node.code.id))
            item.setText(1, str(node.count.passages))
            item.setText(2, str(node.count.articles))
            for column in (1, 2):
                item.setTextAlignment(column, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = node.path + (f"\n\n{node.code.description}" if node.code.description else "")
            item.setToolTip(0, tip)
            item.setToolTip(1, self.tr("coded passages (and whole articles)"))
            item.setToolTip(2, self.tr("articles with this code"))
            item.setFlags(
                item.flags() | Qt.ItemFlag.ItemIsEditable | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled
            )
            items[int(node.code.id)] = item
        for code, item in items.items():
            item.setExpanded(code not in expanded)
        self.tree.blockSignals(False)
        if current is not None and current in items:
            self.tree.setCurrentItem(items[current])
        self.stack.setCurrentWidget(self.tree if nodes else self.empty)
        self._apply_filter(self.filter.text())
        self._show_details(self.tree.current_code())

    def _items(self) -> list[QTreeWidgetItem]:
        found = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            found.append(iterator.value())
            iterator += 1
        return found

    def select_code(self, code: int) -> None:
        item = self.tree.find_item(code)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.scrollToItem(item)

    def edit_name(self, code: int) -> None:
        item = self.tree.find_item(code)
        if item is not None:
            self.tree.setCurrentItem(item)
            self.tree.editItem(item, 0)

    @Slot(str)
    def _apply_filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for item in self._items():
            item.setHidden(False)
        if not wanted:
            return
        for item in reversed(self._items()):
            shown = wanted in item.text(0).casefold() or any(not item.child(i).isHidden() for i in range(item.childCount()))
            item.setHidden(not shown)
            if shown:
                item.setExpanded(True)

    # --- editing -------------------------------------------------------------------------------------------
    def _on_item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != 0:
            return
        code = int(item.data(0, CODE_ROLE))
        node = next((n for n in self._nodes if n.code.id == code), None)
        name = " ".join(item.text(0).split())
        if node is not None and name and name != node.code.name:
            self.renameRequested.emit(code, name)
        elif node is not None:
            self.tree.blockSignals(True)
            item.setText(0, node.code.name)
            self.tree.blockSignals(False)

    def _on_current_changed(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.save_details()
        self._show_details(int(current.data(0, CODE_ROLE)) if current is not None else None)

    def _show_details(self, code: int | None) -> None:
        node = next((n for n in self._nodes if n.code.id == code), None)
        self._details_code = node.code.id if node else None
        for edit, text in (
            (self.description, node.code.description if node else ""),
            (self.memo, node.code.memo if node else ""),
        ):
            if not edit.hasFocus() or node is None:
                edit.blockSignals(True)
                if edit.toPlainText() != text:
                    edit.setPlainText(text)
                edit.blockSignals(False)
            edit.setEnabled(node is not None)
        self._saved = (self.description.toPlainText(), self.memo.toPlainText())
        self.details_title.setText(node.path if node else self.tr("Select a code to see its definition and memo"))

    @Slot()
    def save_details(self) -> None:
        self._save_timer.stop()
        current = (self.description.toPlainText(), self.memo.toPlainText())
        if self._details_code is not None and current != self._saved:
            self._saved = current
            self.describeRequested.emit(self._details_code, *current)

    def context_point(self, point: QPoint) -> int | None:
        item = self.tree.itemAt(point)
        return int(item.data(0, CODE_ROLE)) if item is not None else None
