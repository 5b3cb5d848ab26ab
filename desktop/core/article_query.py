"""Filtered, sorted windows over the article list, done entirely in SQL.

The list view never holds the library in Python: it asks for a count, then for windows of
ids, then for the display data of the ids it shows. Sorting and filtering happen here, in
SQL, so they cost the same whether the user scrolls ten rows or a million:

- windows are found by keyset: "the rows after this sort key", a seek in the sort order's
  index (schema 0005), so the window at the end of a million rows costs what the first does;
- counts come from the counters the schema's triggers keep wherever the filter is one
  sidebar entry (`quick_count`); other counts may scan, so the GUI runs them off its thread;
- a search picks its plan by how many versions match, found with a bounded probe: a small
  match set is looked up and sorted (and can be ranked by BM25); a large one is walked in
  list order, testing each article against the full-text index, which stops after a window
  instead of materialising hundreds of thousands of matches.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from enum import Enum

from sqlite_utils import Database

from desktop.core.coding.search_sql import coded_with_subtree_sql
from desktop.core.ids import ArticleId, DumpId, SectionId, SourceId, TagId
from desktop.core.search_query import SearchQuery
from desktop.core.search_terms import match_expression
from desktop.core.sql import chunks, marks
from desktop.core.tags import subtree_article_count, tagged_with_subtree_of_sql, tagged_with_subtree_sql
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


# Every sort key ends in the id, so the order is total and any row's key says where it is.
# `sort_date` is the date with NULL as '' (schema 0005): the same order, but NULL-free, so
# "after this key" is a row-value comparison that an index answers with a seek.
_ORDER = {
    SortKey.TITLE: ("a.title_key", "a.id"),
    SortKey.DATE: ("a.sort_date", "a.id"),
    SortKey.SOURCE: ("(SELECT name FROM sources WHERE id = a.source_id)", "a.sort_date", "a.id"),
    SortKey.VERSIONS: ("a.version_count", "a.sort_date", "a.id"),
    SortKey.ANNOTATIONS: ("a.annotation_count", "a.sort_date", "a.id"),
}
SortValues = tuple[object, ...]  # one row's values of its sort order's columns

# A search matching at most this many versions is "small": its matches are looked up, sorted
# and may be ranked. Past it, walking the list and testing articles finds a window sooner.
SMALL_SEARCH = 20_000
# How far down the whole list `locate` walks a large search to place an article (see there).
WALK_LOCATE_ROWS = 5_000

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
    nothing: bool = False  # lists nothing: the search holds a filter that cannot be used (date:2026-13), not everything
    tag_paths: frozenset[str] = frozenset()  # branches of the tag tree that are not tags themselves ("law" above "law/courts")
    excluded_tag_paths: frozenset[str] = frozenset()
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


def where_clause(
    flt: ArticleFilter, *, walk_search: bool = False, versions_match: str | None = None, notes_match: str | None = None
) -> tuple[str, list[object]]:
    """Build the WHERE clause over `articles a` and its parameters.

    `walk_search` tests each article against the full-text index instead of looking the
    matches up first: the faster plan for a window when a search matches many articles
    (see `search_is_large`), and the same rows either way. `versions_match` is the search as
    `versions_match()` expanded it for the versions' index, `notes_match` for the notes' (without
    them, the words match only as typed).
    """
    clauses: list[str] = ["0"] if flt.nothing else []
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
    # A tag stands for itself and the tags below it: "politics" covers "politics/elections".
    tag_conditions = (
        (flt.tags, tagged_with_subtree_of_sql, ""),
        (flt.excluded_tags, tagged_with_subtree_of_sql, "NOT "),
        (flt.tag_paths, tagged_with_subtree_sql, ""),
        (flt.excluded_tag_paths, tagged_with_subtree_sql, "NOT "),
    )
    for values, condition, negation in tag_conditions:
        for value in sorted(values):
            sql, tag_params = condition("a.id", value)
            clauses.append(negation + sql)
            params.extend(tag_params)
    for dump in sorted(flt.dumps):
        clauses.append(
            "a.id IN (SELECT v.article_id FROM occurrences o JOIN versions v ON v.id = o.version_id WHERE o.dump_id = ?)"
        )
        params.append(dump)
    _query_clauses(flt, clauses, params, walk_search, versions_match, notes_match)
    return (" WHERE " + " AND ".join(clauses)) if clauses else "", params


def _query_clauses(
    flt: ArticleFilter,
    clauses: list[str],
    params: list[object],
    walk_search: bool = False,
    versions_match: str | None = None,
    notes_match: str | None = None,
) -> None:
    q = flt.query
    # A tag filter matches the tag and every tag below it in the hierarchy ("politics" matches "politics/kz").
    for name in q.tags:
        sql, tag_params = tagged_with_subtree_sql("a.id", name)
        clauses.append(sql)
        params.extend(tag_params)
    for name in q.excluded_tags:
        sql, tag_params = tagged_with_subtree_sql("a.id", name)
        clauses.append("NOT " + sql)
        params.extend(tag_params)
    for negate, names in (("", q.codes), ("NOT ", q.excluded_codes)):
        for name in names:
            sql, code_params = coded_with_subtree_sql("a.id", name)
            clauses.append(negate + sql)
            params.extend(code_params)
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
        if walk_search:
            # Per article: its versions' ids are rowid seeks into the index (SQLite passes rowid = ? to FTS5).
            clauses.append(
                "(EXISTS (SELECT 1 FROM versions v JOIN search_index ON search_index.rowid = v.id"
                " WHERE v.article_id = a.id AND search_index MATCH ?) OR (a.annotation_count > 0 AND EXISTS"
                " (SELECT 1 FROM annotations n JOIN annotation_index ON annotation_index.rowid = n.id"
                " WHERE n.article_id = a.id AND annotation_index MATCH ?)))"
            )
        else:
            # One IN over a UNION (not an OR of two INs), so SQLite can start from the matches.
            clauses.append(f"a.id IN ({_MATCHING_ARTICLES})")
        params.extend([versions_match or expression, notes_match or versions_match or expression])
    elif q.terms:
        # Only punctuation was typed: it can match no word, so the list is empty rather than unfiltered.
        clauses.append("0")


# The articles a search expression matches (bound twice): in any version's title or text, or in a note or highlight.
_MATCHING_ARTICLES = (
    "SELECT v.article_id FROM search_index JOIN versions v ON v.id = search_index.rowid WHERE search_index MATCH ?"
    " UNION SELECT n.article_id FROM annotation_index JOIN annotations n ON n.id = annotation_index.rowid"
    " WHERE annotation_index MATCH ?"
)


def order_clause(sort: SortKey, descending: bool) -> str:
    direction = " DESC" if descending else ""
    return " ORDER BY " + ", ".join(f"{col}{direction}" for col in _ORDER[sort])


def search_is_large(db: Database, flt: ArticleFilter) -> bool:
    """Whether the search words match more than SMALL_SEARCH versions: a probe that stops there."""
    expression = versions_match(db, flt)
    return expression is not None and _matching_versions(db, expression, SMALL_SEARCH + 1) > SMALL_SEARCH


def versions_match(db: Database, flt: ArticleFilter) -> str | None:
    """The filter's search expression for the full-text indexes: each word expanded into the indexed
    words it stands for (its forms, other spellings, the words a last-word prefix begins; search_terms.py)."""
    return match_expression(db, flt.query, prefix_last=flt.prefix_search)


def notes_match(db: Database, flt: ArticleFilter) -> str | None:
    """The same for the notes' index, whose words are not in the versions' vocabulary: the word
    being typed also matches as a prefix there (the notes' index is small, so that costs little)."""
    return match_expression(db, flt.query, prefix_last=flt.prefix_search, notes=True)


def _matches(db: Database, flt: ArticleFilter) -> dict[str, str | None]:
    return {"versions_match": versions_match(db, flt), "notes_match": notes_match(db, flt)}


def _matching_versions(db: Database, expression: str, cap: int) -> int:
    """How many versions match, counting no further than `cap`."""
    row = db.execute("SELECT count(*) FROM (SELECT 1 FROM search_index WHERE search_index MATCH ? LIMIT ?)", [expression, cap]).fetchone()
    return int(row[0])


def quick_count(db: Database, flt: ArticleFilter, *, large: bool | None = None) -> int | None:
    """The filter's count when it costs next to nothing, else None (`count_articles` may scan).

    No filter, or one sidebar entry alone, is a count the schema's triggers keep; a small
    search is counted over its matches. `large` passes on a `search_is_large` already known.
    """
    if flt.query.fts_expression(prefix_last=flt.prefix_search) is not None:
        large = search_is_large(db, flt) if large is None else large
        return None if large else count_articles(db, flt)
    return _stored_count(db, flt)


_COUNTER_OF_VIEW = {LibraryView.ALL: "articles"}
_COUNT_TABLES = {"source": "sources", "section": "sections", "tag": "tags", "dump": "dumps"}


def _stored_count(db: Database, flt: ArticleFilter) -> int | None:
    """The count of a filter that is at most one sidebar entry, from its stored counter; else None."""
    if flt.nothing:
        return 0
    if not flt.query.is_empty or flt.excluded_tags or flt.excluded_tag_paths:
        return None
    entries: list[tuple[str, object]] = [("view", v) for v in flt.views if v is not LibraryView.ALL]
    entries += [("source", i) for i in flt.sources] + [("section", i) for i in flt.sections]
    entries += [("tag", i) for i in flt.tags] + [("dump", i) for i in flt.dumps] + [("tag_path", p) for p in flt.tag_paths]
    if len(entries) > 1:
        return None
    if not entries:
        row = db.execute("SELECT value FROM counters WHERE name = 'articles'").fetchone()
    elif entries[0][0] == "view":
        view = entries[0][1]
        assert isinstance(view, LibraryView)
        row = db.execute("SELECT value FROM counters WHERE name = ?", [_COUNTER_OF_VIEW.get(view, view.value)]).fetchone()
    elif entries[0][0] in ("tag", "tag_path"):
        # A tag covers the tags below it, so its count is over its subtree's links (few: they are made by hand).
        kind, ident = entries[0]
        name = ident if kind == "tag_path" else db.execute("SELECT name FROM tags WHERE id = ?", [ident]).fetchone()
        if name is None:
            return 0
        return subtree_article_count(db, name if isinstance(name, str) else name[0])
    else:
        kind, ident = entries[0]
        row = db.execute(f"SELECT article_count FROM {_COUNT_TABLES[kind]} WHERE id = ?", [ident]).fetchone()
    return int(row[0]) if row is not None and row[0] is not None else None


def count_articles(db: Database, flt: ArticleFilter) -> int:
    """The exact count of the filtered list: stored where it can be, else counted (which may scan)."""
    stored = _stored_count(db, flt)
    if stored is not None:
        return stored
    expression = flt.query.fts_expression(prefix_last=flt.prefix_search)
    matches = _matches(db, flt)
    words_only = SearchQuery(terms=flt.query.terms, quoted=flt.query.quoted, matching=flt.query.matching)
    if expression is not None and flt == ArticleFilter(query=words_only, prefix_search=flt.prefix_search):
        # Only search words: count the matching articles themselves, never visiting the article table.
        return int(db.execute(f"SELECT count(*) FROM ({_MATCHING_ARTICLES})", [matches["versions_match"], matches["notes_match"]]).fetchone()[0])
    where, params = where_clause(flt, **matches)
    return int(db.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0])


