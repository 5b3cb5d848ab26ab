"""The command line is a contract for scripts: output lines, exit codes, files written."""

from __future__ import annotations

import csv
import errno
import io
import json
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.cli import EXIT_FAILED, EXIT_OK, EXIT_USAGE, main
from desktop.core.exports import registry
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


# Issue 11: every failure is one clear line and a non-zero exit, never a traceback, and leaves nothing behind.


@pytest.mark.parametrize("command", [["stats"], ["search", "x"], ["export", "--format", "json"], ["diff", "1"]])
def test_a_mistyped_db_is_no_library_and_is_not_created(capsys, tmp_path: Path, command: list[str]):
    typo = tmp_path / "libary.sqlite"
    code, out, err = run(capsys, command[0], "--db", typo, *command[1:])
    assert code == EXIT_USAGE
    assert err == f"qalam: no library at {typo}\n" and out == ""
    assert list(tmp_path.iterdir()) == []


def test_only_import_creates_a_library(capsys, tmp_path: Path, samples_dir: Path):
    path = tmp_path / "new" / "lib.sqlite"
    code, _, _ = run(capsys, "import", "--db", path, samples_dir)
    assert code == EXIT_OK and path.exists()


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        (["-tag:x"], 10),  # no article is tagged x: all of them
        (["-is:unread"], 0),  # all are unread
        (["Shymkent", "-poets"], 1),
        (["-poets", "Shymkent"], 1),
        (["--", "-poets", "Shymkent"], 1),
    ],
)
def test_search_takes_words_and_filters_that_start_with_a_dash(capsys, imported: Path, query: list[str], expected: int):
    code, out, err = run(capsys, "search", "--db", imported, *query)
    assert (code, err) == (EXIT_OK, "")
    assert len(out.splitlines()) == expected


def test_search_without_a_query_is_a_usage_error(capsys, imported: Path):
    code, out, err = run(capsys, "search", "--db", imported)
    assert code == EXIT_USAGE and err.startswith("qalam search: give a query")


def test_a_search_containing_nul_searches_the_words_around_it(capsys, imported: Path):
    code, out, err = run(capsys, "search", "--db", imported, "Shymkent\x00poets")
    assert (code, err) == (EXIT_OK, "")
    assert out == "9\t2026-02-21\tShymkent poets analyze the new Constitution in verse\n"


def test_a_search_with_a_thousand_filters_is_refused_in_one_line(capsys, imported: Path):
    code, out, err = run(capsys, "search", "--db", imported, *["tag:x"] * 1000)
    assert code == EXIT_USAGE and out == ""
    assert err == "qalam: the search has 1000 filters; at most 64 are used\n"


def test_export_to_a_full_disk_leaves_no_file_and_says_so_in_one_line(capsys, imported: Path, tmp_path: Path, monkeypatch):
    def fills_the_disk(db, out, ids):
        out.write("{" * 10_000)
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    formats = tuple(replace(f, write=fills_the_disk) if f.key == "json" else f for f in registry.FORMATS)
    monkeypatch.setattr(registry, "FORMATS", formats)
    folder = tmp_path / "out"
    folder.mkdir()
    code, out, err = run(capsys, "export", "--db", imported, "--format", "json", "-o", folder / "export.json")
    assert code == EXIT_FAILED and out == ""
    assert err == f"qalam: cannot write {folder / 'export.json'}: {os.strerror(errno.ENOSPC)}; nothing was written\n"
    assert list(folder.iterdir()) == []


def test_a_db_under_a_folder_that_cannot_be_created_is_one_line(capsys, tmp_path: Path, samples_dir: Path):
    blocker = write(tmp_path / "file", "a file where a folder should be")
    code, out, err = run(capsys, "import", "--db", blocker / "lib" / "lib.sqlite", samples_dir)
    assert code == EXIT_FAILED and out == ""
    assert err.startswith("qalam: cannot create the folder") and err.count("\n") == 1


def test_another_applications_database_is_refused_and_untouched(capsys, tmp_path: Path, samples_dir: Path):
    places = tmp_path / "places.sqlite"
    conn = sqlite3.connect(places)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE moz_places (id INTEGER PRIMARY KEY, url TEXT)")
    conn.commit()
    conn.close()
    before = places.read_bytes()
    for command in (["stats"], ["import", samples_dir]):
        code, out, err = run(capsys, command[0], "--db", places, *command[1:])
        assert code == EXIT_FAILED and err == f"qalam: {places} is not a Qalam library\n"
    assert places.read_bytes() == before and sorted(p.name for p in tmp_path.iterdir()) == ["places.sqlite"]


def test_a_library_from_a_newer_qalam_is_refused(capsys, imported: Path, samples_dir: Path):
    conn = sqlite3.connect(imported)
    conn.execute("PRAGMA user_version = 99")
    conn.close()
    code, out, err = run(capsys, "stats", "--db", imported)
    assert code == EXIT_FAILED
    assert err == f"qalam: {imported}: this library was made by a newer Qalam (schema 99); update Qalam\n"


