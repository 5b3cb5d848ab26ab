"""The concordance (KWIC): one line per hit, left context | hit | right context.

Lines come in pages and are never all read at once. In date order (the default) a page is a
seek: the next articles of the filtered list in date order (the list's own keyset windows,
so a common word at a million articles costs what a rare one does), then the hits in those
articles' texts, marked by the index (hits.py). A page ends on an article boundary and says
where the next one starts (`KwicPage.after`).

Sorting by the words around the hit (1st, 2nd or 3rd to the left or right, as AntConc does)
needs every hit's neighbours before the first line can be shown, so `sorted_hits` collects
them, newest articles first, up to `SORT_CAP` hits: small references (article, version,
offsets, six neighbouring words) that sort in memory, any of the six ways. `kwic_lines` then
reads the lines of one window of references at a time. Past the cap, the sort covers the
newest SORT_CAP hits, and says so (`SortedHits.complete`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

import numpy as np
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, SortKey, SortValues, article_window, search_is_large, versions_match
from desktop.core.corpus.hits import HitScope, MarkedText, marked_texts, scoped_versions
from desktop.core.corpus.library_index import filter_mask, library_index
from desktop.core.corpus.words import fold, words
from desktop.core.ids import ArticleId, VersionId
from desktop.core.sql import chunks, marks

MAX_WIDTH = 150  # characters of context each side that a line carries; views show fewer
DEFAULT_WIDTH = 50
SORT_CAP = 20_000
NEIGHBOURS = 3  # words each side that sorting can use
_NEIGHBOUR_CHARS = 80  # how far to look for them first (then as far as it takes)
_BREAK = re.compile(r"\s*\n\s*")
_SPACE = re.compile(r"\s+")
FIRST_BATCH = 32  # articles read for the first page; doubled for each further batch of a page
MAX_BATCH = 512


class KwicSort(Enum):
    DATE = "date"
    LEFT1 = "left1"
    LEFT2 = "left2"
    LEFT3 = "left3"
    RIGHT1 = "right1"
    RIGHT2 = "right2"
    RIGHT3 = "right3"

    @property
    def side(self) -> str | None:
        return None if self is KwicSort.DATE else self.value[:-1]

    @property
    def place(self) -> int:
        return 0 if self is KwicSort.DATE else int(self.value[-1])


@dataclass(frozen=True)
class KwicLine:
    article: ArticleId
    version: VersionId
    date: str | None
    source: str
    title: str
    start: int  # the hit in the version's text, code points
    end: int
    left: str  # up to `width` characters, newlines shown as ¶
    hit: str
    right: str


@dataclass(frozen=True)
class KwicPage:
    lines: tuple[KwicLine, ...]
    after: SortValues | None  # the date-order key of the last article read: the next page starts after it
    exhausted: bool
    articles: int  # articles read for this page


@dataclass(frozen=True)
class HitRef:
    """A hit without its text: what sorting needs."""

    article: ArticleId
    version: VersionId
    start: int
    end: int
    left: tuple[str, ...]  # folded words, nearest first
    right: tuple[str, ...]


@dataclass(frozen=True)
class SortedHits:
    refs: tuple[HitRef, ...]
    complete: bool  # False: more hits exist than SORT_CAP, and these are the newest articles' ones
    articles: int  # articles with a hit among the refs


def flatten(text: str) -> str:
    """Context on one line: a paragraph break as ¶, other runs of white space as one space."""
    return _SPACE.sub(" ", _BREAK.sub(" ¶ ", text))


def _article_meta(db: Database, articles: Sequence[ArticleId]) -> dict[int, tuple[str | None, str, str]]:
    meta: dict[int, tuple[str | None, str, str]] = {}
    for chunk in chunks(sorted(set(articles))):
        for r in db.execute(
            f"SELECT a.id, a.date, s.name, a.title FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id IN ({marks(len(chunk))})",
            list(chunk),
        ):
            meta[r[0]] = (r[1], r[2], r[3])
    return meta


def _line(
    article: ArticleId, marked: MarkedText, start: int, end: int, meta: tuple[str | None, str, str], width: int
) -> KwicLine:
    text = marked.text
    return KwicLine(
        article=article,
        version=marked.version,
        date=meta[0],
        source=meta[1],
        title=meta[2],
        start=start,
        end=end,
        left=flatten(text[max(0, start - width) : start]),
        hit=flatten(text[start:end]),
        right=flatten(text[end : end + width]),
    )


def _marked(db: Database, flt: ArticleFilter, expression: str, articles: Sequence[ArticleId], scope: HitScope):
    pairs = scoped_versions(db, articles, scope)
    return pairs, marked_texts(db, expression, [v for _, v in pairs], flt.query, prefix_last=flt.prefix_search)


def kwic_page(
    db: Database,
    flt: ArticleFilter,
    *,
    scope: HitScope = HitScope.NEWEST,
    after: SortValues | None = None,
    descending: bool = True,
    want: int = 50,
    width: int = MAX_WIDTH,
    large: bool | None = None,
) -> KwicPage:
    """The lines of the next articles in date order after `after`: at least `want`, unless the hits run out.

    `large` passes on a `search_is_large` already known (it is the same for every page of a search).
    """
    expression = versions_match(db, flt)
    if expression is None:
        return KwicPage((), None, True, 0)
    walk = search_is_large(db, flt) if large is None else large
    lines: list[KwicLine] = []
    key, batch, read = after, FIRST_BATCH, 0
    while len(lines) < want:
        window = article_window(db, flt, SortKey.DATE, descending, after=key, limit=batch, walk_search=walk)
        if not window:
            return KwicPage(tuple(lines), key, True, read)
        articles = [a for a, _ in window]
        pairs, marked = _marked(db, flt, expression, articles, scope)
        meta = _article_meta(db, articles)
        for article, version in pairs:
            found = marked.get(version)
            if found is not None:
                lines.extend(_line(article, found, s, e, meta[article], width) for s, e in found.hits)
        read += len(window)
        key = window[-1][1]
        if len(window) < batch:
            return KwicPage(tuple(lines), key, True, read)
        batch = min(batch * 2, MAX_BATCH)
    return KwicPage(tuple(lines), key, False, read)


def neighbours(text: str, start: int, end: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The folded words nearest a hit on each side, nearest first."""
    # A slice may cut a word at its far end: it counts only when a whole word lies between.
    reach = _NEIGHBOUR_CHARS
    while True:
        found = words(text[max(0, start - reach) : start])
        if len(found) > NEIGHBOURS or reach >= start:
            break
        reach *= 4
    left = found[-NEIGHBOURS:][::-1]
    reach = _NEIGHBOUR_CHARS
    while True:
        found = words(text[end : end + reach])
        if len(found) > NEIGHBOURS or end + reach >= len(text):
            break
        reach *= 4
    right = found[:NEIGHBOURS]
    return tuple(fold(w) for w in left), tuple(fold(w) for w in right)


