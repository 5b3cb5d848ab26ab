"""What syncs: one `SyncedTable` entry per user table, from which everything else is generated.

An entry names the table, the columns that identify a row on every device (its key), and the
fields that sync, each with the `Ref` that maps a local id column to a stable value (refs.py).
From the entries come the capture triggers (triggers.py), the first sync's snapshot of rows
made before sync was set up (device.py), the placing of other devices' rows (place.py) and the
Conflicts list's descriptions (conflicts.py). Nothing else in the package names a user table.

What syncs: highlights and notes (with their author, and the highlight a confirmed projection
came from), highlight colour names, tags and article–tag links, read and star flags, translation
links and unlinks, the codebook and codings, saved searches, and the translators' rows about a
pair of articles: alignment corrections, mismatches accepted as fine, dismissed suggestions.

Adding a synced table (as codes, codings, saved searches and the translators' rows were):

1. add its entry to `SPEC` below, after the tables it refers to (rows are placed in this
   order): key (`uuid` for rows with a random or derived UUID), fields (a column holding an
   id gets `ref=UuidRef("table")`, `ARTICLE` or `VERSION`), `deleted_at` as an ordinary field;
   `on_insert` for NOT NULL local columns, `after` for the `Change` its views need, and
   `unique_name` or `one_live` if only one live row may hold a name or a meaning, `natural` if
   a unique index over all its rows holds what its derived UUID is made of (uniques.py).
   A row about two articles stored lower local id first names the two columns in `pair`, and
   gives each field whose meaning depends on which is first (a side, a boundary's two sides) a
   `Turn` (refs.py): change files hold the pair in the articles' stable order, and placing
   turns it back to this library's;
2. add a migration that calls `spec_changed(db)` (device.py) last (in the one that creates the
   table, or a new one for a table that exists already): it drops and re-creates every capture
   trigger from `SPEC` and, in a library that syncs already, logs the rows the table holds, so
   they reach the other devices. A migration that adds or renames a synced column does the same
   (the translators' tables of 0012 came before sync itself: 0013_sync's triggers cover them);
3. bump `SYNC_SCHEMA` below: change files then say that they may hold the new table, and an
   older Qalam leaves them alone and says "update Qalam to read changes from DEVICE"
   (tests/core/sync/test_spec.py records the spec's fingerprint for each schema, and fails
   until the new one is recorded). Until a Qalam that syncs is released, schema 1 may change
   with the fingerprint re-recorded.

Derived tables (annotation_anchors: where a highlight lies on each version) never sync; each
device computes them when a row is placed (`after`).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlite_utils import Database

from desktop.core.annotations import anchor_everywhere
from desktop.core.changes import Change
from desktop.core.highlight_defaults import DEFAULT_HIGHLIGHT_COLORS
from desktop.core.identity import article_uuid, tag_link_uuid, translation_link_uuid
from desktop.core.ids import AnnotationId, ArticleId, CodeId, TagId, Uuid
from desktop.core.sync import hlc
from desktop.core.sync.refs import ARTICLE, VERSION, Lookups, Ref, Turn, UuidRef
from desktop.core.tags import merge_tags

TOMBSTONE = "deleted_at"  # the field whose non-NULL winner is a delete
# The version of what change files may hold (tables, keys, fields, and the rules that make keys:
# title keys, derived UUIDs). A file of a newer schema is left for a newer Qalam.
SYNC_SCHEMA = 1


@dataclass(frozen=True)
class Field:
    """A synced column: `name` in change files, `column` in the table."""

    name: str
    column: str = ""
    ref: Ref | None = None
    required: bool = True  # a ref that must be found here for the row to be placed (else the row waits)
    default: object = None  # the column's value while no op has set it
    stamp: str | None = None  # a local column that records when this field was last set
    disputed: bool = True  # False: two values are no conflict to show (when a row was made, by whom); the newer wins
    turn: Turn | None = None  # in a pair's row (`SyncedTable.pair`): how the value reads the other way round

    @property
    def col(self) -> str:
        return self.column or self.name


@dataclass(frozen=True)
class KeyPart:
    column: str
    ref: Ref | None = None


@dataclass(frozen=True)
class Placed:
    """One row as placed: its key columns, its columns before (None: new) and after, its rowid
    when it was inserted, and the apply's lookups (to share what follow-ups read, such as texts)."""

    where: dict[str, object]
    before: dict[str, object] | None
    after: dict[str, object]
    rowid: int | None = None
    lookups: Lookups | None = None

    def changed(self, *columns: str) -> bool:
        return self.before is None or any(self.before.get(c) != self.after.get(c) for c in columns)


