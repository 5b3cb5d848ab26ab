"""`qalam --self-test`: drive the real app headless and fail loudly if any part of it is missing.

A frozen bundle breaks in ways unit tests never see: a hidden import PyInstaller missed, a Qt
plugin left out (no platform, no SVG), package metadata not copied (no version), resources not
found. So this runs the same code a user's double-click runs, on a throwaway library and
settings folder, and checks what a user would see: the sample dumps imported on the writer
thread, ten articles listed, one rendered in the reader, a search narrowed, themed SVG icons
drawn, and a clean close. Each check prints one `ok:` line as it passes; the first failure
prints `FAILED: <check>: <why>` and the exit code is 1. It never touches the user's library
or settings.
"""

from __future__ import annotations

import os
import sqlite3
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

EXIT_OK = 0
EXIT_FAILED = 1
IMPORT_TIMEOUT_MS = 60_000
SEARCH_WORD = "Shymkent"
EXPECTED_ARTICLES = 10
EXPECTED_SEARCH_HITS = 2


class CheckFailed(Exception):
    """A check did not hold; the message says what was seen instead."""


def run_self_test(out: TextIO | None = None, *, offscreen: bool = False) -> int:
    """Run every check; 0 when all pass, 1 (after a `FAILED:` line) at the first that does not.

    With a display (a desktop session on Linux; always on Windows and macOS) the checks run on the
    real platform plugin, so a bundle that cannot open a window fails here rather than in a user's
    hands; `offscreen` (or no display at all, as in CI) runs them without one.
    """
    from desktop.ui.platform_check import display_available

    # Qt reads this when the QApplication is created, so it must be set before anything below does that.
    # Empty counts as unset, as it does for Qt.
    if offscreen or not display_available():
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    report = _Report(out if out is not None else sys.stdout)
    with tempfile.TemporaryDirectory(prefix="qalam-self-test-") as tmp:
        try:
            _run_checks(Path(tmp), report)
        except CheckFailed as exc:
            report.failed(str(exc))
            return EXIT_FAILED
        except Exception as exc:  # an import error or crash is a failure of the current check, not a traceback
            report.failed(f"{type(exc).__name__}: {exc}")
            return EXIT_FAILED
    report.line(f"self-test passed ({report.passed} checks)")
    return EXIT_OK


class _Report:
    def __init__(self, stream: TextIO | None) -> None:
        self._stream = stream  # None in a windowed Windows app with no console: the exit code still tells
        self.current = "start"
        self.passed = 0

    def check(self, name: str) -> None:
        self.current = name

    def ok(self, detail: str) -> None:
        self.passed += 1
        self.line(f"ok: {self.current}: {detail}")

    def failed(self, why: str) -> None:
        self.line(f"FAILED: {self.current}: {why}")

    def line(self, text: str) -> None:
        if self._stream is not None:
            print(text, file=self._stream, flush=True)