def article_window(
    db: Database,
    flt: ArticleFilter,
    sort: SortKey = SortKey.DATE,
    descending: bool = True,
    *,
    after: SortValues | None = None,
    backward: bool = False,
    offset: int = 0,
    limit: int = 200,
    walk_search: bool | None = None,
) -> list[tuple[ArticleId, SortValues]]:
    """A window of the filtered, sorted list as (id, sort values), in list order.

    From the start of the list, or from just after the row whose sort values are `after`; with
    `backward`, the window ends just before `after` (or at the end of the list) instead. An
    `offset` skips that many rows first, so keep it small: the point is to seek, not to count.
    """
    if walk_search is None:
        walk_search = search_is_large(db, flt)
    if walk_search:
        return _walked_window(db, flt, sort, descending, after=after, backward=backward, offset=offset, limit=limit)
    where, params = where_clause(flt, **_matches(db, flt))
    columns = _ORDER[sort]
    towards_smaller = descending != backward  # the direction of travel through the sort order
    if after is not None:
        glue = " AND " if where else " WHERE "
        where += f"{glue}({', '.join(columns)}) {'<' if towards_smaller else '>'} ({', '.join('?' * len(columns))})"
        params = [*params, *after]
    sql = f"SELECT a.id, {', '.join(columns)} FROM articles a{where}{order_clause(sort, towards_smaller)} LIMIT ? OFFSET ?"
    rows = [(ArticleId(r[0]), tuple(r[1:])) for r in db.execute(sql, [*params, limit, offset])]
    return rows[::-1] if backward else rows


