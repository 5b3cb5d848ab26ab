"""The main window: sidebar | article list | reader, the docks, menus and toolbar — layout and wiring only.

Everything the window shows is owned by a pane or a controller that receives the library
session (session.py). The window creates them, places them, builds the menus from the action
registry by id, and connects the few signals that pass between them. It keeps no library
state of its own and never reads or writes the library.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Slot
from PySide6.QtGui import QActionGroup, QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QMenu,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.core.ids import ArticleId
from desktop.core.search_query import SearchQuery, with_date_filter
from desktop.ui.annotations.controller import AnnotationController
from desktop.ui.article_list.controller import ListController
from desktop.ui.coding.controller import CodingController
from desktop.ui.compare.controller import CompareController
from desktop.ui.corpus.controller import CorpusController
from desktop.ui.empty_state import EmptyState
from desktop.ui.exports.controller import ExportsController
from desktop.ui.help_dialogs import show_about, show_shortcuts
from desktop.ui.imports.controller import ImportsController
from desktop.ui.language.controller import LanguageController
from desktop.ui.library_opening import report_failure
from desktop.ui.menus import ACTIONS, MENUS, REDO, SEARCH, TOOLBAR, UNDO, VIEW
from desktop.ui.reader.pane import ReaderPane
from desktop.ui.resources import app_icon
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.saved_searches.controller import SavedSearchesController
from desktop.ui.search.options import SearchOptions
from desktop.ui.search.search_box import SearchBox
from desktop.ui.session import LibrarySession
from desktop.ui.settings import Settings
from desktop.ui.sidebar.sidebar import Sidebar
from desktop.ui.sync.controller import SyncController
from desktop.ui.tags.controller import TagsController
from desktop.ui.theme import Palette, ThemeManager
from desktop.ui.translations.controller import TranslationsController
from desktop.ui.window_geometry import fit_to_screen

DEFAULT_SIZE = (1320, 820)
DEFAULT_SPLIT = (220, 600, 580)


class MainWindow(RetranslatingWidget, QMainWindow):
    def __init__(self, db_path: Path, settings: Settings, theme: ThemeManager, *, inbox: Path | None = None) -> None:
        super().__init__()
        self.db_path = db_path
        self.remember_library = True  # False for throwaway libraries (--demo, the self-test)
        self.setObjectName("mainWindow")
        self.setWindowIcon(app_icon())
        self.setAcceptDrops(True)

        session = self.session = LibrarySession(db_path, settings, theme, self)
        self.reader = ReaderPane(session, self)
        self.sidebar = Sidebar(session, self)
        self.search_box = SearchBox(self)
        self.list = ListController(session, self)
        self.tags = TagsController(session, self)
        self.imports = ImportsController(session, self)
        self.exports = ExportsController(session, self)
        self.annotations = AnnotationController(session, self.reader, self)
        self.compare = CompareController(session, self.reader, self)
        self.translations = TranslationsController(session, self.reader, self)
        self.coding = CodingController(session, self.reader, self.annotations, self)
        self.corpus = CorpusController(session, self)
        self.saved_searches = SavedSearchesController(
            session, self.sidebar, lambda: (self.search_box.text(), self.sidebar.selection().entries), self
        )
        self.sync = SyncController(session, self)
        self.language = LanguageController(session, self)
        self.search_options = SearchOptions(session, self.search_box, self)
        self._title_note = QT_TRANSLATE_NOOP("MainWindow", "%1 (read-only)") if session.read_only else "%1"
        # Short names for what tests and the self-test look at.
        self.model, self.article_list, self.count_label = self.list.model, self.list.view, self.list.count_label

        self._register_actions()
        self._build_central()
        self._build_menus()
        self._build_toolbar()
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.coding.dock)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.annotations.dock)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.compare.dock)
        # The bottom panels share one place, as tabs: open together they ask for the widest one's width, not the sum.
        self.tabifyDockWidget(self.compare.dock, self.coding.analysis_dock)
        self.tabifyDockWidget(self.compare.dock, self.corpus.dock)
        self.statusBar().addWidget(self.count_label, 1)
        self.statusBar().addPermanentWidget(self.imports.status)
        self.statusBar().setSizeGripEnabled(True)
        self._wire()
        self._restore_settings()
        self._update_empty_state()
        self._apply_palette(theme.palette)
        folder = inbox or settings.inbox
        if inbox is not None:
            settings.inbox = inbox
        if folder is not None:
            self.imports.watch_inbox(folder)
        self.retranslate()
        if self.model.rowCount():
            self.list.select_row(0)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr(self._title_note).replace("%1", self.db_path.name))  # Qt adds the application's name
        self.toolbar.setWindowTitle(self.tr("Main"))
        self.theme_menu.setTitle(self.tr("&Theme"))

    def set_title_note(self, note: str) -> None:
        """A note in place of the library's name in the title ("Demo library…"), as an English source text."""
        self._title_note = note
        self.retranslate()

    # --- the services the panes share ---------------------------------------------------------------
    @property
    def db(self):
        return self.session.db

    @property
    def writer(self):
        return self.session.writer

    @property
    def settings(self) -> Settings:
        return self.session.settings

    @property
    def theme(self) -> ThemeManager:
        return self.session.theme

    # --- actions and menus -------------------------------------------------------------------------------
    def _register_actions(self) -> None:
        actions = self.session.actions
        slots = {
            "app.quit": self.close,
            "app.about": lambda: show_about(self, self.db_path),
            "app.shortcuts": lambda: show_shortcuts(self.session.actions, self),
            "edit.find": self.focus_search,
            "edit.clear_search": self.search_box.clear_search,
            "view.sidebar": None,
            "view.reset_layout": self.reset_layout,
            "view.theme.light": lambda: self.set_theme("light"),
            "view.theme.dark": lambda: self.set_theme("dark"),
            "view.theme.system": lambda: self.set_theme("system"),
        }
        for spec in ACTIONS:
            actions.add(spec, slots[spec.id])
        actions.adopt(UNDO, self.session.undo_stack.createUndoAction(self, self.tr("&Undo")))
        actions.adopt(REDO, self.session.undo_stack.createRedoAction(self, self.tr("&Redo")))
        for spec in (UNDO, REDO):
            self.addAction(actions.action(spec.id))
        sidebar_toggle = actions.action("view.sidebar")
        sidebar_toggle.setChecked(True)
        sidebar_toggle.toggled.connect(self.sidebar.setVisible)
        self.theme_menu = QMenu(self)
        group = QActionGroup(self)
        for key in ("light", "dark", "system"):
            action = actions.action(f"view.theme.{key}")
            group.addAction(action)
            self.theme_menu.addAction(action)
        actions.add_menu("view.theme", self.theme_menu)
        actions.add_gesture(QT_TRANSLATE_NOOP("Actions", "Esc"), QT_TRANSLATE_NOOP("Actions", "clear the search"), SEARCH)
        actions.add_gesture(
            QT_TRANSLATE_NOOP("Actions", "Ctrl+click"), QT_TRANSLATE_NOOP("Actions", "combine sidebar filters (AND)"), VIEW
        )
        actions.add_gesture(QT_TRANSLATE_NOOP("Actions", "Double-click"), QT_TRANSLATE_NOOP("Actions", "open the article's web page"), VIEW)

    def _build_menus(self) -> None:
        self.menus = self.session.actions.build_menu_bar(self.menuBar(), MENUS)

    def _build_toolbar(self) -> None:
        bar = QToolBar(self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.session.actions.fill(bar, TOOLBAR)
        spacer = QWidget(self)
        spacer.setSizePolicy(spacer.sizePolicy().horizontalPolicy().Expanding, spacer.sizePolicy().verticalPolicy().Preferred)
        bar.addWidget(spacer)
        bar.addWidget(self.search_box)
        self.toolbar = bar
        self.addToolBar(bar)

    # --- layout ---------------------------------------------------------------------------------------------
    def _build_central(self) -> None:
        self.empty_state = EmptyState(self)
        self.samples_button = self.empty_state.samples_button
        self.empty_state.samples_button.clicked.connect(self.imports.import_samples)
        self.empty_state.files_button.clicked.connect(self.imports.import_files)

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
        self.splitter.setSizes(list(DEFAULT_SPLIT))
        self.setCentralWidget(self.splitter)

    def _wire(self) -> None:
        session = self.session
        self.list.articleChanged.connect(self._show_article)
        self.list.emptinessChanged.connect(self._update_empty_state)
        self.list.view.doubleClicked.connect(lambda _index: self.reader.open_source())
        self.sidebar.selectionChangedTo.connect(self.list.set_sidebar_selection)
        self.search_box.queryChanged.connect(self._on_query)
        self.reader.dwelled.connect(self._dwelled)
        self.reader.starToggled.connect(self._star_toggled)
        self.reader.tagRemoveRequested.connect(self.tags.remove_tag_from)
        self.reader.addTagRequested.connect(self.tags.add_tag_to_targets)
        self.sidebar.articlesDroppedOnTag.connect(self.tags.tag_articles_by_id)
        self.sidebar.renameTagRequested.connect(self.tags.rename_tag)
        self.sidebar.recolorTagRequested.connect(self.tags.recolor_tag)
        self.sidebar.mergeTagRequested.connect(self.tags.merge_tag)
        self.sidebar.deleteTagRequested.connect(self.tags.delete_tag)
        self.sidebar.newTagRequested.connect(self.tags.add_tag_to_targets)
        self.sidebar.showDumpLogRequested.connect(self.imports.show_import_log)
        self.annotations.openRequested.connect(self.reveal_annotation)
        self.coding.openRequested.connect(self.reveal_annotation)
        self.coding.searchRequested.connect(lambda text: (self.search_box.setText(text), self.search_box.apply_now()))
        self.coding.set_list_filter_source(self.list.current_filter)
        self.sidebar.selectionChangedTo.connect(lambda _s: self.coding.analysis.list_filter_changed())
        self.search_box.queryChanged.connect(lambda _q: self.coding.analysis.list_filter_changed())
        self.imports.finished.connect(self._import_finished)
        self.list.filterChanged.connect(self.corpus.set_filter)
        self.list.filterChanged.connect(lambda _flt: self.saved_searches.note_current())
        self.corpus.set_filter(self.list.current_filter())
        self.corpus.openHitRequested.connect(self.reveal_hit)
        self.corpus.periodChosen.connect(lambda date: self.set_search_text(with_date_filter(self.search_box.text(), date)))
        self.saved_searches.applyRequested.connect(self._apply_saved_search)
        session.writer.busyChanged.connect(self._update_empty_state)
        session.message.connect(self._show_message)
        session.failed.connect(self._on_failed)
        session.theme.changed.connect(self._apply_palette)

    # --- reactions ------------------------------------------------------------------------------------------
    @Slot(object, bool)
    def _show_article(self, article: ArticleId | None, chosen: bool) -> None:
        self.reader.show(article, chosen=chosen)

    @Slot(int)
    def _dwelled(self, article: int) -> None:
        self.list.mark_read_by_reading(ArticleId(article))

    @Slot(int, bool)
    def _star_toggled(self, article: int, on: bool) -> None:
        self.list.set_flag("star", [ArticleId(article)], on)

    def _import_finished(self, _report: object) -> None:
        self.list.flush_growth()
        self._update_empty_state()

    @Slot(object)
    def _on_query(self, query: SearchQuery) -> None:
        started = time.perf_counter()
        self.reader.set_search(query)
        self.list.set_query(query, self.search_box.text())
        self.search_box.note_cost((time.perf_counter() - started) * 1000)

    def _update_empty_state(self, *_args: object) -> None:
        empty = self.list.shows_empty_library() and not self.session.writer.busy
        self.list_stack.setCurrentWidget(self.empty_state if empty else self.article_list)

    @Slot(str, int)
    def _show_message(self, text: str, ms: int) -> None:
        if text:
            self.statusBar().showMessage(text, ms)
        else:
            self.statusBar().clearMessage()

    @Slot(str, object)
    def _on_failed(self, title: str, error: object) -> None:
        report_failure(self, self.session.settings, self.db_path, QCoreApplication.translate("MainWindow", title), error)

    def reveal_annotation(self, article: int, annotation: int) -> None:
        """The annotation browser asks for a highlight: show its article (clearing filters that hide it), then the highlight."""
        if not self.article_list.select_article(ArticleId(article)):
            self.search_box.clear_search()
            self.sidebar.clear_filters()
            self.article_list.select_article(ArticleId(article))
        if annotation >= 0:  # -1: the article only (a coding analysis row)
            self.annotations.show_annotation(annotation)
        self.raise_()
        self.activateWindow()

    def reveal_hit(self, article: int, version: int, start: int, end: int) -> None:
        """A concordance line: its article, at the hit (read beside the list if the list cannot place it)."""
        if not self.article_list.select_article(ArticleId(article)):
            self.reader.show(ArticleId(article), chosen=True)
        self.reader.reveal_passage(version, start, end)

    def _apply_saved_search(self, text: str, entries: object) -> None:
        self.sidebar.set_entries(entries)
        self.set_search_text(text)

    def set_search_text(self, text: str) -> None:
        self.search_box.setText(text)
        self.search_box.apply_now()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # --- theme --------------------------------------------------------------------------------------------------
    def set_theme(self, choice: str) -> None:
        self.session.settings.theme = choice
        self.session.theme.apply(choice)
        self.session.actions.action(f"view.theme.{self.session.theme.choice}").setChecked(True)

    @Slot(object)
    def _apply_palette(self, palette: Palette) -> None:
        self.session.actions.set_palette(palette)
        self.empty_state.set_palette(palette)

    # --- drops ------------------------------------------------------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.imports.import_paths(paths)

    # --- settings -----------------------------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.session.settings
        geometry = s.get("window/geometry")
        if geometry.isEmpty():
            self.resize(*DEFAULT_SIZE)
        else:
            self.restoreGeometry(geometry)
        for key, restore in (("window/state", self.restoreState), ("window/splitter", self.splitter.restoreState)):
            if not s.get(key).isEmpty():
                restore(s.get(key))
        fit_to_screen(self)
        self.session.actions.action(f"view.theme.{self.session.theme.choice}").setChecked(True)

    def save_settings(self) -> None:
        s = self.session.settings
        s.set("window/geometry", self.saveGeometry())
        s.set("window/state", self.saveState())
        s.set("window/splitter", self.splitter.saveState())
        self.list.save_settings()
        self.sidebar.save_settings()
        self.corpus.save_settings()
        if self.remember_library:
            s.last_library = self.db_path
        s.sync()

    def reset_layout(self) -> None:
        """View ▸ Reset Layout: the panes, docks and columns as on first start."""
        for dock in (self.annotations.dock, self.compare.dock, self.coding.dock, self.coding.analysis_dock, self.corpus.dock):
            dock.hide()
        self.sidebar.setVisible(True)
        self.session.actions.action("view.sidebar").setChecked(True)
        self.splitter.setSizes(list(DEFAULT_SPLIT))
        self.list.reset_columns()
        self.session.say(self.tr("The layout is back as it was at first."), 4000)

    # --- closing ----------------------------------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.annotations.flush_edits()  # a note typed a moment ago is queued before the writer stops
        self.coding.panel.save_details()
        self.save_settings()
        self.imports.stop()
        self.list.stop()
        self.sidebar.stop()
        self.corpus.stop()
        self.reader.stop_timers()
        self.session.close()
        event.accept()
        app = QApplication.instance()
        if app is not None:
            app.setProperty("qalam_closed_cleanly", True)
