"""Undo for the codebook and codings: snapshots of the rows an edit touches, and putting them back.

Every coding edit returns a `CodingEdit` whose `before` snapshot holds the touched rows as they
were: codes (every field), codings (their code and tombstone) and the passages made to carry
them (their tombstone). `restore` writes a snapshot back and returns the snapshot it replaced,
which is the redo. Rows are never deleted, so undo and redo bring back the very same rows, with
the same ids and UUIDs. A row an edit created is snapshotted as a tombstone: undo tombstones it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlite_utils import Database

from desktop.core.anchoring import TextQuote, anchor
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.ids import AnnotationId, ArticleId, CodeId, CodingId
from desktop.core.sql import chunks, marks
from desktop.core.transactions import write_transaction


class CodingError(ValueError):
    """A codebook or coding request that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class CodeState:
    id: CodeId
    parent_id: CodeId | None
    name: str
    color: str | None
    description: str
    memo: str
    position: int
    deleted_at: str | None


@dataclass(frozen=True)
class CodingState:
    id: CodingId
    code_id: CodeId
    deleted_at: str | None


@dataclass(frozen=True)
class PassageState:
    id: AnnotationId
    deleted_at: str | None


@dataclass(frozen=True)
class CodingSnapshot:
    codes: tuple[CodeState, ...] = ()
    codings: tuple[CodingState, ...] = ()
    passages: tuple[PassageState, ...] = ()

    def as_created(
        self, codes: Iterable[CodeId] = (), codings: Iterable[CodingId] = (), passages: Iterable[AnnotationId] = ()
    ) -> CodingSnapshot:
        """The same snapshot with these rows as tombstones: what undoing their creation leaves."""
        now = now_iso()
        code_ids, coding_ids, passage_ids = set(codes), set(codings), set(passages)
        return CodingSnapshot(
            tuple(replace(c, deleted_at=now) if c.id in code_ids else c for c in self.codes),
            tuple(CodingState(g.id, g.code_id, now) if g.id in coding_ids else g for g in self.codings),
            tuple(PassageState(p.id, now) if p.id in passage_ids else p for p in self.passages),
        )


@dataclass(frozen=True)
class CodingEdit:
    change: Change
    before: CodingSnapshot
    code: CodeId | None = None  # the code the edit was about (made, renamed, merged into)


def snapshot(
    db: Database, codes: Iterable[CodeId] = (), codings: Iterable[CodingId] = (), passages: Iterable[AnnotationId] = ()
) -> CodingSnapshot:
    code_states: list[CodeState] = []
    for chunk in chunks(sorted(set(codes))):
        code_states.extend(
            CodeState(CodeId(r[0]), CodeId(r[1]) if r[1] is not None else None, r[2], r[3], r[4], r[5], r[6], r[7])
            for r in db.execute(
                f"SELECT id, parent_id, name, color, description, memo, position, deleted_at FROM codes WHERE id IN ({marks(len(chunk))})",
                list(chunk),
            )
        )
    coding_states: list[CodingState] = []
    for chunk in chunks(sorted(set(codings))):
        coding_states.extend(
            CodingState(CodingId(r[0]), CodeId(r[1]), r[2])
            for r in db.execute(f"SELECT id, code_id, deleted_at FROM codings WHERE id IN ({marks(len(chunk))})", list(chunk))
        )
    passage_states: list[PassageState] = []
    for chunk in chunks(sorted(set(passages))):
        passage_states.extend(
            PassageState(AnnotationId(r[0]), r[1])
            for r in db.execute(f"SELECT id, deleted_at FROM annotations WHERE id IN ({marks(len(chunk))})", list(chunk))
        )
    return CodingSnapshot(tuple(code_states), tuple(coding_states), tuple(passage_states))


