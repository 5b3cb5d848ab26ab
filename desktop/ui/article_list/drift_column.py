"""The article list's Drift column: how many mismatches each article has against its translations, computed lazily.

Counting drift means aligning and checking each pair of editions (tens of milliseconds a pair),
so it is never done for the whole library, nor on the GUI thread. The column asks for the
articles whose cells are painted; after a pause of a few milliseconds a read op computes the
newest of them in one batch (core/pair_drift.py, `article_drift_counts`; an article without
translations costs one index range scan there), and the answers arrive as repaints of those
cells. Nothing is stored in the library: the answers are kept in memory, a bounded cache, and
dropped when a change touches an article or one of its translations (a new version, a link, a
correction of the alignment, a mismatch accepted), or when an import adds articles that may be
new editions. At a million articles the list costs what it cost before: only rows on screen
with translations are ever computed.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Iterable

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.core.changes import Change
from desktop.core.ids import ArticleId
from desktop.core.pair_drift import ArticleDrift, article_drift_counts
from desktop.ui.session import LibrarySession

DRIFT_KEY = "article-list.drift"
BATCH = 48  # about two screenfuls of rows per read op
WAIT_MS = 40  # gather the cells of one paint before asking
MAX_CACHED = 20_000
MAX_WANTED = 2 * BATCH  # older requests are rows scrolled past: dropped
NO_DRIFT_MARK = "✓"


class DriftCounts(QObject):
    arrived = Signal(list)  # articles whose count is now known (or forgotten): repaint their cells

    def __init__(self, session: LibrarySession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._session = session
        self._known: OrderedDict[ArticleId, ArticleDrift | None] = OrderedDict()
        self._wanted: OrderedDict[ArticleId, None] = OrderedDict()
        self._asking = False
        self._timer = QTimer(self, singleShot=True, interval=WAIT_MS)
        self._timer.timeout.connect(self._ask)

    # --- what the model asks ------------------------------------------------------------------------
    def known(self, article: ArticleId) -> bool:
        return article in self._known

    def get(self, article: ArticleId) -> ArticleDrift | None:
        """The article's drift if known (None: no translation, or not known yet: then it is asked for)."""
        if article in self._known:
            return self._known[article]
        self._wanted[article] = None
        self._wanted.move_to_end(article)
        while len(self._wanted) > MAX_WANTED:
            self._wanted.popitem(last=False)
        if not self._asking and not self._timer.isActive():
            self._timer.start()
        return None

    def display(self, article: ArticleId) -> str:
        drift = self.get(article)
        if drift is None:
            return ""
        return str(drift.total) if drift.total else NO_DRIFT_MARK

    def tooltip(self, article: ArticleId) -> str | None:
        drift = self._known.get(article)
        if drift is None:
            return None
        parts = ", ".join(f"{t.label} {t.count}" for t in drift.translations)
        if not drift.total:
            return self.tr("No drift against its translations (%1)").replace("%1", parts)
        return self.tr("Mismatches still to look at against each translation: %1 (Ctrl+D reads them in parallel)").replace(
            "%1", parts
        )

    # --- keeping current ------------------------------------------------------------------------------
    def library_changed(self, change: Change) -> None:
        touched = change.texts | change.links | change.alignments
        if change.rows_added:
            dropped = list(self._known)  # a new article may be a new edition of any of them
        elif touched:
            dropped = [
                article
                for article, drift in self._known.items()
                if article in touched or (drift is not None and any(t.article in touched for t in drift.translations))
            ]
        else:
            return
        for article in dropped:
            del self._known[article]
        if dropped:
            self.arrived.emit(dropped)

    def forget(self) -> None:
        self._known.clear()
        self._wanted.clear()

    # --- asking -----------------------------------------------------------------------------------------
    def _ask(self) -> None:
        batch = [a for a in reversed(self._wanted) if a not in self._known][:BATCH]
        if not batch:
            return
        self._asking = True
        self._session.read(
            lambda db: article_drift_counts(db, batch),
            self._on_counts,
            lambda error: self._on_failed(batch, error),
            key=DRIFT_KEY,
        )

    def _on_counts(self, counts: dict[ArticleId, ArticleDrift | None]) -> None:
        self._asking = False
        self._store(counts.items())
        if any(a not in self._known for a in self._wanted):
            self._timer.start()

    def _on_failed(self, batch: list[ArticleId], error: BaseException) -> None:
        """A batch that could not be counted shows nothing rather than being asked for again and again."""
        self._asking = False
        self._store((a, None) for a in batch)
        self._session.say(self.tr("The drift of some articles could not be counted: %1").replace("%1", str(error)), 6000)

    def _store(self, items: Iterable[tuple[ArticleId, ArticleDrift | None]]) -> None:
        arrived = []
        for article, drift in items:
            self._known[article] = drift
            self._known.move_to_end(article)
            self._wanted.pop(article, None)
            arrived.append(article)
        while len(self._known) > MAX_CACHED:
            self._known.popitem(last=False)
        if arrived:
            self.arrived.emit(arrived)
