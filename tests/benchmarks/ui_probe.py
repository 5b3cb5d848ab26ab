"""The benchmark figures that need the real window, each measured in a fresh process.

The runner (run.py) starts `python -m tests.benchmarks.ui_probe COMMAND ...`; the probe opens
the real MainWindow (offscreen, settings in a temporary folder, so a user's own window state
never skews a figure), does what a user would, and prints one JSON line. A fresh process per
figure is what makes "cold start" cold, and keeps one figure's caches out of the next.

Operations are timed until the affected widgets have repainted (`repaint()` is synchronous),
because what a user waits for is pixels, not a model call.
"""

from __future__ import annotations

import json
import os
import sys
import time

_STARTED = time.monotonic()  # as close to process start as Python lets us get; the runner also times the spawn

SCREEN = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "ui", "offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={SCREEN}"

import statistics  # noqa: E402
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402


def rss_mb() -> float:
    """Resident memory now (Linux /proc), or the peak where /proc is missing."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def _settings_in_temp() -> None:
    from desktop.ui.settings import use_settings_folder

    use_settings_folder(Path(tempfile.mkdtemp(prefix="qalam-bench-settings-")))


def _open_window(db: Path):
    """The app's own start-up path (app.run_app without its event loop)."""
    _settings_in_temp()
    from desktop.ui.app import create_main_window, make_application
    from desktop.ui.settings import Settings

    app = make_application(["qalam-bench"])
    window = create_main_window(db, settings=Settings())
    return app, window


def _settle(app, ms: int = 50) -> None:
    end = time.perf_counter() + ms / 1000
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.002)


def _show(app, window) -> None:
    window.show()
    window.activateWindow()
    for _ in range(200):
        app.processEvents()
        if window.isExposed() if hasattr(window, "isExposed") else window.windowHandle().isExposed():
            break
        time.sleep(0.005)
    _settle(app, 200)


