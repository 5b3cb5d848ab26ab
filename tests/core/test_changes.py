"""One change type for every write: what each write reports, so views refresh only what they must."""

from __future__ import annotations

from pathlib import Path

from sqlite_utils import Database

from desktop.core.annotations import create_note, delete_annotation
from desktop.core.articles import set_read, set_starred
from desktop.core.changes import Change
from desktop.core.ids import ArticleId, TagId
from desktop.core.importer import import_paths
from desktop.core.tags import add_tag, set_tag_color
from desktop.core.translations import link_translations
from tests.dump_factory import dump_text, write_dump

A1, A2, A3 = ArticleId(1), ArticleId(2), ArticleId(3)


def test_starring_changes_flags_and_counts_and_no_text(sample_library: Database):
    change = set_starred(sample_library, [A1, A2], True)
    assert change.flags == {A1, A2} and change.counts
    assert change.texts == change.tags == change.annotations == frozenset() and not change.rows_added
    assert set_starred(sample_library, [A1], True).is_empty  # nothing changed: nothing to refresh


def test_each_write_names_what_it_changed(sample_library: Database):
    tagged = add_tag(sample_library, [A1], "economy").change
    assert tagged.tags == {A1} and tagged.tag_definitions and tagged.texts == frozenset()
    recoloured = set_tag_color(sample_library, TagId(1), "#0969da").change
    assert recoloured.tags == {A1} and recoloured.tag_definitions == {TagId(1)}
    note = create_note(sample_library, A2, "a note")
    assert note.change.annotations == {A2} and note.change.touched_annotations == {note.annotation.id}
    assert delete_annotation(sample_library, note.annotation.id).annotations == {A2}
    assert link_translations(sample_library, A1, A3).links == {A1, A3}


def test_an_import_changes_texts_and_adds_rows_only_when_articles_are_new(sample_library: Database, tmp_path: Path):
    title = "Shymkent poets analyze the new Constitution in verse"
    write_dump(tmp_path / "edit.txt", dump_text("Enbekshi QazaQ", {"News": [[f"{title} 21.02.2026", "A new text altogether."]]}))
    [edited] = import_paths(sample_library, [tmp_path / "edit.txt"]).files
    article = ArticleId(sample_library.execute("SELECT id FROM articles WHERE title = ?", [title]).fetchone()[0])
    assert edited.change.texts == {article} and not edited.change.rows_added
    write_dump(tmp_path / "new.txt", dump_text("Enbekshi QazaQ", {"News": [["Something new 22.02.2026", "Body."]]}))
    [new] = import_paths(sample_library, [tmp_path / "new.txt"]).files
    assert new.change.rows_added and len(new.change.texts) == 1
    [again] = import_paths(sample_library, [tmp_path / "new.txt"]).files
    assert again.change.is_empty  # already imported


def test_changes_combine():
    a = Change.of_flags({A1})
    b = Change.of_import({A2}, rows_added=True)
    both = a | b
    assert both.flags == {A1} and both.texts == {A2} and both.rows_added and both.counts
    assert both.articles == {A1, A2}
    assert Change.merge([a, b, Change()]) == both
    assert Change().is_empty and not both.is_empty


def test_marking_read_reports_only_the_articles_whose_flag_moved(sample_library: Database):
    set_read(sample_library, [A1], True)
    assert set_read(sample_library, [A1, A2], True).flags == {A2}
