"""Both CSV exports are UTF-8 with a byte-order mark (what makes Excel read Cyrillic), unless a script asks for none."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.cli import main
from desktop.core.annotations import create_note
from desktop.core.exports.options import ExportOptions
from desktop.core.exports.registry import Scope, find_format
from desktop.core.exports.writing import write_export_file
from desktop.core.importer import import_paths
from tests.core.helpers import RUSSIAN_DUMP, write

BOM = b"\xef\xbb\xbf"


@pytest.fixture
def russian(library: Database, tmp_path: Path) -> Database:
    import_paths(library, [write(tmp_path / "ru.txt", RUSSIAN_DUMP)])
    create_note(library, 1, '=HYPERLINK("http://evil.example") заметка')
    return library


@pytest.mark.parametrize("scope", [Scope.ARTICLES, Scope.ANNOTATIONS])
def test_a_csv_file_starts_with_a_bom_and_reads_back_as_utf_8(russian: Database, tmp_path: Path, scope: Scope):
    fmt = find_format("csv", scope)
    target = tmp_path / "out.csv"
    write_export_file(russian, fmt, target)
    raw = target.read_bytes()
    assert raw.startswith(BOM) and not raw[3:].startswith(BOM)
    with target.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.DictReader(f))
    if scope is Scope.ARTICLES:
        assert rows[0]["title"] == "Правительство утвердило новый план развития регионов"
        assert list(rows[0])[0] == "id"  # the mark is not part of the first column's name
    else:
        assert rows[0]["note"] == '\'=HYPERLINK("http://evil.example") заметка'  # still neutralised
        assert rows[0]["article_title"] == "Правительство утвердило новый план развития регионов"


def test_no_bom_for_scripts(russian: Database, tmp_path: Path):
    target = tmp_path / "plain.csv"
    write_export_file(russian, find_format("csv"), target, None, ExportOptions(bom=False))
    assert target.read_bytes().startswith(b"id,")


def test_formats_other_than_csv_get_no_bom(russian: Database, tmp_path: Path):
    for name in ("json", "markdown", "w3c", "csl-json", "ris", "bibtex"):
        out = io.StringIO()
        fmt = find_format(name) or find_format(name, Scope.ANNOTATIONS)
        fmt.run(russian, out, None)
        assert not out.getvalue().startswith("\ufeff"), name


def test_the_command_line_writes_a_bom_unless_told_not_to(russian, library_path: Path, tmp_path: Path, capsysbinary):
    assert main(["export", "--db", str(library_path), "--format", "csv", "-o", str(tmp_path / "a.csv")]) == 0
    assert (tmp_path / "a.csv").read_bytes().startswith(BOM)
    assert (
        main(["export", "--db", str(library_path), "--format", "csv", "--annotations", "--no-bom", "-o", str(tmp_path / "b.csv")])
        == 0
    )
    assert (tmp_path / "b.csv").read_bytes().startswith(b"id,uuid,")
    capsysbinary.readouterr()
    assert main(["export", "--db", str(library_path), "--format", "csv", "--no-bom"]) == 0
    out = capsysbinary.readouterr().out
    assert out.startswith(b"id,") and "Правительство".encode() in out and b"\r\n" in out and b"\r\r\n" not in out
    assert main(["export", "--db", str(library_path), "--format", "csv"]) == 0
    assert capsysbinary.readouterr().out.startswith(BOM)
