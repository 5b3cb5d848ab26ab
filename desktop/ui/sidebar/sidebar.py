"""The sidebar: library views, sources, sections, tags and recent imports, each with a count.

Clicking an entry filters the list to it; Ctrl-click (Cmd-click on macOS) adds it to the
filters already on (AND). Saved searches are listed with their live counts (their controller
fills them in); clicking one asks for it to be applied, and dragging one reorders them. Clicking an active tag cycles include → exclude → off, as in
calibre's tag browser. The sidebar never writes to the library: tag edits and drops are
emitted as requests, which the tags controller carries out. It keeps its counts current by
itself: when the session announces a change that moves a count, it reloads (coalesced, so an
import's stream of dumps reloads it a few times a second at most).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from enum import Enum

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLocale,
    QMimeData,
    QModelIndex,
    QPoint,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QColor, QDragEnterEvent, QDragMoveEvent, QDropEvent, QFont, QGuiApplication, QKeyEvent, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
)

from desktop.core.article_query import ArticleFilter, LibraryView
from desktop.core.changes import Change
from desktop.core.ids import ArticleId, DumpId, SectionId, SourceId, TagId
from desktop.core.sidebar_data import SidebarData, load_sidebar
from desktop.ui.article_list.model import ARTICLE_IDS_MIME
from desktop.ui.plain_text import plain_tip
from desktop.ui.resources import has_icon, swatch, themed_icon
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.session import LibrarySession
from desktop.ui.tags.dialogs import TAG_COLORS
from desktop.ui.theme import LIGHT, Palette

KindRole = Qt.ItemDataRole.UserRole + 1
IdRole = Qt.ItemDataRole.UserRole + 2
CountRole = Qt.ItemDataRole.UserRole + 3
StateRole = Qt.ItemDataRole.UserRole + 4
ColorRole = Qt.ItemDataRole.UserRole + 5
RELOAD_MS = 250
SAVED_SEARCH_MIME = "application/x-qalam-saved-search"


class EntryKind(Enum):
    LIBRARY = "library"
    SOURCE = "source"
    SECTION = "section"
    TAG = "tag"
    TAG_PATH = "tag_path"  # a branch of the tag tree that is not a tag itself ("law" above "law/courts")
    DUMP = "dump"
    SAVED = "saved"  # a saved search: applied by its controller, never part of the sidebar's own filter


class EntryState(Enum):
    OFF = 0
    INCLUDE = 1
    EXCLUDE = 2


LIBRARY_ENTRIES = (
    (LibraryView.ALL, QT_TRANSLATE_NOOP("Sidebar", "All articles"), "all"),
    (LibraryView.UNREAD, QT_TRANSLATE_NOOP("Sidebar", "Unread"), "unread"),
    (LibraryView.STARRED, QT_TRANSLATE_NOOP("Sidebar", "Starred"), "star"),
    (LibraryView.ANNOTATED, QT_TRANSLATE_NOOP("Sidebar", "Annotated"), "annotation"),
    (LibraryView.MULTI_VERSION, QT_TRANSLATE_NOOP("Sidebar", "Several versions"), "versions"),
)
GROUPS = (
    ("library", QT_TRANSLATE_NOOP("Sidebar", "Library")),
    ("saved", QT_TRANSLATE_NOOP("Sidebar", "Saved searches")),
    ("sources", QT_TRANSLATE_NOOP("Sidebar", "Sources")),
    ("sections", QT_TRANSLATE_NOOP("Sidebar", "Sections")),
    ("tags", QT_TRANSLATE_NOOP("Sidebar", "Tags")),
    ("dumps", QT_TRANSLATE_NOOP("Sidebar", "Recent imports")),
)


def _tr(text: str) -> str:
    """A source text marked above, in the interface language."""
    return QCoreApplication.translate("Sidebar", text)


@dataclass(frozen=True)
class SavedEntry:
    """A saved search as the sidebar lists it."""

    id: int
    name: str
    tooltip: str


@dataclass(frozen=True)
class SidebarSelection:
    """The sidebar's part of the list filter (no search query), and how to name it in the status bar."""

    entries: ArticleFilter = field(default_factory=ArticleFilter)
    labels: tuple[str, ...] = field(default=(), compare=False)


