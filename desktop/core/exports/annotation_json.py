"""Annotations as the JSON export's objects (inside each article), and the colours they name."""

from __future__ import annotations

from sqlite_utils import Database

from desktop.core.annotations import Annotation, HighlightColor, article_annotations, list_colors
from desktop.core.ids import ArticleId


def color_map(db: Database) -> dict[int, HighlightColor]:
    return {c.id: c for c in list_colors(db)}


def annotation_to_json(a: Annotation, colors: dict[int, HighlightColor]) -> dict[str, object]:
    color = colors.get(a.color_id or 0)
    return {
        "id": a.id,
        "uuid": a.uuid,
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
        "updated": a.modified,
        "anchors": [{"version": i.version_id, "start": i.start, "end": i.end, "status": i.status.value} for i in a.anchors],
    }


def annotations_json(db: Database, article: ArticleId, colors: dict[int, HighlightColor]) -> list[dict[str, object]]:
    return [annotation_to_json(a, colors) for a in article_annotations(db, article)]
