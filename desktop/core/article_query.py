"""Filtered, sorted windows over the article list, done entirely in SQL.

The list view never holds the library in Python: it asks for a count, then for windows of
ids, then for the display data of the ids it shows. Sorting and filtering happen here, in
SQL, so they cost the same whether the user scrolls ten rows or a million.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from sqlite_utils import Database

from desktop.core.ids import ArticleId, DumpId, SectionId, SourceId, TagId
from desktop.core.search_query import SearchQuery
from desktop.core.version_compare import (
    EDITED_WHERE_SQL,
    MOST_WORDS_CHANGED_SQL,
    STRONGEST_CLASS_SQL,
    ChangeClass,
    class_from_rank,
)


class LibraryView(Enum):
    """The fixed entries at the top of the sidebar."""

    ALL = "all"
    UNREAD = "unread"
    STARRED = "starred"
    ANNOTATED = "annotated"
    MULTI_VERSION = "multi_version"
    EDITED = "edited"  # several versions, one of them a real edit (not only punctuation or spacing)


class SortKey(Enum):
    TITLE = "title"
    DATE = "date"
    SOURCE = "source"
    VERSIONS = "versions"
    ANNOTATIONS = "annotations"


_ORDER = {
    SortKey.TITLE: ("a.title_key", "a.id"),
    SortKey.DATE: ("a.date", "a.id"),
    SortKey.SOURCE: ("(SELECT name FROM sources WHERE id = a.source_id)", "a.date", "a.id"),
    SortKey.VERSIONS: ("a.version_count", "a.date", "a.id"),
    SortKey.ANNOTATIONS: ("a.annotation_count", "a.date", "a.id"),
}

_LIBRARY_WHERE = {
    LibraryView.ALL: None,
    LibraryView.UNREAD: "a.is_read = 0",
    LibraryView.STARRED: "a.is_starred <> 0",
    LibraryView.ANNOTATED: "a.annotation_count > 0",
    LibraryView.MULTI_VERSION: "a.version_count > 1",
    LibraryView.EDITED: EDITED_WHERE_SQL,
}


@dataclass(frozen=True)
class ArticleFilter:
    """Everything that narrows the list: sidebar entries (all AND-ed) plus the search box."""

    query: SearchQuery = field(default_factory=SearchQuery)
    views: frozenset[LibraryView] = frozenset()
    sources: frozenset[SourceId] = frozenset()
    sections: frozenset[SectionId] = frozenset()
    tags: frozenset[TagId] = frozenset()
    excluded_tags: frozenset[TagId] = frozenset()
    dumps: frozenset[DumpId] = frozenset()
    prefix_search: bool = False  # the last word matches as a prefix, for search-as-you-type


@dataclass(frozen=True)
class ArticleRow:
    """What one row of the article list shows."""

    id: ArticleId
    title: str
    date: str | None
    source: str
    sections: tuple[str, ...]
    version_count: int
    annotation_count: int
    tags: tuple[str, ...]
    is_read: bool
    is_starred: bool
    change_class: ChangeClass | None = None  # the most different version, against the first one
    words_changed: int = 0  # the most words any version changed


def where_clause(flt: ArticleFilter) -> tuple[str, list[object]]:
    """Build the WHERE clause over `articles a` and its parameters."""
    clauses: list[str] = []
    params: list[object] = []
    for view in sorted(flt.views, key=lambda v: v.value):
        sql = _LIBRARY_WHERE[view]
        if sql:
            clauses.append(sql)
    for source in sorted(flt.sources):
        clauses.append("a.source_id = ?")
        params.append(source)
    for section in sorted(flt.sections):
        clauses.append("EXISTS (SELECT 1 FROM article_sections s WHERE s.article_id = a.id AND s.section_id = ?)")
        params.append(section)
    for tag in sorted(flt.tags):
        clauses.append("EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag_id = ?)")
        params.append(tag)
    for tag in sorted(flt.excluded_tags):
        clauses.append("NOT EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = a.id AND t.tag_id = ?)")
        params.append(tag)
    for dump in sorted(flt.dumps):
        clauses.append(
            "a.id IN (SELECT v.article_id FROM occurrences o JOIN versions v ON v.id = o.version_id WHERE o.dump_id = ?)"
        )
        params.append(dump)
    _query_clauses(flt, clauses, params)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _query_clauses(flt: ArticleFilter, clauses: list[str], params: list[object]) -> None:
    q = flt.query
    # A tag filter matches the tag and every tag below it in the hierarchy ("politics" matches "politics/kz").
    tag_match = (
        "EXISTS (SELECT 1 FROM article_tags at JOIN tags tg ON tg.id = at.tag_id WHERE at.article_id = a.id"
        " AND (tg.name = ? COLLATE casefold OR substr(casefold(tg.name), 1, length(casefold(?)) + 1) = casefold(?) || '/'))"
    )
    for name in q.tags:
        clauses.append(tag_match)
        params.extend([name, name, name])
    for name in q.excluded_tags:
        clauses.append("NOT " + tag_match)
        params.extend([name, name, name])
    for name in q.sections:
        clauses.append(
            "EXISTS (SELECT 1 FROM article_sections s JOIN sections sn ON sn.id = s.section_id"
            " WHERE s.article_id = a.id AND sn.name = ? COLLATE casefold)"
        )
        params.append(name)
    for name in q.sources:
        clauses.append("a.source_id IN (SELECT id FROM sources WHERE instr(casefold(name), casefold(?)) > 0)")
        params.append(name)
    if q.dates:
        clauses.append("(" + " OR ".join("a.date BETWEEN ? AND ?" for _ in q.dates) + ")")
        for r in q.dates:
            params.extend([r.start, r.end])
    if q.unread is not None:
        clauses.append("a.is_read = 0" if q.unread else "a.is_read <> 0")
    if q.starred is not None:
        clauses.append("a.is_starred <> 0" if q.starred else "a.is_starred = 0")
    if q.has_versions:
        clauses.append("a.version_count > 1")
    if q.has_annotations:
        clauses.append("a.annotation_count > 0")
    expression = q.fts_expression(prefix_last=flt.prefix_search)
    if expression is not None:
        # Titles and texts of every version, and the notes and highlighted passages on the article.
        clauses.append(
            "(a.id IN (SELECT v.article_id FROM search_index JOIN versions v ON v.id = search_index.rowid"
            " WHERE search_index MATCH ?) OR a.id IN (SELECT n.article_id FROM annotation_index"
            " JOIN annotations n ON n.id = annotation_index.rowid WHERE annotation_index MATCH ?))"
        )
        params.extend([expression, expression])
    elif q.terms:
        # Only punctuation was typed: it can match no word, so the list is empty rather than unfiltered.
        clauses.append("0")


def order_clause(sort: SortKey, descending: bool) -> str:
    direction = " DESC" if descending else ""
    return " ORDER BY " + ", ".join(f"{col}{direction}" for col in _ORDER[sort])


def count_articles(db: Database, flt: ArticleFilter) -> int:
    where, params = where_clause(flt)
    if not where:
        row = db.execute("SELECT value FROM counters WHERE name = 'articles'").fetchone()
        return int(row[0]) if row else 0
    return int(db.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0])


def article_ids(
    db: Database, flt: ArticleFilter, sort: SortKey = SortKey.DATE, descending: bool = True, offset: int = 0, limit: int = 200
) -> list[ArticleId]:
    """One window of the filtered, sorted list."""
    where, params = where_clause(flt)
    sql = f"SELECT a.id FROM articles a{where}{order_clause(sort, descending)} LIMIT ? OFFSET ?"
    return [ArticleId(r[0]) for r in db.execute(sql, [*params, limit, offset])]


def article_rows(db: Database, ids: list[ArticleId]) -> dict[ArticleId, ArticleRow]:
    """Display data for a window of ids, in three indexed queries whatever the window size."""
    if not ids:
        return {}
    marks = ",".join("?" for _ in ids)
    sections: dict[int, list[str]] = {}
    for article, name in db.execute(
        f"SELECT s.article_id, sn.name FROM article_sections s JOIN sections sn ON sn.id = s.section_id"
        f" WHERE s.article_id IN ({marks}) ORDER BY sn.name",
        ids,
    ):
        sections.setdefault(article, []).append(name)
    tags: dict[int, list[str]] = {}
    for article, name in db.execute(
        f"SELECT at.article_id, tg.name FROM article_tags at JOIN tags tg ON tg.id = at.tag_id"
        f" WHERE at.article_id IN ({marks}) ORDER BY tg.name COLLATE casefold",
        ids,
    ):
        tags.setdefault(article, []).append(name)
    rows = {}
    for r in db.execute(
        f"SELECT a.id, a.title, a.date, s.name, a.version_count, a.annotation_count, a.is_read, a.is_starred,"
        f" {STRONGEST_CLASS_SQL}, {MOST_WORDS_CHANGED_SQL}"
        f" FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id IN ({marks})",
        ids,
    ):
        aid = ArticleId(r[0])
        rows[aid] = ArticleRow(
            id=aid,
            title=r[1],
            date=r[2],
            source=r[3],
            sections=tuple(sections.get(aid, ())),
            version_count=r[4],
            annotation_count=r[5],
            tags=tuple(tags.get(aid, ())),
            is_read=bool(r[6]),
            is_starred=bool(r[7]),
            change_class=class_from_rank(r[8]),
            words_changed=r[9] or 0,
        )
    return rows


def positions_of(
    db: Database, flt: ArticleFilter, sort: SortKey, descending: bool, articles: list[ArticleId]
) -> dict[ArticleId, int]:
    """Where articles now sit in the list, so selection and scroll can follow them after a change.

    Each position is a count of the rows that sort before the article, which needs no sort of
    the whole list. Articles that the filter excludes are left out of the result.
    """
    where, params = where_clause(flt)
    columns = _ORDER[sort]
    result: dict[ArticleId, int] = {}
    for article in articles:
        in_list = db.execute(f"SELECT {', '.join(columns)} FROM articles a{where}{' AND' if where else ' WHERE'} a.id = ?", [*params, article]).fetchone()
        if in_list is None:
            continue
        before_sql, before_params = _before(columns, list(in_list), descending)
        glue = " AND " if where else " WHERE "
        count = db.execute(f"SELECT count(*) FROM articles a{where}{glue}({before_sql})", [*params, *before_params]).fetchone()[0]
        result[article] = int(count)
    return result


def _before(columns: tuple[str, ...], values: list[object], descending: bool) -> tuple[str, list[object]]:
    """SQL for "sorts before these values" under SQLite's ordering, in which NULL is smallest."""
    alternatives: list[str] = []
    params: list[object] = []
    for i, (column, value) in enumerate(zip(columns, values, strict=True)):
        equal_sql = [f"{c} IS ?" for c in columns[:i]]
        equal_params = values[:i]
        if descending:  # before = greater
            step = f"{column} IS NOT NULL" if value is None else f"{column} > ?"
            step_params = [] if value is None else [value]
        else:  # before = smaller
            if value is None:
                continue  # nothing is smaller than NULL
            step, step_params = f"({column} < ? OR {column} IS NULL)", [value]
        alternatives.append("(" + " AND ".join([*equal_sql, step]) + ")")
        params.extend([*equal_params, *step_params])
    return (" OR ".join(alternatives) or "0"), params
