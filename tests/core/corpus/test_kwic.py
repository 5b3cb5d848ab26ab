"""The concordance: one line per hit with its context, newest first in pages, or sorted by the words around it."""

from __future__ import annotations

import datetime as dt
import re

from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, article_ids, count_articles
from desktop.core.corpus.hits import HitScope
from desktop.core.corpus.kwic import KwicSort, kwic_lines, kwic_page, sorted_hits
from desktop.core.ids import SourceId
from desktop.core.search_query import parse_query
from tests.core.corpus.conftest import article_id

D = dt.date(2026, 3, 2)


def search(text: str, **kwargs) -> ArticleFilter:
    return ArticleFilter(query=parse_query(text), **kwargs)


def all_lines(db: Database, flt: ArticleFilter, **kwargs):
    page = kwic_page(db, flt, want=10_000, **kwargs)
    assert page.exhausted
    return list(page.lines)


def test_each_hit_is_a_line_with_its_context_on_either_side(make_library):
    db = make_library([[("Alpha", D, "River report", ["The river rose. Boats left the river at dawn."])]])
    first, second = all_lines(db, search("river"), width=10)
    assert (first.left, first.hit, first.right) == ("The ", "river", " rose. Boa")
    assert (second.left, second.hit, second.right) == (" left the ", "river", " at dawn.")
    assert (first.start, first.end, second.start, second.end) == (4, 9, 31, 36)
    assert (first.date, first.source, first.title) == ("2026-03-02", "Alpha", "River report")
    assert first.article == article_id(db, "River report")


def test_a_phrase_is_one_hit_and_case_and_accents_fold_as_the_search_does(make_library):
    db = make_library([[
        ("Alpha", D, "Law", ["Rule of law first. Then the RULE OF LAW, and the rule of lawyers."]),
        ("Alpha", D, "Cafes", ["A café opened. The CAFE closed. Cafeteria news."]),
    ]])  # fmt: skip
    assert [line.hit for line in all_lines(db, search('"rule of law"'))] == ["Rule of law", "RULE OF LAW"]
    assert [line.hit for line in all_lines(db, search("cafe"))] == ["café", "CAFE"]


def test_a_hit_is_every_word_the_search_word_stands_for_as_printed_even_in_a_text_with_marker_characters(make_library):
    texts = {
        "Plain": "Жаңа заң Қазақстанда қабылданды. Подотчётность растёт.",
        "Odd": "\ufdd0 Жаңа заң Қазақстанда қабылданды. Подотчётность растёт.",  # the highlight markers themselves
    }
    db = make_library([[("Alpha", D, title, [text]) for title, text in texts.items()]])
    for query, printed in (("казакстан", "Қазақстанда"), ("подотчетность", "Подотчётность"), ("Qazaqstan", "Қазақстанда")):
        lines = all_lines(db, search(query))
        assert sorted((line.title, line.hit) for line in lines) == [("Odd", printed), ("Plain", printed)], query


def test_a_paragraph_break_in_the_context_shows_as_a_pilcrow(make_library):
    db = make_library([[("Alpha", D, "Two paragraphs", ["The first ends here.", "The river starts the second."])]])
    [line] = all_lines(db, search("river"), width=12)
    assert line.left == "s here. ¶ The "


def test_lines_come_newest_article_first_in_pages_that_continue_where_they_stopped(make_library):
    articles = [
        ("Alpha", D + dt.timedelta(days=i), f"Day {i} on the river", [f"Entry {i}: the river was calm."]) for i in range(70)
    ]
    db = make_library([articles])
    flt = search("river")
    seen, after, pages = [], None, 0
    while True:
        page = kwic_page(db, flt, after=after, want=10)
        seen.extend(page.lines)
        pages += 1
        if page.exhausted:
            break
        assert len(page.lines) >= 10
        after = page.after
    assert pages > 2  # never all at once
    assert [line.date for line in seen] == [(D + dt.timedelta(days=i)).isoformat() for i in reversed(range(70))]
    assert len({(line.article, line.start) for line in seen}) == 70  # no line twice
    oldest_first = kwic_page(db, flt, descending=False, want=1)
    assert oldest_first.lines[0].date == D.isoformat()


