"""Highlights and notes, stored W3C-style and anchored on every version of their article.

An annotation is made on one version (its TextQuote and code-point position are kept as
made). Where it lands on each version of the article is stored per version in
`annotation_anchors` — exact, fuzzy or orphan — computed once when the annotation is made or
a new version arrives, and never recomputed for versions that already have one. That is what
"importing more dumps never moves an annotation" rests on.

Each annotation has a UUID for life. Deleting one leaves a tombstone (`deleted_at`) with its
anchors, so undo brings back the very same row, and sync can tell a delete from a row never
seen. Every write returns a `Change`.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.anchoring import Anchor, AnchorStatus, TextQuote, anchor, quote_at
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.identity import new_uuid
from desktop.core.ids import AnnotationId, ArticleId, Uuid, VersionId
from desktop.core.search_query import SearchQuery
from desktop.core.sql import chunks, marks
from desktop.core.tags import tagged_with_subtree_sql
from desktop.core.transactions import write_transaction


class AnnotationError(ValueError):
    """An annotation request that cannot be carried out; the message says why."""


@dataclass(frozen=True)
class HighlightColor:
    id: int
    name: str
    color: str


@dataclass(frozen=True)
class AnchorInfo:
    version_id: VersionId
    start: int | None
    end: int | None
    status: AnchorStatus


@dataclass(frozen=True)
class Annotation:
    id: AnnotationId
    uuid: Uuid
    article_id: ArticleId
    version_id: VersionId | None
    start: int | None
    end: int | None
    quote: str | None
    prefix: str | None
    suffix: str | None
    color_id: int | None
    note: str
    created: str
    modified: str
    anchors: tuple[AnchorInfo, ...] = ()
    author: str | None = None  # who made it (the user name of the device it was made on); None: made here before names were kept

    def is_by(self, user: str) -> bool:
        """Whether `user` made it: theirs to edit, while others' are read-only unless the settings allow it."""
        return self.author is None or self.author == user

    @property
    def is_highlight(self) -> bool:
        return self.quote is not None

    def anchor_on(self, version: VersionId) -> AnchorInfo | None:
        return next((a for a in self.anchors if a.version_id == version), None)


@dataclass(frozen=True)
class AnnotationCreated:
    """A new annotation, and the change it made (for the views)."""

    annotation: Annotation
    change: Change


# --- colours ----------------------------------------------------------------------------------
def list_colors(db: Database) -> list[HighlightColor]:
    return [HighlightColor(r[0], r[1], r[2]) for r in db.execute("SELECT id, name, color FROM highlight_colors ORDER BY id")]


def rename_color(db: Database, color_id: int, name: str) -> Change:
    name = " ".join(name.split())
    if not name:
        raise AnnotationError("a colour needs a name")
    with write_transaction(db):
        changed = db.execute(
            "UPDATE highlight_colors SET name = ?, modified = ? WHERE id = ? AND name <> ?", [name, now_iso(), color_id, name]
        ).rowcount
    return Change(highlight_colors=bool(changed))


# --- reading ------------------------------------------------------------------------------------
_COLUMNS = "id, uuid, article_id, version_id, start_pos, end_pos, quote, prefix, suffix, color_id, note, created_at, modified, author"
LIVE = "deleted_at IS NULL"


