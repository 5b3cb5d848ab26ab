"""The chart and the collocates in the window: periods to click, exports read back, both themes."""

from __future__ import annotations

import csv
import xml.etree.ElementTree as ET
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QFileDialog

from desktop.core.corpus.frequency import Measure, Period
from tests.ui.corpus.test_concordance import search


def open_chart(window, qtbot, by: Period = Period.DAY):
    pane = window.corpus.frequency
    pane.select_option(pane.by, by)
    window.session.actions.action("corpus.frequency").trigger()
    qtbot.waitUntil(
        lambda: pane.result() is not None and pane.result().periods and pane.result().periods[0].label[:4] == "2026",
        timeout=10000,
    )
    qtbot.waitUntil(
        lambda: (
            len(pane.result().periods[0].label) == {Period.DAY: 10, Period.MONTH: 7}.get(by, len(pane.result().periods[0].label))
        ),
        timeout=10000,
    )
    return pane


def click_period(pane, qtbot, index: int, *, drag_to: int | None = None) -> None:
    """A real mouse click (or drag) on the chart, at a period's place."""
    view = pane.view_box
    y = sum(view.viewRange()[1]) / 2

    def point(i: int):
        return pane.plot.mapFromScene(view.mapViewToScene(QPointF(i, y)))

    if drag_to is None:
        qtbot.mouseClick(pane.plot.viewport(), Qt.MouseButton.LeftButton, pos=point(index))
        return
    qtbot.mousePress(pane.plot.viewport(), Qt.MouseButton.LeftButton, pos=point(index))
    for step in range(1, 6):
        qtbot.mouseMove(pane.plot.viewport(), pos=point(index) + (point(drag_to) - point(index)) * step / 5)
    qtbot.mouseRelease(pane.plot.viewport(), Qt.MouseButton.LeftButton, pos=point(drag_to))


def test_clicking_a_period_filters_the_list_to_it_and_the_chart_keeps_the_timeline(window, qtbot):
    search(window, qtbot, "constitution")
    pane = open_chart(window, qtbot)
    result = pane.result()
    [series] = result.series
    busiest = max(range(len(result.periods)), key=lambda i: series.counts[i])
    click_period(pane, qtbot, busiest)
    period = result.periods[busiest]
    qtbot.waitUntil(lambda: f"date:{period.start}" in window.search_box.text(), timeout=5000)
    assert window.search_box.text() == f"constitution date:{period.start}"
    qtbot.waitUntil(lambda: window.model.rowCount() == series.counts[busiest], timeout=5000)
    qtbot.waitUntil(lambda: pane.chosen_region.isVisible(), timeout=5000)
    assert pane.result().periods == result.periods  # the chart still shows every day
    assert pane.chosen_region.getRegion() == (busiest - 0.5, busiest + 0.5)


def test_dragging_across_periods_lists_them_all(window, qtbot):
    search(window, qtbot, "constitution")
    pane = open_chart(window, qtbot)
    result = pane.result()
    last = len(result.periods) - 1
    click_period(pane, qtbot, 0, drag_to=last)
    expected = f"constitution date:{result.periods[0].start}..{result.periods[last].end}"
    qtbot.waitUntil(lambda: window.search_box.text() == expected, timeout=5000)
    qtbot.waitUntil(lambda: window.model.rowCount() == sum(result.series[0].counts), timeout=5000)


def test_several_queries_relative_and_by_source(window, qtbot):
    search(window, qtbot, "constitution")
    pane = open_chart(window, qtbot, Period.MONTH)
    pane.compare.setText('sovereignty; "rule of law"')
    pane.compare.editingFinished.emit()
    qtbot.waitUntil(lambda: len(pane.result().series) == 3, timeout=10000)
    assert [s.label for s in pane.result().series] == ["constitution", "sovereignty", '"rule of law"']
    pane.relative.setChecked(True)
    pane.split.setChecked(True)
    qtbot.waitUntil(lambda: all(s.source == "Enbekshi QazaQ" for s in pane.result().series), timeout=10000)
    constitution = pane.result().series[0]
    assert constitution.values(True)[0] == 1000 * constitution.counts[0] / constitution.totals[0]
    pane.select_option(pane.measure, Measure.HITS)
    qtbot.waitUntil(lambda: pane.result().measure is Measure.HITS, timeout=10000)
    assert pane.result().series[0].counts[0] > constitution.counts[0]  # several hits an article


def test_the_chart_exports_as_png_svg_and_csv(window, qtbot, tmp_path: Path, monkeypatch):
    search(window, qtbot, "constitution")
    pane = open_chart(window, qtbot)
    for kind in ("png", "svg", "csv"):
        target = tmp_path / f"chart.{kind}"
        monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, t=target, **kwargs: (str(t), ""))
        window.session.actions.action(
            {"png": "corpus.export_chart_png", "svg": "corpus.export_chart_svg", "csv": "corpus.export_frequency"}[kind]
        ).trigger()
        assert target.exists(), kind
    image = QImage(str(tmp_path / "chart.png"))
    assert not image.isNull() and image.width() >= 800
    root = ET.parse(tmp_path / "chart.svg").getroot()
    assert root.tag.endswith("svg") and any(el.tag.endswith(("path", "polyline", "rect")) for el in root.iter())
    with (tmp_path / "chart.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f))
    assert rows[0] == ["period", "constitution"]
    assert [int(r[1]) for r in rows[1:]] == list(pane.result().series[0].counts)


def test_the_chart_follows_the_theme(window, qtbot):
    search(window, qtbot, "constitution")
    pane = open_chart(window, qtbot)
    window.set_theme("dark")
    assert pane.plot.backgroundBrush().color().name() == window.session.theme.palette.background
    assert pane.plot_item.getAxis("bottom").textPen().color().name() == window.session.theme.palette.text
    window.set_theme("light")
    assert pane.plot.backgroundBrush().color().name() == "#ffffff"


def test_collocates_of_the_search_with_their_scores(window, qtbot, tmp_path: Path, monkeypatch):
    search(window, qtbot, "constitution")
    window.session.actions.action("corpus.collocates").trigger()
    pane = window.corpus.collocates
    qtbot.waitUntil(lambda: pane.result() is not None and pane.table.rowCount() > 0, timeout=10000)
    assert pane.words()[:2] == ["new", "draft"]
    assert "log-likelihood" in pane.status.text() and "±5" in pane.status.text()
    pane.window.setValue(1)
    qtbot.waitUntil(lambda: "±1" in pane.status.text() and pane.result().window_words <= 2 * pane.result().hits, timeout=10000)
    target = tmp_path / "collocates.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(target), ""))
    window.session.actions.action("corpus.export_collocates").trigger()
    qtbot.waitUntil(target.exists, timeout=5000)
    with target.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert [r["word"] for r in rows] == [c.word for c in pane.result().collocates]
    search(window, qtbot, "tag:nothing")
    qtbot.waitUntil(lambda: pane.table.rowCount() == 0 and "Type a word" in pane.status.text(), timeout=5000)
