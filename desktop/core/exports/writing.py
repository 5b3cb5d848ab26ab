"""Writing an export to a file, the one way the CLI and the window both use.

The export goes through `safe_write.replacing`, so a failed or cancelled export (a full disk, a
closed window) never leaves half a file behind, nor destroys the file it was replacing.
"""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from desktop.core.exports.options import DEFAULT_OPTIONS, ExportOptions
from desktop.core.exports.registry import ExportFormat, ExportResult
from desktop.core.ids import ArticleId
from desktop.core.safe_write import replacing


def write_export_file(
    db: Database, fmt: ExportFormat, target: Path, ids: list[ArticleId] | None = None, options: ExportOptions = DEFAULT_OPTIONS
) -> ExportResult:
    with replacing(target, binary=fmt.binary) as out:
        count = fmt.run(db, out, ids, options)
    return ExportResult(count, fmt.scope)
