"""Codings: coded passages are annotations, anchored on every version, kept through imports, undoable."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.core.anchoring import AnchorStatus
from desktop.core.annotations import article_annotations, create_highlight, delete_annotation, get_annotation, restore_annotation
from desktop.core.coding import codings, snapshots
from desktop.core.coding.snapshots import CodingError
from desktop.core.importer import import_paths
from tests.core.coding.conftest import MURAT_TITLE, PASSAGE, Coded, span
from tests.core.helpers import consistency_problems
from tests.dump_factory import dump_text, write_dump


def test_a_coded_passage_is_an_annotation_anchored_on_every_version(coded: Coded):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    edit = codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Aigerim")
    [passage] = article_annotations(db, coded.murat)
    assert passage.quote == PASSAGE and passage.color_id is None
    # The Society version strips the quotes: the passage is placed there approximately.
    assert [a.status for a in passage.anchors] == [AnchorStatus.EXACT, AnchorStatus.FUZZY]
    [coding] = codings.article_codings(db, coded.murat)
    assert (coding.annotation_id, coding.code_id, coding.coder) == (passage.id, coded.conflict, "Aigerim")
    assert edit.change.codes and edit.change.annotations == {coded.murat}


def test_coding_the_same_passage_again_adds_to_it_and_a_highlight_carries_codes(coded: Coded):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    highlight = create_highlight(db, coded.murat, coded.versions[0], start, end, 2).annotation
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Aigerim")
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict, coded.actors], "Aigerim")
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Daniyar")
    assert [a.id for a in article_annotations(db, coded.murat)] == [highlight.id]
    assert sorted((g.code_id, g.coder) for g in codings.annotation_codings(db, highlight.id)) == sorted(
        [(coded.conflict, "Aigerim"), (coded.actors, "Aigerim"), (coded.conflict, "Daniyar")]
    )
    assert codings.coders(db) == ["Aigerim", "Daniyar"]
    # Removing the codes from a highlight keeps the highlight.
    codings.uncode(db, [g.id for g in codings.annotation_codings(db, highlight.id)])
    assert [a.id for a in article_annotations(db, coded.murat)] == [highlight.id]


def test_removing_the_last_code_of_a_passage_removes_it_and_undo_brings_both_back(coded: Coded):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Aigerim")
    [passage] = article_annotations(db, coded.murat)
    [coding] = codings.article_codings(db, coded.murat)
    edit = codings.uncode(db, [coding.id])
    assert article_annotations(db, coded.murat) == [] and codings.article_codings(db, coded.murat) == []
    snapshots.restore(db, edit.before)
    assert [a.uuid for a in article_annotations(db, coded.murat)] == [passage.uuid]
    assert codings.article_codings(db, coded.murat) == [coding]
    assert consistency_problems(db) == []


def test_undoing_a_coding_removes_the_passage_it_made_and_redo_brings_the_same_rows(coded: Coded):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    edit = codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Aigerim")
    [passage] = article_annotations(db, coded.murat)
    [coding] = codings.article_codings(db, coded.murat)
    redo = snapshots.restore(db, edit.before).before
    assert article_annotations(db, coded.murat) == []
    assert db.execute("SELECT annotation_count FROM articles WHERE id = ?", [coded.murat]).fetchone()[0] == 0
    snapshots.restore(db, redo)
    assert [a.uuid for a in article_annotations(db, coded.murat)] == [passage.uuid]
    assert codings.article_codings(db, coded.murat) == [coding]


def test_a_whole_article_is_coded_on_one_shared_holder(coded: Coded):
    db = coded.db
    other = coded.murat + 1
    codings.code_articles(db, [coded.murat, other], [coded.actors], "Aigerim")
    codings.code_articles(db, [coded.murat], [coded.consensus], "Daniyar")
    holders = [a for a in article_annotations(db, coded.murat) if a.quote is None]
    assert len(holders) == 1 and holders[0].note == ""
    assert sorted(g.code_id for g in codings.annotation_codings(db, holders[0].id)) == sorted([coded.actors, coded.consensus])
    assert len(codings.article_codings(db, other)) == 1
    with pytest.raises(CodingError, match="Choose a code"):
        codings.code_articles(db, [coded.murat], [], "Aigerim")
    with pytest.raises(CodingError, match="coder needs a name"):
        codings.code_articles(db, [coded.murat], [coded.actors], "  ")


def test_a_deleted_highlight_hides_its_codings_until_it_is_restored(coded: Coded):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    highlight = create_highlight(db, coded.murat, coded.versions[0], start, end, 1).annotation
    codings.code_annotation(db, highlight.id, [coded.conflict], "Aigerim")
    delete_annotation(db, highlight.id)
    assert codings.article_codings(db, coded.murat) == []
    restore_annotation(db, highlight.id)
    assert len(codings.article_codings(db, coded.murat)) == 1


def test_codings_survive_a_reimport_and_are_placed_on_a_new_version(coded: Coded, tmp_path: Path):
    db = coded.db
    start, end = span(coded.text, PASSAGE)
    codings.code_passage(db, coded.murat, coded.versions[0], start, end, [coded.conflict], "Aigerim")
    [before] = article_annotations(db, coded.murat)
    edited = coded.text.replace("carefully studied", "thoroughly studied")
    write_dump(
        tmp_path / "later.txt", dump_text("Enbekshi QazaQ", {"News": [[f"{MURAT_TITLE} 04.02.2026", *edited.split("\n")]]})
    )
    import_paths(db, [tmp_path / "later.txt"])
    import_paths(db, [tmp_path / "later.txt"])  # importing the same file again changes nothing
    [after] = article_annotations(db, coded.murat)
    assert after.anchors[:2] == before.anchors and len(after.anchors) == 3
    assert after.anchors[2].status is AnchorStatus.FUZZY
    assert len(codings.article_codings(db, coded.murat)) == 1
    assert get_annotation(db, after.id) is not None
