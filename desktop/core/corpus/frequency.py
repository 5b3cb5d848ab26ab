"""Frequency over time: how many matching articles (or hits) each day, week, month or year.

An article counts in the period of its date (articles without one are left out, and
counted in `Frequency.undated`). A series counts exactly what the article list shows for its
query: the articles whose title, text, note or highlight the words match, within the sidebar
filter and the query's own field filters. So a period's bar and the list filtered to that
period agree. Its `totals` are the articles of the period the same filters keep without the
words: the base of the relative frequency, per 1,000 articles of the period.

Hits are the words' occurrences in the text of the newest version of each matching article
(or of every version, by the scope), marked by the index. Counting them reads every matching
text, so they are counted only when asked for.

Weeks are ISO weeks (Monday to Sunday), labelled 2026-W05.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from enum import Enum

import numpy as np
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, versions_match
from desktop.core.corpus.hits import HitScope, hit_counts
from desktop.core.corpus.library_index import NO_DAY, LibraryIndex, base_mask, library_index, word_mask
from desktop.core.ids import VersionId
from desktop.core.search_query import SearchQuery

PER = 1000  # relative frequencies are per this many articles of the period
_EPOCH = dt.date(1970, 1, 1)


class Period(Enum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    YEAR = "year"


class Measure(Enum):
    ARTICLES = "articles"
    HITS = "hits"


@dataclass(frozen=True)
class PeriodRange:
    label: str  # 2026-02-04, 2026-W05, 2026-02, 2026
    start: str  # first and last day, ISO
    end: str

    @property
    def date_filter(self) -> str:
        """The search box filter for this period."""
        return f"date:{self.start}" if self.start == self.end else f"date:{self.start}..{self.end}"


@dataclass(frozen=True)
class FrequencySeries:
    label: str  # the query as typed
    source: str | None  # one source's part, when split by source
    counts: tuple[int, ...]  # per period
    totals: tuple[int, ...]  # articles of the period the filters keep without the words

    def values(self, relative: bool) -> tuple[float, ...]:
        """Counts, or counts per 1,000 articles of the period (0 where the period has none)."""
        if not relative:
            return tuple(float(c) for c in self.counts)
        return tuple(PER * c / t if t else 0.0 for c, t in zip(self.counts, self.totals, strict=True))


@dataclass(frozen=True)
class Frequency:
    periods: tuple[PeriodRange, ...]
    series: tuple[FrequencySeries, ...]
    measure: Measure
    undated: int  # matching articles left out for having no date (all series)


def _months(days: np.ndarray) -> np.ndarray:
    return days.astype("datetime64[D]").astype("datetime64[M]").astype(np.int64)


def _years(days: np.ndarray) -> np.ndarray:
    return days.astype("datetime64[D]").astype("datetime64[Y]").astype(np.int64)


def period_numbers(days: np.ndarray, by: Period) -> np.ndarray:
    """Each day's period as a number that grows by one per period (days since 1970-01-01 in)."""
    days = days.astype(np.int64)
    if by is Period.DAY:
        return days
    if by is Period.WEEK:
        return (days + 3) // 7  # 1970-01-01 was a Thursday: weeks start on Mondays
    if by is Period.MONTH:
        return _months(days)
    return _years(days)


def period_range(number: int, by: Period) -> PeriodRange:
    if by is Period.DAY:
        day = _EPOCH + dt.timedelta(days=number)
        return PeriodRange(day.isoformat(), day.isoformat(), day.isoformat())
    if by is Period.WEEK:
        monday = _EPOCH + dt.timedelta(days=number * 7 - 3)
        year, week, _ = monday.isocalendar()
        return PeriodRange(f"{year}-W{week:02d}", monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat())
    if by is Period.MONTH:
        year, month = 1970 + number // 12, number % 12 + 1
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return PeriodRange(
            f"{year:04d}-{month:02d}", dt.date(year, month, 1).isoformat(), (following - dt.timedelta(days=1)).isoformat()
        )
    year = 1970 + number
    return PeriodRange(f"{year:04d}", f"{year:04d}-01-01", f"{year:04d}-12-31")