def _run_checks(tmp: Path, report: _Report) -> None:
    # Every module the app imports: in a bundle, a missing hidden import fails here, by name.
    report.check("imports")
    from PySide6 import __version__ as pyside_version
    from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer, qVersion
    from PySide6.QtGui import QGuiApplication, QImageReader

    from desktop import __version__
    from desktop.core.importer import FileStatus, ImportReport
    from desktop.ui.app import create_main_window, make_application
    from desktop.ui.resources import app_icon, resources_dir, sample_dumps, themed_icon
    from desktop.ui.settings import Settings, use_settings_folder

    report.ok("desktop.ui.app, the main window and their dependencies")

    report.check("platform libraries")
    from desktop.ui.platform_check import check_platform, chosen_platform

    problem = check_platform()
    if problem is not None:
        raise CheckFailed(problem.message)
    name = chosen_platform()
    report.ok(f"the {name!r} platform plugin finds every library it needs" if name in ("xcb", "wayland") else f"{name!r} needs none")

    report.check("Qt starts")
    use_settings_folder(tmp / "settings")  # before any QSettings exists: never the user's settings
    if os.environ.get("QT_QPA_PLATFORM") == "offscreen":
        _quiet_offscreen_warnings()
    app = make_application([sys.argv[0] if sys.argv else "qalam"])
    report.ok(f"Qt {qVersion()}, PySide6 {pyside_version}, platform plugin {QGuiApplication.platformName()!r}")

    report.check("version")
    if getattr(sys, "frozen", False) and __version__.endswith("+source"):
        raise CheckFailed(f"{__version__!r}: the bundle lacks qalam's package metadata (copy_metadata)")
    report.ok(f"qalam {__version__}")

    report.check("bundled resources")
    dumps = sample_dumps()
    if len(dumps) != 2:
        raise CheckFailed(f"expected 2 sample dumps in {resources_dir() / 'samples'}, found {len(dumps)}")
    report.ok(f"{len(dumps)} sample dumps in {resources_dir()}")

    report.check("SVG support")
    formats = {bytes(f).decode() for f in QImageReader.supportedImageFormats()}
    if "svg" not in formats:
        raise CheckFailed(f"no 'svg' image format plugin; formats: {sorted(formats)}")
    if not _plugin_present("iconengines", "svg"):
        raise CheckFailed(f"no SVG icon engine plugin under {QCoreApplication.libraryPaths()}")
    if not _has_ink(themed_icon("star", "#000000")):
        raise CheckFailed("themed_icon('star', '#000000') drew nothing")
    if not _has_ink(app_icon()):
        raise CheckFailed("the application icon (qalam.svg) drew nothing")
    report.ok("svg image format and icon engine plugins, themed and file icons render")

    report.check("main window")
    library = tmp / "self-test-library.sqlite"
    window = create_main_window(library, settings=Settings())
    window.show()
    if window.model.rowCount() != 0:
        raise CheckFailed(f"a new library lists {window.model.rowCount()} articles, not 0")
    report.ok(f"built on a throwaway library ({library.name})")

    report.check("theme")
    style = app.styleSheet()
    if len(style) < 1000 or "QToolTip" not in style:
        raise CheckFailed(f"qdarktheme's stylesheet is not applied ({len(style)} characters)")
    report.ok(f"qdarktheme stylesheet applied ({window.theme.choice}, {'dark' if window.theme.palette.dark else 'light'})")

    report.check("import on the writer thread")
    finished: list[object] = []
    loop = QEventLoop()
    window.writer.importFinished.connect(lambda result: (finished.append(result), loop.quit()))
    QTimer.singleShot(IMPORT_TIMEOUT_MS, loop.quit)
    window.writer.import_paths(dumps)
    if not finished:
        loop.exec()
    if not finished:
        raise CheckFailed(f"importFinished did not arrive within {IMPORT_TIMEOUT_MS // 1000} s")
    result = finished[0]
    if not isinstance(result, ImportReport) or result.cancelled or result.count(FileStatus.IMPORTED) != len(dumps):
        raise CheckFailed(f"expected {len(dumps)} dumps imported, got: {getattr(result, 'summary', lambda: result)()}")
    report.ok(result.summary())

    report.check("article list")
    _process_until(app, lambda: window.model.rowCount() == EXPECTED_ARTICLES)
    if window.model.rowCount() != EXPECTED_ARTICLES:
        raise CheckFailed(f"the list shows {window.model.rowCount()} articles, expected {EXPECTED_ARTICLES}")
    report.ok(f"{window.model.rowCount()} articles")

    report.check("reader")
    window.article_list.select_row(0)
    app.processEvents()
    article = window.reader.article
    if article is None or not article.versions:
        raise CheckFailed("selecting the first row shows no article")
    shown = " ".join(window.reader.browser.toPlainText().split())
    first_paragraph = " ".join(article.versions[0].paragraphs[0].split())[:80] if article.versions[0].paragraphs else ""
    if not first_paragraph or first_paragraph not in shown:
        raise CheckFailed(f"the reader does not show the body of {article.title!r}")
    report.ok(f"renders {article.title[:60]!r} ({len(shown)} characters)")

    report.check("search")
    window.search_box.setText(SEARCH_WORD)
    window.search_box.apply_now()
    _process_until(app, lambda: window.model.rowCount() == EXPECTED_SEARCH_HITS)
    if window.model.rowCount() != EXPECTED_SEARCH_HITS:
        raise CheckFailed(f"{SEARCH_WORD!r} finds {window.model.rowCount()} articles, expected {EXPECTED_SEARCH_HITS}")
    report.ok(f"{SEARCH_WORD!r} finds {EXPECTED_SEARCH_HITS} articles")

    report.check("citation")  # citeproc-py is imported only when first used: a bundle missing it, its locales or the style fails here
    from desktop.core.exports.citation_record import citation_record
    from desktop.core.exports.citation_text import format_references
    from desktop.ui.exports.citations import STYLE_FILE

    record = citation_record(window.db, article.id)
    references = format_references([record] if record else [], resources_dir() / "csl" / STYLE_FILE)
    if record is None or record.title not in references.plain:
        raise CheckFailed(f"no reference of {article.title!r} from {resources_dir() / 'csl' / STYLE_FILE}: {references.plain!r}")
    report.ok(f"{references.plain[:70]}…")

    report.check("corpus views")  # numpy counts the chart, pyqtgraph draws it: both must work in a bundle
    window.corpus.show_tab(0)
    _process_until(app, lambda: window.corpus.kwic_model.rowCount() > 0 and not window.corpus.kwic_model.loading)
    window.corpus.show_tab(1)
    _process_until(app, lambda: window.corpus.frequency.result() is not None)
    lines, chart = window.corpus.kwic_model.rowCount(), window.corpus.frequency.result()
    if not lines or chart is None or not chart.periods or not sum(chart.series[0].counts):
        raise CheckFailed(f"the concordance of {SEARCH_WORD!r} shows {lines} lines, and its chart {chart}")
    report.ok(f"concordance of {SEARCH_WORD!r}: {lines} lines; chart: {sum(chart.series[0].counts)} articles in {len(chart.periods)} month")

    report.check("Help ▸ About")
    about = _about_text(window)
    expected = {"Qalam": __version__, "Qt": qVersion(), "PySide6": pyside_version, "SQLite": sqlite3.sqlite_version}
    missing = [f"{name} {version}" for name, version in expected.items() if f"{name} {version}" not in about]
    if missing:
        raise CheckFailed(f"the About box lacks {', '.join(missing)}: {about!r}")
    report.ok(" · ".join(f"{name} {version}" for name, version in expected.items()))

    report.check("close")
    window.close()
    if window.writer.thread.isRunning():
        raise CheckFailed("the writer thread still runs after the window closed")
    if not app.property("qalam_closed_cleanly"):
        raise CheckFailed("the window's close did not finish")
    report.ok("window closed, writer thread joined")