def test_hits_count_once_per_article_in_its_newest_version_or_once_per_version(make_library):
    db = make_library([
        [("Alpha", D, "Wide", ["The river is wide."]), ("Alpha", D, "Renamed", ["The old river."])],
        [("Alpha", D, "Wide", ["The river is wide. A second river."]), ("Alpha", D, "Renamed", ["The old creek."])],
    ])  # fmt: skip
    newest = all_lines(db, search("river"))
    every = all_lines(db, search("river"), scope=HitScope.EVERY_VERSION)
    assert [line.title for line in newest] == ["Wide", "Wide"]  # "Renamed" lost the word in its newest version
    assert sorted(line.title for line in every) == ["Renamed", "Wide", "Wide", "Wide"]
    wide = [line for line in every if line.title == "Wide"]
    assert len({line.version for line in wide}) == 2


def test_sidebar_filters_and_field_filters_narrow_the_hits(make_library):
    db = make_library([[("Alpha", D, "A river", ["A river in Alpha."]), ("Beta", D, "B river", ["A river in Beta."])]])
    assert [line.source for line in all_lines(db, search("river source:beta"))] == ["Beta"]
    beta = SourceId(db.execute("SELECT id FROM sources WHERE name = 'Beta'").fetchone()[0])
    assert [line.source for line in all_lines(db, search("river", sources=frozenset({beta})))] == ["Beta"]
    assert all_lines(db, search("river date:2026-04")) == []


def test_an_article_matched_by_its_title_alone_lists_but_has_no_line(make_library):
    db = make_library([[("Alpha", D, "River news", ["Nothing about water here."])]])
    assert count_articles(db, search("river")) == 1
    assert all_lines(db, search("river")) == []


def test_no_words_means_no_hits(make_library):
    db = make_library([[("Alpha", D, "River news", ["The river."])]])
    page = kwic_page(db, search("source:alpha"))
    assert page.lines == () and page.exhausted


def test_sorting_by_the_words_left_or_right_of_the_hit(make_library):
    db = make_library([[
        ("Alpha", D, "One", ["a big river flows north"]),
        ("Alpha", D + dt.timedelta(days=1), "Two", ["the red river runs east"]),
        ("Alpha", D + dt.timedelta(days=2), "Three", ["one old river bends west"]),
        ("Alpha", D + dt.timedelta(days=3), "Four", ["the big river goes south"]),
    ]])  # fmt: skip
    flt = search("river")

    def titles(sort: KwicSort) -> list[str]:
        result = sorted_hits(db, flt, sort)
        assert result.complete and result.articles == 4
        return [line.title for line in kwic_lines(db, result.refs)]

    assert titles(KwicSort.DATE) == ["Four", "Three", "Two", "One"]
    assert titles(KwicSort.LEFT1) == ["One", "Four", "Three", "Two"]  # big (then a), big (then the), old, red
    assert titles(KwicSort.LEFT2) == ["One", "Three", "Four", "Two"]  # a, one, the big, the red
    assert titles(KwicSort.RIGHT1) == ["Three", "One", "Four", "Two"]  # bends, flows, goes, runs
    assert titles(KwicSort.RIGHT2) == ["Two", "One", "Four", "Three"]  # east, north, south, west
    assert titles(KwicSort.RIGHT3) == ["Three", "One", "Four", "Two"]  # a hit near the end: "" first, then by the nearer words


def test_a_sort_past_the_cap_covers_the_newest_hits_and_says_so(make_library):
    db = make_library([[("Alpha", D + dt.timedelta(days=i), f"Item {i}", [f"river {i} river"]) for i in range(5)]])
    result = sorted_hits(db, search("river"), KwicSort.RIGHT1, cap=5)
    assert not result.complete
    assert len(result.refs) == 4  # whole articles only: the newest two
    assert {line.title for line in kwic_lines(db, result.refs)} == {"Item 4", "Item 3"}


def test_on_the_sample_dumps_every_hit_of_the_newest_versions_is_a_line(sample_library: Database):
    flt = search("constitution")
    lines = all_lines(sample_library, flt)
    expected = 0
    for article in article_ids(sample_library, flt, limit=100):
        text = sample_library.execute(
            "SELECT text FROM versions WHERE article_id = ? ORDER BY id DESC LIMIT 1", [article]
        ).fetchone()[0]
        expected += len(re.findall(r"\bconstitution\b", text, re.IGNORECASE))
    assert len(lines) == expected > 20
    for line in lines:
        text = sample_library.execute("SELECT text FROM versions WHERE id = ?", [line.version]).fetchone()[0]
        assert text[line.start : line.end] == line.hit and line.hit.lower() == "constitution"
    dates = [line.date for line in lines]
    assert dates == sorted(dates, reverse=True)
