"""The frequency chart: matching articles (or hits) per period, one line per query (and source).

Drawn with pyqtgraph (MIT; see the README for why not Qt Charts). The x axis is the periods in
order, labelled by period; one series is drawn as bars, several as lines with markers, in the
Okabe–Ito colours, which stay apart for colour-blind readers and on either theme's background.
A click on a period, or a drag across several, asks for the article list to be filtered to
them (`periodsChosen`); the chosen periods stay shaded.
"""

from __future__ import annotations

import pyqtgraph as pg
import pyqtgraph.exporters
from PySide6.QtCore import QT_TRANSLATE_NOOP, QLocale, QPointF, QRectF, Qt, Signal, Slot
from PySide6.QtGui import QColor, QCursor, QFont, QFontMetrics, QPainter
from PySide6.QtSvg import QSvgGenerator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QLineEdit,
    QMenu,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from desktop.core.corpus.frequency import Frequency, Measure, Period, PeriodRange
from desktop.ui.flow_layout import FlowLayout
from desktop.ui.retranslating import RetranslatingWidget
from desktop.ui.theme import LIGHT, Palette

COLORS = {
    False: ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#8A7800", "#555555"),
    True: ("#56B4E9", "#E69F00", "#2EC4A0", "#E08CC0", "#F0E442", "#FF7F3F", "#7FA8FF", "#CCCCCC"),
}
PERIODS = (
    (Period.DAY, QT_TRANSLATE_NOOP("FrequencyPane", "Day")),
    (Period.WEEK, QT_TRANSLATE_NOOP("FrequencyPane", "Week")),
    (Period.MONTH, QT_TRANSLATE_NOOP("FrequencyPane", "Month")),
    (Period.YEAR, QT_TRANSLATE_NOOP("FrequencyPane", "Year")),
)
MEASURES = ((Measure.ARTICLES, QT_TRANSLATE_NOOP("FrequencyPane", "Articles")), (Measure.HITS, QT_TRANSLATE_NOOP("FrequencyPane", "Hits")))
MAX_BARS = 80  # one series over more periods than this is drawn as a line
MAX_TICKS = 12


class PeriodViewBox(pg.ViewBox):
    """A view box where a click picks a period and a drag picks a run of them (no pan, no zoom)."""

    picked = Signal(int, int)  # first and last period index
    hovered = Signal(float)  # x in view coordinates

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=False, y=False)
        self.dragging = pg.LinearRegionItem(movable=False)
        self.dragging.setZValue(-5)
        self.dragging.hide()
        self.addItem(self.dragging, ignoreBounds=True)

    def mouseClickEvent(self, ev) -> None:
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            x = round(self.mapSceneToView(ev.scenePos()).x())
            self.picked.emit(x, x)
        else:
            ev.ignore()

    def mouseDragEvent(self, ev, axis=None) -> None:
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        start = self.mapSceneToView(ev.buttonDownScenePos()).x()
        now = self.mapSceneToView(ev.scenePos()).x()
        low, high = sorted((start, now))
        self.dragging.setRegion((round(low) - 0.5, round(high) + 0.5))
        self.dragging.show()
        if ev.isFinish():
            self.dragging.hide()
            self.picked.emit(round(low), round(high))

    def wheelEvent(self, ev, axis=None) -> None:
        ev.ignore()  # the dock scrolls, the chart does not zoom


