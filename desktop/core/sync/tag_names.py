"""Two devices' tags with one name: both kept, told apart by a number, the same way everywhere.

Tag names are unique among live tags. Two devices that create "economy" make one tag (its
UUID derives from the name), but a tag renamed on one device to a name that another device
gave a different tag meanwhile gives two live tags with one name. Neither rename is lost: the
tag with the smaller UUID shows the name, the others show "name (2)", "name (3)", … — a rule
of the winning values alone, so every device shows the same names. Once one of them is renamed,
merged or deleted, the other shows its own name again. The Conflicts list shows each pair
(conflicts.py), and merging them is one click.

The numbered names are local display only: they are written with capture off and never sync.
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop.core.changes import Change
from desktop.core.ids import TagId


def true_names(db: Database) -> list[tuple[TagId, str, str, str]]:
    """Live tags as (id, uuid, name shown, name they have in the op log)."""
    return [
        (TagId(r[0]), r[1], r[2], r[3] if r[3] is not None else r[2])
        for r in db.execute(
            "SELECT t.id, t.uuid, t.name, (SELECT o.value FROM sync_ops o WHERE o.tbl = 'tags' AND o.key = t.uuid AND o.field = 'name'"
            " AND o.leaf = 1 ORDER BY o.hlc DESC, o.dev DESC LIMIT 1) FROM tags t WHERE t.deleted_at IS NULL"
        )
    ]


def numbered_names(tags: list[tuple[TagId, str, str, str]]) -> dict[TagId, str]:
    """The name each live tag must show: its own, or its own numbered when a smaller UUID has it."""
    groups: dict[str, list[tuple[str, TagId, str]]] = {}
    for tag, uuid, _shown, name in tags:
        groups.setdefault(name.casefold(), []).append((uuid, tag, name))
    taken = {name.casefold() for _, _, _, name in tags}
    wanted: dict[TagId, str] = {}
    for members in groups.values():
        members.sort()
        for rank, (_uuid, tag, name) in enumerate(members):
            if rank == 0:
                wanted[tag] = name
                continue
            n = rank + 1
            while f"{name} ({n})".casefold() in taken:
                n += 1
            wanted[tag] = f"{name} ({n})"
            taken.add(wanted[tag].casefold())
    return wanted


def settle(db: Database) -> Change:
    """Show every live tag under the name the rule gives it, and every deleted one under its own
    (no longer numbered); the change names the live ones renamed."""
    winner = (
        "(SELECT o.value FROM sync_ops o WHERE o.tbl = 'tags' AND o.key = tags.uuid AND o.field = 'name' AND o.leaf = 1"
        " ORDER BY o.hlc DESC, o.dev DESC LIMIT 1)"
    )
    db.execute(f"UPDATE tags SET name = {winner} WHERE deleted_at IS NOT NULL AND {winner} IS NOT NULL AND name IS NOT {winner}")
    tags = true_names(db)
    wanted = numbered_names(tags)
    moving = [(tag, wanted[tag]) for tag, _uuid, shown, _name in tags if shown != wanted[tag]]
    if not moving:
        return Change()
    # Through unique placeholders first (their UUIDs), so two tags trading names never meet in the
    # unique index. (No NUL in them: SQLite's NOCASE stops comparing at one.)
    for tag, _ in moving:
        db.execute("UPDATE tags SET name = uuid WHERE id = ?", [tag])
    for tag, name in moving:
        db.execute("UPDATE tags SET name = ? WHERE id = ?", [name, tag])
    ids = [tag for tag, _ in moving]
    articles = {
        r[0]
        for r in db.execute(
            f"SELECT article_id FROM article_tags WHERE deleted_at IS NULL AND tag_id IN ({','.join('?' * len(ids))})", ids
        )
    }
    return Change.of_tags(articles, ids, definitions=True)


def placeable_name(db: Database, uuid: str, name: object) -> object:
    """The name a tag can be written under now: its own, or a placeholder while another live tag
    holds it (the unique index is case-insensitive); `settle` then numbers it."""
    if not isinstance(name, str):
        return name
    clash = db.execute(
        "SELECT 1 FROM tags WHERE name = ? COLLATE NOCASE AND uuid <> ? AND deleted_at IS NULL", [name, uuid]
    ).fetchone()
    return f"{name} ({uuid})" if clash else name