def _about_text(window) -> str:
    """Open Help ▸ About as a user would, read its text, and close it.

    The box is application-modal (its own event loop) except on macOS, where Qt shows it modeless;
    a timer that looks for it among the top-level windows covers both.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QTextDocument
    from PySide6.QtWidgets import QApplication, QMessageBox

    texts: list[str] = []
    attempts = iter(range(100))

    def read_and_close() -> None:
        boxes = [w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()]
        if boxes:
            document = QTextDocument()
            document.setHtml(boxes[0].text())
            texts.append(document.toPlainText())
            boxes[0].accept()
        elif next(attempts, None) is not None:
            QTimer.singleShot(50, read_and_close)

    QTimer.singleShot(0, read_and_close)
    window.session.actions.action("app.about").trigger()
    _process_until(QApplication.instance(), lambda: bool(texts))
    return " ".join(texts)


def _quiet_offscreen_warnings() -> None:
    """The offscreen platform warns about window hints it ignores; keep the self-test's output readable."""
    from PySide6.QtCore import qInstallMessageHandler

    def handler(_mode, _context, message: str) -> None:
        if "propagateSizeHints" not in message:
            print(message, file=sys.stderr)

    qInstallMessageHandler(handler)


def _process_until(app, condition: Callable[[], bool], timeout_s: float = 5.0) -> None:
    """Let queued signals and debounce timers run until `condition` holds or time runs out."""
    deadline = time.monotonic() + timeout_s
    while not condition() and time.monotonic() < deadline:
        app.processEvents()
        time.sleep(0.01)


def _plugin_present(kind: str, name_part: str) -> bool:
    """Whether a Qt plugin of `kind` whose file name contains `name_part` is on Qt's plugin path."""
    from PySide6.QtCore import QCoreApplication

    for folder in QCoreApplication.libraryPaths():
        plugins = Path(folder) / kind
        if plugins.is_dir() and any(name_part in p.name.lower() for p in plugins.iterdir()):
            return True
    return False


def _has_ink(icon) -> bool:
    """Whether the icon draws at least one non-transparent pixel at 32×32."""
    if icon.isNull():
        return False
    image = icon.pixmap(32, 32).toImage()
    return any(image.pixelColor(x, y).alpha() > 0 for x in range(image.width()) for y in range(image.height()))
