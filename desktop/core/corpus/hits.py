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
from desktop.core.reading import match_spans
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


def marked_texts(
    db: Database, expression: str, versions: Iterable[VersionId], words: Sequence[str] = ()
) -> dict[VersionId, MarkedText]:
    """The texts of these versions with the search's hits; a version the search does not match is left out.

    `words` are the search's words, for the rare text that holds a marker character itself.
    """
    found: dict[VersionId, MarkedText] = {}
    for chunk in chunks(sorted(set(versions))):
        rows = db.execute(
            f"SELECT rowid, highlight(search_index, {TEXT_COLUMN}, ?, ?),"
            " (SELECT instr(text, ?) OR instr(text, ?) FROM versions WHERE id = search_index.rowid) FROM search_index"
            f" WHERE search_index MATCH ? AND rowid IN ({marks(len(chunk))})",
            [OPEN, CLOSE, OPEN, CLOSE, expression, *chunk],
        ).fetchall()
        for version, marked, holds_markers in rows:
            parsed = None if holds_markers else unmark(marked or "")
            if parsed is None:
                text = db.execute("SELECT text FROM versions WHERE id = ?", [version]).fetchone()[0]
                parsed = (text, tuple(match_spans(text, words)))
            found[VersionId(version)] = MarkedText(VersionId(version), parsed[0], parsed[1])
    return found


def hit_counts(db: Database, expression: str, versions: Iterable[VersionId]) -> dict[VersionId, int]:
    """How many hits each version's text holds (versions without one are left out): markers counted in C."""
    counts: dict[VersionId, int] = {}
    for chunk in chunks(sorted(set(versions))):
        for version, count in db.execute(
            f"SELECT rowid, (length(h) - length(replace(h, ?, ''))) FROM (SELECT rowid, highlight(search_index, {TEXT_COLUMN}, ?, ?) AS h"
            f" FROM search_index WHERE search_index MATCH ? AND rowid IN ({marks(len(chunk))}))",
            [OPEN, OPEN, CLOSE, expression, *chunk],
        ):
            if count:
                counts[VersionId(version)] = int(count)
    return counts
