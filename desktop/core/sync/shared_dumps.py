"""Shared dumps: the dump files themselves, through the sync folder, for devices that want them.

With "share dumps" on, each dump this library imported is copied into the folder as
`dumps/<sha256>/<its file name>`: the sha256 of its decompressed text, which is the dump's
identity in every library, so a dump is in the folder once however many devices imported it.
Every device imports the dumps it does not have yet, as an import of any file: idempotent, and
a file still arriving (cut short) fails this time and imports next time. Only dumps go there,
and only into the folder the user chose.
"""

from __future__ import annotations

import gzip
import hashlib
import re
import zlib
from dataclasses import dataclass
from pathlib import Path

from sqlite_utils import Database

from desktop.core.importer import is_dump_file
from desktop.core.sync.changefile import write_atomically

DUMPS = "dumps"
_SHA = re.compile(r"^[0-9a-f]{64}$")


@dataclass(frozen=True)
class SharedDumps:
    copied: tuple[str, ...] = ()  # file names copied into the folder
    missing: tuple[str, ...] = ()  # dumps whose file is gone from where they were imported


def share_dumps(db: Database, folder: Path) -> SharedDumps:
    """Copy into the folder every dump of this library that is not there yet (reads the library only)."""
    copied: list[str] = []
    missing: list[str] = []
    root = folder / DUMPS
    for sha, path, name in db.execute("SELECT sha256, path, file_name FROM dumps ORDER BY id").fetchall():
        target = root / sha
        if _dump_in(target) is not None:
            continue
        source = Path(path) if path else None
        try:
            data = source.read_bytes() if source is not None else None
        except OSError:
            data = None
        if data is None:
            missing.append(name)
            continue
        write_atomically(target / Path(name).name, data)
        copied.append(name)
    return SharedDumps(tuple(copied), tuple(missing))


def dumps_to_import(db: Database, folder: Path) -> list[Path]:
    """The folder's dumps that this library does not hold yet, and that arrived whole: a dump a
    sync tool is still delivering would import as another, shorter dump, so its content must
    match the sha256 it is filed under first."""
    root = folder / DUMPS
    try:
        entries = sorted(p for p in root.iterdir() if _SHA.match(p.name))
    except OSError:
        return []
    known = {r[0] for r in db.execute("SELECT sha256 FROM dumps")}
    found = []
    for entry in entries:
        if entry.name in known:
            continue
        dump = _dump_in(entry)
        if dump is not None and _content_sha256(dump) == entry.name:
            found.append(dump)
    return found


def _content_sha256(path: Path) -> str | None:
    try:
        raw = path.read_bytes()
        data = gzip.decompress(raw) if raw.startswith(b"\x1f\x8b") else raw
    except (OSError, EOFError, gzip.BadGzipFile, zlib.error):
        return None
    return hashlib.sha256(data).hexdigest()


def _dump_in(directory: Path) -> Path | None:
    try:
        return next((p for p in sorted(directory.iterdir()) if p.is_file() and is_dump_file(p)), None)
    except OSError:
        return None
