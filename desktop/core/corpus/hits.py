"""Where a search hits inside texts: FTS5 marks them, so a hit is exactly what the search matched.

`highlight()` re-tokenises a version's text in C and wraps every phrase match in markers: a
word, a "phrase" as one hit, the search box's last word as a prefix, accents and case folded as
the index folds them. Reading the markers back gives the hits' offsets (code points, as str
indexes count). The markers are Unicode noncharacters (U+FDD0, U+FDD1), which text never
holds; a version that does is searched with a plain word match instead.

Hits count in the text of a version, not its title. Which versions count is the scope: the
newest version of each article (the default: a hit counted once per article), or every
version (a passage kept in a quote-stripped copy counts again).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from sqlite_utils import Database

from desktop.core.ids import ArticleId, VersionId
from desktop.core.reading import SearchMarks, match_spans
from desktop.core.search_query import SearchQuery
from desktop.core.search_terms import search_marks
from desktop.core.sql import chunks, marks

OPEN, CLOSE = "\ufdd0", "\ufdd1"
TEXT_COLUMN = 1  # search_index(title, text)


class HitScope(Enum):
    NEWEST = "newest"  # the newest version of each article
    EVERY_VERSION = "every"  # every version of each article


@dataclass(frozen=True)
class MarkedText:
    """A version's text and where the search hit it."""

    version: VersionId
    text: str
    hits: tuple[tuple[int, int], ...]


def scoped_versions(db: Database, articles: Sequence[ArticleId], scope: HitScope) -> list[tuple[ArticleId, VersionId]]:
    """(article, version) in the articles' order, each article's versions oldest first."""
    found: dict[int, list[int]] = {}
    for chunk in chunks(list(dict.fromkeys(articles))):
        if scope is HitScope.NEWEST:
            sql = f"SELECT article_id, max(id) FROM versions WHERE article_id IN ({marks(len(chunk))}) GROUP BY article_id"
        else:
            sql = f"SELECT article_id, id FROM versions WHERE article_id IN ({marks(len(chunk))}) ORDER BY article_id, id"
        for article, version in db.execute(sql, list(chunk)):
            found.setdefault(article, []).append(version)
    return [(ArticleId(a), VersionId(v)) for a in dict.fromkeys(articles) for v in found.get(a, ())]


def unmark(marked: str) -> tuple[str, tuple[tuple[int, int], ...]] | None:
    """The text without markers and the hits' spans in it; None when the markers do not pair up."""
    hits: list[tuple[int, int]] = []
    parts: list[str] = []
    length = 0
    start: int | None = None
    for piece in re.split(f"([{OPEN}{CLOSE}])", marked):
        if piece == OPEN:
            if start is not None:
                return None
            start = length
        elif piece == CLOSE:
            if start is None:
                return None
            if length > start:
                hits.append((start, length))
            start = None
        else:
            parts.append(piece)
            length += len(piece)
    if start is not None:
        return None
    return "".join(parts), tuple(hits)


# Versions close together are asked about as a range of ids, others one by one. FTS5 seeks each
# rowid of an IN list through every term's doclist (a phrase of common words: half a millisecond a
# version), while a range is one pass that also marks the matching versions nobody asked for
# (15 µs each). So ids no more than RANGE_GAP apart (a page of the newest articles) go as a range,
# and scattered ones (a sample spread over the library) as an IN list.
RANGE_GAP = 8


def id_ranges(ids: Iterable[int], gap: int = RANGE_GAP) -> list[tuple[int, int]]:
    """Sorted ids as (first, last) ranges, split where consecutive ids are more than `gap` apart."""
    ranges: list[tuple[int, int]] = []
    for ident in sorted(set(ids)):
        if ranges and ident - ranges[-1][1] <= gap:
            ranges[-1] = (ranges[-1][0], ident)
        else:
            ranges.append((ident, ident))
    return ranges


def _asked(ids: Iterable[int]) -> Iterable[tuple[str, list[int]]]:
    """(SQL condition on rowid, its parameters): one per range of close ids, one per chunk of scattered ids."""
    ranges = id_ranges(ids)
    single = [first for first, last in ranges if first == last]
    for chunk in chunks(single):
        yield f"rowid IN ({marks(len(chunk))})", list(chunk)
    for first, last in ranges:
        if first != last:
            yield "rowid BETWEEN ? AND ?", [first, last]


def marked_texts(
    db: Database, expression: str, versions: Iterable[VersionId], query: SearchQuery | None = None, *, prefix_last: bool = False
) -> dict[VersionId, MarkedText]:
    """The texts of these versions with the search's hits; a version the search does not match is left out.

    `query` is the search, for the rare text that holds a marker character itself: its hits are
    then the words the search's words stand for (its forms, other spellings), as the reader marks them.
    """
    wanted = set(versions)
    fallback: list[SearchMarks] = []
    found: dict[VersionId, MarkedText] = {}
    for condition, params in _asked(wanted):
        rows = db.execute(
            f"SELECT rowid, highlight(search_index, {TEXT_COLUMN}, ?, ?),"
            " (SELECT instr(text, ?) OR instr(text, ?) FROM versions WHERE id = search_index.rowid) FROM search_index"
            f" WHERE search_index MATCH ? AND {condition}",
            [OPEN, CLOSE, OPEN, CLOSE, expression, *params],
        ).fetchall()
        for version, marked, holds_markers in rows:
            if version not in wanted:
                continue
            parsed = None if holds_markers else unmark(marked or "")
            if parsed is None:
                text = db.execute("SELECT text FROM versions WHERE id = ?", [version]).fetchone()[0]
                if not fallback:
                    fallback.append(search_marks(db, query, prefix_last=prefix_last) if query is not None else SearchMarks())
                parsed = (text, tuple(match_spans(text, fallback[0])))
            found[VersionId(version)] = MarkedText(VersionId(version), parsed[0], parsed[1])
    return found


def hit_counts(db: Database, expression: str, versions: Iterable[VersionId]) -> dict[VersionId, int]:
    """How many hits each version's text holds (versions without one are left out): markers counted in C."""
    wanted = set(versions)
    counts: dict[VersionId, int] = {}
    for condition, params in _asked(wanted):
        for version, count in db.execute(
            f"SELECT rowid, (length(h) - length(replace(h, ?, ''))) FROM (SELECT rowid, highlight(search_index, {TEXT_COLUMN}, ?, ?) AS h"
            f" FROM search_index WHERE search_index MATCH ? AND {condition})",
            [OPEN, OPEN, CLOSE, expression, *params],
        ):
            if count and version in wanted:
                counts[VersionId(version)] = int(count)
    return counts