class Sidebar(RetranslatingWidget, QTreeWidget):
    selectionChangedTo = Signal(object)  # SidebarSelection
    articlesDroppedOnTag = Signal(int, list)  # tag id, article ids
    renameTagRequested = Signal(int)
    recolorTagRequested = Signal(int, str)  # tag, colour ('' for none)
    mergeTagRequested = Signal(int)
    deleteTagRequested = Signal(int)
    newTagRequested = Signal()
    showDumpLogRequested = Signal(int)
    savedSearchClicked = Signal(int)
    savedSearchMenuRequested = Signal(int, QPoint)  # saved search (0: none, the group), global position
    savedSearchMoved = Signal(int, int)  # saved search, its new place (0: first)

    def __init__(self, session: LibrarySession, parent=None) -> None:
        super().__init__(parent)
        self._session = session
        self.setObjectName("sidebar")
        self.setHeaderHidden(True)
        self.setColumnCount(1)
        self.setRootIsDecorated(True)
        self.setIndentation(14)
        self.setUniformRowHeights(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)  # drags: saved searches only (their flag)
        self.setDragEnabled(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setMinimumWidth(130)
        self._palette = LIGHT
        self._delegate = _EntryDelegate(self)
        self.setItemDelegate(self._delegate)
        self._states: dict[tuple[EntryKind, object], EntryState] = {}
        self._collapsed: set[str] = set()
        self._groups: dict[str, QTreeWidgetItem] = {}
        self._saved: list[SavedEntry] = []
        self._saved_counts: dict[int, int] = {}
        self._active_saved: int | None = None
        self.itemClicked.connect(self._on_clicked)
        self.customContextMenuRequested.connect(self._context_menu)
        self.itemCollapsed.connect(lambda item: self._collapsed.add(item.data(0, IdRole)) if item.data(0, KindRole) == "group" else None)
        self.itemExpanded.connect(lambda item: self._collapsed.discard(item.data(0, IdRole)) if item.data(0, KindRole) == "group" else None)
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_MS)
        self._reload_timer.timeout.connect(self.reload)
        session.libraryChanged.connect(self._on_library_changed)
        session.theme.changed.connect(self.set_palette)
        self.set_palette(session.theme.palette)
        self.reload()
        self.set_collapsed_groups(session.settings.get("sidebar/collapsed"))

    def retranslate(self) -> None:
        """Names, tooltips and counts in the new language; the list's status line names the filter anew."""
        if self._session.closed:
            return  # a closed window's library is closed too
        self.reload()
        if self._states:
            self.selectionChangedTo.emit(self.selection())

    @Slot()
    def reload(self) -> None:
        self._reload_timer.stop()
        self.populate(load_sidebar(self._session.db))

    @Slot(object)
    def _on_library_changed(self, change: Change) -> None:
        if change.counts or change.tag_definitions or change.rows_added:
            self._reload_timer.start()

    def save_settings(self) -> None:
        self._session.settings.set("sidebar/collapsed", self.collapsed_groups())

    def stop(self) -> None:
        self._reload_timer.stop()

    # --- contents ----------------------------------------------------------------------------
    @Slot(object)
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._delegate.palette = palette
        for i in range(self.topLevelItemCount()):
            self._recolor_icons(self.topLevelItem(i))
        self.viewport().update()

    def collapsed_groups(self) -> list[str]:
        return sorted(self._collapsed)

    def set_collapsed_groups(self, groups: list[str]) -> None:
        self._collapsed = set(groups)
        for key, item in self._groups.items():
            item.setExpanded(key not in self._collapsed)

    def populate(self, data: SidebarData) -> None:
        """Rebuild from fresh data, keeping what is active, expanded and scrolled to."""
        scroll = self.verticalScrollBar().value()
        self.blockSignals(True)
        self.clear()
        self._groups = {}
        known: set[tuple[EntryKind, object]] = set()
        for key, title in GROUPS:
            group = QTreeWidgetItem(self, [_tr(title)])
            group.setData(0, KindRole, "group")
            group.setData(0, IdRole, key)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = QFont(self.font())
            font.setBold(True)
            font.setPointSizeF(max(font.pointSizeF() - 1, 7))
            group.setFont(0, font)
            self._groups[key] = group
        for view, label, icon in LIBRARY_ENTRIES:
            entry = self._add(self._groups["library"], EntryKind.LIBRARY, view.value, _tr(label), data.library.get(view, 0), icon)
            known.add((EntryKind.LIBRARY, view.value))
            if view is LibraryView.MULTI_VERSION:
                # Narrowed to real edits: hides the copies that differ only in punctuation or spacing.
                edited = LibraryView.EDITED
                count = data.library.get(edited, 0)
                child = self._add(entry, EntryKind.LIBRARY, edited.value, self.tr("Edited"), count, "compare")
                child.setToolTip(0, self.tr("Edited: %Ln article(s) with a version that changes words", "", count))
                entry.setExpanded(True)
                known.add((EntryKind.LIBRARY, edited.value))
        for source in data.sources:
            self._add(self._groups["sources"], EntryKind.SOURCE, int(source.id), source.name, source.count, "source")
            known.add((EntryKind.SOURCE, int(source.id)))
        self._add_saved()
        section_names = [s.name for s in data.sections]
        for section in data.sections:
            label = section.name if section_names.count(section.name) == 1 else f"{section.name} — {section.source}"
            self._add(self._groups["sections"], EntryKind.SECTION, int(section.id), label, section.count, "section")
            known.add((EntryKind.SECTION, int(section.id)))
        self._add_tags(data)
        known.update((EntryKind.TAG, int(t.id)) for t in data.tags)
        for dump in data.dumps:
            item = self._add(self._groups["dumps"], EntryKind.DUMP, int(dump.id), dump.file_name, dump.articles, "recent")
            imported = self.tr("imported %1").replace("%1", dump.imported_at.replace("T", " ")[:16])
            counts = self.tr("%Ln article(s)", "", dump.articles) + " (" + self.tr("%Ln new", "articles", dump.new_articles) + "), "
            counts += self.tr("%Ln new version(s)", "", dump.new_versions)
            tip = f"{dump.file_name}\n{imported}\n{counts}"
            if dump.warnings:
                tip += "\n" + self.tr("%Ln warning(s): see File ▸ Import Log", "", dump.warnings)
            item.setToolTip(0, plain_tip(tip))
            known.add((EntryKind.DUMP, int(dump.id)))
        if not data.tags:
            hint = QTreeWidgetItem(self._groups["tags"], [self.tr("Drop articles here or press T")])
            hint.setData(0, KindRole, "hint")
            hint.setFlags(Qt.ItemFlag.NoItemFlags)
        for key, group in self._groups.items():
            group.setExpanded(key not in self._collapsed)
        # Entries that vanished (a deleted tag) stop filtering.
        before = dict(self._states)
        self._states = {k: v for k, v in self._states.items() if k in known}
        self._refresh_states()
        self.blockSignals(False)
        self.verticalScrollBar().setValue(scroll)
        if before != self._states:
            self.selectionChangedTo.emit(self.selection())

    # --- saved searches ------------------------------------------------------------------------
    def set_saved_searches(self, entries: list[SavedEntry]) -> None:
        """The saved searches to list, in order (their counts come with `set_saved_search_count`)."""
        self._saved = list(entries)
        self._saved_counts = {k: v for k, v in self._saved_counts.items() if k in {e.id for e in entries}}
        group = self._groups.get("saved")
        if group is None:
            return
        scroll = self.verticalScrollBar().value()
        group.takeChildren()
        self._add_saved()
        self._refresh_states()
        self.verticalScrollBar().setValue(scroll)

    def set_saved_search_count(self, search: int, count: int) -> None:
        self._saved_counts[search] = count
        item = self._find(EntryKind.SAVED, search)
        if item is not None:
            item.setData(0, CountRole, count)

    def set_active_saved_search(self, search: int | None) -> None:
        """Mark the saved search the list now shows (None: none)."""
        if search != self._active_saved:
            self._active_saved = search
            self._refresh_states()

    def saved_search_names(self) -> list[str]:
        return [e.name for e in self._saved]

    def _add_saved(self) -> None:
        group = self._groups["saved"]
        for entry in self._saved:
            item = self._add(group, EntryKind.SAVED, entry.id, entry.name, 0, "saved-search")
            item.setData(0, CountRole, self._saved_counts.get(entry.id))
            item.setToolTip(0, entry.tooltip)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled)
        if not self._saved:
            hint = QTreeWidgetItem(group, [self.tr("Corpus ▸ Save Search")])
            hint.setData(0, KindRole, "hint")
            hint.setFlags(Qt.ItemFlag.NoItemFlags)

    def set_entries(self, entries: ArticleFilter) -> None:
        """Turn on exactly these entries (a saved search's), as clicks would; entries no longer listed are left out."""
        states: dict[tuple[EntryKind, object], EntryState] = {}
        for view in entries.views:
            states[(EntryKind.LIBRARY, view.value)] = EntryState.INCLUDE
        for kind, ids in ((EntryKind.SOURCE, entries.sources), (EntryKind.SECTION, entries.sections), (EntryKind.TAG, entries.tags), (EntryKind.DUMP, entries.dumps)):
            states.update(((kind, int(i)), EntryState.INCLUDE) for i in ids)
        states.update(((EntryKind.TAG, int(i)), EntryState.EXCLUDE) for i in entries.excluded_tags)
        self._states = {key: state for key, state in states.items() if self._find(*key) is not None}
        self._refresh_states()
        self.selectionChangedTo.emit(self.selection())

    def _add_tags(self, data: SidebarData) -> None:
        """The tag tree. A branch counts the articles of its whole subtree, and filters to it, as `tag:` does;
        a branch that is no tag itself ("law" above "law/courts") is an entry of its own."""
        nodes: dict[str, QTreeWidgetItem] = {}
        for tag in sorted(data.tags, key=lambda t: t.name.casefold()):
            parts = tag.name.split("/")
            parent = self._groups["tags"]
            for depth in range(1, len(parts)):
                path = "/".join(parts[:depth])
                if path.casefold() not in nodes:
                    branch = QTreeWidgetItem(parent)
                    self._fill(branch, EntryKind.TAG_PATH, path, parts[depth - 1], data.branches.get(path.casefold(), 0), "tags")
                    below = self.tr("%1 (all tags below it): %Ln article(s)", "", data.branches.get(path.casefold(), 0))
                    branch.setToolTip(0, plain_tip(below.replace("%1", path)))
                    branch.setExpanded(True)
                    nodes[path.casefold()] = branch
                parent = nodes[path.casefold()]
            existing = nodes.get(tag.name.casefold())
            item = existing if existing is not None else QTreeWidgetItem(parent)
            count = data.branches.get(tag.name.casefold(), tag.article_count)
            self._fill(item, EntryKind.TAG, int(tag.id), parts[-1], count, "tag")
            item.setData(0, ColorRole, tag.color)
            if tag.color:
                item.setIcon(0, themed_icon("tag-filled", tag.color) if has_icon("tag-filled") else themed_icon("tag", tag.color))
            tip = self.tr("%1: %Ln article(s)", "", count).replace("%1", tag.name)
            item.setToolTip(0, plain_tip(tip + "\n" + self.tr("Click: show · again: exclude · again: clear")))
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsDropEnabled)
            item.setExpanded(True)
            nodes[tag.name.casefold()] = item

    def _add(self, parent: QTreeWidgetItem, kind: EntryKind, ident: object, label: str, count: int, icon: str) -> QTreeWidgetItem:
        item = QTreeWidgetItem(parent)
        self._fill(item, kind, ident, label, count, icon)
        return item

    def _fill(self, item: QTreeWidgetItem, kind: EntryKind, ident: object, label: str, count: int, icon: str) -> None:
        item.setText(0, label)
        item.setData(0, KindRole, kind.value)
        item.setData(0, IdRole, ident)
        item.setData(0, CountRole, count)
        item.setData(0, Qt.ItemDataRole.UserRole + 9, icon)
        item.setIcon(0, themed_icon(icon, self._palette.icon))
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
        item.setToolTip(0, plain_tip(f"{label}: {QLocale().toString(count)}"))

    def _recolor_icons(self, item: QTreeWidgetItem) -> None:
        name = item.data(0, Qt.ItemDataRole.UserRole + 9)
        if name and not item.data(0, ColorRole):
            item.setIcon(0, themed_icon(name, self._palette.icon))
        for i in range(item.childCount()):
            self._recolor_icons(item.child(i))

    # --- filter state ------------------------------------------------------------------------
    def selection(self) -> SidebarSelection:
        def ids(kind: EntryKind, state: EntryState = EntryState.INCLUDE) -> frozenset:
            return frozenset(i for (k, i), s in self._states.items() if k is kind and s is state)

        entries = ArticleFilter(
            views=frozenset(LibraryView(v) for v in ids(EntryKind.LIBRARY)) - {LibraryView.ALL},
            sources=frozenset(SourceId(i) for i in ids(EntryKind.SOURCE)),
            sections=frozenset(SectionId(i) for i in ids(EntryKind.SECTION)),
            tags=frozenset(TagId(i) for i in ids(EntryKind.TAG)),
            excluded_tags=frozenset(TagId(i) for i in ids(EntryKind.TAG, EntryState.EXCLUDE)),
            tag_paths=frozenset(str(p) for p in ids(EntryKind.TAG_PATH)),
            excluded_tag_paths=frozenset(str(p) for p in ids(EntryKind.TAG_PATH, EntryState.EXCLUDE)),
            dumps=frozenset(DumpId(i) for i in ids(EntryKind.DUMP)),
        )
        return SidebarSelection(entries, labels=tuple(self._label(k, i, s) for (k, i), s in self._states.items()))

    def _label(self, kind: EntryKind, ident: object, state: EntryState) -> str:
        item = self._find(kind, ident)
        name = item.text(0) if item is not None else str(ident)
        return self.tr("not %1", "an excluded filter").replace("%1", name) if state is EntryState.EXCLUDE else name

    def clear_filters(self) -> None:
        if self._states:
            self._states.clear()
            self._refresh_states()
            self.selectionChangedTo.emit(self.selection())

    def activate(self, kind: EntryKind, ident: object, *, combine: bool = False) -> None:
        """Apply a click on an entry, as the mouse would."""
        key = (kind, ident)
        state = self._states.get(key, EntryState.OFF)
        if kind is EntryKind.LIBRARY and ident == LibraryView.ALL.value:
            self._states.clear()
        elif state is EntryState.OFF:
            if not combine:
                self._states.clear()
            self._states[key] = EntryState.INCLUDE
        elif kind in (EntryKind.TAG, EntryKind.TAG_PATH):
            if state is EntryState.INCLUDE:
                self._states[key] = EntryState.EXCLUDE
            else:
                del self._states[key]
        elif combine:
            del self._states[key]
        else:
            self._states = {key: EntryState.INCLUDE}
        self._refresh_states()
        self.selectionChangedTo.emit(self.selection())

    def _refresh_states(self) -> None:
        def walk(item: QTreeWidgetItem) -> None:
            kind = item.data(0, KindRole)
            if kind in {k.value for k in EntryKind}:
                key = (EntryKind(kind), item.data(0, IdRole))
                state = self._states.get(key, EntryState.OFF)
                if not self._states and key == (EntryKind.LIBRARY, LibraryView.ALL.value):
                    state = EntryState.INCLUDE
                if key == (EntryKind.SAVED, self._active_saved):
                    state = EntryState.INCLUDE
                item.setData(0, StateRole, state.value)
            for i in range(item.childCount()):
                walk(item.child(i))

        for i in range(self.topLevelItemCount()):
            walk(self.topLevelItem(i))
        self.viewport().update()

    def _find(self, kind: EntryKind, ident: object) -> QTreeWidgetItem | None:
        def walk(item: QTreeWidgetItem) -> QTreeWidgetItem | None:
            if item.data(0, KindRole) == kind.value and item.data(0, IdRole) == ident:
                return item
            for i in range(item.childCount()):
                found = walk(item.child(i))
                if found is not None:
                    return found
            return None

        for i in range(self.topLevelItemCount()):
            found = walk(self.topLevelItem(i))
            if found is not None:
                return found
        return None

    def find_entry(self, kind: EntryKind, ident: object) -> QTreeWidgetItem | None:
        return self._find(kind, ident)

    def entry_count(self, kind: EntryKind, ident: object) -> int | None:
        item = self._find(kind, ident)
        return None if item is None else int(item.data(0, CountRole))

    @Slot(QTreeWidgetItem, int)
    def _on_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        kind = item.data(0, KindRole)
        if kind == EntryKind.SAVED.value:
            self.savedSearchClicked.emit(int(item.data(0, IdRole)))
            return
        if kind not in {k.value for k in EntryKind}:
            return
        combine = bool(QGuiApplication.keyboardModifiers() & Qt.KeyboardModifier.ControlModifier)
        self.activate(EntryKind(kind), item.data(0, IdRole), combine=combine)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem() is not None:
            self._on_clicked(self.currentItem(), 0)
            return
        super().keyPressEvent(event)

    # --- drag and drop articles onto tags ----------------------------------------------------
    def _tag_at(self, pos: QPoint) -> QTreeWidgetItem | None:
        item = self.itemAt(pos)
        if item is not None and item.data(0, KindRole) == EntryKind.TAG.value:
            return item
        return None

    def mimeData(self, items: list[QTreeWidgetItem]) -> QMimeData:
        """Only saved searches are dragged: to reorder them."""
        data = QMimeData()
        saved = [i for i in items if i.data(0, KindRole) == EntryKind.SAVED.value]
        if saved:
            data.setData(SAVED_SEARCH_MIME, str(int(saved[0].data(0, IdRole))).encode())
        return data

    def mimeTypes(self) -> list[str]:
        return [SAVED_SEARCH_MIME, ARTICLE_IDS_MIME]

    def _saved_place_at(self, pos: QPoint) -> int | None:
        """Where a saved search dropped here goes: the place of the saved search under it, or the end."""
        item = self.itemAt(pos)
        if item is None:
            return None
        if item.data(0, KindRole) == EntryKind.SAVED.value:
            ids = [e.id for e in self._saved]
            return ids.index(int(item.data(0, IdRole)))
        if item is self._groups.get("saved"):
            return len(self._saved)
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(SAVED_SEARCH_MIME):
            event.acceptProposedAction()
            return
        if event.mimeData().hasFormat(ARTICLE_IDS_MIME):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if event.mimeData().hasFormat(SAVED_SEARCH_MIME):
            if self._saved_place_at(event.position().toPoint()) is not None:
                event.acceptProposedAction()
            else:
                event.ignore()
            return
        item = self._tag_at(event.position().toPoint())
        if item is not None and event.mimeData().hasFormat(ARTICLE_IDS_MIME):
            self.setCurrentItem(item)
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        if event.mimeData().hasFormat(SAVED_SEARCH_MIME):
            place = self._saved_place_at(event.position().toPoint())
            if place is None:
                event.ignore()
                return
            event.setDropAction(Qt.DropAction.CopyAction)  # nothing for Qt to move: the controller reorders
            event.accept()
            self.savedSearchMoved.emit(int(bytes(event.mimeData().data(SAVED_SEARCH_MIME)).decode()), place)
            return
        item = self._tag_at(event.position().toPoint())
        if item is None or not event.mimeData().hasFormat(ARTICLE_IDS_MIME):
            event.ignore()
            return
        ids = [ArticleId(int(i)) for i in json.loads(bytes(event.mimeData().data(ARTICLE_IDS_MIME)).decode())]
        event.acceptProposedAction()
        self.articlesDroppedOnTag.emit(int(item.data(0, IdRole)), ids)

    # --- tag menu ----------------------------------------------------------------------------
    @Slot(QPoint)
    def _context_menu(self, pos: QPoint) -> None:
        item = self.itemAt(pos)
        if item is not None and (item.data(0, KindRole) == EntryKind.SAVED.value or item is self._groups.get("saved")):
            saved = int(item.data(0, IdRole)) if item.data(0, KindRole) == EntryKind.SAVED.value else 0
            self.savedSearchMenuRequested.emit(saved, self.viewport().mapToGlobal(pos))
            return
        menu = QMenu(self)
        if item is not None and item.data(0, KindRole) == EntryKind.TAG.value:
            tag = int(item.data(0, IdRole))
            menu.addAction(self.tr("Rename…"), lambda: self.renameTagRequested.emit(tag))
            colours = menu.addMenu(self.tr("Colour"))
            for name, color in TAG_COLORS:
                colours.addAction(swatch(color), QCoreApplication.translate("TagColors", name), lambda c=color: self.recolorTagRequested.emit(tag, c))
            colours.addSeparator()
            colours.addAction(self.tr("No Colour"), lambda: self.recolorTagRequested.emit(tag, ""))
            menu.addAction(self.tr("Merge Into…"), lambda: self.mergeTagRequested.emit(tag))
            menu.addSeparator()
            menu.addAction(self.tr("Delete Tag"), lambda: self.deleteTagRequested.emit(tag))
        elif item is not None and item.data(0, KindRole) == EntryKind.DUMP.value:
            dump = int(item.data(0, IdRole))
            menu.addAction(self.tr("Show in Import Log"), lambda: self.showDumpLogRequested.emit(dump))
        else:
            menu.addAction(self.tr("New Tag…"), self.newTagRequested.emit)
        if self._states:
            menu.addSeparator()
            menu.addAction(self.tr("Clear Filters"), self.clear_filters)
        menu.exec(self.viewport().mapToGlobal(pos))


