"""Writing an export to a file, the one way the CLI and the window both use.

The export goes to a temporary file beside the target and is renamed over it only when
complete, so a failed or cancelled export (a full disk, a closed window) never leaves half a
file behind, nor destroys the file it was replacing.
"""

from __future__ import annotations

import contextlib
import os
from pathlib import Path

from sqlite_utils import Database

from desktop.core.exports.options import DEFAULT_OPTIONS, ExportOptions
from desktop.core.exports.registry import ExportFormat, ExportResult
from desktop.core.ids import ArticleId


def write_export_file(
    db: Database, fmt: ExportFormat, target: Path, ids: list[ArticleId] | None = None, options: ExportOptions = DEFAULT_OPTIONS
) -> ExportResult:
    partial = target.with_name(f".{target.name}.partial")
    try:
        if fmt.binary:
            with partial.open("wb") as out:
                count = fmt.run(db, out, ids, options)
                out.flush()
                os.fsync(out.fileno())
        else:
            with partial.open("w", encoding="utf-8", newline="") as out:
                count = fmt.run(db, out, ids, options)
                out.flush()
                os.fsync(out.fileno())
        partial.replace(target)
    except BaseException:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise
    return ExportResult(count, fmt.scope)
