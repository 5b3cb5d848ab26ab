"""Frequency over time: matching articles (and hits) per period, absolute and per 1,000, split by source."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, count_articles
from desktop.core.corpus.frequency import Measure, Period, frequency, frequency_table
from desktop.core.corpus.library_index import forget
from desktop.core.ids import SourceId
from desktop.core.importer import import_paths
from desktop.core.search_query import parse_query
from tests.dump_factory import article_lines, dump_text, write_dump

ARTICLES = [
    ("Alpha", dt.date(2026, 1, 5), "A", ["The river is high."]),
    ("Alpha", dt.date(2026, 1, 20), "B", ["The river, the river again."]),
    ("Alpha", dt.date(2026, 1, 25), "C", ["Nothing about water."]),
    ("Alpha", dt.date(2026, 2, 3), "D", ["A river and a creek."]),
    ("Alpha", dt.date(2026, 3, 10), "E", ["Dry land."]),
    ("Beta", dt.date(2026, 2, 14), "F", ["The river froze."]),
    ("Beta", dt.date(2026, 2, 15), "G", ["Snow fell."]),
]


@pytest.fixture
def db(make_library) -> Database:
    return make_library([ARTICLES])


def series_of(db: Database, text: str, by: Period, **kwargs):
    return frequency(db, ArticleFilter(), [(text, parse_query(text))], by, **kwargs)


def test_matching_articles_per_month_with_the_months_totals(db: Database):
    result = series_of(db, "river", Period.MONTH)
    assert [p.label for p in result.periods] == ["2026-01", "2026-02", "2026-03"]
    [river] = result.series
    assert river.counts == (2, 2, 0) and river.totals == (3, 3, 1)
    assert river.values(relative=True) == pytest.approx((666.667, 666.667, 0.0), abs=1e-3)
    assert (result.periods[1].start, result.periods[1].end) == ("2026-02-01", "2026-02-28")


def test_days_weeks_and_years(db: Database):
    days = series_of(db, "river", Period.DAY)
    assert len(days.periods) == (dt.date(2026, 3, 10) - dt.date(2026, 1, 5)).days + 1
    counted = {p.label: c for p, c in zip(days.periods, days.series[0].counts, strict=True) if c}
    assert counted == {"2026-01-05": 1, "2026-01-20": 1, "2026-02-03": 1, "2026-02-14": 1}
    weeks = series_of(db, "river", Period.WEEK)
    first = weeks.periods[0]
    assert (first.label, first.start, first.end) == ("2026-W02", "2026-01-05", "2026-01-11")  # ISO weeks start on Monday
    assert weeks.periods[-1].label == "2026-W11"
    assert sum(weeks.series[0].counts) == 4
    years = series_of(db, "river", Period.YEAR)
    assert [p.label for p in years.periods] == ["2026"] and years.series[0].counts == (4,) and years.series[0].totals == (7,)


def test_several_queries_share_the_periods(db: Database):
    result = frequency(db, ArticleFilter(), [("river", parse_query("river")), ("creek", parse_query("creek"))], Period.MONTH)
    assert [(s.label, s.counts) for s in result.series] == [("river", (2, 2, 0)), ("creek", (0, 1, 0))]
    table = frequency_table(result, relative=False)
    assert table == [["period", "river", "creek"], ["2026-01", "2", "0"], ["2026-02", "2", "1"], ["2026-03", "0", "0"]]


def test_split_by_source_counts_each_against_its_own_articles(db: Database):
    result = series_of(db, "river", Period.MONTH, split_by_source=True)
    parts = {s.source: (s.counts, s.totals) for s in result.series}
    assert parts == {"Alpha": ((2, 1, 0), (3, 1, 1)), "Beta": ((0, 1, 0), (0, 2, 0))}


def test_hits_count_every_occurrence_in_the_newest_texts(db: Database):
    result = series_of(db, "river", Period.MONTH, measure=Measure.HITS)
    assert result.series[0].counts == (3, 2, 0)  # A 1 + B 2; D 1 + F 1


def test_the_sidebar_filter_and_field_filters_apply_to_the_counts_and_the_totals(db: Database):
    beta = SourceId(db.execute("SELECT id FROM sources WHERE name = 'Beta'").fetchone()[0])
    result = frequency(db, ArticleFilter(sources=frozenset({beta})), [("river", parse_query("river"))], Period.MONTH)
    assert (
        [p.label for p in result.periods] == ["2026-02"] and result.series[0].counts == (1,) and result.series[0].totals == (2,)
    )
    field = series_of(db, "river source:alpha", Period.MONTH)
    assert field.series[0].counts == (2, 1, 0) and field.series[0].totals == (3, 1, 1)


def test_no_words_counts_the_articles_the_filter_keeps(db: Database):
    result = series_of(db, "", Period.MONTH)
    assert result.series[0].counts == result.series[0].totals == (3, 3, 1)


def test_each_period_agrees_with_the_list_filtered_to_it(sample_library: Database):
    result = series_of(sample_library, "constitution", Period.DAY)
    assert sum(result.series[0].counts) > 0
    for period, count in zip(result.periods, result.series[0].counts, strict=True):
        assert count_articles(sample_library, ArticleFilter(query=parse_query(f"constitution {period.date_filter}"))) == count


def test_an_import_is_counted_at_once_and_undated_articles_are_left_out(db: Database, tmp_path: Path):
    before = series_of(db, "river", Period.MONTH).series[0].counts
    text = dump_text("Alpha", {"News": [article_lines("H", dt.date(2026, 3, 11), ["A river in March."])]})
    import_paths(db, [write_dump(tmp_path / "more" / "004.txt", text)])
    after = series_of(db, "river", Period.MONTH).series[0].counts
    assert before == (2, 2, 0) and after == (2, 2, 1)
    db.execute("UPDATE articles SET date = NULL WHERE title = 'H'")
    forget(db)  # dates never change in a library; this test changes one behind the cache's back
    undated = series_of(db, "river", Period.MONTH)
    assert undated.series[0].counts == (2, 2, 0) and undated.undated == 1
