"""The JSON export: a stable, documented shape that other tools read.

Fields may be added, never renamed. Each article carries its stable `uuid` (from its natural
key, the same on every device) beside its local `id`, and each annotation its own UUID.
"""

from __future__ import annotations

import json
from typing import TextIO

from sqlite_utils import Database

from desktop.core.articles import ArticleDetail
from desktop.core.coding.exchange_json import codebook_json, with_codings
from desktop.core.exports.annotation_json import annotations_json, color_map
from desktop.core.exports.article_stream import iter_articles
from desktop.core.identity import article_uuid
from desktop.core.ids import ArticleId
from desktop.core.saved_searches import saved_searches_json

JSON_FORMAT_VERSION = 1


def article_to_json(article: ArticleDetail, title_key: str, annotations: list[dict[str, object]] | None = None) -> dict[str, object]:
    return {
        "id": article.id,
        "uuid": article_uuid(article.source, title_key, article.date),
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


def export_json(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    out.write(f'{{"format": "qalam", "version": {JSON_FORMAT_VERSION},\n "articles": [')
    count = 0
    colors = color_map(db)
    for article in iter_articles(db, ids):
        key = db.execute("SELECT title_key FROM articles WHERE id = ?", [article.id]).fetchone()[0]
        out.write(",\n  " if count else "\n  ")
        out.write(json.dumps(article_to_json(article, key, with_codings(db, article.id, annotations_json(db, article.id, colors))), ensure_ascii=False))
        count += 1
    # Library-wide user rows after the articles, so the articles stream as before.
    codes = json.dumps(codebook_json(db), ensure_ascii=False)
    searches = json.dumps(saved_searches_json(db), ensure_ascii=False)
    out.write(f'\n ],\n "codes": {codes},\n "saved_searches": {searches}}}\n')
    return count