# Walking a large search goes through the list in batches: each batch's versions are asked about
# in one search over the range of their ids (they are close: versions are numbered as imported),
# instead of one search per article, which for a phrase of common words costs a fraction of a ms.
WALK_BATCH = 256
WALK_GAP = 4096  # version ids further apart than this are asked about in separate ranges


def _walked_window(
    db: Database, flt: ArticleFilter, sort: SortKey, descending: bool, *, after: SortValues | None, backward: bool, offset: int, limit: int
) -> list[tuple[ArticleId, SortValues]]:
    others, params = where_clause(replace(flt, query=replace(flt.query, terms=())))
    columns = ", ".join(_ORDER[sort])
    towards_smaller = descending != backward
    found: list[tuple[ArticleId, SortValues]] = []
    skip, key, batch = offset, after, WALK_BATCH
    while len(found) < limit:
        where, values = others, list(params)
        if key is not None:
            where += f"{' AND ' if where else ' WHERE '}({columns}) {'<' if towards_smaller else '>'} ({', '.join('?' * len(key))})"
            values += key
        rows = db.execute(
            f"SELECT a.id, a.annotation_count > 0, {columns} FROM articles a{where}{order_clause(sort, towards_smaller)} LIMIT ?",
            [*values, batch],
        ).fetchall()
        if not rows:
            break
        matched = _matching_among(db, flt, [r[0] for r in rows], {r[0] for r in rows if r[1]})
        for row in rows:
            if row[0] in matched:
                if skip:
                    skip -= 1
                    continue
                found.append((ArticleId(row[0]), tuple(row[2:])))
                if len(found) == limit:
                    break
        key, batch = tuple(rows[-1][2:]), min(batch * 2, 8192)
    return found[::-1] if backward else found


