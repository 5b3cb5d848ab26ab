"""The versions panel: every text an article was seen with, where and when, and how each differs.

For each version: where it was first and last seen (dump, import date, section), in how many
places, its length, and its class against the base (identical, whitespace only,
punctuation/quotes only, edited with N words changed). The base is the first version seen,
whose classes the library stores; the user can pick another base, and the classes are then
computed for this one article, as a read op off the GUI thread when its texts are long.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.core.articles import ArticleDetail, Occurrence, Version
from desktop.core.ids import VersionId
from desktop.core.version_compare import Classification, classify_versions
from desktop.ui.core_labels import class_label, place_label
from desktop.ui.plain_text import plain_tip
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.session import LibrarySession
from desktop.ui.theme import LIGHT, Palette

BACKGROUND_ABOVE_CHARS = 200_000
COLUMNS = (
    QT_TRANSLATE_NOOP("VersionsPanel", "Version"),
    QT_TRANSLATE_NOOP("VersionsPanel", "First seen"),
    QT_TRANSLATE_NOOP("VersionsPanel", "Last seen"),
    QT_TRANSLATE_NOOP("VersionsPanel", "Places"),
    QT_TRANSLATE_NOOP("VersionsPanel", "Length"),
    QT_TRANSLATE_NOOP("VersionsPanel", "Against base"),
)
VersionRole = Qt.ItemDataRole.UserRole + 1
CLASSIFY_KEY = "versions.classify"


def _seen(o: Occurrence) -> str:
    section = o.section or QCoreApplication.translate("ChangeLabels", "no section")
    return f"{o.dump} · {o.imported_at[:10]} · {section}"


class VersionsPanel(RetranslatingWidget, QWidget):
    compareRequested = Signal(int, int)  # left version, right version
    readRequested = Signal(int)  # version to show in the reader

    def __init__(self, session: LibrarySession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("versionsPanel")
        self._session = session
        self._palette = LIGHT
        self._article: ArticleDetail | None = None
        self._stored: dict[VersionId, Classification | None] = {}
        self._classes: dict[VersionId, Classification] = {}
        self._base: VersionId | None = None
        self._reading: VersionId | None = None
        self._generation = 0

        self.summary = QLabel(self)
        self.summary.setObjectName("versionsSummary")
        self.summary.setWordWrap(True)
        self.table = QTreeWidget(self)
        self.table.setObjectName("versionsTable")
        self.table.setColumnCount(len(COLUMNS))
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setStyleSheet("QTreeWidget::item { padding: 4px 2px; }")
        self.table.setAlternatingRowColors(False)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemDoubleClicked.connect(lambda item, _col: self._compare_with_base(item))

        self.compare_base_button = QPushButton(self)
        self.compare_base_button.setObjectName("compareWithBase")
        self.compare_base_button.clicked.connect(self._compare_selected_with_base)
        self.compare_two_button = QPushButton(self)
        self.compare_two_button.setObjectName("compareSelected")
        self.compare_two_button.clicked.connect(self._compare_selected)
        self.base_button = QPushButton(self)
        self.base_button.setObjectName("setBase")
        self.base_button.clicked.connect(self._set_base_from_selection)
        self.read_button = QPushButton(self)
        self.read_button.clicked.connect(self._read_selected)
        buttons = QHBoxLayout()
        buttons.setSpacing(6)
        for button in (self.compare_base_button, self.compare_two_button, self.base_button, self.read_button):
            buttons.addWidget(button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(6)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.retranslate()

    def retranslate(self) -> None:
        self.table.setHeaderLabels([self.tr(c) for c in COLUMNS])
        self.compare_base_button.setText(self.tr("Compare with Base"))
        self.compare_base_button.setToolTip(self.tr("Show the selected version side by side with the base"))
        self.compare_two_button.setText(self.tr("Compare Selected"))
        self.compare_two_button.setToolTip(self.tr("Select two versions (Ctrl-click) to compare them"))
        self.base_button.setText(self.tr("Set as Base"))
        self.base_button.setToolTip(self.tr("Classify the other versions against this one"))
        self.read_button.setText(self.tr("Read"))
        self.read_button.setToolTip(self.tr("Show this version in the reader"))
        self._fill()

    # --- state -------------------------------------------------------------------------------
    @property
    def base(self) -> VersionId | None:
        return self._base

    def classification(self, version: VersionId) -> Classification | None:
        """The class shown for a version against the current base (None for the base itself)."""
        return None if version == self._base else self._classes.get(version)

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.summary.setStyleSheet(f"color: {palette.muted};")

    def show_article(
        self, article: ArticleDetail | None, stored: dict[VersionId, Classification | None], reading: VersionId | None
    ) -> None:
        """Show an article's versions; the base stays if the same article is shown again."""
        same = article is not None and self._article is not None and article.id == self._article.id
        self._article = article
        self._stored = stored
        self._reading = reading
        versions = article.versions if article else ()
        if not same or self._base not in {v.id for v in versions}:
            self._base = versions[0].id if versions else None
        self._classify()

    def set_base(self, version: VersionId) -> None:
        if self._article is not None and version in {v.id for v in self._article.versions} and version != self._base:
            self._base = version
            self._classify()

    # --- classes against the base ------------------------------------------------------------
    def _classify(self) -> None:
        self._generation += 1
        article, base = self._article, self._base
        if article is None or base is None:
            self._classes = {}
            self._fill()
            return
        if base == article.versions[0].id:
            self._classes = {v: c for v, c in self._stored.items() if c is not None}
            self._fill()
            return
        versions = article.versions
        if sum(v.length for v in versions) <= BACKGROUND_ABOVE_CHARS:
            self._classes = classify_versions(versions, base)
            self._fill()
            return
        self._classes = {}
        self._fill(pending=True)
        generation = self._generation
        self._session.read(
            lambda _db: classify_versions(versions, base),
            lambda classes: self._on_classified(generation, classes),
            lambda _error: self._on_classified(generation, {}),  # the panel shows "?" rather than failing
            key=CLASSIFY_KEY,
        )

    def _on_classified(self, generation: int, classes: dict) -> None:
        if generation == self._generation:
            self._classes = classes
            self._fill()

    # --- the table -----------------------------------------------------------------------------
    def _fill(self, *, pending: bool = False) -> None:
        selected = {item.data(0, VersionRole) for item in self.table.selectedItems()}
        self.table.clear()
        article = self._article
        versions: tuple[Version, ...] = article.versions if article else ()
        bold = QFont(self.table.font())
        bold.setBold(True)
        for i, version in enumerate(versions):
            first = version.occurrences[0] if version.occurrences else None
            last = version.occurrences[-1] if version.occurrences else None
            if version.id == self._base:
                against = self.tr("base")
            elif pending:
                against = self.tr("comparing…")
            else:
                found = self._classes.get(version.id)
                against = class_label(found) if found else "?"
            reading = "  " + self.tr("(reading)") if version.id == self._reading else ""
            item = QTreeWidgetItem(
                [
                    f"{i + 1}{reading}",
                    _seen(first) if first else "—",
                    _seen(last) if last and len(version.occurrences) > 1 else self.tr("same place: seen once") if last else "—",
                    str(len(version.occurrences)),
                    QLocale().toString(version.length),
                    against,
                ]
            )
            item.setData(0, VersionRole, int(version.id))
            item.setTextAlignment(3, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            item.setTextAlignment(4, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            imported = self.tr("imported %1")
            places = "\n".join(f"{place_label(o)} · {imported.replace('%1', o.imported_at[:16].replace('T', ' '))}" for o in version.occurrences)
            seen = self.tr("Version %1 (id %2), seen in:").replace("%1", str(i + 1)).replace("%2", str(version.id))
            item.setToolTip(0, plain_tip(f"{seen}\n{places}"))
            for column in (1, 2):
                item.setToolTip(column, item.toolTip(0))
            if version.id == self._base:
                for column in range(len(COLUMNS)):
                    item.setFont(column, bold)
            self.table.addTopLevelItem(item)
            if int(version.id) in selected:
                item.setSelected(True)
        if versions and not self.table.selectedItems():
            target = next((k for k, v in enumerate(versions) if v.id != self._base), 0)
            self.table.setCurrentItem(self.table.topLevelItem(target))
        if article is None:
            self.summary.setText(self.tr("Select an article to see its versions."))
        elif len(versions) == 1:
            where = self.tr("seen in %n place(s)", "", len(versions[0].occurrences))
            self.summary.setText(self.tr("One version, %1: nothing to compare.").replace("%1", where))
        else:
            base_index = next(k for k, v in enumerate(versions) if v.id == self._base) + 1
            if base_index == 1:
                text = self.tr("%n versions, compared against version %1 (the first seen).", "", len(versions))
            else:
                text = self.tr("%n versions, compared against version %1.", "", len(versions))
            self.summary.setText(text.replace("%1", str(base_index)))
        self._update_buttons()

    def _selected_versions(self) -> list[VersionId]:
        """The selected rows, or the current row when none is selected."""
        items = sorted(self.table.selectedItems(), key=self.table.indexOfTopLevelItem)
        if not items and self.table.currentItem() is not None:
            items = [self.table.currentItem()]
        return [VersionId(int(item.data(0, VersionRole))) for item in items]

    def _update_buttons(self) -> None:
        selected = self._selected_versions()
        several = self._article is not None and len(self._article.versions) > 1
        self.compare_base_button.setEnabled(several and len(selected) == 1 and selected[0] != self._base)
        self.compare_two_button.setEnabled(len(selected) == 2)
        self.base_button.setEnabled(several and len(selected) == 1 and selected[0] != self._base)
        self.read_button.setEnabled(len(selected) == 1)

    def _compare_with_base(self, item: QTreeWidgetItem | None) -> None:
        if item is None or self._base is None:
            return
        version = int(item.data(0, VersionRole))
        if version != self._base:
            self.compareRequested.emit(int(self._base), version)

    def _compare_selected_with_base(self) -> None:
        selected = self._selected_versions()
        if len(selected) == 1 and self._base is not None and selected[0] != self._base:
            self.compareRequested.emit(int(self._base), int(selected[0]))

    def _compare_selected(self) -> None:
        selected = self._selected_versions()
        if len(selected) == 2:
            self.compareRequested.emit(int(selected[0]), int(selected[1]))

    def _set_base_from_selection(self) -> None:
        selected = self._selected_versions()
        if len(selected) == 1:
            self.set_base(selected[0])

    def _read_selected(self) -> None:
        selected = self._selected_versions()
        if len(selected) == 1:
            self.readRequested.emit(int(selected[0]))
