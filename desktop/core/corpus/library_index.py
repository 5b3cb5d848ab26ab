"""Every article's date and source, and every version's article, as arrays: counting at numpy speed.

A frequency chart of a common word asks which of a million articles a million and a half
matching versions belong to, and on which day each was published. Asked of SQLite row by row
(a join per match) that takes seconds; as arrays indexed by id it is a few vector operations.
So the library is read once into four arrays — a version's article, an article's newest
version, day and source — and kept in memory per library file, shared by the threads that
read it. After an import only the new rows are read (ids only grow); anything else (a
recovery that dropped rows) reads it all again. At a million articles the arrays take about
20 MB.

The matching set itself comes from the full-text index as one string of rowids
(group_concat, in C), parsed by numpy: no Python object per match.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field, replace

import numpy as np
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, versions_match, where_clause

NO_DAY = np.int32(-(2**31))  # an article without a date (or no article with this id)
_EPOCH_JULIAN = 2440587.5  # julianday('1970-01-01')


@dataclass
class LibraryIndex:
    """Arrays by id (see the module docstring); -1 (or NO_DAY) where there is no such row."""

    version_article: np.ndarray = field(default_factory=lambda: np.full(1, -1, np.int32))
    newest: np.ndarray = field(default_factory=lambda: np.full(1, -1, np.int32))
    day: np.ndarray = field(default_factory=lambda: np.full(1, NO_DAY, np.int32))
    source: np.ndarray = field(default_factory=lambda: np.full(1, -1, np.int32))
    versions: int = 0  # rows read
    articles: int = 0
    version_top: int = 0  # the highest ids read
    article_top: int = 0

    @property
    def exists(self) -> np.ndarray:
        """True for every article id that is an article."""
        return self.source >= 0


_indexes: dict[str, LibraryIndex] = {}
_lock = threading.Lock()


def _numbers(db: Database, sql: str, params: list[object], width: int, dtype=np.int64) -> np.ndarray:
    """Rows of `width` integers, read as one comma-separated string (no Python object per row)."""
    text = db.execute(sql, params).fetchone()[0]
    if not text:
        return np.zeros((0, width), dtype)
    numbers = np.fromstring(text, dtype=dtype, sep=",")  # text mode: parsed in C
    return numbers.reshape(-1, width) if width > 1 else numbers


def _grow(array: np.ndarray, size: int, fill: int) -> np.ndarray:
    if len(array) >= size:
        return array
    grown = np.full(max(size, len(array) * 5 // 4), fill, array.dtype)
    grown[: len(array)] = array
    return grown


def _extend(db: Database, index: LibraryIndex, after_version: int, after_article: int) -> LibraryIndex:
    """The index with the rows past these ids added."""
    # One row per source and day (the covering index is in that order), so the day is computed per group.
    # Everything (after 0) is read from covering indexes; `id > ?` would make SQLite walk the tables, texts and all.
    articles_after = " WHERE id > ?" if after_article else ""
    groups = db.execute(
        f"SELECT source_id, ifnull(CAST(julianday(date) - ? AS INTEGER), ?), group_concat(id) FROM articles{articles_after}"
        " GROUP BY source_id, date",
        [_EPOCH_JULIAN, int(NO_DAY), *([after_article] if after_article else [])],
    ).fetchall()
    parts = [np.fromstring(ids, dtype=np.int64, sep=",") for _, _, ids in groups]
    articles = np.zeros((sum(len(p) for p in parts), 3), np.int64)
    row = 0
    for (source_id, day, _), ids in zip(groups, parts, strict=True):
        articles[row : row + len(ids)] = np.column_stack((ids, np.full(len(ids), source_id), np.full(len(ids), day)))
        row += len(ids)
    versions_after = " WHERE id > ?" if after_version else ""
    versions = _numbers(
        db,
        f"SELECT group_concat(id || ',' || article_id) FROM versions{versions_after}",
        [after_version] if after_version else [],
        2,
    )
    top_article = int(articles[:, 0].max(initial=0))
    top_version = int(versions[:, 0].max(initial=0))
    day = _grow(index.day.copy(), top_article + 1, int(NO_DAY))
    source = _grow(index.source.copy(), top_article + 1, -1)
    newest = _grow(index.newest.copy(), top_article + 1, -1)
    version_article = _grow(index.version_article.copy(), top_version + 1, -1)
    if len(articles):
        day[articles[:, 0]] = articles[:, 2]
        source[articles[:, 0]] = articles[:, 1]
    if len(versions):
        version_article[versions[:, 0]] = versions[:, 1]
        np.maximum.at(newest, versions[:, 1], versions[:, 0].astype(np.int32))
    return LibraryIndex(
        version_article,
        newest,
        day,
        source,
        index.versions + len(versions),
        index.articles + len(articles),
        int(versions[:, 0].max(initial=index.version_top)),
        int(articles[:, 0].max(initial=index.article_top)),
    )


def _state(db: Database) -> tuple[int, int, int]:
    """What changes when rows come or go, read in a few seeks: the top ids, and the article counter.

    (Counting versions would scan them. A recovery that drops a damaged version leaves its id
    here, which is harmless: the full-text index no longer returns it.)
    """
    versions_top = db.execute("SELECT ifnull(max(id), 0) FROM versions").fetchone()[0]
    articles_top = db.execute("SELECT ifnull(max(id), 0) FROM articles").fetchone()[0]
    row = db.execute("SELECT value FROM counters WHERE name = 'articles'").fetchone()
    return int(versions_top), int(articles_top), int(row[0]) if row else 0


def _cache_key(db: Database) -> str:
    """The library file, and its inode: a file replaced at the same path is another library."""
    path = db.execute("PRAGMA database_list").fetchone()[2]
    if not path:
        return f":memory:{id(db.conn)}"
    try:
        return f"{path}#{os.stat(path).st_ino}"
    except OSError:
        return path


def library_index(db: Database) -> LibraryIndex:
    """The index of this library as it is now: read once, then only what imports added."""
    path = _cache_key(db)
    versions_top, articles_top, articles = _state(db)
    with _lock:
        index = _indexes.get(path)
        if index is not None and (index.version_top, index.article_top, index.articles) == (versions_top, articles_top, articles):
            return index
        if index is None or index.version_top > versions_top or index.article_top > articles_top:
            index = LibraryIndex()
        index = _extend(db, index, index.version_top, index.article_top)
        if index.articles != articles:
            index = _extend(db, LibraryIndex(), 0, 0)  # rows went missing below the top: read it all again
        _indexes[path] = index
        return index


def forget(db: Database) -> None:
    """Drop the cached index of this library (for a test that changes a date behind its back)."""
    with _lock:
        _indexes.pop(_cache_key(db), None)


# --- which articles a filter keeps --------------------------------------------------------------
def base_mask(db: Database, index: LibraryIndex, flt: ArticleFilter) -> np.ndarray:
    """The articles the filter keeps, its search words aside (sidebar entries and field filters)."""
    others = replace(flt, query=replace(flt.query, terms=()))
    where, params = where_clause(others)
    if not where:
        return index.exists.copy()
    mask = np.zeros(len(index.source), bool)
    ids = _numbers(db, f"SELECT group_concat(a.id) FROM articles a{where}", params, 1)
    mask[ids[ids < len(mask)]] = True
    return mask


def word_mask(db: Database, index: LibraryIndex, flt: ArticleFilter) -> np.ndarray | None:
    """The articles the search words match (in a version's title or text, or a note or highlight); None: no words."""
    if not flt.query.terms:
        return None
    mask = np.zeros(len(index.source), bool)
    expression = versions_match(db, flt)
    if expression is None:
        return mask  # punctuation alone matches nothing
    rowids = _numbers(db, "SELECT group_concat(rowid) FROM search_index WHERE search_index MATCH ?", [expression], 1)
    rowids = rowids[rowids < len(index.version_article)]
    articles = index.version_article[rowids]
    mask[articles[articles >= 0]] = True
    notes = flt.query.fts_expression(prefix_last=flt.prefix_search)
    annotated = _numbers(
        db,
        "SELECT group_concat(n.article_id) FROM annotation_index JOIN annotations n ON n.id = annotation_index.rowid"
        " WHERE annotation_index MATCH ?",
        [notes],
        1,
    )
    mask[annotated[annotated < len(mask)]] = True
    return mask


def filter_mask(db: Database, index: LibraryIndex, flt: ArticleFilter) -> np.ndarray:
    """The articles the whole filter keeps: the article list's rows, as a mask by article id."""
    base = base_mask(db, index, flt)
    words = word_mask(db, index, flt)
    return base if words is None else base & words
