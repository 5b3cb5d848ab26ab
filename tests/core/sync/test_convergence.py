"""Randomised convergence: three libraries, hundreds of offline edits each, a flaky folder between them.

Each library holds the sample dumps (imported in its own order, so every local id differs; the
third lacks one dump for the first rounds, so rows wait for their article). In each round every
library makes random edits through the app's own core functions — highlights made, re-noted,
recoloured, deleted and restored, article notes, tags added, removed and renamed, stars, read
marks, translation links and unlinks, colour names, corrections of a pair's alignment made,
undone and redone, mismatches accepted and taken back, suggestions dismissed and brought
back (pairs stored the other way round in each library) — then syncs, in a random order, through
its own copy of the shared folder. Between the copies a deliberately bad file-sync tool holds
files back (so later files arrive first), delivers some cut short under their final name
(completed a round later), and leaves conflict copies beside others.

At the end, after the folder settles:
- every library holds the same user data (a hash of the synced tables by stable keys, and of
  the Conflicts list) and the same op log, and no row is left waiting;
- no edit is lost: every edit is its field's final value, or was knowingly replaced by a later
  edit, or is listed in the Conflicts list, or equals the final value;
- every two concurrent edits of one field with different values that nobody replaced since
  are in the Conflicts list, on every device (concurrency from what each library had seen when
  the edit was made, closed transitively).

A few seeds run by default; `-m soak` runs many more.
"""

from __future__ import annotations

import random
import shutil
from collections import defaultdict
from pathlib import Path

import pytest
from sqlite_utils import Database

from desktop.core.alignment_corrections import add_correction, delete_correction, restore_correction
from desktop.core.alignment_cuts import BoundaryEdit, Cut
from desktop.core.annotations import (
    AnnotationError,
    create_highlight,
    create_note,
    delete_annotation,
    recolor,
    rename_color,
    restore_annotation,
    update_note,
)
from desktop.core.articles import set_read, set_starred
from desktop.core.drift import Mismatch, MismatchKind, Side
from desktop.core.drift_acceptance import accept_mismatch, unaccept_mismatch
from desktop.core.ids import AnnotationId, ArticleId, CorrectionId, TagId
from desktop.core.importer import import_paths
from desktop.core.pair_drift import newest_text
from desktop.core.sync import oplog, spec
from desktop.core.sync.conflicts import ConflictKind, list_conflicts
from desktop.core.sync.oplog import read_state
from desktop.core.sync.run import sync_once
from desktop.core.tags import TagError, add_tag, remove_tag, rename_tag
from desktop.core.translation_dismissals import dismiss_suggestion, undo_dismissal
from desktop.core.translations import TranslationError, link_translations, unlink_translations
from tests.core.helpers import consistency_problems
from tests.core.sync.helpers import library, state_hash, user_state

TAG_NAMES = ("economy", "Politics", "sport", "климат", "law/courts")
ROUNDS = 10
EDITS = 60  # at most, per library and round: about 300 each


