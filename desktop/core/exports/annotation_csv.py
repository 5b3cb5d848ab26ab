"""One CSV row per annotation, for spreadsheets and qualitative-analysis tools."""

from __future__ import annotations

from typing import TextIO

from sqlite_utils import Database

from desktop.core.exports.annotated_articles import iter_annotations
from desktop.core.exports.annotation_json import color_map
from desktop.core.exports.spreadsheet import SafeCsvWriter
from desktop.core.ids import ArticleId

ANNOTATION_CSV_COLUMNS = (
    "id", "uuid", "article_id", "article_title", "article_date", "version", "start", "end", "quote", "prefix", "suffix",
    "color", "color_name", "note", "created", "updated",
)  # fmt: skip


def export_annotations_csv(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    colors = color_map(db)
    writer = SafeCsvWriter(out)
    writer.writerow(ANNOTATION_CSV_COLUMNS)
    count = 0
    for article, a in iter_annotations(db, ids):
        color = colors.get(a.color_id or 0)
        writer.writerow(
            [
                a.id, a.uuid, article.id, article.title, article.date or "", a.version_id or "", "" if a.start is None else a.start,
                "" if a.end is None else a.end, a.quote or "", a.prefix or "", a.suffix or "",
                color.color if color else "", color.name if color else "", a.note, a.created, a.modified,
            ]  # fmt: skip
        )
        count += 1
    return count
