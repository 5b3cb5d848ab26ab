"""Tags: user labels on articles, hierarchical by "/" ("politics/elections"), each with an optional colour.

A tag stands for itself and every tag below it: "politics" covers "politics/elections". That
rule lives here, once, as SQL (`tagged_with_subtree_sql`) and as Python (`covers`).

Tags and their links to articles are user-made rows with UUIDs (identity.py); deleting either
leaves a tombstone. Every edit returns a `TagEdit`: the change, for the views, and a snapshot of
the tags and links it touched as they were before, which `restore_tags` puts back. Undo
restores the "before" snapshot, and the snapshot it returns is the redo.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.identity import article_uuids, new_uuid, tag_link_uuid, tag_uuid
from desktop.core.ids import ArticleId, TagId, Uuid
from desktop.core.sql import chunks, marks
from desktop.core.transactions import write_transaction

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")
LIVE_TAGS = "deleted_at IS NULL"


class TagError(ValueError):
    """A tag name or colour the user typed cannot be used; the message says why."""


@dataclass(frozen=True)
class TagInfo:
    id: TagId
    name: str
    color: str | None
    article_count: int


@dataclass(frozen=True)
class TagState:
    """One tag as it was: enough to put it back."""

    id: TagId
    name: str
    color: str | None
    deleted_at: str | None


@dataclass(frozen=True)
class TagSnapshot:
    """Some tags, and which articles each was live on, at one moment.

    `scope` limits the links it speaks for: an undo of tagging three articles restores those
    three links and leaves the tag's other thousand alone, even if they changed meanwhile.
    None speaks for every link of the tags; an empty scope for none (a colour change).
    """

    tags: tuple[TagState, ...]
    links: frozenset[tuple[ArticleId, TagId]]
    scope: frozenset[ArticleId] | None = None


@dataclass(frozen=True)
class TagEdit:
    change: Change
    before: TagSnapshot
    tag: TagId | None = None  # the tag the edit was about (the one added, renamed, merged into)


# --- the hierarchy ---------------------------------------------------------------------------------
def covers(parent: str, name: str) -> bool:
    """Whether the tag `parent` stands for `name`: the same tag, or one below it."""
    p, n = parent.casefold(), name.casefold()
    return n == p or n.startswith(p + "/")


def _subtree_ids(name_sql: str) -> str:
    """SQL listing the live tags that `name_sql` (an expression of one parameter, used thrice) covers."""
    return (
        f"SELECT c.id FROM tags c WHERE c.deleted_at IS NULL AND (casefold(c.name) = casefold({name_sql})"
        f" OR substr(casefold(c.name), 1, length(casefold({name_sql})) + 1) = casefold({name_sql}) || '/')"
    )


def tagged_with_subtree_sql(article_column: str, name: str) -> tuple[str, list[object]]:
    """A condition true for articles tagged `name` or any tag below it, with its parameters."""
    sql = (
        f"EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = {article_column} AND t.deleted_at IS NULL"
        f" AND t.tag_id IN ({_subtree_ids('?')}))"
    )
    return sql, [name, name, name]


def tagged_with_subtree_of_sql(article_column: str, tag: TagId) -> tuple[str, list[object]]:
    """As `tagged_with_subtree_sql`, for a tag given by id (the sidebar's entries)."""
    name = "(SELECT name FROM tags WHERE id = ?)"
    sql = (
        f"EXISTS (SELECT 1 FROM article_tags t WHERE t.article_id = {article_column} AND t.deleted_at IS NULL"
        f" AND t.tag_id IN ({_subtree_ids(name)}))"
    )
    return sql, [tag, tag, tag]


def parent_paths(names: Iterable[str]) -> dict[str, str]:
    """Every path that has tags below it (casefolded → as first spelled): "law" for "law/courts",
    whether or not "law" is itself a tag. These are the sidebar's branches."""
    found: dict[str, str] = {}
    for name in sorted(names, key=str.casefold):
        parts = name.split("/")
        for depth in range(1, len(parts)):
            path = "/".join(parts[:depth])
            found.setdefault(path.casefold(), path)
    return found


def subtree_article_count(db: Database, name: str) -> int:
    """Articles tagged `name` or any tag below it, each counted once: the count a branch shows."""
    row = db.execute(
        f"SELECT count(DISTINCT t.article_id) FROM article_tags t WHERE t.deleted_at IS NULL AND t.tag_id IN ({_subtree_ids('?')})",
        [name, name, name],
    ).fetchone()
    return int(row[0])


# --- reading -----------------------------------------------------------------------------------------
def clean_tag_name(name: str) -> str:
    """Trim each level of a hierarchical name; reject empty levels."""
    parts = [" ".join(p.split()) for p in name.split("/")]
    if not name.strip() or any(not p for p in parts):
        raise TagError(f"“{name}” is not a tag name: levels separated by / must not be empty")
    return "/".join(parts)


def list_tags(db: Database) -> list[TagInfo]:
    return [
        TagInfo(TagId(r[0]), r[1], r[2], r[3])
        for r in db.execute(f"SELECT id, name, color, article_count FROM tags WHERE {LIVE_TAGS} ORDER BY name COLLATE casefold")
    ]


def find_tag(db: Database, name: str) -> TagId | None:
    row = db.execute(f"SELECT id FROM tags WHERE name = ? COLLATE casefold AND {LIVE_TAGS}", [name]).fetchone()
    return TagId(row[0]) if row is not None else None


def tag_name(db: Database, tag: TagId) -> str:
    row = db.execute(f"SELECT name FROM tags WHERE id = ? AND {LIVE_TAGS}", [tag]).fetchone()
    if row is None:
        raise TagError(f"tag {tag} no longer exists")
    return str(row[0])


def tagged_articles(db: Database, tag: TagId) -> frozenset[ArticleId]:
    return frozenset(
        ArticleId(r[0]) for r in db.execute("SELECT article_id FROM article_tags WHERE tag_id = ? AND deleted_at IS NULL", [tag])
    )


# --- snapshots, for undo -----------------------------------------------------------------------------
def snapshot_tags(db: Database, tags: Iterable[TagId], scope: Iterable[ArticleId] | None = None) -> TagSnapshot:
    ids = sorted(set(tags))
    limit = frozenset(scope) if scope is not None else None
    states: list[TagState] = []
    links: set[tuple[ArticleId, TagId]] = set()
    for chunk in chunks(ids):
        states.extend(
            TagState(TagId(r[0]), r[1], r[2], r[3])
            for r in db.execute(f"SELECT id, name, color, deleted_at FROM tags WHERE id IN ({marks(len(chunk))})", list(chunk))
        )
        links.update(
            (ArticleId(r[0]), TagId(r[1]))
            for r in db.execute(
                f"SELECT article_id, tag_id FROM article_tags WHERE tag_id IN ({marks(len(chunk))}) AND deleted_at IS NULL",
                list(chunk),
            )
        )
    if limit is not None:
        links = {link for link in links if link[0] in limit}
    return TagSnapshot(tuple(states), frozenset(links), limit)


def restore_tags(db: Database, snapshot: TagSnapshot) -> TagEdit:
    """Put tags and their links back as a snapshot had them; returns the state it replaced."""
    tag_ids = [t.id for t in snapshot.tags]
    with write_transaction(db):
        before = snapshot_tags(db, tag_ids, snapshot.scope)
        now = now_iso()
        # Names first as tombstones, so two tags swapping names never meet in the unique index.
        for state in snapshot.tags:
            db.execute("UPDATE tags SET deleted_at = ifnull(deleted_at, ?) WHERE id = ?", [now, state.id])
        for state in snapshot.tags:
            if state.deleted_at is None and find_tag(db, state.name) is not None:
                raise TagError(f"A tag named “{state.name}” exists now, so this cannot be undone.")
            db.execute(
                "UPDATE tags SET name = ?, color = ?, deleted_at = ?, modified = ? WHERE id = ?",
                [state.name, state.color, state.deleted_at, now, state.id],
            )
        gone = before.links - snapshot.links
        back = snapshot.links - before.links
        _tombstone_links(db, gone, now)
        _make_links(db, back, now)
        articles = {a for a, _ in gone | back}
        renamed = set(before.tags) != set(snapshot.tags)
    change = Change.of_tags(articles, tag_ids if renamed else (), definitions=renamed)
    return TagEdit(change, before)


# --- writing -----------------------------------------------------------------------------------------
def _tag_uuids(db: Database, tags: Iterable[TagId]) -> dict[TagId, Uuid]:
    ids = sorted(set(tags))
    found: dict[TagId, Uuid] = {}
    for chunk in chunks(ids):
        found.update((TagId(r[0]), Uuid(r[1])) for r in db.execute(f"SELECT id, uuid FROM tags WHERE id IN ({marks(len(chunk))})", list(chunk)))
    return found


def _make_links(db: Database, links: Iterable[tuple[ArticleId, TagId]], now: str) -> list[tuple[ArticleId, TagId]]:
    """Make links live (new, or a tombstone revived); returns those that were not live before."""
    wanted = sorted(set(links))
    if not wanted:
        return []
    articles = article_uuids(db, [a for a, _ in wanted])
    tags = _tag_uuids(db, [t for _, t in wanted])
    made = []
    for article, tag in wanted:
        if article not in articles or tag not in tags:
            continue  # the article or tag is gone
        changed = db.execute(
            "INSERT INTO article_tags (article_id, tag_id, created_at, uuid, modified) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (article_id, tag_id) DO UPDATE SET deleted_at = NULL, modified = excluded.modified"
            " WHERE article_tags.deleted_at IS NOT NULL",
            [article, tag, now, tag_link_uuid(articles[article], tags[tag]), now],
        ).rowcount
        if changed:
            made.append((article, tag))
    return made


def _tombstone_links(db: Database, links: Iterable[tuple[ArticleId, TagId]], now: str) -> list[tuple[ArticleId, TagId]]:
    gone = []
    for article, tag in sorted(set(links)):
        if db.execute(
            "UPDATE article_tags SET deleted_at = ?, modified = ? WHERE article_id = ? AND tag_id = ? AND deleted_at IS NULL",
            [now, now, article, tag],
        ).rowcount:
            gone.append((article, tag))
    return gone


def ensure_tag(db: Database, name: str, color: str | None = None) -> TagId:
    """The live tag of that name (any case); else a deleted one of that name revived; else a new one."""
    name = clean_tag_name(name)
    found = find_tag(db, name)
    if found is not None:
        return found
    ident = tag_uuid(name)
    now = now_iso()
    row = db.execute("SELECT id, deleted_at FROM tags WHERE uuid = ?", [ident]).fetchone()
    if row is not None and row[1] is not None:
        db.execute("UPDATE tags SET name = ?, color = ?, deleted_at = NULL, modified = ? WHERE id = ?", [name, _check_color(color), now, row[0]])
        return TagId(row[0])
    if row is not None:
        ident = new_uuid()  # a live tag renamed from this name holds it
    cursor = db.execute(
        "INSERT INTO tags (name, color, created_at, uuid, modified) VALUES (?, ?, ?, ?, ?)", [name, _check_color(color), now, ident, now]
    )
    return TagId(cursor.lastrowid)


def add_tag(db: Database, articles: Iterable[ArticleId], name: str) -> TagEdit:
    ids = sorted(set(articles))
    with write_transaction(db):
        existing = find_tag(db, clean_tag_name(name))
        tag = ensure_tag(db, name)
        before = snapshot_tags(db, [tag], ids)
        if existing is None:  # undo deletes the tag it made
            before = TagSnapshot(tuple(TagState(t.id, t.name, t.color, now_iso()) for t in before.tags), before.links, before.scope)
        added = _make_links(db, [(a, tag) for a in ids], now_iso())
    return TagEdit(Change.of_tags({a for a, _ in added}, {tag}, definitions=existing is None), before, tag)


def remove_tag(db: Database, articles: Iterable[ArticleId], tag: TagId) -> TagEdit:
    ids = sorted(set(articles))
    with write_transaction(db):
        before = snapshot_tags(db, [tag], ids)
        removed = _tombstone_links(db, [(a, tag) for a in ids], now_iso())
    return TagEdit(Change.of_tags({a for a, _ in removed}, {tag}), before, tag)


def rename_tag(db: Database, tag: TagId, new_name: str) -> TagEdit:
    """Rename a tag and every tag below it; renaming onto an existing name merges into it."""
    new_name = clean_tag_name(new_name)
    with write_transaction(db):
        old_name = tag_name(db, tag)
        prefix = old_name + "/"
        # Read the children before renaming: "a" renamed to "a/b" must not then find itself among them.
        children = db.execute(
            f"SELECT id, name FROM tags WHERE substr(name, 1, ?) = ? COLLATE casefold AND id <> ? AND {LIVE_TAGS}",
            [len(prefix), prefix, tag],
        ).fetchall()
        targets = [clean_tag_name(new_name + "/" + child[len(prefix) :]) for _, child in children]
        clashes = [t for name in [new_name, *targets] if (t := find_tag(db, name)) is not None]
        before = snapshot_tags(db, {tag, *(TagId(c) for c, _ in children), *clashes})
        now = now_iso()
        existing = find_tag(db, new_name)
        touched = {tag}
        kept = tag
        if existing is not None and existing != tag:
            _merge(db, [tag], existing, now)
            touched.add(existing)
            kept = existing
            new_name = tag_name(db, existing)
        else:
            db.execute("UPDATE tags SET name = ?, modified = ? WHERE id = ?", [new_name, now, tag])
        for child_id, child_name in children:
            if child_id in touched:
                continue  # the tag merged into ("a" renamed onto its child "a/b") keeps its name
            renamed = new_name + "/" + child_name[len(prefix) :]
            clash = db.execute(f"SELECT id FROM tags WHERE name = ? COLLATE casefold AND id <> ? AND {LIVE_TAGS}", [renamed, child_id]).fetchone()
            if clash is not None:
                _merge(db, [TagId(child_id)], TagId(clash[0]), now)
                touched.add(TagId(clash[0]))
            else:
                db.execute("UPDATE tags SET name = ?, modified = ? WHERE id = ?", [renamed, now, child_id])
            touched.add(TagId(child_id))
        articles = {a for a, _ in before.links}
    return TagEdit(Change.of_tags(articles, touched, definitions=True), before, kept)


def _merge(db: Database, sources: Iterable[TagId], target: TagId, now: str) -> set[ArticleId]:
    articles: set[ArticleId] = set()
    for tag in [t for t in set(sources) if t != target]:
        moved = tagged_articles(db, tag)
        articles |= moved
        _make_links(db, [(a, target) for a in moved], now)
        _tombstone_links(db, [(a, tag) for a in moved], now)
        db.execute("UPDATE tags SET deleted_at = ?, modified = ? WHERE id = ?", [now, now, tag])
    return articles


def merge_tags(db: Database, sources: Iterable[TagId], target: TagId) -> TagEdit:
    """Move every article of the source tags onto the target, then delete the sources."""
    source_ids = [t for t in set(sources) if t != target]
    with write_transaction(db):
        before = snapshot_tags(db, [*source_ids, target])
        articles = _merge(db, source_ids, target, now_iso())
    return TagEdit(Change.of_tags(articles, [*source_ids, target], definitions=True), before, target)


def delete_tag(db: Database, tag: TagId) -> TagEdit:
    with write_transaction(db):
        before = snapshot_tags(db, [tag])
        now = now_iso()
        articles = {a for a, _ in _tombstone_links(db, [(a, tag) for a, _ in before.links], now)}
        db.execute("UPDATE tags SET deleted_at = ?, modified = ? WHERE id = ? AND deleted_at IS NULL", [now, now, tag])
    return TagEdit(Change.of_tags(articles, {tag}, definitions=True), before, tag)


def set_tag_color(db: Database, tag: TagId, color: str | None) -> TagEdit:
    with write_transaction(db):
        before = snapshot_tags(db, [tag], scope=())
        db.execute("UPDATE tags SET color = ?, modified = ? WHERE id = ?", [_check_color(color), now_iso(), tag])
        articles = tagged_articles(db, tag)
    return TagEdit(Change.of_tags(articles, {tag}, definitions=True), before, tag)


def _check_color(color: str | None) -> str | None:
    if color is None or color == "":
        return None
    if not _COLOR.match(color):
        raise TagError(f"{color} is not a colour like #1a7f37")
    return color.lower()
