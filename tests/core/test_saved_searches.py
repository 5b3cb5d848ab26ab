"""Saved searches: user rows with UUIDs, stable across renames, undone by snapshots, in the JSON export."""

from __future__ import annotations

import io
import json

import pytest
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, LibraryView, count_articles
from desktop.core.exports.article_json import export_json
from desktop.core.ids import SourceId, TagId
from desktop.core.saved_searches import (
    FilterSpec,
    SavedSearchError,
    count_saved_search,
    create_saved_search,
    delete_saved_search,
    filter_of_spec,
    get_saved_search,
    list_saved_searches,
    missing_entries,
    move_saved_search,
    restore_saved_searches,
    search_filter,
    spec_of_filter,
    update_saved_search,
)
from desktop.core.search_query import parse_query
from desktop.core.tags import add_tag, delete_tag, rename_tag


def source(db: Database, name: str) -> SourceId:
    return SourceId(db.execute("SELECT id FROM sources WHERE name = ?", [name]).fetchone()[0])


def names(db: Database) -> list[str]:
    return [s.name for s in list_saved_searches(db)]


def test_a_saved_search_counts_what_the_list_shows(sample_library: Database):
    enbekshi = source(sample_library, "Enbekshi QazaQ")
    flt = ArticleFilter(sources=frozenset({enbekshi}), views=frozenset({LibraryView.UNREAD}))
    made = create_saved_search(
        sample_library, "  Constitution  at Enbekshi ", "constitution", spec_of_filter(sample_library, flt)
    )
    assert made.change.saved_searches and not made.change.articles
    search = get_saved_search(sample_library, made.search)
    assert search is not None and search.name == "Constitution at Enbekshi" and len(search.uuid) == 36
    assert search.spec == FilterSpec(views=("unread",), sources=("Enbekshi QazaQ",))
    listed = ArticleFilter(
        query=parse_query("constitution"),
        sources=frozenset({enbekshi}),
        views=frozenset({LibraryView.UNREAD}),
        prefix_search=True,
    )
    assert search_filter(sample_library, search) == listed
    assert count_saved_search(sample_library, search) == count_articles(sample_library, listed) > 0


def test_tags_are_kept_by_uuid_so_a_rename_follows_and_a_deleted_tag_matches_nothing(sample_library: Database):
    edit = add_tag(sample_library, [1, 2], "law")
    spec = spec_of_filter(sample_library, ArticleFilter(tags=frozenset({edit.tag})))
    search = get_saved_search(sample_library, create_saved_search(sample_library, "Law", "", spec).search)
    rename_tag(sample_library, edit.tag, "legal")
    assert filter_of_spec(sample_library, search.spec).tags == {edit.tag}
    assert count_saved_search(sample_library, search) == 2
    delete_tag(sample_library, edit.tag)
    assert count_saved_search(sample_library, search) == 0  # never quietly more
    assert missing_entries(sample_library, search.spec) == ["tag “law”"]
    excluding = FilterSpec(excluded_tags=spec.tags)
    assert filter_of_spec(sample_library, excluding).excluded_tags == frozenset()  # excluding a gone tag excludes nothing
    assert filter_of_spec(sample_library, FilterSpec(tags=((spec.tags[0][0], "law"),))).tags == {TagId(-1)}


def test_rename_edit_delete_and_undo_keep_the_same_row(sample_library: Database):
    first = create_saved_search(sample_library, "First", "constitution", FilterSpec())
    second = create_saved_search(sample_library, "Second", "law", FilterSpec())
    renamed = update_saved_search(sample_library, first.search, name="Constitution")
    assert names(sample_library) == ["Constitution", "Second"]
    edited = update_saved_search(sample_library, first.search, query="parliament", spec=FilterSpec(views=("starred",)))
    assert get_saved_search(sample_library, first.search).query == "parliament"
    restore_saved_searches(sample_library, edited.before)
    assert get_saved_search(sample_library, first.search).query == "constitution"
    uuid = get_saved_search(sample_library, second.search).uuid
    deleted = delete_saved_search(sample_library, second.search)
    assert names(sample_library) == ["Constitution"]
    assert (
        sample_library.execute("SELECT deleted_at IS NOT NULL FROM saved_searches WHERE id = ?", [second.search]).fetchone()[0]
        == 1
    )
    redo = restore_saved_searches(sample_library, deleted.before)
    back = get_saved_search(sample_library, second.search)
    assert back is not None and back.uuid == uuid and names(sample_library) == ["Constitution", "Second"]
    restore_saved_searches(sample_library, redo.before)  # redo the delete
    assert names(sample_library) == ["Constitution"]
    restore_saved_searches(sample_library, renamed.before)
    assert names(sample_library) == ["First"]
    restore_saved_searches(sample_library, first.before)  # undo the creation: a tombstone too
    assert names(sample_library) == []


def test_reorder_and_undo(sample_library: Database):
    ids = [create_saved_search(sample_library, name, name.lower(), FilterSpec()).search for name in ("A", "B", "C")]
    moved = move_saved_search(sample_library, ids[2], 0)
    assert names(sample_library) == ["C", "A", "B"]
    move_saved_search(sample_library, ids[0], 5)
    assert names(sample_library) == ["C", "B", "A"]
    assert move_saved_search(sample_library, ids[0], 2).change.is_empty  # already there
    restore_saved_searches(sample_library, moved.before)
    assert names(sample_library) == ["A", "B", "C"]


def test_nothing_to_save_and_no_name_are_refused(sample_library: Database):
    with pytest.raises(SavedSearchError):
        create_saved_search(sample_library, "Empty", "  ", FilterSpec())
    with pytest.raises(SavedSearchError):
        create_saved_search(sample_library, "   ", "law", FilterSpec())
    assert names(sample_library) == []


def test_saved_searches_are_a_top_level_array_of_the_json_export(sample_library: Database):
    create_saved_search(sample_library, "Constitution", "constitution", FilterSpec(sources=("Enbekshi QazaQ",)))
    gone = create_saved_search(sample_library, "Gone", "x", FilterSpec())
    delete_saved_search(sample_library, gone.search)
    out = io.StringIO()
    assert export_json(sample_library, out) == 10
    data = json.loads(out.getvalue())
    assert data["format"] == "qalam" and len(data["articles"]) == 10
    [saved] = data["saved_searches"]
    assert saved["name"] == "Constitution" and saved["query"] == "constitution" and len(saved["uuid"]) == 36
    assert saved["filter"]["sources"] == ["Enbekshi QazaQ"] and saved["filter"]["tags"] == []
    assert FilterSpec.from_json(saved["filter"]) == FilterSpec(sources=("Enbekshi QazaQ",))
