"""The translators' rows sync between libraries that number the articles the other way round.

A correction of a pair's alignment, a mismatch accepted as fine and a dismissed suggestion are
each stored with the lower local article id first. The two libraries here import the editions'
dumps in opposite orders (English first on one, Kazakh first on the other), so the English and
Russian editions of an item are stored one way round on the first and the other way round on
the second: every row must arrive turned to the receiving library's order, and read back
through the translators' own functions exactly as it was made.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.alignment import parallel_rows
from desktop.core.alignment_corrections import add_correction, corrections, delete_correction, pair_alignment
from desktop.core.alignment_cuts import cuts_of, move_edit, split_edit
from desktop.core.annotations import article_annotations, create_highlight
from desktop.core.drift import Side
from desktop.core.drift_acceptance import accept_mismatch, unaccept_mismatch
from desktop.core.ids import ArticleId
from desktop.core.pair_drift import newest_text, pair_drift
from desktop.core.projection import confirm_projection, project_annotations
from desktop.core.sync.conflicts import ConflictKind, list_conflicts, resolve
from desktop.core.sync.spec import TOMBSTONE
from desktop.core.translation_dismissals import dismiss_suggestion, dismissed, undo_dismissal
from desktop.core.translations import link_translations
from tests.core.alignment_corpus import write_corpus_dumps
from tests.core.corpus_library import CORPUS, import_new_version, title_of
from tests.core.sync.helpers import library, state_hash, synced

FIGURE = "180 млн долларов"


class Device:
    """A library and its user, with the corpus' editions by (item, language)."""

    def __init__(self, db: Database, user: str) -> None:
        self.db, self.user = db, user
        self.editions = {
            (article.name[:2], language): ArticleId(
                db.execute("SELECT id FROM articles WHERE title = ?", [title_of(article, language)]).fetchone()[0]
            )
            for article in CORPUS
            for language in article.editions
        }

    def __getitem__(self, edition: tuple[str, str]) -> ArticleId:
        return self.editions[edition]

    def text(self, edition: tuple[str, str]) -> str:
        return str(newest_text(self.db, self[edition]))


EN, RU = ("01", "en"), ("01", "ru")


def make_devices(tmp_path: Path) -> tuple[Device, Device]:
    dumps = write_corpus_dumps(tmp_path, CORPUS)  # en, ru, kk
    a = Device(library(tmp_path / "a.sqlite", dumps), "alice")
    b = Device(library(tmp_path / "b.sqlite", dumps[::-1]), "bob")
    # The premise: the pair is stored one way round on each.
    assert a[EN] < a[RU] and b[EN] > b[RU]
    return a, b


@pytest.fixture
def devices(tmp_path: Path):
    a, b = make_devices(tmp_path)
    folder = tmp_path / "shared"
    folder.mkdir()
    synced(a.db, folder, a.user)
    synced(b.db, folder, b.user)
    yield a, b, folder
    a.db.close()
    b.db.close()


def round_trip(a: Device, b: Device, folder: Path) -> None:
    for device in (a, b, a):
        synced(device.db, folder, device.user)


def settled(*devices: Device) -> None:
    """Nothing waits and nothing is in conflict, and the libraries hold the same synced rows."""
    for device in devices:
        assert device.db.execute("SELECT count(*) FROM sync_waiting").fetchone()[0] == 0
        assert list_conflicts(device.db) == []
    assert len({state_hash(device.db) for device in devices}) == 1


def rows_of(device: Device, left: tuple[str, str], right: tuple[str, str]) -> list[tuple[tuple[str, ...], tuple[str, ...]]]:
    alignment = pair_alignment(device.db, device[left], device[right], device.text(left), device.text(right))
    return [(row.left, row.right) for row in alignment.rows]


