"""Sync between libraries through one folder: what a user sees arrive, and what is never lost.

Each library imports the sample dumps in its own order, so the same article has other ids on
each: everything here also proves that rows travel by stable identity, never by local id.
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.anchoring import AnchorStatus
from desktop.core.annotations import (
    article_annotations,
    create_highlight,
    create_note,
    delete_annotation,
    list_colors,
    recolor,
    rename_color,
    restore_annotation,
    update_note,
)
from desktop.core.articles import get_article, set_read, set_starred
from desktop.core.ids import AnnotationId, ArticleId
from desktop.core.importer import import_paths
from desktop.core.sync import hlc
from desktop.core.sync.changefile import Op, read_change_file, write_change_file
from desktop.core.sync.conflicts import ConflictKind, list_conflicts, resolve
from desktop.core.sync.oplog import read_state
from desktop.core.sync.spec import SYNC_SCHEMA
from desktop.core.tags import add_tag, list_tags, remove_tag, rename_tag
from desktop.core.translations import LinkKind, link_translations, translations_of, unlink_translations
from tests.core.helpers import consistency_problems, integrity
from tests.core.sync.helpers import article_id, library, state_hash, synced, user_state
from tests.core.test_annotations import MURAT, QUOTED
from tests.dump_factory import article_lines, dump_text, write_dump

POETS = "Shymkent poets analyze the new Constitution in verse"
FORUM = "Thirty-two commercial documents worth approximately US$200 million were signed at the Kazakhstan-Pakistan Business Forum"


@pytest.fixture
def dumps(samples_dir: Path) -> list[Path]:
    return sorted(samples_dir.glob("*.txt"))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    path = tmp_path / "shared"
    path.mkdir()
    return path


@pytest.fixture
def pair(tmp_path: Path, dumps: list[Path]) -> tuple[Database, Database]:
    a, b = library(tmp_path / "a.sqlite", dumps), library(tmp_path / "b.sqlite", dumps[::-1])
    yield a, b
    a.close()
    b.close()


def highlight_murat(db: Database, color: int = 2, note: str = "", author: str = "alice") -> AnnotationId:
    article = article_id(db, MURAT)
    version, text = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [article]).fetchone()
    start = text.index(QUOTED)
    return create_highlight(db, article, version, start, start + len(QUOTED), color, note, author=author).annotation.id


def only(db: Database, table: str = "annotations") -> int:
    [(ident,)] = db.execute(f"SELECT id FROM {table}").fetchall()
    return int(ident)


def round_trip(a: Database, b: Database, folder: Path) -> None:
    """A syncs, B syncs, A syncs: everything either made has reached the other."""
    synced(a, folder, "alice")
    synced(b, folder, "bob")
    synced(a, folder, "alice")


# --- what arrives -------------------------------------------------------------------------------------
def test_a_highlight_made_on_one_device_arrives_on_the_other_anchored_on_every_version(pair, folder):
    a, b = pair
    highlight_murat(a, note="the deputy's claim")
    assert synced(a, folder, "alice").pushed
    report = synced(b, folder, "bob")
    assert report.pulled_ops and article_id(b, MURAT) in report.change.annotations
    [arrived] = article_annotations(b, ArticleId(article_id(b, MURAT)))
    assert (arrived.quote, arrived.note, arrived.color_id, arrived.author) == (QUOTED, "the deputy's claim", 2, "alice")
    news, society = [r[0] for r in b.execute("SELECT id FROM versions WHERE article_id = ? ORDER BY id", [arrived.article_id])]
    assert arrived.version_id == news
    # Anchored here, by this library: exactly where it was made, approximately on the quote-stripped copy.
    assert [(x.version_id, x.status) for x in arrived.anchors] == [(news, AnchorStatus.EXACT), (society, AnchorStatus.FUZZY)]
    assert consistency_problems(b) == [] and integrity(b) == "ok"
    assert b.execute("SELECT annotation_count FROM articles WHERE id = ?", [arrived.article_id]).fetchone()[0] == 1


def test_tags_flags_links_notes_and_colour_names_arrive_by_identity_not_by_id(pair, folder):
    a, b = pair
    poets, forum = ArticleId(article_id(a, POETS)), ArticleId(article_id(a, FORUM))
    add_tag(a, [poets, forum], "culture/poetry")
    set_starred(a, [poets], True)
    set_read(a, [forum], True)
    link_translations(a, poets, forum)
    create_note(a, poets, "read this aloud", author="alice")
    rename_color(a, 2, "argument")
    round_trip(a, b, folder)
    b_poets, b_forum = ArticleId(article_id(b, POETS)), ArticleId(article_id(b, FORUM))
    assert (b_poets, b_forum) != (poets, forum)  # other ids: the rows travelled by identity
    [tag] = list_tags(b)
    assert (tag.name, tag.article_count) == ("culture/poetry", 2)
    poets_here = get_article(b, b_poets)
    assert poets_here is not None and poets_here.is_starred and not poets_here.is_read
    assert get_article(b, b_forum).is_read  # type: ignore[union-attr]
    assert [(t.article, t.kind) for t in translations_of(b, b_poets)] == [(b_forum, LinkKind.MANUAL)]
    assert [n.note for n in article_annotations(b, b_poets)] == ["read this aloud"]
    assert [c.name for c in list_colors(b)][1] == "argument"
    assert state_hash(a) == state_hash(b)
    assert consistency_problems(b) == []


def test_deletes_untags_and_unlinks_travel_as_tombstones_and_undo_brings_back_the_same_row(pair, folder):
    a, b = pair
    made = highlight_murat(a)
    poets, forum = ArticleId(article_id(a, POETS)), ArticleId(article_id(a, FORUM))
    tag = add_tag(a, [poets], "economy").tag
    link_translations(a, poets, forum)
    round_trip(a, b, folder)
    delete_annotation(a, made)
    remove_tag(a, [poets], tag)  # type: ignore[arg-type]
    unlink_translations(a, poets, forum)
    round_trip(a, b, folder)
    assert article_annotations(b, ArticleId(article_id(b, MURAT))) == []
    assert b.execute("SELECT count(*) FROM annotations WHERE deleted_at IS NOT NULL").fetchone()[0] == 1  # a tombstone, not gone
    assert list_tags(b)[0].article_count == 0 and translations_of(b, ArticleId(article_id(b, POETS))) == ()
    restore_annotation(a, made)  # Ctrl+Z on A
    round_trip(a, b, folder)
    [back] = article_annotations(b, ArticleId(article_id(b, MURAT)))
    assert back.uuid == a.execute("SELECT uuid FROM annotations").fetchone()[0]
    assert list_conflicts(a) == list_conflicts(b) == []  # each edit saw the one before: no conflict
    assert consistency_problems(b) == []


def test_syncing_again_changes_nothing_and_a_sync_tools_copy_of_a_file_is_harmless(pair, folder):
    a, b = pair
    highlight_murat(a)
    round_trip(a, b, folder)
    before = state_hash(b)
    [path] = (folder / "devices").glob("*/00000001.qsync.gz")
    shutil.copy(path, path.with_name("00000001.sync-conflict-20260301-120000-ABCDEFG.qsync.gz"))
    again = synced(b, folder, "bob")
    assert (again.pushed, again.applied, again.change.is_empty) == ((), (), True)
    assert state_hash(b) == before and state_hash(a) == before


def test_edits_made_before_sync_was_set_up_are_sent_with_their_authors(tmp_path, dumps, folder):
    a, b = library(tmp_path / "a.sqlite", dumps), library(tmp_path / "b.sqlite", dumps)
    made = highlight_murat(a, author="")  # before any name was set
    assert a.execute("SELECT count(*) FROM sync_ops").fetchone()[0] == 0  # nothing is logged for a library that never syncs
    set_starred(a, [ArticleId(article_id(a, POETS))], True)
    synced(a, folder, "alice")
    synced(b, folder, "bob")
    [arrived] = article_annotations(b, ArticleId(article_id(b, MURAT)))
    assert arrived.author == "alice" and a.execute("SELECT author FROM annotations WHERE id = ?", [made]).fetchone()[0] == "alice"
    assert get_article(b, ArticleId(article_id(b, POETS))).is_starred  # type: ignore[union-attr]


# --- rows whose article is not here -------------------------------------------------------------------
def test_a_highlight_waits_for_its_article_and_is_placed_when_the_dump_arrives(tmp_path, dumps, folder):
    a = library(tmp_path / "a.sqlite", dumps)
    b = library(tmp_path / "b.sqlite", [d for d in dumps if d.name.startswith("003")])  # lacks MURAT's dump
    highlight_murat(a)
    synced(a, folder, "alice")
    report = synced(b, folder, "bob")
    assert report.waiting == 1 and b.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
    import_paths(b, dumps)
    report = synced(b, folder, "bob")
    assert report.waiting == 0
    [placed] = article_annotations(b, ArticleId(article_id(b, MURAT)))
    assert placed.quote == QUOTED and placed.anchors and placed.anchors[0].status is AnchorStatus.EXACT
    assert state_hash(a) == state_hash(b)


def test_shared_dumps_bring_the_articles_and_their_highlights_to_a_device_without_them(tmp_path, dumps, folder):
    a = library(tmp_path / "a.sqlite", dumps)
    b = library(tmp_path / "b.sqlite", [])
    highlight_murat(a)
    report = synced(a, folder, "alice", share=True)
    assert sorted(report.dumps_shared) == sorted(d.name for d in dumps)
    report = synced(b, folder, "bob")
    assert sorted(report.dumps_imported) == sorted(d.name for d in dumps) and report.waiting == 0
    assert b.execute("SELECT count(*) FROM articles").fetchone()[0] == 10
    assert len(article_annotations(b, ArticleId(article_id(b, MURAT)))) == 1
    assert synced(b, folder, "bob").dumps_imported == ()  # imported once


def test_a_dump_still_arriving_is_not_imported_as_a_shorter_one(tmp_path, dumps, folder):
    a = library(tmp_path / "a.sqlite", dumps)
    b = library(tmp_path / "b.sqlite", [])
    synced(a, folder, "alice", share=True)
    [shared] = [p for p in (folder / "dumps").rglob("000_*.txt")]
    whole = shared.read_bytes()
    shared.write_bytes(whole[: len(whole) // 2])  # a sync tool half-way through it
    report = synced(b, folder, "bob")
    assert [n for n in report.dumps_imported] == [d.name for d in dumps if d.name.startswith("003")]
    shared.write_bytes(whole)
    assert [n for n in synced(b, folder, "bob").dumps_imported] == [shared.name]
    assert b.execute("SELECT count(*) FROM articles").fetchone()[0] == 10


def test_a_highlight_on_a_version_not_here_yet_is_placed_by_its_quote_then_completed(tmp_path, folder):
    body = "The regional akimat presented a plan for the development of infrastructure in every district of the region."
    later = body + " The plan was approved after a long discussion with the residents of the villages."
    first = write_dump(
        tmp_path / "d1.txt",
        dump_text("Test Site", {"News": [article_lines("Roads for every district", dt.date(2026, 3, 1), [body])]}),
    )
    second = write_dump(
        tmp_path / "d2.txt",
        dump_text("Test Site", {"News": [article_lines("Roads for every district", dt.date(2026, 3, 1), [later])]}),
    )
    a = library(tmp_path / "a.sqlite", [first, second])
    b = library(tmp_path / "b.sqlite", [first])
    article = article_id(a, "Roads for every district")
    newer = a.execute("SELECT max(id) FROM versions WHERE article_id = ?", [article]).fetchone()[0]
    start = later.index("long discussion")
    create_highlight(a, ArticleId(article), newer, start, start + len("long discussion"), 1, author="alice")
    synced(a, folder, "alice")
    assert synced(b, folder, "bob").waiting == 1  # placed, but waiting for its version
    [placed] = article_annotations(b, ArticleId(article_id(b, "Roads for every district")))
    assert placed.version_id is None and [x.status for x in placed.anchors] == [
        AnchorStatus.ORPHAN
    ]  # its passage is not in this text
    import_paths(b, [second])
    assert synced(b, folder, "bob").waiting == 0
    [complete] = article_annotations(b, placed.article_id)
    versions = [r[0] for r in b.execute("SELECT id FROM versions WHERE article_id = ? ORDER BY id", [placed.article_id])]
    assert complete.version_id == versions[1]
    assert [(x.version_id, x.status) for x in complete.anchors] == [
        (versions[0], AnchorStatus.ORPHAN),
        (versions[1], AnchorStatus.EXACT),
    ]
    assert state_hash(a) == state_hash(b)


# --- conflicts ----------------------------------------------------------------------------------------------
def test_one_field_edited_on_two_devices_is_a_conflict_shown_alike_on_both_and_the_loser_can_win(pair, folder):
    a, b = pair
    highlight_murat(a)
    round_trip(a, b, folder)
    update_note(a, AnnotationId(only(a)), "alice's reading")
    update_note(b, AnnotationId(only(b)), "bob's reading")
    round_trip(a, b, folder)
    notes = {db.execute("SELECT note FROM annotations").fetchone()[0] for db in (a, b)}
    assert len(notes) == 1  # one winner, the same on both
    [ca], [cb] = list_conflicts(a), list_conflicts(b)
    assert ca == cb or (ca.kind, ca.key, ca.current.stamp, ca.other.stamp) == (cb.kind, cb.key, cb.current.stamp, cb.other.stamp)
    assert ca.kind is ConflictKind.FIELD and ca.field == "note"
    assert {ca.current.value, ca.other.value} == {"alice's reading", "bob's reading"}
    assert {ca.current.who, ca.other.who} == {"alice · alice's machine", "bob · bob's machine"}
    assert ca.current.when <= dt.datetime.now(dt.UTC).isoformat()
    loser = ca.other.value
    change = resolve(b, cb, use_other=True)  # "use this one instead", on B
    assert change.conflicts and article_id(b, MURAT) in change.annotations
    assert b.execute("SELECT note FROM annotations").fetchone()[0] == loser and list_conflicts(b) == []
    round_trip(a, b, folder)
    assert a.execute("SELECT note FROM annotations").fetchone()[0] == loser and list_conflicts(a) == []
    assert state_hash(a) == state_hash(b)


def test_the_same_value_set_on_two_devices_is_no_conflict(pair, folder):
    a, b = pair
    synced(a, folder, "alice")
    synced(b, folder, "bob")
    set_starred(a, [ArticleId(article_id(a, POETS))], True)
    set_starred(b, [ArticleId(article_id(b, POETS))], True)
    round_trip(a, b, folder)
    assert list_conflicts(a) == list_conflicts(b) == []


def test_a_delete_that_never_saw_an_edit_made_elsewhere_is_a_conflict_and_restore_brings_the_edit_back(pair, folder):
    a, b = pair
    highlight_murat(a)
    round_trip(a, b, folder)
    delete_annotation(a, AnnotationId(only(a)))
    update_note(b, AnnotationId(only(b)), "an important note")
    recolor(b, AnnotationId(only(b)), 5)
    round_trip(a, b, folder)
    for db in (a, b):
        assert db.execute("SELECT deleted_at IS NOT NULL, note, color_id FROM annotations").fetchone() == (
            1,
            "an important note",
            5,
        )
    [ca], [cb] = list_conflicts(a), list_conflicts(b)
    assert ca.kind is cb.kind is ConflictKind.DELETE and ca.other.value in ("an important note", 5)
    resolve(a, ca, use_other=True)  # restore
    round_trip(a, b, folder)
    for db in (a, b):
        [back] = article_annotations(db, ArticleId(article_id(db, MURAT)))
        assert (back.note, back.color_id) == ("an important note", 5) and back.anchors
        assert list_conflicts(db) == []


def test_keeping_a_delete_settles_the_conflict_everywhere(pair, folder):
    a, b = pair
    highlight_murat(a)
    round_trip(a, b, folder)
    delete_annotation(a, AnnotationId(only(a)))
    update_note(b, AnnotationId(only(b)), "a note nobody wants")
    round_trip(a, b, folder)
    [cb] = list_conflicts(b)
    resolve(b, cb, use_other=False)
    round_trip(a, b, folder)
    assert list_conflicts(a) == list_conflicts(b) == []
    assert all(db.execute("SELECT deleted_at IS NOT NULL FROM annotations").fetchone()[0] for db in (a, b))


def test_a_tag_renamed_to_a_name_another_device_gave_another_tag_keeps_both_numbered_alike_and_merges(pair, folder):
    a, b = pair
    poets, forum = ArticleId(article_id(a, POETS)), ArticleId(article_id(a, FORUM))
    add_tag(a, [poets], "economy")
    round_trip(a, b, folder)
    economy_a = list_tags(a)[0].id
    rename_tag(a, economy_a, "trade")  # A renames "economy" to "trade" ...
    add_tag(b, [ArticleId(article_id(b, FORUM))], "Trade")  # ... while B makes a new tag "Trade"
    round_trip(a, b, folder)
    names_a, names_b = sorted(t.name for t in list_tags(a)), sorted(t.name for t in list_tags(b))
    assert names_a == names_b and len(names_a) == 2 and {n.casefold() for n in names_a} == {"trade", "trade (2)"}
    [ca], [cb] = list_conflicts(a), list_conflicts(b)
    assert ca.kind is cb.kind is ConflictKind.NAME and ca.key == cb.key
    resolve(a, ca, use_other=True)  # merge the numbered one into the other
    round_trip(a, b, folder)
    for db in (a, b):
        [tag] = list_tags(db)
        assert tag.name.casefold() == "trade" and tag.article_count == 2
        assert list_conflicts(db) == []
    assert state_hash(a) == state_hash(b)
    assert forum  # both articles kept their tag through the merge


# --- files that cannot be used ----------------------------------------------------------------------------
def _device_folder(folder: Path, db: Database) -> Path:
    return folder / "devices" / str(read_state(db).device)


def test_a_truncated_file_is_skipped_and_reported_then_applied_once_it_is_whole(pair, folder):
    a, b = pair
    highlight_murat(a)
    synced(a, folder, "alice")
    [path] = _device_folder(folder, a).glob("*.qsync.gz")
    whole = path.read_bytes()
    path.write_bytes(whole[: len(whole) // 2])
    report = synced(b, folder, "bob")
    assert not report.ok and [s.name for s in report.skipped] == [path.name] and "incomplete" in report.skipped[0].reason
    assert (
        b.execute("SELECT count(*) FROM sync_ops").fetchone()[0] == 0
        or b.execute("SELECT count(*) FROM annotations").fetchone()[0] == 0
    )
    assert any(line.startswith("skipped") for line in report.lines())
    path.write_bytes(whole)
    report = synced(b, folder, "bob")
    assert report.ok and len(article_annotations(b, ArticleId(article_id(b, MURAT)))) == 1


def test_one_row_that_cannot_be_placed_waits_and_is_reported_without_failing_its_file(pair, folder):
    a, b = pair
    synced(a, folder, "alice")
    synced(b, folder, "bob")
    good = highlight_murat(a)
    bad_uuid = "00000000-0000-4000-8000-000000000bad"
    ops = [Op(o.table, bad_uuid if o.table == "annotations" else o.key, o.field, o.hlc + 1, 999 if o.field == "color_id" else o.value, ())
           for o in _pushed_ops(a, folder)]  # fmt: skip
    device = str(read_state(a).device)
    write_change_file(folder, device, 2, SYNC_SCHEMA, ops)  # as if A had written a second file with a colour B lacks
    report = synced(b, folder, "bob")
    assert [a_.name for a_ in report.applied] == ["00000001.qsync.gz", "00000002.qsync.gz"]
    problems = [p for a_ in report.applied for p in a_.problems]
    assert len(problems) == 1 and "FOREIGN KEY" in problems[0]
    assert [n.uuid for n in article_annotations(b, ArticleId(article_id(b, MURAT)))] == [
        a.execute("SELECT uuid FROM annotations WHERE id = ?", [good]).fetchone()[0]
    ]
    assert b.execute("SELECT tbl, key FROM sync_waiting").fetchall() == [("annotations", bad_uuid)]


def _pushed_ops(db: Database, folder: Path) -> list[Op]:
    synced(db, folder, "alice")
    newest = max(_device_folder(folder, db).glob("*.qsync.gz"))
    return list(read_change_file(newest).ops)


def test_files_from_a_newer_qalam_are_left_alone_and_named(tmp_path, dumps, folder):
    a, b, c = (library(tmp_path / f"{n}.sqlite", dumps) for n in "abc")
    highlight_murat(a)
    synced(a, folder, "alice")
    add_tag(c, [ArticleId(article_id(c, POETS))], "economy")
    synced(c, folder, "carol")
    newer_file = next(_device_folder(folder, c).glob("*.qsync.gz"))
    content = read_change_file(newer_file)
    write_change_file(folder, content.device, 1, SYNC_SCHEMA + 1, content.ops)  # carol updated Qalam
    device_json = _device_folder(folder, c) / "device.json"
    device_json.write_text(json.dumps({**json.loads(device_json.read_text()), "schema": SYNC_SCHEMA + 1}))
    report = synced(b, folder, "bob")
    assert report.newer == ("carol · carol's machine",) and not report.ok
    assert "update Qalam to read changes from carol · carol's machine" in report.lines()
    assert len(article_annotations(b, ArticleId(article_id(b, MURAT)))) == 1  # alice's still arrive
    assert list_tags(b) == []


# --- clocks and copies ---------------------------------------------------------------------------------------
def test_a_clock_far_ahead_is_reported_and_not_followed_and_an_edit_that_saw_its_value_still_wins(pair, folder):
    a, b = pair
    synced(a, folder, "alice")
    highlight_murat(b)
    synced(b, folder, "bob")
    synced(a, folder, "alice")
    year = 365 * 24 * 3600 * 1000
    future = hlc.from_ms(hlc.now_ms() + year)
    key = a.execute("SELECT uuid FROM annotations").fetchone()[0]
    parent = a.execute("SELECT hlc, dev FROM sync_ops WHERE key = ? AND field = 'note'", [key]).fetchone()
    device = str(read_state(b).device)
    write_change_file(
        folder, device, 2, SYNC_SCHEMA, [Op("annotations", key, "note", future, "from the future", (tuple(parent),))]
    )
    report = synced(a, folder, "alice")
    assert any("hours ahead" in w for w in report.warnings)
    assert read_state(a).hlc < future  # this clock did not jump a year
    assert a.execute("SELECT note FROM annotations").fetchone()[0] == "from the future"
    update_note(a, AnnotationId(only(a)), "written after reading it")  # saw the future edit: replaces it
    round_trip(a, b, folder)
    assert {db.execute("SELECT note FROM annotations").fetchone()[0] for db in (a, b)} == {"written after reading it"}
    assert list_conflicts(a) == list_conflicts(b) == []


def test_a_library_restored_from_a_backup_takes_a_new_id_and_gets_back_what_it_had_sent(tmp_path, dumps, folder):
    a = library(tmp_path / "a.sqlite", dumps)
    synced(a, folder, "alice")
    a.close()
    shutil.copy(tmp_path / "a.sqlite", tmp_path / "backup.sqlite")
    a = Database(tmp_path / "a.sqlite")
    from desktop.core.store import open_library

    a = open_library(tmp_path / "a.sqlite")
    lost = highlight_murat(a, note="made after the backup")
    synced(a, folder, "alice")
    a.close()
    restored = open_library(tmp_path / "backup.sqlite")  # the disk died; the backup is all there is
    old_device = str(read_state(restored).device)
    set_starred(restored, [ArticleId(article_id(restored, POETS))], True)  # an edit made before syncing again
    report = synced(restored, folder, "alice")
    assert report.forked is not None and report.forked[0] == old_device and read_state(restored).device != old_device
    notes = [n.note for n in article_annotations(restored, ArticleId(article_id(restored, MURAT)))]
    assert notes == ["made after the backup"] and lost
    assert get_article(restored, ArticleId(article_id(restored, POETS))).is_starred  # type: ignore[union-attr]
    assert len(list((folder / "devices" / old_device).glob("*.qsync.gz"))) == 1  # the old files were never overwritten
    other = library(tmp_path / "other.sqlite", dumps)
    synced(other, folder, "bob")
    assert state_hash(other) == state_hash(restored)


def test_a_crash_between_writing_a_file_and_recording_it_is_recovered_without_a_duplicate(pair, folder, monkeypatch):
    a, b = pair
    synced(a, folder, "alice")
    highlight_murat(a)
    from desktop.core.sync import folder as folder_module

    original = folder_module.write_change_file

    def write_then_die(*args, **kwargs):
        original(*args, **kwargs)
        raise KeyboardInterrupt  # the process dies after the rename, before the library records it

    monkeypatch.setattr(folder_module, "write_change_file", write_then_die)
    with pytest.raises(KeyboardInterrupt):
        synced(a, folder, "alice")
    monkeypatch.undo()
    assert read_state(a).exported_seq == 0
    report = synced(a, folder, "alice")
    assert report.pushed == () and read_state(a).exported_seq == 1  # adopted, not written again
    synced(b, folder, "bob")
    assert state_hash(a) == state_hash(b)


def test_sync_writes_nothing_outside_the_chosen_folder(tmp_path, dumps, folder):
    a = library(tmp_path / "lib" / "a.sqlite", dumps)
    highlight_murat(a)
    outside = {p for p in tmp_path.rglob("*") if folder not in p.parents and p != folder}
    synced(a, folder, "alice", share=True)
    after = {p for p in tmp_path.rglob("*") if folder not in p.parents and p != folder}
    assert after - outside <= {Path(f"{tmp_path / 'lib' / 'a.sqlite'}-wal"), Path(f"{tmp_path / 'lib' / 'a.sqlite'}-shm")}


def test_a_folder_that_holds_other_files_is_refused(pair, tmp_path):
    a, _ = pair
    busy = tmp_path / "documents"
    busy.mkdir()
    (busy / "thesis.docx").write_text("mine")
    from desktop.core.sync.run import sync_once

    report = sync_once(a, busy, user="alice")
    assert not report.ok and "other files" in report.errors[0]
    assert sorted(p.name for p in busy.iterdir()) == ["thesis.docx"]


def test_the_synced_state_hash_depends_on_user_data_only(pair, folder):
    a, b = pair
    assert state_hash(a) == state_hash(b)  # other local ids, same data
    set_starred(a, [ArticleId(article_id(a, POETS))], True)
    assert state_hash(a) != state_hash(b)
    assert user_state(a)["articles"] != user_state(b)["articles"]


def test_a_library_moved_to_another_folder_brings_everything_it_holds_into_it(tmp_path, dumps, folder):
    a, b, c = (library(tmp_path / f"{n}.sqlite", dumps) for n in "abc")
    highlight_murat(a, note="made on A")
    add_tag(b, [ArticleId(article_id(b, POETS))], "economy")
    round_trip(a, b, folder)
    other = tmp_path / "syncthing"
    other.mkdir()
    report = synced(a, other, "alice")  # A now syncs through another folder, where only C is
    assert any("new sync folder" in w for w in report.warnings)
    synced(c, other, "carol")
    assert [n.note for n in article_annotations(c, ArticleId(article_id(c, MURAT)))] == ["made on A"]
    assert [t.name for t in list_tags(c)] == ["economy"]  # B's edit, relayed by A
    assert state_hash(c) == state_hash(a) == state_hash(b)
    update_note(a, AnnotationId(only(a)), "and later")
    synced(a, other, "alice")
    synced(c, other, "carol")
    assert c.execute("SELECT note FROM annotations").fetchone()[0] == "and later"


def test_old_files_that_every_device_has_read_are_compacted_and_a_newcomer_reaches_the_same_state(tmp_path, dumps, folder):
    from desktop.core.sync.compaction import compact

    a, b = library(tmp_path / "a.sqlite", dumps), library(tmp_path / "b.sqlite", dumps[::-1])
    synced(a, folder, "alice")
    synced(b, folder, "bob")
    made = highlight_murat(a)
    for n in range(8):  # a note retyped again and again: each version replaced the one before
        update_note(a, made, f"draft {n}")
        synced(a, folder, "alice")
    own = _device_folder(folder, a)
    files = sorted(p.name for p in own.glob("*.qsync.gz"))
    assert len(files) == 8  # the highlight went out with the first draft
    assert compact(a, folder, at=3) is None  # bob has not read them yet: nothing may go
    synced(b, folder, "bob")
    synced(b, folder, "bob")  # its device.json now says it has read them all
    done = compact(a, folder, at=3)
    assert done is not None and done.seq == 8 and done.files == 7 and done.ops_after < done.ops_before
    assert sorted(p.name for p in own.glob("*.qsync.gz")) == ["00000008.qsync.gz"]
    assert len(read_change_file(own / "00000008.qsync.gz").ops) == done.ops_after
    update_note(a, made, "final")
    synced(a, folder, "alice")  # writes file 9, after the compacted 8
    c = library(tmp_path / "c.sqlite", dumps)
    report = synced(c, folder, "carol")
    assert [x.name for x in report.applied if x.device == str(read_state(a).device)] == ["00000008.qsync.gz", "00000009.qsync.gz"]
    synced(b, folder, "bob")
    assert state_hash(a) == state_hash(b) == state_hash(c)
    assert c.execute("SELECT note FROM annotations").fetchone()[0] == "final"
    assert synced(a, folder, "alice").ok