def _load(db: Database, where: str, params: list[object], *, include_deleted: bool = False) -> list[Annotation]:
    live = "" if include_deleted else f" AND {LIVE}"
    rows = db.execute(f"SELECT {_COLUMNS} FROM annotations WHERE ({where}){live} ORDER BY id", params).fetchall()
    if not rows:
        return []
    anchors: dict[int, list[AnchorInfo]] = {}
    for chunk in chunks([r[0] for r in rows]):
        for a in db.execute(
            f"SELECT annotation_id, version_id, start_pos, end_pos, status FROM annotation_anchors"
            f" WHERE annotation_id IN ({marks(len(chunk))}) ORDER BY version_id",
            list(chunk),
        ):
            anchors.setdefault(a[0], []).append(AnchorInfo(VersionId(a[1]), a[2], a[3], AnchorStatus(a[4])))
    return [
        Annotation(
            id=AnnotationId(r[0]),
            uuid=Uuid(r[1]),
            article_id=ArticleId(r[2]),
            version_id=VersionId(r[3]) if r[3] is not None else None,
            start=r[4],
            end=r[5],
            quote=r[6],
            prefix=r[7],
            suffix=r[8],
            color_id=r[9],
            note=r[10],
            created=r[11],
            modified=r[12],
            anchors=tuple(anchors.get(r[0], ())),
            author=r[13],
        )
        for r in rows
    ]


def get_annotation(db: Database, annotation: AnnotationId, *, include_deleted: bool = False) -> Annotation | None:
    found = _load(db, "id = ?", [annotation], include_deleted=include_deleted)
    return found[0] if found else None


def article_annotations(db: Database, article: ArticleId) -> list[Annotation]:
    return _load(db, "article_id = ?", [article])


def in_text_order(annotations: Iterable[Annotation], version: VersionId) -> list[Annotation]:
    """Highlights placed on `version` by position, then orphans, then notes on the whole article."""

    def key(a: Annotation) -> tuple[int, int, int]:
        if not a.is_highlight:
            return (2, 0, a.id)
        info = a.anchor_on(version)
        if info is None or info.status is AnchorStatus.ORPHAN or info.start is None:
            return (1, 0, a.id)
        return (0, info.start, a.id)

    return sorted(annotations, key=key)


# --- writing ------------------------------------------------------------------------------------
def _versions(db: Database, article: ArticleId) -> list[tuple[VersionId, str]]:
    return [(VersionId(r[0]), r[1]) for r in db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [article])]


def _store_anchor(db: Database, annotation: AnnotationId, version: VersionId, found: Anchor) -> None:
    db.execute(
        "INSERT OR REPLACE INTO annotation_anchors (annotation_id, version_id, start_pos, end_pos, status) VALUES (?, ?, ?, ?, ?)",
        [annotation, version, found.start, found.end, found.status.value],
    )


def _created(db: Database, annotation: AnnotationId) -> AnnotationCreated:
    made = get_annotation(db, annotation)
    assert made is not None
    return AnnotationCreated(made, Change.of_annotations({made.article_id}, {made.id}))


def create_highlight(
    db: Database,
    article: ArticleId,
    version: VersionId,
    start: int,
    end: int,
    color_id: int | None,
    note: str = "",
    *,
    uuid: Uuid | None = None,
    created: str | None = None,
    author: str | None = None,
) -> AnnotationCreated:
    """Highlight text[start:end] (code points) of `version`, anchored on every version of the article.

    A passage with no colour (`color_id` None) is one made to carry codes (core/coding). `uuid` and
    `created` keep the identity of a passage that comes from an exchange file. `author` is the user
    name it is made under (settings), shown to the other devices it syncs to.
    """
    with write_transaction(db):
        versions = _versions(db, article)
        text = next((t for v, t in versions if v == version), None)
        if text is None:
            raise AnnotationError(f"version {version} is not a version of article {article}")
        if not 0 <= start < end <= len(text):
            raise AnnotationError("the selection is not in this version's text")
        quote = quote_at(text, start, end)
        now = now_iso()
        cursor = db.execute(
            "INSERT INTO annotations (uuid, article_id, version_id, start_pos, end_pos, quote, prefix, suffix, color_id, note,"
            " created_at, modified, author) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [uuid or new_uuid(), article, version, start, end, quote.exact, quote.prefix, quote.suffix, color_id, note, created or now, now,
             author or None],  # fmt: skip
        )
        annotation = AnnotationId(int(cursor.lastrowid))
        for other, other_text in versions:
            found = Anchor(AnchorStatus.EXACT, start, end) if other == version else anchor(other_text, quote, start, end)
            _store_anchor(db, annotation, other, found)
        return _created(db, annotation)


