"""The command line is a contract for scripts: output lines, exit codes, files written."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from tests.core.helpers import ENGLISH_ESSAY, KAZAKH_DUMP, RUSSIAN_DUMP, write

SAMPLE_A = "000_66d76ea5e4359d44.txt"
SAMPLE_B = "003_0a64412bddf1bae1.txt"


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "cli.sqlite"


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def imported(capsys, db_path: Path, samples_dir: Path) -> Path:
    code, _, _ = run(capsys, "import", "--db", db_path, samples_dir)
    assert code == EXIT_OK
    return db_path


@pytest.fixture
def cyrillic_db(capsys, db_path: Path, tmp_path: Path) -> Path:
    write(tmp_path / "in" / "ru.txt", RUSSIAN_DUMP, encoding="cp1251")
    write(tmp_path / "in" / "kk.txt", KAZAKH_DUMP)
    code, _, _ = run(capsys, "import", "--db", db_path, tmp_path / "in")
    assert code == EXIT_OK
    return db_path


def test_import_prints_one_line_per_file_and_a_summary(capsys, db_path: Path, samples_dir: Path):
    code, out, err = run(capsys, "import", "--db", db_path, samples_dir)
    assert code == EXIT_OK
    assert out.splitlines() == [
        f"imported {SAMPLE_A}: 5 new articles, 8 new versions, 10 occurrences",
        f"imported {SAMPLE_B}: 5 new articles, 10 new versions, 10 occurrences",
        "2 files: 2 imported, 0 already imported, 0 failed; 10 new articles, 18 new versions, 20 occurrences",
    ]
    assert err == ""


def test_importing_again_says_already_imported_and_succeeds(capsys, imported: Path, samples_dir: Path):
    code, out, _ = run(capsys, "import", "--db", imported, samples_dir)
    assert code == EXIT_OK
    assert out.splitlines() == [
        f"already  {SAMPLE_A}: already imported (same content)",
        f"already  {SAMPLE_B}: already imported (same content)",
        "2 files: 0 imported, 2 already imported, 0 failed; 0 new articles, 0 new versions, 0 occurrences",
    ]


def test_import_with_warnings_exits_0_and_prints_each_warning_with_file_and_line(capsys, db_path: Path, tmp_path: Path):
    path = write(tmp_path / "odd.txt", "Site\nNews More\nNo date here\nBody.\nCut off 04.02.2026\n")
    code, out, _ = run(capsys, "import", "--db", db_path, path)
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0] == "warnings odd.txt: 2 new articles, 2 new versions, 2 occurrences, 2 warnings"
    assert lines[1] == "         odd.txt: line 3: this title has no date"
    assert lines[2].startswith("         odd.txt: line 5: the article “Cut off” has no text")
    assert lines[3].startswith("1 files: 1 imported")


def test_import_exits_1_when_any_file_failed_but_imports_the_rest(capsys, db_path: Path, tmp_path: Path, samples_dir: Path):
    folder = tmp_path / "mixed"
    write(folder / "a-essay.txt", ENGLISH_ESSAY)
    write(folder / "b-good.txt", (samples_dir / SAMPLE_A).read_text(encoding="utf-8"))
    (folder / "c-binary.txt").write_bytes(bytes(range(256)) * 4)
    code, out, _ = run(capsys, "import", "--db", db_path, folder)
    assert code == EXIT_FAILED
    lines = out.splitlines()
    assert lines[0].startswith("error    a-essay.txt: not a dump: no article titles")
    assert lines[1] == "imported b-good.txt: 5 new articles, 8 new versions, 10 occurrences"
    assert lines[2] == "error    c-binary.txt: this is a binary file, not a text dump"
    assert lines[3] == "3 files: 1 imported, 0 already imported, 2 failed; 5 new articles, 8 new versions, 10 occurrences"
    code, out, _ = run(capsys, "stats", "--db", db_path)
    assert "articles    5" in out.splitlines()


def test_import_of_a_folder_without_dumps_fails_with_a_message(capsys, db_path: Path, tmp_path: Path):
    (tmp_path / "empty").mkdir()
    code, out, err = run(capsys, "import", "--db", db_path, tmp_path / "empty")
    assert code == EXIT_FAILED
    assert "no dump files" in err


def test_stats_prints_the_counts(capsys, imported: Path):
    code, out, _ = run(capsys, "stats", "--db", imported)
    assert code == EXIT_OK
    assert out.splitlines() == [
        "dumps       2",
        "articles    10",
        "versions    18",
        "occurrences 20",
        "tags        0",
        "unread      10",
        "starred     0",
    ]


def test_search_prints_id_iso_date_and_title_newest_first(capsys, imported: Path):
    code, out, err = run(capsys, "search", "--db", imported, "Shymkent")
    assert code == EXIT_OK and err == ""
    assert out.splitlines() == [
        '10\t2026-02-21\tShymkent celebrated the holiday "Maslenitsa - 2026"',
        "9\t2026-02-21\tShymkent poets analyze the new Constitution in verse",
    ]


def test_search_joins_several_arguments_into_one_query(capsys, imported: Path):
    _, out, _ = run(capsys, "search", "--db", imported, "Shymkent", "poets")
    assert out == "9\t2026-02-21\tShymkent poets analyze the new Constitution in verse\n"


@pytest.mark.parametrize(
    ("query", "title"),
    [
        ("правительство", "Правительство утвердило новый план развития регионов"),  # printed capitalised
        ("ПИТЬЕВОЙ", "Правительство утвердило новый план развития регионов"),  # printed in lower case
        ("конституции", "В Астане обсудили проект новой КОНСТИТУЦИИ"),  # printed in capitals in the title
        ("қазақстан", "Үкімет өңірлерді дамытудың жаңа жоспарын бекітті"),
        ("ӨҢІРЛЕРДІ", "Үкімет өңірлерді дамытудың жаңа жоспарын бекітті"),
        ("һижра", "Үкімет өңірлерді дамытудың жаңа жоспарын бекітті"),
        ("ҰЛТТЫҚ", "Үкімет өңірлерді дамытудың жаңа жоспарын бекітті"),
    ],
)
def test_search_finds_cyrillic_words_regardless_of_case(capsys, cyrillic_db: Path, query: str, title: str):
    code, out, err = run(capsys, "search", "--db", cyrillic_db, query)
    assert code == EXIT_OK and err == ""
    (line,) = out.splitlines()
    article_id, date, found = line.split("\t")
    assert article_id.isdigit() and len(date) == 10 and date.startswith("2026-02-")
    assert found == title


@pytest.mark.parametrize("query", ["AND", "NEAR(", "*", "^", '"unclosed', "a:b", "OR constitution", "constitution NOT", '"', "-"])
def test_search_with_stray_operators_never_errors(capsys, imported: Path, query: str):
    code, out, err = run(capsys, "search", "--db", imported, query)
    assert code == EXIT_OK
    assert err == ""
    assert all(len(line.split("\t")) == 3 for line in out.splitlines())


@pytest.mark.parametrize(
    ("query", "named"), [("date:2026-13", "date:2026-13 is not a date"), ("is:bogus", "is:bogus is not a filter")]
)
def test_search_with_a_bad_filter_exits_2_naming_it_and_lists_nothing(capsys, imported: Path, query: str, named: str):
    code, out, err = run(capsys, "search", "--db", imported, query, "Maslenitsa")
    assert code == EXIT_USAGE
    assert err.startswith(f"qalam: {named}")
    assert out == ""


@pytest.mark.parametrize("fmt", ["json", "markdown", "csv"])
def test_export_to_a_file_writes_the_whole_library(capsys, imported: Path, tmp_path: Path, fmt: str):
    target = tmp_path / "out" / f"export.{fmt}"
    target.parent.mkdir()
    code, out, err = run(capsys, "export", "--db", imported, "--format", fmt, "-o", target)
    assert code == EXIT_OK
    assert out == ""
    assert err == f"exported 10 articles to {target}\n"
    assert [p.name for p in target.parent.iterdir()] == [target.name]  # no partial file left behind
    text = target.read_text(encoding="utf-8")
    if fmt == "json":
        assert len(json.loads(text)["articles"]) == 10
    elif fmt == "markdown":
        assert sum(line.startswith("## ") for line in text.splitlines()) == 10
    else:
        assert len(list(csv.reader(io.StringIO(text, newline="")))) == 11


def test_export_to_standard_output(capsys, imported: Path):
    code, out, _ = run(capsys, "export", "--db", imported, "--format", "json")
    assert code == EXIT_OK
    assert len(json.loads(out)["articles"]) == 10


def test_export_needs_a_format(capsys, imported: Path):
    with pytest.raises(SystemExit) as info:
        main(["export", "--db", str(imported)])
    assert info.value.code == 2
    assert "--format" in capsys.readouterr().err


def test_a_bad_library_file_is_reported_not_a_traceback(capsys, tmp_path: Path):
    bad = write(tmp_path / "bad.sqlite", "not a database at all\n" * 100)
    code, out, err = run(capsys, "stats", "--db", bad)
    assert code == EXIT_FAILED
    assert err.startswith("qalam: ") and "bad.sqlite" in err


def test_main_py_runs_import_and_stats_as_a_program(repo_root: Path, samples_dir: Path, tmp_path: Path):
    db = tmp_path / "sub.sqlite"
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run(
        [sys.executable, str(repo_root / "main.py"), "import", "--db", str(db), str(samples_dir)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines()[-1].startswith("2 files: 2 imported")
    done = subprocess.run(
        [sys.executable, str(repo_root / "main.py"), "stats", "--db", str(db)],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
        env=env,
    )
    assert done.returncode == 0, done.stderr
    assert "articles    10" in done.stdout.splitlines()
