"""Killing `qalam sync` at any moment leaves the library consistent, and the next sync completes.

A real `qalam sync` runs in a subprocess and is SIGKILLed at random moments, each time on a
fresh copy of a library that has twelve change files to pull: SQLite's integrity check and the
library's own counts must hold after every kill, capture must never be left off, and the next
sync must end with exactly the library of a sync that was never interrupted. Then the pushing
side: kills while a library writes its change files, with edits made between kills; every edit
must end up in exactly one change file, in order.
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop.core.annotations import create_highlight, update_note
from desktop.core.ids import AnnotationId, ArticleId
from desktop.core.store import open_library
from desktop.core.sync.changefile import read_change_file
from desktop.core.sync.oplog import read_state
from tests.core.helpers import consistency_problems, integrity
from tests.core.sync.helpers import library, state_hash, synced

pytestmark = [pytest.mark.kill, pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="needs SIGKILL")]

FILES = 12
KILLS = 6


def edit(db, rng: random.Random, n: int) -> None:
    articles = [ArticleId(r[0]) for r in db.execute("SELECT id FROM articles")]
    for _ in range(n):
        live = [r[0] for r in db.execute("SELECT id FROM annotations WHERE deleted_at IS NULL ORDER BY random() LIMIT 1")]
        if live and rng.random() < 0.4:
            update_note(db, AnnotationId(live[0]), f"note {rng.random():.8f}")
            continue
        article = rng.choice(articles)
        version, text = db.execute("SELECT id, text FROM versions WHERE article_id = ? LIMIT 1", [article]).fetchone()
        start = rng.randrange(0, len(text) - 40)
        create_highlight(db, article, version, start, start + rng.randint(5, 35), rng.randint(1, 6), author="alice")


def qalam_sync(db_path: Path, folder: Path) -> subprocess.Popen[bytes]:
    return subprocess.Popen(
        [sys.executable, "-m", "desktop", "sync", "--db", str(db_path), "--user", "bob", str(folder)],
        cwd=Path(__file__).resolve().parents[3],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )


def test_killing_a_pull_at_any_moment_leaves_the_library_consistent_and_the_next_sync_completes(
    tmp_path: Path, samples_dir: Path
):
    rng = random.Random(17)
    dumps = sorted(samples_dir.glob("*.txt"))
    folder = tmp_path / "shared"
    folder.mkdir()
    a = library(tmp_path / "a.sqlite", dumps)
    synced(a, folder, "alice")
    for _ in range(FILES):
        edit(a, rng, 40)
        synced(a, folder, "alice")
    reference = library(tmp_path / "reference.sqlite", dumps[::-1])
    synced(reference, folder, "bob")
    victim = tmp_path / "victim.sqlite"
    library(victim, dumps[::-1]).close()
    pristine = tmp_path / "pristine.sqlite"
    shutil.copy(victim, pristine)
    started = time.monotonic()
    qalam_sync(victim, folder).wait()
    full = time.monotonic() - started
    landed = []
    for _ in range(KILLS):
        for suffix in ("-wal", "-shm"):
            Path(f"{victim}{suffix}").unlink(missing_ok=True)
        shutil.copy(pristine, victim)
        process = qalam_sync(victim, folder)
        time.sleep(rng.uniform(0.2, full))
        process.send_signal(signal.SIGKILL)
        process.wait()
        db = open_library(victim)
        assert integrity(db) == "ok"
        assert consistency_problems(db) == []
        state = read_state(db)
        assert state.capturing == (state.device is not None)  # never committed with capture off
        landed.append(db.execute("SELECT count(*) FROM sync_applied").fetchone()[0])
        synced(db, folder, "bob")  # the next sync completes
        assert db.execute("SELECT count(*) FROM sync_applied").fetchone()[0] == FILES
        assert state_hash(db) == state_hash(reference)
        db.close()
    print("files applied when killed:", landed)
    assert len(set(landed)) > 1, landed  # the kills landed at different points of the pull


def test_killing_pushes_loses_no_edit_and_writes_none_twice(tmp_path: Path, samples_dir: Path):
    rng = random.Random(5)
    dumps = sorted(samples_dir.glob("*.txt"))
    folder = tmp_path / "shared"
    folder.mkdir()
    path = tmp_path / "a.sqlite"
    a = library(path, dumps)
    synced(a, folder, "alice")
    edit(a, rng, 400)
    a.close()
    for _ in range(KILLS):
        process = qalam_sync(path, folder)
        time.sleep(rng.uniform(0.2, 0.9))
        process.send_signal(signal.SIGKILL)
        process.wait()
        db = open_library(path)
        assert integrity(db) == "ok" and consistency_problems(db) == []
        edit(db, rng, rng.randrange(0, 40))  # the user goes on between syncs
        db.close()
    db = open_library(path)
    synced(db, folder, "alice")
    me = str(read_state(db).device)
    written = []
    for change_file in sorted((folder / "devices" / me).glob("*.qsync.gz")):
        written.extend((op.table, op.key, op.field, op.hlc) for op in read_change_file(change_file).ops)
    made = db.execute("SELECT tbl, key, field, hlc FROM sync_ops WHERE dev = ? ORDER BY rid", [me]).fetchall()
    assert written == [tuple(r) for r in made]
    other = library(tmp_path / "b.sqlite", dumps)
    synced(other, folder, "bob")
    assert state_hash(other) == state_hash(db)
