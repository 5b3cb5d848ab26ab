"""Which Qt plugins and data go into the bundle: what Qalam uses on each platform, nothing else.

PyInstaller's Qt hooks collect every plugin of every type a module might load (fifty files on
Linux, where we keep eleven), a hundred translation files, and the libraries all those need: the
virtual-keyboard input plugin alone pulls in QtQuick and QtQml, the PDF image format QtPdf, the GTK
theme part of GTK's stack, the TLS backends OpenSSL. Our hooks (hooks/hook-PySide6.*.py) pass
the hooks' results through `keep()` *before* PyInstaller resolves library dependencies, so nothing
that only a dropped plugin needed is bundled.

Translations are dropped: Qalam's interface is English and installs no QTranslator, so Qt's own
strings are English whether or not the .qm files are there.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import PurePath

# Plugin type -> plugin names kept (None: every plugin of that type). Names are file names without
# the "lib" prefix and the suffix: libqxcb.so, qwindows.dll and libqcocoa.dylib are qxcb, qwindows, qcocoa.
WANTED: dict[str, set[str] | None] = {
    # offscreen for --self-test and CI everywhere; X11 and Wayland on Linux; the native one elsewhere.
    "platforms": {"qoffscreen", "qxcb", "qwayland", "qwayland-egl", "qwayland-generic", "qcocoa", "qwindows"},
    # Native file dialogs and the dark/light colour scheme through the desktop portal (GNOME, KDE, Flatpak).
    "platformthemes": {"qxdgdesktopportal"},
    # Dead keys and Compose (X11), and input methods through IBus.
    "platforminputcontexts": {"composeplatforminputcontextplugin", "ibusplatforminputcontextplugin"},
    # The native widget styles (macOS, Windows 11 / Vista); Linux has Fusion built in.
    "styles": None,
    # qdarktheme's stylesheet draws its arrows and check marks from SVG files; our icons are SVG.
    "imageformats": {"qsvg"},
    "iconengines": {"qsvgicon"},
    # A Wayland window needs a shell (xdg-shell) and, on GNOME, client-side title bars.
    "wayland-shell-integration": {"xdg-shell"},
    "wayland-decoration-client": None,
}
# Left out on purpose: xcbglintegrations, wayland-graphics-integration-*, egldeviceintegrations
# (OpenGL; Qalam draws with the raster engine), generic (evdev input for framebuffer use),
# tls, networkinformation (no networking), printsupport, sqldrivers, qmltooling, the
# virtualkeyboard input context (QtQuick), imageformats other than SVG (no images in articles).

_PLUGIN_DIR = re.compile(r"(?:^|/)plugins/(?P<kind>[^/]+)$")


def plugin_name(filename: str) -> str:
    name = PurePath(filename).name.split(".")[0].lower()
    return name[3:] if name.startswith("lib") else name


def is_wanted(source: str, dest_dir: str) -> bool:
    """Whether a (source file, destination folder) pair a Qt hook collected belongs in the bundle."""
    dest = dest_dir.replace("\\", "/").rstrip("/")
    if dest.endswith("/translations") or dest == "translations":
        return False
    match = _PLUGIN_DIR.search(dest)
    if match is None:
        return True  # not a plugin: a Qt library or other data, kept
    names = WANTED.get(match["kind"], set())
    return names is None or plugin_name(source) in names


def keep(entries: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Filter a hook's `binaries` or `datas` list of (source, destination folder) pairs."""
    return [(source, dest) for source, dest in entries if is_wanted(source, dest)]
