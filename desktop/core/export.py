"""Export the library as JSON (a stable, documented shape), Markdown for reading, or CSV.

Exports stream article by article, so a library of any size exports in constant memory.
The JSON shape is a contract with other tools: fields may be added, never renamed.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TextIO

from sqlite_utils import Database

from desktop.core.annotation_export import annotations_json, annotations_markdown, color_map, export_annotations_csv, export_w3c
from desktop.core.annotations import article_annotations
from desktop.core.articles import ArticleDetail, get_article
from desktop.core.ids import ArticleId

FORMATS = ("json", "markdown", "csv", "w3c")
JSON_FORMAT_VERSION = 1


@dataclass(frozen=True)
class ExportResult:
    articles: int


def iter_articles(db: Database, ids: list[ArticleId] | None = None) -> Iterator[ArticleDetail]:
    """Articles in date then id order, loaded one at a time."""
    if ids is None:
        ids = [ArticleId(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY date, id")]
    for article_id in ids:
        detail = get_article(db, article_id)
        if detail is not None:
            yield detail


def article_to_json(article: ArticleDetail, annotations: list[dict[str, object]] | None = None) -> dict[str, object]:
    return {
        "id": article.id,
        "source": article.source,
        "title": article.title,
        "date": article.date,
        "source_url": article.source_url,
        "sections": list(article.sections),
        "tags": [t.name for t in article.tags],
        "read": article.is_read,
        "starred": article.is_starred,
        "versions": [
            {
                "id": v.id,
                "title": v.title,
                "text": v.text,
                "sha256": v.sha256,
                "occurrences": [
                    {"dump": o.dump, "section": o.section, "position": o.position, "title": o.title, "line": o.line}
                    for o in v.occurrences
                ],
            }
            for v in article.versions
        ],
        "annotations": annotations or [],
    }


def export_json(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> ExportResult:
    out.write(f'{{"format": "qalam", "version": {JSON_FORMAT_VERSION},\n "articles": [')
    count = 0
    colors = color_map(db)
    for article in iter_articles(db, ids):
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(article_to_json(article, annotations_json(db, article.id, colors)), ensure_ascii=False))
        count += 1
    out.write("\n ]}\n")
    return ExportResult(count)


def export_markdown(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> ExportResult:
    out.write("# Qalam export\n")
    count = 0
    colors = color_map(db)
    for article in iter_articles(db, ids):
        out.write(f"\n## {_md_escape(article.title)}\n\n")
        out.write(f"- Date: {article.date or 'unknown'}\n- Source: {_md_escape(article.source)}\n")
        if article.source_url:
            out.write(f"- URL: <{article.source_url}>\n")
        if article.sections:
            out.write(f"- Sections: {_md_escape(', '.join(article.sections))}\n")
        if article.tags:
            out.write(f"- Tags: {_md_escape(', '.join(t.name for t in article.tags))}\n")
        if len(article.versions) > 1:
            out.write(f"- Versions: {len(article.versions)} (the first seen is shown)\n")
        out.write("\n")
        if article.versions:
            out.write("\n\n".join(_md_escape(p) for p in article.versions[0].paragraphs))
            out.write("\n")
        out.write(annotations_markdown(article, article_annotations(db, article.id), colors, _md_escape))
        count += 1
    return ExportResult(count)


CSV_COLUMNS = ("id", "date", "source", "title", "source_url", "sections", "tags", "versions", "read", "starred", "text")


def spreadsheet_safe(value: object) -> object:
    """Scraped text that starts like a formula (=, +, -, @) is shown, not run, by Excel and Calc.

    A leading apostrophe is the OWASP-recommended neutraliser; spreadsheets hide it.
    """
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r") and value.strip() not in ("-", "+"):
        return "'" + value
    return value


class SafeCsvWriter:
    """csv.writer whose cells are passed through spreadsheet_safe."""

    def __init__(self, out: TextIO) -> None:
        self._writer = csv.writer(out)

    def writerow(self, row: list[object] | tuple[object, ...]) -> None:
        self._writer.writerow([spreadsheet_safe(v) for v in row])


def export_csv(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> ExportResult:
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
    return ExportResult(count)


def export_w3c_annotations(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> ExportResult:
    return ExportResult(export_w3c(db, out, ids))


def export_csv_annotations(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> ExportResult:
    return ExportResult(export_annotations_csv(db, out, ids))


EXPORTERS = {"json": export_json, "markdown": export_markdown, "csv": export_csv, "w3c": export_w3c_annotations}
ANNOTATION_EXPORTERS = {"csv": export_csv_annotations, "w3c": export_w3c_annotations}


def _md_escape(text: str) -> str:
    """Keep dump text literal in Markdown: escape what a renderer would treat as markup or HTML."""
    out = []
    for ch in text:
        if ch in "\\`*_{}[]<>#|!":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)
