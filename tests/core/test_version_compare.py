"""Classifying versions against the base: what the article list's marker and "Edited" filter show."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, LibraryView, article_ids, article_rows, count_articles
from desktop.core.articles import get_article
from desktop.core.ids import ArticleId
from desktop.core.importer import import_paths
from desktop.core.sidebar_data import load_sidebar
from desktop.core.store import open_library
from desktop.core.version_compare import (
    ChangeClass,
    Classification,
    classify,
    classify_versions,
    compare_versions,
    stored_classes,
)
from desktop.core.word_diff import IgnoreOptions
from tests.core.helpers import write

MURAT = "MURAT ABENOV ON THE NEW CONSTITUTION"

EDITED_DUMP = """Enbekshi QazaQ
News More
MURAT ABENOV ON THE NEW CONSTITUTION: THE BALANCE OF SOVEREIGNTY AND INTERNATIONAL LAW HAS BEEN PRESERVED 04.02.2026
{body}
"""


def article_titled(db: Database, prefix: str) -> ArticleId:
    return ArticleId(db.execute("SELECT id FROM articles WHERE title LIKE ?", [prefix + "%"]).fetchone()[0])


def test_the_classes_from_identical_to_edited():
    base = 'The deputy said: "We agree," and left.'
    assert classify(base, base) == Classification(ChangeClass.IDENTICAL)
    assert classify(base, base.replace(" and", "  and")) == Classification(ChangeClass.WHITESPACE)
    assert classify(base, base.replace('"', "")) == Classification(ChangeClass.PUNCTUATION)
    assert classify(base, base.replace('"', "").replace("  ", " ")) == Classification(ChangeClass.PUNCTUATION)
    assert classify(base, base.replace("agree", "disagree")) == Classification(ChangeClass.EDITED, 1)
    assert classify(base, base.replace("We agree", "They all refused")) == Classification(ChangeClass.EDITED, 3)
    assert classify(base, base + " He came back.") == Classification(ChangeClass.EDITED, 3)


def test_labels_say_what_differs():
    assert Classification(ChangeClass.PUNCTUATION).label == "punctuation/quotes only"
    assert Classification(ChangeClass.WHITESPACE).label == "whitespace only"
    assert Classification(ChangeClass.IDENTICAL).label == "identical text"
    assert Classification(ChangeClass.EDITED, 1).label == "edited, 1 word changed"
    assert Classification(ChangeClass.EDITED, 14).label == "edited, 14 words changed"


def test_every_second_copy_in_the_samples_is_punctuation_only(sample_library: Database):
    db = sample_library
    multi = [ArticleId(r[0]) for r in db.execute("SELECT id FROM articles WHERE version_count > 1 ORDER BY id")]
    assert len(multi) == 8
    for article in multi:
        classes = list(stored_classes(db, article).values())
        assert classes == [None, Classification(ChangeClass.PUNCTUATION)], article
    # Nothing in the samples is a real edit: the "Edited" entry is empty, the list marks none.
    assert count_articles(db, ArticleFilter(views=frozenset({LibraryView.EDITED}))) == 0
    assert load_sidebar(db).library[LibraryView.EDITED] == 0
    rows = article_rows(db, multi)
    assert {rows[a].change_class for a in multi} == {ChangeClass.PUNCTUATION}


def test_a_real_edit_is_classified_edited_with_its_word_count(sample_library: Database, tmp_path: Path):
    db = sample_library
    article = article_titled(db, MURAT)
    base = get_article(db, article).versions[0].text
    edited = base.replace("carefully studied", "studied").replace("for many years", "for decades now")
    report = import_paths(db, [write(tmp_path / "later.txt", EDITED_DUMP.format(body=edited))])
    assert report.files[0].new_versions == 1
    classes = list(stored_classes(db, article).values())
    # "carefully" went (1 word), "many years" became "decades now" (2 words).
    assert classes[-1] == Classification(ChangeClass.EDITED, 3)
    assert load_sidebar(db).library[LibraryView.EDITED] == 1
    assert article_ids(db, ArticleFilter(views=frozenset({LibraryView.EDITED}))) == [article]
    row = article_rows(db, [article])[article]
    assert (row.version_count, row.change_class, row.words_changed) == (3, ChangeClass.EDITED, 3)


def test_another_base_can_be_chosen(sample_library: Database):
    article = get_article(sample_library, article_titled(sample_library, MURAT))
    first, second = article.versions
    against_second = classify_versions(article.versions, second.id)
    assert against_second[second.id].change_class is ChangeClass.IDENTICAL
    assert against_second[first.id].change_class is ChangeClass.PUNCTUATION


def test_comparing_defaults_to_the_first_and_newest_version(sample_library: Database):
    article = article_titled(sample_library, MURAT)
    result = compare_versions(sample_library, article)
    versions = get_article(sample_library, article).versions
    assert (result.old, result.new) == (versions[0].id, versions[-1].id)
    # 13 quotation marks and one apostrophe were stripped from the second copy.
    assert len(result.diff.changes) == 14
    assert compare_versions(sample_library, article, ignore=IgnoreOptions(punctuation=True)).diff.changes == ()


def test_the_migration_classifies_a_library_imported_before_it(tmp_path: Path, samples_dir: Path):
    path = tmp_path / "old.sqlite"
    db = open_library(path)
    import_paths(db, [samples_dir])
    # As a library imported before classification existed: no classes, no counter.
    db.execute("UPDATE versions SET change_class = NULL, words_changed = NULL")
    db.execute("DELETE FROM counters WHERE name = 'edited'")
    db.execute("DELETE FROM _sqlite_migrations WHERE name = '0003_versions_compare'")
    for statement in (
        "DROP TRIGGER versions_edited_ai",
        "DROP TRIGGER versions_edited_ad",
        "DROP TRIGGER versions_edited_au",
        "DROP TABLE translation_links",
        "DROP INDEX idx_versions_change_class_article_id",
        "DROP INDEX idx_articles_source_url",
        "ALTER TABLE versions DROP COLUMN change_class",
        "ALTER TABLE versions DROP COLUMN words_changed",
    ):
        db.execute(statement)
    db.close()
    db = open_library(path)
    try:
        counts = db.execute("SELECT change_class, count(*) FROM versions GROUP BY change_class ORDER BY 1").fetchall()
        assert counts == [(None, 10), ("punctuation", 8)]
        assert list(tmp_path.glob("old.before-0003_versions_compare-*.sqlite")), "backed up before migrating"
    finally:
        db.close()


def test_words_changed_agree_with_the_compare_views_diff_for_single_edits():
    base = " ".join(
        [
            "The meeting was attended by deputies, public figures and representatives of civil society.",
            'Experts noted that the draft "strengthens" the principle of the rule of law.',
            "According to the ministry, the new rules will come into force next year.",
        ]
    )
    edits = [
        base.replace("deputies", "senators"),
        base.replace("public figures and ", ""),
        base.replace("next year", "in the spring of next year"),
        base.replace("the rule of law", "legality").replace('"', ""),
        base + " The press service later clarified the figures.",
        base.replace("According to the ministry, ", ""),
    ]
    for edited in edits:
        view = compare_versions_of(base, edited)
        assert classify(base, edited) == Classification(ChangeClass.EDITED, view), edited


def compare_versions_of(old: str, new: str) -> int:
    from desktop.core.word_diff import word_diff

    return word_diff(old, new, IgnoreOptions(punctuation=True, whitespace=True)).words_changed


def test_a_long_text_is_counted_sentence_by_sentence_with_the_same_result(monkeypatch):
    from desktop.core import version_compare

    sentences = [f"Sentence number {n} says what the {n % 7}th speaker told the assembly." for n in range(400)]
    base = " ".join(sentences)
    edited = base.replace("number 120 says", "number 120 claims").replace("number 300 says what", "number 300 shows") + " A new ending."
    flat = classify(base, edited)
    assert flat == Classification(ChangeClass.EDITED, 1 + 2 + 3)
    # Past the flat limit (some 6,000 words a side), sentences are paired first: the count stays.
    monkeypatch.setattr(version_compare, "FLAT_DIFF_MAX_PAIRS", 1000)
    assert classify(base, edited) == flat
    assert classify(base, base.replace(".", ";")) == Classification(ChangeClass.PUNCTUATION)


def test_classes_hold_for_cyrillic_and_curly_quotes():
    base = "Депутат сказал: «Мы согласны», и ушёл. Kazakhstan’s delegation agreed."
    assert classify(base, base.replace("«", "").replace("»", "")) == Classification(ChangeClass.PUNCTUATION)
    assert classify(base, base.replace("’", "")) == Classification(ChangeClass.PUNCTUATION)
    assert classify(base, base.replace("ушёл", "остался")) == Classification(ChangeClass.EDITED, 1)
    assert classify(base, base.replace("Мы", "мы")) == Classification(ChangeClass.EDITED, 1)  # case is a change
    assert classify(base, base.replace(" и ", "  и\n")) == Classification(ChangeClass.WHITESPACE)
