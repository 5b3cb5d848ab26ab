"""Wires comparing into the window: the versions dock, the compare view, translation links.

The window creates one controller and calls it from three places (menus, theme, the list's
context menu); the controller listens to the reader for the article being read. Reads go
through core on the window's read-only connection; linking and unlinking translations run
on the writer thread, and the window is then told which articles changed, as for any edit.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDockWidget, QMenu

from desktop.core.articles import ArticleDetail, get_article
from desktop.core.ids import ArticleId, VersionId
from desktop.core.translations import link_candidates, link_translations, translations_of, unlink_translations
from desktop.core.version_compare import stored_classes
from desktop.ui.compare_view import CompareMode, CompareRequest, CompareSide, CompareView
from desktop.ui.dialogs import inform
from desktop.ui.link_dialog import LinkTranslationDialog
from desktop.ui.resources import themed_icon
from desktop.ui.theme import Palette
from desktop.ui.versions_panel import VersionsPanel

if TYPE_CHECKING:
    from desktop.ui.main_window import MainWindow

TITLE_CHARS = 48


def _short(title: str) -> str:
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


def version_choices(article: ArticleDetail, *, prefix: str = "") -> tuple[CompareSide, ...]:
    """Each version of an article as a pane can show it: "Version 2 · Society · 000_….txt"."""
    sides = []
    for i, version in enumerate(article.versions):
        first = version.occurrences[0] if version.occurrences else None
        where = f"{first.section or 'no section'} · {first.dump}" if first else "never printed"
        seen = "\n".join(f"{o.dump} · {o.section or 'no section'} · line {o.line}" for o in version.occurrences)
        sides.append(
            CompareSide(
                label=f"{prefix}Version {i + 1} of {len(article.versions)} · {where}",
                text=version.text,
                name=f"version {i + 1}",
                tooltip=f"{version.length:,} characters, seen in:\n{seen}",
            )
        )
    return tuple(sides)


class CompareController(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.reader = window.reader
        self._palette: Palette | None = None
        self.view: CompareView | None = None

        self.panel = VersionsPanel()
        self.dock = QDockWidget("Versions", window)
        self.dock.setObjectName("versionsDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.dock)
        self.dock.hide()  # opened by the user; restored with the window state
        self.dock.visibilityChanged.connect(lambda shown: self.refresh() if shown else None)
        self._sized = False
        self.dock.visibilityChanged.connect(self._first_size)

        self.act_compare = self._action("&Compare Versions…", self.compare_current, "Ctrl+D")
        self.act_compare.setData("compare")
        self.act_compare.setToolTip("Compare two versions side by side, or read linked translations in parallel (Ctrl+D)")
        self.act_link = self._action("&Link as Translation of…", self.link_current)
        self.act_link.setData("link")
        self.act_versions = self.dock.toggleViewAction()
        self.act_versions.setText("&Versions Panel")
        self.act_versions.setShortcut(QKeySequence("Ctrl+Shift+V"))
        window.addAction(self.act_versions)
        self.unlink_menu = QMenu("&Unlink Translation", window)
        self.unlink_menu.aboutToShow.connect(lambda: self._fill_unlink(self.unlink_menu, self._current_ids()))

        self.reader.versionShown.connect(self.refresh)
        self.reader.translations.openRequested.connect(lambda other: self.open_parallel(self._reading(), ArticleId(other)))
        self.reader.compareRequested.connect(self.compare_current)
        self.panel.compareRequested.connect(lambda left, right: self.open_versions(self._reading(), VersionId(left), VersionId(right)))
        self.panel.readRequested.connect(self._read_version)
        window.installEventFilter(self)  # the compare window closes with the main window

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.Close and self.view is not None:
            self.view.close()
        return False

    def _first_size(self, shown: bool) -> None:
        """A few rows of versions need little height: give the reader the rest, the first time."""
        if shown and not self._sized:
            self._sized = True
            self.window.resizeDocks([self.dock], [max(150, self.window.height() // 4)], Qt.Orientation.Vertical)

    def _action(self, text: str, slot, shortcut: str | None = None) -> QAction:
        action = QAction(text, self.window)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(lambda _checked=False: slot())
        self.window.addAction(action)
        return action

    def install_menus(self) -> None:
        menus = {m.title().replace("&", ""): m for m in (a.menu() for a in self.window.menuBar().actions()) if m is not None}
        article, view = menus["Article"], menus["View"]
        article.addSeparator()
        article.addActions([self.act_compare, self.act_link])
        article.addMenu(self.unlink_menu)
        view.addAction(self.act_versions)

    def add_list_actions(self, menu: QMenu, ids: list[ArticleId]) -> None:
        """The list's context menu: compare, link, unlink."""
        menu.addSeparator()
        menu.addAction(self.act_compare)
        menu.addAction(self.act_link)
        unlink = menu.addMenu("Unlink Translation")
        self._fill_unlink(unlink, ids)
        unlink.setEnabled(bool(unlink.actions()))

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        for action in (self.act_compare, self.act_link):
            action.setIcon(themed_icon(str(action.data()), palette.icon))
        self.reader.compare_button.setIcon(themed_icon("compare", palette.icon))
        self.panel.set_palette(palette)
        self.reader.translations.set_palette(palette)
        if self.view is not None:
            self.view.set_palette(palette)

    # --- following the reader ------------------------------------------------------------------
    def _reading(self) -> ArticleId | None:
        return self.reader.current_article_id()

    def _current_ids(self) -> list[ArticleId]:
        return self.window.targets()

    @Slot()
    def refresh(self) -> None:
        article = self.reader.article
        db = self.window.db
        self.reader.translations.set_translations(translations_of(db, article.id) if article is not None else ())
        if self.dock.isVisible():
            version = self.reader.current_version()
            classes = stored_classes(db, article.id) if article is not None else {}
            self.panel.show_article(article, classes, version.id if version is not None else None)
            count = len(article.versions) if article is not None else 0
            self.dock.setWindowTitle(f"Versions ({count})" if count > 1 else "Versions")

    def _read_version(self, version: int) -> None:
        article = self.reader.article
        if article is not None:
            index = next((i for i, v in enumerate(article.versions) if v.id == version), None)
            if index is not None:
                self.reader.show_version(index)

    # --- comparing -------------------------------------------------------------------------------
    def compare_view(self) -> CompareView:
        if self.view is None:
            self.view = CompareView(self.window)
            if self._palette is not None:
                self.view.set_palette(self._palette)
        return self.view

    def compare_current(self) -> None:
        """Ctrl+D: two selected articles side by side, or the article being read against its base."""
        selected = self.window.article_list.selected_articles()
        if len(selected) == 2:
            first, second = selected
            linked = any(t.article == second for t in translations_of(self.window.db, first))
            if linked:
                self.open_parallel(first, second)
            else:
                self.open_articles(first, second)
            return
        article = self.reader.article
        if article is None:
            self._say("Select an article to compare its versions.")
            return
        if len(article.versions) > 1:
            reading = self.reader.current_version()
            base = article.versions[0].id
            other = reading.id if reading is not None and reading.id != base else article.versions[-1].id
            self.open_versions(article.id, base, other)
            return
        translations = self.reader.translations.translations
        if translations:
            self.open_parallel(article.id, translations[0].article)
            return
        self._say("This article has one version, and no linked translation: there is nothing to compare it with.")

    def open_versions(self, article_id: ArticleId | None, left: VersionId, right: VersionId) -> None:
        article = get_article(self.window.db, article_id) if article_id is not None else None
        if article is None:
            return
        ids = [v.id for v in article.versions]
        if left not in ids or right not in ids:
            return
        request = CompareRequest(CompareMode.DIFF, article.title, version_choices(article), ids.index(left), ids.index(right))
        self.compare_view().show_request(request)

    def open_articles(self, first: ArticleId, second: ArticleId) -> None:
        """Two articles that are not linked: a word diff of their texts (newest versions to start)."""
        a, b = get_article(self.window.db, first), get_article(self.window.db, second)
        if a is None or b is None or not a.versions or not b.versions:
            return
        choices = version_choices(a, prefix=f"{_short(a.title)} · ") + version_choices(b, prefix=f"{_short(b.title)} · ")
        request = CompareRequest(CompareMode.DIFF, f"{_short(a.title)} / {_short(b.title)}", choices, len(a.versions) - 1, len(choices) - 1)
        self.compare_view().show_request(request)

    def open_parallel(self, article_id: ArticleId | None, other: ArticleId) -> None:
        """Read an article and its translations in parallel, starting with `other` on the right."""
        db = self.window.db
        article = get_article(db, article_id) if article_id is not None else None
        if article is None:
            return
        details = [article]
        for translation in translations_of(db, article.id):
            found = get_article(db, translation.article)
            if found is not None and found.versions:
                details.append(found)
        if other not in [d.id for d in details] or not article.versions:
            return
        labels = {t.article: t.label for t in translations_of(db, article.id)}
        choices = tuple(
            CompareSide(
                label=f"{labels.get(d.id, 'this article') if d.id != article.id else 'This article'} · {_short(d.title)}",
                text=d.versions[0].text,
                name=_short(d.title),
                tooltip=d.title,
            )
            for d in details
        )
        right = [d.id for d in details].index(other)
        self.compare_view().show_request(CompareRequest(CompareMode.PARALLEL, article.title, choices, 0, right))

    # --- linking translations --------------------------------------------------------------------
    def link_current(self) -> None:
        ids = self._current_ids()
        if len(ids) == 2:
            self._write_link(ids[0], ids[1], link=True)
            return
        if len(ids) != 1:
            self._say("Select the article to link (or two articles to link with each other).")
            return
        article = get_article(self.window.db, ids[0])
        if article is None:
            return
        dialog = LinkTranslationDialog(self.window, article.title, lambda text: link_candidates(self.window.db, article.id, text))
        chosen = dialog.chosen() if dialog.exec() else None
        dialog.deleteLater()
        if chosen is not None:
            self._write_link(article.id, chosen, link=True)

    def _fill_unlink(self, menu: QMenu, ids: list[ArticleId]) -> None:
        menu.clear()
        if len(ids) != 1:
            return
        for translation in translations_of(self.window.db, ids[0]):
            menu.addAction(
                f"{translation.label} · {_short(translation.title)}",
                lambda a=ids[0], b=translation.article: self._write_link(a, b, link=False),
            )

    def _write_link(self, a: ArticleId, b: ArticleId, *, link: bool) -> None:
        op = link_translations if link else unlink_translations

        def done(changed: frozenset[ArticleId]) -> None:
            self.window.articles_changed(changed, sidebar=False)
            verb = "Linked" if link else "Unlinked"
            self.window.statusBar().showMessage(f"{verb} as translations." if changed else "Nothing to change.", 4000)

        self.window.writer.run(lambda db: op(db, a, b), on_done=done, on_error=lambda message: self._say(message, box=True))

    def _say(self, message: str, *, box: bool = False) -> None:
        if box:
            inform(self.window, "Qalam", message)
        else:
            self.window.statusBar().showMessage(message, 5000)