@dataclass(frozen=True)
class UniqueName:
    """A name unique among a table's live rows (within `scope`, a column): uniques.py keeps rows
    that two devices gave one name both, numbering one; `merge` folds one row into the other."""

    changed: Callable[[Database, list[int]], Change]  # the change for rows whose shown name moved
    merge: Callable[[Database, int, int], Change]  # fold the first row into the second (the Conflicts list)
    column: str = "name"
    field: str = "name"
    scope: str | None = None


@dataclass(frozen=True)
class SyncedTable:
    name: str
    key: tuple[KeyPart, ...]
    fields: tuple[Field, ...]
    after: Callable[[Database, Placed], Change]  # local follow-ups (anchoring) and the change for the views
    # Two columns holding a pair of articles, stored lower local id first (CHECK article_id < other_id):
    # change files hold them in the articles' stable order, with the fields that have a `turn` turned to match.
    pair: tuple[str, str] | None = None
    creates_rows: bool = True  # False: only existing rows are updated (articles come from imports)
    stamp: str | None = "modified"  # the row's local "last changed" column
    snapshot_where: str = "1"  # rows the first sync sends, besides those with ops
    on_insert: Callable[[Database, str, dict[str, object], int], dict[str, object]] | None = None
    unique_name: UniqueName | None = None  # a name unique among live rows (uniques.py)
    one_live: tuple[str, ...] = ()  # columns of which live rows must differ: rows that mean the same (uniques.py)
    natural: tuple[str, ...] = ()  # columns unique among all rows, tombstones too (what a derived UUID is made of: uniques.py)
    after_rows: Callable[[Database, list[int]], Change] | None = None  # the change for rows uniques.py hid or showed
    describe: Callable[[Database, str], tuple[ArticleId | None, str]] = field(default=lambda db, key: (None, key))

    def field(self, name: str) -> Field:
        return next(f for f in self.fields if f.name == name)

    def ref_of(self, column: str) -> Ref | None:
        """The ref of a key part's or a field's column."""
        part = next((p for p in self.key if p.column == column), None)
        return part.ref if part is not None else next((f.ref for f in self.fields if f.col == column), None)

    def disputed(self, name: str) -> bool:
        """Whether two values of this field are a conflict to show."""
        return next((f.disputed for f in self.fields if f.name == name), True)

    @property
    def has_tombstones(self) -> bool:
        return any(f.name == TOMBSTONE for f in self.fields)


# --- per-table follow-ups ---------------------------------------------------------------------------
def _annotation_after(db: Database, placed: Placed) -> Change:
    if placed.rowid is not None:
        annotation, article = AnnotationId(placed.rowid), ArticleId(int(placed.after["article_id"]))  # type: ignore[arg-type]
    else:
        row = db.execute("SELECT id, article_id FROM annotations WHERE uuid = ?", [placed.where["uuid"]]).fetchone()
        annotation, article = AnnotationId(row[0]), ArticleId(row[1])
    live = placed.after.get("deleted_at") is None
    texts = placed.lookups.texts(article) if placed.lookups is not None else None
    if live and placed.before is None:  # just inserted: where it lies on each version is this device's to find
        new = tuple(
            placed.after.get(c) for c in ("article_id", "version_id", "quote", "prefix", "suffix", "start_pos", "end_pos")
        )
        anchor_everywhere(db, annotation, versions=texts, new=new)
    elif live and placed.changed("version_id", "start_pos", "end_pos", "quote", "prefix", "suffix"):
        anchor_everywhere(db, annotation, again=True, versions=texts)
    elif live and placed.before is not None and placed.before.get("deleted_at") is not None:
        anchor_everywhere(db, annotation, versions=texts)  # restored: versions that came meanwhile
    articles = {article}
    if placed.before is not None and placed.before.get("article_id") not in (None, article):
        articles.add(ArticleId(int(placed.before["article_id"])))  # type: ignore[arg-type]
    return Change.of_annotations(articles)


