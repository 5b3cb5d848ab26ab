"""Search as Kazakh and Russian readers type: ё = е, Kazakh on a Russian keyboard, the Latin
alphabet, word forms, and exact matching when asked for (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, article_ids, article_window, count_articles
from desktop.core.importer import import_paths
from desktop.core.reading import match_spans
from desktop.core.search_query import EXACT, LOOSE, Matching, parse_query
from desktop.core.search_terms import search_marks
from desktop.core.store import open_library
from tests.core.helpers import KAZAKH_DUMP, integrity, write

RUSSIAN_NOTES = """Новости
Политика More
Заметка первая 01.03.2026
Закон о подотчётности государственных органов принят.
Заметка вторая 02.03.2026
Подотчетность без этой буквы тоже встречается.
Заметка третья 03.03.2026
Конституция была принята на референдуме.
Заметка четвертая 04.03.2026
Поправки к Конституции обсуждаются.
Заметка пятая 05.03.2026
Граждане поддержали Конституцию.
Заметка шестая 06.03.2026
Конституционный суд рассмотрел жалобу.
Заметка седьмая 07.03.2026
Казак ехал на коне через мировой рынок.
"""

KAZAKH_NOTES = """Жаңалықтар
Саясат More
Мақала бір 01.03.2026
Қазақстан дамып келеді.
Мақала екі 02.03.2026
Қазақстанда жаңа заң қабылданды.
Мақала үш 03.03.2026
Қазақстанның экономикасы өсті.
Мақала төрт 04.03.2026
Қазақстандық компаниялар көбейді.
Мақала бес 05.03.2026
Қазақ тілі мемлекеттік тіл.
Мақала алты 06.03.2026
Мәжіліс заң жобасын мақұлдады.
Мақала жеті 07.03.2026
Астана қаласында жиын өтті.
Мақала сегіз 08.03.2026
Qazaqstan Respublikasynyñ Mäjılısı jinalysy bolyp ötti.
"""


@pytest.fixture(scope="module")
def notes_library(tmp_path_factory: pytest.TempPathFactory) -> Database:
    folder = tmp_path_factory.mktemp("langs")
    db = open_library(folder / "lib.sqlite")
    import_paths(
        db,
        [write(folder / "ru.txt", RUSSIAN_NOTES), write(folder / "kk.txt", KAZAKH_NOTES), write(folder / "k2.txt", KAZAKH_DUMP)],
    )
    return db


GOVERNMENT = "Үкімет өңірлерді дамытудың жаңа жоспарын бекітті"  # KAZAKH_DUMP: "Қазақстан Республикасының Үкіметі …"


def found(db: Database, text: str, matching: Matching = LOOSE, *, prefix: bool = False) -> set[str]:
    """The titles a search lists, checked by both search plans and by the count."""
    flt = ArticleFilter(query=parse_query(text, matching), prefix_search=prefix)
    ids = article_ids(db, flt, limit=1000)
    assert [a for a, _ in article_window(db, flt, walk_search=True, limit=1000)] == ids
    assert count_articles(db, flt) == len(ids)
    return {db.execute("SELECT title FROM articles WHERE id = ?", [i]).fetchone()[0] for i in ids}


# --- ё and е ------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("typed", ["подотчётности", "подотчетности", "ПОДОТЧЁТНОСТИ"])
def test_yo_and_ye_are_one_letter_both_ways_even_in_exact_matching(notes_library: Database, typed: str):
    assert found(notes_library, f'"{typed}"') == {"Заметка первая"}  # printed with ё
    assert found(notes_library, typed, EXACT) == {"Заметка первая"}


def test_the_index_holds_yo_as_ye_and_stays_consistent(notes_library: Database):
    assert (
        notes_library.execute("SELECT count(*) FROM search_index WHERE search_index MATCH '\"подотчетности\"'").fetchone()[0] == 1
    )
    assert (
        notes_library.execute("SELECT count(*) FROM search_index WHERE search_index MATCH '\"подотчётности\"'").fetchone()[0] == 0
    )
    assert integrity(notes_library) == "ok"


def test_a_match_is_marked_where_it_is_printed(notes_library: Database):
    text = "Закон о подотчётности государственных органов принят."
    for typed in ("подотчетности", "Подотчётность"):
        marks = search_marks(notes_library, parse_query(typed))
        assert [text[a:b] for a, b in match_spans(text, marks)] == ["подотчётности"]
    title = "Qazaqstan Respublikasynyñ Mäjılısı"
    marks = search_marks(notes_library, parse_query("Мәжіліс"))
    assert [title[a:b] for a, b in match_spans(title, marks)] == ["Mäjılısı"]


# --- Kazakh on a Russian keyboard -------------------------------------------------------------------------------
def test_kazakh_typed_on_a_russian_keyboard_finds_the_kazakh_word(notes_library: Database):
    assert found(notes_library, "казакстан", Matching(word_forms=False, latin_script=False)) == {"Мақала бір", GOVERNMENT}
    assert found(notes_library, "казакстан", Matching(kazakh_keyboard=False, word_forms=False, latin_script=False)) == set()
    # The exact Kazakh letters still match, and only themselves: қазақ is not the Russian казак.
    assert found(notes_library, "Қазақстан", Matching(word_forms=False, latin_script=False)) == {"Мақала бір", GOVERNMENT}
    assert found(notes_library, "қазақ") == {"Мақала бес"}
    assert found(notes_library, "казак") == {"Мақала бес", "Заметка седьмая"}


@pytest.mark.parametrize(
    ("typed", "printed"),
    [
        ("укимет", "Үкімет"),  # ү, і
        ("сарсенби", "Сәрсенбі"),  # ә, і
        ("багдарламаны", "Бағдарламаны"),  # ғ
        ("улттык", "Ұлттық"),  # ұ, қ
        ("онирлерди", "өңірлерді"),  # ө, ң, і
        ("хижра", "Һижра"),  # һ
    ],
)
def test_every_kazakh_letter_is_found_from_its_russian_key(notes_library: Database, typed: str, printed: str):
    assert found(notes_library, typed, Matching(word_forms=False, latin_script=False)) == {GOVERNMENT}
    assert found(notes_library, printed.lower(), EXACT) == found(notes_library, typed)


# --- the Latin alphabet ---------------------------------------------------------------------------------------------
def test_a_latin_query_finds_the_cyrillic_text_and_a_cyrillic_query_the_latin_text(notes_library: Database):
    latin = "Мақала сегіз"
    assert found(notes_library, "Qazaqstan", Matching(word_forms=False)) == {"Мақала бір", latin, GOVERNMENT}
    assert found(notes_library, "Қазақстан", Matching(word_forms=False)) == {"Мақала бір", latin, GOVERNMENT}
    assert found(notes_library, "Mäjilis", Matching(word_forms=False)) == {"Мақала алты"}  # Mäjılısı is a form
    assert found(notes_library, "Mäjilis") == {"Мақала алты", latin}
    assert found(notes_library, "Мәжіліс") == {"Мақала алты", latin}
    assert found(notes_library, "Astana") == {"Мақала жеті"}
    assert found(notes_library, "Qazaqstan", Matching(latin_script=False)) == {latin}


@pytest.mark.parametrize(
    "typed",
    ["Ükımet", "ükimet", "Särsenbı", "Bağdarlamany", "Ūlttyq", "öñırlerdı", "Hijra", "şalğai"],
)
def test_each_letter_of_the_latin_alphabet_finds_its_cyrillic_letter(notes_library: Database, typed: str):
    assert found(notes_library, typed, Matching(word_forms=False)) == {GOVERNMENT}


def test_english_words_are_not_read_as_kazakh(notes_library: Database, samples_dir: Path):
    # c, w and x are not in the 2021 alphabet: "constitution" and "law" stay English words.
    assert found(notes_library, "constitution") == found(notes_library, "constitution", EXACT)


# --- word forms -----------------------------------------------------------------------------------------------------------
def test_russian_forms_share_a_snowball_stem_and_derived_words_do_not(notes_library: Database):
    forms = {"Заметка третья", "Заметка четвертая", "Заметка пятая"}
    for typed in ("Конституция", "конституции", "Конституцию"):
        assert found(notes_library, typed) == forms
    assert found(notes_library, "конституционный") == {"Заметка шестая"}
    assert found(notes_library, "мир") == set()  # not "мировой"
    assert found(notes_library, "подотчетность") == {"Заметка первая", "Заметка вторая"}


def test_kazakh_forms_take_case_endings_but_not_other_words(notes_library: Database):
    forms = {"Мақала бір", "Мақала екі", "Мақала үш", "Мақала сегіз", GOVERNMENT}
    for typed in ("Қазақстан", "Қазақстанда", "қазақстанның", "казакстанда"):
        assert found(notes_library, typed) == forms
    # Not over-matching: -дық makes another word, and қазақ is not Қазақстан.
    assert "Мақала төрт" not in found(notes_library, "Қазақстан")
    assert "Мақала бес" not in found(notes_library, "Қазақстан")
    assert found(notes_library, "қазақ") == {"Мақала бес"}
    assert found(notes_library, "Астана") == {"Мақала жеті"}  # "Астана қаласында": Астана is not қала
    assert found(notes_library, "қала") == {"Мақала жеті", GOVERNMENT}  # қаласында and қалаларға are forms of қала


def test_quotes_and_the_exact_options_match_only_the_word_as_typed(notes_library: Database):
    assert found(notes_library, '"Конституция"') == {"Заметка третья"}
    assert found(notes_library, "Конституция", EXACT) == {"Заметка третья"}
    assert found(notes_library, "Қазақстан", EXACT) == {"Мақала бір", GOVERNMENT}
    assert found(notes_library, '"Қазақстан" Конституции') == set()  # both, AND-ed
    assert found(notes_library, '"rule of law"') == set()


def test_the_word_being_typed_matches_as_a_prefix_in_either_spelling(notes_library: Database):
    assert found(notes_library, "казакс", prefix=True) == {
        "Мақала бір",
        "Мақала екі",
        "Мақала үш",
        "Мақала төрт",
        "Мақала сегіз",
        GOVERNMENT,
    }
    assert found(notes_library, "конститу", prefix=True) == {
        "Заметка третья",
        "Заметка четвертая",
        "Заметка пятая",
        "Заметка шестая",
    }


def test_one_or_two_letters_being_typed_match_as_whole_words_in_either_spelling(notes_library: Database):
    # "қа" begins most Kazakh words: as a prefix it would list nearly everything while the word is being typed.
    assert found(notes_library, "ка", prefix=True) == found(notes_library, "ка") == set()
    assert "қазақстан" not in search_marks(notes_library, parse_query("ка"), prefix_last=True).words
    assert "қазақстан" in search_marks(notes_library, parse_query("каз"), prefix_last=True).words


def test_the_migration_folds_an_existing_index(tmp_path: Path):
    """A library from before 0014: ё indexed as ё. After the upgrade the old rows are folded too."""
    from desktop.core import schema

    db = open_library(tmp_path / "old.sqlite", migrate=False)
    schema.MIGRATIONS.apply(db, stop_before="0014_search_folding")
    import_paths(db, [write(tmp_path / "ru.txt", RUSSIAN_NOTES)])
    assert db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH '\"подотчётности\"'").fetchone()[0] == 1
    schema.MIGRATIONS.apply(db)
    assert db.execute("SELECT count(*) FROM search_index WHERE search_index MATCH '\"подотчётности\"'").fetchone()[0] == 0
    assert found(db, "подотчетности", EXACT) == {"Заметка первая"}
    assert integrity(db) == "ok"


def test_the_folding_migration_keeps_a_declaration_that_tools_detect(tmp_path: Path):
    """0011_open_database (another branch) declares the indexes content="versions" in double quotes, for
    Datasette and sqlite-utils; run before 0014 or not, 0014 refills whichever declaration is there."""
    from desktop.core import schema

    db = open_library(tmp_path / "open.sqlite", migrate=False)
    schema.MIGRATIONS.apply(db, stop_before="0014_search_folding")
    import_paths(db, [write(tmp_path / "ru.txt", RUSSIAN_NOTES)])
    # What 0011 does: the same index declared again with content="versions", rebuilt from the raw text.
    db.execute("DROP TABLE search_index")
    db.execute(
        """CREATE VIRTUAL TABLE search_index USING fts5(title, text, content="versions", content_rowid='id',
           tokenize = 'unicode61 remove_diacritics 2')"""
    )
    db.execute("INSERT INTO search_index(search_index) VALUES ('rebuild')")
    assert db["versions"].detect_fts() == "search_index"
    schema.MIGRATIONS.apply(db)
    declared = db.execute("SELECT sql FROM sqlite_master WHERE name = 'search_index'").fetchone()[0]
    assert 'content="versions"' in declared and db["versions"].detect_fts() == "search_index"
    assert found(db, "подотчетности", EXACT) == {"Заметка первая"}
    assert [r["title"] for r in db["versions"].search("подотчетности")] == ["Заметка первая"]  # sqlite-utils' own search
    assert integrity(db) == "ok"
