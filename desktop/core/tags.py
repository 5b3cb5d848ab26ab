"""Tags: user labels on articles, hierarchical by "/" ("politics/elections"), each with an optional colour.

Every write returns what it changed (a TagChange), so the window can refresh exactly the
rows and sidebar entries involved instead of reloading everything.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.ids import ArticleId, TagId
from desktop.core.store import now_iso

_COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


class TagError(ValueError):
    """A tag name or colour the user typed cannot be used; the message says why."""


@dataclass(frozen=True)
class TagInfo:
    id: TagId
    name: str
    color: str | None
    article_count: int


@dataclass(frozen=True)
class TagChange:
    """What a tag operation touched."""

    articles: frozenset[ArticleId]
    tags: frozenset[TagId]


def clean_tag_name(name: str) -> str:
    """Trim each level of a hierarchical name; reject empty levels."""
    parts = [" ".join(p.split()) for p in name.split("/")]
    if not name.strip() or any(not p for p in parts):
        raise TagError(f"“{name}” is not a tag name: levels separated by / must not be empty")
    return "/".join(parts)


def list_tags(db: Database) -> list[TagInfo]:
    return [
        TagInfo(TagId(r[0]), r[1], r[2], r[3])
        for r in db.execute("SELECT id, name, color, article_count FROM tags ORDER BY name COLLATE casefold")
    ]


def ensure_tag(db: Database, name: str, color: str | None = None) -> TagId:
    name = clean_tag_name(name)
    row = db.execute("SELECT id FROM tags WHERE name = ? COLLATE casefold", [name]).fetchone()
    if row is not None:
        return TagId(row[0])
    cursor = db.execute("INSERT INTO tags (name, color, created_at) VALUES (?, ?, ?)", [name, _check_color(color), now_iso()])
    return TagId(cursor.lastrowid)


def add_tag(db: Database, articles: Iterable[ArticleId], name: str) -> TagChange:
    ids = sorted(set(articles))
    with db.atomic():
        tag = ensure_tag(db, name)
        now = now_iso()
        added = [
            ArticleId(a)
            for a in ids
            if db.execute(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id, created_at) VALUES (?, ?, ?)", [a, tag, now]
            ).rowcount
        ]
    return TagChange(frozenset(added), frozenset({tag}))


def remove_tag(db: Database, articles: Iterable[ArticleId], tag: TagId) -> TagChange:
    ids = sorted(set(articles))
    with db.atomic():
        removed = [
            ArticleId(a)
            for a in ids
            if db.execute("DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", [a, tag]).rowcount
        ]
    return TagChange(frozenset(removed), frozenset({tag}))


def tagged_articles(db: Database, tag: TagId) -> frozenset[ArticleId]:
    return frozenset(ArticleId(r[0]) for r in db.execute("SELECT article_id FROM article_tags WHERE tag_id = ?", [tag]))


def rename_tag(db: Database, tag: TagId, new_name: str) -> TagChange:
    """Rename a tag and every tag below it; renaming onto an existing name merges into it."""
    new_name = clean_tag_name(new_name)
    with db.atomic():
        old_name = _name(db, tag)
        prefix = old_name + "/"
        # Read the children before renaming: "a" renamed to "a/b" must not then find itself among them.
        children = db.execute(
            "SELECT id, name FROM tags WHERE substr(name, 1, ?) = ? COLLATE casefold AND id <> ?", [len(prefix), prefix, tag]
        ).fetchall()
        existing = db.execute("SELECT id, name FROM tags WHERE name = ? COLLATE casefold AND id <> ?", [new_name, tag]).fetchone()
        touched = {tag}
        if existing is not None:
            # Merging onto an existing name still carries the children along, below its spelling.
            merge_tags(db, [tag], TagId(existing[0]))
            touched.add(TagId(existing[0]))
            new_name = existing[1]
        else:
            db.execute("UPDATE tags SET name = ? WHERE id = ?", [new_name, tag])
        for child_id, child_name in children:
            if child_id in touched:
                continue  # the tag merged into ("a" renamed onto its child "a/b") keeps its name
            renamed = new_name + "/" + child_name[len(prefix) :]
            clash = db.execute("SELECT id FROM tags WHERE name = ? COLLATE casefold AND id <> ?", [renamed, child_id]).fetchone()
            if clash is not None:
                merge_tags(db, [TagId(child_id)], TagId(clash[0]))
                touched.add(TagId(clash[0]))
            else:
                db.execute("UPDATE tags SET name = ? WHERE id = ?", [renamed, child_id])
            touched.add(TagId(child_id))
        articles = frozenset().union(*(tagged_articles(db, t) for t in touched))
    return TagChange(articles, frozenset(touched))


def merge_tags(db: Database, sources: Iterable[TagId], target: TagId) -> TagChange:
    """Move every article of the source tags onto the target, then delete the sources."""
    source_ids = [t for t in set(sources) if t != target]
    with db.atomic():
        articles: set[ArticleId] = set()
        for tag in source_ids:
            articles |= tagged_articles(db, tag)
            db.execute(
                "INSERT OR IGNORE INTO article_tags (article_id, tag_id, created_at)"
                " SELECT article_id, ?, created_at FROM article_tags WHERE tag_id = ?",
                [target, tag],
            )
            db.execute("DELETE FROM article_tags WHERE tag_id = ?", [tag])
            db.execute("DELETE FROM tags WHERE id = ?", [tag])
    return TagChange(frozenset(articles), frozenset([*source_ids, target]))


def delete_tag(db: Database, tag: TagId) -> TagChange:
    with db.atomic():
        articles = tagged_articles(db, tag)
        db.execute("DELETE FROM article_tags WHERE tag_id = ?", [tag])
        db.execute("DELETE FROM tags WHERE id = ?", [tag])
    return TagChange(articles, frozenset({tag}))


def set_tag_color(db: Database, tag: TagId, color: str | None) -> TagChange:
    with db.atomic():
        db.execute("UPDATE tags SET color = ? WHERE id = ?", [_check_color(color), tag])
        articles = tagged_articles(db, tag)
    return TagChange(articles, frozenset({tag}))


def _name(db: Database, tag: TagId) -> str:
    row = db.execute("SELECT name FROM tags WHERE id = ?", [tag]).fetchone()
    if row is None:
        raise TagError(f"tag {tag} no longer exists")
    return str(row[0])


def _check_color(color: str | None) -> str | None:
    if color is None or color == "":
        return None
    if not _COLOR.match(color):
        raise TagError(f"{color} is not a colour like #1a7f37")
    return color.lower()

