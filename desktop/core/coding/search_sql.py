"""`code:NAME` in the search box, as SQL: the articles with a live coding of that code or a code below it.

NAME is a code's name (any case, anywhere in the tree) or its path ("Frames/Conflict"). As with
tags, a code stands for itself and every code below it. The code set is a non-correlated
subquery, which SQLite computes once per statement.
"""

from __future__ import annotations

_CODES_NAMED = (
    "WITH RECURSIVE paths(id, path) AS ("
    " SELECT id, name FROM codes WHERE parent_id IS NULL AND deleted_at IS NULL"
    " UNION ALL SELECT c.id, p.path || '/' || c.name FROM codes c JOIN paths p ON c.parent_id = p.id WHERE c.deleted_at IS NULL),"
    " sub(id) AS (SELECT id FROM paths WHERE casefold(path) = casefold(?)"
    " OR id IN (SELECT id FROM codes WHERE deleted_at IS NULL AND casefold(name) = casefold(?))"
    " UNION SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL)"
    " SELECT id FROM sub"
)


def coded_with_subtree_sql(article_column: str, name: str) -> tuple[str, list[object]]:
    """A condition true for articles coded `name` or a code below it, with its parameters."""
    sql = (
        f"{article_column} IN (SELECT g.article_id FROM codings g JOIN annotations n ON n.id = g.annotation_id"
        f" WHERE g.deleted_at IS NULL AND n.deleted_at IS NULL AND g.code_id IN ({_CODES_NAMED}))"
    )
    return sql, [name, name]
