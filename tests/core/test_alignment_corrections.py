"""Corrections of a pair's alignment: stored as text, applied on new alignments, set aside when their words are gone."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.alignment import parallel_rows
from desktop.core.alignment_corrections import (
    CorrectionError,
    add_correction,
    clear_corrections,
    corrections,
    delete_correction,
    pair_alignment,
    restore_correction,
    restore_corrections,
)
from desktop.core.alignment_cuts import cuts_of, merge_edit, move_edit, split_edit
from desktop.core.drift import Side
from desktop.core.pair_drift import newest_text
from tests.core.corpus_library import import_corpus, import_new_version


@pytest.fixture
def corpus(library: Database, tmp_path: Path):
    return import_corpus(library, tmp_path)


def texts(rows):
    return [(" ".join(r.left), " ".join(r.right)) for r in rows]


def en_ru(library, corpus):
    en, ru = corpus[("01", "en")], corpus[("01", "ru")]
    return en, ru, newest_text(library, en), newest_text(library, ru)


def move_samruk_up(library, corpus):
    """The Russian Samruk-Kazyna sentence re-paired with the row above (a deliberate, visible correction)."""
    en, ru, left, right = en_ru(library, corpus)
    edit = move_edit(left, right, cuts_of(parallel_rows(left, right)), 2, Side.RIGHT, up=True)
    return add_correction(library, en, ru, left, right, edit)


def test_a_correction_is_applied_and_its_rows_are_marked(library, corpus):
    en, ru, left, right = en_ru(library, corpus)
    before = pair_alignment(library, en, ru, left, right)
    assert before.corrected == frozenset() and before.rows == tuple(parallel_rows(left, right))
    made = move_samruk_up(library, corpus)
    assert made.change.alignments == {en, ru}
    after = pair_alignment(library, en, ru, left, right)
    assert texts(after.rows)[1][1].endswith("совместной инвестиционной платформы.")
    assert texts(after.rows)[2][1] == ""
    assert after.corrected == {1, 2} and after.note == ""
    [stored] = corrections(library, en, ru)
    assert stored.kind == "move" and stored.id == made.correction


def test_the_pair_reads_the_same_either_way_round(library, corpus):
    en, ru, left, right = en_ru(library, corpus)
    move_samruk_up(library, corpus)
    forward = pair_alignment(library, en, ru, left, right)
    backward = pair_alignment(library, ru, en, right, left)
    assert [(b, a) for a, b in texts(backward.rows)] == texts(forward.rows)
    assert backward.corrected == forward.corrected


def test_undo_leaves_a_tombstone_and_redo_brings_back_the_same_row(library, corpus):
    en, ru, left, right = en_ru(library, corpus)
    made = move_samruk_up(library, corpus)
    uuid = corrections(library, en, ru)[0].uuid
    delete_correction(library, made.correction)
    assert corrections(library, en, ru) == []
    assert pair_alignment(library, en, ru, left, right).rows == tuple(parallel_rows(left, right))
    assert library.execute("SELECT count(*) FROM alignment_corrections WHERE deleted_at IS NOT NULL").fetchone()[0] == 1
    restore_correction(library, made.correction)
    assert [(c.id, c.uuid) for c in corrections(library, en, ru)] == [(made.correction, uuid)]


def test_corrections_apply_in_the_order_they_were_made_and_reset_together(library, corpus):
    en, ru, left, right = en_ru(library, corpus)
    move_samruk_up(library, corpus)
    first = pair_alignment(library, en, ru, left, right)
    add_correction(library, en, ru, left, right, merge_edit(first.cuts, 0))
    second = pair_alignment(library, en, ru, left, right)
    assert len(second.rows) == len(first.rows) - 1 and 0 in second.corrected
    cleared = clear_corrections(library, en, ru)
    assert len(cleared.corrections) == 2 and corrections(library, en, ru) == []
    restore_corrections(library, cleared.corrections)
    assert texts(pair_alignment(library, en, ru, left, right).rows) == texts(second.rows)


def test_a_split_survives_a_new_version_with_a_paragraph_added_and_words_changed(library, corpus, tmp_path):
    en, ru, left, right = en_ru(library, corpus)
    rows = parallel_rows(left, right)
    add_correction(library, en, ru, left, right, split_edit(left, right, cuts_of(rows), 0, Side.LEFT))
    split = texts(pair_alignment(library, en, ru, left, right).rows)
    assert split[0][0].endswith("on 4 February 2026.") and split[1][0].startswith("The agreements cover")
    # The Russian edition is republished with an opening paragraph and an edit in its first sentence.
    edited = "Форум прошел в рамках официального визита.\n" + right.replace(
        "подписано 32 коммерческих", "подписаны 32 коммерческих"
    )
    import_new_version(library, tmp_path, "01", "ru", edited)
    new_right = newest_text(library, ru)
    assert new_right == edited
    again = pair_alignment(library, en, ru, left, new_right)
    assert again.note == "" and len(again.applied) == 1
    k = next(k for k, r in enumerate(texts(again.rows)) if r[0].startswith("The agreements cover"))
    assert texts(again.rows)[k][1].startswith("Соглашения охватывают")
    assert {k - 1, k} <= again.corrected


def test_a_correction_whose_words_are_gone_is_set_aside_with_a_note_and_kept(library, corpus, tmp_path):
    en, ru, left, right = en_ru(library, corpus)
    move_samruk_up(library, corpus)
    rewritten = right.replace(
        "АО «Самрук-Казына» и группа компаний Fauji договорились о создании совместной инвестиционной платформы.",
        "Фонд и группа Fauji создадут общую платформу для вложений.",
    )
    import_new_version(library, tmp_path, "01", "ru", rewritten)
    result = pair_alignment(library, en, ru, left, newest_text(library, ru))
    assert result.applied == () and len(result.set_aside) == 1
    assert result.note.startswith("1 correction made by hand no longer fits these texts")
    assert result.rows == tuple(parallel_rows(left, newest_text(library, ru)))
    assert len(corrections(library, en, ru)) == 1  # stored still: the first version still shows it
    assert pair_alignment(library, en, ru, left, right).note == ""


def test_an_article_cannot_be_corrected_against_itself_or_one_gone(library, corpus):
    en, _ru, left, right = en_ru(library, corpus)
    edit = merge_edit(cuts_of(parallel_rows(left, right)), 0)
    with pytest.raises(ValueError, match="itself"):
        add_correction(library, en, en, left, left, edit)
    with pytest.raises(CorrectionError, match="no longer in the library"):
        add_correction(library, en, 9999, left, right, edit)
