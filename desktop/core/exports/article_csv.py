"""One CSV row per article, for spreadsheets."""

from __future__ import annotations

from typing import TextIO

from sqlite_utils import Database

from desktop.core.exports.article_stream import iter_articles
from desktop.core.exports.spreadsheet import SafeCsvWriter
from desktop.core.ids import ArticleId

CSV_COLUMNS = ("id", "date", "source", "title", "source_url", "sections", "tags", "versions", "read", "starred", "text")


def export_csv(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    writer = SafeCsvWriter(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for a in iter_articles(db, ids):
        text = a.versions[0].text if a.versions else ""
        writer.writerow(
            [
                a.id,
                a.date or "",
                a.source,
                a.title,
                a.source_url or "",
                "; ".join(a.sections),
                "; ".join(t.name for t in a.tags),
                len(a.versions),
                int(a.is_read),
                int(a.is_starred),
                text,
            ]
        )
        count += 1
    return count
