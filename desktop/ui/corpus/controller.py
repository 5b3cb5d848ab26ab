"""The Corpus panel at work: concordance, frequency over time and collocates of what the list shows.

The panel is a dock with three tabs that follow the article list's filter (the sidebar AND
the search box). Only the tab in view computes, and only while the dock is shown; the
others remember that they are out of date. Everything is a read op with a latest-only key,
so typing further cancels the work the last keystroke started, and the window never waits.

A click on a concordance line asks for its article to be opened at the hit
(`openHitRequested`); a click or drag on the chart asks for the list to be filtered to those
periods (`periodChosen`, a date: filter for the search box). The chart itself ignores the
search's date filter, so it keeps the whole timeline in view and shades the chosen periods.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QObject, QTimer, Signal, Slot
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter
from desktop.core.changes import Change
from desktop.core.corpus.collocates import Collocates, collocates
from desktop.core.corpus.frequency import Frequency, Measure, Period, frequency, frequency_table
from desktop.core.corpus.hits import HitScope
from desktop.core.corpus.kwic import KwicSort
from desktop.core.corpus.library_index import library_index
from desktop.core.corpus.tables import COLLOCATES_HEADER, KWIC_HEADER, collocate_rows, kwic_rows, write_table
from desktop.core.search_query import SearchQuery, parse_query
from desktop.ui.actions import ActionSpec
from desktop.ui.corpus.collocates_pane import CollocatesPane
from desktop.ui.corpus.frequency_pane import FrequencyPane
from desktop.ui.corpus.kwic_model import KwicModel, KwicRequest
from desktop.ui.corpus.kwic_pane import KwicPane
from desktop.ui.dialogs import inform
from desktop.ui.resources import themed_icon
from desktop.ui.retranslating import RetranslatingObject
from desktop.ui.session import LibrarySession
from desktop.ui.theme import Palette

GROUP = QT_TRANSLATE_NOOP("Actions", "Corpus")
ACTIONS = (
    ActionSpec("corpus.concordance", QT_TRANSLATE_NOOP("Actions", "&Concordance"), GROUP, ("Ctrl+Shift+J",), "concordance",
               help=QT_TRANSLATE_NOOP("Actions", "every hit of the search in its context (KWIC)")),
    ActionSpec("corpus.frequency", QT_TRANSLATE_NOOP("Actions", "&Frequency over Time"), GROUP, ("Ctrl+Shift+T",), "chart",
               help=QT_TRANSLATE_NOOP("Actions", "how often the search matches, per day, week, month or year")),
    ActionSpec("corpus.collocates", QT_TRANSLATE_NOOP("Actions", "Co&llocates"), GROUP, ("Ctrl+Shift+L",), "collocates",
               help=QT_TRANSLATE_NOOP("Actions", "the words near the search more often than chance")),
    ActionSpec("corpus.scope.newest", QT_TRANSLATE_NOOP("Actions", "Count Hits Once per &Article (Newest Version)"), GROUP, checkable=True),
    ActionSpec("corpus.scope.every", QT_TRANSLATE_NOOP("Actions", "Count Hits in &Every Version"), GROUP, checkable=True),
    ActionSpec("corpus.export_concordance", QT_TRANSLATE_NOOP("Actions", "Export Concordance as CSV…"), GROUP),
    ActionSpec("corpus.export_frequency", QT_TRANSLATE_NOOP("Actions", "Export Frequencies as CSV…"), GROUP),
    ActionSpec("corpus.export_chart_png", QT_TRANSLATE_NOOP("Actions", "Export Chart as PNG…"), GROUP),
    ActionSpec("corpus.export_chart_svg", QT_TRANSLATE_NOOP("Actions", "Export Chart as SVG…"), GROUP),
    ActionSpec("corpus.export_collocates", QT_TRANSLATE_NOOP("Actions", "Export Collocates as CSV…"), GROUP),
)  # fmt: skip
PANEL = ActionSpec("corpus.panel", QT_TRANSLATE_NOOP("Actions", "C&orpus Panel"), GROUP, ("Ctrl+Shift+U",), "concordance",
                   help=QT_TRANSLATE_NOOP("Actions", "show or hide the corpus panel"))  # fmt: skip
KWIC_TAB, FREQUENCY_TAB, COLLOCATES_TAB = range(3)
FREQUENCY_KEY = "corpus.frequency"
COLLOCATES_KEY = "corpus.collocates"
REFRESH_MS = 1000  # after a change to the library (an import sends many): recompute at most this often


def query_label(query: SearchQuery) -> str:
    """The search's words as the chart's legend names them ("" for none: every article)."""
    return " ".join(f'"{t}"' if " " in t else t for t in query.terms)


class CorpusController(RetranslatingObject, QObject):
    openHitRequested = Signal(int, int, int, int)  # article, version, start, end (code points)
    periodChosen = Signal(str)  # a date: filter for the search box

    def __init__(self, session: LibrarySession, window: QMainWindow) -> None:
        super().__init__(window)
        self.session = session
        self._window = window
        self._filter = ArticleFilter()
        self._dirty = {KWIC_TAB: True, FREQUENCY_TAB: True, COLLOCATES_TAB: True}
        self._frequency: Frequency | None = None
        self._collocates: Collocates | None = None
        # The panes' status lines, made again in a new language.
        self._statuses: dict[int, Callable[[], str]] = {}

        self.kwic_model = KwicModel(session, self)
        self.kwic = KwicPane(self.kwic_model)
        self.frequency = FrequencyPane()
        self.collocates = CollocatesPane()
        self.tabs = QTabWidget()
        self.tabs.setObjectName("corpusTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.kwic, "")
        self.tabs.addTab(self.frequency, "")
        self.tabs.addTab(self.collocates, "")
        self.scope = QComboBox()
        self.scope.setObjectName("corpusScope")
        self.scope.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.scope.setMinimumContentsLength(18)  # the full choice shows in the list; the box never widens the dock
        self.scope.addItem("", HitScope.NEWEST)
        self.scope.addItem("", HitScope.EVERY_VERSION)
        corner = QWidget()
        row = QHBoxLayout(corner)
        row.setContentsMargins(0, 0, 6, 0)
        self.scope_label = QLabel()
        row.addWidget(self.scope_label)
        row.addWidget(self.scope)
        self.tabs.setCornerWidget(corner)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self.dock = QDockWidget(window)
        self.dock.setObjectName("corpusDock")
        self.dock.setWidget(body)
        self.dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.dock.setMinimumHeight(180)
        self.dock.hide()

        self._register_actions()
        self._restore_settings()
        self._refresh_timer = QTimer(self, singleShot=True, interval=REFRESH_MS)
        self._refresh_timer.timeout.connect(self._refresh_after_change)
        self.kwic.sortChanged.connect(lambda _s: self._kwic_request())
        self.kwic.widthChanged.connect(lambda w: session.settings.set("corpus/width", w))
        self.kwic.table.activatedLine.connect(self._open_line)
        self.kwic.exportRequested.connect(self.export_concordance)
        self.kwic_model.statusChanged.connect(self._kwic_status)
        self.kwic_model.failed.connect(self._failed)
        self.frequency.optionsChanged.connect(self._frequency_options)
        self.frequency.periodsChosen.connect(self._periods_chosen)
        self.frequency.exportRequested.connect(self._export_frequency)
        self.collocates.optionsChanged.connect(self._collocates_options)
        self.collocates.exportRequested.connect(self.export_collocates)
        self.scope.currentIndexChanged.connect(self._scope_changed)
        self.tabs.currentChanged.connect(lambda _i: self._refresh_current())
        self.dock.visibilityChanged.connect(self._visibility_changed)
        session.libraryChanged.connect(self._on_library_changed)
        session.theme.changed.connect(self.set_palette)
        self.set_palette(session.theme.palette)
        self.retranslate()

    def retranslate(self) -> None:
        self.tabs.setTabText(KWIC_TAB, self.tr("Concordance"))
        self.tabs.setTabText(FREQUENCY_TAB, self.tr("Frequency"))
        self.tabs.setTabText(COLLOCATES_TAB, self.tr("Collocates"))
        self.scope.setItemText(0, self.tr("Hits once per article (newest version)"))
        self.scope.setItemText(1, self.tr("Hits in every version"))
        self.scope.setToolTip(
            self.tr("Count a hit once per article, in its newest version, or in each version of it (quote-stripped copies too)")
        )
        self.scope_label.setText(self.tr("Count"))
        self.dock.setWindowTitle(self.tr("Corpus"))
        if self.kwic_model.request is not None:
            self._kwic_status()
        for tab, make in self._statuses.items():
            (self.frequency if tab == FREQUENCY_TAB else self.collocates).set_status(make())
        if self._frequency is not None and self._frequency.periods:
            self._show_chart(self._frequency)

    def _status(self, tab: int, make: Callable[[], str]) -> None:
        """Show a status line on the frequency or collocates tab, and remember how to say it again."""
        self._statuses[tab] = make
        (self.frequency if tab == FREQUENCY_TAB else self.collocates).set_status(make())

    # --- actions ------------------------------------------------------------------------------------
    def _register_actions(self) -> None:
        actions = self.session.actions
        slots = {
            "corpus.concordance": lambda: self.show_tab(KWIC_TAB),
            "corpus.frequency": lambda: self.show_tab(FREQUENCY_TAB),
            "corpus.collocates": lambda: self.show_tab(COLLOCATES_TAB),
            "corpus.scope.newest": lambda: self.set_scope(HitScope.NEWEST),
            "corpus.scope.every": lambda: self.set_scope(HitScope.EVERY_VERSION),
            "corpus.export_concordance": self.export_concordance,
            "corpus.export_frequency": lambda: self._export_frequency("csv"),
            "corpus.export_chart_png": lambda: self._export_frequency("png"),
            "corpus.export_chart_svg": lambda: self._export_frequency("svg"),
            "corpus.export_collocates": self.export_collocates,
        }
        for spec in ACTIONS:
            actions.add(spec, slots[spec.id])
        actions.adopt(PANEL, self.dock.toggleViewAction())
        group = QActionGroup(self)
        for key in ("newest", "every"):
            group.addAction(actions.action(f"corpus.scope.{key}"))
        gestures = (
            (QT_TRANSLATE_NOOP("Actions", "Click (concordance)"), QT_TRANSLATE_NOOP("Actions", "open the article at the hit")),
            (QT_TRANSLATE_NOOP("Actions", "Ctrl+C (concordance)"), QT_TRANSLATE_NOOP("Actions", "copy the selected lines")),
            (
                QT_TRANSLATE_NOOP("Actions", "Click / drag (chart)"),
                QT_TRANSLATE_NOOP("Actions", "list the articles of those periods"),
            ),
        )
        for keys, description in gestures:
            actions.add_gesture(keys, description, GROUP)

    def show_tab(self, tab: int) -> None:
        self.dock.show()
        self.dock.raise_()
        self.tabs.setCurrentIndex(tab)
        self._refresh_current()

    # --- settings -----------------------------------------------------------------------------------
    def _restore_settings(self) -> None:
        s = self.session.settings
        self.kwic.width_box.setValue(s.get("corpus/width"))
        self.kwic_model.set_width(s.get("corpus/width"))
        self.kwic.set_sort(_enum(KwicSort, s.get("corpus/sort"), KwicSort.DATE))
        self.frequency.select_option(self.frequency.by, _enum(Period, s.get("corpus/period"), Period.MONTH))
        self.frequency.select_option(self.frequency.measure, _enum(Measure, s.get("corpus/measure"), Measure.ARTICLES))
        self.frequency.relative.setChecked(s.get("corpus/relative"))
        self.frequency.split.setChecked(s.get("corpus/split"))
        self.frequency.compare.setText(s.get("corpus/compare"))
        self.collocates.window.setValue(s.get("corpus/window"))
        self.collocates.min_count.setValue(s.get("corpus/min_count"))
        scope = _enum(HitScope, s.get("corpus/scope"), HitScope.NEWEST)
        self.scope.setCurrentIndex(0 if scope is HitScope.NEWEST else 1)
        self.session.actions.action(f"corpus.scope.{'newest' if scope is HitScope.NEWEST else 'every'}").setChecked(True)
        self.tabs.setCurrentIndex(min(max(0, s.get("corpus/tab")), COLLOCATES_TAB))

    def save_settings(self) -> None:
        s = self.session.settings
        s.set("corpus/sort", self.kwic.current_sort().value)
        s.set("corpus/period", self.frequency.period().value)
        s.set("corpus/measure", self.frequency.current_measure().value)
        s.set("corpus/relative", self.frequency.relative.isChecked())
        s.set("corpus/split", self.frequency.split.isChecked())
        s.set("corpus/compare", self.frequency.compare.text())
        s.set("corpus/window", self.collocates.window.value())
        s.set("corpus/min_count", self.collocates.min_count.value())
        s.set("corpus/scope", self.current_scope().value)
        s.set("corpus/tab", self.tabs.currentIndex())

    # --- what to show -----------------------------------------------------------------------------------
    def current_scope(self) -> HitScope:
        return self.scope.currentData()

    def set_scope(self, scope: HitScope) -> None:
        self.scope.setCurrentIndex(0 if scope is HitScope.NEWEST else 1)

    @Slot(int)
    def _scope_changed(self, _index: int) -> None:
        scope = self.current_scope()
        self.session.actions.action(f"corpus.scope.{'newest' if scope is HitScope.NEWEST else 'every'}").setChecked(True)
        self._invalidate()

    @Slot(object)
    def set_filter(self, flt: ArticleFilter) -> None:
        """The article list's filter changed (a search, a sidebar entry)."""
        if flt == self._filter:
            return
        self._filter = flt
        self._invalidate()

    @property
    def filter(self) -> ArticleFilter:
        return self._filter

    def _invalidate(self) -> None:
        for tab in self._dirty:
            self._dirty[tab] = True
        self._refresh_current()

    def _active(self) -> bool:
        return self.dock.isVisible() and not self.session.closed

    @Slot(bool)
    def _visibility_changed(self, visible: bool) -> None:
        if visible:
            self._refresh_current()
            # The first chart of a session reads every article's date: start on that now, off the GUI thread.
            self.session.read(library_index, None, None, key="corpus.index")

    def _refresh_current(self) -> None:
        tab = self.tabs.currentIndex()
        if not self._active() or not self._dirty.get(tab):
            return
        self._dirty[tab] = False
        if tab == KWIC_TAB:
            self._kwic_request()
        elif tab == FREQUENCY_TAB:
            self._compute_frequency()
        else:
            self._compute_collocates()

    @Slot(object)
    def _on_library_changed(self, change: Change) -> None:
        if change.rows_added or change.texts or change.counts or change.tag_definitions:
            self._refresh_timer.start()

    def _refresh_after_change(self) -> None:
        for tab in self._dirty:
            self._dirty[tab] = True
        if self.tabs.currentIndex() == KWIC_TAB and self._active():
            self._dirty[KWIC_TAB] = False
            self.kwic_model.refresh()
            return
        self._refresh_current()

    # --- concordance --------------------------------------------------------------------------------------
    def _kwic_request(self) -> None:
        if not self._active():
            self._dirty[KWIC_TAB] = True
            return
        self.kwic_model.set_request(KwicRequest(self._filter, self.current_scope(), self.kwic.current_sort()))

    def _kwic_status(self) -> None:
        model = self.kwic_model
        if not model.has_words:
            self.kwic.set_status(self.tr('Type a word or a "phrase" in the search box to see every hit in its context.'))
            return
        lines, articles = model.rowCount(), model.article_count
        if model.sorted_total is None and model.loading and not lines:
            self.kwic.set_status(self.tr("Finding hits…") if model.request.sort is KwicSort.DATE else self.tr("Sorting hits…"))
            return
        hits = self.tr("%Ln hit(s)", "", lines)
        in_articles = self.tr("in %Ln article(s)", "", articles)
        if model.sorted_total is not None:
            total = model.sorted_total
            text = self.tr("%Ln hit(s) sorted", "", total)
            if not model.complete:
                text += self.tr(" — the newest %Ln; more hits exist", "", total)
            self.kwic.set_status(text)
        elif model.complete:
            self.kwic.set_status(self.tr("%1 %2", "hits (%1) in articles (%2)").replace("%1", hits).replace("%2", in_articles))
        else:
            self.kwic.set_status(self.tr("%1 so far, %2 — more as you scroll").replace("%1", hits).replace("%2", in_articles))

    @Slot(int)
    def _open_line(self, row: int) -> None:
        line = self.kwic_model.line(row)
        if line is not None:
            self.openHitRequested.emit(int(line.article), int(line.version), line.start, line.end)

    def export_concordance(self) -> None:
        request = self.kwic_model.request
        if request is None or not self.kwic_model.has_words:
            self.session.say(self.tr("Search for a word first: the concordance lists its hits."), 4000)
            return
        target = self._ask_path(self.tr("Export Concordance"), "concordance.csv", "*.csv")
        if target is None:
            return
        refs = None
        if request.sort is not KwicSort.DATE:
            refs = self.kwic_model.sorted_refs()
            if refs is None:
                self.session.say(self.tr("The hits are still being sorted: export when the first lines show."), 5000)
                return
        width = self.kwic_model.width

        def op(db: Database) -> int:
            rows = kwic_rows(db, request.filter, scope=request.scope, refs=refs, descending=request.descending, width=width)
            return write_table(target, KWIC_HEADER, rows)

        self._write_in_background(op, target, lambda n: self.tr("%Ln line(s)", "", n))

    # --- frequency ------------------------------------------------------------------------------------------
    def _frequency_options(self) -> None:
        self._dirty[FREQUENCY_TAB] = True
        self._refresh_current()

    def _compute_frequency(self) -> None:
        flt = self._filter
        base = replace(flt, query=SearchQuery())
        main = replace(flt.query, dates=())
        queries = [(query_label(main) or self.tr("all articles"), main)]
        queries += [(text, replace(parse_query(text), dates=())) for text in self.frequency.compared_queries()]
        by, measure, split = self.frequency.period(), self.frequency.current_measure(), self.frequency.split.isChecked()
        scope = self.current_scope()
        self._status(
            FREQUENCY_TAB,
            lambda: self.tr("Counting…") if measure is Measure.ARTICLES else self.tr("Counting hits: reading every matching text…"),
        )

        def op(db: Database) -> Frequency:
            return frequency(db, base, queries, by, measure=measure, scope=scope, split_by_source=split)

        self.session.read(op, self._frequency_arrived, self._failed, key=FREQUENCY_KEY)

    def _frequency_arrived(self, result: Frequency) -> None:
        self._frequency = result
        self._show_chart(result)
        if not result.periods:
            self._status(FREQUENCY_TAB, lambda: self.tr("No dated article matches."))
            return

        def status() -> str:
            text = self.tr("Click a period, or drag across several, to list their articles.")
            if result.undated:
                text += " " + self.tr("%Ln article(s) without a date are not counted.", "", result.undated)
            return text

        self._status(FREQUENCY_TAB, status)

    def _show_chart(self, result: Frequency) -> None:
        dates = self._filter.query.dates
        selected = (dates[0].start, dates[0].end) if len(dates) == 1 else None
        self.frequency.show_frequency(result, relative=self.frequency.relative.isChecked(), selected=selected)

    @Slot(object, object)
    def _periods_chosen(self, first, last) -> None:
        self.periodChosen.emit(first.date_filter if first == last else f"date:{first.start}..{last.end}")

    def _export_frequency(self, kind: str) -> None:
        result = self.frequency.result()
        if result is None or not result.periods:
            self.show_tab(FREQUENCY_TAB)
            self.session.say(self.tr("There is no chart to export yet."), 4000)
            return
        suffix = {"png": "*.png", "svg": "*.svg", "csv": "*.csv"}[kind]
        target = self._ask_path(self.tr("Export Frequency"), f"frequency.{kind}", suffix)
        if target is None:
            return
        try:
            if kind == "csv":
                rows = frequency_table(result, self.frequency.relative.isChecked())
                write_table(target, rows[0], rows[1:])
            else:
                self.frequency.export_image(str(target), kind)
        except OSError as exc:
            inform(
                self._window,
                self.tr("Export"),
                self.tr("The file could not be written:\n\n%1").replace("%1", str(exc)),
                warning=True,
            )
            return
        self.session.say(self.tr("Exported to %1").replace("%1", str(target)), 6000)

    # --- collocates --------------------------------------------------------------------------------------------
    def _collocates_options(self) -> None:
        self._dirty[COLLOCATES_TAB] = True
        self._refresh_current()

    def _compute_collocates(self) -> None:
        flt = self._filter
        if flt.query.fts_expression(prefix_last=flt.prefix_search) is None:
            self.collocates.show_collocates(None)
            self._status(
                COLLOCATES_TAB, lambda: self.tr('Type a word or a "phrase" in the search box to see the words that keep it company.')
            )
            return
        window, min_count, scope = self.collocates.window.value(), self.collocates.min_count.value(), self.current_scope()
        self._status(COLLOCATES_TAB, lambda: self.tr("Counting…"))

        def op(db: Database) -> Collocates:
            return collocates(db, flt, window=window, min_count=min_count, scope=scope)

        label = query_label(flt.query) or self.tr("all articles")
        self.session.read(op, lambda result: self._collocates_arrived(label, window, result), self._failed, key=COLLOCATES_KEY)

    def _collocates_arrived(self, label: str, window: int, result: Collocates) -> None:
        self._collocates = result
        self.collocates.show_collocates(result)

        def status() -> str:
            hits = self.tr("%Ln hit(s)", "", int(result.hits))
            texts = self.tr("in %Ln matching text(s)", "", int(result.hit_texts))
            words = self.tr("Words within ±%Ln word(s) of %1, by log-likelihood (G²)", "", window).replace("%1", label)
            text = words + ": " + self.tr("%1 %2", "hits (%1) in articles (%2)").replace("%1", hits).replace("%2", texts) + "."
            if result.sampled:
                number = QLocale().toString
                text += " " + (
                    self.tr("Estimated from a sample of the texts: with a hit, %1 of %2; in all, %3 of %4.")
                    .replace("%1", number(int(result.hit_texts)))
                    .replace("%2", number(int(result.hit_texts_total)))
                    .replace("%3", number(int(result.corpus_texts)))
                    .replace("%4", number(int(result.corpus_texts_total)))
                )
            return text

        self._status(COLLOCATES_TAB, status)

    def export_collocates(self) -> None:
        result = self.collocates.result()
        if result is None or not result.collocates:
            self.show_tab(COLLOCATES_TAB)
            self.session.say(self.tr("There are no collocates to export yet."), 4000)
            return
        target = self._ask_path(self.tr("Export Collocates"), "collocates.csv", "*.csv")
        if target is not None:
            self._write_in_background(
                lambda _db: write_table(target, COLLOCATES_HEADER, collocate_rows(result)), target, lambda n: self.tr("%Ln word(s)", "", n)
            )

    # --- shared -----------------------------------------------------------------------------------------------------
    def _ask_path(self, title: str, name: str, pattern: str) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(self._window, title, str(Path.home() / name), pattern)
        return Path(path) if path else None

    def _write_in_background(self, op, target: Path, counted: Callable[[int], str]) -> None:
        self.session.say(self.tr("Exporting to %1…").replace("%1", str(target)), 0)

        def done(count: int) -> None:
            self.session.say(
                self.tr("Exported %1 to %2").replace("%1", counted(count)).replace("%2", str(target)), 8000
            )

        def failed(error: BaseException) -> None:
            self.session.say("", 1)
            inform(
                self._window,
                self.tr("Export"),
                self.tr("The export could not be written:\n\n%1").replace("%1", str(error)),
                warning=True,
            )

        self.session.read(op, done, failed)

    def _failed(self, error: BaseException) -> None:
        self.session.say(self.tr("The corpus view could not be read: %1").replace("%1", str(error)), 8000)

    @Slot(object)
    def set_palette(self, palette: Palette) -> None:
        self.kwic.set_palette(palette)
        self.frequency.set_palette(palette)
        self.collocates.set_palette(palette)
        for tab, icon in ((KWIC_TAB, "concordance"), (FREQUENCY_TAB, "chart"), (COLLOCATES_TAB, "collocates")):
            self.tabs.setTabIcon(tab, themed_icon(icon, palette.icon))

    def stop(self) -> None:
        self._refresh_timer.stop()


def _enum(kind, value: str, default):
    try:
        return kind(value)
    except ValueError:
        return default