def create_note(
    db: Database, article: ArticleId, note: str, *, uuid: Uuid | None = None, created: str | None = None, author: str | None = None
) -> AnnotationCreated:
    """A note on the whole article, tied to no passage (with an empty note: the holder of whole-article codes)."""
    with write_transaction(db):
        if db.execute("SELECT 1 FROM articles WHERE id = ?", [article]).fetchone() is None:
            raise AnnotationError("That article is no longer in the library.")
        now = now_iso()
        cursor = db.execute(
            "INSERT INTO annotations (uuid, article_id, note, created_at, modified, author) VALUES (?, ?, ?, ?, ?, ?)",
            [uuid or new_uuid(), article, note, created or now, now, author or None],
        )
        return _created(db, AnnotationId(int(cursor.lastrowid)))


def _article_of(db: Database, annotation: AnnotationId, *, deleted: bool = False) -> ArticleId:
    state = "IS NOT NULL" if deleted else "IS NULL"
    row = db.execute(f"SELECT article_id FROM annotations WHERE id = ? AND deleted_at {state}", [annotation]).fetchone()
    if row is None:
        raise AnnotationError(f"annotation {annotation} no longer exists" if not deleted else f"annotation {annotation} is not deleted")
    return ArticleId(row[0])


def update_note(db: Database, annotation: AnnotationId, note: str) -> Change:
    with write_transaction(db):
        article = _article_of(db, annotation)
        db.execute("UPDATE annotations SET note = ?, modified = ? WHERE id = ? AND note <> ?", [note, now_iso(), annotation, note])
    return Change.of_annotations({article}, {annotation})


def recolor(db: Database, annotation: AnnotationId, color_id: int) -> Change:
    with write_transaction(db):
        article = _article_of(db, annotation)
        db.execute("UPDATE annotations SET color_id = ?, modified = ? WHERE id = ?", [color_id, now_iso(), annotation])
    return Change.of_annotations({article}, {annotation})


def delete_annotation(db: Database, annotation: AnnotationId) -> Change:
    """Leave a tombstone: the row, its UUID and its anchors stay for undo and sync; views no longer see it."""
    with write_transaction(db):
        article = _article_of(db, annotation)
        now = now_iso()
        db.execute("UPDATE annotations SET deleted_at = ?, modified = ? WHERE id = ?", [now, now, annotation])
    return Change.of_annotations({article}, {annotation})


def restore_annotation(db: Database, annotation: AnnotationId) -> Change:
    """Undo a delete: the same row, UUID, text, colour, note and anchors, live again."""
    with write_transaction(db):
        article = _article_of(db, annotation, deleted=True)
        db.execute("UPDATE annotations SET deleted_at = NULL, modified = ? WHERE id = ?", [now_iso(), annotation])
        anchor_everywhere(db, annotation)  # versions that arrived while it was deleted
    return Change.of_annotations({article}, {annotation})


def reattach(db: Database, annotation: AnnotationId, version: VersionId, start: int, end: int) -> Change:
    """Place an annotation by hand on text the user selected in `version` (for orphans)."""
    with write_transaction(db):
        article = _article_of(db, annotation)
        text = next((t for v, t in _versions(db, article) if v == version), None)
        if text is None or not 0 <= start < end <= len(text):
            raise AnnotationError("the selection is not in this article's text")
        _store_anchor(db, annotation, version, Anchor(AnchorStatus.EXACT, start, end))
        db.execute("UPDATE annotations SET modified = ? WHERE id = ?", [now_iso(), annotation])
    return Change.of_annotations({article}, {annotation})


