"""A pair's drift as the user left it: mismatches accepted as fine stay quiet, and the list's per-article counts."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.alignment_corrections import add_correction, pair_alignment
from desktop.core.alignment_cuts import merge_edit
from desktop.core.drift import MismatchKind, Side
from desktop.core.drift_acceptance import accept_mismatch, unaccept_mismatch
from desktop.core.pair_drift import article_drift_counts, newest_text, pair_drift
from desktop.core.translations import link_translations
from tests.core.corpus_library import import_corpus, import_new_version
from tests.core.test_align_cli import run


@pytest.fixture
def corpus(library: Database, tmp_path: Path):
    return import_corpus(library, tmp_path)


def planted(library, corpus, tmp_path):
    """Item 01's Russian edition republished with the Falcon EuroBus contract at 180 million instead of 108."""
    en, ru = corpus[("01", "en")], corpus[("01", "ru")]
    text = newest_text(library, ru).replace("стоимостью 108 млн долларов", "стоимостью 180 млн долларов")
    import_new_version(library, tmp_path, "01", "ru", text)
    return en, ru, newest_text(library, en), newest_text(library, ru)


def test_a_planted_figure_is_a_mismatch_in_its_row(library, corpus, tmp_path):
    en, ru, left, right = planted(library, corpus, tmp_path)
    report = pair_drift(library, en, ru, left, right)
    figures = [m for m in report.mismatches if m.kind in (MismatchKind.AMOUNT, MismatchKind.NUMBER)]
    assert {(m.side, m.text) for m in figures} == {(Side.LEFT, "$108 million"), (Side.RIGHT, "180 млн долларов")}
    row = report.alignment.rows[figures[0].segment]
    assert "Falcon EuroBus" in row.left[0] and set(report.in_row(figures[0].segment)) >= set(figures)


def test_an_accepted_mismatch_stays_quiet_after_the_rows_are_corrected_and_comes_back_when_taken_back(library, corpus, tmp_path):
    en, ru, left, right = planted(library, corpus, tmp_path)
    report = pair_drift(library, en, ru, left, right)
    mine = next(m for m in report.mismatches if m.text == "180 млн долларов")
    accept_mismatch(library, en, ru, mine)
    after = pair_drift(library, en, ru, left, right)
    assert mine not in after.mismatches and mine in after.accepted
    # Re-cut the rows: the mismatch is now in another row, and still accepted.
    add_correction(library, en, ru, left, right, merge_edit(report.alignment.cuts, 0))
    recut = pair_drift(library, en, ru, left, right)
    moved = next(m for m in recut.accepted if m.text == "180 млн долларов")
    assert moved.segment == mine.segment - 1
    assert all(m.text != "180 млн долларов" for m in recut.mismatches)
    # Seen from the other side, the same acceptance holds.
    assert any(m.text == "180 млн долларов" and m.side is Side.LEFT for m in pair_drift(library, ru, en, right, left).accepted)
    [(row_id, uuid)] = library.execute("SELECT id, uuid FROM drift_acceptances").fetchall()
    unaccept_mismatch(library, en, ru, mine)
    assert any(m.text == "180 млн долларов" for m in pair_drift(library, en, ru, left, right).mismatches)
    accept_mismatch(library, en, ru, mine)  # again: the very row, revived
    assert library.execute("SELECT id, uuid, deleted_at FROM drift_acceptances").fetchall() == [(row_id, uuid, None)]


def test_the_drift_counts_cover_articles_with_translations_only(library, corpus, tmp_path):
    en, ru, left, right = planted(library, corpus, tmp_path)
    kk = corpus[("01", "kk")]
    lonely = corpus[("02", "en")]
    link_translations(library, en, ru)
    link_translations(library, en, kk)
    counts = article_drift_counts(library, [en, ru, lonely])
    assert counts[lonely] is None
    expected = len(pair_drift(library, en, ru, left, right).mismatches)
    assert expected >= 2
    by_label = {t.label: t.count for t in counts[en].translations}
    assert by_label["RU"] == expected and set(by_label) == {"RU", "KK"}
    assert counts[ru].total == expected and [t.label for t in counts[ru].translations] == ["EN"]
    report = pair_drift(library, en, ru, left, right)
    for m in report.mismatches:
        accept_mismatch(library, en, ru, m)
    assert article_drift_counts(library, [ru])[ru].total == 0


def test_the_corrected_rows_are_what_the_drift_check_compares(library, corpus):
    en, ru = corpus[("01", "en")], corpus[("01", "ru")]
    left, right = newest_text(library, en), newest_text(library, ru)
    alignment = pair_alignment(library, en, ru, left, right)
    add_correction(library, en, ru, left, right, merge_edit(alignment.cuts, 0))
    report = pair_drift(library, en, ru, left, right)
    assert report.alignment.rows == pair_alignment(library, en, ru, left, right).rows
    assert len(report.alignment.rows) == len(alignment.rows) - 1


def test_qalam_drift_leaves_out_what_was_accepted_in_the_window(library, library_path, corpus, tmp_path, capsys):
    en, ru, left, right = planted(library, corpus, tmp_path)
    code, out, _err = run(capsys, "drift", "--db", library_path, str(en), str(ru))
    assert code == 0 and "\tright\tamount\t180 млн долларов" in out
    mine = next(m for m in pair_drift(library, en, ru, left, right).mismatches if m.text == "180 млн долларов")
    accept_mismatch(library, en, ru, mine)
    code, out, _err = run(capsys, "drift", "--db", library_path, str(en), str(ru))
    assert code == 0 and "180 млн долларов" not in out and "\tleft\tamount\t$108 million" in out
