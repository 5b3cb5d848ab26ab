"""Highlights carried across languages: projected onto the sentence that translates them, confirmed into real ones."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.alignment import parallel_rows
from desktop.core.alignment_corrections import add_correction
from desktop.core.alignment_cuts import cuts_of, move_edit
from desktop.core.anchoring import AnchorStatus
from desktop.core.annotations import AnnotationError, article_annotations, create_highlight, delete_annotation
from desktop.core.coding import codebook
from desktop.core.coding.codings import article_codings, code_passage
from desktop.core.drift import Side
from desktop.core.pair_drift import newest_text
from desktop.core.projection import confirm_projection, project_annotations
from desktop.core.translations import link_translations
from tests.core.corpus_library import import_corpus


@pytest.fixture
def linked(library: Database, tmp_path: Path):
    corpus = import_corpus(library, tmp_path)
    en, ru, kk = corpus[("01", "en")], corpus[("01", "ru")], corpus[("01", "kk")]
    link_translations(library, en, ru)
    link_translations(library, en, kk)
    return en, ru, kk


def version_of(db, article):
    return db.execute("SELECT max(id) FROM versions WHERE article_id = ?", [article]).fetchone()[0]


def highlight(db, article, words, color=2):
    text = newest_text(db, article)
    start = text.index(words)
    return create_highlight(db, article, version_of(db, article), start, start + len(words), color).annotation


def projected_texts(db, article):
    text = newest_text(db, article)
    return [(p.source_label, text[p.start : p.end]) for p in project_annotations(db, article, version_of(db, article))]


def test_a_highlight_is_projected_onto_the_sentence_that_translates_it(library, linked):
    en, ru, kk = linked
    made = highlight(library, en, "valued at $108 million")
    [(label, text)] = projected_texts(library, ru)
    assert label == "EN"
    assert text.startswith("Крупнейшим промышленным соглашением") and text.endswith("стоимостью 108 млн долларов.")
    [projection] = project_annotations(library, ru, version_of(library, ru))
    assert (projection.source, projection.source_uuid, projection.color_id) == (made.id, made.uuid, 2)
    assert projection.status is AnchorStatus.PROJECTED
    assert "108" in projected_texts(library, kk)[0][1]
    assert projected_texts(library, en) == []  # nothing is projected onto the edition it was made on


def test_a_highlight_on_a_sentence_the_other_edition_lacks_projects_nowhere(library, linked):
    en, ru, _kk = linked
    ru_text = newest_text(library, ru)
    start = ru_text.index("Напомним, Президент Казахстана")
    create_highlight(library, ru, version_of(library, ru), start, start + 30, 1)
    assert projected_texts(library, en) == []


def test_a_projection_follows_a_correction_of_the_alignment(library, linked):
    en, ru, _kk = linked
    highlight(library, ru, "АО «Самрук-Казына» и группа компаний Fauji")
    assert projected_texts(library, en)[0][1].startswith("Samruk-Kazyna JSC")
    left, right = newest_text(library, en), newest_text(library, ru)
    # The user pairs the Russian Samruk sentence with the row above (the Falcon EuroBus contract).
    add_correction(
        library, en, ru, left, right, move_edit(left, right, cuts_of(parallel_rows(left, right)), 2, Side.RIGHT, up=True)
    )
    [(_label, text)] = projected_texts(library, en)
    # Now in the row of the contract: on its sentences, no longer on Samruk-Kazyna's.
    assert "Samruk" not in text and text in left[left.index("The largest industrial") : left.index("Samruk-Kazyna JSC")]


def test_confirming_makes_an_exact_highlight_linked_to_the_original_and_ends_the_projection(library, linked):
    en, ru, _kk = linked
    original = highlight(library, en, "valued at $108 million", color=4)
    library.execute("UPDATE annotations SET note = 'check the figure' WHERE id = ?", [original.id])
    [projection] = project_annotations(library, ru, version_of(library, ru))
    text = newest_text(library, ru)
    start = text.index("108 млн долларов")
    made = confirm_projection(library, ru, version_of(library, ru), start, start + len("108 млн долларов"), projection.source)
    assert made.change.annotations == {ru}
    [copy] = article_annotations(library, ru)
    assert (copy.quote, copy.color_id, copy.note) == ("108 млн долларов", 4, "check the figure")
    assert copy.anchors[0].status.value == "exact"
    assert library.execute("SELECT source_uuid FROM annotations WHERE id = ?", [copy.id]).fetchone()[0] == original.uuid
    assert projected_texts(library, ru) == []  # the original is not projected where it now has its own
    assert projected_texts(library, en) == []  # and the copy is not projected back
    delete_annotation(library, copy.id)  # undo of the confirmation: the projection is back
    assert len(projected_texts(library, ru)) == 1


def test_a_projection_of_a_deleted_highlight_cannot_be_confirmed(library, linked):
    en, ru, _kk = linked
    original = highlight(library, en, "valued at $108 million")
    delete_annotation(library, original.id)
    assert projected_texts(library, ru) == []
    with pytest.raises(AnnotationError, match="no longer exists"):
        confirm_projection(library, ru, version_of(library, ru), 0, 10, original.id)


def test_a_coded_passage_is_projected_with_its_codes_and_confirmed_coded(library, linked):
    en, ru, _kk = linked
    conflict = codebook.create_code(library, "Conflict", color="#e53935").code
    text = newest_text(library, en)
    start = text.index("valued at $108 million")
    code_passage(library, en, version_of(library, en), start, start + len("valued at $108 million"), [conflict], "Aigerim")
    [projection] = project_annotations(library, ru, version_of(library, ru))
    assert projection.color_id is None and projection.codes == ("Conflict",)
    ru_text = newest_text(library, ru)
    at = ru_text.index("108 млн долларов")
    made = confirm_projection(library, ru, version_of(library, ru), at, at + len("108 млн долларов"), projection.source)
    assert made.change.codes
    assert [(c.code_id, c.coder) for c in article_codings(library, ru)] == [(conflict, "Aigerim")]
