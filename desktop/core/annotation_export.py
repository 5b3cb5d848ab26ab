"""Annotations out of the app: inside the JSON and Markdown exports, as W3C Web Annotation
JSON-LD, and as one CSV row per annotation (for spreadsheets and qualitative-analysis tools).

The W3C form is the interchange standard that Hypothesis and other annotation tools read:
each highlight becomes an Annotation whose target carries both a TextQuoteSelector and a
TextPositionSelector (code points, as the model specifies).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import TextIO

from sqlite_utils import Database

from desktop.core.annotations import Annotation, HighlightColor, article_annotations, list_colors
from desktop.core.articles import ArticleDetail
from desktop.core.ids import ArticleId

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def annotation_to_json(a: Annotation, colors: dict[int, HighlightColor]) -> dict[str, object]:
    color = colors.get(a.color_id or 0)
    return {
        "id": a.id,
        "version": a.version_id,
        "start": a.start,
        "end": a.end,
        "quote": a.quote,
        "prefix": a.prefix,
        "suffix": a.suffix,
        "color": color.color if color else None,
        "color_name": color.name if color else None,
        "note": a.note,
        "created": a.created,
        "updated": a.updated,
        "anchors": [{"version": i.version_id, "start": i.start, "end": i.end, "status": i.status.value} for i in a.anchors],
    }


def annotations_json(db: Database, article: ArticleId, colors: dict[int, HighlightColor]) -> list[dict[str, object]]:
    return [annotation_to_json(a, colors) for a in article_annotations(db, article)]


def color_map(db: Database) -> dict[int, HighlightColor]:
    return {c.id: c for c in list_colors(db)}


def annotations_markdown(article: ArticleDetail, annotations: list[Annotation], colors: dict[int, HighlightColor], escape) -> str:
    """Each highlight as a block quote followed by its note; then notes on the whole article."""
    parts: list[str] = []
    highlights = [a for a in annotations if a.is_highlight]
    notes = [a for a in annotations if not a.is_highlight]
    if highlights:
        parts.append("\n### Highlights\n")
        for a in highlights:
            color = colors.get(a.color_id or 0)
            quote = "\n> ".join(escape(line) for line in (a.quote or "").split("\n"))
            parts.append(f"\n> {quote}\n\n")
            label = f"*{escape(color.name)}*" if color else ""
            note = "  \n".join(escape(line) for line in a.note.split("\n")) if a.note else ""
            parts.append(" — ".join(p for p in (label, note) if p) + "\n")
    if notes:
        parts.append("\n### Notes\n")
        for a in notes:
            parts.append("\n" + "\n".join(escape(line) for line in a.note.split("\n")) + "\n")
    return "".join(parts)


def _annotated(db: Database, ids: list[ArticleId] | None) -> Iterator[tuple[int, str, str | None, str | None, Annotation]]:
    """(article id, title, date, source url, annotation) for every annotation, in article order."""
    if ids is None:
        rows = db.execute(
            "SELECT id, title, date, source_url FROM articles WHERE annotation_count > 0 ORDER BY date, id"
        ).fetchall()
    else:
        rows = [
            r
            for i in ids
            if (r := db.execute("SELECT id, title, date, source_url FROM articles WHERE id = ?", [i]).fetchone()) is not None
        ]
    for article_id, title, date, url in rows:
        for a in article_annotations(db, ArticleId(article_id)):
            yield article_id, title, date, url, a


def export_w3c(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    """W3C Web Annotation Data Model, as an AnnotationCollection in JSON-LD."""
    colors = color_map(db)
    items = []
    for article_id, title, _date, url, a in _annotated(db, ids):
        color = colors.get(a.color_id or 0)
        body: list[dict[str, object]] = []
        if a.note:
            body.append({"type": "TextualBody", "value": a.note, "format": "text/plain", "purpose": "commenting"})
        if color:
            body.append({"type": "TextualBody", "value": color.name, "purpose": "tagging"})
        source = url or f"urn:qalam:article:{article_id}"
        target: dict[str, object] = {"source": source, "title": title}
        if a.is_highlight:
            target["selector"] = [
                {"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix or "", "suffix": a.suffix or ""},
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ]
            target["state"] = {"type": "qalam:Version", "value": f"urn:qalam:version:{a.version_id}"}
        items.append(
            {
                "id": f"urn:qalam:annotation:{a.id}",
                "type": "Annotation",
                "motivation": "highlighting" if a.is_highlight and not a.note else "commenting",
                "created": a.created,
                "modified": a.updated,
                "body": body,
                "target": target,
            }
        )
    collection = {
        "@context": W3C_CONTEXT,
        "type": "AnnotationCollection",
        "label": "Qalam annotations",
        "total": len(items),
        "first": {"type": "AnnotationPage", "items": items},
    }
    json.dump(collection, out, ensure_ascii=False, indent=1)
    out.write("\n")
    return len(items)


ANNOTATION_CSV_COLUMNS = (
    "id", "article_id", "article_title", "article_date", "version", "start", "end", "quote", "prefix", "suffix",
    "color", "color_name", "note", "created", "updated",
)  # fmt: skip


def export_annotations_csv(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    colors = color_map(db)
    from desktop.core.export import SafeCsvWriter  # export imports this module: import late

    writer = SafeCsvWriter(out)
    writer.writerow(ANNOTATION_CSV_COLUMNS)
    count = 0
    for article_id, title, date, _url, a in _annotated(db, ids):
        color = colors.get(a.color_id or 0)
        writer.writerow(
            [
                a.id, article_id, title, date or "", a.version_id or "", "" if a.start is None else a.start,
                "" if a.end is None else a.end, a.quote or "", a.prefix or "", a.suffix or "",
                color.color if color else "", color.name if color else "", a.note, a.created, a.updated,
            ]  # fmt: skip
        )
        count += 1
    return count