# --- corrections of the alignment --------------------------------------------------------------------
def test_corrections_made_on_both_devices_give_both_the_same_rows_either_way_round(devices, monkeypatch):
    a, b, folder = devices
    # Two corrections on A, the second on the rows the first made. Their UUIDs sort the other
    # way round (B places the second first): they must still apply in the order they were made.
    uuids = iter(["ffffffff-0000-4000-8000-000000000001", "00000000-0000-4000-8000-000000000002"])
    monkeypatch.setattr("desktop.core.alignment_corrections.new_uuid", lambda: next(uuids))
    left, right = a.text(EN), a.text(RU)
    add_correction(a.db, a[EN], a[RU], left, right, move_edit(left, right, cuts_of(parallel_rows(left, right)), 2, Side.RIGHT, up=True))
    cuts = pair_alignment(a.db, a[EN], a[RU], left, right).cuts
    add_correction(a.db, a[EN], a[RU], left, right, split_edit(left, right, cuts, 1, Side.RIGHT))
    monkeypatch.undo()
    made_on_a = rows_of(a, EN, RU)
    assert made_on_a != [(r.left, r.right) for r in parallel_rows(left, right)]  # the corrections changed the rows
    round_trip(a, b, folder)
    assert rows_of(b, EN, RU) == made_on_a
    assert rows_of(b, RU, EN) == [(right, left) for left, right in made_on_a]  # the same pair read from the other side

    # B corrects the pair the other way round (Russian on the left), stored turned on B.
    left, right = b.text(RU), b.text(EN)
    cuts = pair_alignment(b.db, b[RU], b[EN], left, right).cuts
    add_correction(b.db, b[RU], b[EN], left, right, move_edit(left, right, cuts, 4, Side.LEFT, up=True))
    made_on_b = rows_of(b, EN, RU)
    assert made_on_b != made_on_a
    round_trip(a, b, folder)
    assert rows_of(a, EN, RU) == made_on_b
    assert [c.kind for c in corrections(a.db, a[EN], a[RU])] == [c.kind for c in corrections(b.db, b[EN], b[RU])]
    settled(a, b)


def test_undoing_a_correction_on_one_device_undoes_it_on_the_other(devices):
    a, b, folder = devices
    automatic = rows_of(a, EN, RU)
    left, right = b.text(EN), b.text(RU)
    made = add_correction(b.db, b[EN], b[RU], left, right, move_edit(left, right, cuts_of(parallel_rows(left, right)), 2, Side.RIGHT, up=True))
    round_trip(a, b, folder)
    assert rows_of(a, EN, RU) != automatic
    delete_correction(b.db, made.correction)
    round_trip(a, b, folder)
    assert rows_of(a, EN, RU) == automatic
    assert corrections(a.db, a[EN], a[RU]) == []
    settled(a, b)


def test_an_arriving_correction_tells_the_views_of_its_pair(devices):
    a, b, folder = devices
    left, right = a.text(EN), a.text(RU)
    add_correction(a.db, a[EN], a[RU], left, right, move_edit(left, right, cuts_of(parallel_rows(left, right)), 2, Side.RIGHT, up=True))
    synced(a.db, folder, a.user)
    report = synced(b.db, folder, b.user)
    assert report.change.alignments == {b[EN], b[RU]}


# --- mismatches accepted as fine -------------------------------------------------------------------------
def plant_figure(*devices: Device, tmp_path: Path) -> None:
    """Item 01's Russian edition republished with the contract at 180 million instead of 108, on every device."""
    text = devices[0].text(RU).replace("стоимостью 108 млн долларов", "стоимостью 180 млн долларов")
    for k, device in enumerate(devices):
        import_new_version(device.db, tmp_path, "01", "ru", text, name=f"later{k}")


def figure(device: Device, left: tuple[str, str] = EN, right: tuple[str, str] = RU):
    report = pair_drift(device.db, device[left], device[right], device.text(left), device.text(right))
    return report, next(m for m in (*report.mismatches, *report.accepted) if m.text == FIGURE)


