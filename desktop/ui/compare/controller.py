"""Comparing at work: the versions dock, the compare view, and linking translations by hand.

The controller follows the session's current article; its reads are quick indexed reads on
the session's connection, and the comparisons themselves run as read ops (compare/view.py).
Linking and unlinking translations are write ops whose change the reader answers by
refreshing its strip of translations.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QObject, Qt, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow, QMenu

from desktop.core.articles import ArticleDetail, get_article
from desktop.core.changes import Change
from desktop.core.ids import ArticleId, VersionId
from desktop.core.pair_drift import edition_label
from desktop.core.translations import link_candidates, link_translations, translations_of, unlink_translations, url_language
from desktop.core.version_compare import stored_classes
from desktop.ui.actions import ActionSpec
from desktop.ui.compare.link_dialog import LinkTranslationDialog
from desktop.ui.compare.versions_panel import VersionsPanel
from desktop.ui.compare.view import ACTIONS as VIEW_ACTIONS
from desktop.ui.compare.view import CompareMode, CompareRequest, CompareSide, CompareView
from desktop.ui.core_labels import place_label
from desktop.ui.dialogs import inform
from desktop.ui.reader.pane import ReaderPane
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.session import LibrarySession

GROUP = QT_TRANSLATE_NOOP("Actions", "Versions and translations")
ACTIONS = (
    ActionSpec("compare.versions", QT_TRANSLATE_NOOP("Actions", "&Compare Versions…"), GROUP, ("Ctrl+D",), "compare",
               tip=QT_TRANSLATE_NOOP("Actions", "Compare two versions side by side, or read linked translations in parallel"),
               help=QT_TRANSLATE_NOOP("Actions", "compare versions, or read translations in parallel")),
    ActionSpec("compare.link", QT_TRANSLATE_NOOP("Actions", "&Link as Translation of…"), GROUP, (), "link"),
)  # fmt: skip
PANEL = ActionSpec("compare.panel", QT_TRANSLATE_NOOP("Actions", "&Versions Panel"), GROUP, ("Ctrl+Shift+V",), "versions",
                   help=QT_TRANSLATE_NOOP("Actions", "show or hide the versions panel"))  # fmt: skip

TITLE_CHARS = 48


def _short(title: str) -> str:
    return title if len(title) <= TITLE_CHARS else title[: TITLE_CHARS - 1] + "…"


class VersionChoices(QObject):
    """A context for the module's texts with a number (lupdate finds those only in self.tr)."""

    def characters(self, count: int) -> str:
        return self.tr("%Ln character(s), seen in:", "", count)


def version_choices(article: ArticleDetail, *, prefix: str = "") -> tuple[CompareSide, ...]:
    """Each version of an article as a pane can show it: "Version 2 · Society · 000_….txt"."""

    sides = []
    for i, version in enumerate(article.versions):
        first = version.occurrences[0] if version.occurrences else None
        section = (first.section or QCoreApplication.translate("ChangeLabels", "no section")) if first else ""
        where = f"{section} · {first.dump}" if first else QCoreApplication.translate("CompareController", "never printed")
        seen = "\n".join(place_label(o) for o in version.occurrences)
        number = QCoreApplication.translate("CompareController", "Version %1 of %2").replace("%1", str(i + 1)).replace("%2", str(len(article.versions)))
        characters = VersionChoices().characters(version.length)
        sides.append(
            CompareSide(
                label=f"{prefix}{number} · {where}",
                text=version.text,
                name=QCoreApplication.translate("CompareController", "version %1").replace("%1", str(i + 1)),
                tooltip=f"{characters}\n{seen}",
            )
        )
    return tuple(sides)


