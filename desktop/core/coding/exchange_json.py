"""Codes and codings in Qalam's JSON export and in W3C Web Annotation bodies.

JSON: each annotation lists its codings (`codings`: code UUID and path, coder, times), and the
export ends with the whole codebook (`codes`). W3C: each coding is a body with the purpose
"classifying", its value the code's path and its creator the coder, identified by the coding's
UUID; an annotation that only carries codes has the motivation "classifying".
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop.core.coding.codebook import code_tree
from desktop.core.coding.codings import annotation_codings, article_codings
from desktop.core.ids import AnnotationId, ArticleId


def _paths(db: Database) -> dict[int, tuple[str, str]]:
    cache: dict[int, tuple[str, str]] | None = db.__dict__.get("_qalam_code_paths")
    version = tuple(db.execute("SELECT count(*), max(modified), sum(parent_id) FROM codes").fetchone())
    if cache is None or db.__dict__.get("_qalam_code_paths_version") != version:
        cache = {n.code.id: (n.code.uuid, n.path) for n in code_tree(db, counts=False)}
        db.__dict__["_qalam_code_paths"], db.__dict__["_qalam_code_paths_version"] = cache, version
    return cache


def with_codings(db: Database, article: ArticleId, annotations: list[dict[str, object]]) -> list[dict[str, object]]:
    """The JSON export's annotations of one article, each with its codings."""
    paths = _paths(db)
    by_annotation: dict[int, list[dict[str, object]]] = {}
    for g in article_codings(db, article):
        code_uuid, path = paths.get(g.code_id, ("", ""))
        by_annotation.setdefault(g.annotation_id, []).append(
            {"uuid": g.uuid, "code": code_uuid, "code_path": path, "coder": g.coder, "created": g.created, "updated": g.modified}
        )
    for a in annotations:
        a["codings"] = by_annotation.get(a["id"], [])  # type: ignore[index]
    return annotations


def codebook_json(db: Database) -> list[dict[str, object]]:
    """The codebook, parents before children."""
    nodes = code_tree(db, counts=False)
    uuids = {n.code.id: n.code.uuid for n in nodes}
    return [
        {
            "uuid": n.code.uuid,
            "name": n.code.name,
            "path": n.path,
            "parent": uuids.get(n.code.parent_id) if n.code.parent_id else None,
            "color": n.code.color,
            "description": n.code.description,
            "memo": n.code.memo,
            "created": n.code.created,
            "updated": n.code.modified,
        }  # fmt: skip
        for n in nodes
    ]


def coding_bodies(db: Database, annotation: AnnotationId) -> list[dict[str, object]]:
    """W3C bodies for an annotation's codings."""
    paths = _paths(db)
    return [
        {
            "id": f"urn:uuid:{g.uuid}",
            "type": "TextualBody",
            "value": paths.get(g.code_id, ("", ""))[1],
            "purpose": "classifying",
            "creator": {"type": "Person", "name": g.coder},
        }  # fmt: skip
        for g in annotation_codings(db, annotation)
    ]
