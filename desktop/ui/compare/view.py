"""The compare view: two versions side by side with a word diff, or two translations in parallel.

Diff mode colours inserted, deleted and changed words (and, inside a changed word, the
characters that differ), counts the changes, and steps through them with F7 / Shift+F7 (or
Alt+Down / Alt+Up), the counter following ("change 3 of 14"). The ignore toggles recompute
the diff: with punctuation ignored, a quote-stripped copy shows no change at all.

Parallel mode shows two linked articles row by row: their paragraphs aligned by length and by
evidence that survives translation, a paragraph split in one edition facing its halves, with the
corrections the user made to this pair and the drift between the two (core/pair_drift.py). The
parallel editor (parallel_editor.py) adds the current row, corrections and the list of mismatches.

Both panes scroll together so that corresponding text stays level: in diff mode through the
diff's offset map (the text at the top of one pane is found in the other), in parallel mode
row by row. The diff, the alignment and the HTML are computed as a read op (off the GUI
thread) when the texts are long, with a "Comparing…" state meanwhile, so a 5 MB version never
blocks the window; a newer request supersedes the running one (the session's latest-only key).

The view's keys are actions of the registry (group "Compare view"), so F1 lists them.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from dataclasses import dataclass, replace
from enum import Enum

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, QPoint, QPointF, Qt, QThread, QTimer, QUrl, Signal
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)
from sqlite_utils import Database

from desktop.core.alignment import parallel_rows
from desktop.core.alignment_corrections import apply_corrections
from desktop.core.changes import Change
from desktop.core.drift import drift
from desktop.core.ids import ArticleId, VersionId
from desktop.core.pair_drift import PairDrift, pair_drift
from desktop.core.version_compare import classify
from desktop.core.word_diff import IgnoreOptions, WordDiff, word_diff
from desktop.ui.actions import ActionSpec
from desktop.ui.compare.html import DocPoint, DocRange, SideDocument, diff_documents, parallel_documents
from desktop.ui.compare.parallel_editor import ACTIONS as PARALLEL_ACTIONS
from desktop.ui.compare.parallel_editor import ParallelEditor
from desktop.ui.core_labels import class_label
from desktop.ui.plain_text import plain_tip
from desktop.ui.resources import themed_icon
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.session import LibrarySession
from desktop.ui.theme import LIGHT, Palette

# Below this many characters (both sides together) the work takes a few milliseconds: do it at once.
BACKGROUND_ABOVE_CHARS = 60_000
# Parallel mode pads rows to the same height on both sides, up to this many rows (beyond, scrolling alone keeps them level).
MAX_LEVELLED_ROWS = 800
LEVEL_AFTER_MS = 60
DOCUMENT_MARGIN = 18
COMPARE_KEY = "compare.view"

GROUP = QT_TRANSLATE_NOOP("Actions", "Compare view")
ACTIONS = (
    ActionSpec("compare.next_change", QT_TRANSLATE_NOOP("Actions", "Next Change"), GROUP, ("F7", "Alt+Down")),
    ActionSpec("compare.previous_change", QT_TRANSLATE_NOOP("Actions", "Previous Change"), GROUP, ("Shift+F7", "Alt+Up")),
    ActionSpec("compare.close", QT_TRANSLATE_NOOP("Actions", "Close the Compare View"), GROUP, ("Esc",)),
)
OWN_ACTIONS = ACTIONS
ACTIONS = (*OWN_ACTIONS, *PARALLEL_ACTIONS)  # declared by the controller, so F1 lists them before the view opens


class CompareMode(Enum):
    DIFF = "diff"  # two versions of one article
    PARALLEL = "parallel"  # two articles linked as translations


@dataclass(frozen=True)
class CompareSide:
    label: str  # what the pane's chooser shows
    text: str
    name: str = ""  # in a sentence: "version 2"
    tooltip: str = ""
    article: ArticleId | None = None  # parallel mode: whose edition this is, for its corrections and accepted mismatches
    version: VersionId | None = None
    edition: str = ""  # parallel mode: its language, "EN"


@dataclass(frozen=True)
class CompareRequest:
    mode: CompareMode
    title: str
    choices: tuple[CompareSide, ...]  # versions (diff) or articles (parallel) the panes can show
    left: int
    right: int


@dataclass(frozen=True)
class _Outcome:
    left: SideDocument
    right: SideDocument
    diff: WordDiff | None
    summary: str
    left_doc: QTextDocument | None = None  # built on the worker thread for long texts
    right_doc: QTextDocument | None = None
    pair: PairDrift | None = None  # parallel mode


def _compute(mode: CompareMode, left: CompareSide, right: CompareSide, ignore: IgnoreOptions, palette: Palette, db: Database) -> _Outcome:
    """Everything the view shows, computed without touching a widget (safe on a worker thread)."""
    if mode is CompareMode.DIFF:
        diff = word_diff(left.text, right.text, ignore)
        left_side, right_side = diff_documents(diff, palette)
        if left.text == right.text:
            summary = QCoreApplication.translate("CompareView", "The same version on both sides")
        else:
            label = class_label(classify(left.text, right.text))
            right_name = right.name or QCoreApplication.translate("CompareView", "right")
            left_name = left.name or QCoreApplication.translate("CompareView", "left")
            summary = QCoreApplication.translate("CompareView", "%1 against %2: %3")
            summary = summary.replace("%1", right_name).replace("%2", left_name).replace("%3", label)
            summary = summary[0].upper() + summary[1:]
        return _Outcome(left_side, right_side, diff, summary)
    if left.article is not None and right.article is not None and left.article != right.article:
        pair = pair_drift(db, left.article, right.article, left.text, right.text)
    else:  # the same edition on both sides: nothing to correct or accept
        alignment = apply_corrections(left.text, right.text, parallel_rows(left.text, right.text), ())
        pair = PairDrift(alignment, drift(left.text, right.text, alignment.rows).mismatches, ())
    rows = pair.alignment.rows
    left_side, right_side = parallel_documents(rows, palette)
    return _Outcome(left_side, right_side, None, ParallelSummary().summary(pair), pair=pair)


class ParallelSummary(QObject):
    """A context for the texts with a number (lupdate finds those only in self.tr); safe on a worker thread."""

    def summary(self, pair: PairDrift) -> str:
        rows, corrected, count = len(pair.alignment.rows), len(pair.alignment.corrected), len(pair.mismatches)
        parts = [self.tr("%Ln aligned row(s)", "", rows)]
        if corrected:
            parts.append(self.tr("%Ln corrected by hand", "aligned rows", corrected))
        mismatches = self.tr("%Ln mismatch(es) to look at", "", count) if count else self.tr("no mismatches to look at")
        if pair.accepted:
            mismatches += " " + self.tr("(%Ln accepted)", "mismatches", len(pair.accepted))
        parts.append(mismatches)
        text = " · ".join(parts)
        set_aside = len(pair.alignment.set_aside)  # the core's note, in the interface language
        if set_aside:
            text += ". " + self.tr(
                "%Ln correction(s) made by hand no longer fit these texts (the words at the boundary are gone) and were set aside.", "", set_aside
            )
        return text



def _build_documents(outcome: _Outcome, font: QFont, gui_thread: QThread) -> _Outcome:
    """Parse both sides' HTML into documents (off the GUI thread: megabytes take a while), then hand them over."""
    docs = []
    for side in (outcome.left, outcome.right):
        doc = QTextDocument()
        doc.setUndoRedoEnabled(False)
        doc.setDefaultFont(font)
        doc.setDocumentMargin(DOCUMENT_MARGIN)
        doc.setHtml(side.html)
        doc.moveToThread(gui_thread)
        docs.append(doc)
    return _Outcome(outcome.left, outcome.right, outcome.diff, outcome.summary, docs[0], docs[1], outcome.pair)