def anchor_everywhere(
    db: Database,
    annotation: AnnotationId,
    *,
    again: bool = False,
    versions: list[tuple[int, str]] | None = None,
    new: tuple[object, ...] | None = None,
) -> int:
    """Anchor a highlight on each version of its article that has no anchor for it yet (with
    `again`, on every version, replacing what was found before); returns how many it anchored.

    Anchors are this library's own: a highlight that arrives from another device (sync) is
    anchored here, on the versions this library holds, exactly on the version it was made on.
    `versions` are the article's (id, text), when the caller has read them already; `new` is the
    (article, version, quote, prefix, suffix, start, end) of a row just inserted (it has no anchor).
    """
    row = new or db.execute(
        "SELECT article_id, version_id, quote, prefix, suffix, start_pos, end_pos FROM annotations WHERE id = ?", [annotation]
    ).fetchone()
    if row is None or row[2] is None:
        return 0
    article, made_on, quote = ArticleId(row[0]), row[1], TextQuote(row[2], row[3] or "", row[4] or "")
    if again:
        db.execute("DELETE FROM annotation_anchors WHERE annotation_id = ?", [annotation])
    anchored = set() if new else {r[0] for r in db.execute("SELECT version_id FROM annotation_anchors WHERE annotation_id = ?", [annotation])}
    count = 0
    for version, text in versions if versions is not None else _versions(db, article):
        if version in anchored:
            continue
        intact = version == made_on and row[5] is not None and row[6] is not None and text[row[5] : row[6]] == quote.exact
        found = Anchor(AnchorStatus.EXACT, row[5], row[6]) if intact else anchor(text, quote, row[5], row[6])
        _store_anchor(db, annotation, version, found)
        count += 1
    return count


def anchor_new_version(db: Database, article: ArticleId, version: VersionId, text: str) -> int:
    """Anchor an article's live highlights on a version that just arrived; returns how many.

    Runs inside the importer's transaction. Anchors on other versions are left alone.
    (A deleted highlight is anchored when it is restored.)
    """
    count = 0
    for row in db.execute(
        f"SELECT id, quote, prefix, suffix, start_pos, end_pos FROM annotations WHERE article_id = ? AND quote IS NOT NULL AND {LIVE}",
        [article],
    ).fetchall():
        found = anchor(text, TextQuote(row[1], row[2] or "", row[3] or ""), row[4], row[5])
        db.execute(
            "INSERT OR IGNORE INTO annotation_anchors (annotation_id, version_id, start_pos, end_pos, status) VALUES (?, ?, ?, ?, ?)",
            [row[0], version, found.start, found.end, found.status.value],
        )
        count += 1
    return count


# --- browsing the whole library -------------------------------------------------------------------
@dataclass(frozen=True)
class AnnotationHit:
    annotation: Annotation
    article_title: str
    article_date: str | None


def browse_annotations(
    db: Database, *, colors: Iterable[int] = (), tag: str | None = None, text: str = "", limit: int = 5000
) -> list[AnnotationHit]:
    """Annotations across the library, newest first; the filters combine (AND)."""
    clauses: list[str] = []
    params: list[object] = []
    color_ids = sorted(set(colors))
    if color_ids:
        clauses.append(f"n.color_id IN ({','.join('?' for _ in color_ids)})")
        params.extend(color_ids)
    if tag:
        sql, tag_params = tagged_with_subtree_sql("n.article_id", tag)
        clauses.append(sql)
        params.extend(tag_params)
    expression = SearchQuery(terms=tuple(text.split())).fts_expression(prefix_last=True) if text.strip() else None
    if expression is not None:
        clauses.append("n.id IN (SELECT rowid FROM annotation_index WHERE annotation_index MATCH ?)")
        params.append(expression)
    where = " AND ".join(["n.deleted_at IS NULL", *clauses])
    rows = db.execute(
        f"SELECT n.id, a.title, a.date FROM annotations n JOIN articles a ON a.id = n.article_id WHERE {where}"
        " ORDER BY n.modified DESC, n.id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    loaded = {a.id: a for a in _load(db, f"id IN ({marks(len(rows))})", [r[0] for r in rows])} if rows else {}
    return [AnnotationHit(loaded[r[0]], r[1], r[2]) for r in rows if r[0] in loaded]
