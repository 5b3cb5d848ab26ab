"""Stable identities for user-made rows, the same on every device and across undo.

Integer ids are local to one library file: two devices that import the same dumps in another
order number their articles differently. What must match across devices (for sync and for
exchange formats) is a UUID:

- rows made by the user (annotations) get a random UUID when made;
- rows whose identity is their content get a UUID derived from it (uuid5), so two devices that
  make the same thing independently make the same row: an article (its source, normalised
  title and date), a tag (its name when first made), a link between an article and a tag, or
  between two translations, a dismissed suggestion, an accepted mismatch, and the six
  highlight colour slots.

A row about two articles derives its UUID from theirs sorted, never in the order of local ids
(which differ between devices), so both devices make the same row whichever way round.
"""

from __future__ import annotations

import uuid

from sqlite_utils import Database

from desktop.core.ids import ArticleId, Uuid
from desktop.core.sql import chunks, marks

# Qalam's namespace for derived UUIDs (uuid5 of the DNS namespace and "qalam.app").
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_DNS, "qalam.app")
_SEPARATOR = "\x1f"  # cannot occur in a title key, a tag name or a URL


def new_uuid() -> Uuid:
    return Uuid(str(uuid.uuid4()))


def derived_uuid(kind: str, *parts: str) -> Uuid:
    """The same parts always give the same UUID, on any device."""
    return Uuid(str(uuid.uuid5(NAMESPACE, _SEPARATOR.join((kind, *parts)))))


def article_uuid(source: str, title_key: str, date: str | None) -> Uuid:
    return derived_uuid("article", source, title_key, date or "")


def tag_uuid(name: str) -> Uuid:
    return derived_uuid("tag", name.casefold())


def tag_link_uuid(article: Uuid, tag: Uuid) -> Uuid:
    return derived_uuid("article-tag", article, tag)


def translation_link_uuid(a: Uuid, b: Uuid) -> Uuid:
    first, second = sorted((a, b))
    return derived_uuid("translation-link", first, second)


def translation_dismissal_uuid(a: Uuid, b: Uuid) -> Uuid:
    first, second = sorted((a, b))
    return derived_uuid("translation-dismissal", first, second)


def drift_acceptance_uuid(stating: Uuid, other: Uuid, kind: str, text_key: str) -> Uuid:
    """An accepted mismatch that `stating`'s text states and `other`'s lacks; the side is named
    relative to the sorted pair ("first": the smaller UUID states it)."""
    first, second = sorted((stating, other))
    return derived_uuid("drift-accepted", first, second, "first" if stating == first else "second", kind, text_key)


def highlight_color_uuid(slot: int) -> Uuid:
    return derived_uuid("highlight-color", str(slot))


def article_uuids(db: Database, ids: list[ArticleId]) -> dict[ArticleId, Uuid]:
    """The stable identity of each article, from its natural key."""
    found: dict[ArticleId, Uuid] = {}
    wanted = sorted(set(ids))
    for chunk in chunks(wanted):
        for article, source, title_key, date in db.execute(
            f"SELECT a.id, s.name, a.title_key, a.date FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id IN ({marks(len(chunk))})",
            list(chunk),
        ):
            found[ArticleId(article)] = article_uuid(source, title_key, date)
    return found
