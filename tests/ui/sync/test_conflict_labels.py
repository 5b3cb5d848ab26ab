"""The Conflicts list names the translators' rows in words: which mismatch, which pair, accepted or taken back."""

from __future__ import annotations

from pathlib import Path

from desktop.core.drift_acceptance import accept_mismatch, unaccept_mismatch
from desktop.core.sync.conflicts import list_conflicts
from desktop.ui.sync.conflicts_dialog import ConflictsDialog, subject_label, value_label
from tests.core.sync.test_sync_translations import EN, FIGURE, RU, figure, make_devices, plant_figure, round_trip


def test_a_mismatch_accepted_on_one_device_and_taken_back_on_the_other_is_listed_in_words(qtbot, tmp_path: Path):
    a, b = make_devices(tmp_path)
    plant_figure(a, b, tmp_path=tmp_path)
    folder = tmp_path / "shared"
    folder.mkdir()
    round_trip(a, b, folder)
    accept_mismatch(b.db, b[EN], b[RU], figure(b)[1])
    accept_mismatch(a.db, a[EN], a[RU], figure(a)[1])
    unaccept_mismatch(a.db, a[EN], a[RU], figure(a)[1])
    round_trip(a, b, folder)
    [conflict] = list_conflicts(b.db)
    title = b.db.execute("SELECT title FROM articles WHERE id = ?", [b[RU]]).fetchone()[0]
    assert subject_label(conflict, title) == f"Mismatch “{FIGURE}” accepted as fine — “{title}”"
    values = {value_label(conflict, conflict.current, current=True), value_label(conflict, conflict.other, current=False)}
    assert values == {"Accepted as fine", "Taken back"}
    dialog = ConflictsDialog()
    qtbot.addWidget(dialog)
    dialog.set_conflicts([conflict], {b[RU]: title})
    item = dialog.tree.topLevelItem(0)
    assert (item.text(0), item.text(1)) == (subject_label(conflict, title), "accepted or not")


def test_a_quote_that_has_its_own_quotation_marks_is_not_quoted_twice():
    from desktop.core.sync.conflicts import Conflict, ConflictKind, Side

    side = Side(value="a note", shown=None, device="d", who="bob · vm", when="2026-12-01T02:49:00Z", stamp=(1, "d"))
    conflict = Conflict(ConflictKind.FIELD, "annotations", "k", "note", None, '"We, together with our colleagues"', side, side)
    assert subject_label(conflict, "«Murat Abenov»") == "Highlight “We, together with our colleagues” — “Murat Abenov”"
