"""Highlights and notes, stored W3C-style and anchored on every version of their article.

An annotation is made on one version (its TextQuote and code-point position are kept as
made). Where it lands on each version of the article is stored per version in
`annotation_anchors` — exact, fuzzy or orphan — computed once when the annotation is made or
a new version arrives, and never recomputed for versions that already have one. That is what
"importing more dumps never moves an annotation" rests on.

Every write returns what it changed, so the window can refresh just those views, and a
delete returns everything needed to undo it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

from desktop.core.anchoring import Anchor, AnchorStatus, TextQuote, anchor, quote_at
from desktop.core.ids import ArticleId, VersionId
from desktop.core.search_query import SearchQuery
from desktop.core.store import now_iso

AnnotationId = int


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
    updated: str
    anchors: tuple[AnchorInfo, ...] = ()

    @property
    def is_highlight(self) -> bool:
        return self.quote is not None

    def anchor_on(self, version: VersionId) -> AnchorInfo | None:
        return next((a for a in self.anchors if a.version_id == version), None)


@dataclass(frozen=True)
class AnnotationChange:
    articles: frozenset[ArticleId]
    annotations: frozenset[AnnotationId] = field(default=frozenset())


@dataclass(frozen=True)
class DeletedAnnotation:
    """Everything a delete removed, so Undo can put it back as it was (same id)."""

    annotation: Annotation


# --- colours ----------------------------------------------------------------------------------
def list_colors(db: Database) -> list[HighlightColor]:
    return [HighlightColor(r[0], r[1], r[2]) for r in db.execute("SELECT id, name, color FROM highlight_colors ORDER BY id")]


def rename_color(db: Database, color_id: int, name: str) -> None:
    name = " ".join(name.split())
    if not name:
        raise AnnotationError("a colour needs a name")
    with db.atomic():
        db.execute("UPDATE highlight_colors SET name = ? WHERE id = ?", [name, color_id])


# --- reading ------------------------------------------------------------------------------------
_COLUMNS = "id, article_id, version_id, start_pos, end_pos, quote, prefix, suffix, color_id, note, created_at, updated_at"


def _load(db: Database, where: str, params: list[object]) -> list[Annotation]:
    rows = db.execute(f"SELECT {_COLUMNS} FROM annotations WHERE {where} ORDER BY id", params).fetchall()
    if not rows:
        return []
    ids = [r[0] for r in rows]
    anchors: dict[int, list[AnchorInfo]] = {}
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" for _ in chunk)
        for a in db.execute(
            f"SELECT annotation_id, version_id, start_pos, end_pos, status FROM annotation_anchors"
            f" WHERE annotation_id IN ({marks}) ORDER BY version_id",
            chunk,
        ):
            anchors.setdefault(a[0], []).append(AnchorInfo(VersionId(a[1]), a[2], a[3], AnchorStatus(a[4])))
    return [
        Annotation(
            id=r[0],
            article_id=ArticleId(r[1]),
            version_id=VersionId(r[2]) if r[2] is not None else None,
            start=r[3],
            end=r[4],
            quote=r[5],
            prefix=r[6],
            suffix=r[7],
            color_id=r[8],
            note=r[9],
            created=r[10],
            updated=r[11],
            anchors=tuple(anchors.get(r[0], ())),
        )
        for r in rows
    ]


def get_annotation(db: Database, annotation: AnnotationId) -> Annotation | None:
    found = _load(db, "id = ?", [annotation])
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


def create_highlight(
    db: Database, article: ArticleId, version: VersionId, start: int, end: int, color_id: int, note: str = ""
) -> Annotation:
    """Highlight text[start:end] (code points) of `version`, anchored on every version of the article."""
    with db.atomic():
        versions = _versions(db, article)
        text = next((t for v, t in versions if v == version), None)
        if text is None:
            raise AnnotationError(f"version {version} is not a version of article {article}")
        quote = quote_at(text, start, end)
        now = now_iso()
        cursor = db.execute(
            "INSERT INTO annotations (article_id, version_id, start_pos, end_pos, quote, prefix, suffix, color_id, note,"
            " created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [article, version, start, end, quote.exact, quote.prefix, quote.suffix, color_id, note, now, now],
        )
        annotation = int(cursor.lastrowid)
        for other, other_text in versions:
            found = Anchor(AnchorStatus.EXACT, start, end) if other == version else anchor(other_text, quote, start, end)
            _store_anchor(db, annotation, other, found)
        created = get_annotation(db, annotation)
    assert created is not None
    return created


def create_note(db: Database, article: ArticleId, note: str) -> Annotation:
    """A note on the whole article, tied to no passage."""
    with db.atomic():
        now = now_iso()
        cursor = db.execute(
            "INSERT INTO annotations (article_id, note, created_at, updated_at) VALUES (?, ?, ?, ?)", [article, note, now, now]
        )
        created = get_annotation(db, int(cursor.lastrowid))
    assert created is not None
    return created


def _article_of(db: Database, annotation: AnnotationId) -> ArticleId:
    row = db.execute("SELECT article_id FROM annotations WHERE id = ?", [annotation]).fetchone()
    if row is None:
        raise AnnotationError(f"annotation {annotation} no longer exists")
    return ArticleId(row[0])


def update_note(db: Database, annotation: AnnotationId, note: str) -> AnnotationChange:
    with db.atomic():
        article = _article_of(db, annotation)
        db.execute("UPDATE annotations SET note = ?, updated_at = ? WHERE id = ? AND note <> ?", [note, now_iso(), annotation, note])
    return AnnotationChange(frozenset({article}), frozenset({annotation}))


def recolor(db: Database, annotation: AnnotationId, color_id: int) -> AnnotationChange:
    with db.atomic():
        article = _article_of(db, annotation)
        db.execute("UPDATE annotations SET color_id = ?, updated_at = ? WHERE id = ?", [color_id, now_iso(), annotation])
    return AnnotationChange(frozenset({article}), frozenset({annotation}))


def delete_annotation(db: Database, annotation: AnnotationId) -> DeletedAnnotation:
    with db.atomic():
        found = get_annotation(db, annotation)
        if found is None:
            raise AnnotationError(f"annotation {annotation} no longer exists")
        db.execute("DELETE FROM annotation_anchors WHERE annotation_id = ?", [annotation])
        db.execute("DELETE FROM annotations WHERE id = ?", [annotation])
    return DeletedAnnotation(found)


def restore_annotation(db: Database, deleted: DeletedAnnotation) -> AnnotationChange:
    """Undo a delete: the same text, colour, note, times and anchors, under the same id if it is
    still free (SQLite reuses a freed rowid, so a newer annotation may have taken it)."""
    a = deleted.annotation
    with db.atomic():
        taken = db.execute("SELECT 1 FROM annotations WHERE id = ?", [a.id]).fetchone() is not None
        cursor = db.execute(
            f"INSERT INTO annotations ({_COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [None if taken else a.id, a.article_id, a.version_id, a.start, a.end, a.quote, a.prefix, a.suffix,
             a.color_id, a.note, a.created, a.updated],
        )  # fmt: skip
        restored = int(cursor.lastrowid)
        existing = {v for v, _ in _versions(db, a.article_id)}
        for info in a.anchors:
            if info.version_id in existing:
                _store_anchor(db, restored, info.version_id, Anchor(info.status, info.start, info.end))
    return AnnotationChange(frozenset({a.article_id}), frozenset({restored}))


def reattach(db: Database, annotation: AnnotationId, version: VersionId, start: int, end: int) -> AnnotationChange:
    """Place an annotation by hand on text the user selected in `version` (for orphans)."""
    with db.atomic():
        article = _article_of(db, annotation)
        text = next((t for v, t in _versions(db, article) if v == version), None)
        if text is None or not 0 <= start < end <= len(text):
            raise AnnotationError("the selection is not in this article's text")
        _store_anchor(db, annotation, version, Anchor(AnchorStatus.EXACT, start, end))
        db.execute("UPDATE annotations SET updated_at = ? WHERE id = ?", [now_iso(), annotation])
    return AnnotationChange(frozenset({article}), frozenset({annotation}))


def anchor_new_version(db: Database, article: ArticleId, version: VersionId, text: str) -> int:
    """Anchor an article's existing highlights on a version that just arrived; returns how many.

    Runs inside the importer's transaction. Anchors on other versions are left alone.
    """
    count = 0
    for row in db.execute(
        "SELECT id, quote, prefix, suffix, start_pos, end_pos FROM annotations WHERE article_id = ? AND quote IS NOT NULL",
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
        clauses.append(
            "EXISTS (SELECT 1 FROM article_tags at JOIN tags tg ON tg.id = at.tag_id WHERE at.article_id = n.article_id"
            " AND (tg.name = ? COLLATE casefold OR substr(casefold(tg.name), 1, length(casefold(?)) + 1) = casefold(?) || '/'))"
        )
        params.extend([tag, tag, tag])
    expression = SearchQuery(terms=tuple(text.split())).fts_expression(prefix_last=True) if text.strip() else None
    if expression is not None:
        clauses.append("n.id IN (SELECT rowid FROM annotation_index WHERE annotation_index MATCH ?)")
        params.append(expression)
    where = " AND ".join(clauses) or "1"
    rows = db.execute(
        f"SELECT n.id, a.title, a.date FROM annotations n JOIN articles a ON a.id = n.article_id WHERE {where}"
        " ORDER BY n.updated_at DESC, n.id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    loaded = {a.id: a for a in _load(db, f"id IN ({','.join('?' for _ in rows)})", [r[0] for r in rows])} if rows else {}
    return [AnnotationHit(loaded[r[0]], r[1], r[2]) for r in rows if r[0] in loaded]