class Editor:
    """One user's random edits, through the core functions the window calls."""

    def __init__(self, db: Database, rng: random.Random, user: str) -> None:
        self.db, self.rng, self.user = db, rng, user

    def ids(self, sql: str, params: list[object] | None = None) -> list[int]:
        return [r[0] for r in self.db.execute(sql, params or [])]

    def edit(self) -> None:
        r, db = self.rng, self.db
        live = self.ids("SELECT id FROM annotations WHERE deleted_at IS NULL")
        dead = self.ids("SELECT id FROM annotations WHERE deleted_at IS NOT NULL")
        articles = [ArticleId(a) for a in self.ids("SELECT id FROM articles")]
        kind = r.choices(
            ["highlight", "note", "color", "delete", "restore", "article note", "tag", "untag", "rename tag",
             "star", "read", "link", "unlink", "colour name", "correct", "uncorrect", "accept", "unaccept",
             "dismiss", "undismiss"],
            [5, 6, 3, 3, 1, 1, 4, 2, 1, 3, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1],
        )[0]  # fmt: skip
        try:
            if kind == "highlight" or (kind in ("note", "color", "delete") and not live):
                article = r.choice(articles)
                version, text = r.choice(db.execute("SELECT id, text FROM versions WHERE article_id = ?", [article]).fetchall())
                start = r.randrange(0, max(1, len(text) - 60))
                create_highlight(db, article, version, start, start + r.randint(8, 50), r.randint(1, 6), author=self.user)
            elif kind == "note":
                update_note(db, AnnotationId(r.choice(live)), f"{self.user}: {r.random():.6f}")
            elif kind == "color":
                recolor(db, AnnotationId(r.choice(live)), r.randint(1, 6))
            elif kind == "delete":
                delete_annotation(db, AnnotationId(r.choice(live)))
            elif kind == "restore" and dead:
                restore_annotation(db, AnnotationId(r.choice(dead)))
            elif kind == "article note":
                create_note(db, r.choice(articles), f"a note by {self.user}", author=self.user)
            elif kind == "tag":
                add_tag(db, [r.choice(articles)], r.choice(TAG_NAMES))
            elif kind == "untag":
                links = db.execute("SELECT article_id, tag_id FROM article_tags WHERE deleted_at IS NULL").fetchall()
                if links:
                    article, tag = r.choice(links)
                    remove_tag(db, [ArticleId(article)], TagId(tag))
            elif kind == "rename tag":
                tags = self.ids("SELECT id FROM tags WHERE deleted_at IS NULL")
                if tags:
                    rename_tag(db, TagId(r.choice(tags)), r.choice(TAG_NAMES) + r.choice(["", "", " 2"]))
            elif kind == "star":
                article = r.choice(articles)
                starred = db.execute("SELECT is_starred FROM articles WHERE id = ?", [article]).fetchone()[0]
                set_starred(db, [article], not starred)
            elif kind == "read":
                article = r.choice(articles)
                set_read(db, [article], not db.execute("SELECT is_read FROM articles WHERE id = ?", [article]).fetchone()[0])
            elif kind == "link":
                a, b = r.sample(articles, 2)
                link_translations(db, a, b)
            elif kind == "unlink":
                a, b = r.sample(articles, 2)
                unlink_translations(db, a, b)
            elif kind == "colour name":
                rename_color(db, r.randint(1, 6), r.choice(["claim", "question", "term", "quote", "check"]))
            elif kind == "correct":  # a row boundary put in by hand somewhere in two articles' newest texts
                a, b = r.sample(articles, 2)
                left, right = (newest_text(db, x) or "" for x in (a, b))
                cut = Cut(r.randrange(1, max(2, len(left))), r.randrange(1, max(2, len(right))))
                add_correction(db, a, b, left, right, BoundaryEdit(None, cut))
            elif kind == "uncorrect":
                rows = self.ids("SELECT id FROM alignment_corrections")
                if rows:
                    row = r.choice(rows)
                    gone = db.execute("SELECT deleted_at FROM alignment_corrections WHERE id = ?", [row]).fetchone()[0]
                    (restore_correction if gone else delete_correction)(db, CorrectionId(row))
            elif kind in ("accept", "unaccept"):  # few pairs and texts: the devices accept the same ones
                a, b = r.sample(self.ids("SELECT id FROM articles ORDER BY title LIMIT 4"), 2)
                mismatch = Mismatch(0, r.choice(list(Side)), MismatchKind.AMOUNT, r.choice(["$108 million", "180 млн"]), 0, 0)
                (accept_mismatch if kind == "accept" else unaccept_mismatch)(db, a, b, mismatch)
            elif kind in ("dismiss", "undismiss"):
                a, b = r.sample(self.ids("SELECT id FROM articles ORDER BY title LIMIT 4"), 2)
                (dismiss_suggestion if kind == "dismiss" else undo_dismissal)(db, a, b)
        except (AnnotationError, TagError, TranslationError):
            pass  # an edit the app would refuse (a name taken, an article linked to itself)


class FlakyFolderSync:
    """Copies each library's device folder into the others' copies of the shared folder, badly."""

    def __init__(self, folders: list[Path], rng: random.Random) -> None:
        self.folders, self.rng = folders, rng
        self.delivered: set[tuple[int, str]] = set()  # (destination, path relative to the folder)
        self.stats: dict[str, int] = defaultdict(int)

    def run(self, *, reliably: bool) -> None:
        for src, folder in enumerate(self.folders):
            for path in sorted((folder / "devices").glob("*/*")):
                if path.name.startswith(".") or folder != self.folders[src]:
                    continue
                own = read_device_of(folder)
                if own is None or path.parent.name != own:
                    continue  # only the device's own folder travels from here
                relative = path.relative_to(folder)
                for dst, target_root in enumerate(self.folders):
                    if dst == src or ((dst, str(relative)) in self.delivered and path.name != "device.json"):
                        continue
                    target = target_root / relative
                    target.parent.mkdir(parents=True, exist_ok=True)
                    roll = self.rng.random()
                    if not reliably and path.name != "device.json" and roll < 0.3:
                        self.stats["held back"] += 1
                        continue
                    if not reliably and path.name != "device.json" and roll < 0.45:
                        data = path.read_bytes()
                        target.write_bytes(data[: self.rng.randrange(1, len(data))])
                        self.stats["cut short"] += 1
                        continue
                    shutil.copyfile(path, target)
                    if not reliably and path.name != "device.json" and self.rng.random() < 0.15:
                        shutil.copyfile(path, target.with_name(path.name.replace(".qsync", ".sync-conflict-20260301-1.qsync")))
                        self.stats["conflict copies"] += 1
                    self.delivered.add((dst, str(relative)))


