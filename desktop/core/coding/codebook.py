"""The codebook: hierarchical codes, each with a name, a colour, a description and a memo.

Codes form a tree by `parent_id` (moving a code never renames it); a name is unique among its
live siblings. The description holds the code's definition and its inclusion and exclusion
criteria (REFI-QDA's Description); the memo is the researcher's running notes (a REFI Note).
Every edit runs in one transaction and returns a `CodingEdit` whose snapshot undo restores
(snapshots.py). Deleting or merging leaves tombstones: the rows, their UUIDs and their codings
stay for undo, exchange and sync.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.coding.snapshots import CodingEdit, CodingError, CodingSnapshot, sibling_named, snapshot
from desktop.core.identity import new_uuid
from desktop.core.ids import AnnotationId, ArticleId, CodeId, CodingId, Uuid
from desktop.core.transactions import write_transaction

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
# Distinct, readable on white and on dark grey; a new code takes the next one.
CODE_COLORS = (
    "#e6194b", "#3cb44b", "#4363d8", "#f58231", "#911eb4", "#42d4f4", "#f032e6", "#9a6324",
    "#469990", "#808000", "#dcbeff", "#000075", "#fabed4", "#aaffc3", "#ffd8b1", "#a9a9a9",
)  # fmt: skip
_UNSET = object()


@dataclass(frozen=True)
class Code:
    id: CodeId
    uuid: Uuid
    parent_id: CodeId | None
    name: str
    color: str
    description: str
    memo: str
    position: int
    created: str
    modified: str


@dataclass(frozen=True)
class CodeCount:
    passages: int  # live codings of passages and whole articles
    articles: int  # articles with at least one of them


@dataclass(frozen=True)
class CodeNode:
    """A code in the tree, with its place and counts: what the codebook view and `qalam codes` show."""

    code: Code
    depth: int
    path: str  # "Frames/Conflict"
    count: CodeCount


# --- reading -------------------------------------------------------------------------------------
_CODE_COLUMNS = "id, uuid, parent_id, name, color, description, memo, position, created_at, modified"


def _code(r: tuple) -> Code:
    return Code(
        CodeId(r[0]),
        Uuid(r[1]),
        CodeId(r[2]) if r[2] is not None else None,
        r[3],
        r[4] or CODE_COLORS[0],
        r[5],
        r[6],
        r[7],
        r[8],
        r[9],
    )


def list_codes(db: Database) -> list[Code]:
    """Every live code, siblings in their order (position, then name)."""
    return [
        _code(r)
        for r in db.execute(
            f"SELECT {_CODE_COLUMNS} FROM codes WHERE deleted_at IS NULL ORDER BY ifnull(parent_id, 0), position, name COLLATE casefold"
        )
    ]


def get_code(db: Database, code: CodeId) -> Code:
    row = db.execute(f"SELECT {_CODE_COLUMNS} FROM codes WHERE id = ? AND deleted_at IS NULL", [code]).fetchone()
    if row is None:
        raise CodingError(f"code {code} no longer exists")
    return _code(row)


def code_counts(db: Database, coder: str | None = None) -> dict[CodeId, CodeCount]:
    """Passages and articles per code, over live codings of live passages (one pass over an index)."""
    sql = (
        "SELECT g.code_id, count(*), count(DISTINCT g.article_id) FROM codings g JOIN annotations n ON n.id = g.annotation_id"
        " WHERE g.deleted_at IS NULL AND n.deleted_at IS NULL"
        + (" AND g.coder = ?" if coder is not None else "")
        + " GROUP BY g.code_id"
    )
    return {CodeId(r[0]): CodeCount(r[1], r[2]) for r in db.execute(sql, [coder] if coder is not None else [])}


def code_tree(db: Database, coder: str | None = None, *, counts: bool = True) -> list[CodeNode]:
    """The codebook depth first, each code with its path and counts (all zero with `counts=False`,
    which reads the codes alone: quick enough for the GUI thread)."""
    codes = list_codes(db)
    counted = code_counts(db, coder) if counts else {}
    children: dict[CodeId | None, list[Code]] = {}
    known = {c.id for c in codes}
    for c in codes:
        children.setdefault(c.parent_id if c.parent_id in known else None, []).append(c)
    out: list[CodeNode] = []

    def walk(parent: CodeId | None, depth: int, prefix: str) -> None:
        for c in children.get(parent, []):
            path = f"{prefix}/{c.name}" if prefix else c.name
            out.append(CodeNode(c, depth, path, counted.get(c.id, CodeCount(0, 0))))
            walk(c.id, depth + 1, path)

    walk(None, 0, "")
    return out


def code_paths(db: Database) -> dict[CodeId, str]:
    return {n.code.id: n.path for n in code_tree(db, counts=False)}


def subtree(db: Database, code: CodeId) -> list[CodeId]:
    """The code and every live code below it."""
    rows = db.execute(
        "WITH RECURSIVE sub(id) AS (SELECT id FROM codes WHERE id = ? UNION"
        " SELECT c.id FROM codes c JOIN sub ON c.parent_id = sub.id WHERE c.deleted_at IS NULL) SELECT id FROM sub",
        [code],
    )
    return [CodeId(r[0]) for r in rows]


def find_codes(db: Database, name: str) -> list[CodeId]:
    """Codes named `name` (any case) anywhere in the tree, or the one at the path "A/B"."""
    wanted = name.strip()
    matches = [
        n.code.id
        for n in code_tree(db, counts=False)
        if n.code.name.casefold() == wanted.casefold() or n.path.casefold() == wanted.casefold()
    ]
    return list(dict.fromkeys(matches))


# --- writing ---------------------------------------------------------------------------------------
def clean_code_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise CodingError("A code needs a name.")
    return cleaned


def check_color(color: str | None) -> str | None:
    if color is None or color == "":
        return None
    if not _COLOR.match(color):
        raise CodingError(f"{color} is not a colour like #1a7f37")
    return color.lower()


def next_color(db: Database) -> str:
    used = int(db.execute("SELECT count(*) FROM codes").fetchone()[0])
    return CODE_COLORS[used % len(CODE_COLORS)]


def _live_code(db: Database, code: CodeId) -> None:
    get_code(db, code)


def create_code(
    db: Database,
    name: str,
    parent: CodeId | None = None,
    *,
    color: str | None = None,
    description: str = "",
    memo: str = "",
    uuid: Uuid | None = None,
    created: str | None = None,
) -> CodingEdit:
    """A new code, last among its siblings."""
    name = clean_code_name(name)
    with write_transaction(db):
        if parent is not None:
            _live_code(db, parent)
        if sibling_named(db, parent, name) is not None:
            raise CodingError(f"There is already a code named “{name}” there.")
        now = now_iso()
        position = int(
            db.execute(
                "SELECT ifnull(max(position) + 1, 0) FROM codes WHERE parent_id IS ? AND deleted_at IS NULL", [parent]
            ).fetchone()[0]
        )
        cursor = db.execute(
            "INSERT INTO codes (uuid, parent_id, name, color, description, memo, position, created_at, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [
                uuid or new_uuid(),
                parent,
                name,
                check_color(color) or next_color(db),
                description,
                memo,
                position,
                created or now,
                now,
            ],
        )
        code = CodeId(int(cursor.lastrowid))
        before = snapshot(db, [code]).as_created(codes=[code])
    return CodingEdit(Change.of_codes(), before, code)


def rename_code(db: Database, code: CodeId, name: str) -> CodingEdit:
    name = clean_code_name(name)
    with write_transaction(db):
        current = get_code(db, code)
        if sibling_named(db, current.parent_id, name, other_than=code) is not None:
            raise CodingError(f"There is already a code named “{name}” there: merge the two instead.")
        before = snapshot(db, [code])
        db.execute("UPDATE codes SET name = ?, modified = ? WHERE id = ?", [name, now_iso(), code])
    return CodingEdit(Change.of_codes(_coded_articles(db, [code])), before, code)


def update_code(
    db: Database, code: CodeId, *, color: object = _UNSET, description: object = _UNSET, memo: object = _UNSET
) -> CodingEdit:
    """Change a code's colour, description or memo (the fields given)."""
    with write_transaction(db):
        current = get_code(db, code)
        before = snapshot(db, [code])
        values = {
            "color": check_color(color) or current.color if color is not _UNSET else current.color,  # type: ignore[arg-type]
            "description": description if description is not _UNSET else current.description,
            "memo": memo if memo is not _UNSET else current.memo,
        }
        db.execute(
            "UPDATE codes SET color = ?, description = ?, memo = ?, modified = ? WHERE id = ?",
            [values["color"], values["description"], values["memo"], now_iso(), code],
        )
        repaint = _coded_articles(db, [code]) if color is not _UNSET else set()
    return CodingEdit(Change.of_codes(repaint), before, code)