def test_a_mismatch_accepted_on_one_device_is_accepted_on_the_other_on_the_side_that_states_it(devices, tmp_path):
    a, b, folder = devices
    plant_figure(a, b, tmp_path=tmp_path)
    _report, mine = figure(a)
    assert mine.side is Side.RIGHT  # the Russian edition states it
    change = accept_mismatch(a.db, a[EN], a[RU], mine)
    assert change.alignments == {a[EN], a[RU]}
    round_trip(a, b, folder)
    for left, right, side in ((EN, RU, Side.RIGHT), (RU, EN, Side.LEFT)):
        report, seen = figure(b, left, right)
        assert seen in report.accepted and seen not in report.mismatches and seen.side is side
    assert b.db.execute("SELECT uuid FROM drift_acceptances").fetchall() == a.db.execute("SELECT uuid FROM drift_acceptances").fetchall()
    settled(a, b)

    unaccept_mismatch(a.db, a[EN], a[RU], mine)  # undo on A
    round_trip(a, b, folder)
    report, seen = figure(b)
    assert seen in report.mismatches and not report.accepted
    settled(a, b)


def test_one_mismatch_accepted_on_both_devices_is_one_row(devices, tmp_path):
    a, b, folder = devices
    plant_figure(a, b, tmp_path=tmp_path)
    accept_mismatch(a.db, a[EN], a[RU], figure(a)[1])
    accept_mismatch(b.db, b[RU], b[EN], figure(b, RU, EN)[1])  # from the other side, stored the other way round
    round_trip(a, b, folder)
    for device in (a, b):
        assert device.db.execute("SELECT count(*), count(deleted_at) FROM drift_acceptances").fetchone() == (1, 0)
        report, seen = figure(device)
        assert seen in report.accepted
    settled(a, b)


@pytest.mark.parametrize("legacy", ["00000000-0000-5000-8000-000000000000", "ffffffff-ffff-5fff-bfff-ffffffffffff"])
def test_an_acceptance_of_another_uuid_for_one_mismatch_is_folded_into_one_row(tmp_path, legacy):
    """A row made before the UUID was derived from the articles' own UUIDs (another UUID for the
    same mismatch) meets the one made by today's rule: one row, no failure, and the undo still travels."""
    a, b = make_devices(tmp_path)
    plant_figure(a, b, tmp_path=tmp_path)
    accept_mismatch(a.db, a[EN], a[RU], figure(a)[1])
    a.db.execute("UPDATE drift_acceptances SET uuid = ?", [legacy])  # made by an older Qalam
    accept_mismatch(b.db, b[EN], b[RU], figure(b)[1])
    derived = b.db.execute("SELECT uuid FROM drift_acceptances").fetchone()[0]
    folder = tmp_path / "shared"
    folder.mkdir()
    round_trip(a, b, folder)
    round_trip(a, b, folder)
    for device in (a, b):
        assert device.db.execute("SELECT uuid, deleted_at FROM drift_acceptances").fetchall() == [(min(legacy, derived), None)]
    settled(a, b)
    unaccept_mismatch(b.db, b[EN], b[RU], figure(b)[1])
    round_trip(a, b, folder)
    report, seen = figure(a)
    assert seen in report.mismatches
    settled(a, b)


def test_the_uuid_of_an_acceptance_and_a_dismissal_is_the_same_however_the_articles_are_numbered(tmp_path):
    a, b = make_devices(tmp_path)
    plant_figure(a, b, tmp_path=tmp_path)
    accept_mismatch(a.db, a[EN], a[RU], figure(a)[1])
    accept_mismatch(b.db, b[EN], b[RU], figure(b)[1])
    dismiss_suggestion(a.db, a[EN], a[RU])
    dismiss_suggestion(b.db, b[RU], b[EN])
    for table in ("drift_acceptances", "translation_dismissals"):
        [(mine,)], [(theirs,)] = (d.db.execute(f"SELECT uuid FROM {table}").fetchall() for d in (a, b))
        assert mine == theirs