def _scoped_versions(index: LibraryIndex, articles: np.ndarray, scope: HitScope) -> np.ndarray:
    if scope is HitScope.NEWEST:
        versions = index.newest[articles]
        return versions[versions >= 0]
    keep = np.zeros(len(index.source), bool)
    keep[articles] = True
    owners = index.version_article
    return np.flatnonzero((owners >= 0) & keep[np.clip(owners, 0, None)])


def frequency(
    db: Database,
    base: ArticleFilter,
    queries: Sequence[tuple[str, SearchQuery]],
    by: Period = Period.MONTH,
    *,
    measure: Measure = Measure.ARTICLES,
    scope: HitScope = HitScope.NEWEST,
    split_by_source: bool = False,
) -> Frequency:
    """One series per query (per query and source when split), over every period from the first to the last date.

    `base` is the sidebar filter (its own query is ignored); each query adds its words and field filters.
    """
    index = library_index(db)
    dated = index.day != NO_DAY
    numbers = np.zeros(len(index.day), np.int64)
    numbers[dated] = period_numbers(index.day[dated], by)
    sources = dict(db.execute("SELECT id, name FROM sources").fetchall())
    prepared = []
    first, last = None, None
    for label, query in queries:
        flt = replace(base, query=query)
        kept = base_mask(db, index, flt) & index.exists
        words = word_mask(db, index, flt)
        matched = kept if words is None else kept & words
        prepared.append((label, flt, kept, matched))
        in_range = kept & dated
        if in_range.any():
            lo, hi = int(numbers[in_range].min()), int(numbers[in_range].max())
            first = lo if first is None else min(first, lo)
            last = hi if last is None else max(last, hi)
    if first is None or last is None:
        return Frequency((), (), measure, 0)
    size = last - first + 1
    periods = tuple(period_range(n, by) for n in range(first, last + 1))
    series: list[FrequencySeries] = []
    undated = 0
    for label, flt, kept, matched in prepared:
        undated += int((matched & ~dated).sum())
        weights = _hit_weights(db, index, flt, matched & dated, scope) if measure is Measure.HITS else None
        groups = [(None, np.ones(len(index.source), bool))]
        if split_by_source:
            present = np.unique(index.source[matched & dated])
            groups = [(sources.get(int(s), str(s)), index.source == s) for s in present]
        for source, part in groups:
            counts = _per_period(numbers, matched & dated & part, first, size, weights)
            series.append(FrequencySeries(label, source, counts, _per_period(numbers, kept & dated & part, first, size)))
    return Frequency(periods, tuple(series), measure, undated)


def _per_period(
    numbers: np.ndarray, mask: np.ndarray, first: int, size: int, weights: np.ndarray | None = None
) -> tuple[int, ...]:
    ids = np.flatnonzero(mask)
    counted = np.bincount(numbers[ids] - first, weights=None if weights is None else weights[ids], minlength=size)
    return tuple(int(round(c)) for c in counted[:size])


def _hit_weights(db: Database, index: LibraryIndex, flt: ArticleFilter, articles: np.ndarray, scope: HitScope) -> np.ndarray:
    """Hits per article id (its scoped versions' hits added up)."""
    weights = np.zeros(len(index.source), np.float64)
    expression = versions_match(db, flt)
    if expression is None:
        return weights
    versions = _scoped_versions(index, np.flatnonzero(articles), scope)
    counts = hit_counts(db, expression, [VersionId(int(v)) for v in versions])
    if counts:
        ids = np.fromiter(counts.keys(), np.int64, len(counts))
        hits = np.fromiter(counts.values(), np.float64, len(counts))
        np.add.at(weights, index.version_article[ids], hits)
    return weights


def frequency_table(result: Frequency, relative: bool) -> list[list[str]]:
    """Rows for CSV: a header (period, then one column per series), then one row per period."""
    header = ["period"] + [s.label if s.source is None else f"{s.label} ({s.source})" for s in result.series]
    values = [s.values(relative) for s in result.series]
    rows = [header]
    for i, period in enumerate(result.periods):
        rows.append([period.label] + [f"{v[i]:.3f}" if relative else str(int(v[i])) for v in values])
    return rows
