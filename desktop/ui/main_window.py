"""The main window: sidebar | article list | reader, a search box, and background imports.

The window is the one place that knows about every pane. Panes never talk to each other
or to the library directly: they emit what the user asked for, the window carries it out
through core (reads on its own read-only connection, writes on the writer thread), and then
tells the views that care exactly what changed.
"""

from __future__ import annotations

import html
import sqlite3
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QItemSelection, QModelIndex, QPoint, Qt, QTimer, Slot, qVersion
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from desktop import __version__
from desktop.core import articles as article_ops
from desktop.core import tags as tag_ops
from desktop.core.article_query import ArticleFilter
from desktop.core.articles import get_article
from desktop.core.export import ANNOTATION_EXPORTERS, EXPORTERS
from desktop.core.ids import ArticleId, TagId
from desktop.core.import_log import known_files, recent_entries
from desktop.core.importer import FileReport, FileStatus, ImportReport
from desktop.core.search_query import SearchQuery
from desktop.core.sidebar_data import load_sidebar
from desktop.core.store import open_library
from desktop.core.tags import TagChange, TagError, list_tags
from desktop.ui.annotation_controller import AnnotationController
from desktop.ui.article_table import SORTABLE, ArticleList, ArticleTableModel
from desktop.ui.compare_controller import CompareController
from desktop.ui.dialogs import ask_item, confirm, inform
from desktop.ui.import_log import ImportLogDialog
from desktop.ui.import_status import ImportStatus
from desktop.ui.inbox import InboxWatcher
from desktop.ui.library_writer import LibraryWriter
from desktop.ui.reader import ReaderPane
from desktop.ui.resources import app_icon, sample_dumps, themed_icon
from desktop.ui.search_box import SearchBox
from desktop.ui.settings import Settings
from desktop.ui.sidebar import Sidebar, SidebarSelection
from desktop.ui.tag_dialogs import TagNameDialog
from desktop.ui.theme import Palette, ThemeManager

EXPORT_CHOICES = (
    ("JSON…", "json", False),
    ("Markdown (with highlights and notes)…", "markdown", False),
    ("CSV, One Row per Article…", "csv", False),
    ("-", "", False),
    ("Annotations as W3C Web Annotation JSON-LD…", "w3c", True),
    ("Annotations as CSV…", "csv", True),
)
REFRESH_MS = 250  # coalesce list and sidebar refreshes while an import commits dump after dump
# While an import commits dump after dump, re-place the list at most this often: each time costs the GUI
# thread a relayout and a repaint, and the window must stay smooth meanwhile (tests/benchmarks/).
GROWTH_REFRESH_MS = 2000


