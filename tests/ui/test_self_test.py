"""`qalam --self-test` as CI and packaged builds run it: a separate process, judged by exit code and output.

It runs in a subprocess because that is how it is used (and it makes its own QApplication,
settings folder and library, none of which may leak into this test session's).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[2]
CHECKS = [
    "ok: imports:",
    "ok: platform libraries:",
    "ok: Qt starts:",
    "ok: version: qalam ",
    "ok: bundled resources: 2 sample dumps",
    "ok: SVG support:",
    "ok: main window:",
    "ok: theme: qdarktheme stylesheet applied",
    "ok: import on the writer thread: 2 files: 2 imported",
    "ok: article list: 10 articles",
    "ok: reader: renders ",
    "ok: search: 'Shymkent' finds 2 articles",
    "ok: citation: ",
    "ok: corpus views: concordance of 'Shymkent': ",
    "ok: Help ▸ About: Qalam ",
    "ok: close: window closed, writer thread joined",
]


def run(*args: str) -> subprocess.CompletedProcess[str]:
    # No QT_QPA_PLATFORM: the self-test must pick the offscreen platform itself, as on a machine with no display.
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"} | {"PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, *args], cwd=REPO_ROOT, env=env, capture_output=True, text=True, encoding="utf-8", timeout=180
    )


def test_self_test_passes_and_prints_each_check():
    result = run("main.py", "--self-test")
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    for expected, line in zip(CHECKS, lines, strict=False):
        assert line.startswith(expected), (expected, result.stdout)
    assert len(lines) == len(CHECKS) + 1
    assert lines[-1] == f"self-test passed ({len(CHECKS)} checks)"
    assert "platform plugin 'offscreen'" in lines[2]
    assert "FAILED" not in result.stdout + result.stderr


def test_self_test_names_the_check_that_failed_and_exits_1():
    # As a bundle that lost its sample dumps would: everything before the failing check passes.
    script = (
        "import sys, desktop.ui.resources as r; r.sample_dumps = lambda: []\n"
        "from desktop.cli import main; sys.exit(main(['--self-test']))"
    )
    result = run("-c", script)
    assert result.returncode == 1
    assert "ok: version: qalam " in result.stdout
    assert "FAILED: bundled resources: expected 2 sample dumps" in result.stdout
    assert "self-test passed" not in result.stdout


def test_with_a_display_the_self_test_uses_the_real_platform_and_fails_when_it_cannot_load():
    """As on a desktop whose X11 libraries are missing: the real platform is tested, and named."""
    if not sys.platform.startswith("linux"):
        return
    script = (
        "import os, sys; os.environ['DISPLAY'] = ':99'\n"
        "import desktop.ui.platform_check as c; c.missing_libraries = lambda plugin: ('libxcb-icccm.so.4',)\n"
        "from desktop.cli import main; sys.exit(main(['--self-test']))"
    )
    result = run("-c", script)
    assert result.returncode == 1
    assert "FAILED: platform libraries: Qalam cannot open its window: Qt's X11 (xcb) platform plugin" in result.stdout
    assert "sudo apt install libxcb-icccm4" in result.stdout
    offscreen = run("-c", script.replace("main(['--self-test'])", "main(['--self-test', '--offscreen'])"))
    assert offscreen.returncode == 0 and "platform plugin 'offscreen'" in offscreen.stdout
