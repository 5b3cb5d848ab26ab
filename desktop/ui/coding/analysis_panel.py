"""The coding analysis dock: coded segments, frequencies, co-occurrence and agreement, one tab each.

The panel hands each tab the codebook, the coders and the article list's filter, and tells them
when the library changed so that the tab on screen recomputes (the others do when shown).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from desktop.core.changes import Change
from desktop.core.coding.codebook import CodeNode
from desktop.core.coding.codings import coders
from desktop.core.ids import CodeId
from desktop.ui.coding.agreement_tab import AgreementTab
from desktop.ui.coding.analysis_base import AnalysisTab
from desktop.ui.coding.cooccurrence_tab import CooccurrenceTab
from desktop.ui.coding.frequencies_tab import FrequenciesTab
from desktop.ui.coding.segments_tab import SegmentsTab
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.session import LibrarySession
from desktop.ui.theme import Palette

CODERS_KEY = "coding.analysis.coders"


class AnalysisPanel(RetranslatingWidget, QWidget):
    openRequested = Signal(int, int)

    def __init__(self, session: LibrarySession, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("codingAnalysis")
        self.session = session
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("codingAnalysisTabs")
        self.tabs.setDocumentMode(True)
        self.segments = SegmentsTab(session, self)
        self.frequencies = FrequenciesTab(session, self)
        self.cooccurrence = CooccurrenceTab(session, self)
        self.agreement = AgreementTab(session, self)
        self.by_name: dict[str, AnalysisTab] = {
            "segments": self.segments, "frequencies": self.frequencies, "cooccurrence": self.cooccurrence, "agreement": self.agreement,
        }  # fmt: skip
        for tab in self.by_name.values():
            self.tabs.addTab(tab, "")
            tab.openRequested.connect(self.openRequested)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tabs)
        self._refresh_timer = QTimer(self, singleShot=True, interval=400)
        self._refresh_timer.timeout.connect(self._refresh_after_change)
        self.retranslate()

    def retranslate(self) -> None:
        titles = (self.tr("Coded Segments"), self.tr("Frequencies"), self.tr("Co-occurrence"), self.tr("Agreement"))
        for index, title in enumerate(titles):
            self.tabs.setTabText(index, title)

    def set_palette(self, palette: Palette) -> None:
        for tab in self.by_name.values():
            tab.set_palette(palette)

    def set_list_filter_source(self, source: Callable[[], object]) -> None:
        for tab in self.by_name.values():
            tab.set_list_filter_source(source)

    def list_filter_changed(self) -> None:
        for tab in self.by_name.values():
            tab.list_filter_changed()

    def set_codes(self, nodes: list[CodeNode]) -> None:
        for tab in self.by_name.values():
            tab.set_codes(nodes)
        self.session.read(coders, self._set_coders, key=CODERS_KEY)

    def _set_coders(self, names: list[str]) -> None:
        for tab in self.by_name.values():
            tab.set_coders(names)

    def library_changed(self, change: Change) -> None:
        """New versions move passages on reference versions; codebook changes arrive through `set_codes`."""
        if change.texts:
            self._refresh_timer.start()

    def _refresh_after_change(self) -> None:
        for tab in self.by_name.values():
            tab.invalidate()

    def show_tab(self, name: str) -> None:
        self.tabs.setCurrentWidget(self.by_name[name])

    def show_segments_of(self, codes: list[CodeId]) -> None:
        self.segments.select_codes(codes)
        self.show_tab("segments")
