"""Annotations as W3C Web Annotation JSON-LD, the interchange standard Hypothesis and other tools read.

Each highlight becomes an Annotation whose target carries both a TextQuoteSelector and a
TextPositionSelector (code points, as the model specifies). Its id is its UUID as a URN, so
the same annotation keeps the same IRI in every export and on every device.
"""

from __future__ import annotations

import json
from typing import TextIO

from sqlite_utils import Database

from desktop.core.coding.exchange_json import coding_bodies
from desktop.core.exports.annotated_articles import iter_annotations
from desktop.core.exports.annotation_json import color_map
from desktop.core.ids import ArticleId

W3C_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def export_w3c(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    """W3C Web Annotation Data Model, as an AnnotationCollection in JSON-LD."""
    colors = color_map(db)
    items = []
    for article, a in iter_annotations(db, ids):
        color = colors.get(a.color_id or 0)
        body: list[dict[str, object]] = []
        if a.note:
            body.append({"type": "TextualBody", "value": a.note, "format": "text/plain", "purpose": "commenting"})
        if color:
            body.append({"type": "TextualBody", "value": color.name, "purpose": "tagging"})
        codes = coding_bodies(db, a.id)
        body.extend(codes)
        source = article.source_url or f"urn:qalam:article:{article.id}"
        target: dict[str, object] = {"source": source, "title": article.title}
        if a.is_highlight:
            target["selector"] = [
                {"type": "TextQuoteSelector", "exact": a.quote, "prefix": a.prefix or "", "suffix": a.suffix or ""},
                {"type": "TextPositionSelector", "start": a.start, "end": a.end},
            ]
            target["state"] = {"type": "qalam:Version", "value": f"urn:qalam:version:{a.version_id}"}
        items.append(
            {
                "id": f"urn:uuid:{a.uuid}",
                "type": "Annotation",
                "motivation": "classifying" if codes and not a.note and not color else "highlighting" if a.is_highlight and not a.note else "commenting",
                "created": a.created,
                "modified": a.modified,
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
