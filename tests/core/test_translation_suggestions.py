"""Suggested translations: the other editions of the same item, found by their shared facts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.ids import ArticleId
from desktop.core.importer import import_paths
from desktop.core.translation_suggestions import TranslationSuggestion, suggest_translations
from desktop.core.translations import link_translations
from tests.core.alignment_corpus import load_corpus, write_corpus_dumps

CORPUS = load_corpus()


@pytest.fixture
def editions(library: Database, tmp_path: Path) -> dict[tuple[str, str], ArticleId]:
    """The corpus imported: 6 items x 3 languages; items 01 and 02 share a day, 03 is the day after."""
    import_paths(library, write_corpus_dumps(tmp_path, CORPUS))
    out = {}
    for article in CORPUS:
        for language, edition in article.editions.items():
            title = " ".join(edition.sentences[0].text.split()[:8]).rstrip(".,:;")
            out[(article.name[:2], language)] = ArticleId(
                library.execute("SELECT id FROM articles WHERE title = ?", [title]).fetchone()[0]
            )
    return out


def test_every_edition_is_suggested_the_other_two_and_nothing_else(library, editions):
    for (item, language), article in editions.items():
        found = suggest_translations(library, article)
        expected = {editions[(item, other)] for other in ("en", "ru", "kk") if other != language}
        assert {s.article for s in found} == expected, (item, language, found)
        assert all(0.5 <= s.score <= 1.0 for s in found)


def test_a_suggestion_says_why(library, editions):
    [kk, ru] = sorted(suggest_translations(library, editions[("01", "en")]), key=lambda s: s.language)
    assert isinstance(kk, TranslationSuggestion)
    assert (kk.language, ru.language) == ("kk", "ru")
    assert "200 млн долларов США" in ru.shared and "108 млн долларов" in ru.shared
    assert ru.date == "2026-02-04"


def test_linked_and_dismissed_articles_are_not_suggested_again(library, editions):
    en, ru, kk = editions[("01", "en")], editions[("01", "ru")], editions[("01", "kk")]
    link_translations(library, en, ru)
    assert [s.article for s in suggest_translations(library, en)] == [kk]
    assert suggest_translations(library, en, exclude={kk}) == ()


def test_the_candidates_are_capped(library, editions):
    # Items 01 and 02 share a day. Read in id order, the first candidate is item 01's Russian
    # edition, so with room for one text 02's editions go unread; English titles never use up the
    # room (item 01's English edition comes first by id), so four texts reach both.
    assert suggest_translations(library, editions[("02", "en")], max_candidates=1) == ()
    assert len(suggest_translations(library, editions[("02", "en")], max_candidates=4)) == 2


def test_an_article_without_a_date_or_unknown_gets_no_suggestions(library, editions):
    library.execute("UPDATE articles SET date = NULL WHERE id = ?", [editions[("05", "en")]])
    assert suggest_translations(library, editions[("05", "en")]) == ()
    assert suggest_translations(library, ArticleId(999_999)) == ()