class CompareController(RetranslatingObject, QObject):
    def __init__(self, session: LibrarySession, reader: ReaderPane, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self.reader = reader
        self._window = window
        self.view: CompareView | None = None
        self._reopen: Callable[[], None] | None = None  # what the compare view shows, to show again in a new language

        self.panel = VersionsPanel(session)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("versionsDock")
        self.dock.setWidget(self.panel)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.dock.hide()  # opened by the user; restored with the window state
        self.dock.visibilityChanged.connect(lambda shown: self.refresh() if shown else None)
        self._sized = False
        self.dock.visibilityChanged.connect(self._first_size)

        slots = {"compare.versions": self.compare_current, "compare.link": self.link_current}
        for spec in ACTIONS:
            session.actions.add(spec, slots[spec.id])
        session.actions.adopt(PANEL, self.dock.toggleViewAction())
        for spec in VIEW_ACTIONS:
            session.actions.declare(spec)  # F1 lists the compare view's keys before it first opens
        self.unlink_menu = QMenu(window)
        self.unlink_menu.setObjectName("compare.unlink")
        self.unlink_menu.aboutToShow.connect(lambda: self._fill_unlink(self.unlink_menu, self.session.targets()))
        session.actions.add_menu("compare.unlink", self.unlink_menu)

        session.currentChanged.connect(self.refresh)
        session.libraryChanged.connect(self._on_library_changed)
        reader.parallelRequested.connect(lambda article, other: self.open_parallel(ArticleId(article), ArticleId(other)))
        reader.compareRequested.connect(self.compare_current)
        self.panel.compareRequested.connect(lambda left, right: self.open_versions(self._reading(), VersionId(left), VersionId(right)))
        self.panel.readRequested.connect(self._read_version)
        window.installEventFilter(self)  # the compare window closes with the main window
        session.theme.changed.connect(self._set_palette)
        self.retranslate()

    def retranslate(self) -> None:
        self.unlink_menu.setTitle(self.tr("&Unlink Translation"))
        self._title_dock()
        if self.view is not None and self.view.isVisible() and self._reopen is not None and not self.session.closed:
            self._reopen()  # the panes' choices name their versions in the new language

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window and event.type() == QEvent.Type.Close and self.view is not None:
            self.view.close()
        return False

    def _first_size(self, shown: bool) -> None:
        """A few rows of versions need little height: give the reader the rest, the first time."""
        if shown and not self._sized:
            self._sized = True
            self._window.resizeDocks([self.dock], [max(150, self._window.height() // 4)], Qt.Orientation.Vertical)

    def _set_palette(self, _palette: object) -> None:
        if self.view is not None:
            self.view.set_palette(self.session.theme.palette)

    # --- following the reader ------------------------------------------------------------------
    def _reading(self) -> ArticleId | None:
        article = self.session.current_article
        return article.id if article is not None else None

    @Slot(object)
    def _on_library_changed(self, change: Change) -> None:
        article = self.session.current_article
        if article is not None and article.id in change.texts:
            self.refresh()

    @Slot()
    def refresh(self) -> None:
        article = self.session.current_article
        db = self.session.db
        if self.dock.isVisible():
            version = self.session.current_version
            classes = stored_classes(db, article.id) if article is not None else {}
            self.panel.show_article(article, classes, version.id if version is not None else None)
        self._title_dock()

    def _title_dock(self) -> None:
        article = self.session.current_article
        count = len(article.versions) if article is not None and self.dock.isVisible() else 0
        self.dock.setWindowTitle(self.tr("Versions (%1)").replace("%1", str(count)) if count > 1 else self.tr("Versions"))

    def _read_version(self, version: int) -> None:
        article = self.session.current_article
        if article is not None:
            index = next((i for i, v in enumerate(article.versions) if v.id == version), None)
            if index is not None:
                self.reader.show_version(index)

    # --- comparing -------------------------------------------------------------------------------
    def compare_view(self) -> CompareView:
        if self.view is None:
            self.view = CompareView(self.session, self._window)
            self.view.set_palette(self.session.theme.palette)
        return self.view

    def compare_current(self) -> None:
        """Ctrl+D: two selected articles side by side, or the article being read against its base."""
        selected = self.session.selection
        if len(selected) == 2:
            first, second = selected
            linked = any(t.article == second for t in translations_of(self.session.db, first))
            if linked:
                self.open_parallel(first, second)
            else:
                self.open_articles(first, second)
            return
        article = self.session.current_article
        if article is None:
            self._say(self.tr("Select an article to compare its versions."))
            return
        if len(article.versions) > 1:
            reading = self.session.current_version
            base = article.versions[0].id
            other = reading.id if reading is not None and reading.id != base else article.versions[-1].id
            self.open_versions(article.id, base, other)
            return
        translations = translations_of(self.session.db, article.id)
        if translations:
            self.open_parallel(article.id, translations[0].article)
            return
        self._say(self.tr("This article has one version, and no linked translation: there is nothing to compare it with."))

    def open_versions(self, article_id: ArticleId | None, left: VersionId, right: VersionId) -> None:
        article = get_article(self.session.db, article_id) if article_id is not None else None
        if article is None:
            return
        ids = [v.id for v in article.versions]
        if left not in ids or right not in ids:
            return
        request = CompareRequest(CompareMode.DIFF, article.title, version_choices(article), ids.index(left), ids.index(right))
        self._reopen = lambda: self.open_versions(article_id, left, right)
        self.compare_view().show_request(request)

    def open_articles(self, first: ArticleId, second: ArticleId) -> None:
        """Two articles that are not linked: a word diff of their texts (newest versions to start)."""
        a, b = get_article(self.session.db, first), get_article(self.session.db, second)
        if a is None or b is None or not a.versions or not b.versions:
            return
        choices = version_choices(a, prefix=f"{_short(a.title)} · ") + version_choices(b, prefix=f"{_short(b.title)} · ")
        request = CompareRequest(CompareMode.DIFF, f"{_short(a.title)} / {_short(b.title)}", choices, len(a.versions) - 1, len(choices) - 1)
        self._reopen = lambda: self.open_articles(first, second)
        self.compare_view().show_request(request)

    def open_parallel(self, article_id: ArticleId | None, other: ArticleId) -> None:
        """Read an article and its translations in parallel, starting with `other` on the right."""
        db = self.session.db
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
        # Each edition at its newest version: what the drift column counts, and what a new version changes.
        choices = []
        for d in details:
            text = d.versions[-1].text
            edition = edition_label((url_language(d.source_url) or (None, None))[1], text)
            mark = self.tr("%1 (this article)").replace("%1", edition) if d.id == article.id else edition
            choices.append(CompareSide(f"{mark} · {_short(d.title)}", text, _short(d.title), d.title, d.id, d.versions[-1].id, edition))
        right = [d.id for d in details].index(other)
        self._reopen = lambda: self.open_parallel(article_id, other)
        self.compare_view().show_request(CompareRequest(CompareMode.PARALLEL, article.title, tuple(choices), 0, right))

    # --- linking translations --------------------------------------------------------------------
    def link_current(self) -> None:
        ids = self.session.targets()
        if len(ids) == 2:
            self._write_link(ids[0], ids[1], link=True)
            return
        if len(ids) != 1:
            self._say(self.tr("Select the article to link (or two articles to link with each other)."))
            return
        article = get_article(self.session.db, ids[0])
        if article is None:
            return
        dialog = LinkTranslationDialog(self._window, article.title, lambda text: link_candidates(self.session.db, article.id, text))
        chosen = dialog.chosen() if dialog.exec() else None
        dialog.deleteLater()
        if chosen is not None:
            self._write_link(article.id, chosen, link=True)

    def _fill_unlink(self, menu: QMenu, ids: list[ArticleId]) -> None:
        menu.clear()
        if len(ids) != 1:
            return
        linked = self.tr("linked")
        for translation in translations_of(self.session.db, ids[0]):
            menu.addAction(
                f"{translation.lang.upper() if translation.lang else linked} · {_short(translation.title)}",
                lambda a=ids[0], b=translation.article: self._write_link(a, b, link=False),
            )

    def _write_link(self, a: ArticleId, b: ArticleId, *, link: bool) -> None:
        op = link_translations if link else unlink_translations

        def done(change: Change) -> None:
            if change.is_empty:
                self._say(self.tr("Nothing to change."))
            else:
                self._say(self.tr("Linked as translations.") if link else self.tr("Unlinked as translations."))

        self.session.write(lambda db: op(db, a, b), done, lambda error: self._say(str(error), box=True))

    def _say(self, message: str, *, box: bool = False) -> None:
        if box:
            inform(self._window, "Qalam", message)
        else:
            self.session.say(message, 5000)

