"""The window's menus and toolbar as lists of action ids, and the app-wide actions.

The registry (actions.py) turns these into QMenus and a QToolBar; a controller's submenu is
placed with "@id". Nothing here names a menu by its visible title, so translation changes none
of it.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QAction, QKeySequence

from desktop.ui.actions import ActionSpec

APP = QT_TRANSLATE_NOOP("Actions", "Qalam")
SEARCH = QT_TRANSLATE_NOOP("Actions", "Search")
VIEW = QT_TRANSLATE_NOOP("Actions", "View")
ACTIONS = (
    ActionSpec("app.quit", QT_TRANSLATE_NOOP("Actions", "&Quit"), APP, (QKeySequence.StandardKey.Quit,), role=QAction.MenuRole.QuitRole),
    ActionSpec("app.about", QT_TRANSLATE_NOOP("Actions", "&About Qalam"), APP, role=QAction.MenuRole.AboutRole),
    ActionSpec("app.shortcuts", QT_TRANSLATE_NOOP("Actions", "&Keyboard Shortcuts"), APP, ("F1",),
               help=QT_TRANSLATE_NOOP("Actions", "this list")),
    ActionSpec("edit.find", QT_TRANSLATE_NOOP("Actions", "&Find"), SEARCH, (QKeySequence.StandardKey.Find, "/"), "search",
               help=QT_TRANSLATE_NOOP("Actions", "search")),
    ActionSpec("edit.clear_search", QT_TRANSLATE_NOOP("Actions", "Clear Search"), SEARCH),
    ActionSpec("view.sidebar", QT_TRANSLATE_NOOP("Actions", "Show &Sidebar"), VIEW, ("Ctrl+Shift+S",), checkable=True),
    ActionSpec("view.reset_layout", QT_TRANSLATE_NOOP("Actions", "&Reset Layout"), VIEW,
               tip=QT_TRANSLATE_NOOP("Actions", "Put the panes, columns and panels back as they were at first")),
    ActionSpec("view.theme.light", QT_TRANSLATE_NOOP("Actions", "&Light"), VIEW, checkable=True),
    ActionSpec("view.theme.dark", QT_TRANSLATE_NOOP("Actions", "&Dark"), VIEW, checkable=True),
    ActionSpec("view.theme.system", QT_TRANSLATE_NOOP("Actions", "Follow &System"), VIEW, checkable=True),
)  # fmt: skip
UNDO = ActionSpec("edit.undo", QT_TRANSLATE_NOOP("Actions", "&Undo"), APP, (QKeySequence.StandardKey.Undo,))
REDO = ActionSpec("edit.redo", QT_TRANSLATE_NOOP("Actions", "&Redo"), APP, (QKeySequence.StandardKey.Redo,))

# The menus, by action id: "-" a separator, "@id" a submenu a controller registered.
MENUS = (
    ("file", QT_TRANSLATE_NOOP("Actions", "&File"),
     ("import.files", "import.folder", "import.inbox", "import.annotations", "-", "@exports", "import.log", "-", "sync.folder", "sync.now",
      "sync.log", "-", "app.quit")),
    ("edit", QT_TRANSLATE_NOOP("Actions", "&Edit"),
     ("edit.undo", "edit.redo", "-", "edit.find", "edit.clear_search", "@search.options", "list.select_all", "edit.copy_citation", "-",
      "annotations.colors", "exports.creator")),
    ("article", QT_TRANSLATE_NOOP("Actions", "&Article"),
     ("list.next", "list.previous", "reader.page_down", "-", "list.toggle_read", "list.toggle_star", "tags.add", "-",
      "@annotations.highlight", "annotations.note", "annotations.browse", "translations.confirm_projection", "-",
      "compare.versions", "compare.link",
      "@compare.unlink", "-", "reader.open_source")),
    ("coding", QT_TRANSLATE_NOOP("Actions", "&Coding"),
     ("coding.code_selection", "coding.code_article", "-", "coding.new_code", "coding.codebook", "-", "coding.segments",
      "coding.frequencies", "coding.cooccurrence", "coding.agreement", "coding.analysis", "-", "coding.coder", "coding.only_mine", "-",
      "coding.import_codebook", "coding.import_project", "coding.export_codebook", "coding.export_project")),
    ("corpus", QT_TRANSLATE_NOOP("Actions", "&Corpus"),
     ("corpus.concordance", "corpus.frequency", "corpus.collocates", "-", "corpus.scope.newest", "corpus.scope.every", "-",
      "corpus.save_search", "-", "corpus.export_concordance", "corpus.export_frequency", "corpus.export_chart_png",
      "corpus.export_chart_svg", "corpus.export_collocates")),
    ("view", QT_TRANSLATE_NOOP("Actions", "&View"),
     ("@view.theme", "@view.language", "-", "reader.zoom_in", "reader.zoom_out", "reader.zoom_reset", "-", "view.sidebar",
      "annotations.panel", "compare.panel", "coding.codebook", "coding.analysis", "corpus.panel", "-", "@annotations.layers",
      "annotations.edit_others", "sync.conflicts", "-", "view.reset_layout")),
    ("help", QT_TRANSLATE_NOOP("Actions", "&Help"), ("app.shortcuts", "app.about")),
)  # fmt: skip
TOOLBAR = ("import.files", "import.folder")
