"""Watch an inbox folder and hand over dump files once they have stopped growing.

QFileSystemWatcher says *that* a folder changed, not which file, and it misses changes in
subfolders and on some network drives, so every signal triggers a rescan and a slow timer
rescans anyway. A file is handed over when its size and modification time are the same in
two scans in a row: a scraper or a copy still writing it is left alone until it finishes.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal, Slot

from desktop.core.importer import is_dump_file

RESCAN_MS = 1500
SETTLE_MS = 300


class InboxWatcher(QObject):
    filesReady = Signal(list)  # list[Path]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._folder: Path | None = None
        self._watcher = QFileSystemWatcher(self)
        self._watcher.directoryChanged.connect(self._soon)
        self._timer = QTimer(self, interval=RESCAN_MS)
        self._timer.timeout.connect(self.rescan)
        self._settle = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle.timeout.connect(self.rescan)
        self._last: dict[Path, tuple[int, int]] = {}
        self._handed: dict[Path, tuple[int, int]] = {}

    @property
    def folder(self) -> Path | None:
        return self._folder

    def set_folder(self, folder: Path | None, known: dict[Path, tuple[int, int]] | None = None) -> None:
        """Watch `folder`; `known` files (path → size, mtime) are in the library already and are
        left alone unless they change."""
        if self._watcher.directories():
            self._watcher.removePaths(self._watcher.directories())
        self._folder = folder
        self._last.clear()
        self._handed = dict(known or {})
        if folder is None:
            self._timer.stop()
            return
        folder.mkdir(parents=True, exist_ok=True)
        self._watcher.addPath(str(folder))
        self._timer.start()
        self.rescan()

    @Slot()
    def _soon(self) -> None:
        self._settle.start()

    @Slot()
    def rescan(self) -> None:
        if self._folder is None or not self._folder.is_dir():
            return
        seen: dict[Path, tuple[int, int]] = {}
        for root, _dirs, files in os.walk(self._folder):
            for name in files:
                path = Path(root, name)
                if not is_dump_file(path):
                    continue
                try:
                    stat = path.stat()
                except OSError:
                    continue
                seen[path] = (stat.st_size, stat.st_mtime_ns)
        ready = [
            path
            for path, signature in seen.items()
            if signature[0] > 0 and self._last.get(path) == signature and self._handed.get(path) != signature
        ]
        self._last = seen
        for path in ready:
            self._handed[path] = seen[path]
        if ready:
            self.filesReady.emit(sorted(ready))
