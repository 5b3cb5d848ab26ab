"""Every user-made row has a stable identity: a UUID, a `modified` time, and a tombstone when deleted.

These are what undo, exchange formats and sync between devices rest on: an undo brings back the
same row, a delete is remembered rather than forgotten, and two devices that make the same tag
or link make the same row.
"""

from __future__ import annotations

import io
import json
import uuid
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.annotations import create_highlight, create_note
from desktop.core.article_query import ArticleFilter, article_ids, article_rows
from desktop.core.articles import get_article, set_starred
from desktop.core.exports.article_json import export_json
from desktop.core.identity import article_uuids, tag_link_uuid
from desktop.core.ids import ArticleId
from desktop.core.importer import import_paths
from desktop.core.schema import MIGRATIONS
from desktop.core.search_query import parse_query
from desktop.core.stats import library_stats
from desktop.core.store import open_library
from desktop.core.tags import (
    add_tag,
    delete_tag,
    list_tags,
    merge_tags,
    remove_tag,
    rename_tag,
    restore_tags,
    set_tag_color,
    snapshot_tags,
    tagged_articles,
)
from desktop.core.translations import link_translations
from tests.core.helpers import consistency_problems
from tests.core.test_annotations import QUOTED, murat

A1, A2, A3, A4 = (ArticleId(i) for i in (1, 2, 3, 4))


def _is_uuid(text: str) -> bool:
    try:
        return str(uuid.UUID(text)) == text
    except (TypeError, ValueError):
        return False


def test_an_older_library_gets_identities_for_its_user_rows_when_opened(tmp_path: Path, samples_dir: Path):
    path = tmp_path / "old.sqlite"
    db = Database(path)
    MIGRATIONS.apply(db, stop_before="0008_sync_identity")
    import_paths(db, [samples_dir])
    db.execute("INSERT INTO tags (name, color, created_at) VALUES ('economy', NULL, '2026-01-01T00:00:00+00:00')")
    db.execute("INSERT INTO article_tags (article_id, tag_id, created_at) VALUES (1, 1, NULL), (2, 1, NULL)")
    db.execute(
        "INSERT INTO annotations (article_id, note, created_at, updated_at) VALUES (1, 'an old note', '2026-01-02T00:00:00+00:00',"
        " '2026-01-03T00:00:00+00:00')"
    )
    db.execute("INSERT INTO translation_links (article_id, other_id, linked, created_at) VALUES (1, 2, 1, NULL)")
    db.conn.commit()
    db.close()

    upgraded = open_library(path)
    assert list(tmp_path.glob("old.before-0008_sync_identity-*.sqlite"))  # backed up first
    [(note_uuid, modified, deleted)] = upgraded.execute("SELECT uuid, modified, deleted_at FROM annotations").fetchall()
    assert _is_uuid(note_uuid) and modified == "2026-01-03T00:00:00+00:00" and deleted is None
    assert all(_is_uuid(r[0]) for r in upgraded.execute("SELECT uuid FROM tags UNION ALL SELECT uuid FROM article_tags"))
    assert all(_is_uuid(r[0]) for r in upgraded.execute("SELECT uuid FROM translation_links UNION ALL SELECT uuid FROM highlight_colors"))
    assert [(t.name, t.article_count) for t in list_tags(upgraded)] == [("economy", 2)]
    assert consistency_problems(upgraded) == []
    upgraded.close()


def test_two_libraries_that_make_the_same_tag_and_link_make_the_same_rows(tmp_path: Path, samples_dir: Path):
    """Imported in the other order, the same article has another id, but the same identity."""
    first, second = open_library(tmp_path / "a.sqlite"), open_library(tmp_path / "b.sqlite")
    dumps = sorted(samples_dir.glob("*.txt"))
    import_paths(first, dumps)
    import_paths(second, dumps[::-1])
    title = "Shymkent poets analyze the new Constitution in verse"
    ids = [ArticleId(db.execute("SELECT id FROM articles WHERE title = ?", [title]).fetchone()[0]) for db in (first, second)]
    assert ids[0] != ids[1]
    rows = []
    for db, article in zip((first, second), ids, strict=True):
        add_tag(db, [article], "Culture/Poetry")
        rows.append(db.execute("SELECT t.uuid, at.uuid FROM article_tags at JOIN tags t ON t.id = at.tag_id").fetchone())
    assert rows[0] == rows[1]
    tag, link = rows[0]
    assert link == tag_link_uuid(article_uuids(first, [ids[0]])[ids[0]], tag)
    first.close()
    second.close()