def restore(db: Database, snap: CodingSnapshot) -> CodingEdit:
    """Put codes, codings and passages back as `snap` has them; returns the state it replaced."""
    with write_transaction(db):
        before = snapshot(db, [c.id for c in snap.codes], [g.id for g in snap.codings], [p.id for p in snap.passages])
        now = now_iso()
        # Tombstones first, so that two rows trading places never meet in a unique index.
        for c in snap.codes:
            db.execute("UPDATE codes SET deleted_at = ifnull(deleted_at, ?) WHERE id = ?", [now, c.id])
        for c in snap.codes:
            if c.deleted_at is None and sibling_named(db, c.parent_id, c.name) is not None:
                raise CodingError(f"A code named “{c.name}” exists there now, so this cannot be undone.")
            db.execute(
                "UPDATE codes SET parent_id = ?, name = ?, color = ?, description = ?, memo = ?, position = ?, deleted_at = ?,"
                " modified = ? WHERE id = ?",
                [c.parent_id, c.name, c.color, c.description, c.memo, c.position, c.deleted_at, now, c.id],
            )
        for p in snap.passages:
            if p.deleted_at is None:
                revived = db.execute(
                    "UPDATE annotations SET deleted_at = NULL, modified = ? WHERE id = ? AND deleted_at IS NOT NULL", [now, p.id]
                )
                if revived.rowcount:
                    anchor_missing_versions(db, p.id)
            else:
                db.execute(
                    "UPDATE annotations SET deleted_at = ?, modified = ? WHERE id = ? AND deleted_at IS NULL",
                    [p.deleted_at, now, p.id],
                )
        for g in snap.codings:
            db.execute("UPDATE codings SET deleted_at = ifnull(deleted_at, ?) WHERE id = ?", [now, g.id])
        for g in snap.codings:
            db.execute(
                "UPDATE codings SET code_id = ?, deleted_at = ?, modified = ? WHERE id = ?", [g.code_id, g.deleted_at, now, g.id]
            )
        articles = articles_of(db, [g.id for g in snap.codings], [p.id for p in snap.passages])
    return CodingEdit(Change.of_codes(articles, [p.id for p in snap.passages]), before)


def sibling_named(db: Database, parent: CodeId | None, name: str, *, other_than: CodeId | None = None) -> CodeId | None:
    """The live code of that name (in any case) under `parent`, if there is one."""
    for (code,) in db.execute(
        "SELECT id FROM codes WHERE parent_id IS ? AND deleted_at IS NULL AND casefold(name) = casefold(?)", [parent, name]
    ):
        if code != other_than:
            return CodeId(code)
    return None


def articles_of(db: Database, codings: Iterable[CodingId], passages: Iterable[AnnotationId] = ()) -> set[ArticleId]:
    found: set[ArticleId] = set()
    for chunk in chunks(sorted(set(codings))):
        found.update(
            ArticleId(r[0]) for r in db.execute(f"SELECT article_id FROM codings WHERE id IN ({marks(len(chunk))})", list(chunk))
        )
    for chunk in chunks(sorted(set(passages))):
        found.update(
            ArticleId(r[0])
            for r in db.execute(f"SELECT article_id FROM annotations WHERE id IN ({marks(len(chunk))})", list(chunk))
        )
    return found


def anchor_missing_versions(db: Database, annotation: AnnotationId) -> None:
    """A passage brought back from a tombstone is placed on the versions that arrived meanwhile."""
    row = db.execute(
        "SELECT article_id, quote, prefix, suffix, start_pos, end_pos FROM annotations WHERE id = ?", [annotation]
    ).fetchone()
    if row is None or row[1] is None:
        return
    placed = {r[0] for r in db.execute("SELECT version_id FROM annotation_anchors WHERE annotation_id = ?", [annotation])}
    quote = TextQuote(row[1], row[2] or "", row[3] or "")
    for version, text in db.execute("SELECT id, text FROM versions WHERE article_id = ?", [row[0]]).fetchall():
        if version not in placed:
            found = anchor(text, quote, row[4], row[5])
            db.execute(
                "INSERT OR IGNORE INTO annotation_anchors (annotation_id, version_id, start_pos, end_pos, status) VALUES (?, ?, ?, ?, ?)",
                [annotation, version, found.start, found.end, found.status.value],
            )
