"""Write transactions that never fail with "database is locked", and imports that share a library.

Two `qalam import` processes into one library used to lose files: a transaction began with a
plain BEGIN, read, and was refused the write lock at once when the other process had committed
in between. Write transactions now take the lock first (BEGIN IMMEDIATE) and wait for it.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.importer import import_paths
from desktop.core.store import open_library
from desktop.core.transactions import is_busy, write_transaction
from tests.core.helpers import consistency_problems, integrity, totals
from tests.dump_factory import SENTENCES, article_lines, dump_text, write_dump


def connect(path: Path, busy_ms: int) -> Database:
    db = open_library(path)
    db.execute(f"PRAGMA busy_timeout = {busy_ms}")
    return db


def test_a_write_transaction_holds_the_write_lock_from_its_start(tmp_path: Path):
    path = tmp_path / "lib.sqlite"
    first, second = connect(path, 0), connect(path, 0)
    try:
        with write_transaction(first):
            # No write yet, and still another connection cannot start writing: the lock is taken.
            with pytest.raises(sqlite3.OperationalError) as refused:
                second.execute("BEGIN IMMEDIATE")
            assert is_busy(refused.value)
        second.execute("BEGIN IMMEDIATE")
        second.execute("ROLLBACK")
    finally:
        first.close()
        second.close()


def test_a_deferred_read_then_write_is_refused_when_another_connection_commits_in_between(tmp_path: Path):
    """The failure of issue 11 (item 19), step by step: the busy timeout does not help it."""
    path = tmp_path / "lib.sqlite"
    reader, writer = connect(path, 5_000), connect(path, 5_000)
    reader.execute("CREATE TABLE t (n INTEGER)")
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM t").fetchone()
    with write_transaction(writer):
        writer.execute("INSERT INTO t VALUES (1)")
    began = time.monotonic()
    with pytest.raises(sqlite3.OperationalError, match="database is locked"):
        reader.execute("INSERT INTO t VALUES (2)")
    assert time.monotonic() - began < 1  # refused at once: waiting could never help
    reader.execute("ROLLBACK")
    reader.close()
    writer.close()


def test_read_then_write_transactions_on_two_connections_never_fail(tmp_path: Path):
    path = tmp_path / "lib.sqlite"
    setup = open_library(path)
    setup.execute("CREATE TABLE counter (n INTEGER)")
    setup.execute("INSERT INTO counter VALUES (0)")
    setup.close()
    errors: list[BaseException] = []

    def count_up() -> None:
        db = open_library(path)
        try:
            for _ in range(150):
                with write_transaction(db):
                    n = db.execute("SELECT n FROM counter").fetchone()[0]
                    db.execute("UPDATE counter SET n = ?", [n + 1])
        except BaseException as exc:  # reported below, in the test's thread
            errors.append(exc)
        finally:
            db.close()

    threads = [threading.Thread(target=count_up) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert errors == []
    db = open_library(path)
    assert db.execute("SELECT n FROM counter").fetchone()[0] == 300  # no increment lost either
    db.close()


def test_begin_is_retried_while_another_writer_holds_the_lock_past_the_busy_timeout(tmp_path: Path):
    path = tmp_path / "lib.sqlite"
    holder = connect(path, 0)
    holder.execute("CREATE TABLE t (n INTEGER)")
    holder.execute("BEGIN IMMEDIATE")
    holder.execute("INSERT INTO t VALUES (1)")
    done: list[float] = []
    errors: list[BaseException] = []

    def write() -> None:
        db = connect(path, 0)  # no busy timeout: only the retry can wait
        try:
            with write_transaction(db, retry_seconds=10):
                db.execute("INSERT INTO t VALUES (2)")
            done.append(time.monotonic())
        except BaseException as exc:
            errors.append(exc)
        finally:
            db.close()

    thread = threading.Thread(target=write)
    thread.start()
    time.sleep(0.3)
    assert not done and not errors, "the second writer must wait while the first holds the lock"
    holder.execute("COMMIT")
    thread.join(10)
    assert errors == [] and done
    assert [r[0] for r in holder.execute("SELECT n FROM t ORDER BY rowid")] == [1, 2]
    holder.close()


def test_the_retry_gives_up_after_its_time_with_the_lock_error(tmp_path: Path):
    path = tmp_path / "lib.sqlite"
    holder, other = connect(path, 0), connect(path, 0)
    holder.execute("BEGIN IMMEDIATE")
    began = time.monotonic()
    with pytest.raises(sqlite3.OperationalError) as refused:
        with write_transaction(other, retry_seconds=0.2):
            pass
    assert is_busy(refused.value) and 0.1 <= time.monotonic() - began < 2
    assert not other.conn.in_transaction
    holder.execute("ROLLBACK")
    holder.close()
    other.close()


def test_nested_write_transactions_are_savepoints_that_roll_back_alone(library: Database):
    library.execute("CREATE TABLE t (n INTEGER)")
    with write_transaction(library):
        library.execute("INSERT INTO t VALUES (1)")
        with pytest.raises(ValueError):
            with write_transaction(library):
                library.execute("INSERT INTO t VALUES (2)")
                raise ValueError("this unit fails")
        with write_transaction(library):
            library.execute("INSERT INTO t VALUES (3)")
        assert library.conn.in_transaction
    assert not library.conn.in_transaction
    assert [r[0] for r in library.execute("SELECT n FROM t ORDER BY n")] == [1, 3]


def test_an_error_rolls_the_whole_transaction_back(library: Database):
    library.execute("CREATE TABLE t (n INTEGER)")
    with pytest.raises(RuntimeError):
        with write_transaction(library):
            library.execute("INSERT INTO t VALUES (1)")
            raise RuntimeError("boom")
    assert not library.conn.in_transaction
    assert library.execute("SELECT count(*) FROM t").fetchone()[0] == 0


# --- two imports into one library, as two processes ----------------------------------------------
SETS = {"a": 14, "b": 14}  # dumps per import
ARTICLES = 8


def write_set(folder: Path, name: str) -> None:
    """Dumps of one site; set b reprints set a's articles of the same day, so both imports look up
    and create the same sources, sections and articles while they race."""
    for day in range(SETS[name]):
        date = dt.date(2026, 3, 1) + dt.timedelta(days=day)
        own = [
            article_lines(
                f"Shared library report {day}-{n}",
                date,
                [" ".join(SENTENCES[(n + k + day) % len(SENTENCES)] for k in range(6)) + f" Number {day}-{n}."],
                f"https://example.org/{day}/{n}",
            )
            for n in range(ARTICLES)
        ]
        if name == "a":
            sections = {"News": own, "Society": own[::2]}
        else:
            stripped = [[line.replace(".", "") if i else line for i, line in enumerate(a)] for a in own[:3]]
            extra = [article_lines(f"Second desk note {day}-{n}", date, [SENTENCES[n % len(SENTENCES)]]) for n in range(4)]
            sections = {"Politics": extra, "Society": stripped}
        write_dump(folder / f"{name}-{day:03}.txt", dump_text("Shared Site", sections))


def run_two_imports(program: list[str], library: Path, folders: list[Path], cwd: Path) -> list[tuple[int, str]]:
    processes = [
        subprocess.Popen([*program, "import", "--db", str(library), str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd)
        for folder in folders
    ]
    results = []
    for process in processes:
        out, err = process.communicate(timeout=120)
        results.append((process.returncode, out.decode(errors="replace") + err.decode(errors="replace")))
    return results


@pytest.mark.parametrize("fresh", [False, True], ids=["existing library", "new library"])
def test_two_imports_into_one_library_both_import_every_file(tmp_path: Path, repo_root: Path, fresh: bool):
    folders = []
    for name in SETS:
        folder = tmp_path / name
        write_set(folder, name)
        folders.append(folder)
    reference = open_library(tmp_path / "reference.sqlite")
    import_paths(reference, folders)
    expected = totals(reference)
    reference.close()

    program = [sys.executable, str(repo_root / "main.py")]
    for run in range(4):
        library = tmp_path / f"shared-{run}.sqlite"
        if not fresh:
            open_library(library).close()  # an existing library: the race is in the imports alone
        results = run_two_imports(program, library, folders, tmp_path)
        for code, output in results:
            assert code == 0, output
            assert "database is locked" not in output and "error" not in output.lower(), output
        db = open_library(library)
        try:
            assert integrity(db) == "ok"
            assert consistency_problems(db) == []
            assert totals(db) == expected
            statuses = db.execute("SELECT status, count(*) FROM import_log GROUP BY status").fetchall()
            assert statuses == [("imported", sum(SETS.values()))]
        finally:
            db.close()
