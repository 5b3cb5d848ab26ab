"""Tags: hierarchical labels with colours; every change reports what it touched."""

from __future__ import annotations

import pytest
from sqlite_utils import Database

from desktop.core.ids import ArticleId, TagId
from desktop.core.tags import (
    TagError,
    add_tag,
    clean_tag_name,
    delete_tag,
    ensure_tag,
    list_tags,
    merge_tags,
    remove_tag,
    rename_tag,
    set_tag_color,
    tagged_articles,
)
from tests.core.helpers import consistency_problems

A1, A2, A3, A4 = (ArticleId(i) for i in (1, 2, 3, 4))


def names(db: Database) -> list[tuple[str, int]]:
    return [(t.name, t.article_count) for t in list_tags(db)]


def test_add_tag_creates_it_and_reports_only_newly_tagged_articles(sample_library: Database):
    db = sample_library
    change = add_tag(db, [A1, A2], "  politics /  elections  ")
    tag = change.tag
    assert change.change.articles == {A1, A2}
    assert names(db) == [("politics/elections", 2)]
    again = add_tag(db, [A2, A3], "Politics/Elections")  # the same tag, whatever the case
    assert again.tag == tag
    assert again.change.articles == {A3}
    assert tagged_articles(db, tag) == {A1, A2, A3}


def test_remove_tag_reports_only_articles_that_had_it(sample_library: Database):
    db = sample_library
    tag = add_tag(db, [A1, A2], "x").tag
    change = remove_tag(db, [A2, A3], tag)
    assert change.change.articles == {A2}
    assert names(db) == [("x", 1)]


def test_rename_renames_the_children_too(sample_library: Database):
    db = sample_library
    parent = add_tag(db, [A1], "kz").tag
    add_tag(db, [A2], "kz/politics")
    add_tag(db, [A3], "kz/politics/elections")
    add_tag(db, [A4], "kzx")  # a different tag that merely starts with the same letters
    change = rename_tag(db, parent, "Kazakhstan")
    assert names(db) == [("Kazakhstan", 1), ("Kazakhstan/politics", 1), ("Kazakhstan/politics/elections", 1), ("kzx", 1)]
    assert change.change.articles == {A1, A2, A3}
    assert len(change.change.tag_definitions) == 3


def test_rename_a_child_leaves_the_parent(sample_library: Database):
    db = sample_library
    add_tag(db, [A1], "kz")
    child = add_tag(db, [A2], "kz/politics").tag
    rename_tag(db, child, "kz/policy")
    assert names(db) == [("kz", 1), ("kz/policy", 1)]


def test_rename_into_its_own_subtree(sample_library: Database):
    db = sample_library
    tag = add_tag(db, [A1], "news").tag
    add_tag(db, [A2], "news/local")
    rename_tag(db, tag, "news/archive")
    assert names(db) == [("news/archive", 1), ("news/archive/local", 1)]


def test_rename_onto_an_existing_name_merges_and_carries_the_children(sample_library: Database):
    db = sample_library
    old = add_tag(db, [A1, A2], "old").tag
    add_tag(db, [A3], "old/child")
    new = add_tag(db, [A2, A4], "new").tag
    change = rename_tag(db, old, "NEW")
    assert names(db) == [("new", 3), ("new/child", 1)]
    assert tagged_articles(db, new) == {A1, A2, A4}
    assert {old, new} <= change.change.tag_definitions
    assert {A1, A2, A3} <= change.change.articles
    assert consistency_problems(db) == []


def test_rename_a_child_onto_an_existing_child_merges_them(sample_library: Database):
    db = sample_library
    a = add_tag(db, [A1], "a").tag
    add_tag(db, [A2], "a/x")
    add_tag(db, [A3], "b/x")
    rename_tag(db, a, "b")
    assert names(db) == [("b", 1), ("b/x", 2)]
    assert consistency_problems(db) == []


