"""The search box language: filters parse as documented, and nothing a user types can break a search."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, article_ids
from desktop.core.search_query import MAX_FILTERS, MAX_TERMS, DateRange, SearchQuery, parse_date_range, parse_query


def test_free_words_and_phrases():
    q = parse_query('constitution  "rule   of law" astana')
    assert q.terms == ("constitution", "rule of law", "astana")
    assert q.words() == ["constitution", "rule", "of", "law", "astana"]
    assert q.fts_expression() == '"constitution" "rule of law" "astana"'
    assert q.problems == ()


def test_prefix_search_applies_to_the_last_word_only():
    assert parse_query("new const").fts_expression(prefix_last=True) == '"new" "const"*'
    assert parse_query('new "rule of"').fts_expression(prefix_last=True) == '"new" "rule of"'
    # One or two letters typed so far match as whole words: a prefix that short stands for most of the vocabulary.
    assert parse_query("new c").fts_expression(prefix_last=True) == '"new" "c"'
    assert parse_query("co").fts_expression(prefix_last=True) == '"co"'
    assert parse_query("con").fts_expression(prefix_last=True) == '"con"*'


def test_tag_and_excluded_tag_filters():
    q = parse_query('tag:politics -tag:done tag:"world news" word')
    assert (q.tags, q.excluded_tags, q.terms) == (("politics", "world news"), ("done",), ("word",))


def test_section_and_source_filters():
    q = parse_query('section:News source:enbekshi section:"Big News"')
    assert (q.sections, q.sources, q.terms) == (("News", "Big News"), ("enbekshi",), ())


def test_field_names_are_case_insensitive():
    assert parse_query("TAG:x Section:News").tags == ("x",)
    assert parse_query("TAG:x Section:News").sections == ("News",)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("date:2026-02", DateRange("2026-02-01", "2026-02-28")),
        ("date:2024-02", DateRange("2024-02-01", "2024-02-29")),
        ("date:2026", DateRange("2026-01-01", "2026-12-31")),
        ("date:2026-02-04", DateRange("2026-02-04", "2026-02-04")),
        ("date:2026-02-01..2026-02-28", DateRange("2026-02-01", "2026-02-28")),
        ("date:2026-01..2026-02", DateRange("2026-01-01", "2026-02-28")),
        ("date:..2026-02-04", DateRange("0000-01-01", "2026-02-04")),
        ("date:2026-02-04..", DateRange("2026-02-04", "9999-12-31")),
    ],
)
def test_date_filters(text: str, expected: DateRange):
    q = parse_query(text)
    assert q.dates == (expected,)
    assert q.problems == ()
    assert q.terms == ()


@pytest.mark.parametrize("value", ["2026-13", "2026-02-30", "yesterday", "2026-03..2026-01", "04.02.2026"])
def test_bad_date_reports_a_problem_without_raising(value: str):
    q = parse_query(f"date:{value} constitution")
    assert q.dates == ()
    assert len(q.problems) == 1 and f"date:{value}" in q.problems[0].message and q.problems[0].kind == "not_a_date"
    assert q.terms == ("constitution",)
    assert parse_date_range(value) is None


@pytest.mark.parametrize(
    ("text", "unread", "starred"),
    [
        ("is:unread", True, None),
        ("is:read", False, None),
        ("-is:unread", False, None),
        ("is:starred", None, True),
        ("is:unstarred", None, False),
    ],
)
def test_is_filters(text: str, unread: bool | None, starred: bool | None):
    q = parse_query(text)
    assert (q.unread, q.starred, q.terms, q.problems) == (unread, starred, (), ())


def test_has_filters_and_unknown_values():
    assert parse_query("has:versions").has_versions
    assert parse_query("has:annotations").has_annotations
    q = parse_query("is:purple has:wings")
    assert [p.message for p in q.problems] == ["is:purple is not a filter", "has:wings is not a filter"]
    assert q == SearchQuery()


def test_unknown_fields_are_searched_as_words():
    q = parse_query("a:b http://example.org")
    assert q.terms == ("a", "b", "http", "//example.org")
    assert q.tags == () and q.problems == ()


def test_empty_query_is_empty():
    assert parse_query("   ").is_empty
    assert not parse_query("x").is_empty
    assert parse_query("").fts_expression() is None


HOSTILE = [
    "AND",
    "OR",
    "NOT",
    "NEAR(",
    "NEAR(constitution law, 2)",
    "*",
    "^",
    "^constitution",
    "constitution*",
    '"unclosed',
    'rule of "law',
    '"',
    '""',
    "a:b",
    ":",
    "-",
    "-constitution",
    "constitution AND",
    "( ) { } [ ]",
    "title:constitution",
    "text : law",
    "col:umn:s",
    "'single'",
    "\\",
    "don't",
    'say "hi',
    "+ - * / ^ ~",
    "tag:",
    "-tag:",
    'tag:"unclosed',
    "date:",
    "..",
    "date:..",
    "%_",
    "\x00",
    "конституция AND",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_stray_operators_and_unbalanced_quotes_never_raise(sample_library: Database, text: str):
    q = parse_query(text)
    for prefix in (False, True):
        article_ids(sample_library, ArticleFilter(query=q, prefix_search=prefix))


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("AND constitution", 9),  # "AND" is a word, like any other (the samples say "and" often)
        ('"unclosed constitution', 0),  # the phrase "unclosed constitution" is not in the samples
        ("constitution^", 9),
        ("constitution*", 9),
        ("Kostanay:draft", 1),
    ],
)
def test_operators_are_searched_as_plain_words(sample_library: Database, text: str, found: int):
    assert len(article_ids(sample_library, ArticleFilter(query=parse_query(text)))) == found


def test_punctuation_alone_finds_nothing_rather_than_everything(sample_library: Database):
    assert article_ids(sample_library, ArticleFilter(query=parse_query("* ^ :"))) == []


@pytest.mark.parametrize("control", ["\x00", "\x01", "\x1f", "\x7f", "\t", "\n"])
def test_control_characters_are_spaces_and_never_reach_fts(control: str):
    q = parse_query(f'Shymkent{control}poets "rule{control}of law"')
    assert q.terms == ("Shymkent", "poets", "rule of law")
    assert "\x00" not in (q.fts_expression() or "")


def test_a_pasted_page_searches_the_first_hundred_words_and_says_so():
    q = parse_query(" ".join(f"word{i}" for i in range(3_000)))
    assert len(q.terms) == MAX_TERMS == 100 and q.terms[0] == "word0"
    assert [p.message for p in q.problems] == ["the search has 3000 words; only the first 100 are searched"]


FILTERS = ["tag:x", "-tag:y", "section:News", "source:enbekshi", "date:2026-02", "is:unread", "has:versions"]


@pytest.mark.parametrize("kind", FILTERS)
def test_the_most_filters_a_search_takes_run_within_sqlites_expression_depth(sample_library: Database, kind: str):
    q = parse_query(" ".join([kind] * MAX_FILTERS) + " constitution")
    assert q.problems == ()
    article_ids(sample_library, ArticleFilter(query=q))  # no "Expression tree is too large"


def test_more_filters_than_that_are_cut_and_reported():
    q = parse_query(" ".join(["tag:x", "section:News"] * 500))
    assert len(q.tags) + len(q.sections) == MAX_FILTERS
    assert [p.message for p in q.problems] == [f"the search has 1000 filters; at most {MAX_FILTERS} are used"]
