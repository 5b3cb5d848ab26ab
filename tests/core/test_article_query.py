"""The article list: filters AND together, sorting and windows are done in SQL, counts match."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core import article_query, search_terms
from desktop.core.annotations import create_note
from desktop.core.article_query import (
    ArticleFilter,
    LibraryView,
    SortKey,
    article_ids,
    article_rows,
    article_window,
    count_articles,
    locate,
    quick_count,
    rank_by_relevance,
    search_is_large,
)
from desktop.core.articles import set_read, set_starred
from desktop.core.ids import ArticleId
from desktop.core.importer import import_paths
from desktop.core.normalize import title_key
from desktop.core.search_query import EXACT, parse_query
from desktop.core.tags import add_tag
from tests.core.helpers import KAZAKH_DUMP, RUSSIAN_DUMP, write


def rows_of(db, flt, sort, descending, articles):
    """Where articles sit in the list."""
    return {a: row for a, (row, _) in locate(db, flt, sort, descending, articles).items()}


def ids_for(db: Database, text: str = "", **kwargs) -> list[ArticleId]:
    flt = ArticleFilter(query=parse_query(text), **kwargs)
    found = article_ids(db, flt, limit=10_000)
    assert count_articles(db, flt) == len(found)
    return found


def by_title(db: Database) -> dict[str, ArticleId]:
    return {title: ArticleId(i) for i, title in db.execute("SELECT id, title FROM articles")}


def test_no_filter_lists_every_article(sample_library: Database):
    assert sorted(ids_for(sample_library)) == list(range(1, 11))


def test_sort_by_title_both_ways(sample_library: Database):
    titles = {i: t for t, i in by_title(sample_library).items()}
    ascending = article_ids(sample_library, ArticleFilter(), SortKey.TITLE, descending=False)
    assert [titles[i] for i in ascending] == sorted(titles.values(), key=title_key)
    assert [titles[i] for i in ascending][:2] == [
        "A city activist held in Kostanay to discuss the draft of a new Constitution",
        "DETERMINING THE RELATIONSHIP BETWEEN THE CONSTITUTION AND INTERNATIONAL LAW STRENGTHENS THE FOUNDATION OF THE ENTIRE LEGAL SYSTEM OF OUR COUNTRY",
    ]
    assert article_ids(sample_library, ArticleFilter(), SortKey.TITLE, descending=True) == ascending[::-1]


def test_sort_by_date_newest_first_and_oldest_first(sample_library: Database):
    dates = dict(sample_library.execute("SELECT id, date FROM articles").fetchall())
    newest = article_ids(sample_library, ArticleFilter(), SortKey.DATE, descending=True)
    assert [dates[i] for i in newest] == ["2026-02-22"] * 3 + ["2026-02-21"] * 2 + ["2026-02-04"] * 5
    oldest = article_ids(sample_library, ArticleFilter(), SortKey.DATE, descending=False)
    assert oldest == newest[::-1]


def test_windows_page_through_the_sorted_list_without_gaps_or_repeats(sample_library: Database):
    full = article_ids(sample_library, ArticleFilter(), SortKey.TITLE, descending=False)
    pages = [article_ids(sample_library, ArticleFilter(), SortKey.TITLE, False, offset=o, limit=3) for o in range(0, 12, 3)]
    assert [len(p) for p in pages] == [3, 3, 3, 1]
    assert [i for p in pages for i in p] == full


def test_full_text_search_finds_words_in_titles_and_bodies(sample_library: Database):
    titles = {i: t for t, i in by_title(sample_library).items()}
    assert len(ids_for(sample_library, "constitution")) == 9
    # "Maslenitsa" is in one title; "akimat" only in a body.
    assert [titles[i] for i in ids_for(sample_library, "maslenitsa")] == ['Shymkent celebrated the holiday "Maslenitsa - 2026"']
    assert [titles[i] for i in ids_for(sample_library, "Akimat")] == [
        "A city activist held in Kostanay to discuss the draft of a new Constitution"
    ]
    assert ids_for(sample_library, '"rule of law" Astana') == ids_for(sample_library, 'astana "RULE OF LAW"')
    assert ids_for(sample_library, "constitution zzzunknownword") == []


def test_a_word_in_only_one_version_finds_the_article(sample_library: Database):
    # The second printing strips apostrophes: "countrys" exists only in those versions.
    assert (
        "countrys"
        not in sample_library.execute(
            "SELECT group_concat(text) FROM versions WHERE id IN (SELECT min(id) FROM versions GROUP BY article_id)"
        ).fetchone()[0]
    )
    titles = {i: t for t, i in by_title(sample_library).items()}
    assert sorted(titles[i] for i in ids_for(sample_library, "countrys")) == [
        "EXPERTS' DIALOGUE ON THE NEW CONSTITUTION HELD IN ASTANA",
        "THE NEW CONSTITUTION – A NEW ARCHITECTURE OF TRUST AND DEVELOPMENT",
        "THE SUPREMACY OF THE CONSTITUTION IS THE MAIN PRINCIPLE OF THE RULE OF LAW",
    ]


def test_prefix_search_matches_the_start_of_the_last_word(sample_library: Database):
    assert ids_for(sample_library, "constit") == []
    assert len(ids_for(sample_library, "constit", prefix_search=True)) == 9


def test_filters_combine_with_and(sample_library: Database):
    db = sample_library
    t = by_title(db)
    forum = t[
        "Thirty-two commercial documents worth approximately US$200 million were signed at the Kazakhstan-Pakistan Business Forum"
    ]
    poets = t["Shymkent poets analyze the new Constitution in verse"]
    holiday = t['Shymkent celebrated the holiday "Maslenitsa - 2026"']
    set_read(db, [forum, poets], True)
    set_starred(db, [forum, poets, holiday], True)
    add_tag(db, [forum, poets, holiday], "culture/kz")

    assert set(ids_for(db, "is:starred")) == {forum, poets, holiday}
    assert set(ids_for(db, "is:starred is:unread")) == {holiday}
    assert set(ids_for(db, "is:starred shymkent")) == {poets, holiday}
    assert set(ids_for(db, "is:starred date:2026-02-21")) == {poets, holiday}
    assert set(ids_for(db, "tag:culture date:2026-02-01..2026-02-10")) == {forum}  # "culture" includes culture/kz
    assert set(ids_for(db, "tag:culture -is:starred")) == set()
    assert set(ids_for(db, "-tag:culture date:2026-02-21")) == set()
    assert len(ids_for(db, "-tag:culture")) == 7
    assert set(ids_for(db, "section:society source:QAZAQ has:versions date:2026-02-21")) == {poets, holiday}
    assert ids_for(db, "section:sports") == []
    assert set(ids_for(db, "is:read", views=frozenset({LibraryView.STARRED}))) == {forum, poets}
    assert set(ids_for(db, views=frozenset({LibraryView.STARRED, LibraryView.UNREAD}))) == {holiday}


def test_library_views(sample_library: Database):
    db = sample_library
    set_read(db, [ArticleId(1), ArticleId(2)], True)
    assert len(ids_for(db, views=frozenset({LibraryView.UNREAD}))) == 8
    assert len(ids_for(db, views=frozenset({LibraryView.MULTI_VERSION}))) == 8
    assert ids_for(db, views=frozenset({LibraryView.ANNOTATED})) == []
    assert count_articles(db, ArticleFilter()) == 10


def test_sidebar_source_section_tag_and_dump_filters(sample_library: Database, tmp_path: Path):
    db = sample_library
    import_paths(db, [write(tmp_path / "ru.txt", RUSSIAN_DUMP)])
    sources = dict(db.execute("SELECT name, id FROM sources").fetchall())
    sections = dict(db.execute("SELECT name, id FROM sections").fetchall())
    dumps = dict(db.execute("SELECT file_name, id FROM dumps").fetchall())
    assert len(ids_for(db, sources=frozenset({sources["Новости Казахстана"]}))) == 2
    assert len(ids_for(db, sections=frozenset({sections["Политика"]}))) == 1
    assert ids_for(db, sources=frozenset({sources["Новости Казахстана"]}), sections=frozenset({sections["News"]})) == []
    assert len(ids_for(db, dumps=frozenset({dumps["000_66d76ea5e4359d44.txt"]}))) == 5
    assert len(ids_for(db, "constitution", dumps=frozenset({dumps["003_0a64412bddf1bae1.txt"]}))) == 5
    tag = frozenset({add_tag(db, [ArticleId(1), ArticleId(11)], "mine").tag})
    assert set(ids_for(db, tags=tag)) == {1, 11}
    assert len(ids_for(db, excluded_tags=tag)) == 10


def test_rows_show_source_sections_tags_and_flags(sample_library: Database):
    db = sample_library
    add_tag(db, [ArticleId(1)], "Zeta")
    add_tag(db, [ArticleId(1)], "alpha")
    set_starred(db, [ArticleId(1)], True)
    rows = article_rows(db, [ArticleId(1), ArticleId(6)])
    one = rows[ArticleId(1)]
    assert (one.source, one.sections, one.tags, one.is_starred, one.is_read, one.version_count) == (
        "Enbekshi QazaQ",
        ("News", "Society"),
        ("alpha", "Zeta"),
        True,
        False,
        1,
    )
    assert rows[ArticleId(6)].version_count == 2
    assert article_rows(db, []) == {}


@pytest.mark.parametrize("sort", list(SortKey))
def test_every_sort_key_lists_every_article_once(sample_library: Database, sort: SortKey):
    for descending in (False, True):
        assert sorted(article_ids(sample_library, ArticleFilter(), sort, descending)) == list(range(1, 11))


@pytest.mark.parametrize("text", ["source:новости", "section:политика", "tag:саясат"])
def test_name_filters_ignore_case_for_cyrillic_names_too(library: Database, tmp_path: Path, text: str):
    import_paths(library, [write(tmp_path / "ru.txt", RUSSIAN_DUMP)])
    add_tag(library, [ArticleId(1)], "Саясат")
    assert ArticleId(1) in ids_for(library, text)


# --- at scale: keyset windows, the two search plans, stored counts, relevance ------------------------
@pytest.fixture
def library_with_undated(sample_library: Database, tmp_path: Path) -> Database:
    """The samples plus articles without a date (NULL dates sort before every date)."""
    dump = (
        "Site\nNews More\nNo date here\nBody one about the constitution.Source : https://example.org/1\n"
        "Undated too\nBody two.Source : https://example.org/2\nDated 04.02.2026\nBody three.\n"
    )
    import_paths(sample_library, [write(tmp_path / "undated.txt", dump)])
    add_tag(sample_library, [ArticleId(2), ArticleId(11)], "mine")
    set_read(sample_library, [ArticleId(3)], True)
    create_note(sample_library, ArticleId(4), "Compare with the zanzibar constitution")  # a word only in a note
    return sample_library


@pytest.mark.parametrize("sort", list(SortKey))
@pytest.mark.parametrize("descending", [False, True])
def test_keyset_windows_page_through_exactly_as_offsets_do(library_with_undated: Database, sort: SortKey, descending: bool):
    db = library_with_undated
    full = article_window(db, ArticleFilter(), sort, descending, limit=1000)
    assert [a for a, _ in full] == article_ids(db, ArticleFilter(), sort, descending, limit=1000)
    assert len(full) == 13
    # Forward from every row's key, and backward from every row's key: the neighbours, in list order.
    for i, (_, key) in enumerate(full):
        assert article_window(db, ArticleFilter(), sort, descending, after=key, limit=3) == full[i + 1 : i + 4]
        assert article_window(db, ArticleFilter(), sort, descending, after=key, backward=True, limit=3) == full[max(0, i - 3) : i]
        assert article_window(db, ArticleFilter(), sort, descending, after=key, offset=2, limit=2) == full[i + 3 : i + 5]
    # From the end: the last rows, still in list order.
    assert article_window(db, ArticleFilter(), sort, descending, backward=True, limit=4) == full[-4:]
    assert article_window(db, ArticleFilter(), sort, descending, backward=True, offset=4, limit=4) == full[-8:-4]


def test_dates_sort_as_before_with_undated_articles_first_when_ascending(library_with_undated: Database):
    db = library_with_undated
    dates = [db.execute("SELECT date FROM articles WHERE id = ?", [a]).fetchone()[0] for a in article_ids(db, ArticleFilter(), SortKey.DATE, False)]
    assert dates[:2] == [None, None] and dates[2:] == sorted(dates[2:])


@pytest.mark.parametrize("sort", list(SortKey))
def test_positions_are_where_the_articles_are_listed(library_with_undated: Database, sort: SortKey):
    db = library_with_undated
    for flt in (ArticleFilter(), ArticleFilter(query=parse_query("constitution")), ArticleFilter(views=frozenset({LibraryView.UNREAD}))):
        for descending in (False, True):
            listed = article_ids(db, flt, sort, descending, limit=1000)
            assert rows_of(db, flt, sort, descending, [*listed, ArticleId(999)]) == {a: i for i, a in enumerate(listed)}


@pytest.mark.parametrize("text", ["constitution", '"rule of law"', "constitution -is:read", "countrys", "consti", "zzz", "zanzibar", "zanz"])
def test_walking_the_list_finds_the_same_rows_as_looking_matches_up(library_with_undated: Database, text: str, monkeypatch):
    db = library_with_undated
    flt = ArticleFilter(query=parse_query(text), prefix_search=True)
    looked_up = article_window(db, flt, walk_search=False, limit=100)
    assert article_window(db, flt, walk_search=True, limit=100) == looked_up
    assert not search_is_large(db, flt)
    monkeypatch.setattr(article_query, "SMALL_SEARCH", 0)
    in_versions = db.execute("SELECT 1 FROM search_index WHERE search_index MATCH ?", [article_query.versions_match(db, flt)]).fetchone()
    assert search_is_large(db, flt) == bool(in_versions)  # notes are not counted: a note-only word is never large
    assert article_window(db, flt, limit=100) == looked_up
    assert count_articles(db, flt) == len(looked_up)
    assert quick_count(db, flt) == (None if in_versions else len(looked_up))


def test_quick_counts_are_the_stored_counters_of_single_sidebar_entries(library_with_undated: Database):
    db = library_with_undated
    tag = db.execute("SELECT id FROM tags").fetchone()[0]
    dump = db.execute("SELECT max(id) FROM dumps").fetchone()[0]
    section = db.execute("SELECT id FROM sections WHERE name = 'Society'").fetchone()[0]
    single = [
        ArticleFilter(),
        ArticleFilter(views=frozenset({LibraryView.ALL})),
        ArticleFilter(views=frozenset({LibraryView.UNREAD})),
        ArticleFilter(views=frozenset({LibraryView.MULTI_VERSION})),
        ArticleFilter(sources=frozenset({db.execute("SELECT min(id) FROM sources").fetchone()[0]})),
        ArticleFilter(sections=frozenset({section})),
        ArticleFilter(tags=frozenset({tag})),
        ArticleFilter(dumps=frozenset({dump})),
        ArticleFilter(query=parse_query("constitution")),
    ]
    for flt in single:
        where, params = article_query.where_clause(flt)
        scanned = db.execute(f"SELECT count(*) FROM articles a{where}", params).fetchone()[0]
        assert quick_count(db, flt) == count_articles(db, flt) == scanned, flt
    combined = ArticleFilter(views=frozenset({LibraryView.UNREAD}), sections=frozenset({section}))
    assert quick_count(db, combined) is None
    assert count_articles(db, combined) == len(article_ids(db, combined, limit=1000))


def test_relevance_ranks_title_matches_first_and_declines_large_match_sets(sample_library: Database):
    db = sample_library
    flt = ArticleFilter(query=parse_query("maslenitsa"))
    assert rank_by_relevance(db, flt) == article_ids(db, flt)
    ranked = rank_by_relevance(db, ArticleFilter(query=parse_query("constitution")))
    assert ranked is not None and sorted(ranked) == sorted(ids_for(db, "constitution"))
    title = db.execute("SELECT title FROM articles WHERE id = ?", [ranked[0]]).fetchone()[0]
    assert "constitution" in title.casefold()
    assert rank_by_relevance(db, ArticleFilter(query=parse_query("constitution")), max_matches=3) is None
    assert rank_by_relevance(db, ArticleFilter(query=parse_query("section:News"))) is None


def test_a_parent_tag_filter_covers_the_tags_below_it(sample_library: Database):
    from desktop.core.tags import add_tag

    parent = add_tag(sample_library, [ArticleId(1)], "politics")
    add_tag(sample_library, [ArticleId(2)], "Politics/Elections")
    add_tag(sample_library, [ArticleId(3)], "politicsX")
    tag = parent.tag
    assert sorted(article_ids(sample_library, ArticleFilter(tags=frozenset({tag})))) == [1, 2]
    assert 1 not in article_ids(sample_library, ArticleFilter(excluded_tags=frozenset({tag})))
    assert 2 not in article_ids(sample_library, ArticleFilter(excluded_tags=frozenset({tag})))


@pytest.mark.parametrize("text", ["consti", "Const", "a:b", "countr", "zzz", "rule of l", '"rule of" la', "конст", "ПРАВ", "Ақ"])
def test_a_prefix_expanded_into_words_finds_what_fts5_prefix_matching_does(library_with_undated: Database, tmp_path: Path, text: str, monkeypatch):
    db = library_with_undated
    import_paths(db, [write(tmp_path / "ru.txt", RUSSIAN_DUMP), write(tmp_path / "kk.txt", KAZAKH_DUMP)])
    flt = ArticleFilter(query=parse_query(text, EXACT), prefix_search=True)
    where, params = article_query.where_clause(flt)  # the words as typed, the last one an FTS5 prefix
    native = [r[0] for r in db.execute(f"SELECT a.id FROM articles a{where}{article_query.order_clause(SortKey.DATE, True)}", params)]
    expanded = article_window(db, flt, limit=1000)
    assert [a for a, _ in expanded] == native
    assert article_query.versions_match(db, flt) != flt.query.fts_expression(prefix_last=True) or not native
    monkeypatch.setattr(search_terms, "PREFIX_WORDS", 0)  # every prefix left to FTS5
    search_terms.forget_word_matches(db)
    assert "*" in (article_query.versions_match(db, flt) or "*") or " " in text or not native
    assert article_window(db, flt, limit=1000) == expanded
    for walk in (False, True):
        assert article_window(db, flt, walk_search=walk, limit=1000) == expanded


def test_a_large_search_places_only_articles_near_the_top(library_with_undated: Database, monkeypatch):
    db = library_with_undated
    monkeypatch.setattr(article_query, "SMALL_SEARCH", 0)
    monkeypatch.setattr(article_query, "WALK_LOCATE_ROWS", 4)
    flt = ArticleFilter(query=parse_query("constitution"))
    listed = article_ids(db, flt, limit=100)
    everything = article_ids(db, ArticleFilter(), limit=100)
    near = [a for a in listed if everything.index(a) < 4]
    far = [a for a in listed if everything.index(a) > 4]
    assert near and far
    for article in near:
        assert rows_of(db, flt, SortKey.DATE, True, [article]) == {article: listed.index(article)}
    assert rows_of(db, flt, SortKey.DATE, True, [far[-1]]) == {}  # too far down to walk to
    # Articles close to each other are placed one from the other, however far down they are.
    assert rows_of(db, flt, SortKey.DATE, True, listed) == {a: i for i, a in enumerate(listed)}
