"""`qalam diff`: the word diff in git's --word-diff style and the classification, for scripts."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main


@pytest.fixture
def db_path(tmp_path: Path, samples_dir: Path, capsys) -> Path:
    path = tmp_path / "cli.sqlite"
    assert main(["import", "--db", str(path), str(samples_dir)]) == EXIT_OK
    capsys.readouterr()
    return path


def run(capsys, *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def murat(db_path: Path) -> tuple[int, list[int]]:
    """The "MURAT ABENOV…" article and its version ids, oldest first."""
    from desktop.core.store import open_library

    db = open_library(db_path)
    try:
        article = db.execute("SELECT id FROM articles WHERE title LIKE 'MURAT ABENOV%'").fetchone()[0]
        return article, [r[0] for r in db.execute("SELECT id FROM versions WHERE article_id = ? ORDER BY id", [article])]
    finally:
        db.close()


def test_diff_of_the_base_and_newest_version(capsys, db_path: Path):
    article, (first, newest) = murat(db_path)
    code, out, err = run(capsys, "diff", "--db", db_path, article)
    assert code == EXIT_OK and err == ""
    body, classification = out.rstrip("\n").rsplit("\n\n", 1)
    assert body.count('[-"-]') == 13 and body.count("[-'-]") == 1 and "{+" not in body
    assert 'explained the essence of the changes proposed in the new draft Constitution. [-"-]We, together' in body
    # The same numbering as the reader's ("Version 2 of 2"), with the ids that VERSION arguments take.
    assert classification == f"version 2 of 2 (id {newest}) against version 1 of 2 (id {first}): punctuation/quotes only"


def test_diff_ignoring_punctuation_shows_the_text_unmarked(capsys, db_path: Path):
    code, out, _ = run(capsys, "diff", "--db", db_path, murat(db_path)[0], "--ignore", "punctuation")
    assert code == EXIT_OK
    assert "[-" not in out and "{+" not in out
    assert out.rstrip().endswith("punctuation/quotes only")


def test_diff_of_two_chosen_versions(capsys, db_path: Path):
    article, (first, newest) = murat(db_path)
    code, out, _ = run(capsys, "diff", "--db", db_path, article, newest, first)
    assert code == EXIT_OK
    assert out.count('{+"+}') == 13  # the other way round, the quotation marks are insertions
    assert out.rstrip().endswith(f"version 1 of 2 (id {first}) against version 2 of 2 (id {newest}): punctuation/quotes only")


def test_diff_errors_name_the_problem(capsys, db_path: Path):
    article = murat(db_path)[0]
    code, _, err = run(capsys, "diff", "--db", db_path, 999)
    assert code == EXIT_FAILED and "no article 999" in err
    code, _, err = run(capsys, "diff", "--db", db_path, article, 1, 99999)
    assert code == EXIT_FAILED and "no version" in err and "its versions are" in err
    code, _, err = run(capsys, "diff", "--db", db_path, article, "--ignore", "colour")
    assert code == EXIT_USAGE and "colour" in err
    code, _, err = run(capsys, "diff", "--db", db_path, article, 1)
    assert code == EXIT_USAGE
