"""Every live annotation with its article, in article order: what the annotation-only exports walk."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.annotations import Annotation, article_annotations
from desktop.core.ids import ArticleId


@dataclass(frozen=True)
class AnnotatedArticle:
    id: ArticleId
    title: str
    date: str | None
    source_url: str | None


def iter_annotations(db: Database, ids: list[ArticleId] | None) -> Iterator[tuple[AnnotatedArticle, Annotation]]:
    if ids is None:
        rows = db.execute("SELECT id, title, date, source_url FROM articles WHERE annotation_count > 0 ORDER BY date, id").fetchall()
    else:
        rows = [
            r
            for i in ids
            if (r := db.execute("SELECT id, title, date, source_url FROM articles WHERE id = ?", [i]).fetchone()) is not None
        ]
    for article_id, title, date, url in rows:
        article = AnnotatedArticle(ArticleId(article_id), title, date, url)
        for a in article_annotations(db, article.id):
            yield article, a
