"""Killing an import at any moment leaves every dump either fully in the library or not at all.

A real `main.py import` runs in a subprocess and is SIGKILLed at several points, repeatedly,
on one library. After each kill the library must pass SQLite's integrity check and hold
exactly the dumps it records, each completely; a final import must then give the same
library as an import that was never interrupted.
"""

from __future__ import annotations

import datetime as dt
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.importer import FileStatus, import_paths
from desktop.core.store import open_library
from tests.core.helpers import consistency_problems, integrity, totals
from tests.dump_factory import SENTENCES, article_lines, dump_text, write_dump

pytestmark = [
    pytest.mark.kill,
    pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL"),
]

DUMPS = 40
OWN = 30  # articles first printed in each dump
REPRINTS = 6  # articles of the previous dump printed again, two of them with an edited text
ENOUGH = 4  # kills that land mid-import; more only make the test slower


def article(index: int, n: int, edited: bool = False) -> list[str]:
    date = dt.date(2026, 1, 1) + dt.timedelta(days=index)
    body = [" ".join(SENTENCES[(n + k + j) % len(SENTENCES)] for j in range(5)) + f" Item {index}-{n}-{k}." for k in range(4)]
    if edited:
        body[-1] += " The text was corrected later."
    return article_lines(f"Kill test report {index}-{n}", date, body, f"https://example.org/{index}/{n}")


def make_dumps(folder: Path) -> dict[str, set[str]]:
    """Write the dumps; return each file's article titles."""
    titles: dict[str, set[str]] = {}
    for i in range(DUMPS):
        own = [article(i, n) for n in range(OWN)]
        reprints = [article(i - 1, n, edited=n % 3 == 0) for n in range(REPRINTS)] if i else []
        name = f"{i:03}.txt"
        write_dump(folder / name, dump_text("Kill Test Site", {"News": own, "Society": own[::2], "Archive": reprints}))
        titles[name] = {lines[0].rsplit(" ", 1)[0] for lines in own + reprints}
    return titles


def expected_occurrences(name: str) -> int:
    return OWN + OWN // 2 + (REPRINTS if name != "000.txt" else 0)


def check_library(db: Database, titles: dict[str, set[str]]) -> int:
    """The invariants that must hold after any kill; returns how many dumps are in."""
    assert integrity(db) == "ok"
    assert consistency_problems(db) == []
    recorded = dict(db.execute("SELECT file_name, occurrence_count FROM dumps").fetchall())
    for name, count in recorded.items():
        assert count == expected_occurrences(name), name
    in_library = {r[0] for r in db.execute("SELECT title FROM articles")}
    assert in_library == set().union(*(titles[n] for n in recorded))
    return len(recorded)


def library_content(db: Database) -> tuple[list[tuple], list[tuple]]:
    dumps = db.execute("SELECT file_name, new_articles, new_versions, occurrence_count FROM dumps ORDER BY file_name").fetchall()
    rows = db.execute(
        "SELECT a.title, a.date, a.source_url, v.text, d.file_name, o.position, sn.name"
        " FROM occurrences o JOIN versions v ON v.id = o.version_id JOIN articles a ON a.id = v.article_id"
        " JOIN dumps d ON d.id = o.dump_id LEFT JOIN sections sn ON sn.id = o.section_id"
        " ORDER BY d.file_name, o.position"
    ).fetchall()
    return dumps, rows


def timed(fn) -> float:
    began = time.perf_counter()
    fn()
    return time.perf_counter() - began


def test_killed_imports_leave_whole_dumps_and_a_rerun_completes(tmp_path: Path, repo_root: Path):
    folder = tmp_path / "dumps"
    titles = make_dumps(folder)

    # The reference: an import never interrupted. Its speed, and the program's start-up time,
    # place the kills on this machine: during start-up and migration, then every few dumps.
    fresh = open_library(tmp_path / "fresh.sqlite")
    try:
        per_dump = timed(lambda: import_paths(fresh, [folder])) / DUMPS
        reference = library_content(fresh), totals(fresh)
    finally:
        fresh.close()
    assert reference[1] == {
        "dumps": DUMPS,
        "articles": DUMPS * OWN,
        "versions": DUMPS * OWN + (DUMPS - 1) * 2,
        "occurrences": sum(expected_occurrences(n) for n in titles),
    }
    program = [sys.executable, str(repo_root / "main.py")]
    open_library(tmp_path / "probe.sqlite").close()  # only `import` creates a library
    probe = [*program, "stats", "--db", str(tmp_path / "probe.sqlite")]
    startup = min(timed(lambda: subprocess.run(probe, capture_output=True, check=True, timeout=60)) for _ in range(2))
    delays = [startup * 0.3, startup * 0.9, *(startup + per_dump * k for k in (1, 3, 6, 10, 15, 21, 28, 36, 60))]

    path = tmp_path / "killed.sqlite"
    command = [*program, "import", "--db", str(path), str(folder)]
    partial_kills = 0
    for delay in delays:
        process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path)
        time.sleep(delay)
        killed = process.poll() is None
        if killed:
            process.send_signal(signal.SIGKILL)
        _, err = process.communicate(timeout=60)
        if not killed:
            assert process.returncode == 0, err.decode(errors="replace")
        if not path.exists():
            continue  # killed before the library file was created
        db = open_library(path)
        try:
            count = check_library(db, titles)
        finally:
            db.close()
        if killed and 0 < count < DUMPS:
            partial_kills += 1
        if count == DUMPS or partial_kills == ENOUGH:
            break  # the final import below completes the rest
    assert partial_kills >= 1, "no kill landed in the middle of the import; the test proved nothing"

    db = open_library(path)
    try:
        report = import_paths(db, [folder])
        assert not report.failed and len(report.files) == DUMPS
        assert {f.status for f in report.files} <= {FileStatus.IMPORTED, FileStatus.ALREADY_IMPORTED}
        assert check_library(db, titles) == DUMPS
        assert (library_content(db), totals(db)) == reference
    finally:
        db.close()