def _damaged(path: Path) -> bytes:
    """Overwrite the pages of the library's article texts with noise (a bad disk block)."""
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pages = [r[0] for r in conn.execute("SELECT pageno FROM dbstat WHERE name IN ('versions', 'import_log', 'counters')")]
    conn.close()
    data = bytearray(path.read_bytes())
    for page in pages:
        data[(page - 1) * 4096 : page * 4096] = bytes(range(256)) * 16
    path.write_bytes(bytes(data))
    return bytes(data)


def test_a_damaged_library_gives_a_message_and_import_refuses_to_write_into_it(capsys, imported: Path, samples_dir: Path):
    damaged = _damaged(imported)
    code, out, err = run(capsys, "stats", "--db", imported)
    assert code == EXIT_FAILED and out == ""
    assert err.startswith(f"qalam: {imported} is damaged (") and err.count("\n") == 1
    code, out, err = run(capsys, "import", "--db", imported, samples_dir)
    assert code == EXIT_FAILED and out == ""
    assert err.startswith(f"qalam: {imported} is damaged (") and "nothing was imported" in err
    assert imported.read_bytes() == damaged


def test_a_dump_with_a_nul_byte_and_a_lost_date_imports_with_warnings_naming_file_and_line(capsys, db_path: Path, tmp_path: Path):
    text = "Site\nNews More\nFirst 04.02.2026\nA first paragraph.\nA lost title here\nIts body, a sentence.\nLast 05.02.2026\nEnd\x00.\n"
    path = write(tmp_path / "odd.txt", text)
    code, out, _ = run(capsys, "import", "--db", db_path, path)
    assert code == EXIT_OK
    lines = out.splitlines()
    assert lines[0].startswith("warnings odd.txt: 2 new articles")
    assert lines[1] == "         odd.txt: line 8: 1 control byte (such as NUL) that are not text, replaced with \N{REPLACEMENT CHARACTER}"
    assert lines[2].startswith("         odd.txt: line 5: “A lost title here” looks like a title without its date")


READ_ONLY_FOLDER_COMMANDS = [
    (["stats"], "articles    10"),
    (["search", "Shymkent"], "Shymkent poets analyze"),
    (["export", "--format", "json"], '"articles"'),
    (["import", "SAMPLES"], "2 files: 0 imported, 2 already imported, 0 failed"),
]


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
@pytest.mark.parametrize(("command", "shown"), READ_ONLY_FOLDER_COMMANDS, ids=[c[0][0] for c in READ_ONLY_FOLDER_COMMANDS])
def test_a_read_only_library_in_a_read_only_folder_still_reads(imported: Path, samples_dir: Path, repo_root: Path, command: list[str], shown: str):
    # Run as a user who cannot write (root can write anything, so drop to nobody when root).
    prefix: list[str] = []
    if os.geteuid() == 0:
        if shutil.which("setpriv") is None:
            pytest.skip("setpriv is needed to drop root's rights")
        prefix = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"]
    folder = Path(tempfile.mkdtemp(prefix="qalam-ro-"))
    try:
        library = folder / "lib.sqlite"
        shutil.copy(imported, library)
        folder.chmod(0o755)
        library.chmod(0o444)
        folder.chmod(0o555)
        before = library.read_bytes()
        args = [a.replace("SAMPLES", str(samples_dir)) for a in command]
        done = subprocess.run(
            [*prefix, sys.executable, "-m", "desktop", args[0], "--db", str(library), *args[1:]],
            capture_output=True, text=True, timeout=60, cwd=repo_root, env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert shown in done.stdout
        assert "Traceback" not in done.stderr
        if args[0] == "import":
            assert done.stderr == f"qalam: {library} is read-only: nothing was written to it, not even the import log\n"
        assert library.read_bytes() == before and sorted(p.name for p in folder.iterdir()) == ["lib.sqlite"]
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


def test_search_by_relevance_lists_title_matches_first(capsys, imported: Path):
    code, out, err = run(capsys, "search", "--db", imported, "--relevance", "poets")
    assert code == EXIT_OK and err == ""
    first = out.splitlines()[0].split("\t")[2]
    assert first == "Shymkent poets analyze the new Constitution in verse"


def test_recover_copies_a_library_into_a_new_file(capsys, imported: Path, tmp_path: Path):
    code, out, _ = run(capsys, "recover", "--db", imported, tmp_path / "copy.sqlite")
    assert code == EXIT_OK and out.strip().endswith("nothing was lost")
    code, out, _ = run(capsys, "stats", "--db", tmp_path / "copy.sqlite")
    assert code == EXIT_OK and "articles    10" in out
