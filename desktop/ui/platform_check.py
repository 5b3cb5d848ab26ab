"""Before any window: can Qt's platform plugin load here? If not, say which packages to install.

On Linux, Qt's X11 plugin (libqxcb.so) needs a dozen libxcb libraries that a minimal system
lacks; Qt then prints one line about xcb-cursor0 and aborts (SIGABRT), and installing that one
library is not enough. This finds every missing library with `ldd`, before the QApplication
exists, and names the exact packages for apt and dnf. The packaged build runs the same check.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

# Library → (Debian/Ubuntu package, Fedora package), for what Qt's xcb plugin links.
PACKAGES: dict[str, tuple[str, str]] = {
    "libxcb-cursor.so.0": ("libxcb-cursor0", "xcb-util-cursor"),
    "libxcb-icccm.so.4": ("libxcb-icccm4", "xcb-util-wm"),
    "libxcb-keysyms.so.1": ("libxcb-keysyms1", "xcb-util-keysyms"),
    "libxcb-image.so.0": ("libxcb-image0", "xcb-util-image"),
    "libxcb-render-util.so.0": ("libxcb-render-util0", "xcb-util-renderutil"),
    "libxcb-util.so.1": ("libxcb-util1", "xcb-util"),
    "libxcb-randr.so.0": ("libxcb-randr0", "libxcb"),
    "libxcb-shape.so.0": ("libxcb-shape0", "libxcb"),
    "libxcb-shm.so.0": ("libxcb-shm0", "libxcb"),
    "libxcb-sync.so.1": ("libxcb-sync1", "libxcb"),
    "libxcb-xfixes.so.0": ("libxcb-xfixes0", "libxcb"),
    "libxcb-render.so.0": ("libxcb-render0", "libxcb"),
    "libxcb-xkb.so.1": ("libxcb-xkb1", "libxcb"),
    "libxcb.so.1": ("libxcb1", "libxcb"),
    "libxkbcommon.so.0": ("libxkbcommon0", "libxkbcommon"),
    "libxkbcommon-x11.so.0": ("libxkbcommon-x11-0", "libxkbcommon-x11"),
    "libX11-xcb.so.1": ("libx11-xcb1", "libX11-xcb"),
    "libX11.so.6": ("libx11-6", "libX11"),
    "libEGL.so.1": ("libegl1", "libglvnd-egl"),
    "libGL.so.1": ("libgl1", "libglvnd-glx"),
    "libfontconfig.so.1": ("libfontconfig1", "fontconfig"),
    "libfreetype.so.6": ("libfreetype6", "freetype"),
    "libdbus-1.so.3": ("libdbus-1-3", "dbus-libs"),
    "libglib-2.0.so.0": ("libglib2.0-0", "glib2"),
}
# What the README asks for on a fresh Debian or Ubuntu machine (the rest comes with any desktop).
README_APT = ("libxcb-cursor0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-image0", "libxcb-render-util0", "libxkbcommon-x11-0")


@dataclass(frozen=True)
class PlatformProblem:
    plugin: str
    missing: tuple[str, ...]

    @property
    def message(self) -> str:
        apt = sorted({PACKAGES[lib][0] for lib in self.missing if lib in PACKAGES})
        dnf = sorted({PACKAGES[lib][1] for lib in self.missing if lib in PACKAGES})
        unknown = [lib for lib in self.missing if lib not in PACKAGES]
        lines = [
            f"Qalam cannot open its window: Qt's {self.plugin} platform plugin needs libraries this system lacks:",
            f"  {', '.join(self.missing)}",
        ]
        if apt:
            lines += ["Install them with", f"  sudo apt install {' '.join(apt)}        (Debian, Ubuntu)",
                      f"  sudo dnf install {' '.join(dnf)}        (Fedora)"]  # fmt: skip
        if unknown:
            lines.append(f"  (and whatever package provides {', '.join(unknown)})")
        lines.append("The command line (qalam import, export, search, stats) works without them.")
        return "\n".join(lines)


def display_available() -> bool:
    """Whether a real window could be shown: a desktop session on Linux; always on Windows and macOS."""
    if sys.platform in ("win32", "darwin"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def chosen_platform() -> str:
    """The platform plugin Qt will load: QT_QPA_PLATFORM's first name, else the session's."""
    asked = os.environ.get("QT_QPA_PLATFORM", "").split(":")[0].split(";")[0].strip()
    if asked:
        return asked
    if sys.platform == "win32":
        return "windows"
    if sys.platform == "darwin":
        return "cocoa"
    # Qt 6 prefers Wayland in a Wayland session when its plugin loads, and falls back to X11.
    return "wayland" if os.environ.get("WAYLAND_DISPLAY") and not os.environ.get("DISPLAY") else "xcb"


def _plugin_path(name: str) -> Path | None:
    """Where Qt will load the plugin from: its library paths (a packaged build sets its own), then its install."""
    from PySide6.QtCore import QCoreApplication, QLibraryInfo  # QtCore only: no application is made here

    folders = [*QCoreApplication.libraryPaths(), *os.environ.get("QT_PLUGIN_PATH", "").split(os.pathsep)]
    folders.append(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath))
    for folder in (Path(f) / "platforms" for f in folders if f):
        found = sorted(folder.glob(f"libq{name}.so*")) if folder.is_dir() else []
        if found:
            return found[0]
    return None


def missing_libraries(plugin: Path) -> tuple[str, ...]:
    """Shared libraries the plugin needs that the dynamic loader cannot find (Linux, with ldd)."""
    ldd = shutil.which("ldd")
    if ldd is None:
        return ()
    try:
        done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ()
    missing = [line.split("=>")[0].strip() for line in done.stdout.splitlines() if "not found" in line]
    return tuple(dict.fromkeys(missing))


def check_platform() -> PlatformProblem | None:
    """A problem that would make Qt abort when the window opens, or None (also when it cannot tell)."""
    if not sys.platform.startswith("linux"):
        return None
    name = chosen_platform()
    if name not in ("xcb", "wayland"):
        return None
    plugin = _plugin_path(name)
    if plugin is None:
        return None
    missing = missing_libraries(plugin)
    return PlatformProblem("X11 (xcb)" if name == "xcb" else "Wayland", missing) if missing else None
