"""Articles one at a time, in a stable order, so an export of any size runs in constant memory."""

from __future__ import annotations

from collections.abc import Iterator

from sqlite_utils import Database

from desktop.core.articles import ArticleDetail, get_article
from desktop.core.ids import ArticleId


def iter_articles(db: Database, ids: list[ArticleId] | None = None) -> Iterator[ArticleDetail]:
    """Articles in date then id order (or in the order given), loaded one at a time."""
    if ids is None:
        ids = [ArticleId(r[0]) for r in db.execute("SELECT id FROM articles ORDER BY date, id")]
    for article_id in ids:
        detail = get_article(db, article_id)
        if detail is not None:
            yield detail
