"""Codings: a code applied by one coder to a passage of an article, or to the whole article.

A coded passage is an annotation (core/annotations.py), so it is anchored on every version of
its article with the same exact / fuzzy / orphan rules as a highlight and survives re-imports.
A highlight may carry codes; a passage made only to carry codes has no colour. Codes applied
to a whole article hang on one annotation per article with no passage, whose UUID is derived
from the article's, so two devices (or an export and its import) make the same row.

Every coding records its coder, a user name. Removing the last coding of a passage that has no
colour and no note tombstones the passage too; undo brings both back (snapshots.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.anchoring import AnchorStatus
from desktop.core.annotations import create_highlight, create_note
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.coding.codebook import bare_passages, get_code, insert_coding
from desktop.core.coding.snapshots import CodingEdit, CodingError, anchor_missing_versions, snapshot
from desktop.core.identity import article_uuids, derived_uuid
from desktop.core.ids import AnnotationId, ArticleId, CodeId, CodingId, Uuid, VersionId
from desktop.core.sql import chunks, marks
from desktop.core.transactions import write_transaction


@dataclass(frozen=True)
class Coding:
    id: CodingId
    uuid: Uuid
    annotation_id: AnnotationId
    code_id: CodeId
    article_id: ArticleId
    coder: str
    created: str
    modified: str


def clean_coder(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise CodingError("A coder needs a name.")
    return cleaned


def whole_article_uuid(article: Uuid) -> Uuid:
    return derived_uuid("whole-article-coding", article)


# --- reading -------------------------------------------------------------------------------------
_COLUMNS = "g.id, g.uuid, g.annotation_id, g.code_id, g.article_id, g.coder, g.created_at, g.modified"
_LIVE = "g.deleted_at IS NULL AND n.deleted_at IS NULL AND c.deleted_at IS NULL"
_JOIN = "codings g JOIN annotations n ON n.id = g.annotation_id JOIN codes c ON c.id = g.code_id"


def _coding(r: tuple) -> Coding:
    return Coding(CodingId(r[0]), Uuid(r[1]), AnnotationId(r[2]), CodeId(r[3]), ArticleId(r[4]), r[5], r[6], r[7])


def article_codings(db: Database, article: ArticleId, coder: str | None = None) -> list[Coding]:
    """The live codings of an article (of one coder, if given): one indexed range."""
    sql = (
        f"SELECT {_COLUMNS} FROM {_JOIN} WHERE g.article_id = ? AND {_LIVE}"
        + (" AND g.coder = ?" if coder else "")
        + " ORDER BY g.id"
    )
    return [_coding(r) for r in db.execute(sql, [article, coder] if coder else [article])]


def annotation_codings(db: Database, annotation: AnnotationId) -> list[Coding]:
    return [
        _coding(r)
        for r in db.execute(f"SELECT {_COLUMNS} FROM {_JOIN} WHERE g.annotation_id = ? AND {_LIVE} ORDER BY g.id", [annotation])
    ]


def coders(db: Database) -> list[str]:
    """Everyone who has live codings, by name."""
    return [r[0] for r in db.execute(f"SELECT DISTINCT g.coder FROM {_JOIN} WHERE {_LIVE} ORDER BY g.coder COLLATE casefold")]


# --- writing -------------------------------------------------------------------------------------
def _add_codings(db: Database, annotation: AnnotationId, codes: Iterable[CodeId], coder: str, now: str) -> list[CodingId]:
    made = []
    for code in dict.fromkeys(codes):
        get_code(db, code)
        exists = db.execute(
            "SELECT 1 FROM codings WHERE annotation_id = ? AND code_id = ? AND coder = ? AND deleted_at IS NULL",
            [annotation, code, coder],
        ).fetchone()
        if exists is None:
            made.append(insert_coding(db, annotation, code, coder, now))
    return made


def passage_at(db: Database, article: ArticleId, version: VersionId, start: int, end: int) -> AnnotationId | None:
    """A live passage of the article placed exactly on text[start:end] of `version` (a highlight, or a coded passage)."""
    row = db.execute(
        "SELECT n.id FROM annotations n JOIN annotation_anchors x ON x.annotation_id = n.id"
        " WHERE n.article_id = ? AND n.deleted_at IS NULL AND n.quote IS NOT NULL AND x.version_id = ? AND x.start_pos = ? AND x.end_pos = ?"
        " AND x.status <> ? ORDER BY n.color_id IS NULL, n.id LIMIT 1",
        [article, version, start, end, AnchorStatus.ORPHAN.value],
    ).fetchone()
    return AnnotationId(row[0]) if row is not None else None


def code_passage(
    db: Database, article: ArticleId, version: VersionId, start: int, end: int, codes: Iterable[CodeId], coder: str
) -> CodingEdit:
    """Apply codes to text[start:end] of a version: on the highlight or passage already there, else on a new passage."""
    coder = clean_coder(coder)
    code_ids = list(dict.fromkeys(codes))
    if not code_ids:
        raise CodingError("Choose a code to apply.")
    with write_transaction(db):
        passage = passage_at(db, article, version, start, end)
        made_passage: list[AnnotationId] = []
        if passage is None:
            passage = create_highlight(db, article, version, start, end, None).annotation.id
            made_passage.append(passage)
        made = _add_codings(db, passage, code_ids, coder, now_iso())
        before = snapshot(db, codings=made, passages=[passage]).as_created(codings=made, passages=made_passage)
    return CodingEdit(Change.of_codes({article}, {passage}), before, code_ids[0])


def code_annotation(db: Database, annotation: AnnotationId, codes: Iterable[CodeId], coder: str) -> CodingEdit:
    """Apply codes to an existing highlight or passage."""
    coder = clean_coder(coder)
    with write_transaction(db):
        row = db.execute("SELECT article_id FROM annotations WHERE id = ? AND deleted_at IS NULL", [annotation]).fetchone()
        if row is None:
            raise CodingError("That passage no longer exists.")
        made = _add_codings(db, annotation, codes, coder, now_iso())
        before = snapshot(db, codings=made).as_created(codings=made)
    return CodingEdit(Change.of_codes({ArticleId(row[0])}, {annotation}), before)


def whole_article_passage(
    db: Database, article: ArticleId, *, create: bool = True, created: str | None = None
) -> tuple[AnnotationId | None, bool]:
    """The article's holder of whole-article codes (revived if it was a tombstone), and whether it was made or revived now."""
    ident = article_uuids(db, [article]).get(article)
    if ident is None:
        raise CodingError("That article is no longer in the library.")
    uuid = whole_article_uuid(ident)
    row = db.execute("SELECT id, deleted_at FROM annotations WHERE uuid = ?", [uuid]).fetchone()
    if row is not None:
        if row[1] is not None and create:
            db.execute("UPDATE annotations SET deleted_at = NULL, modified = ? WHERE id = ?", [now_iso(), row[0]])
            return AnnotationId(row[0]), True
        return (AnnotationId(row[0]), False) if row[1] is None else (None, False)
    if not create:
        return None, False
    return create_note(db, article, "", uuid=uuid, created=created).annotation.id, True