# --- cold start ---------------------------------------------------------------------------------
def cold_start(db: Path) -> dict:
    """Process start → the main window painted with its first rows; then resident memory."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    app, window = _open_window(db)
    result: dict = {}
    view = window.article_list.viewport()

    class PaintWatch(QObject):
        def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
            if obj is view and event.type() == QEvent.Type.Paint and window.model.rowCount() and "painted" not in result:
                result["painted"] = -1.0
                QTimer.singleShot(0, painted)  # runs once this paint has been done
            return False

    def painted() -> None:
        result["painted"] = time.monotonic()
        result["rows"] = window.model.rowCount()
        result["rss_at_paint_mb"] = rss_mb()
        QTimer.singleShot(1000, settled)

    def settled() -> None:
        result["rss_mb"] = rss_mb()
        window.close()
        app.quit()

    watch = PaintWatch()
    view.installEventFilter(watch)
    window.show()
    app.exec()
    result["in_process_s"] = result["painted"] - _STARTED
    return result


# --- responsiveness during an import --------------------------------------------------------------
def responsiveness(db: Path, folder: Path, refresh: bool = True) -> dict:
    """Gaps between 10 ms timer ticks on the GUI thread while the writer thread imports `folder`.

    Without `refresh`, the window does not re-place its list as dumps commit: what is left is
    what the import itself costs the GUI thread (the GIL, the CPU it shares with the import).
    """
    from PySide6.QtCore import QTimer

    app, window = _open_window(db)
    _show(app, window)
    if not refresh:
        window.list._grow_timer.start = lambda *args: None  # noqa: SLF001 (a diagnostic: the timer never runs)
    ticks: list[float] = []
    done: dict = {}
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))

    def finished(report) -> None:
        done["t"] = time.perf_counter()
        done["summary"] = report.summary()
        QTimer.singleShot(600, app.quit)  # the window's coalesced refresh after the last dump is part of the run

    window.writer.importFinished.connect(finished)
    timer.start()
    start = time.perf_counter()
    window.writer.import_paths([folder])
    app.exec()
    timer.stop()
    window.close()
    gaps = sorted((b - a) * 1000 for a, b in zip(ticks, ticks[1:], strict=False))
    return {
        "import_s": done["t"] - start,
        "summary": done.get("summary", ""),
        "ticks": len(ticks),
        "max_gap_ms": gaps[-1],
        "p99_gap_ms": gaps[int(0.99 * (len(gaps) - 1))],
        "p50_gap_ms": gaps[len(gaps) // 2],
        "over_50ms": sum(g > 50 for g in gaps),
        "articles": window.model.rowCount() if refresh else None,
    }


# --- list operations ------------------------------------------------------------------------------
class _PaintCounter:
    """Counts Paint events per widget, so an operation is timed until its widgets have painted."""

    def __init__(self) -> None:
        from PySide6.QtCore import QEvent, QObject

        counts: dict[int, int] = {}

        class Filter(QObject):
            def eventFilter(self, obj, event):  # noqa: N802 (Qt's name)
                if event.type() == QEvent.Type.Paint:
                    counts[id(obj)] = counts.get(id(obj), 0) + 1
                return False

        self.counts = counts
        self.filter = Filter()
        self.watched: set[int] = set()

    def watch(self, widget) -> None:
        if id(widget) not in self.watched:
            widget.installEventFilter(self.filter)
            self.watched.add(id(widget))


_PAINTS: _PaintCounter | None = None


def _timed(app, action, *widgets) -> float:
    """Milliseconds from `action()` until each widget has painted since (Qt paints on the event loop)."""
    global _PAINTS
    if _PAINTS is None:
        _PAINTS = _PaintCounter()
    for widget in widgets:
        _PAINTS.watch(widget)
    app.processEvents()
    before = {id(w): _PAINTS.counts.get(id(w), 0) for w in widgets}
    start = time.perf_counter()
    action()
    deadline = start + 10
    while not all(_PAINTS.counts.get(id(w), 0) > before[id(w)] for w in widgets):
        if time.perf_counter() > deadline:
            raise RuntimeError(f"{[w.objectName() or type(w).__name__ for w in widgets]} did not repaint within 10 s")
        app.processEvents()
    return (time.perf_counter() - start) * 1000


def list_ops(db: Path, runs: int, section: str) -> dict:
    """Jump to the end, re-sort, select an article, filter by a sidebar section: ms until repainted."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from desktop.ui.article_list.model import COL_DATE, COL_TITLE
    from desktop.ui.sidebar.sidebar import EntryKind

    app, window = _open_window(db)
    _show(app, window)
    from PySide6.QtWidgets import QTextBrowser

    view = window.article_list
    reader = window.reader
    reader_view = reader.findChild(QTextBrowser, "readerView").viewport()
    times: dict[str, list[float]] = {k: [] for k in ("jump_end", "jump_home", "sort_title", "sort_date", "select", "sidebar_filter", "filter_off")}
    section_ids = [s.id for s in _sidebar_sections(window) if s.name == section]
    CTRL = Qt.KeyboardModifier.ControlModifier  # noqa: N806
    view.setFocus()
    for run in range(runs):
        # Ctrl+End: a table view's End alone goes to the last column.
        times["jump_end"].append(_timed(app, lambda: QTest.keyClick(view, Qt.Key.Key_End, CTRL), view.viewport(), reader_view))
        assert view.currentIndex().row() == window.model.rowCount() - 1
        _settle(app)
        times["jump_home"].append(_timed(app, lambda: QTest.keyClick(view, Qt.Key.Key_Home, CTRL), view.viewport(), reader_view))
        assert view.currentIndex().row() == 0
        _settle(app)
        times["sort_title"].append(_timed(app, lambda: view.sortByColumn(COL_TITLE, Qt.SortOrder.AscendingOrder), view.viewport()))
        _settle(app)
        times["sort_date"].append(_timed(app, lambda: view.sortByColumn(COL_DATE, Qt.SortOrder.DescendingOrder), view.viewport()))
        _settle(app)
        row = 3 + 7 * run
        times["select"].append(_timed(app, lambda r=row: view.select_row(r), view.viewport(), reader_view))
        assert reader.current_article_id() == window.model.article_at(row)
        _settle(app)
        section_id = section_ids[run % len(section_ids)]
        # The list repaints; the reader only when the article shown changes (it stays if it is in the section).
        times["sidebar_filter"].append(_timed(app, lambda s=section_id: window.sidebar.activate(EntryKind.SECTION, s), view.viewport()))
        filtered = window.model.rowCount()
        _settle(app)
        times["filter_off"].append(_timed(app, window.sidebar.clear_filters, view.viewport()))
        assert 0 < filtered < window.model.rowCount()
        _settle(app)
    rows = window.model.rowCount()
    window.close()
    return {"ms": times, "rows": rows, "rss_mb": rss_mb()}