_OWN: dict[Path, str] = {}


def read_device_of(folder: Path) -> str | None:
    return _OWN.get(folder)


def run(seed: int, tmp_path: Path, samples_dir: Path, rounds: int = ROUNDS) -> dict[str, int]:
    rng = random.Random(seed)
    dumps = sorted(samples_dir.glob("*.txt"))
    orders = [dumps, dumps[::-1], [d for d in dumps if d.name.startswith("003")]]
    dbs = [library(tmp_path / f"lib{i}.sqlite", order) for i, order in enumerate(orders)]
    folders = [tmp_path / f"folder{i}" for i in range(3)]
    users = ["alice", "bob", "carol"]
    for folder in folders:
        folder.mkdir()
    for db, folder, user in zip(dbs, folders, users, strict=True):
        sync_once(db, folder, user=user, device_name=user)
        _OWN[folder] = str(read_state(db).device)
    editors = [Editor(db, random.Random(seed * 100 + i), users[i]) for i, db in enumerate(dbs)]
    network = FlakyFolderSync(folders, rng)
    knew: dict[tuple[str, str, str, int, str], set[tuple[int, str]]] = {}
    last = [0, 0, 0]
    edits = 0

    def record(i: int) -> None:
        db, me = dbs[i], _OWN[folders[i]]
        for rid, t, k, f, h in db.execute(
            "SELECT rid, tbl, key, field, hlc FROM sync_ops WHERE dev = ? AND rid > ?", [me, last[i]]
        ).fetchall():
            knew[(t, k, f, h, me)] = {
                (h2, d2)
                for h2, d2 in db.execute(
                    "SELECT hlc, dev FROM sync_ops WHERE tbl = ? AND key = ? AND field = ? AND rid < ?", [t, k, f, rid]
                )
            }
            last[i] = max(last[i], rid)

    stats: dict[str, int] = defaultdict(int)
    for round_ in range(rounds):
        for i in rng.sample(range(3), 3):
            for _ in range(rng.randrange(EDITS)):
                editors[i].edit()
                record(i)
                edits += 1
            report = sync_once(dbs[i], folders[i], user=users[i], device_name=users[i])
            assert not report.errors, report.errors
            stats["files skipped (cut short)"] += len([s for s in report.skipped if not s.newer])
            record(i)
        network.run(reliably=False)
        if round_ == 3:
            import_paths(dbs[2], dumps, workers=0)  # the third library gets the dump it lacked
    for _ in range(2):  # the folder settles
        for i in range(3):
            sync_once(dbs[i], folders[i], user=users[i], device_name=users[i])
        network.run(reliably=True)
    for i in range(3):
        report = sync_once(dbs[i], folders[i], user=users[i], device_name=users[i])
        assert report.ok and not report.pushed, report.lines()

    # Everyone holds the same user data, the same conflicts and the same ops; nothing waits.
    hashes = {state_hash(db) for db in dbs}
    assert len(hashes) == 1, "the libraries differ"
    logs = [set(db.execute("SELECT tbl, key, field, hlc, dev, value, parents FROM sync_ops")) for db in dbs]
    assert logs[0] == logs[1] == logs[2]
    assert all(db.execute("SELECT count(*) FROM sync_waiting").fetchone()[0] == 0 for db in dbs)
    for db in dbs:
        assert consistency_problems(db) == []

    db = dbs[0]
    conflicts = list_conflicts(db)
    losers = {(c.table, c.key, c.field, *c.other.stamp) for c in conflicts if c.kind is ConflictKind.FIELD}
    conflict_fields = {(c.table, c.key, c.field) for c in conflicts if c.kind is ConflictKind.FIELD}
    ops = {
        (t, k, f, h, d): (v, leaf)
        for t, k, f, h, d, v, leaf in db.execute("SELECT tbl, key, field, hlc, dev, value, leaf FROM sync_ops")
    }
    winners: dict[tuple[str, str, str], tuple[int, str, object]] = {}
    for (t, k, f, h, d), (v, leaf) in ops.items():
        if leaf and ((t, k, f) not in winners or (h, d) > winners[t, k, f][:2]):
            winners[t, k, f] = (h, d, v)
    # The library shows every winner (checked through the synced tables' stable values).
    state = user_state(db)
    for table, rows in state.items():
        if table == "conflicts":
            continue

        entry = spec.table_named(table)
        assert entry is not None
        names = [f.name for f in entry.fields]
        for row in rows:
            found = oplog.winners(db, table, row[0])
            for name, value in zip(names, row[1:], strict=True):
                if name in found and not (table == "tags" and name == "name"):  # tags may show a numbered name
                    assert found[name].value == value, (table, row[0], name)
    # No edit lost. (Fields whose two values are no conflict — when a row made alike on two devices
    # was made, the text of a mismatch as each showed it — keep the newer value by design.)
    for (t, k, f, h, d), (v, leaf) in ops.items():
        w = winners[t, k, f]
        undisputed = not spec.table_named(t).disputed(f)  # type: ignore[union-attr]
        assert (h, d) == w[:2] or not leaf or (t, k, f, h, d) in losers or v == w[2] or undisputed, (t, k, f, h, d)
    # Every pair of concurrent, differing, unreplaced edits of one field is a listed conflict.
    closure: dict[tuple[str, str, str, int, str], set[tuple[int, str]]] = {}

    def before(op: tuple[str, str, str, int, str]) -> set[tuple[int, str]]:
        if op not in closure:
            direct = knew.get(op, set())
            closure[op] = set(direct).union(*(before((*op[:3], *z)) for z in direct if (*op[:3], *z) in knew))
        return closure[op]

    for op in sorted(knew, key=lambda o: o[3]):
        before(op)
    by_field: dict[tuple[str, str, str], list[tuple[int, str]]] = defaultdict(list)
    for t, k, f, h, d in knew:
        by_field[t, k, f].append((h, d))
    for fld, stamps in by_field.items():
        for x in stamps:
            for y in stamps:
                if not (x < y and x[1] != y[1]) or x in before((*fld, *y)) or y in before((*fld, *x)):
                    continue
                stats["concurrent pairs"] += 1
                vx, leaf_x = ops[(*fld, *x)]
                vy, leaf_y = ops[(*fld, *y)]
                entry = spec.table_named(fld[0])
                if leaf_x and leaf_y and vx != vy and entry is not None and entry.disputed(fld[2]):
                    stats["concurrent pairs still standing"] += 1
                    assert fld in conflict_fields, (fld, x, y)
    for other in dbs[1:]:
        assert {(c.kind, c.table, c.key, c.field, c.current.stamp, c.other.stamp) for c in list_conflicts(other)} == {
            (c.kind, c.table, c.key, c.field, c.current.stamp, c.other.stamp) for c in conflicts
        }
    stats.update(network.stats)
    stats["edits"] = edits
    stats["ops"] = len(ops)
    stats["conflicts"] = len(conflicts)
    return dict(stats)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_three_libraries_converge_and_lose_no_edit(seed: int, tmp_path: Path, samples_dir: Path):
    stats = run(seed, tmp_path, samples_dir)
    assert stats["edits"] >= 3 * 200  # hundreds of edits each
    assert stats["concurrent pairs still standing"] > 0 and stats["conflicts"] > 0  # the test met real conflicts
    assert stats["files skipped (cut short)"] > 0 and stats["held back"] > 0 and stats["conflict copies"] > 0


