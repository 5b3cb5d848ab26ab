"""Sync benchmark (issue 17): 10,000 annotations made on one device reach a second device.

    python -m tests.benchmarks.sync                      # 10,000 annotations, three runs
    python -m tests.benchmarks.sync --annotations 1000 --runs 1

Two libraries import the same synthetic corpus (1,000 articles in 50 dumps, shaped like the
samples) in opposite orders, so every local id differs, and both set up sync through one
folder. Device A then makes the annotations one by one, each in its own transaction as the
window makes them (highlights of 8–60 characters, a third with a note), which the triggers
capture. Measured, as the median of the runs (each on fresh copies):

- push: A's `sync_once`, writing its change files;
- pull: B's `sync_once`, reading them, applying them, and anchoring every highlight on each
  version of its article in B's library;
- the time a user's edit takes with capture on, against the same edit in a library that
  never synced (capture off);
- with `--window`: the same pull in the real window (offscreen), as the background sync runs
  it, and the longest gaps between 10 ms timer ticks on the GUI thread meanwhile.

It checks what it measured: B must end with exactly A's annotations (by UUID, text and note).
"""

from __future__ import annotations

import argparse
import random
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

from desktop.core.annotations import create_highlight
from desktop.core.ids import ArticleId
from desktop.core.importer import import_paths
from desktop.core.store import open_library
from desktop.core.sync.run import sync_once
from tests.dump_factory import synthetic_dump, write_dump

DUMPS = 50
ARTICLES_PER_DUMP = 20


def make_corpus(folder: Path) -> list[Path]:
    return [write_dump(folder / f"{i:03}.txt", synthetic_dump(i, ARTICLES_PER_DUMP, paragraphs=4)) for i in range(DUMPS)]


def annotate(db, count: int, rng: random.Random) -> float:
    """Make `count` highlights, each its own transaction; returns seconds per highlight."""
    versions = db.execute("SELECT article_id, id, text FROM versions").fetchall()
    started = time.perf_counter()
    for n in range(count):
        article, version, text = rng.choice(versions)
        start = rng.randrange(0, len(text) - 70)
        note = f"note {n}: worth a second look" if n % 3 == 0 else ""
        create_highlight(db, ArticleId(article), version, start, start + rng.randint(8, 60), 1 + n % 6, note, author="alice")
    return (time.perf_counter() - started) / count


def one_run(work: Path, dumps: list[Path], count: int, seed: int) -> dict[str, float]:
    folder = work / "shared"
    folder.mkdir()
    a = open_library(work / "a.sqlite")
    b = open_library(work / "b.sqlite")
    import_paths(a, dumps, workers=0)
    import_paths(b, dumps[::-1], workers=0)
    plain = open_library(work / "plain.sqlite")  # never synced: capture off
    import_paths(plain, dumps, workers=0)
    sync_once(a, folder, user="alice")
    sync_once(b, folder, user="bob")
    per_edit = annotate(a, count, random.Random(seed))
    per_edit_plain = annotate(plain, min(count, 2000), random.Random(seed))
    cpu = time.process_time()
    started = time.perf_counter()
    pushed = sync_once(a, folder, user="alice")
    push = time.perf_counter() - started
    started = time.perf_counter()
    pulled = sync_once(b, folder, user="bob")
    pull = time.perf_counter() - started
    cpu = time.process_time() - cpu
    assert pushed.ok and pulled.ok, (pushed.lines(), pulled.lines())
    mine = sorted(a.execute("SELECT uuid, quote, note FROM annotations").fetchall())
    theirs = sorted(b.execute("SELECT uuid, quote, note FROM annotations").fetchall())
    assert len(mine) == count and mine == theirs, "B does not hold A's annotations"
    anchored = b.execute("SELECT count(DISTINCT annotation_id) FROM annotation_anchors").fetchone()[0]
    assert anchored == count, f"{anchored} of {count} anchored"
    ops = sum(n for _, n in pushed.pushed)
    size = sum(p.stat().st_size for p in (folder / "devices").rglob("*.qsync.gz"))
    for db in (a, b, plain):
        db.close()
    return {"push": push, "pull": pull, "total": push + pull, "ops": ops, "files": len(pushed.pushed), "bytes": size,
            "edit_ms": per_edit * 1000, "edit_plain_ms": per_edit_plain * 1000, "cpu": cpu}  # fmt: skip


