"""Every live annotation with its article, in article order: what the annotation-only exports walk."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.annotations import Annotation, article_annotations
from desktop.core.ids import ArticleId

_ARTICLE = "SELECT a.id, a.title, a.date, a.source_url, s.name FROM articles a JOIN sources s ON s.id = a.source_id"


@dataclass(frozen=True)
class AnnotatedArticle:
    id: ArticleId
    title: str
    date: str | None
    source_url: str | None
    source: str = ""  # the site's name


def iter_annotations(db: Database, ids: list[ArticleId] | None) -> Iterator[tuple[AnnotatedArticle, Annotation]]:
    if ids is None:
        rows = db.execute(f"{_ARTICLE} WHERE a.annotation_count > 0 ORDER BY a.date, a.id").fetchall()
    else:
        rows = [r for i in ids if (r := db.execute(f"{_ARTICLE} WHERE a.id = ?", [i]).fetchone()) is not None]
    for article_id, title, date, url, source in rows:
        article = AnnotatedArticle(ArticleId(article_id), title, date, url, source)
        for a in article_annotations(db, article.id):
            yield article, a
