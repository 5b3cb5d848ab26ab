"""Suggested translations the user said are not translations, so they are not suggested again.

A suggestion (core/translation_suggestions.py) is a guess; the user confirms it (a link by hand,
core/translations.py) or dismisses it. A dismissal is a user row of `translation_dismissals`, one
per pair of articles whichever of the two it was dismissed from (lower id first), its UUID derived
from the two articles' UUIDs (never their local ids) so that two devices dismissing the same
pair make the same row. Undo
leaves a tombstone; dismissing again revives the row.
"""

from __future__ import annotations

from sqlite_utils import Database

from desktop.core.article_pairs import ordered_pair
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.identity import article_uuids, translation_dismissal_uuid
from desktop.core.ids import ArticleId
from desktop.core.transactions import write_transaction
from desktop.core.translation_suggestions import TranslationSuggestion, suggest_translations


class DismissalError(ValueError):
    """A dismissal that cannot be stored (an article no longer in the library)."""


def dismissed(db: Database, article: ArticleId) -> frozenset[ArticleId]:
    """Articles dismissed as translations of this one."""
    return frozenset(
        ArticleId(r[0])
        for r in db.execute(
            "SELECT other_id FROM translation_dismissals WHERE article_id = ? AND deleted_at IS NULL"
            " UNION SELECT article_id FROM translation_dismissals WHERE other_id = ? AND deleted_at IS NULL",
            [article, article],
        )
    )


def suggestions_for(db: Database, article: ArticleId, limit: int = 5) -> tuple[TranslationSuggestion, ...]:
    """Suggested translations of an article, less those dismissed (a read op: up to a second on a busy day)."""
    return suggest_translations(db, article, limit=limit, exclude=dismissed(db, article))


def dismiss_suggestion(db: Database, article: ArticleId, other: ArticleId) -> Change:
    """Say that `other` is not a translation of `article` (nor the other way round)."""
    first, second = ordered_pair(article, other)
    with write_transaction(db):
        uuids = article_uuids(db, [first, second])
        if len(uuids) != 2:
            raise DismissalError("That article is no longer in the library.")
        now = now_iso()
        db.execute(
            "INSERT INTO translation_dismissals (uuid, article_id, other_id, created_at, modified) VALUES (?, ?, ?, ?, ?)"
            " ON CONFLICT (article_id, other_id) DO UPDATE SET deleted_at = NULL, modified = excluded.modified"
            " WHERE deleted_at IS NOT NULL",
            [translation_dismissal_uuid(uuids[first], uuids[second]), first, second, now, now],
        )
    return Change.of_links({article, other})


def undo_dismissal(db: Database, article: ArticleId, other: ArticleId) -> Change:
    first, second = ordered_pair(article, other)
    with write_transaction(db):
        now = now_iso()
        db.execute(
            "UPDATE translation_dismissals SET deleted_at = ?, modified = ? WHERE article_id = ? AND other_id = ? AND deleted_at IS NULL",
            [now, now, first, second],
        )
    return Change.of_links({article, other})