def test_merge_moves_articles_and_deletes_the_sources(sample_library: Database):
    db = sample_library
    x = add_tag(db, [A1, A2], "x").tag
    y = add_tag(db, [A2, A3], "y").tag
    z = add_tag(db, [A4], "z").tag
    change = merge_tags(db, [x, y, z], z)
    assert names(db) == [("z", 4)]
    assert change.change.articles == {A1, A2, A3}
    assert change.change.tag_definitions == {x, y, z}


def test_delete_removes_the_tag_from_its_articles(sample_library: Database):
    db = sample_library
    x = add_tag(db, [A1, A2], "x").tag
    add_tag(db, [A1], "keep")
    change = delete_tag(db, x)
    assert change.change.articles == {A1, A2}
    assert names(db) == [("keep", 1)]
    assert db.execute("SELECT count(*) FROM article_tags WHERE deleted_at IS NULL").fetchone()[0] == 1
    # The deleted tag and its links stay as tombstones (for undo and sync), which no query shows.
    assert db.execute("SELECT count(*) FROM article_tags WHERE deleted_at IS NOT NULL").fetchone()[0] == 2
    assert db.execute("SELECT deleted_at IS NOT NULL FROM tags WHERE id = ?", [x]).fetchone()[0] == 1


def test_colour_is_set_normalised_and_cleared(sample_library: Database):
    db = sample_library
    x = add_tag(db, [A1], "x").tag
    change = set_tag_color(db, x, "#1A7F37")
    assert change.change.articles == {A1}
    assert [t.color for t in list_tags(db)] == ["#1a7f37"]
    set_tag_color(db, x, None)
    assert [t.color for t in list_tags(db)] == [None]
    ensure_tag(db, "red", "#FF0000")
    assert [(t.name, t.color) for t in list_tags(db)] == [("red", "#ff0000"), ("x", None)]


@pytest.mark.parametrize("name", ["", "   ", "/", "a/", "/a", "a//b", "a/ /b"])
def test_bad_names_raise_tag_error(sample_library: Database, name: str):
    with pytest.raises(TagError):
        clean_tag_name(name)
    with pytest.raises(TagError):
        add_tag(sample_library, [A1], name)
    tag = add_tag(sample_library, [A1], "fine").tag
    with pytest.raises(TagError):
        rename_tag(sample_library, tag, name)
    assert names(sample_library) == [("fine", 1)]


@pytest.mark.parametrize("color", ["red", "#12345", "#1234567", "#gggggg", "1a7f37", "#1a7f3 "])
def test_bad_colours_raise_tag_error_and_change_nothing(sample_library: Database, color: str):
    tag = add_tag(sample_library, [A1], "x").tag
    set_tag_color(sample_library, tag, "#000000")
    with pytest.raises(TagError):
        set_tag_color(sample_library, tag, color)
    with pytest.raises(TagError):
        ensure_tag(sample_library, "y", color)
    assert [(t.name, t.color) for t in list_tags(sample_library)] == [("x", "#000000")]


def test_renaming_a_deleted_tag_raises_tag_error(sample_library: Database):
    with pytest.raises(TagError):
        rename_tag(sample_library, TagId(999), "anything")


def test_cyrillic_tag_names_are_kept(sample_library: Database):
    add_tag(sample_library, [A1], "Саясат/Сайлау")
    assert names(sample_library) == [("Саясат/Сайлау", 1)]


def test_rename_onto_its_own_child_merges_into_that_child(sample_library: Database):
    db = sample_library
    p = add_tag(db, [A1], "p").tag
    add_tag(db, [A2], "p/q")
    add_tag(db, [A3], "p/r")
    rename_tag(db, p, "p/q")
    assert names(db) == [("p/q", 2), ("p/q/r", 1)]
    assert consistency_problems(db) == []


def test_cyrillic_tag_names_that_differ_only_in_case_are_one_tag(sample_library: Database):
    upper = add_tag(sample_library, [A1], "Саясат").tag
    lower = add_tag(sample_library, [A2], "саясат").tag
    assert upper == lower