def move_code(db: Database, code: CodeId, parent: CodeId | None, index: int | None = None) -> CodingEdit:
    """Put a code (with everything below it) under `parent` (None: the top level), at `index` among its new siblings."""
    with write_transaction(db):
        current = get_code(db, code)
        if parent is not None:
            _live_code(db, parent)
            if parent in subtree(db, code):
                raise CodingError("A code cannot be moved into itself or below itself.")
        if sibling_named(db, parent, current.name, other_than=code) is not None:
            raise CodingError(f"There is already a code named “{current.name}” there: merge the two instead.")
        siblings = [
            CodeId(r[0])
            for r in db.execute(
                "SELECT id FROM codes WHERE parent_id IS ? AND deleted_at IS NULL AND id <> ? ORDER BY position, name COLLATE casefold",
                [parent, code],
            )
        ]
        before = snapshot(db, [code, *siblings])
        place = len(siblings) if index is None else max(0, min(index, len(siblings)))
        siblings.insert(place, code)
        now = now_iso()
        db.execute("UPDATE codes SET parent_id = ?, modified = ? WHERE id = ?", [parent, now, code])
        for position, sibling in enumerate(siblings):
            db.execute(
                "UPDATE codes SET position = ?, modified = ? WHERE id = ? AND position <> ?", [position, now, sibling, position]
            )
    return CodingEdit(Change.of_codes(), before, code)