class _EntryDelegate(QStyledItemDelegate):
    """Paints an entry's state (included, excluded), tag colour dot, and right-aligned count."""

    def __init__(self, parent) -> None:
        super().__init__(parent)
        self.palette: Palette = LIGHT

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width() + 40, max(size.height(), option.fontMetrics.height() + 10))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        kind = index.data(KindRole)
        state = EntryState(index.data(StateRole) or 0)
        count = index.data(CountRole)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.state &= ~QStyle.StateFlag.State_HasFocus
        painter.save()
        rect = QRect(opt.rect)
        if state is not EntryState.OFF:
            color = QColor(self.palette.accent if state is EntryState.INCLUDE else "#d1242f")
            color.setAlpha(48 if self.palette.dark else 36)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawRoundedRect(rect.adjusted(0, 1, -4, -1), 5, 5)
        count_text = ""
        if kind in {k.value for k in EntryKind} and count is not None:
            count_text = QLocale().toString(int(count))
        count_width = opt.fontMetrics.horizontalAdvance(count_text) + 12 if count_text else 0
        if state is EntryState.EXCLUDE:
            opt.font.setStrikeOut(True)
        if state is EntryState.INCLUDE:
            opt.font.setBold(True)
        text_rect = QRect(rect)
        text_rect.setRight(rect.right() - count_width)
        opt.rect = text_rect
        if kind == "group":
            opt.palette.setColor(opt.palette.ColorRole.Text, QColor(self.palette.muted))
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if count_text:
            painter.setPen(QColor(self.palette.muted))
            painter.drawText(
                rect.adjusted(0, 0, -8, 0), int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), count_text
            )
        painter.restore()
