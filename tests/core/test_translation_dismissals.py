"""Dismissed suggestions are not suggested again, from either article; undo brings them back."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.translation_dismissals import DismissalError, dismiss_suggestion, dismissed, suggestions_for, undo_dismissal
from tests.core.corpus_library import import_corpus


@pytest.fixture
def corpus(library: Database, tmp_path: Path):
    return import_corpus(library, tmp_path)


def test_a_dismissed_suggestion_is_not_suggested_again_from_either_side(library, corpus):
    en, ru, kk = corpus[("01", "en")], corpus[("01", "ru")], corpus[("01", "kk")]
    assert {s.article for s in suggestions_for(library, en)} == {ru, kk}
    change = dismiss_suggestion(library, en, ru)
    assert change.links == {en, ru}
    assert [s.article for s in suggestions_for(library, en)] == [kk]
    assert en not in {s.article for s in suggestions_for(library, ru)}
    assert dismissed(library, ru) == {en}


def test_undo_and_dismissing_again_keep_one_row_with_one_uuid(library, corpus):
    en, ru = corpus[("01", "en")], corpus[("01", "ru")]
    dismiss_suggestion(library, ru, en)
    [(row, uuid)] = library.execute("SELECT id, uuid FROM translation_dismissals").fetchall()
    undo_dismissal(library, en, ru)
    assert ru in {s.article for s in suggestions_for(library, en)}
    assert library.execute("SELECT deleted_at IS NOT NULL FROM translation_dismissals").fetchone()[0] == 1
    dismiss_suggestion(library, en, ru)
    assert library.execute("SELECT id, uuid, deleted_at FROM translation_dismissals").fetchall() == [(row, uuid, None)]


def test_an_article_gone_cannot_be_dismissed(library, corpus):
    with pytest.raises(DismissalError, match="no longer in the library"):
        dismiss_suggestion(library, corpus[("01", "en")], 9999)
