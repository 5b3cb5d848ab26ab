"""The reader pane: one article at a time, its tags as chips, and a switch between its versions.

The text is set as escaped HTML (see html.py) in a serif face, in a column about 70
characters wide whatever the window's width. Only http(s) source links are followed, and
they open in the system browser; the browser widget itself never loads any resource.

The pane loads what it shows through the session and keeps itself current: when the library
changes it re-lays out the text only if its article gained a version, and for a flag or tag
change updates the chips and the star alone (`textShown` tells when text was laid out).
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt, QTimer, QUrl, Signal, Slot
from PySide6.QtGui import QDesktopServices, QFont, QKeySequence, QResizeEvent, QTextFrameFormat
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.core.articles import ArticleDetail, ArticleHeader, Version, get_article, get_article_header
from desktop.core.changes import Change
from desktop.core.ids import ArticleId, TagId
from desktop.core.reading import SearchMarks
from desktop.core.search_query import SearchQuery
from desktop.core.search_terms import search_marks
from desktop.core.translations import translations_of
from desktop.core.version_compare import Classification, stored_classes
from desktop.ui.actions import ActionSpec
from desktop.ui.core_labels import class_label, place_label
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.plain_text import plain_tip
from desktop.ui.reader.highlights import HighlightLayer
from desktop.ui.reader.html import article_html, safe_link
from desktop.ui.reader.translation_strip import TranslationStrip
from desktop.ui.resources import themed_icon
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.session import LibrarySession
from desktop.ui.theme import LIGHT, Palette, readable_on

MEASURE_CHARS = 72
READ_AFTER_MS = 1500
ZOOM_RANGE = (-6, 16)
RELOAD_MS = 250  # an import may add versions to the open article dump after dump: re-lay out once

READER = QT_TRANSLATE_NOOP("Actions", "Reader")
ACTIONS = (
    ActionSpec("reader.page_down", QT_TRANSLATE_NOOP("Actions", "Page Down in Reader"), READER, ("Space",)),
    ActionSpec("reader.zoom_in", QT_TRANSLATE_NOOP("Actions", "Zoom &In"), READER, (QKeySequence.StandardKey.ZoomIn, "Ctrl+="), "zoom-in"),
    ActionSpec("reader.zoom_out", QT_TRANSLATE_NOOP("Actions", "Zoom &Out"), READER, (QKeySequence.StandardKey.ZoomOut,), "zoom-out"),
    ActionSpec("reader.zoom_reset", QT_TRANSLATE_NOOP("Actions", "&Actual Size"), READER, ("Ctrl+0",)),
    ActionSpec("reader.open_source", QT_TRANSLATE_NOOP("Actions", "Open &Source in Browser"), READER, ("Ctrl+Shift+B",), "external",
               help=QT_TRANSLATE_NOOP("Actions", "open the article's web page in the browser")),
)  # fmt: skip


def _text_key(article: ArticleDetail | None) -> tuple:
    """What the rendered text depends on: the versions (an import can add one)."""
    return tuple((v.id, v.sha256) for v in article.versions) if article else ()


def _page_key(article: ArticleDetail | None) -> tuple:
    """What the rendered header depends on besides the text."""
    return (article.title, article.date, article.source, article.source_url, article.sections) if article else ()


class ReaderBrowser(QTextBrowser):
    """A QTextBrowser that never loads anything and keeps a readable line length."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("readerView")
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setReadOnly(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self._measure_timer = QTimer(self, singleShot=True, interval=30)
        self._measure_timer.timeout.connect(self.update_measure)

    def loadResource(self, _type: int, _name: QUrl) -> object:
        return None  # no images, style sheets or anything else, local or remote

    def update_measure(self) -> None:
        """Centre a column of about MEASURE_CHARS characters."""
        doc = self.document()
        width = self.viewport().width()
        column = self.fontMetrics().averageCharWidth() * MEASURE_CHARS
        side = max(20, (width - column) // 2)
        frame = doc.rootFrame()
        fmt: QTextFrameFormat = frame.frameFormat()
        if int(fmt.leftMargin()) == side and int(fmt.topMargin()) == 18:
            return
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        fmt.setTopMargin(18)
        fmt.setBottomMargin(28)
        frame.setFrameFormat(fmt)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._measure_timer.start()


CHIP_MAX_WIDTH = 200  # a long tag name is elided in its chip (the full name in the tooltip), never widening the reader


class TagChip(QToolButton):
    def __init__(self, tag_id: TagId, name: str, color: str | None, palette: Palette, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("tagChip")
        self.tag_id = tag_id
        self.setText(self.fontMetrics().elidedText(name, Qt.TextElideMode.ElideMiddle, CHIP_MAX_WIDTH) + "  ✕")
        self.setToolTip(self.tr("Remove the tag “%1” from this article").replace("%1", name))
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        dot = color or palette.muted
        self.setStyleSheet(
            f"QToolButton {{ border: 1px solid {dot}; border-radius: 10px; padding: 1px 8px;"
            f" background: {palette.chip}; color: {palette.chip_text}; }}"
            f" QToolButton:hover {{ background: {dot}; color: {readable_on(dot, palette)}; }}"
        )


def version_label(index: int, count: int, version: Version, against_first: Classification | None) -> str:
    """What tells versions apart in the switcher: how each differs from the first, and where and when
    it was first seen ("Version 2 of 2 · punctuation/quotes only · 003_0a64….txt, 2026-02-21")."""
    translate = QCoreApplication.translate
    parts = [translate("ReaderPane", "Version %1 of %2").replace("%1", str(index + 1)).replace("%2", str(count))]
    if index == 0:
        parts.append(translate("ReaderPane", "the first seen"))
    elif against_first is not None:
        parts.append(class_label(against_first))
    first = version.occurrences[0] if version.occurrences else None
    if first is not None:
        parts.append(f"{first.dump}, {first.imported_at[:10]}")
    return " · ".join(parts)


class ElidingComboBox(QComboBox):
    """A combo box that shows its current text elided to fit, instead of cut mid-letter."""

    def paintEvent(self, _event) -> None:
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        field = self.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self)
        option.currentText = self.fontMetrics().elidedText(option.currentText, Qt.TextElideMode.ElideRight, field.width())
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)


class ReaderPane(RetranslatingWidget, QWidget):
    tagRemoveRequested = Signal(int, int)  # article, tag
    addTagRequested = Signal()
    starToggled = Signal(int, bool)
    dwelled = Signal(int)  # an article the user chose has been open long enough to count as read
    compareRequested = Signal()  # compare this article's versions side by side
    parallelRequested = Signal(int, int)  # this article, a translation to read beside it
    textShown = Signal(int, int)  # article, version: the text was laid out (not for flag or tag changes)

    def __init__(self, session: LibrarySession, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("readerPane")
        self._session = session
        self._palette = LIGHT
        self._article: ArticleDetail | None = None
        self._version_index = 0
        self._marks = SearchMarks()
        self._zoom = 0

        self.browser = ReaderBrowser(self)
        self.browser.anchorClicked.connect(self._open_link)
        # The highlight layer is the reader's public API for annotations: painting, selection, clicks.
        self.highlights = HighlightLayer(self.browser)

        self.header = QFrame(self)
        self.header.setObjectName("readerHeader")
        # Chips wrap onto more rows rather than widen the pane (flow_layout.py).
        self._chip_area = QWidget(self.header)
        self._chip_area.setObjectName("tagChips")
        self._chip_area.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self._chips = FlowLayout(self._chip_area, spacing=6)
        self.add_tag_button = QToolButton(self._chip_area)
        self.add_tag_button.setAutoRaise(True)
        self.add_tag_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.add_tag_button.clicked.connect(self.addTagRequested.emit)
        self._chips.addWidget(self.add_tag_button)
        self.versions = ElidingComboBox(self.header)
        self.versions.setObjectName("versionSwitcher")
        # Never squeezed to "Version :" by the chips beside it; the full text is in each item's tooltip.
        self.versions.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.versions.setMaximumWidth(520)
        self.versions.currentIndexChanged.connect(self._on_version_chosen)
        self.version_label = QLabel(self.header)
        self.version_label.setObjectName("versionLabel")
        self.star_button = QToolButton(self.header)
        self.star_button.setCheckable(True)
        self.star_button.setAutoRaise(True)
        self.star_button.setIconSize(QSize(18, 18))
        self.star_button.toggled.connect(self._on_star)
        self.compare_button = QToolButton(self.header)
        self.compare_button.setObjectName("compareVersionsButton")
        self.compare_button.setAutoRaise(True)
        self.compare_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.compare_button.clicked.connect(self.compareRequested.emit)
        # Linked translations, one click from reading them in parallel.
        self.translations = TranslationStrip(self)
        self.translations.openRequested.connect(self._open_parallel)

        # Two rows, so the header never needs more width than its widest item: the tags (wrapping)
        # and the star; then which version is shown, and Compare.
        chips_row = QHBoxLayout()
        chips_row.setSpacing(8)
        chips_row.addWidget(self._chip_area, 1)
        chips_row.addWidget(self.star_button, 0, Qt.AlignmentFlag.AlignTop)
        version_row = QHBoxLayout()
        version_row.setSpacing(8)
        version_row.addWidget(self.version_label)
        version_row.addWidget(self.versions, 1)
        version_row.addWidget(self.compare_button)
        version_row.addStretch(0)
        rows = QVBoxLayout(self.header)
        rows.setContentsMargins(12, 6, 8, 4)
        rows.setSpacing(4)
        rows.addLayout(chips_row)
        rows.addLayout(version_row)

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)  # longer in Russian and Kazakh: it wraps rather than widen the pane
        self.placeholder.setObjectName("readerPlaceholder")
        self.placeholder.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

        body = QWidget(self)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.header)
        body_layout.addWidget(self.translations)
        body_layout.addWidget(self.browser, 1)

        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

        self._read_timer = QTimer(self, singleShot=True, interval=READ_AFTER_MS)
        self._read_timer.timeout.connect(self._on_dwell)
        self._reload_timer = QTimer(self, singleShot=True, interval=RELOAD_MS)
        self._reload_timer.timeout.connect(lambda: self.show(self.current_article_id(), keep_version=True))
        slots = {
            "reader.page_down": self.page_down,
            "reader.zoom_in": lambda: self.zoom(1),
            "reader.zoom_out": lambda: self.zoom(-1),
            "reader.zoom_reset": self.reset_zoom,
            "reader.open_source": self._open_source_or_say,
        }
        for spec in ACTIONS:
            session.actions.add(spec, slots[spec.id])
        self._zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], session.settings.get("reader/zoom")))
        self._apply_font()
        self._update_star_icon()
        session.libraryChanged.connect(self._on_library_changed)
        session.theme.changed.connect(self.set_palette)
        self.set_palette(session.theme.palette)
        self.retranslate()

    def retranslate(self) -> None:
        # Room for "Version 1 of 2 · 2026-02" as the language writes it.
        sample = QCoreApplication.translate("ReaderPane", "Version %1 of %2").replace("%1", "1").replace("%2", "2")
        self.versions.setMinimumContentsLength(len(sample + " · 2026-02"))
        self.add_tag_button.setText(self.tr("Tag…"))
        self.add_tag_button.setToolTip(self.tr("Add a tag (T)"))
        self.versions.setToolTip(self.tr("This article was seen with different texts; choose which version to read"))
        self.star_button.setToolTip(self.tr("Star (S)"))
        self.compare_button.setText(self.tr("Compare"))
        self.compare_button.setToolTip(self.tr("Compare the versions side by side (Ctrl+D)"))
        self.placeholder.setText(self.tr("Select an article to read it.\n\nJ / K move through the list · / searches"))
        if self._article is not None and not self._session.closed:  # the version labels and the page's own words ("no date")
            self._fill_versions()
            self._fill_chips()
            self._render(keep_scroll=True)

    # --- state ---------------------------------------------------------------------------------
    @property
    def article(self) -> ArticleDetail | None:
        return self._article

    @property
    def version_index(self) -> int:
        return self._version_index

    @property
    def zoom_level(self) -> int:
        return self._zoom

    def set_zoom(self, level: int) -> None:
        self._zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], level))
        self._session.settings.set("reader/zoom", self._zoom)
        self._apply_font()
        size = self.browser.font().pointSizeF()
        self._session.say(self.tr("Reader text size: %1 pt (Ctrl+0 resets)").replace("%1", f"{size:g}"), 2000)

    def zoom(self, step: int) -> None:
        self.set_zoom(self._zoom + step)

    def reset_zoom(self) -> None:
        self.set_zoom(0)

    def _apply_font(self) -> None:
        font = QFont()
        font.setFamilies(["Charter", "Georgia", "Noto Serif", "DejaVu Serif", "Times New Roman", "serif"])
        font.setStyleHint(QFont.StyleHint.Serif)
        base = QFont().pointSizeF()
        font.setPointSizeF(max(7.0, (base if base > 0 else 10.0) + 3 + self._zoom))
        self.browser.setFont(font)
        self.browser.document().setDefaultFont(font)
        self.browser.update_measure()

    @Slot(object)
    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.highlights.set_palette(palette)
        self.translations.set_palette(palette)
        self.placeholder.setStyleSheet(f"color: {palette.muted}; font-size: 14px;")
        self.compare_button.setIcon(themed_icon("compare", palette.icon))
        self.add_tag_button.setIcon(themed_icon("tag", palette.icon))
        self._update_star_icon()
        if self._article is not None:
            self._render(keep_scroll=True)
            self._fill_chips()

    def set_search(self, query: SearchQuery) -> None:
        """Mark the search's matches: every word each search word stands for (its forms, its other
        spellings), found where they are printed."""
        marks = search_marks(self._session.db, query, prefix_last=True)
        if marks != self._marks:
            self._marks = marks
            if self._article is not None:
                self._render(keep_scroll=True)

    def show(self, article: ArticleId | None, *, keep_version: bool = False, chosen: bool = False) -> None:
        """Show an article (None: nothing). `chosen`: the user picked it (a click, J/K, Enter), so
        reading it for a moment marks it read; an article that only became current (the first
        search hit, say) is never marked read by being shown."""
        self._reload_timer.stop()
        detail = get_article(self._session.db, article) if article is not None else None
        self.show_article(detail, keep_version=keep_version, chosen=chosen)

    def show_article(self, article: ArticleDetail | None, *, keep_version: bool = False, chosen: bool = False) -> None:
        same = article is not None and self._article is not None and article.id == self._article.id
        previous_version = self._article.versions[self._version_index].id if same and self._article else None
        unchanged_text = same and _text_key(article) == _text_key(self._article) and _page_key(article) == _page_key(self._article)
        self._article = article
        if article is None:
            self._read_timer.stop()
            self.highlights.set_document(None, "")
            self.translations.set_translations(())
            self.stack.setCurrentIndex(0)
            self._session.set_current(None, None)
            return
        self.stack.setCurrentIndex(1)
        self._version_index = 0
        if keep_version and previous_version is not None:
            for i, version in enumerate(article.versions):
                if version.id == previous_version:
                    self._version_index = i
        self._fill_versions()
        self._fill_chips()
        self.star_button.blockSignals(True)
        self.star_button.setChecked(article.is_starred)
        self.star_button.blockSignals(False)
        self._update_star_icon()
        self._refresh_translations()
        if keep_version and unchanged_text:
            # The text, which can be megabytes, is not laid out again.
            self._session.set_current(article, self.current_version())
            return
        self._render(keep_scroll=same)
        if not same:
            if article.is_read or not chosen:
                self._read_timer.stop()
            else:
                self._read_timer.start()
        elif chosen and not article.is_read and not self._read_timer.isActive():
            self._read_timer.start()

    def show_version(self, index: int) -> None:
        if self._article is not None and 0 <= index < len(self._article.versions):
            self.versions.setCurrentIndex(index)

    def reveal_passage(self, version: int, start: int, end: int) -> bool:
        """Show a version of the article being read, its passage [start, end) marked and in view (a concordance hit)."""
        if self._article is None:
            return False
        ids = [v.id for v in self._article.versions]
        if version not in ids:
            return False
        if ids.index(version) != self._version_index:
            self.show_version(ids.index(version))
        return self.highlights.show_passage(start, end)

    def page_down(self) -> None:
        bar = self.browser.verticalScrollBar()
        bar.setValue(bar.value() + bar.pageStep())

    # --- rendering ---------------------------------------------------------------------------
    def _render(self, *, keep_scroll: bool) -> None:
        assert self._article is not None
        scroll = self.browser.verticalScrollBar().value()
        version = self._article.versions[self._version_index] if self._article.versions else None
        if version is None:
            self.browser.setPlainText(self.tr("This article has no stored text."))
            self.highlights.set_document(None, "")
            return
        self.browser.setHtml(article_html(self._article, version, self._palette, self._marks))
        self.highlights.set_document(version.id, version.text)
        self.browser.update_measure()
        self.browser.verticalScrollBar().setValue(scroll if keep_scroll else 0)
        self.textShown.emit(int(self._article.id), int(version.id))
        self._session.set_current(self._article, version)

    def _fill_versions(self) -> None:
        assert self._article is not None
        versions = self._article.versions
        self.versions.blockSignals(True)
        self.versions.clear()
        classes = stored_classes(self._session.db, self._article.id) if len(versions) > 1 else {}
        for i, version in enumerate(versions):
            self.versions.addItem(version_label(i, len(versions), version, classes.get(version.id)))
            seen = "\n".join(place_label(o) for o in version.occurrences)
            where = self.tr("%Ln character(s), seen in %1:", "", version.length).replace(
                "%1", self.tr("%n place(s)", "", len(version.occurrences))
            )
            self.versions.setItemData(i, plain_tip(f"{where}\n{seen}"), Qt.ItemDataRole.ToolTipRole)
        self.versions.setCurrentIndex(self._version_index)
        widest = max((self.versions.fontMetrics().horizontalAdvance(self.versions.itemText(i)) for i in range(self.versions.count())), default=0)
        self.versions.view().setMinimumWidth(widest + 48)  # the list shows each label whole, however narrow the box
        self.versions.blockSignals(False)
        several = len(versions) > 1
        self.versions.setVisible(several)
        self.compare_button.setVisible(several)
        self.version_label.setVisible(not several)
        if not several and versions:
            places = len(versions[0].occurrences)
            self.version_label.setText(self.tr("1 version · %n place(s)", "", places))
        self.version_label.setStyleSheet(f"color: {self._palette.muted};")

    def _fill_chips(self) -> None:
        while self._chips.count():
            widget = self._chips.takeAt(0).widget()
            if widget is not None and widget is not self.add_tag_button:
                widget.deleteLater()
        if self._article is not None:
            for tag in self._article.tags:
                chip = TagChip(TagId(tag.id), tag.name, tag.color, self._palette, self._chip_area)
                chip.clicked.connect(lambda _=False, t=tag.id: self._remove_tag(t))
                self._chips.addWidget(chip)
        self._chips.addWidget(self.add_tag_button)  # the Tag… button follows the chips, and wraps with them

    def _update_star_icon(self) -> None:
        starred = self.star_button.isChecked()
        self.star_button.setIcon(themed_icon("star-filled", "#d4a017") if starred else themed_icon("star", self._palette.icon))

    # --- reactions -------------------------------------------------------------------------
    @Slot(int)
    def _on_version_chosen(self, index: int) -> None:
        if self._article is not None and 0 <= index < len(self._article.versions):
            self._version_index = index
            self._render(keep_scroll=False)

    @Slot(bool)
    def _on_star(self, checked: bool) -> None:
        self._update_star_icon()
        if self._article is not None:
            self.starToggled.emit(int(self._article.id), checked)

    def _remove_tag(self, tag: int) -> None:
        if self._article is not None:
            self.tagRemoveRequested.emit(int(self._article.id), tag)

    @Slot()
    def _on_dwell(self) -> None:
        if self._article is not None:
            self.dwelled.emit(int(self._article.id))

    @Slot(QUrl)
    def _open_link(self, url: QUrl) -> None:
        link = safe_link(self._article.source_url) if self._article is not None else None
        # Compare encoded forms: Qt decodes %-escapes (Cyrillic slugs) in toString().
        if link is not None and QUrl(link).toEncoded() == url.toEncoded():
            QDesktopServices.openUrl(url)

    def stop_timers(self) -> None:
        self._read_timer.stop()
        self._reload_timer.stop()

    def clear_selection(self) -> None:
        cursor = self.browser.textCursor()
        cursor.clearSelection()
        self.browser.setTextCursor(cursor)

    def _open_source_or_say(self) -> None:
        if not self.open_source():
            self._session.say(self.tr("This article has no web source to open."), 4000)

    def open_source(self) -> bool:
        """Open the article's http(s) source in the system browser; False when it has none."""
        link = safe_link(self._article.source_url) if self._article else None
        if link is None:
            return False
        QDesktopServices.openUrl(QUrl(link))
        return True

    def current_version(self) -> Version | None:
        """The version being read, or None."""
        if self._article is None or not self._article.versions:
            return None
        return self._article.versions[self._version_index]

    def current_article_id(self) -> ArticleId | None:
        return self._article.id if self._article else None

    # --- keeping current -------------------------------------------------------------------------
    @Slot(object)
    def _on_library_changed(self, change: Change) -> None:
        article = self._article
        if article is None:
            return
        if article.id in change.texts:
            self._reload_timer.start()  # new versions: the text may differ
        elif article.id in change.flags or article.id in change.tags or (change.tag_definitions and article.tags):
            header = get_article_header(self._session.db, article.id)
            if header is not None:
                self._apply_header(header)
        if article.id in change.links:
            self._refresh_translations()

    def _apply_header(self, header: ArticleHeader) -> None:
        """A flag or tag change: chips and star, and no text laid out again."""
        assert self._article is not None
        self._article = replace(self._article, tags=header.tags, is_read=header.is_read, is_starred=header.is_starred)
        self._fill_chips()
        self.star_button.blockSignals(True)
        self.star_button.setChecked(header.is_starred)
        self.star_button.blockSignals(False)
        self._update_star_icon()
        if header.is_read:
            self._read_timer.stop()
        self._session.set_current(self._article, self.current_version())

    def _refresh_translations(self) -> None:
        article = self._article
        self.translations.set_translations(translations_of(self._session.db, article.id) if article is not None else ())

    @Slot(int)
    def _open_parallel(self, other: int) -> None:
        if self._article is not None:
            self.parallelRequested.emit(int(self._article.id), other)
