"""Translations: articles linked by a source URL that differs only in `lang`, or by hand."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.ids import ArticleId
from desktop.core.importer import import_paths
from desktop.core.translations import (
    LinkKind,
    TranslationError,
    link_candidates,
    link_translations,
    translations_of,
    unlink_translations,
    url_language,
)
from tests.core.helpers import write

EDITIONS = """Enbekshi QazaQ
News More
Жаңа Конституция туралы 04.02.2026
Қазақша мәтін.Source : https://www.gov.kz/memleket/entities/mti/press/news/details/1155035?lang=kk
Новая Конституция 04.02.2026
Русский текст.Source : https://www.gov.kz/memleket/entities/mti/press/news/details/1155035?lang=ru
The new Constitution 04.02.2026
English text.Source : https://www.gov.kz/memleket/entities/mti/press/news/details/1155035?lang=en
Another item 04.02.2026
Other text.Source : https://www.gov.kz/memleket/entities/mti/press/news/details/1155036?lang=en
A page with no language 04.02.2026
Text.Source : https://www.gov.kz/memleket/entities/mti/press/news/details/1155035
A report from another day 05.02.2026
Report.
"""


@pytest.fixture
def editions(library: Database, tmp_path: Path) -> dict[str, ArticleId]:
    import_paths(library, [write(tmp_path / "editions.txt", EDITIONS)])
    return {title: ArticleId(i) for i, title in library.execute("SELECT id, title FROM articles")}


def test_the_language_comes_from_the_lang_parameter():
    assert url_language("https://gov.kz/news/1?lang=kk") == ("https://gov.kz/news/1?", "kk")
    assert url_language("https://GOV.kz/news/1?b=2&lang=RU&a=1") == ("https://gov.kz/news/1?a=1&b=2", "ru")
    assert url_language("https://gov.kz/news/1") is None
    assert url_language("not a url?lang=kk") is None
    assert url_language(None) is None


def test_editions_that_differ_only_in_lang_are_translations(library: Database, editions):
    kk = editions["Жаңа Конституция туралы"]
    found = translations_of(library, kk)
    assert [(t.title, t.lang, t.kind) for t in found] == [
        ("The new Constitution", "en", LinkKind.URL),
        ("Новая Конституция", "ru", LinkKind.URL),
    ]
    # Another item's address, and the same address without a language, are not translations.
    assert translations_of(library, editions["Another item"]) == ()
    assert translations_of(library, editions["A page with no language"]) == ()


def test_linking_by_hand_works_both_ways_and_unlinking_undoes_it(library: Database, editions):
    report, other = editions["A report from another day"], editions["Another item"]
    assert link_translations(library, report, other).links == {report, other}
    assert [t.article for t in translations_of(library, other)] == [report]
    assert [(t.article, t.kind) for t in translations_of(library, report)] == [(other, LinkKind.MANUAL)]
    assert unlink_translations(library, other, report).links == {report, other}
    assert translations_of(library, report) == ()
    # Undone by hand: a tombstone, and linking again revives the same row (the same UUID).
    [(uuid, deleted)] = library.execute("SELECT uuid, deleted_at FROM translation_links").fetchall()
    assert deleted is not None
    link_translations(library, report, other)
    assert library.execute("SELECT uuid, deleted_at FROM translation_links").fetchall() == [(uuid, None)]


def test_unlinking_a_link_by_url_sticks(library: Database, editions):
    kk, en = editions["Жаңа Конституция туралы"], editions["The new Constitution"]
    unlink_translations(library, en, kk)
    assert [t.lang for t in translations_of(library, kk)] == ["ru"]
    assert "kk" not in [t.lang for t in translations_of(library, en)]
    link_translations(library, kk, en)
    assert [t.lang for t in translations_of(library, kk)] == ["en", "ru"]


def test_an_article_cannot_be_its_own_translation(library: Database, editions):
    kk = editions["Жаңа Конституция туралы"]
    with pytest.raises(TranslationError):
        link_translations(library, kk, kk)
    with pytest.raises(TranslationError):
        link_translations(library, kk, ArticleId(9999))


def test_link_candidates_are_same_day_articles_or_search_matches(library: Database, editions):
    kk = editions["Жаңа Конституция туралы"]
    same_day = {c.title for c in link_candidates(library, kk)}
    assert "The new Constitution" in same_day and "A report from another day" not in same_day
    assert "Жаңа Конституция туралы" not in same_day
    assert [c.title for c in link_candidates(library, kk, "report")] == ["A report from another day"]