class FrequencyPane(RetranslatingWidget, QWidget):
    periodsChosen = Signal(object, object)  # first and last PeriodRange
    optionsChanged = Signal()
    exportRequested = Signal(str)  # "png", "svg" or "csv"

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("frequencyPane")
        self._palette: Palette = LIGHT
        self._result: Frequency | None = None
        self._relative = False
        self._selected: tuple[str, str] | None = None

        self.by = QComboBox(self)
        self.by.setObjectName("frequencyBy")
        for period, _label in PERIODS:
            self.by.addItem("", period)
        self.measure = QComboBox(self)
        self.measure.setObjectName("frequencyMeasure")
        for measure, _label in MEASURES:
            self.measure.addItem("", measure)
        self.relative = QCheckBox(self)
        self.relative.setObjectName("frequencyRelative")
        self.split = QCheckBox(self)
        self.split.setObjectName("frequencySplit")
        self.compare = QLineEdit(self)
        self.compare.setObjectName("frequencyCompare")
        self.compare.setClearButtonEnabled(True)
        self.export_button = QToolButton(self)
        self.export_button.setObjectName("frequencyExport")
        self.export_button.setAutoRaise(True)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.export_button)
        self.export_actions = [menu.addAction("", lambda k=kind: self.exportRequested.emit(k)) for kind in ("png", "svg", "csv")]
        self.export_button.setMenu(menu)
        self.status = QLabel(self)
        self.status.setObjectName("frequencyStatus")
        self.status.setTextFormat(Qt.TextFormat.PlainText)

        self.view_box = PeriodViewBox()
        self.plot = pg.PlotWidget(self, viewBox=self.view_box)
        self.plot.setObjectName("frequencyChart")
        self.plot.setMinimumHeight(160)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot_item: pg.PlotItem = self.plot.getPlotItem()
        self.legend = self.plot_item.addLegend(offset=(-10, 8), labelTextSize="9pt")
        self.chosen_region = pg.LinearRegionItem(movable=False)
        self.chosen_region.setZValue(-10)
        self.chosen_region.hide()
        self.view_box.picked.connect(self._picked)
        self.plot.scene().sigMouseMoved.connect(self._hover)

        # The controls wrap onto a second row in a narrow dock, rather than widen the window.
        bar_row = QWidget(self)
        bar = FlowLayout(bar_row, spacing=8)
        bar.setContentsMargins(6, 4, 6, 0)
        bar.setSpacing(8)
        bar.addWidget(self.by)
        bar.addWidget(self.measure)
        bar.addWidget(self.relative)
        bar.addWidget(self.split)
        bar.addWidget(self.compare)
        bar.addWidget(self.export_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(bar_row)
        layout.addWidget(self.plot, 1)
        layout.addWidget(self.status)
        for box in (self.by, self.measure):
            box.currentIndexChanged.connect(lambda _i: self.optionsChanged.emit())
        for check in (self.relative, self.split):
            check.toggled.connect(lambda _on: self.optionsChanged.emit())
        self.compare.editingFinished.connect(self.optionsChanged.emit)
        self.set_palette(LIGHT)
        self.retranslate()

    def retranslate(self) -> None:
        for box, choices in ((self.by, PERIODS), (self.measure, MEASURES)):
            for i, (_value, label) in enumerate(choices):
                box.setItemText(i, self.tr(label))
        self.measure.setToolTip(self.tr("Count matching articles, or every hit in their texts (slower: the texts are read)"))
        self.relative.setText(self.tr("Per 1,000 articles"))
        self.relative.setToolTip(self.tr("Relative frequency: per 1,000 articles of the period"))
        self.split.setText(self.tr("By source"))
        self.compare.setPlaceholderText(self.tr("Compare with…  (queries separated by ;)"))
        self.compare.setToolTip(self.tr('More queries to draw beside the search, separated by semicolons: parliament; "rule of law"'))
        self.export_button.setText(self.tr("Export"))
        for action, text in zip(
            self.export_actions, (self.tr("Chart as PNG…"), self.tr("Chart as SVG…"), self.tr("Numbers as CSV…")), strict=True
        ):
            action.setText(text)
        self._draw()

    # --- options --------------------------------------------------------------------------------------
    def period(self) -> Period:
        return self.by.currentData()

    def current_measure(self) -> Measure:
        return self.measure.currentData()

    def compared_queries(self) -> list[str]:
        return [q.strip() for q in self.compare.text().split(";") if q.strip()]

    def select_option(self, box: QComboBox, value: object) -> None:
        for i in range(box.count()):
            if box.itemData(i) == value:
                box.setCurrentIndex(i)

    # --- drawing ----------------------------------------------------------------------------------------
    def show_frequency(self, result: Frequency | None, *, relative: bool, selected: tuple[str, str] | None = None) -> None:
        """Draw a result; `selected` (first and last ISO day) is shaded: the periods the list is filtered to."""
        self._result, self._relative, self._selected = result, relative, selected
        self._draw()

    def result(self) -> Frequency | None:
        return self._result

    def _draw(self) -> None:
        item = self.plot_item
        item.clear()
        self.legend.clear()
        item.addItem(self.chosen_region, ignoreBounds=True)
        result = self._result
        palette = self._palette
        if result is None or not result.periods:
            self.chosen_region.hide()
            item.getAxis("bottom").setTicks([[]])
            return
        xs = list(range(len(result.periods)))
        self.legend.setColumnCount(min(4, max(1, len(result.series))))  # one row above the lines, not a box over them
        colors = COLORS[palette.dark]
        single = len(result.series) == 1 and len(xs) <= MAX_BARS
        for i, series in enumerate(result.series):
            color = colors[i % len(colors)]
            name = series.label if series.source is None else f"{series.label} · {series.source}"
            values = list(series.values(self._relative))
            if single:
                bars = pg.BarGraphItem(x=xs, height=values, width=0.7, brush=pg.mkBrush(color), pen=pg.mkPen(None))
                item.addItem(bars)
                self.legend.addItem(bars, name)
            else:
                item.plot(
                    xs,
                    values,
                    pen=pg.mkPen(color, width=2),
                    symbol="o",
                    symbolSize=5,
                    symbolBrush=pg.mkBrush(color),
                    symbolPen=None,
                    name=name,
                )
        step = max(1, -(-len(xs) // MAX_TICKS))
        item.getAxis("bottom").setTicks([[(x, result.periods[x].label) for x in xs[::step]]])
        if result.measure is Measure.HITS:
            label = self.tr("hits per 1,000 articles") if self._relative else self.tr("hits")
        else:
            label = self.tr("per 1,000 articles") if self._relative else self.tr("articles")
        item.setLabel("left", label)
        item.setXRange(-0.6, len(xs) - 0.4, padding=0)
        top = max((max(s.values(self._relative), default=0.0) for s in result.series), default=0.0)
        item.setYRange(-0.02 * top, top * 1.25 if top > 0 else 1, padding=0)  # headroom for the legend above the lines
        self._shade(result.periods)

    def _shade(self, periods: tuple[PeriodRange, ...]) -> None:
        if self._selected is None:
            self.chosen_region.hide()
            return
        start, end = self._selected
        inside = [i for i, p in enumerate(periods) if p.end >= start and p.start <= end]
        if not inside:
            self.chosen_region.hide()
            return
        self.chosen_region.setRegion((inside[0] - 0.5, inside[-1] + 0.5))
        self.chosen_region.show()

    def set_palette(self, palette: Palette) -> None:
        self._palette = palette
        self.plot.setBackground(palette.background)
        for name in ("left", "bottom"):
            axis = self.plot_item.getAxis(name)
            axis.setPen(pg.mkPen(palette.muted))
            axis.setTextPen(pg.mkPen(palette.text))
            axis.label.setDefaultTextColor(pg.mkColor(palette.text))
        self.plot_item.showGrid(x=False, y=True, alpha=0.25 if palette.dark else 0.18)
        self.legend.setLabelTextColor(palette.text)
        self.legend.setBrush(pg.mkBrush(palette.panel))
        self.legend.setPen(pg.mkPen(palette.muted))
        accent = pg.mkColor(palette.accent)
        accent.setAlpha(55 if palette.dark else 40)
        for region in (self.chosen_region, self.view_box.dragging):
            region.setBrush(pg.mkBrush(accent))
            for line in region.lines:
                line.setPen(pg.mkPen(palette.accent, width=1))
        self.status.setStyleSheet(f"color: {palette.muted};")
        font = QFont(self.font())
        font.setPointSizeF(max(7.0, font.pointSizeF() - 0.5))
        for name in ("left", "bottom"):
            self.plot_item.getAxis(name).setStyle(tickFont=font)
        self.plot_item.getAxis("bottom").setHeight(QFontMetrics(font).height() * 2 + 8)  # room for the labels in either theme
        self._draw()

    def set_status(self, text: str) -> None:
        self.status.setText(text)

    # --- picking and hovering ----------------------------------------------------------------------------
    @Slot(int, int)
    def _picked(self, first: int, last: int) -> None:
        result = self._result
        if result is None or not result.periods:
            return
        first, last = max(0, first), min(len(result.periods) - 1, last)
        if first > last:
            return
        self.periodsChosen.emit(result.periods[first], result.periods[last])

    def _hover(self, position: QPointF) -> None:
        result = self._result
        if result is None or not result.periods or not self.plot_item.sceneBoundingRect().contains(position):
            return
        x = round(self.view_box.mapSceneToView(position).x())
        if not 0 <= x < len(result.periods):
            QToolTip.hideText()
            return
        lines = [result.periods[x].label]
        locale = QLocale()
        for series in result.series:
            value = series.values(self._relative)[x]
            name = series.label if series.source is None else f"{series.label} · {series.source}"
            shown = locale.toString(float(value), "f", 1) if self._relative else locale.toString(int(value))
            lines.append(f"{name}: {shown}  " + self.tr("(of %Ln article(s))", "", int(series.totals[x])))
        QToolTip.showText(QCursor.pos(), "\n".join(lines), self.plot)

    # --- export ------------------------------------------------------------------------------------------------
    def export_image(self, path: str, kind: str) -> None:
        """The chart as drawn: PNG at twice the screen's pixels, or SVG (vector, through Qt's SVG generator:
        pyqtgraph's own SVG exporter fails on Qt 6.9's path syntax, pyqtgraph issue 3485)."""
        if kind == "svg":
            source = self.plot_item.sceneBoundingRect()
            generator = QSvgGenerator()
            generator.setFileName(path)
            generator.setSize(source.size().toSize())
            generator.setViewBox(QRectF(0, 0, source.width(), source.height()))
            generator.setTitle(self.tr("Frequency over time"))
            painter = QPainter(generator)
            painter.fillRect(QRectF(0, 0, source.width(), source.height()), QColor(self._palette.background))
            self.plot.scene().render(painter, QRectF(0, 0, source.width(), source.height()), source)
            painter.end()
            return
        exporter = pyqtgraph.exporters.ImageExporter(self.plot_item)
        exporter.parameters()["width"] = max(800, int(self.plot_item.sceneBoundingRect().width() * 2))
        exporter.export(path)