class CompareBrowser(QTextBrowser):
    """A pane: read-only, loads nothing, follows no link."""

    def __init__(self, name: str, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.document().setDocumentMargin(DOCUMENT_MARGIN)

    def loadResource(self, _type: int, _name: QUrl) -> object:
        return None


class CompareView(RetranslatingWidget, QWidget):
    """A window of its own (objectName `compareView`), reused for each comparison."""

    changeSelected = Signal(int)  # index of the current change, -1 for none

    def __init__(self, session: LibrarySession, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("compareView")
        self.resize(1180, 760)
        self._session = session
        self._palette = LIGHT
        self._request: CompareRequest | None = None
        self._generation = 0
        self._outcome: _Outcome | None = None
        self._current = -1
        self._syncing = False
        self._busy = False

        self.ignore_punctuation = self._toggle("ignorePunctuation")
        self.ignore_case = self._toggle("ignoreCase")
        self.ignore_whitespace = self._toggle("ignoreWhitespace")
        self.prev_button = self._tool("previous", self.previous_change)
        self.next_button = self._tool("next", self.next_change)
        self.prev_button.setObjectName("previousChange")
        self.next_button.setObjectName("nextChange")
        self.counter = QLabel(self)
        self.counter.setObjectName("changeCounter")
        self.counter.setMinimumWidth(130)
        self.counter.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        bar = QHBoxLayout()
        bar.setContentsMargins(10, 8, 10, 4)
        bar.setSpacing(12)
        self.ignore_label = QLabel(self)
        bar.addWidget(self.ignore_label)
        self.mode_label = QLabel(self)
        self.mode_label.setObjectName("parallelHint")
        bar.addWidget(self.mode_label)
        for toggle in (self.ignore_punctuation, self.ignore_case, self.ignore_whitespace):
            bar.addWidget(toggle)
        bar.addStretch(1)
        bar.addWidget(self.counter)
        bar.addSpacing(4)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.next_button)

        self.left = CompareBrowser("compareLeft", self)
        self.right = CompareBrowser("compareRight", self)
        self.left_choice = QComboBox(self)
        self.right_choice = QComboBox(self)
        self.left_choice.setObjectName("compareLeftChoice")
        self.right_choice.setObjectName("compareRightChoice")
        self.left_choice.currentIndexChanged.connect(lambda i: self._choose(i, None))
        self.right_choice.currentIndexChanged.connect(lambda i: self._choose(None, i))
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        for choice, browser in ((self.left_choice, self.left), (self.right_choice, self.right)):
            pane = QWidget(self.splitter)
            column = QVBoxLayout(pane)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(0)
            header = QHBoxLayout()
            header.setContentsMargins(10, 4, 10, 4)
            header.addWidget(choice, 1)
            column.addLayout(header)
            column.addWidget(browser, 1)
            self.splitter.addWidget(pane)

        self.summary = QLabel(self)
        self.summary.setObjectName("compareSummary")
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.legend = QLabel(self)
        self.legend.setObjectName("compareLegend")
        foot = QHBoxLayout()
        foot.setContentsMargins(10, 4, 10, 8)
        foot.addWidget(self.summary, 1)
        foot.addWidget(self.legend)

        # Parallel mode: the current row, corrections and the pair's drift (its list under the panes).
        self.parallel = ParallelEditor(self, session)
        self.body = QSplitter(Qt.Orientation.Vertical, self)
        self.body.setObjectName("compareBody")
        self.body.setChildrenCollapsible(True)
        self.body.addWidget(self.splitter)
        self.body.addWidget(self.parallel.list)
        self.body.setStretchFactor(0, 1)
        self.body.setSizes([560, 150])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(bar)
        layout.addWidget(self.body, 1)
        layout.addLayout(foot)

        for browser, other in ((self.left, self.right), (self.right, self.left)):
            browser.verticalScrollBar().valueChanged.connect(lambda _v, b=browser, o=other: self._sync(b, o))
        slots = {"compare.next_change": self.next_change, "compare.previous_change": self.previous_change, "compare.close": self.close}
        for spec in OWN_ACTIONS:
            session.actions.add(spec, slots[spec.id], widget=self)
        session.libraryChanged.connect(self._on_library_changed)
        self._level_timer = QTimer(self, singleShot=True, interval=LEVEL_AFTER_MS)
        self._level_timer.timeout.connect(self.level_rows)
        self.splitter.splitterMoved.connect(lambda _pos, _index: self._level_timer.start())
        self._row_margins: dict[int, dict[int, float]] = {}  # per pane, the natural bottom margin of each row's last block
        self._apply_font()
        self.set_palette(LIGHT)
        self.retranslate()

    def retranslate(self) -> None:
        """The window's own words; what it compares is named anew by the compare controller."""
        self.ignore_punctuation.setText(self.tr("Punctuation && quotes"))
        self.ignore_punctuation.setToolTip(self.tr("Quotation marks, apostrophes, dashes and other punctuation do not count"))
        self.ignore_case.setText(self.tr("Case"))
        self.ignore_case.setToolTip(self.tr("Capital and small letters compare equal"))
        self.ignore_whitespace.setText(self.tr("Whitespace"))
        self.ignore_whitespace.setToolTip(self.tr("Spaces and line breaks between words do not count"))
        self.prev_button.setText(self.tr("Previous"))
        self.prev_button.setToolTip(self.tr("Previous change (Shift+F7, Alt+Up)"))
        self.next_button.setText(self.tr("Next"))
        self.next_button.setToolTip(self.tr("Next change (F7, Alt+Down)"))
        self.ignore_label.setText(self.tr("Ignore:"))
        self.mode_label.setText(self.tr("J / K: rows · H / L: edition · right-click a row to split, merge or re-pair it · F7: next mismatch"))
        self._set_legend()
        self._title()
        self._update_counter()

    def _title(self) -> None:
        if self._request is not None:
            what = self.tr("Compare versions") if self._request.mode is CompareMode.DIFF else self.tr("Parallel reading")
            self.setWindowTitle(f"{what} — {self._request.title}")

    def _toggle(self, name: str) -> QCheckBox:
        box = QCheckBox(self)
        box.setObjectName(name)
        box.toggled.connect(lambda _checked: self._recompute())
        return box

    def _tool(self, icon: str, slot) -> QToolButton:
        button = QToolButton(self)
        button.setAutoRaise(True)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        button.setProperty("icon_name", icon)
        button.clicked.connect(slot)
        return button

    def _apply_font(self) -> None:
        """The reader's serif face; kept here too, since a theme change resets widget fonts."""
        font = QFont()
        font.setFamilies(["Charter", "Georgia", "Noto Serif", "DejaVu Serif", "Times New Roman", "serif"])
        font.setStyleHint(QFont.StyleHint.Serif)
        base = QFont().pointSizeF()
        font.setPointSizeF(max(7.0, (base if base > 0 else 10.0) + 2))
        self._font = font
        for browser in (self.left, self.right):
            browser.setFont(font)
            browser.document().setDefaultFont(font)

    # --- what the window asks ------------------------------------------------------------------
    @property
    def request(self) -> CompareRequest | None:
        return self._request

    @property
    def busy(self) -> bool:
        return self._busy

    @property
    def pair(self) -> PairDrift | None:
        """Parallel mode: the pair's rows as corrected and its mismatches."""
        return self._outcome.pair if self._outcome else None

    def sync_from(self, browser: QTextBrowser) -> None:
        """Scroll the other pane to where `browser` now is."""
        self._sync(browser, self.right if browser is self.left else self.left)

    def _on_library_changed(self, change: Change) -> None:
        """A correction or an acceptance for the pair shown, or a new version of an edition: recompute, keeping the place."""
        request = self._request
        if request is None or request.mode is not CompareMode.PARALLEL:
            return
        newer = [k for k, side in enumerate(request.choices) if side.article in change.texts]
        if newer:
            choices = list(request.choices)
            for k in newer:
                row = self._session.db.execute(
                    "SELECT id, text FROM versions WHERE article_id = ? ORDER BY id DESC LIMIT 1", [choices[k].article]
                ).fetchone()
                if row is not None:
                    choices[k] = replace(choices[k], text=row[1], version=VersionId(row[0]))
            self._request = replace(request, choices=tuple(choices))
        shown = {request.choices[request.left].article, request.choices[request.right].article}
        if shown & (change.alignments | change.texts):
            self._recompute(keep_place=True)

    @property
    def diff(self) -> WordDiff | None:
        return self._outcome.diff if self._outcome else None

    @property
    def change_count(self) -> int:
        return len(self._outcome.left.changes) if self._outcome and self._outcome.diff else 0

    @property
    def current_change(self) -> int:
        return self._current

    def ignore_options(self) -> IgnoreOptions:
        return IgnoreOptions(
            punctuation=self.ignore_punctuation.isChecked(), case=self.ignore_case.isChecked(), whitespace=self.ignore_whitespace.isChecked()
        )

    def show_request(self, request: CompareRequest) -> None:
        """Compare what the request names, and bring the window up."""
        self._request = request
        self.parallel.forget_place()
        diff_mode = request.mode is CompareMode.DIFF
        self._title()
        for widget in (self.ignore_label, self.ignore_punctuation, self.ignore_case, self.ignore_whitespace, self.prev_button, self.next_button):
            widget.setVisible(diff_mode)
        self.legend.setVisible(diff_mode)
        self.mode_label.setVisible(not diff_mode)
        if diff_mode:
            self.parallel.clear()
        for choice, index in ((self.left_choice, request.left), (self.right_choice, request.right)):
            choice.blockSignals(True)
            choice.clear()
            for i, side in enumerate(request.choices):
                choice.addItem(side.label)
                if side.tooltip:
                    choice.setItemData(i, plain_tip(side.tooltip), Qt.ItemDataRole.ToolTipRole)
            choice.setCurrentIndex(index)
            choice.blockSignals(False)
        self._recompute()
        self.show()
        self.raise_()
        self.activateWindow()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self._apply_font()
        for button in (self.prev_button, self.next_button):
            button.setIcon(themed_icon(str(button.property("icon_name")), palette.icon))
        self.counter.setStyleSheet(f"color: {palette.text}; font-weight: 600;")
        self.summary.setStyleSheet(f"color: {palette.muted};")
        self.mode_label.setStyleSheet(f"color: {palette.muted};")
        self.parallel.set_palette(palette)
        self._set_legend()
        if self._request is not None:
            self._recompute(keep_place=True)

    def _set_legend(self) -> None:
        palette = self._palette
        missing = self.tr("missing here")
        kinds = ((self.tr("inserted"), palette.diff_insert), (self.tr("deleted"), palette.diff_delete), (self.tr("changed"), palette.diff_change))
        self.legend.setText(
            "  ".join(f'<span style="background-color:{color}; color:{palette.text};">&nbsp;{html.escape(name)}&nbsp;</span>' for name, color in kinds)
            + f'&nbsp;&nbsp;<span style="color:{palette.diff_delete_mark}; font-weight:bold;">‸</span>'
            f'<span style="color:{palette.muted};"> {html.escape(missing)}</span>'
        )

    # --- computing ---------------------------------------------------------------------------
    def _choose(self, left: int | None, right: int | None) -> None:
        if self._request is None:
            return
        request = self._request
        self._request = CompareRequest(
            request.mode, request.title, request.choices, request.left if left is None else left, request.right if right is None else right
        )
        self.parallel.forget_place()
        self._recompute()

    def _recompute(self, *, keep_place: bool = False) -> None:
        request = self._request
        if request is None:
            return
        self._generation += 1
        generation = self._generation
        self._session.reads.cancel(COMPARE_KEY)
        left, right = request.choices[request.left], request.choices[request.right]
        mode, ignore, palette = request.mode, self.ignore_options(), self._palette
        place = self.left.verticalScrollBar().value() if keep_place else 0
        current = self._current if keep_place else -1

        def job(db: Database) -> _Outcome:
            return _compute(mode, left, right, ignore, palette, db)

        if len(left.text) + len(right.text) <= BACKGROUND_ABOVE_CHARS:
            self._show(job(self._session.db), place, current)
            return
        self._set_busy(True)
        font, gui_thread = QFont(self._font), self.thread()
        self._session.read(
            lambda db: _build_documents(job(db), font, gui_thread),
            lambda outcome: self._on_finished(generation, outcome, place),
            lambda error: self._on_failed(generation, str(error) or type(error).__name__),  # reported in the view, never a crash
            key=COMPARE_KEY,
        )

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self._outcome = None
            self._current = -1
            comparing = self.tr("Comparing…")
            self.counter.setText(comparing)
            self.summary.setText(self.tr("Comparing the two texts; the window stays usable meanwhile."))
            self.parallel.clear()
            for browser in (self.left, self.right):
                browser.setExtraSelections([])
                browser.setHtml(f'<p style="color:{self._palette.muted};">{html.escape(comparing)}</p>')
        self.prev_button.setEnabled(not busy)
        self.next_button.setEnabled(not busy)

    def _on_finished(self, generation: int, outcome: _Outcome, place: int = 0) -> None:
        if generation == self._generation:
            self._show(outcome, place, -1)

    def _on_failed(self, generation: int, message: str) -> None:
        if generation == self._generation:
            self._set_busy(False)
            self.counter.setText("")
            self.summary.setText(self.tr("The comparison failed: %1").replace("%1", message))

    def _show(self, outcome: _Outcome, place: int, current: int) -> None:
        self._set_busy(False)
        self._outcome = outcome
        self._syncing = True
        try:
            for browser, side, doc in ((self.left, outcome.left, outcome.left_doc), (self.right, outcome.right, outcome.right_doc)):
                browser.setExtraSelections([])
                browser.setFont(self._font)
                if doc is not None:
                    # The editor owns (and, on the next swap, deletes) a document that is its child.
                    doc.setParent(browser)
                    browser.setDocument(doc)
                else:
                    browser.document().setDefaultFont(self._font)
                    browser.setHtml(side.html)
            self.left.verticalScrollBar().setValue(place)
        finally:
            self._syncing = False
        self._sync(self.left, self.right)
        self.summary.setText(outcome.summary)
        self._row_margins = {}
        if outcome.pair is not None:
            self.parallel.prepare(self.left.document(), self.right.document())
        if outcome.diff is None:
            self.level_rows()
            self._level_timer.start()  # again once the window has its final size
        if outcome.pair is not None:
            self.parallel.show_pair(outcome.pair, outcome.left, outcome.right)
        else:
            self.parallel.clear()
        self._current = current if 0 <= current < self.change_count else -1
        self._update_counter()
        if self._current >= 0:
            self._select(self._current, scroll=False)

    # --- stepping through changes ---------------------------------------------------------------
    def next_change(self) -> None:
        self.move_change(1)

    def previous_change(self) -> None:
        self.move_change(-1)

    def move_change(self, step: int) -> None:
        if self._request is not None and self._request.mode is CompareMode.PARALLEL:
            self.parallel.step_mismatch(step)  # F7 in parallel reading: the next mismatch
            return
        count = self.change_count
        if self._busy or not count:
            return
        if self._current < 0:
            target = 0 if step > 0 else count - 1
        else:
            target = max(0, min(count - 1, self._current + step))
        self.select_change(target)

    def select_change(self, index: int) -> None:
        if not 0 <= index < self.change_count:
            return
        self._current = index
        self._select(index, scroll=True)
        self._update_counter()
        self.changeSelected.emit(index)

    def _update_counter(self) -> None:
        if self._outcome is None or self._outcome.diff is None:
            if not self._busy:
                self.counter.setText("")
            return
        count = self.change_count
        if not count:
            ignored = self.ignore_options()
            names = {"punctuation": self.tr("punctuation"), "case": self.tr("case"), "whitespace": self.tr("whitespace")}
            what = ", ".join(names[n] for n in ignored.NAMES if getattr(ignored, n))
            self.counter.setText(self.tr("No differences (ignoring %1)").replace("%1", what) if what else self.tr("No differences"))
        elif self._current < 0:
            self.counter.setText(self.tr("%Ln change(s)", "", count))
        else:
            self.counter.setText(self.tr("change %1 of %2").replace("%1", str(self._current + 1)).replace("%2", str(count)))
        self.prev_button.setEnabled(count > 0 and self._current != 0)
        self.next_button.setEnabled(count > 0 and self._current != count - 1)

    def _select(self, index: int, *, scroll: bool) -> None:
        assert self._outcome is not None
        self._syncing = True
        try:
            change = self._outcome.diff.changes[index] if self._outcome.diff else None
            for browser, side, marks in (
                (self.left, self._outcome.left, change.old_marks if change else ()),
                (self.right, self._outcome.right, change.new_marks if change else ()),
            ):
                cursor = _cursor(browser.document(), side.changes[index])
                selection = QTextEdit.ExtraSelection()
                selection.cursor = cursor
                fmt = QTextCharFormat()
                # Underlined in the accent colour; the background too, unless it would hide the
                # characters marked inside a changed word.
                fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
                fmt.setUnderlineColor(QColor(self._palette.accent))
                if not marks:
                    fmt.setBackground(QColor(self._palette.diff_current))
                    fmt.setForeground(QColor(self._palette.text))
                selection.format = fmt
                browser.setExtraSelections([selection])
                if scroll:
                    edge = QTextCursor(cursor)
                    edge.setPosition(cursor.selectionStart())
                    top = browser.cursorRect(edge).top()
                    bar = browser.verticalScrollBar()
                    bar.setValue(bar.value() + top - browser.viewport().height() // 3)
        finally:
            self._syncing = False

    def current_change_text(self) -> tuple[str, str]:
        """The current change as each pane shows it (a marker where text is missing)."""
        if self._outcome is None or self._current < 0:
            return "", ""
        texts = []
        for browser, side in ((self.left, self._outcome.left), (self.right, self._outcome.right)):
            texts.append(_cursor(browser.document(), side.changes[self._current]).selectedText())
        return texts[0], texts[1]

    # --- parallel rows, level ---------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._outcome is not None and self._outcome.diff is None:
            self._level_timer.start()

    def level_rows(self) -> None:
        """Pad the shorter side of each aligned row, so that every row starts at the same height."""
        outcome = self._outcome
        if outcome is None or outcome.diff is not None or self._busy:
            return
        panes = ((self.left, outcome.left.block_rows), (self.right, outcome.right.block_rows))
        if not outcome.left.block_rows or outcome.left.block_rows[-1] >= MAX_LEVELLED_ROWS:
            return
        rows = outcome.left.block_rows[-1] + 1
        heights: list[list[float]] = []
        for pane, (browser, block_rows) in enumerate(panes):
            doc = browser.document()
            doc.setUndoRedoEnabled(False)
            natural = self._row_margins.setdefault(
                pane, {r: doc.findBlockByNumber(_row_blocks(block_rows, r)[1]).blockFormat().bottomMargin() for r in range(rows)}
            )
            self._set_row_margins(doc, block_rows, {r: natural[r] for r in range(rows)})
            layout = doc.documentLayout()
            tops = [layout.blockBoundingRect(doc.findBlockByNumber(_row_blocks(block_rows, r)[0])).top() for r in range(rows)]
            tops.append(layout.documentSize().height())
            heights.append([tops[r + 1] - tops[r] for r in range(rows)])
        self._syncing = True
        try:
            for pane, (browser, block_rows) in enumerate(panes):
                other = heights[1 - pane]
                extra = {r: self._row_margins[pane][r] + max(0.0, other[r] - heights[pane][r]) for r in range(rows)}
                self._set_row_margins(browser.document(), block_rows, extra)
        finally:
            self._syncing = False
        self._sync(self.left, self.right)

    @staticmethod
    def _set_row_margins(doc: QTextDocument, block_rows: tuple[int, ...], margins: dict[int, float]) -> None:
        cursor = QTextCursor(doc)
        cursor.beginEditBlock()
        for row, margin in margins.items():
            block = doc.findBlockByNumber(_row_blocks(block_rows, row)[1])
            fmt = block.blockFormat()
            if abs(fmt.bottomMargin() - margin) > 0.5:
                fmt.setBottomMargin(margin)
                cursor.setPosition(block.position())
                cursor.setBlockFormat(fmt)
        cursor.endEditBlock()

    # --- scrolling together -----------------------------------------------------------------------
    def _sync(self, source: QTextBrowser, target: QTextBrowser) -> None:
        if self._syncing or self._outcome is None or self._busy:
            return
        self._syncing = True
        try:
            source_bar, target_bar = source.verticalScrollBar(), target.verticalScrollBar()
            if source_bar.value() <= source_bar.minimum():
                target_bar.setValue(target_bar.minimum())
            elif source_bar.value() >= source_bar.maximum():
                target_bar.setValue(target_bar.maximum())
            elif self._outcome.diff is not None:
                target_bar.setValue(self._same_text_y(source is self.left))
            else:
                block, fraction = _block_at_top(source)
                target_bar.setValue(self._same_row_y(source is self.left, block, fraction))
        finally:
            self._syncing = False

    def _same_text_y(self, from_left: bool) -> int:
        """Diff mode: scroll the other pane so the line holding the same text is at the same height."""
        outcome = self._outcome
        assert outcome is not None and outcome.diff is not None
        source, target = (self.left, self.right) if from_left else (self.right, self.left)
        here, there = (outcome.left, outcome.right) if from_left else (outcome.right, outcome.left)
        margin = int(source.document().documentMargin())
        cursor = source.cursorForPosition(QPoint(margin + 1, 1))
        block = cursor.block()
        offset = here.text_offset(block.blockNumber(), cursor.position() - block.position())
        above = source.cursorRect(cursor).top()  # how far that line is scrolled past the top
        mapped = outcome.diff.map_old_to_new(offset) if from_left else outcome.diff.map_new_to_old(offset)
        point = there.position(mapped)
        doc = target.document()
        target_block = doc.findBlockByNumber(point.block)
        if not target_block.isValid():
            return target.verticalScrollBar().maximum()
        spot = QTextCursor(doc)
        spot.setPosition(target_block.position() + min(point.column, max(0, target_block.length() - 1)))
        return target.verticalScrollBar().value() + target.cursorRect(spot).top() - above

    def _same_row_y(self, from_left: bool, block: int, fraction: float) -> int:
        """Parallel mode: the same fraction of the same aligned row."""
        outcome = self._outcome
        assert outcome is not None
        here, there = (outcome.left, outcome.right) if from_left else (outcome.right, outcome.left)
        source, target = (self.left, self.right) if from_left else (self.right, self.left)
        row = here.block_rows[block] if block < len(here.block_rows) else 0
        first, last = _row_blocks(here.block_rows, row)
        top, bottom = _y_of(source, first, 0.0), _y_of(source, last, 1.0)
        y = _y_of(source, block, fraction)
        inner = (y - top) / (bottom - top) if bottom > top else 0.0
        first, last = _row_blocks(there.block_rows, row)
        top, bottom = _y_of(target, first, 0.0), _y_of(target, last, 1.0)
        return int(top + inner * (bottom - top))


def _cursor(doc: QTextDocument, where: DocRange) -> QTextCursor:
    cursor = QTextCursor(doc)
    cursor.setPosition(_position(doc, where.start))
    cursor.setPosition(_position(doc, where.end), QTextCursor.MoveMode.KeepAnchor)
    return cursor


def _position(doc: QTextDocument, point: DocPoint) -> int:
    block = doc.findBlockByNumber(point.block)
    if not block.isValid():
        return max(0, doc.characterCount() - 1)
    return block.position() + min(point.column, max(0, block.length() - 1))


def _block_at_top(browser: QTextBrowser) -> tuple[int, float]:
    doc = browser.document()
    y = browser.verticalScrollBar().value()
    position = doc.documentLayout().hitTest(QPointF(doc.documentMargin() + 1, y), Qt.HitTestAccuracy.FuzzyHit)
    block = doc.findBlock(max(0, position))
    rect = doc.documentLayout().blockBoundingRect(block)
    fraction = (y - rect.top()) / rect.height() if rect.height() else 0.0
    return max(0, block.blockNumber()), min(1.0, max(0.0, fraction))


def _y_of(browser: QTextBrowser, block_number: int, fraction: float) -> int:
    doc = browser.document()
    block = doc.findBlockByNumber(block_number)
    if not block.isValid():
        return browser.verticalScrollBar().maximum()
    rect = doc.documentLayout().blockBoundingRect(block)
    return int(rect.top() + fraction * rect.height())


def _row_blocks(rows: tuple[int, ...], row: int) -> tuple[int, int]:
    first = bisect_right(rows, row - 1)
    last = bisect_right(rows, row) - 1
    return first, max(first, last)
