"""Start the app: QApplication, settings, theme, the library to open, and the main window.

`--demo` opens a throwaway library that already holds the bundled sample dumps and is
deleted on exit, so trying Qalam never touches a real library.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop import __version__
from desktop.core.importer import import_paths
from desktop.core.store import LibraryError, default_library_path, open_library
from desktop.ui.language.translators import install_language, resolve
from desktop.ui.library_opening import prepare_library
from desktop.ui.main_window import MainWindow
from desktop.ui.platform_check import check_platform
from desktop.ui.resources import app_icon, sample_dumps
from desktop.ui.settings import APPLICATION, ORGANIZATION, Settings
from desktop.ui.theme import ThemeManager


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    QCoreApplication.setOrganizationName(ORGANIZATION)
    QCoreApplication.setApplicationName(APPLICATION)
    QCoreApplication.setApplicationVersion(__version__)
    QApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
    app = QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationDisplayName("Qalam")
    app.setWindowIcon(app_icon())
    app.setDesktopFileName("qalam")
    return app


def build_demo_library(folder: Path) -> Path:
    """A fresh library in `folder` holding the sample dumps."""
    path = folder / "demo-library.sqlite"
    db = open_library(path)
    try:
        import_paths(db, sample_dumps())
    finally:
        db.close()
    return path


def create_main_window(db_path: Path, *, inbox: Path | None = None, settings: Settings | None = None) -> MainWindow:
    settings = settings or Settings()
    install_language(resolve(settings.language))
    theme = ThemeManager(QApplication.instance())
    theme.apply(settings.theme)
    return MainWindow(db_path, settings, theme, inbox=inbox)


def run_app(db_path: Path | None = None, demo: bool = False, inbox: Path | None = None) -> int:
    problem = check_platform()  # before Qt would abort on a missing library: say which packages to install
    if problem is not None:
        print(problem.message, file=sys.stderr)
        return 1
    app = make_application()
    settings = Settings()
    install_language(resolve(settings.language))  # the dialogs below already speak it
    demo_dir: Path | None = None
    if demo:
        demo_dir = Path(tempfile.mkdtemp(prefix="qalam-demo-"))
        db_path = build_demo_library(demo_dir)
    elif db_path is None:
        db_path = settings.last_library or default_library_path()
    # Only the default library is made without asking; a path given or remembered must exist.
    suspect = settings.get("library/suspect") == str(db_path)
    opened = prepare_library(db_path, may_create=demo or db_path == default_library_path(), suspect=suspect)
    if suspect:
        settings.set("library/suspect", "")
    if opened is None:
        return 1
    try:
        window = create_main_window(opened, inbox=inbox, settings=settings)
    except LibraryError as exc:
        text = QCoreApplication.translate("LibraryOpening", "The library could not be opened.\n\n%1").replace("%1", str(exc))
        QMessageBox.critical(None, "Qalam", text)
        return 1
    window.remember_library = not demo
    window.show()
    if demo:
        window.set_title_note(QT_TRANSLATE_NOOP("MainWindow", "Demo library (discarded on exit)"))  # Qt adds " — Qalam"
    try:
        return app.exec()
    finally:
        if demo_dir is not None:
            shutil.rmtree(demo_dir, ignore_errors=True)
