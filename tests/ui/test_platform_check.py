"""A missing platform library is named, with the packages to install, before Qt could abort."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from desktop.ui import platform_check
from desktop.ui.platform_check import PlatformProblem

START_WITH_MISSING_LIBRARIES = """
import os, sys
os.environ.pop("QT_QPA_PLATFORM", None)
os.environ["DISPLAY"] = ":99"
import desktop.ui.platform_check as check
check.missing_libraries = lambda plugin: ("libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-cursor.so.0")
from desktop.ui.app import run_app
code = run_app()
from PySide6.QtWidgets import QApplication
print("exit", code, "application made:", QApplication.instance() is not None)
"""


def test_the_app_names_the_packages_and_exits_before_making_a_window(repo_root: Path):
    if not sys.platform.startswith("linux"):
        return
    done = subprocess.run([sys.executable, "-c", START_WITH_MISSING_LIBRARIES], capture_output=True, text=True, timeout=60, cwd=repo_root)
    assert done.returncode == 0, done.stderr
    assert "exit 1 application made: False" in done.stdout
    assert "sudo apt install libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1" in done.stderr
    assert "sudo dnf install xcb-util-cursor xcb-util-keysyms xcb-util-wm" in done.stderr


def test_the_message_covers_libraries_it_has_no_package_for():
    message = PlatformProblem("X11 (xcb)", ("libxcb-icccm.so.4", "libunknown.so.7")).message
    assert "libunknown.so.7" in message and "libxcb-icccm4" in message


def test_no_display_means_no_check_of_the_window_platform(monkeypatch):
    monkeypatch.setenv("QT_QPA_PLATFORM", "offscreen")
    monkeypatch.setattr(platform_check, "missing_libraries", lambda plugin: ("libxcb-icccm.so.4",))
    assert platform_check.check_platform() is None


def test_every_package_the_readme_asks_for_is_known():
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    assert f"sudo apt install {' '.join(platform_check.README_APT)}" in readme
    known = {apt for apt, _ in platform_check.PACKAGES.values()}
    assert set(platform_check.README_APT) <= known