def test_a_deleted_tag_is_a_tombstone_that_no_query_sees(sample_library: Database):
    db = sample_library
    tag = add_tag(db, [A1, A2], "economy").tag
    add_tag(db, [A3], "economy/trade")
    delete_tag(db, tag)
    assert [t.name for t in list_tags(db)] == ["economy/trade"]
    assert db.execute("SELECT count(*) FROM tags WHERE deleted_at IS NOT NULL").fetchone()[0] == 1
    assert db.execute("SELECT count(*) FROM article_tags WHERE deleted_at IS NOT NULL").fetchone()[0] == 2
    assert sorted(article_ids(db, ArticleFilter(query=parse_query("tag:economy")))) == [A3]  # only the live child
    assert article_rows(db, [A1])[A1].tags == ()
    detail = get_article(db, A1)
    assert detail is not None and detail.tags == ()
    out = io.StringIO()
    export_json(db, out, [A1])
    assert json.loads(out.getvalue())["articles"][0]["tags"] == []
    assert library_stats(db)["tags"] == 1
    assert consistency_problems(db) == []


def test_a_tag_made_again_after_its_delete_is_the_same_tag(sample_library: Database):
    db = sample_library
    first = add_tag(db, [A1], "economy")
    delete_tag(db, first.tag)
    again = add_tag(db, [A2], "Economy")
    assert again.tag == first.tag
    assert tagged_articles(db, again.tag) == {A2}  # the old links stay deleted


@pytest.mark.parametrize(
    "edit",
    [
        pytest.param(lambda db, t: add_tag(db, [A3, A4], "economy"), id="add"),
        pytest.param(lambda db, t: add_tag(db, [A3], "brand new"), id="add a new tag"),
        pytest.param(lambda db, t: remove_tag(db, [A1], t["economy"]), id="remove"),
        pytest.param(lambda db, t: rename_tag(db, t["economy"], "finance"), id="rename with children"),
        pytest.param(lambda db, t: rename_tag(db, t["economy"], "politics"), id="rename onto another (merge)"),
        pytest.param(lambda db, t: merge_tags(db, [t["economy"], t["economy/trade"]], t["politics"]), id="merge"),
        pytest.param(lambda db, t: delete_tag(db, t["economy"]), id="delete"),
        pytest.param(lambda db, t: set_tag_color(db, t["economy"], "#0969da"), id="colour"),
    ],
)
def test_undo_puts_back_exactly_what_a_tag_edit_changed_and_redo_does_it_again(sample_library: Database, edit):
    db = sample_library
    tags = {name: add_tag(db, articles, name).tag for name, articles in (("economy", [A1, A2]), ("economy/trade", [A2]), ("politics", [A4]))}

    def state() -> tuple[object, ...]:
        return (
            sorted((t.name, t.color, t.article_count) for t in list_tags(db)),
            sorted(db.execute("SELECT article_id, tag_id FROM article_tags WHERE deleted_at IS NULL").fetchall()),
            sorted(db.execute("SELECT uuid FROM tags WHERE deleted_at IS NULL").fetchall()),
        )

    before = state()
    done = edit(db, tags)
    after = state()
    assert after != before
    undone = restore_tags(db, done.before)
    assert state() == before
    restore_tags(db, undone.before)
    assert state() == after
    assert consistency_problems(db) == []


def test_undoing_a_tagging_leaves_the_tags_other_links_alone(sample_library: Database):
    db = sample_library
    tag = add_tag(db, [A1], "economy").tag
    edit = add_tag(db, [A2, A3], "economy")
    add_tag(db, [A4], "economy")  # made after, not part of the edit being undone
    restore_tags(db, edit.before)
    assert tagged_articles(db, tag) == {A1, A4}
    assert snapshot_tags(db, [tag]).links == {(A1, tag), (A4, tag)}


def test_flags_and_links_record_when_they_changed(sample_library: Database):
    db = sample_library
    assert db.execute("SELECT starred_modified FROM articles WHERE id = 1").fetchone()[0] is None
    set_starred(db, [A1], True)
    assert db.execute("SELECT starred_modified FROM articles WHERE id = 1").fetchone()[0] is not None
    link_translations(db, A1, A3)
    uuid_, modified = db.execute("SELECT uuid, modified FROM translation_links").fetchone()
    assert _is_uuid(uuid_) and modified is not None


def test_exports_carry_the_uuids(sample_library: Database):
    article, [(news, text), _] = murat(sample_library)
    start = text.index(QUOTED)
    made = create_highlight(sample_library, article, news, start, start + len(QUOTED), 2).annotation
    create_note(sample_library, article, "a note")
    out = io.StringIO()
    export_json(sample_library, out, [article])
    entry = json.loads(out.getvalue())["articles"][0]
    assert entry["uuid"] == article_uuids(sample_library, [article])[article]
    assert entry["annotations"][0]["uuid"] == made.uuid and _is_uuid(entry["annotations"][1]["uuid"])