class MainWindow(QMainWindow):
    def __init__(self, db_path: Path, settings: Settings, theme: ThemeManager, *, inbox: Path | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.settings = settings
        self.theme = theme
        self.db: Database = open_library(db_path)
        # The GUI reads; every write goes through the writer thread (see library_writer.py).
        self.db.execute("PRAGMA query_only = ON")
        self.writer = LibraryWriter(db_path, self)
        self._closing = False
        self.remember_library = True  # False for throwaway libraries (--demo, the self-test)
        self._sidebar_selection = SidebarSelection()
        self._log_dialog: ImportLogDialog | None = None

        self.setWindowTitle(f"Qalam — {db_path.name}")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)
        self.setObjectName("mainWindow")

        self.model = ArticleTableModel(self.db, self)
        self.article_list = ArticleList(self.model, self)
        self.sidebar = Sidebar(self)
        self.reader = ReaderPane(self)
        self.search_box = SearchBox(self)
        self.import_status = ImportStatus(self)
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        self.count_label.setTextFormat(Qt.TextFormat.PlainText)  # it shows section, tag and file names from dumps
        self.inbox = InboxWatcher(self)

        self._build_central()
        self._build_toolbar()
        self._build_menus()
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.import_status)
        self.statusBar().setSizeGripEnabled(True)

        self._sidebar_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._sidebar_timer.timeout.connect(self.refresh_sidebar)
        self._grow_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._grow_timer.timeout.connect(self._apply_growth)
        self._pending_changed: set[ArticleId] = set()

        self.annotations = AnnotationController(self)
        self._build_annotation_menus()
        self.compare = CompareController(self)  # versions panel, compare view, translation links
        self.compare.install_menus()
        self._connect()
        self._restore_settings()
        self.refresh_sidebar()
        self._update_count(self.model.rowCount())
        self._update_empty_state()
        self.on_theme_changed(theme.palette)
        inbox_folder = inbox or settings.inbox
        if inbox is not None:
            settings.inbox = inbox
        if inbox_folder is not None:
            self.watch_inbox(inbox_folder)
        if self.model.rowCount():
            self.article_list.select_row(0)

    # --- layout ----------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.empty_state = QWidget(self)
        self.empty_state.setObjectName("emptyState")
        title = QLabel("Your library is empty", self.empty_state)
        title.setObjectName("emptyTitle")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text = QLabel(
            "Import dump files from a news site to start reading, tagging and comparing.\n"
            "You can also drop files or folders anywhere on this window.",
            self.empty_state,
        )
        text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        text.setWordWrap(True)
        self.samples_button = QPushButton("Import the sample dumps", self.empty_state)
        self.samples_button.setObjectName("importSamplesButton")
        self.samples_button.setDefault(True)
        self.samples_button.clicked.connect(self.import_samples)
        files_button = QPushButton("Import files…", self.empty_state)
        files_button.clicked.connect(self.import_files)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.samples_button)
        buttons.addWidget(files_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self.empty_state)
        layout.addStretch(2)
        layout.addWidget(title)
        layout.addWidget(text)
        layout.addSpacing(12)
        layout.addLayout(buttons)
        layout.addStretch(3)

        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.article_list)
        self.list_stack.addWidget(self.empty_state)

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.sidebar)
        self.splitter.addWidget(self.list_stack)
        self.splitter.addWidget(self.reader)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 3)
        self.splitter.setStretchFactor(2, 4)
        self.splitter.setSizes([220, 600, 580])
        self.setCentralWidget(self.splitter)

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main", self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toolbar = bar
        self.addToolBar(bar)

    def _action(self, text: str, slot, shortcut=None, icon: str | None = None, tip: str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                action.setShortcut(QKeySequence(shortcut))
        if icon:
            action.setData(icon)
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)  # shortcuts work even with the menu bar hidden
        return action

    def _build_menus(self) -> None:
        a = self._action
        self.act_import_files = a("&Import Files…", self.import_files, QKeySequence.StandardKey.Open, "import-file", "Import dump files")
        self.act_import_folder = a("Import &Folder…", self.import_folder, "Ctrl+Shift+O", "import-folder", "Import every dump in a folder")
        self.act_inbox = a("Set &Inbox Folder…", self.choose_inbox, None, "inbox", "Watch a folder and import dumps that appear in it")
        self.act_log = a("Import &Log", self.show_import_log, "Ctrl+L", "log")
        self.act_quit = a("&Quit", self.close, QKeySequence.StandardKey.Quit)
        self.act_quit.setMenuRole(QAction.MenuRole.QuitRole)
        self.act_find = a("&Find", self.focus_search, [QKeySequence(QKeySequence.StandardKey.Find).toString(), "/"], "search")
        self.act_clear_search = a("Clear Search", self.search_box.clear_search, None)
        self.act_next = a("&Next Article", lambda: self.move_current(1), "J")
        self.act_prev = a("&Previous Article", lambda: self.move_current(-1), "K")
        self.act_page = a("Page Down in Reader", self.reader.page_down, "Space")
        self.act_read = a("Toggle &Read", self.toggle_read, "M", "read")
        self.act_star = a("Toggle &Star", self.toggle_star, "S", "star")
        self.act_tag = a("Add &Tag…", self.add_tag_to_selection, "T", "tag")
        self.act_open_source = a("Open &Source in Browser", self.open_source, "Ctrl+Shift+B", "external")
        self.act_zoom_in = a("Zoom &In", lambda: self.reader.zoom(1), None, "zoom-in")
        self.act_zoom_out = a("Zoom &Out", lambda: self.reader.zoom(-1), None, "zoom-out")
        self.act_zoom_reset = a("&Actual Size", self.reader.reset_zoom, None)
        self.act_about = a("&About Qalam", self.show_about, None)
        self.act_about.setMenuRole(QAction.MenuRole.AboutRole)
        self.act_keys = a("&Keyboard Shortcuts", self.show_shortcuts, "F1")
        self._icon_actions = [
            self.act_import_files, self.act_import_folder, self.act_inbox, self.act_log, self.act_find,
            self.act_read, self.act_star, self.act_tag, self.act_open_source, self.act_zoom_in, self.act_zoom_out,
        ]  # fmt: skip
        self.act_zoom_in.setShortcutVisibleInContextMenu(True)
        self.act_zoom_in.setText("Zoom &In\tCtrl++")
        self.act_zoom_out.setText("Zoom &Out\tCtrl+-")
        self.act_zoom_reset.setText("&Actual Size\tCtrl+0")

        menu = self.menuBar()
        file_menu = menu.addMenu("&File")
        file_menu.addActions([self.act_import_files, self.act_import_folder, self.act_inbox])
        file_menu.addSeparator()
        self.export_menu = file_menu.addMenu("&Export")
        self.export_menu.setIcon(themed_icon("export", self.theme.palette.icon))
        for scope, title in (("library", "Whole &Library"), ("selection", "&Selected Articles"), ("article", "This &Article")):
            sub = self.export_menu.addMenu(title)
            for label, fmt, per_annotation in EXPORT_CHOICES:
                if label == "-":
                    sub.addSeparator()
                else:
                    sub.addAction(label, lambda f=fmt, s=scope, a=per_annotation: self.export_library(f, scope=s, annotations=a))
        file_menu.addAction(self.act_log)
        file_menu.addSeparator()
        file_menu.addAction(self.act_quit)

        edit_menu = menu.addMenu("&Edit")
        edit_menu.addAction(self.act_find)
        edit_menu.addAction(self.act_clear_search)
        edit_menu.addAction("Select &All Articles", self.article_list.selectAll, QKeySequence.StandardKey.SelectAll)

        article_menu = menu.addMenu("&Article")
        article_menu.addActions([self.act_next, self.act_prev, self.act_page])
        article_menu.addSeparator()
        article_menu.addActions([self.act_read, self.act_star, self.act_tag])
        article_menu.addSeparator()
        article_menu.addAction(self.act_open_source)

        view_menu = menu.addMenu("&View")
        theme_menu = view_menu.addMenu("&Theme")
        self.theme_group = QActionGroup(self)
        self.theme_actions: dict[str, QAction] = {}
        for key, label in (("light", "&Light"), ("dark", "&Dark"), ("system", "Follow &System")):
            action = theme_menu.addAction(label, lambda k=key: self.set_theme(k))
            action.setCheckable(True)
            self.theme_group.addAction(action)
            self.theme_actions[key] = action
        view_menu.addSeparator()
        view_menu.addActions([self.act_zoom_in, self.act_zoom_out, self.act_zoom_reset])
        view_menu.addSeparator()
        self.act_show_sidebar = view_menu.addAction("Show &Sidebar")
        self.act_show_sidebar.setCheckable(True)
        self.act_show_sidebar.setChecked(True)
        self.act_show_sidebar.setShortcut(QKeySequence("Ctrl+Shift+S"))
        self.act_show_sidebar.toggled.connect(self.sidebar.setVisible)

        help_menu = menu.addMenu("&Help")
        help_menu.addAction(self.act_keys)
        help_menu.addAction(self.act_about)

        self.toolbar.addAction(self.act_import_files)
        self.toolbar.addAction(self.act_import_folder)
        spacer = QWidget(self)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy().Preferred)
        self.toolbar.addWidget(spacer)
        self.toolbar.addWidget(self.search_box)

    def _build_annotation_menus(self) -> None:
        ann = self.annotations
        menus = {m.title().replace("&", ""): m for m in (a.menu() for a in self.menuBar().actions()) if m is not None}
        edit, article, view = menus["Edit"], menus["Article"], menus["View"]
        first = edit.actions()[0] if edit.actions() else None
        edit.insertActions(first, [ann.act_undo, ann.act_redo])
        edit.insertSeparator(first)
        edit.addSeparator()
        edit.addAction(ann.act_colors)
        article.addSeparator()
        highlight = article.addMenu("&Highlight Selection")
        highlight.addActions(ann.highlight_actions)
        article.addAction(ann.act_note)
        article.addAction(ann.act_browse)
        view.addAction(ann.act_toggle_dock)

    def _connect(self) -> None:
        self.article_list.selectionModel().currentRowChanged.connect(self._on_current_changed)
        self.article_list.selectionModel().selectionChanged.connect(self._on_selection_changed)
        self.article_list.customContextMenuRequested.connect(self._list_menu)
        self.article_list.doubleClicked.connect(lambda _ix: self.open_source())
        self.model.countChanged.connect(self._update_count)
        self.model.modelReset.connect(self._after_reset)
        self.sidebar.selectionChangedTo.connect(self._on_sidebar_selection)
        self.sidebar.articlesDroppedOnTag.connect(self.tag_articles_by_id)
        self.sidebar.renameTagRequested.connect(self.rename_tag)
        self.sidebar.recolorTagRequested.connect(self.recolor_tag)
        self.sidebar.mergeTagRequested.connect(self.merge_tag)
        self.sidebar.deleteTagRequested.connect(self.delete_tag)
        self.sidebar.newTagRequested.connect(self.add_tag_to_selection)
        self.sidebar.showDumpLogRequested.connect(self.show_import_log)
        self.search_box.queryChanged.connect(self._on_query)
        self.reader.dwelled.connect(self._on_dwelled)
        self.reader.starToggled.connect(lambda article, on: self._set_flag("star", [ArticleId(article)], on))
        self.reader.tagRemoveRequested.connect(lambda article, tag: self.remove_tag([ArticleId(article)], TagId(tag)))
        self.reader.addTagRequested.connect(self.add_tag_to_selection)
        self.writer.busyChanged.connect(self.import_status.set_busy)
        self.writer.progressChanged.connect(self.import_status.show_progress)
        self.writer.fileImported.connect(self._on_file_imported)
        self.writer.importFinished.connect(self._on_import_finished)
        self.writer.failed.connect(self._on_writer_failed)
        self.import_status.cancelRequested.connect(self.writer.cancel_import)
        self.import_status.logRequested.connect(self.show_import_log)
        self.inbox.filesReady.connect(self.writer.import_paths)
        self.theme.changed.connect(self.on_theme_changed)

    # --- settings ------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.settings
        geometry = s.get("window/geometry")
        if geometry.isEmpty():
            self.resize(1320, 820)
        else:
            self.restoreGeometry(geometry)
        state = s.get("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        splitter = s.get("window/splitter")
        if not splitter.isEmpty():
            self.splitter.restoreState(splitter)
        header = s.get("list/header")
        if not header.isEmpty():
            self.article_list.horizontalHeader().restoreState(header)
        column = s.get("list/sort_column")
        column = column if column in SORTABLE else 1
        order = Qt.SortOrder.DescendingOrder if s.get("list/sort_descending") else Qt.SortOrder.AscendingOrder
        self.article_list.sortByColumn(column, order)
        self.reader.set_zoom(s.get("reader/zoom"))
        self.sidebar.set_collapsed_groups(s.get("sidebar/collapsed"))
        self.theme_actions[self.theme.choice].setChecked(True)

    def save_settings(self) -> None:
        s = self.settings
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        s.set("window/splitter", self.splitter.saveState())
        header = self.article_list.horizontalHeader()
        s.set("list/header", header.saveState())
        s.set("list/sort_column", header.sortIndicatorSection())
        s.set("list/sort_descending", header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        s.set("reader/zoom", self.reader.zoom_level)
        s.set("sidebar/collapsed", self.sidebar.collapsed_groups())
        if self.remember_library:
            s.last_library = self.db_path
        s.sync()

    # --- theme ----------------------------------------------------------------------------------
    def set_theme(self, choice: str) -> None:
        self.settings.theme = choice
        self.theme.apply(choice)
        self.theme_actions[self.theme.choice].setChecked(True)

    @Slot(object)
    def on_theme_changed(self, palette: Palette) -> None:
        for action in self._icon_actions:
            if action.data():
                action.setIcon(themed_icon(action.data(), palette.icon))
        self.model.set_palette(palette)
        self.sidebar.set_palette(palette)
        self.annotations.set_palette(palette)
        self.compare.set_palette(palette)
        self.reader.set_palette(palette)
        self.empty_state.setStyleSheet(
            f"QLabel#emptyTitle {{ font-size: 18px; font-weight: 600; color: {palette.text}; }}"
            f" QLabel {{ color: {palette.muted}; }}"
        )

    # --- list, filters, reader ------------------------------------------------------------------
    def current_filter(self) -> ArticleFilter:
        return replace(self._sidebar_selection.entries, query=self.search_box.query, prefix_search=True)

    def _apply_filter(self) -> None:
        current = self.article_list.current_article()
        self.model.set_filter(self.current_filter())
        if current is not None and self.article_list.select_article(current):
            return
        if self.model.rowCount():
            self.article_list.select_row(0)
        else:
            self.reader.show_article(None)

    def clear_filters(self) -> None:
        self.search_box.clear_search()
        self.sidebar.clear_filters()

    @Slot(object)
    def _on_sidebar_selection(self, selection: SidebarSelection) -> None:
        self._sidebar_selection = selection
        self._apply_filter()

    @Slot(object)
    def _on_query(self, query: SearchQuery) -> None:
        self.reader.set_search_words(query.words())
        self._apply_filter()

    @Slot()
    def _after_reset(self) -> None:
        self._update_empty_state()

    @Slot(int)
    def _update_count(self, count: int) -> None:
        total = replace(self.model.filter, prefix_search=False) == ArticleFilter()
        noun = "article" if count == 1 else "articles"
        # Until a background count arrives (a common word in a large library), the rows found so far.
        shown = f"{count:,}" if self.model.count_is_exact else f"{count:,}+"
        if total:
            self.count_label.setText(f"{shown} {noun}")
        else:
            labels = list(self._sidebar_selection.labels)
            if not self.search_box.query.is_empty:
                labels.append(f"“{self.search_box.text().strip()}”")
            self.count_label.setText(f"{shown} {noun} · {' + '.join(labels)}")
        self._update_empty_state()

    def _update_empty_state(self) -> None:
        empty_library = replace(self.model.filter, prefix_search=False) == ArticleFilter() and self.model.rowCount() == 0 and not self.writer.busy
        self.list_stack.setCurrentWidget(self.empty_state if empty_library else self.article_list)

    @Slot(QModelIndex, QModelIndex)
    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        article = self.model.article_at(current.row()) if current.isValid() else None
        self.show_article(article)

    @Slot(QItemSelection, QItemSelection)
    def _on_selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        has = bool(self.article_list.selectionModel().hasSelection())
        for action in (self.act_read, self.act_star, self.act_tag):
            action.setEnabled(has or self.reader.article is not None)

    def show_article(self, article: ArticleId | None, *, keep_version: bool = False) -> None:
        detail = get_article(self.db, article) if article is not None else None
        self.reader.show_article(detail, keep_version=keep_version)

    def move_current(self, step: int) -> None:
        count = self.model.rowCount()
        if not count:
            return
        current = self.article_list.currentIndex()
        row = current.row() + step if current.isValid() else 0
        if row >= count and self.model.canFetchMore(QModelIndex()):
            self.model.fetchMore(QModelIndex())  # the rows after these, while the list's count is still coming
            count = self.model.rowCount()
        self.article_list.select_row(max(0, min(count - 1, row)))

    def targets(self) -> list[ArticleId]:
        """The articles an action applies to: the selection, or the one being read."""
        selected = self.article_list.selected_articles()
        if selected:
            return selected
        current = self.reader.current_article_id()
        return [current] if current is not None else []

    # --- library changes flow back here ----------------------------------------------------------
    def articles_changed(self, ids: frozenset[ArticleId] | set[ArticleId], *, sidebar: bool = True, reader: bool = True) -> None:
        self.model.articles_changed(ids)
        current = self.reader.current_article_id()
        if reader and current is not None and current in ids:
            self.show_article(current, keep_version=True)
        if sidebar:
            self._sidebar_timer.start()

    @Slot()
    def refresh_sidebar(self) -> None:
        self.sidebar.populate(load_sidebar(self.db))

    @Slot(object)
    def _on_file_imported(self, report: FileReport) -> None:
        if report.status is FileStatus.IMPORTED:
            self._pending_changed |= report.changed_articles
            if not self._grow_timer.isActive():
                # The first rows of an empty library show at once; after that, the list keeps up every two seconds.
                self._grow_timer.start(REFRESH_MS if self.model.rowCount() == 0 else GROWTH_REFRESH_MS)

    @Slot()
    def _apply_growth(self) -> None:
        changed, self._pending_changed = self._pending_changed, set()
        was_empty = self.model.rowCount() == 0
        self.model.library_grew()
        current = self.reader.current_article_id()
        if current is not None and current in changed:
            self.show_article(current, keep_version=True)
        # In a later turn of the event loop: the list's relayout and the sidebar's rebuild are two short stalls, not one long.
        self._sidebar_timer.start()
        self._update_empty_state()
        if was_empty and self.model.rowCount() and not self.article_list.currentIndex().isValid():
            self.article_list.select_row(0)

    @Slot(object)
    def _on_import_finished(self, report: ImportReport) -> None:
        self.import_status.show_report(report)
        if self._grow_timer.isActive() or self._pending_changed:
            self._grow_timer.stop()
            self._apply_growth()
        self._update_empty_state()
        if self._log_dialog is not None and self._log_dialog.isVisible():
            self._log_dialog.set_entries(recent_entries(self.db))

    @Slot(str)
    def _on_writer_failed(self, message: str) -> None:
        if not self._closing:
            inform(self, "Qalam", f"The library could not be changed:\n\n{message}", warning=True)

    # --- flags ---------------------------------------------------------------------------------
    @Slot(int)
    def _on_dwelled(self, article: int) -> None:
        self._set_flag("read", [ArticleId(article)], True)

    def toggle_read(self) -> None:
        ids = self.targets()
        if ids:
            rows = self.model_rows(ids)
            self._set_flag("read", ids, not all(r.is_read for r in rows))

    def toggle_star(self) -> None:
        ids = self.targets()
        if ids:
            rows = self.model_rows(ids)
            self._set_flag("star", ids, not all(r.is_starred for r in rows))

    def model_rows(self, ids: list[ArticleId]):
        return [row for a in ids if (row := self.model.row_data(a)) is not None]

    def _set_flag(self, flag: str, ids: list[ArticleId], value: bool) -> None:
        op = article_ops.set_read if flag == "read" else article_ops.set_starred
        self.writer.run(lambda db: op(db, ids, value), on_done=lambda changed: self.articles_changed(changed))

    # --- tags ------------------------------------------------------------------------------------
    def _tag_names(self) -> list[str]:
        return [t.name for t in list_tags(self.db)]

    def add_tag_to_selection(self) -> None:
        ids = self.targets()
        if not ids:
            self.statusBar().showMessage("Select articles to tag first.", 4000)
            return
        noun = "this article" if len(ids) == 1 else f"these {len(ids)} articles"
        dialog = TagNameDialog(self, "Add Tag", f"Tag {noun} with:", self._tag_names())
        if dialog.exec() and dialog.name():
            self.tag_articles(ids, dialog.name())

    def tag_articles(self, ids: list[ArticleId], name: str) -> None:
        try:
            tag_ops.clean_tag_name(name)
        except TagError as exc:
            inform(self, "Add Tag", str(exc))
            return
        self.writer.run(lambda db: tag_ops.add_tag(db, ids, name), on_done=self._on_tag_change, on_error=self._tag_error)

    @Slot(int, list)
    def tag_articles_by_id(self, tag: int, ids: list) -> None:
        name = next((t.name for t in list_tags(self.db) if t.id == tag), None)
        if name is not None:
            self.tag_articles([ArticleId(int(i)) for i in ids], name)

    def remove_tag(self, ids: list[ArticleId], tag: TagId) -> None:
        self.writer.run(lambda db: tag_ops.remove_tag(db, ids, tag), on_done=self._on_tag_change, on_error=self._tag_error)

    @Slot(int)
    def rename_tag(self, tag: int) -> None:
        current = next((t.name for t in list_tags(self.db) if t.id == tag), "")
        dialog = TagNameDialog(self, "Rename Tag", f"Rename “{current}” to (an existing name merges the two):", self._tag_names(), current)
        if dialog.exec() and dialog.name() and dialog.name() != current:
            new = dialog.name()
            self.writer.run(lambda db: tag_ops.rename_tag(db, TagId(tag), new), on_done=self._on_tag_change, on_error=self._tag_error)

    @Slot(int, str)
    def recolor_tag(self, tag: int, color: str) -> None:
        self.writer.run(lambda db: tag_ops.set_tag_color(db, TagId(tag), color or None), on_done=self._on_tag_change, on_error=self._tag_error)

    @Slot(int)
    def merge_tag(self, tag: int) -> None:
        tags = list_tags(self.db)
        source = next((t for t in tags if t.id == tag), None)
        others = [t for t in tags if t.id != tag]
        if source is None or not others:
            self.statusBar().showMessage("There is no other tag to merge into.", 4000)
            return
        name = ask_item(self, "Merge Tag", f"Move the {source.article_count} articles tagged “{source.name}” to:", [t.name for t in others])
        if name is not None:
            target = next(t.id for t in others if t.name == name)
            self.writer.run(lambda db: tag_ops.merge_tags(db, [TagId(tag)], target), on_done=self._on_tag_change, on_error=self._tag_error)

    @Slot(int)
    def delete_tag(self, tag: int) -> None:
        info = next((t for t in list_tags(self.db) if t.id == tag), None)
        if info is None:
            return
        text = f"Delete the tag “{info.name}”? It is removed from {info.article_count} articles; the articles stay."
        if confirm(self, "Delete Tag", text, "Delete Tag"):
            self.writer.run(lambda db: tag_ops.delete_tag(db, TagId(tag)), on_done=self._on_tag_change, on_error=self._tag_error)

    def _on_tag_change(self, change: TagChange) -> None:
        self.articles_changed(change.articles)
        self.refresh_sidebar()

    def _tag_error(self, message: str) -> None:
        inform(self, "Tags", message)

    # --- context menu ------------------------------------------------------------------------------
    @Slot(QPoint)
    def _list_menu(self, pos: QPoint) -> None:
        ids = self.targets()
        if not ids:
            return
        menu = QMenu(self)
        menu.addAction(self.act_read)
        menu.addAction(self.act_star)
        menu.addSeparator()
        menu.addAction(self.act_tag)
        tags: dict[int, str] = {}
        for row in self.model_rows(ids):
            detail_tags = row.tags
            for name in detail_tags:
                tags.setdefault(len(tags), name)
        if tags:
            remove = menu.addMenu("Remove Tag")
            known = {t.name: t.id for t in list_tags(self.db)}
            for name in sorted(set(tags.values()), key=str.casefold):
                if name in known:
                    remove.addAction(name, lambda t=known[name]: self.remove_tag(ids, TagId(t)))
        menu.addSeparator()
        self.compare.add_list_actions(menu, ids)
        menu.addSeparator()
        menu.addAction(self.act_open_source)
        menu.exec(self.article_list.viewport().mapToGlobal(pos))

    # --- importing -----------------------------------------------------------------------------------
    def import_files(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, "Import Dump Files", "", "Dump files (*.txt *.txt.gz *.gz);;All files (*)")
        if files:
            self.writer.import_paths(files)

    def import_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Import Every Dump in a Folder")
        if folder:
            self.writer.import_paths([folder])

    def import_samples(self) -> None:
        self.writer.import_paths(sample_dumps())

    def choose_inbox(self) -> None:
        start = str(self.inbox.folder or Path.home())
        folder = QFileDialog.getExistingDirectory(self, "Inbox Folder: Dumps Saved Here Are Imported Automatically", start)
        if folder:
            self.settings.inbox = Path(folder)
            self.watch_inbox(Path(folder))
            self.statusBar().showMessage(f"Watching {folder} for new dumps.", 6000)

    def watch_inbox(self, folder: Path) -> None:
        self.inbox.set_folder(folder, known_files(self.db, folder))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.writer.import_paths(paths)

    def show_import_log(self, dump: int | None = None) -> None:
        if self._log_dialog is None:
            self._log_dialog = ImportLogDialog(self, self.theme.palette.icon)
        self._log_dialog.set_entries(recent_entries(self.db))
        if isinstance(dump, int) and dump:
            self._log_dialog.select_dump(dump)
        self._log_dialog.show()
        self._log_dialog.raise_()
        self._log_dialog.activateWindow()

    # --- export ----------------------------------------------------------------------------------
    def export_library(self, fmt: str, *, scope: str = "library", annotations: bool = False, target: Path | None = None) -> None:
        """Export on the writer thread, so a large library never freezes the window."""
        ids: list[ArticleId] | None = None
        if scope == "selection":
            ids = self.article_list.selected_articles()
        elif scope == "article":
            ids = [self.reader.article.id] if self.reader.article is not None else []
        if ids is not None and not ids:
            self.statusBar().showMessage("Choose the articles to export first.", 4000)
            return
        suffix = {"json": "json", "markdown": "md", "csv": "csv", "w3c": "jsonld"}[fmt]
        if target is None:
            stem = "qalam-annotations" if annotations or fmt == "w3c" else "qalam-export"
            path, _ = QFileDialog.getSaveFileName(self, "Export", str(Path.home() / f"{stem}.{suffix}"), f"*.{suffix}")
            if not path:
                return
            target = Path(path)
        exporter = ANNOTATION_EXPORTERS[fmt] if annotations else EXPORTERS[fmt]
        noun = "annotations" if annotations or fmt == "w3c" else "articles"
        destination = target

        def run(db: Database) -> int:
            partial = destination.with_name(destination.name + ".partial")
            with partial.open("w", encoding="utf-8", newline="") as out:
                result = exporter(db, out, ids)
            partial.replace(destination)
            return result.articles

        self.statusBar().showMessage("Exporting…")
        self.writer.run(run, on_done=lambda n: self.statusBar().showMessage(f"Exported {n} {noun} to {destination}", 8000))

    # --- misc --------------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    def open_source(self) -> None:
        if not self.reader.open_source():
            self.statusBar().showMessage("This article has no web source to open.", 4000)

    def show_about(self) -> None:
        import PySide6

        QMessageBox.about(
            self,
            "About Qalam",
            f"<h3>Qalam {__version__}</h3><p>Read, annotate and compare news articles offline.</p>"
            f"<p>Qt {qVersion()} · PySide6 {PySide6.__version__} · SQLite {sqlite3.sqlite_version}</p>"
            f"<p>Library: {html.escape(str(self.db_path))}</p>",
        )

    def show_shortcuts(self) -> None:
        rows = [
            ("J / K", "next / previous article"),
            ("Space", "page down in the reader"),
            ("M", "toggle read"),
            ("S", "toggle star"),
            ("T", "add a tag"),
            ("/ or Ctrl+F", "search"),
            ("Esc", "clear the search"),
            ("Ctrl+= / Ctrl+- / Ctrl+0", "zoom the reader"),
            ("Ctrl+O / Ctrl+Shift+O", "import files / a folder"),
            ("Ctrl+L", "import log"),
            ("Ctrl-click", "combine sidebar filters"),
            ("Ctrl+D", "compare versions, or read translations in parallel"),
            ("F7 / Shift+F7", "next / previous change in the compare view"),
            ("Ctrl+Shift+V", "versions panel"),
        ]
        table = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
        QMessageBox.information(self, "Keyboard Shortcuts", f"<table>{table}</table>")

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closing = True
        self.annotations.flush_edits()  # a note typed a moment ago is queued before the writer stops
        self.save_settings()
        self.inbox.set_folder(None)
        self._grow_timer.stop()
        self._sidebar_timer.stop()
        self.writer.shutdown()  # cancel at a dump boundary, write queued edits, close, quit(), wait()
        self.model.shutdown()  # and any count running in the background
        # Import results the worker sent before it stopped are still queued: nothing may act on them now.
        self.writer.blockSignals(True)
        self.reader.stop_timers()
        self.db.close()
        event.accept()
        app = QApplication.instance()
        if app is not None:
            app.setProperty("qalam_closed_cleanly", True)
