"""UI test set-up: offscreen Qt, settings in a temp folder, and a window on the sample library."""

from __future__ import annotations

import os

# Offscreen by default, on a laptop-sized virtual screen (the plugin's own is 800×800, which
# would clamp every window geometry the tests restore).
_SCREEN = os.path.join(os.path.dirname(__file__), "offscreen-screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_SCREEN}"

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from desktop.ui.app import build_demo_library, create_main_window  # noqa: E402
from desktop.ui.main_window import MainWindow  # noqa: E402
from desktop.ui.settings import Settings, use_settings_folder  # noqa: E402


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path: Path) -> Path:
    """Settings in a temporary folder, the interface in English whatever the machine's language
    (tests that switch language set it themselves)."""
    folder = tmp_path / "settings"
    use_settings_folder(folder)
    Settings().language = "en"
    return folder


@pytest.fixture
def sample_db(tmp_path: Path) -> Path:
    return build_demo_library(tmp_path)


@pytest.fixture
def open_window(qtbot):
    """Open a main window on a library; every window opened is closed (joining its thread) at the end."""
    windows: list[MainWindow] = []

    def opener(db_path: Path, **kwargs) -> MainWindow:
        window = create_main_window(db_path, settings=Settings(), **kwargs)
        qtbot.addWidget(window)
        with qtbot.waitExposed(window):
            window.show()
        with qtbot.waitActive(window):
            window.activateWindow()
        windows.append(window)
        return window

    yield opener
    for window in windows:
        if window.isVisible():
            window.close()


@pytest.fixture
def window(open_window, sample_db: Path) -> Iterator[MainWindow]:
    yield open_window(sample_db)