def sorted_hits(
    db: Database,
    flt: ArticleFilter,
    sort: KwicSort,
    *,
    scope: HitScope = HitScope.NEWEST,
    cap: int | None = SORT_CAP,
) -> SortedHits:
    """Every hit (up to `cap`, newest articles first), sorted by its neighbouring words.

    The matching articles come from the library index at once (a walk of the list in date order
    would test a phrase article by article), newest first as the list orders them.
    """
    expression = versions_match(db, flt)
    if expression is None:
        return SortedHits((), True, 0)
    index = library_index(db)
    matched = np.flatnonzero(filter_mask(db, index, flt))
    newest_first = matched[np.lexsort((-matched, -index.day[matched].astype(np.int64)))]
    refs: list[HitRef] = []
    articles: set[ArticleId] = set()
    complete = True
    for start in range(0, len(newest_first), MAX_BATCH):
        window = [ArticleId(int(a)) for a in newest_first[start : start + MAX_BATCH]]
        pairs, marked = _marked(db, flt, expression, window, scope)
        for article, version in pairs:
            found = marked.get(version)
            if found is None or not found.hits:
                continue
            if cap is not None and len(refs) + len(found.hits) > cap:
                complete = False
                break
            articles.add(article)
            for hit_start, hit_end in found.hits:
                left, right = neighbours(found.text, hit_start, hit_end)
                refs.append(HitRef(article, version, hit_start, hit_end, left, right))
        if not complete:
            break
    return SortedHits(tuple(sort_refs(refs, sort)), complete, len(articles))


def sort_key(ref: HitRef, sort: KwicSort) -> tuple[str, ...]:
    """The neighbour the sort names first, then the others on that side, nearest first.

    A missing word (the hit starts or ends the text) is "", which sorts first.
    """
    side = ref.left if sort.side == "left" else ref.right
    padded = tuple(side) + ("",) * (NEIGHBOURS - len(side))
    first = sort.place - 1
    return (padded[first], *padded[:first], *padded[first + 1 :])


def sort_refs(refs: Sequence[HitRef], sort: KwicSort) -> list[HitRef]:
    """Sorted by the sort's words; ties keep their order (newest article first, then text order)."""
    if sort is KwicSort.DATE:
        return list(refs)
    return sorted(refs, key=lambda ref: sort_key(ref, sort))


def kwic_lines(db: Database, refs: Sequence[HitRef], *, width: int = MAX_WIDTH) -> list[KwicLine]:
    """The lines of a window of references, in their order."""
    if not refs:
        return []
    texts: dict[int, str] = {}
    for chunk in chunks(sorted({r.version for r in refs})):
        texts.update(db.execute(f"SELECT id, text FROM versions WHERE id IN ({marks(len(chunk))})", list(chunk)).fetchall())
    meta = _article_meta(db, [r.article for r in refs])
    lines = []
    for ref in refs:
        text = texts.get(ref.version)
        if text is None:
            continue  # the version is gone (a recovery dropped it)
        lines.append(_line(ref.article, MarkedText(ref.version, text, ()), ref.start, ref.end, meta[ref.article], width))
    return lines
