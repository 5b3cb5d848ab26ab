"""Annotations in the library: made on one version, anchored on all, kept through imports."""

from __future__ import annotations

from pathlib import Path

from desktop.core.anchoring import AnchorStatus
from desktop.core.annotations import (
    article_annotations,
    browse_annotations,
    create_highlight,
    create_note,
    delete_annotation,
    in_text_order,
    list_colors,
    recolor,
    rename_color,
    restore_annotation,
    update_note,
)
from desktop.core.importer import import_paths
from desktop.core.store import read_counters
from tests.core.helpers import consistency_problems
from tests.dump_factory import dump_text, write_dump

MURAT = "MURAT ABENOV ON THE NEW CONSTITUTION: THE BALANCE OF SOVEREIGNTY AND INTERNATIONAL LAW HAS BEEN PRESERVED"
QUOTED = '"We, together with our colleagues, have carefully studied the draft norms.'


def murat(db):
    article = db.execute("SELECT id FROM articles WHERE title = ?", [MURAT]).fetchone()[0]
    versions = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [article]).fetchall()
    return article, versions


def test_a_quoted_passage_on_the_news_version_anchors_fuzzily_on_the_quote_stripped_society_version(sample_library):
    article, [(news, news_text), (society, society_text)] = murat(sample_library)
    start = news_text.index(QUOTED)
    made = create_highlight(sample_library, article, news, start, start + len(QUOTED), 2, "the deputy's claim").annotation
    assert made.anchor_on(news).status is AnchorStatus.EXACT
    on_society = made.anchor_on(society)
    assert on_society.status is AnchorStatus.FUZZY
    assert society_text[on_society.start : on_society.end] == QUOTED.lstrip('"')
    assert (made.prefix, made.suffix) == (news_text[start - 32 : start], news_text[start + len(QUOTED) : start + len(QUOTED) + 32])


def test_a_passage_removed_by_a_later_edit_is_an_orphan_and_is_kept(sample_library, tmp_path: Path):
    article, [(news, news_text), _] = murat(sample_library)
    start = news_text.index(QUOTED)
    made = create_highlight(sample_library, article, news, start, start + len(QUOTED), 1).annotation
    edited_body = news_text.replace(QUOTED, "The deputy declined to comment on the draft.")
    write_dump(tmp_path / "later.txt", dump_text("Enbekshi QazaQ", {"News": [[f"{MURAT} 04.02.2026", edited_body]]}))
    import_paths(sample_library, [tmp_path / "later.txt"])
    [after] = article_annotations(sample_library, article)
    assert len(after.anchors) == 3
    newest = after.anchors[-1]
    assert newest.status is AnchorStatus.ORPHAN and newest.start is None
    # Importing never moved or dropped the anchors that were there before.
    assert after.anchors[:2] == made.anchors
    assert after.quote == QUOTED


def test_delete_and_restore_give_back_the_same_annotation(sample_library):
    article, [(news, news_text), _] = murat(sample_library)
    start = news_text.index(QUOTED)
    made = create_highlight(sample_library, article, news, start, start + len(QUOTED), 3, "note").annotation
    assert read_counters(sample_library)["annotated"] == 1
    change = delete_annotation(sample_library, made.id)
    assert change.annotations == {article} and change.touched_annotations == {made.id}
    assert article_annotations(sample_library, article) == []
    assert read_counters(sample_library)["annotated"] == 0
    assert browse_annotations(sample_library, text="colleagues") == []  # nor does search see the tombstone
    restore_annotation(sample_library, made.id)
    [back] = article_annotations(sample_library, article)
    assert (back.id, back.uuid, back.quote, back.note, back.anchors) == (made.id, made.uuid, made.quote, made.note, made.anchors)
    assert read_counters(sample_library)["annotated"] == 1
    assert consistency_problems(sample_library) == []


def test_notes_colours_and_text_order(sample_library):
    article, [(news, text), (society, _)] = murat(sample_library)
    late = text.index("Kazakhstan remains committed")
    early = text.index("Murat Abenov, a deputy")
    second = create_highlight(sample_library, article, news, late, late + 30, 1).annotation
    first = create_highlight(sample_library, article, news, early, early + 20, 2).annotation
    note = create_note(sample_library, article, "Check the Russian edition.").annotation
    update_note(sample_library, first.id, "who is speaking")
    recolor(sample_library, second.id, 5)
    ordered = in_text_order(article_annotations(sample_library, article), society)
    assert [a.id for a in ordered] == [first.id, second.id, note.id]
    assert ordered[0].note == "who is speaking" and ordered[1].color_id == 5
    rename_color(sample_library, 5, "evidence base")
    assert list_colors(sample_library)[4].name == "evidence base"


def test_browse_filters_combine(sample_library):
    from desktop.core.tags import add_tag

    article, [(news, text), _] = murat(sample_library)
    start = text.index(QUOTED)
    create_highlight(sample_library, article, news, start, start + len(QUOTED), 2, "sovereignty matters")
    create_note(sample_library, 1, "an unrelated note about buses")
    add_tag(sample_library, [article], "law/international")
    assert len(browse_annotations(sample_library)) == 2
    assert [h.article_title for h in browse_annotations(sample_library, text="sovereignty")] == [MURAT]
    assert [h.article_title for h in browse_annotations(sample_library, text="colleagues", colors=[2], tag="law")] == [MURAT]
    assert browse_annotations(sample_library, text="colleagues", colors=[1]) == []
    assert browse_annotations(sample_library, text="buses", tag="law") == []


def test_a_deleted_annotation_is_a_tombstone_that_keeps_its_uuid_through_undo_and_new_annotations(sample_library):
    article, [(news, text), _] = murat(sample_library)
    start = text.index(QUOTED)
    made = create_highlight(sample_library, article, news, start, start + len(QUOTED), 3, "mine").annotation
    delete_annotation(sample_library, made.id)
    stone = sample_library.execute("SELECT uuid, deleted_at FROM annotations WHERE id = ?", [made.id]).fetchone()
    assert stone[0] == made.uuid and stone[1] is not None
    newer = create_note(sample_library, article, "written after the delete").annotation
    assert newer.id != made.id and newer.uuid != made.uuid  # a tombstone's id is never handed out again
    restore_annotation(sample_library, made.id)
    notes = {a.uuid: a.note for a in article_annotations(sample_library, article)}
    assert notes == {newer.uuid: "written after the delete", made.uuid: "mine"}


def test_a_version_imported_while_a_highlight_was_deleted_gets_its_anchor_on_restore(sample_library, tmp_path: Path):
    article, [(news, news_text), _] = murat(sample_library)
    start = news_text.index(QUOTED)
    made = create_highlight(sample_library, article, news, start, start + len(QUOTED), 1).annotation
    delete_annotation(sample_library, made.id)
    write_dump(tmp_path / "later.txt", dump_text("Enbekshi QazaQ", {"News": [[f"{MURAT} 04.02.2026", "Intro. " + news_text]]}))
    import_paths(sample_library, [tmp_path / "later.txt"])
    restore_annotation(sample_library, made.id)
    [back] = article_annotations(sample_library, article)
    assert len(back.anchors) == 3 and back.anchors[-1].status is AnchorStatus.EXACT