def code_articles(db: Database, articles: Iterable[ArticleId], codes: Iterable[CodeId], coder: str) -> CodingEdit:
    """Apply codes to whole articles."""
    coder = clean_coder(coder)
    code_ids = list(dict.fromkeys(codes))
    if not code_ids:
        raise CodingError("Choose a code to apply.")
    made: list[CodingId] = []
    passages: list[AnnotationId] = []
    new_passages: list[AnnotationId] = []
    ids = sorted(set(articles))
    with write_transaction(db):
        now = now_iso()
        for article in ids:
            passage, new = whole_article_passage(db, article)
            assert passage is not None
            passages.append(passage)
            if new:
                new_passages.append(passage)
            made.extend(_add_codings(db, passage, code_ids, coder, now))
        before = snapshot(db, codings=made, passages=passages).as_created(codings=made, passages=new_passages)
    return CodingEdit(Change.of_codes(ids, passages), before, code_ids[0])


def uncode(db: Database, codings: Iterable[CodingId]) -> CodingEdit:
    """Remove codings (tombstones); a passage left carrying nothing goes with them."""
    ids = sorted(set(codings))
    with write_transaction(db):
        passages: set[AnnotationId] = set()
        for chunk in chunks(ids):
            passages.update(
                AnnotationId(r[0])
                for r in db.execute(f"SELECT annotation_id FROM codings WHERE id IN ({marks(len(chunk))})", list(chunk))
            )
        before = snapshot(db, codings=ids, passages=passages)
        now = now_iso()
        for coding in ids:
            db.execute("UPDATE codings SET deleted_at = ?, modified = ? WHERE id = ? AND deleted_at IS NULL", [now, now, coding])
        for passage in bare_passages(db, passages):
            db.execute("UPDATE annotations SET deleted_at = ?, modified = ? WHERE id = ?", [now, now, passage])
        articles = {ArticleId(r[0]) for p in passages for r in db.execute("SELECT article_id FROM annotations WHERE id = ?", [p])}
    return CodingEdit(Change.of_codes(articles, passages), before)


def revive_passage(db: Database, annotation: AnnotationId) -> None:
    """Bring back a tombstoned passage (an import naming it again), placed on versions that came meanwhile."""
    if db.execute(
        "UPDATE annotations SET deleted_at = NULL, modified = ? WHERE id = ? AND deleted_at IS NOT NULL", [now_iso(), annotation]
    ).rowcount:
        anchor_missing_versions(db, annotation)