# --- dismissed suggestions ------------------------------------------------------------------------------
def test_a_dismissal_and_its_undo_reach_the_other_device(devices):
    a, b, folder = devices
    change = dismiss_suggestion(b.db, b[RU], b[EN])
    assert change.links == {b[RU], b[EN]}
    synced(b.db, folder, b.user)
    report = synced(a.db, folder, a.user)
    assert dismissed(a.db, a[EN]) == {a[RU]} and dismissed(a.db, a[RU]) == {a[EN]}
    assert report.change.links >= {a[EN], a[RU]}
    dismiss_suggestion(a.db, a[EN], a[RU])  # again, on A: nothing new
    round_trip(a, b, folder)
    assert [d.db.execute("SELECT count(*) FROM translation_dismissals").fetchone()[0] for d in (a, b)] == [1, 1]
    undo_dismissal(b.db, b[EN], b[RU])
    round_trip(a, b, folder)
    assert dismissed(a.db, a[EN]) == frozenset()
    settled(a, b)


def test_one_pair_dismissed_on_both_devices_is_one_row(devices):
    a, b, folder = devices
    dismiss_suggestion(a.db, a[EN], a[RU])
    dismiss_suggestion(b.db, b[EN], b[RU])
    round_trip(a, b, folder)
    for device in (a, b):
        assert device.db.execute("SELECT count(*), count(deleted_at) FROM translation_dismissals").fetchone() == (1, 0)
    settled(a, b)


# --- confirmed projections ------------------------------------------------------------------------------
def test_a_confirmed_projection_arrives_linked_to_its_original(devices):
    a, b, folder = devices
    link_translations(a.db, a[EN], a[RU])
    text = a.text(EN)
    start = text.index("valued at $108 million")
    version = a.db.execute("SELECT max(id) FROM versions WHERE article_id = ?", [a[EN]]).fetchone()[0]
    original = create_highlight(a.db, a[EN], version, start, start + len("valued at $108 million"), 4).annotation
    [projection] = project_annotations(a.db, a[RU], a.db.execute("SELECT max(id) FROM versions WHERE article_id = ?", [a[RU]]).fetchone()[0])
    ru_text = a.text(RU)
    at = ru_text.index("108 млн долларов")
    ru_version = a.db.execute("SELECT max(id) FROM versions WHERE article_id = ?", [a[RU]]).fetchone()[0]
    confirm_projection(a.db, a[RU], ru_version, at, at + len("108 млн долларов"), projection.source)
    round_trip(a, b, folder)
    [copy] = article_annotations(b.db, b[RU])
    assert copy.quote == "108 млн долларов"
    assert b.db.execute("SELECT source_uuid FROM annotations WHERE id = ?", [copy.id]).fetchone()[0] == original.uuid
    for article in (b[RU], b[EN]):  # neither projected again where it has its own, nor back
        version = b.db.execute("SELECT max(id) FROM versions WHERE article_id = ?", [article]).fetchone()[0]
        assert project_annotations(b.db, article, version) == ()
    settled(a, b)



@pytest.mark.parametrize("b_first", [True, False], ids=["B accepted first", "A accepted first"])
def test_a_mismatch_taken_back_on_one_device_while_the_other_accepted_it_is_one_conflict(devices, tmp_path, b_first):
    """The same row made on both (one UUID, the same values) is no edit the undo missed: one
    conflict, taken back or accepted, and settling it leaves none."""
    a, b, folder = devices
    plant_figure(a, b, tmp_path=tmp_path)
    for device in (b, a) if b_first else (a, b):
        accept_mismatch(device.db, device[EN], device[RU], figure(device)[1])
    unaccept_mismatch(a.db, a[EN], a[RU], figure(a)[1])  # A thinks better of it, not knowing that B accepted it too
    round_trip(a, b, folder)
    for device in (a, b):
        [conflict] = list_conflicts(device.db)
        assert (conflict.kind, conflict.table, conflict.field) == (ConflictKind.FIELD, "drift_acceptances", TOMBSTONE)
        assert {conflict.current.value is None, conflict.other.value is None} == {True, False}
        assert conflict.subject == FIGURE and conflict.article == device[RU]
    resolve(b.db, list_conflicts(b.db)[0], use_other=False)
    round_trip(a, b, folder)
    settled(a, b)
