"""The codebook: a tree of codes with counts; every edit undoable, restoring the very same rows."""

from __future__ import annotations

from dataclasses import replace

import pytest

from desktop.core.coding import codebook, codings, snapshots
from desktop.core.coding.snapshots import CodingError
from tests.core.coding.conftest import PASSAGE, Coded, span
from tests.core.helpers import consistency_problems


def _tree(db):
    return [(n.path, n.depth, n.count.passages, n.count.articles) for n in codebook.code_tree(db)]


def test_the_tree_lists_codes_depth_first_with_their_counts(coded: Coded):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict, coded.actors], "Aigerim")
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Daniyar")
    codings.code_articles(db, [coded.murat], [coded.consensus], "Aigerim")
    assert _tree(db) == [
        ("Frames", 0, 0, 0),
        ("Frames/Conflict", 1, 2, 1),
        ("Frames/Consensus", 1, 1, 1),
        ("Actors", 0, 1, 1),
    ]
    assert codebook.code_counts(db, "Daniyar") == {coded.conflict: codebook.CodeCount(1, 1)}
    assert codebook.find_codes(db, "conflict") == [coded.conflict]
    assert codebook.find_codes(db, "Frames/Consensus") == [coded.consensus]
    assert consistency_problems(db) == []


def test_names_are_unique_among_siblings_only(coded: Coded):
    db = coded.db
    with pytest.raises(CodingError, match="already a code named"):
        codebook.create_code(db, "conflict", coded.frames)
    other = codebook.create_code(db, "Conflict", coded.actors).code  # another branch may reuse the name
    assert other is not None
    with pytest.raises(CodingError, match="merge the two"):
        codebook.rename_code(db, coded.consensus, "CONFLICT")
    with pytest.raises(CodingError, match="needs a name"):
        codebook.create_code(db, "   ")
    with pytest.raises(CodingError, match="not a colour"):
        codebook.update_code(db, coded.actors, color="red")


def test_rename_move_and_recolour_are_undone_exactly(coded: Coded):
    db = coded.db
    original = _tree(db)
    before = {c.id: c for c in codebook.list_codes(db)}
    edits = [
        codebook.rename_code(db, coded.conflict, "Confrontation"),
        codebook.move_code(db, coded.actors, coded.frames, 0),
        codebook.update_code(db, coded.consensus, color="#00aa00", description="Agreement", memo="check 2019"),
    ]
    assert [n.path for n in codebook.code_tree(db)] == ["Frames", "Frames/Actors", "Frames/Confrontation", "Frames/Consensus"]
    consensus = codebook.get_code(db, coded.consensus)
    assert (consensus.color, consensus.description, consensus.memo) == ("#00aa00", "Agreement", "check 2019")
    redo = [snapshots.restore(db, e.before).before for e in reversed(edits)]
    assert _tree(db) == original
    after = {c.id: c for c in codebook.list_codes(db)}
    assert {i: (c.uuid, c.name, c.parent_id, c.color, c.description) for i, c in after.items()} == {
        i: (c.uuid, c.name, c.parent_id, c.color, c.description) for i, c in before.items()
    }
    for snap in reversed(redo):
        snapshots.restore(db, snap)
    assert [n.path for n in codebook.code_tree(db)][1] == "Frames/Actors"


def test_a_code_cannot_move_below_itself(coded: Coded):
    with pytest.raises(CodingError, match="into itself"):
        codebook.move_code(coded.db, coded.frames, coded.conflict)


def test_deleting_a_code_takes_its_branch_and_codings_and_undo_brings_back_the_same_rows(coded: Coded):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    made = codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Aigerim")
    [coding] = codings.article_codings(db, coded.murat)
    edit = codebook.delete_code(db, coded.frames)
    assert [n.path for n in codebook.code_tree(db)] == ["Actors"]
    assert codings.article_codings(db, coded.murat) == []
    # The passage carried only that code: it is gone from the article's annotations too.
    assert db.execute("SELECT annotation_count FROM articles WHERE id = ?", [coded.murat]).fetchone()[0] == 0
    assert edit.change.codes and coded.murat in edit.change.annotations
    snapshots.restore(db, edit.before)
    assert codings.article_codings(db, coded.murat) == [coding]
    assert [n.path for n in codebook.code_tree(db)] == ["Frames", "Frames/Conflict", "Frames/Consensus", "Actors"]
    assert db.execute("SELECT annotation_count FROM articles WHERE id = ?", [coded.murat]).fetchone()[0] == 1
    assert made.code == coded.conflict
    assert consistency_problems(db) == []


def test_merging_moves_codings_and_sub_codes_and_undo_splits_them_again(coded: Coded):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict, coded.consensus], "Aigerim")
    codings.code_articles(db, [coded.murat], [coded.consensus], "Daniyar")
    sub = codebook.create_code(db, "Protest", coded.conflict).code
    # What undo must give back: the same rows (an undo is itself an edit, so `modified` moves on).
    original = {g.uuid: replace(g, modified="") for g in codings.article_codings(db, coded.murat)}
    edit = codebook.merge_codes(db, [coded.conflict], coded.consensus)
    assert [n.path for n in codebook.code_tree(db)] == ["Frames", "Frames/Consensus", "Frames/Consensus/Protest", "Actors"]
    merged = codings.article_codings(db, coded.murat)
    # The passage coded with both keeps one coding of the target; the whole article keeps its own.
    assert sorted((g.code_id, g.coder) for g in merged) == [(coded.consensus, "Aigerim"), (coded.consensus, "Daniyar")]
    assert sub is not None
    snapshots.restore(db, edit.before)
    assert {g.uuid: replace(g, modified="") for g in codings.article_codings(db, coded.murat)} == original
    assert [n.path for n in codebook.code_tree(db)][1:3] == ["Frames/Conflict", "Frames/Conflict/Protest"]


def test_merging_into_a_code_below_is_refused(coded: Coded):
    with pytest.raises(CodingError, match="below it"):
        codebook.merge_codes(coded.db, [coded.frames], coded.conflict)


def test_undoing_a_new_code_leaves_a_tombstone_and_redo_revives_it(coded: Coded):
    db = coded.db
    edit = codebook.create_code(db, "Economy")
    uuid = codebook.get_code(db, edit.code).uuid
    redo = snapshots.restore(db, edit.before).before
    assert "Economy" not in [c.name for c in codebook.list_codes(db)]
    assert db.execute("SELECT deleted_at IS NOT NULL FROM codes WHERE uuid = ?", [uuid]).fetchone()[0] == 1
    codebook.create_code(db, "Economy")  # the name is free again while the first is a tombstone
    with pytest.raises(CodingError, match="exists there now"):
        snapshots.restore(db, redo)