def _coded_articles(db: Database, codes: Iterable[CodeId]) -> set[ArticleId]:
    found: set[ArticleId] = set()
    for code in set(codes):
        found.update(
            ArticleId(r[0])
            for r in db.execute("SELECT DISTINCT article_id FROM codings WHERE code_id = ? AND deleted_at IS NULL", [code])
        )
    return found


def _live_codings(db: Database, codes: Iterable[CodeId]) -> list[tuple[CodingId, AnnotationId, CodeId, str]]:
    rows: list[tuple[CodingId, AnnotationId, CodeId, str]] = []
    for code in set(codes):
        rows.extend(
            (CodingId(r[0]), AnnotationId(r[1]), CodeId(code), r[2])
            for r in db.execute("SELECT id, annotation_id, coder FROM codings WHERE code_id = ? AND deleted_at IS NULL", [code])
        )
    return rows


def bare_passages(db: Database, passages: Iterable[AnnotationId]) -> list[AnnotationId]:
    """Of these passages, those that carry nothing any more: no colour, no note and no live coding."""
    found = []
    for passage in sorted(set(passages)):
        row = db.execute(
            "SELECT 1 FROM annotations n WHERE n.id = ? AND n.deleted_at IS NULL AND n.color_id IS NULL AND n.note = ''"
            " AND NOT EXISTS (SELECT 1 FROM codings g WHERE g.annotation_id = n.id AND g.deleted_at IS NULL)",
            [passage],
        ).fetchone()
        if row is not None:
            found.append(passage)
    return found


def _tombstone_bare(db: Database, passages: Iterable[AnnotationId], now: str) -> None:
    for passage in bare_passages(db, passages):
        db.execute("UPDATE annotations SET deleted_at = ?, modified = ? WHERE id = ?", [now, now, passage])