def _annotation_describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
    row = db.execute("SELECT article_id, ifnull(quote, note) FROM annotations WHERE uuid = ?", [key]).fetchone()
    return (ArticleId(row[0]), row[1] or "") if row else (None, "")


def _created(db: Database, table: str, key: str, first: int) -> dict[str, object]:
    return {"created_at": hlc.to_iso(first)}


def _tag_after(db: Database, placed: Placed) -> Change:
    tag = TagId(db.execute("SELECT id FROM tags WHERE uuid = ?", [placed.where["uuid"]]).fetchone()[0])
    articles = [
        ArticleId(r[0]) for r in db.execute("SELECT article_id FROM article_tags WHERE tag_id = ? AND deleted_at IS NULL", [tag])
    ]
    return Change.of_tags(articles, {tag}, definitions=True)


def _tags_renamed(db: Database, ids: list[int]) -> Change:
    articles = [
        ArticleId(r[0])
        for r in db.execute(
            f"SELECT article_id FROM article_tags WHERE deleted_at IS NULL AND tag_id IN ({','.join('?' * len(ids))})", ids
        )
    ]
    return Change.of_tags(articles, [TagId(i) for i in ids], definitions=True)


def _tag_describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
    row = db.execute("SELECT name FROM tags WHERE uuid = ?", [key]).fetchone()
    return None, row[0] if row else ""


def _article_uuid_of(stable: object) -> Uuid:
    source, title_key, date = json.loads(stable) if isinstance(stable, str) else stable  # type: ignore[misc]
    return article_uuid(source, title_key, date or None)


def _article_tag_insert(db: Database, key: str, cols: dict[str, object], first: int) -> dict[str, object]:
    article, tag = json.loads(key)
    return {"uuid": tag_link_uuid(_article_uuid_of(article), Uuid(tag)), "created_at": hlc.to_iso(first)}


def _article_tag_after(db: Database, placed: Placed) -> Change:
    return Change.of_tags({ArticleId(int(placed.where["article_id"]))}, {TagId(int(placed.where["tag_id"]))})  # type: ignore[arg-type]


def _article_tag_describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
    article, tag = json.loads(key)
    return _article_id(db, article), _tag_describe(db, tag)[1]


def _article_id(db: Database, stable: object) -> ArticleId | None:
    source, title_key, date = json.loads(stable) if isinstance(stable, str) else stable  # type: ignore[misc]
    row = db.execute(
        "SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.name = ? AND a.title_key = ? AND ifnull(a.date, '') = ?",
        [source, title_key, date],
    ).fetchone()
    return ArticleId(row[0]) if row else None


def _flags_after(db: Database, placed: Placed) -> Change:
    return Change.of_flags({ArticleId(int(placed.where["id"]))})  # type: ignore[arg-type]


def _flags_describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
    return _article_id(db, key), ""


def _link_insert(db: Database, key: str, cols: dict[str, object], first: int) -> dict[str, object]:
    a, b = json.loads(key)
    return {"uuid": translation_link_uuid(_article_uuid_of(a), _article_uuid_of(b)), "created_at": hlc.to_iso(first)}


def _link_after(db: Database, placed: Placed) -> Change:
    return Change.of_links({ArticleId(int(placed.where["article_id"])), ArticleId(int(placed.where["other_id"]))})  # type: ignore[arg-type]


def _link_describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
    a, b = json.loads(key)
    other = _article_id(db, b)
    title = db.execute("SELECT title FROM articles WHERE id = ?", [other]).fetchone() if other is not None else None
    return _article_id(db, a), title[0] if title else ""


def _color_after(db: Database, placed: Placed) -> Change:
    return Change(highlight_colors=True)


def _color_describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
    row = db.execute("SELECT id FROM highlight_colors WHERE uuid = ?", [key]).fetchone()
    return None, str(row[0]) if row else ""