def _sidebar_sections(window):
    from desktop.core.sidebar_data import load_sidebar

    return load_sidebar(window.db).sections


# --- search ------------------------------------------------------------------------------------
def search(db: Path, runs: int, queries: list[str]) -> dict:
    """Type a search (applied at once, as after the debounce): ms until the first page is painted."""
    app, window = _open_window(db)
    _show(app, window)
    view = window.article_list
    box = window.search_box
    result: dict[str, dict] = {}
    for query in queries:
        samples = []
        for _ in range(runs):

            def run(q: str = query) -> None:
                box.setText(q)
                box.apply_now()

            samples.append(_timed(app, run, view.viewport()))  # and the reader, in the same pass, if its article changed
            rows = window.model.rowCount()
            _settle(app)
            box.clear_search()
            _settle(app)
        result[query] = {"ms": samples, "rows": rows}
    window.close()
    return result


def typing(db: Path, queries: list[str], pause_ms: int = 350) -> dict:
    """Type queries key by key, as a person does: ms from each key to the list painted with its results.

    The time includes the search box's pause before it searches (adaptive: short when searches are
    cheap). Each key waits for its results before the next, so every keystroke is a search.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    app, window = _open_window(db)
    _show(app, window)
    view = window.article_list
    box = window.search_box
    samples: list[float] = []
    for query in queries:
        box.setFocus()
        for char in query:
            samples.append(_timed(app, lambda c=char: QTest.keyClicks(box, c), view.viewport()))
            QTest.qWait(pause_ms)
        QTest.keyClick(box, Qt.Key.Key_Escape)
        _settle(app)
    samples.sort()
    window.close()
    return {"ms": {"keystroke": samples}, "p95_ms": samples[int(0.95 * (len(samples) - 1))], "keys": len(samples)}


def main(argv: list[str]) -> int:
    command, *rest = argv
    if command == "cold-start":
        out = cold_start(Path(rest[0]))
    elif command == "responsiveness":
        out = responsiveness(Path(rest[0]), Path(rest[1]), refresh=rest[2:] != ["no-refresh"])
    elif command == "list-ops":
        out = list_ops(Path(rest[0]), int(rest[1]), rest[2])
    elif command == "search":
        out = search(Path(rest[0]), int(rest[1]), rest[2:])
    elif command == "typing":
        out = typing(Path(rest[0]), rest[1:])
    else:
        raise SystemExit(f"unknown command {command}")
    out["median"] = {k: statistics.median(v) for k, v in out.get("ms", {}).items()} if isinstance(out.get("ms"), dict) else None
    print("RESULT " + json.dumps(out), flush=True)
    sys.stderr.flush()
    # Leave without tearing Qt down: the figure is taken, and PySide's teardown at interpreter
    # exit can crash on some builds, which would only turn a finished measurement into a failure.
    os._exit(0)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
