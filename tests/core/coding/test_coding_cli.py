"""The coding commands: codes, cooccurrence, agreement, qdpx/qdc export and import, as scripts see them."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from desktop.cli import EXIT_FAILED, EXIT_OK, main
from desktop.core.coding import codebook, codings
from desktop.core.importer import import_paths
from desktop.core.store import open_library
from tests.core.coding.conftest import MURAT_TITLE, PASSAGE


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def coded_path(tmp_path: Path, samples_dir: Path) -> Path:
    path = tmp_path / "coded.sqlite"
    db = open_library(path)
    import_paths(db, [samples_dir])
    murat = db.execute("SELECT id FROM articles WHERE title = ?", [MURAT_TITLE]).fetchone()[0]
    version, text = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [murat]).fetchone()
    frames = codebook.create_code(db, "Frames").code
    conflict = codebook.create_code(db, "Conflict", frames).code
    actors = codebook.create_code(db, "Actors").code
    start = text.index(PASSAGE)
    codings.code_passage(db, murat, version, start, start + len(PASSAGE), [conflict, actors], "A")
    codings.code_passage(db, murat, version, start, start + len(PASSAGE), [conflict], "B")
    for offset, coders in ((1, ("A", "B")), (2, ("A",))):
        for coder in coders:
            codings.code_articles(db, [murat + offset], [actors], coder)
    db.close()
    return path


def test_codes_prints_the_tree_with_counts(capsys, coded_path: Path):
    code, out, _ = run(capsys, "codes", "--db", coded_path)
    assert code == EXIT_OK
    assert out.splitlines() == [
        "Frames\t0 passages\t0 articles",
        "  Conflict\t2 passages\t1 article",
        "Actors\t4 passages\t3 articles",
    ]


def test_cooccurrence_is_csv(capsys, coded_path: Path):
    code, out, _ = run(capsys, "cooccurrence", "--db", coded_path)
    rows = list(csv.reader(io.StringIO(out)))
    assert code == EXIT_OK and rows[0] == ["code_a", "code_b", "count"]
    assert ["Frames/Conflict", "Actors", "1"] in rows and ["Frames/Conflict", "Frames/Conflict", "1"] in rows
    _, out, _ = run(capsys, "cooccurrence", "--db", coded_path, "--level", "article")
    assert ["Actors", "Actors", "3"] in list(csv.reader(io.StringIO(out)))


def test_agreement_prints_one_line_per_code_then_the_overall(capsys, coded_path: Path):
    code, out, err = run(capsys, "agreement", "--db", coded_path, "--coders", "A,B")
    assert code == EXIT_OK
    lines = [line.split("\t") for line in out.splitlines()]
    assert [line[0] for line in lines] == ["Actors", "Frames/Conflict", "overall"]
    assert lines[0][1] == "50.0" and lines[1][1] == "100.0"
    assert lines[1][2:] == ["1.000", "1.000"]  # both coded it in one article and not in the other
    assert "2 articles coded by all of A, B" in err
    code, out, _ = run(capsys, "agreement", "--db", coded_path, "--coders", "A,B", "--level", "passage")
    assert code == EXIT_OK and out.splitlines()[-1].startswith("overall\t")
    assert run(capsys, "agreement", "--db", coded_path, "--coders", "A")[0] == 2
    code, _, err = run(capsys, "agreement", "--db", coded_path, "--coders", "A,Zed")
    assert code == EXIT_FAILED and "no codings by Zed" in err


def test_qdpx_and_qdc_export_and_import_through_the_cli(capsys, coded_path: Path, tmp_path: Path, samples_dir: Path):
    project, book = tmp_path / "p.qdpx", tmp_path / "b.qdc"
    assert run(capsys, "export", "--db", coded_path, "--format", "qdpx", "-o", project)[0] == EXIT_OK
    code, _, err = run(capsys, "export", "--db", coded_path, "--format", "qdc", "-o", book)
    assert code == EXIT_OK and "exported 3 codes" in err
    assert "project.qde" in zipfile.ZipFile(project).namelist()
    fresh = tmp_path / "fresh.sqlite"
    run(capsys, "import", "--db", fresh, samples_dir)
    code, out, _ = run(capsys, "import-codebook", "--db", fresh, book)
    assert code == EXIT_OK and out.startswith("3 new codes")
    code, out, _ = run(capsys, "import-project", "--db", fresh, project)
    assert code == EXIT_OK and "6 new codings" in out
    _, out, _ = run(capsys, "codes", "--db", fresh)
    assert "Actors\t4 passages\t3 articles" in out
    bad = tmp_path / "bad.qdpx"
    bad.write_text("nope")
    code, _, err = run(capsys, "import-project", "--db", fresh, bad)
    assert code == EXIT_FAILED and "not a .qdpx" in err