def _code_after(db: Database, placed: Placed) -> Change:
    row = placed.rowid or db.execute("SELECT id FROM codes WHERE uuid = ?", [placed.where["uuid"]]).fetchone()[0]
    articles = [
        ArticleId(r[0])
        for r in db.execute("SELECT DISTINCT article_id FROM codings WHERE code_id = ? AND deleted_at IS NULL", [row])
    ]
    return Change.of_codes(articles)


def _code_describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
    row = db.execute("SELECT name FROM codes WHERE uuid = ?", [key]).fetchone()
    return None, row[0] if row else ""


def _codes_renamed(db: Database, ids: list[int]) -> Change:
    return Change.of_codes()


def _merge_codes(db: Database, source: int, target: int) -> Change:
    from desktop.core.coding.codebook import merge_codes  # coding's own merge: codings move, sub-codes follow

    return merge_codes(db, [CodeId(source)], CodeId(target)).change


def _coding_after(db: Database, placed: Placed) -> Change:
    articles = {
        ArticleId(int(a)) for a in (placed.after.get("article_id"), (placed.before or {}).get("article_id")) if a is not None
    }  # type: ignore[arg-type]
    return Change.of_codes(articles)


def _codings_moved(db: Database, ids: list[int]) -> Change:
    marks = ",".join("?" * len(ids))
    return Change.of_codes(
        ArticleId(r[0]) for r in db.execute(f"SELECT DISTINCT article_id FROM codings WHERE id IN ({marks})", ids)
    )


def _coding_describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
    row = db.execute(
        "SELECT g.article_id, c.name FROM codings g JOIN codes c ON c.id = g.code_id WHERE g.uuid = ?", [key]
    ).fetchone()
    return (ArticleId(row[0]), row[1]) if row else (None, "")


def _saved_search_describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
    row = db.execute("SELECT name FROM saved_searches WHERE uuid = ?", [key]).fetchone()
    return None, row[0] if row else ""


def _pair_of(placed: Placed) -> set[ArticleId]:
    """The pair's articles, as placed (and before, should a row have moved)."""
    values = [placed.after.get("article_id"), placed.after.get("other_id")]
    if placed.before is not None:
        values += [placed.before.get("article_id"), placed.before.get("other_id")]
    return {ArticleId(int(v)) for v in values if v is not None}  # type: ignore[arg-type]


def _pair_describe(table: str) -> Callable[[Database, str], tuple[ArticleId | None, str]]:
    """A pair's row: about its first article, named by the other's title."""

    def describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
        row = db.execute(
            f"SELECT t.article_id, a.title FROM {table} t JOIN articles a ON a.id = t.other_id WHERE t.uuid = ?", [key]
        ).fetchone()
        return (ArticleId(row[0]), row[1] or "") if row else (None, "")

    return describe


def _acceptance_describe(db: Database, key: str) -> tuple[ArticleId | None, str]:
    """An accepted mismatch: about the article whose text states it, named by its text."""
    row = db.execute(
        "SELECT CASE side WHEN 'first' THEN article_id ELSE other_id END, text FROM drift_acceptances WHERE uuid = ?", [key]
    ).fetchone()
    return (ArticleId(row[0]), row[1]) if row else (None, "")


# 'first' or 'second': which article of the pair states a mismatch
SIDE_TURN = Turn("CASE WHEN {swap} AND {v} = 'first' THEN 'second' WHEN {swap} AND {v} = 'second' THEN 'first' ELSE {v} END")
# A boundary's two sides, JSON {"first": anchor, "second": anchor} (core/alignment_corrections.py)
BOUNDARY_TURN = Turn(
    "CASE WHEN {v} IS NULL OR NOT json_valid({v}) THEN {v} ELSE json_object("
    "'first', json(json_extract({v}, CASE WHEN {swap} THEN '$.second' ELSE '$.first' END)),"
    " 'second', json(json_extract({v}, CASE WHEN {swap} THEN '$.first' ELSE '$.second' END))) END"
)


_UNRENAMED_COLORS = " AND ".join(f"NOT (NEW.id = {slot} AND NEW.name = '{name}')" for slot, name, _ in DEFAULT_HIGHLIGHT_COLORS)