def _matching_among(db: Database, flt: ArticleFilter, articles: list[int], annotated: set[int]) -> set[int]:
    """Which of these articles the search matches: in a version, or in a note or highlight."""
    words = versions_match(db, flt)
    owner: dict[int, int] = {}
    for chunk in chunks(articles):
        owner.update(db.execute(f"SELECT id, article_id FROM versions WHERE article_id IN ({marks(len(chunk))})", list(chunk)).fetchall())
    matched: set[int] = set()
    ids = sorted(owner)
    start = 0
    for i in range(1, len(ids) + 1):
        if i == len(ids) or ids[i] - ids[i - 1] > WALK_GAP:
            hits = db.execute(
                "SELECT rowid FROM search_index WHERE search_index MATCH ? AND rowid BETWEEN ? AND ?", [words, ids[start], ids[i - 1]]
            )
            matched.update(owner[r[0]] for r in hits if r[0] in owner)
            start = i
    if annotated:
        notes = notes_match(db, flt)
        matched.update(
            r[0]
            for r in db.execute(
                "SELECT n.article_id FROM annotation_index JOIN annotations n ON n.id = annotation_index.rowid"
                f" WHERE annotation_index MATCH ? AND n.article_id IN ({marks(len(annotated))})",
                [notes, *sorted(annotated)],
            )
        )
    return matched


def article_ids(
    db: Database, flt: ArticleFilter, sort: SortKey = SortKey.DATE, descending: bool = True, offset: int = 0, limit: int = 200
) -> list[ArticleId]:
    """One window of the filtered, sorted list (by OFFSET: for scripts; the list view seeks by key)."""
    return [a for a, _ in article_window(db, flt, sort, descending, offset=offset, limit=limit)]


def iter_article_ids(db: Database, flt: ArticleFilter, sort: SortKey = SortKey.DATE, descending: bool = True) -> Iterator[ArticleId]:
    """The whole filtered, sorted list, streamed from one statement: for scripts that read it all."""
    where, params = where_clause(flt, **_matches(db, flt))
    for row in db.execute(f"SELECT a.id FROM articles a{where}{order_clause(sort, descending)}", params):
        yield ArticleId(row[0])


def rank_by_relevance(
    db: Database, flt: ArticleFilter, limit: int = 200, *, max_matches: int | None = SMALL_SEARCH
) -> list[ArticleId] | None:
    """The best `limit` matches of a search by BM25 (titles weigh ten times the text), best first.

    None when the search has no words, or matches more than `max_matches` versions: ranking
    every match of a common word takes seconds at a million articles, so such a search is
    listed newest first instead. An article ranks by its best-matching version.
    """
    expression = versions_match(db, flt)
    if expression is None or (max_matches is not None and _matching_versions(db, expression, max_matches + 1) > max_matches):
        return None
    where, params = where_clause(flt, versions_match=expression, notes_match=notes_match(db, flt))
    # bm25() works only in the query that scans the index, so the scores are taken there first
    # (its LIMIT keeps SQLite from flattening that query into the join; MATERIALIZED needs 3.35).
    sql = (
        "SELECT a.id FROM (SELECT v.article_id AS id, min(scored.score) AS score FROM"
        " (SELECT rowid AS version, bm25(search_index, 10.0, 1.0) AS score FROM search_index WHERE search_index MATCH ? LIMIT -1) scored"
        " JOIN versions v ON v.id = scored.version GROUP BY v.article_id) best"
        f" JOIN articles a ON a.id = best.id{where} ORDER BY best.score, a.id LIMIT ?"
    )
    return [ArticleId(r[0]) for r in db.execute(sql, [expression, *params, limit])]