def window_pull(work: Path, dumps: list[Path], count: int) -> dict[str, float]:
    """Push `count` annotations from A, then let a window on B pull them; GUI-thread timer gaps meanwhile."""
    import os

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop.ui.app import create_main_window, make_application
    from desktop.ui.settings import Settings, use_settings_folder

    use_settings_folder(work / "settings")
    app = make_application()
    folder = work / "shared"
    folder.mkdir()
    a = open_library(work / "a.sqlite")
    import_paths(a, dumps, workers=0)
    sync_once(a, folder, user="alice")
    annotate(a, count, random.Random(7))
    sync_once(a, folder, user="alice")
    a.close()
    b = open_library(work / "b.sqlite")
    import_paths(b, dumps[::-1], workers=0)
    b.close()
    window = create_main_window(work / "b.sqlite", settings=Settings())
    window.show()
    loop = QEventLoop()
    QTimer.singleShot(500, loop.quit)
    loop.exec()
    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    done: list[object] = []
    window.sync.runner.finished.connect(lambda report: (done.append(report), loop.quit()))
    timer.start()
    started = time.perf_counter()
    window.sync.configure(folder, "bob", share_dumps=False)
    QTimer.singleShot(120_000, loop.quit)
    loop.exec()
    elapsed = time.perf_counter() - started
    timer.stop()
    assert done and done[0].ok, "the window's sync did not finish cleanly"  # type: ignore[attr-defined]
    held = window.session.db.execute("SELECT count(*) FROM annotations").fetchone()[0]
    assert held == count, f"the window's library holds {held} of {count} annotations"
    window.close()
    app.processEvents()
    gaps = sorted((t2 - t1) * 1000 for t1, t2 in zip(ticks, ticks[1:], strict=False))
    return {"window_s": elapsed, "max_gap_ms": gaps[-1], "p99_gap_ms": gaps[int(len(gaps) * 0.99)]}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--annotations", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--window", action="store_true", help="also measure the pull in the real window (GUI-thread gaps)")
    args = parser.parse_args(argv)
    root = Path(tempfile.mkdtemp(prefix="qalam-sync-bench-"))
    try:
        dumps = make_corpus(root / "corpus")
        results = []
        for run in range(args.runs):
            work = root / f"run{run}"
            work.mkdir()
            results.append(one_run(work, dumps, args.annotations, seed=run))
            r = results[-1]
            print(f"run {run + 1}: push {r['push']:.2f} s, pull {r['pull']:.2f} s, total {r['total']:.2f} s", file=sys.stderr)
        med = {k: statistics.median(r[k] for r in results) for k in results[0]}
        n = f"{args.annotations:,}"
        print("| Figure | Target | Measured |")
        print("|---|---|---|")
        print(
            f"| {n} annotations from one device to another: sync time (push + pull) | ≤ 5 s | {med['total']:.1f} s {'✓' if med['total'] <= 5 else '✗'} |"
        )
        print(
            f"| … push: {med['ops']:,.0f} changes in {med['files']:.0f} file(s), {med['bytes'] / 1e6:.1f} MB | | {med['push']:.2f} s |"
        )
        print(f"| … pull: apply, place and anchor on every version | | {med['pull']:.2f} s |")
        print(
            f"| Making one highlight, sync set up (capture on) · never synced | | {med['edit_ms']:.2f} ms · {med['edit_plain_ms']:.2f} ms |"
        )
        print(f"| … CPU time of push + pull (this process) | | {med['cpu']:.1f} s |")
        if args.window:
            work = root / "window"
            work.mkdir()
            w = window_pull(work, dumps, args.annotations)
            print(
                f"| … received by the window in the background: whole sync · longest GUI-thread gap · 99th percentile | |"
                f" {w['window_s']:.1f} s · {w['max_gap_ms']:.0f} ms · {w['p99_gap_ms']:.0f} ms |"
            )
        sys.stdout.flush()
    finally:
        shutil.rmtree(root, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