def delete_code(db: Database, code: CodeId) -> CodingEdit:
    """Delete a code, the codes below it and their codings (tombstones all; undo brings them back)."""
    with write_transaction(db):
        get_code(db, code)
        codes = subtree(db, code)
        codings = _live_codings(db, codes)
        passages = {p for _, p, _, _ in codings}
        before = snapshot(db, codes, [g for g, _, _, _ in codings], passages)
        articles = _coded_articles(db, codes)
        now = now_iso()
        for g, _, _, _ in codings:
            db.execute("UPDATE codings SET deleted_at = ?, modified = ? WHERE id = ?", [now, now, g])
        for c in codes:
            db.execute("UPDATE codes SET deleted_at = ?, modified = ? WHERE id = ? AND deleted_at IS NULL", [now, now, c])
        _tombstone_bare(db, passages, now)
    return CodingEdit(Change.of_codes(articles, passages), before, code)


def merge_codes(db: Database, sources: Iterable[CodeId], target: CodeId) -> CodingEdit:
    """Move every coding of the source codes onto the target, their sub-codes under it, then delete the sources.

    A sub-code whose name the target already has below it is merged into that one in turn.
    """
    source_ids = [c for c in dict.fromkeys(sources) if c != target]
    with write_transaction(db):
        get_code(db, target)
        for source in source_ids:
            get_code(db, source)
            if target in subtree(db, source):
                raise CodingError("A code cannot be merged into a code below it.")
        touched_codes: set[CodeId] = {target}
        for source in source_ids:
            touched_codes.update(subtree(db, source))
        touched_codes.update(
            CodeId(r[0]) for r in db.execute("SELECT id FROM codes WHERE parent_id = ? AND deleted_at IS NULL", [target])
        )
        codings = _live_codings(db, touched_codes)
        before_codings = [g for g, _, _, _ in codings]
        passages = {p for _, p, _, _ in codings}
        articles = _coded_articles(db, touched_codes)
        before = snapshot(db, touched_codes, before_codings, passages)
        made: list[CodingId] = []
        now = now_iso()
        for source in source_ids:
            _merge_one(db, source, target, now, made)
    before = CodingSnapshot(before.codes, before.codings + snapshot(db, codings=made).codings, before.passages).as_created(
        codings=made
    )
    return CodingEdit(Change.of_codes(articles, passages), before, target)


def _merge_one(db: Database, source: CodeId, target: CodeId, now: str, made: list[CodingId]) -> None:
    for child, name in db.execute("SELECT id, name FROM codes WHERE parent_id = ? AND deleted_at IS NULL", [source]).fetchall():
        clash = sibling_named(db, target, name)
        if clash is not None:
            _merge_one(db, CodeId(child), clash, now, made)
        else:
            position = int(
                db.execute(
                    "SELECT ifnull(max(position) + 1, 0) FROM codes WHERE parent_id = ? AND deleted_at IS NULL", [target]
                ).fetchone()[0]
            )
            db.execute("UPDATE codes SET parent_id = ?, position = ?, modified = ? WHERE id = ?", [target, position, now, child])
    for coding, annotation, coder in db.execute(
        "SELECT id, annotation_id, coder FROM codings WHERE code_id = ? AND deleted_at IS NULL", [source]
    ).fetchall():
        db.execute("UPDATE codings SET deleted_at = ?, modified = ? WHERE id = ?", [now, now, coding])
        exists = db.execute(
            "SELECT 1 FROM codings WHERE annotation_id = ? AND code_id = ? AND coder = ? AND deleted_at IS NULL",
            [annotation, target, coder],
        ).fetchone()
        if exists is None:
            made.append(insert_coding(db, AnnotationId(annotation), target, coder, now))
    db.execute("UPDATE codes SET deleted_at = ?, modified = ? WHERE id = ?", [now, now, source])


def insert_coding(
    db: Database,
    annotation: AnnotationId,
    code: CodeId,
    coder: str,
    now: str,
    *,
    uuid: Uuid | None = None,
    created: str | None = None,
) -> CodingId:
    article = db.execute("SELECT article_id FROM annotations WHERE id = ?", [annotation]).fetchone()[0]
    cursor = db.execute(
        "INSERT INTO codings (uuid, annotation_id, code_id, article_id, coder, created_at, modified) VALUES (?, ?, ?, ?, ?, ?, ?)",
        [uuid or new_uuid(), annotation, code, article, coder, created or now, now],
    )
    return CodingId(int(cursor.lastrowid))