@pytest.mark.soak
@pytest.mark.parametrize("seed", range(4, 24))
def test_three_libraries_converge_and_lose_no_edit_soak(seed: int, tmp_path: Path, samples_dir: Path):
    test_three_libraries_converge_and_lose_no_edit(seed, tmp_path, samples_dir)


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param("oldest wins", id="the oldest edit placed instead of the newest"),
        pytest.param("capture on", id="other devices' edits captured again as this device's"),
        pytest.param("op dropped", id="one op of each file dropped on reading"),
    ],
)
def test_the_convergence_check_catches_a_broken_sync(broken: str, tmp_path: Path, samples_dir: Path, monkeypatch):
    """The checks above can fail: each of these breakages of the sync is caught."""
    from desktop.core.sync import apply, changefile, folder

    if broken == "oldest wins":
        real = oplog.leaves

        def oldest_first(db, table, key):
            return {f: sorted(ops, key=lambda o: o.stamp) for f, ops in real(db, table, key).items()}

        monkeypatch.setattr("desktop.core.sync.place.oplog.leaves", oldest_first)
    elif broken == "capture on":
        real_insert = apply.insert_ops

        def insert_and_capture(db, device, ops):
            real_insert(db, device, ops)
            db.execute("UPDATE sync_state SET capturing = 1 WHERE id = 1")

        monkeypatch.setattr(apply, "insert_ops", insert_and_capture)
    else:
        real_read = changefile.read_change_file

        def drop_one(path):
            content = real_read(path)
            return changefile.ChangeFile(content.device, content.seq, content.schema, content.sha256, content.ops[:-1])

        monkeypatch.setattr(folder, "read_change_file", drop_one)
    with pytest.raises(AssertionError) as failed:
        run(1, tmp_path, samples_dir, rounds=4)
    assert failed.traceback[-1].path == Path(__file__)  # one of this test's checks, not an error elsewhere