def _names_by_article(db: Database, sql: str, ids: list[ArticleId]) -> dict[int, list[str]]:
    names: dict[int, list[str]] = {}
    for article, name in db.execute(sql, ids):
        names.setdefault(article, []).append(name)
    return names


def article_rows(db: Database, ids: list[ArticleId]) -> dict[ArticleId, ArticleRow]:
    """Display data for a window of ids, in three indexed queries whatever the window size."""
    if not ids:
        return {}
    places = marks(len(ids))
    sections = _names_by_article(
        db,
        f"SELECT s.article_id, sn.name FROM article_sections s JOIN sections sn ON sn.id = s.section_id"
        f" WHERE s.article_id IN ({places}) ORDER BY sn.name",
        ids,
    )
    tags = _names_by_article(
        db,
        f"SELECT at.article_id, tg.name FROM article_tags at JOIN tags tg ON tg.id = at.tag_id"
        f" WHERE at.article_id IN ({places}) AND at.deleted_at IS NULL AND tg.deleted_at IS NULL ORDER BY tg.name COLLATE casefold",
        ids,
    )
    rows = {}
    for r in db.execute(
        f"SELECT a.id, a.title, a.date, s.name, a.version_count, a.annotation_count, a.is_read, a.is_starred,"
        f" {STRONGEST_CLASS_SQL}, {MOST_WORDS_CHANGED_SQL}"
        f" FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id IN ({places})",
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


def locate(
    db: Database, flt: ArticleFilter, sort: SortKey, descending: bool, articles: list[ArticleId]
) -> dict[ArticleId, tuple[int, SortValues]]:
    """Each listed article's row and sort values (from which its page can be fetched by key).

    A row is a count of the rows that sort before the article, which needs no sort of the
    whole list: a range of the sort order's index. The articles are counted in list order,
    the first from the top and each next one from the one before, so several articles close
    together (a selection, the row at the top of the view) cost one long count, not several.
    In a large search, articles far down the list are left out (WALK_LOCATE_ROWS).
    """
    walk = search_is_large(db, flt)
    where, params = where_clause(flt, walk_search=walk, **_matches(db, flt))
    others, others_params = where_clause(replace(flt, query=replace(flt.query, terms=()))) if walk else ("", [])
    columns = _ORDER[sort]
    glue = " AND " if where else " WHERE "
    keys: list[tuple[SortValues, ArticleId]] = []
    for article in dict.fromkeys(articles):
        row = db.execute(f"SELECT {', '.join(columns)} FROM articles a{where}{glue}a.id = ?", [*params, article]).fetchone()
        if row is not None:
            keys.append((tuple(row), article))
    # Python orders these values as SQLite's BINARY collation does: numbers, and text by code point.
    keys.sort(key=lambda k: k[0], reverse=descending)
    vector = f"({', '.join(columns)})"
    row_marks = f"({', '.join('?' * len(columns))})"
    before, after = (">", "<") if descending else ("<", ">")
    result: dict[ArticleId, tuple[int, SortValues]] = {}
    position = -1
    previous: SortValues | None = None
    for key, article in keys:
        if previous is None:
            sql, values = f"{vector} {before} {row_marks}", list(key)
        else:
            sql, values = f"{vector} {after} {row_marks} AND {vector} {before} {row_marks}", [*previous, *key]
        if walk:
            # A large search is walked: the rows before the article are tested against the index in
            # one batch, and an article further down than WALK_LOCATE_ROWS is not worth the seconds
            # it would take to place (the list then starts from the top instead).
            rows = db.execute(
                f"SELECT a.id, a.annotation_count > 0 FROM articles a{others}{' AND ' if others else ' WHERE '}{sql} LIMIT ?",
                [*others_params, *values, WALK_LOCATE_ROWS + 1],
            ).fetchall()
            if len(rows) > WALK_LOCATE_ROWS:
                break
            count = len(_matching_among(db, flt, [r[0] for r in rows], {r[0] for r in rows if r[1]}))
        else:
            count = db.execute(f"SELECT count(*) FROM articles a{where}{glue}{sql}", [*params, *values]).fetchone()[0]
        position += int(count) + 1
        result[article] = (position, key)
        previous = key
    return result