SPEC: tuple[SyncedTable, ...] = (
    SyncedTable(
        "highlight_colors",
        key=(KeyPart("uuid"),),
        fields=(Field("name"),),
        creates_rows=False,  # the six slots exist in every library
        snapshot_where=_UNRENAMED_COLORS,  # a default name is no edit
        after=_color_after,
        describe=_color_describe,
    ),
    SyncedTable(
        "tags",
        key=(KeyPart("uuid"),),
        fields=(Field("name"), Field("color"), Field(TOMBSTONE)),
        on_insert=lambda db, key, cols, first: _created(db, "tags", key, first),
        unique_name=UniqueName(
            changed=lambda db, ids: _tags_renamed(db, ids), merge=lambda db, a, b: merge_tags(db, [TagId(a)], TagId(b)).change
        ),
        after=_tag_after,
        describe=_tag_describe,
    ),
    SyncedTable(
        "annotations",
        key=(KeyPart("uuid"),),
        fields=(
            Field("article", "article_id", ARTICLE),
            Field("version", "version_id", VERSION, required=False),  # a text not here yet: placed by its quote
            Field("start_pos"),
            Field("end_pos"),
            Field("quote"),
            Field("prefix"),
            Field("suffix"),
            Field("color_id"),
            Field("note", default=""),
            Field("author", disputed=False),
            Field("created_at", disputed=False),  # the holder of an article's codes is made alike on every device
            Field("source_uuid"),  # a confirmed projection: the highlight it was projected from (core/projection.py)
            Field(TOMBSTONE),
        ),
        on_insert=lambda db, key, cols, first: {} if cols.get("created_at") else _created(db, "annotations", key, first),
        after=_annotation_after,
        describe=_annotation_describe,
    ),
    SyncedTable(
        "codes",  # coding's codebook (core/coding/): a tree, names unique among siblings
        key=(KeyPart("uuid"),),
        fields=(
            Field(
                "parent", "parent_id", UuidRef(table="codes")
            ),  # a parent placed later in the same file: the child waits for it
            Field("name"),
            Field("color"),
            Field("description", default=""),
            Field("memo", default=""),
            Field("position", default=0),
            Field("created_at", disputed=False),
            Field(TOMBSTONE),
        ),
        on_insert=lambda db, key, cols, first: {} if cols.get("created_at") else _created(db, "codes", key, first),
        unique_name=UniqueName(changed=_codes_renamed, merge=_merge_codes, scope="parent_id"),
        after=_code_after,
        describe=_code_describe,
    ),
    SyncedTable(
        "codings",  # a code on a passage (an annotation) or a whole article, for one coder
        key=(KeyPart("uuid"),),
        fields=(
            Field("annotation", "annotation_id", UuidRef(table="annotations")),
            Field("code", "code_id", UuidRef(table="codes")),
            Field("article", "article_id", ARTICLE),
            Field("coder"),
            Field("created_at", disputed=False),
            Field(TOMBSTONE),
        ),
        on_insert=lambda db, key, cols, first: {} if cols.get("created_at") else _created(db, "codings", key, first),
        one_live=("annotation_id", "code_id", "coder"),  # one coder codes one passage with one code once
        after_rows=_codings_moved,
        after=_coding_after,
        describe=_coding_describe,
    ),
    SyncedTable(
        "saved_searches",  # a search and a sidebar filter under a name; the filter names sources, sections and tags stably already
        key=(KeyPart("uuid"),),
        fields=(
            Field("name"),
            Field("query", default=""),
            Field("filter", default="{}"),
            Field("position", default=0),
            Field("created_at", disputed=False),
            Field(TOMBSTONE),
        ),
        on_insert=lambda db, key, cols, first: {} if cols.get("created_at") else _created(db, "saved_searches", key, first),
        after=lambda db, placed: Change.of_saved_searches(),
        describe=_saved_search_describe,
    ),
    SyncedTable(
        "article_tags",
        key=(KeyPart("article_id", ARTICLE), KeyPart("tag_id", UuidRef(table="tags"))),
        fields=(Field(TOMBSTONE),),
        on_insert=_article_tag_insert,
        after=_article_tag_after,
        describe=_article_tag_describe,
    ),
    SyncedTable(
        "articles",
        key=(KeyPart("id", ARTICLE),),
        fields=(
            Field("is_read", default=0, stamp="read_modified"),
            Field("is_starred", default=0, stamp="starred_modified"),
        ),
        creates_rows=False,  # rows come from imports; their flags wait until the article does
        stamp=None,
        snapshot_where="NEW.is_read <> 0 OR NEW.is_starred <> 0",  # untouched flags are the default
        after=_flags_after,
        describe=_flags_describe,
    ),
    SyncedTable(
        "translation_links",
        key=(KeyPart("article_id", ARTICLE), KeyPart("other_id", ARTICLE)),
        pair=("article_id", "other_id"),
        fields=(Field("linked", default=1), Field(TOMBSTONE)),
        on_insert=_link_insert,
        after=_link_after,
        describe=_link_describe,
    ),
    # The translators' rows about a pair of editions (issue 16): each by its UUID, the pair in stable order.
    SyncedTable(
        "alignment_corrections",  # a row boundary of the parallel view put in, taken away or moved by hand
        key=(KeyPart("uuid"),),
        pair=("article_id", "other_id"),
        fields=(
            Field("article", "article_id", ARTICLE),
            Field("other", "other_id", ARTICLE),
            Field("removed", turn=BOUNDARY_TURN),
            Field("added", turn=BOUNDARY_TURN),
            Field("sequence", default=0),  # the order a pair's corrections apply in
            Field("created_at", disputed=False),
            Field(TOMBSTONE),
        ),
        on_insert=lambda db, key, cols, first: {} if cols.get("created_at") else _created(db, "alignment_corrections", key, first),
        after=lambda db, placed: Change.of_alignments(_pair_of(placed)),
        describe=_pair_describe("alignment_corrections"),
    ),
    SyncedTable(
        "drift_acceptances",  # a mismatch of the drift check accepted as fine; its UUID derived from the rest
        key=(KeyPart("uuid"),),
        pair=("article_id", "other_id"),
        fields=(
            Field("article", "article_id", ARTICLE),
            Field("other", "other_id", ARTICLE),
            Field("side", turn=SIDE_TURN),
            Field("kind"),
            Field("text_key"),
            Field("text", disputed=False),  # as it was shown: two devices may have shown it otherwise
            Field("created_at", disputed=False),
            Field(TOMBSTONE),
        ),
        on_insert=lambda db, key, cols, first: {} if cols.get("created_at") else _created(db, "drift_acceptances", key, first),
        natural=("article_id", "other_id", "side", "kind", "text_key"),
        after=lambda db, placed: Change.of_alignments(_pair_of(placed)),
        describe=_acceptance_describe,
    ),
    SyncedTable(
        "translation_dismissals",  # a suggested translation the user said is not one; its UUID derived from the pair
        key=(KeyPart("uuid"),),
        pair=("article_id", "other_id"),
        fields=(
            Field("article", "article_id", ARTICLE),
            Field("other", "other_id", ARTICLE),
            Field("created_at", disputed=False),
            Field(TOMBSTONE),
        ),
        on_insert=lambda db, key, cols, first: {} if cols.get("created_at") else _created(db, "translation_dismissals", key, first),
        natural=("article_id", "other_id"),
        after=lambda db, placed: Change.of_links(_pair_of(placed)),
        describe=_pair_describe("translation_dismissals"),
    ),
)


def table_named(name: str) -> SyncedTable | None:
    """The entry of a synced table (read from `SPEC` at each call, so a test can register one)."""
    return next((t for t in SPEC if t.name == name), None)


def place_order(name: str) -> int:
    """Where a table's rows are placed in an apply: after the tables they refer to."""
    return next((i for i, t in enumerate(SPEC) if t.name == name), len(SPEC))


def fingerprint(spec: tuple[SyncedTable, ...] = SPEC) -> str:
    """What change files carry, as text: tables, keys and fields (not the local hooks)."""
    return json.dumps(
        [
            [t.name, [[k.column, k.ref.kind if k.ref else None] for k in t.key], t.pair,
             [[f.name, f.col, f.ref.kind if f.ref else None, f.turn.sql if f.turn else None] for f in t.fields]]
            for t in spec
        ]
    )  # fmt: skip
