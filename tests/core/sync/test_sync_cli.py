"""`qalam sync`: pushes and pulls once, prints what moved and every conflict, exits 1 on errors."""

from __future__ import annotations

from pathlib import Path

from desktop.cli import main
from desktop.core.annotations import update_note
from desktop.core.ids import AnnotationId
from desktop.core.store import open_library
from tests.core.sync.test_sync import highlight_murat


def qalam(capsys, *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_qalam_sync_prints_what_moved_and_the_conflicts_and_fails_on_a_bad_file(tmp_path: Path, samples_dir: Path, capsys):
    folder = tmp_path / "Sync"
    folder.mkdir()
    a, b = tmp_path / "a.sqlite", tmp_path / "b.sqlite"
    for path in (a, b):
        assert qalam(capsys, "import", "--db", str(path), str(samples_dir))[0] == 0
    assert qalam(capsys, "sync", "--db", str(a), "--user", "alice", str(folder))[0] == 0
    db = open_library(a)
    highlight_murat(db, note="first")
    db.close()
    code, out, _ = qalam(capsys, "sync", "--db", str(a), "--user", "alice", str(folder))
    assert code == 0 and out.startswith("pushed   00000001.qsync.gz: 13 changes")
    code, out, _ = qalam(capsys, "sync", "--db", str(b), "--user", "bob", str(folder))
    assert code == 0 and "pulled" in out and "13 changes, 1 row" in out
    for path, text in ((a, "alice's"), (b, "bob's")):
        db = open_library(path)
        update_note(db, AnnotationId(db.execute("SELECT id FROM annotations").fetchone()[0]), text)
        db.close()
    qalam(capsys, "sync", "--db", str(a), "--user", "alice", str(folder))
    code, out, _ = qalam(capsys, "sync", "--db", str(b), "--user", "bob", str(folder))
    [conflict] = [line for line in out.splitlines() if line.startswith("conflict")]
    assert "annotations note" in conflict and "alice's" in conflict and "bob's" in conflict
    assert out.splitlines()[-1].endswith("1 conflict")
    # A file cut short: reported, and the exit code says something failed.
    newest = max((folder / "devices").glob("*/*.qsync.gz"), key=lambda p: p.stat().st_mtime_ns)
    newest.write_bytes(newest.read_bytes()[:-30])
    other = tmp_path / "c.sqlite"
    qalam(capsys, "import", "--db", str(other), str(samples_dir))
    code, _, err = qalam(capsys, "sync", "--db", str(other), "--user", "carol", str(folder))
    assert code == 1 and any(line.startswith("skipped") and "incomplete" in line for line in err.splitlines())


def test_qalam_sync_needs_a_library_and_a_folder_it_can_use(tmp_path: Path, capsys):
    code, _, err = qalam(capsys, "sync", "--db", str(tmp_path / "none.sqlite"), str(tmp_path))
    assert code == 2 and "no library" in err
    library = tmp_path / "lib.sqlite"
    open_library(library).close()
    code, _, err = qalam(capsys, "sync", "--db", str(library), str(tmp_path / "missing"))
    assert code == 1 and "does not exist" in err
