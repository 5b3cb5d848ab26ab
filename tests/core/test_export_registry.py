"""Export formats come from one registry: the CLI's choices and the window's menu are made from it,
and both write files the same safe way."""

from __future__ import annotations

import errno
import json
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.cli import EXIT_USAGE, build_parser, main
from desktop.core.annotations import create_note
from desktop.core.exports.registry import FORMATS, ExportFormat, Scope, find_format, format_names
from desktop.core.exports.writing import write_export_file
from desktop.core.ids import ArticleId


def _format_choices() -> list[str]:
    parser = build_parser()
    commands = next(a for a in parser._actions if a.dest == "command")  # argparse keeps sub-parsers here
    export = commands.choices["export"]
    return list(next(a for a in export._actions if a.dest == "format").choices)


def test_the_command_line_offers_exactly_the_registry_formats():
    assert _format_choices() == list(format_names()) == list(dict.fromkeys(f.name for f in FORMATS))


def test_every_format_has_a_unique_key_and_a_writer():
    assert len({f.key for f in FORMATS}) == len(FORMATS)
    for fmt in FORMATS:
        assert fmt.suffix and fmt.label and fmt.description and callable(fmt.write)


def test_annotations_is_refused_where_it_means_nothing(sample_library: Database, library_path: Path, capsys):
    assert main(["export", "--db", str(library_path), "--format", "json", "--annotations"]) == EXIT_USAGE
    assert "--annotations does not apply to --format json" in capsys.readouterr().err


def test_the_count_names_what_it_counts(sample_library: Database, library_path: Path, tmp_path: Path, capsys):
    create_note(sample_library, ArticleId(1), "one note")
    assert main(["export", "--db", str(library_path), "--format", "csv", "--annotations", "-o", str(tmp_path / "a.csv")]) == 0
    assert "exported 1 annotation to" in capsys.readouterr().err
    assert main(["export", "--db", str(library_path), "--format", "json", "-o", str(tmp_path / "a.json")]) == 0
    assert "exported 10 articles to" in capsys.readouterr().err


def test_a_failed_export_leaves_no_partial_file_and_the_old_file_intact(sample_library: Database, tmp_path: Path):
    folder = tmp_path / "out"
    folder.mkdir()
    target = folder / "library.json"
    target.write_text("the previous export\n", encoding="utf-8")

    def full_disk(db, out, ids) -> int:
        out.write("half of it")
        raise OSError(errno.ENOSPC, "No space left on device")

    broken = ExportFormat("json", Scope.ARTICLES, "JSON…", "json", "test", full_disk)
    with pytest.raises(OSError):
        write_export_file(sample_library, broken, target)
    assert target.read_text(encoding="utf-8") == "the previous export\n"
    assert sorted(p.name for p in folder.iterdir()) == ["library.json"]


def test_a_file_is_written_whole_by_the_registry_writer(sample_library: Database, tmp_path: Path):
    fmt = find_format("json")
    assert fmt is not None
    result = write_export_file(sample_library, fmt, tmp_path / "x.json")
    assert result.summary() == "10 articles"
    assert len(json.loads((tmp_path / "x.json").read_text(encoding="utf-8"))["articles"]) == 10
