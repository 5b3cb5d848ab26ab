"""Mismatches of the drift check that the user accepted as fine, per pair of articles.

An editor who has checked that "the forum" in one edition is fine without "Islamabad" in the
other says so once; the mismatch must then stay quiet however the rows are cut later (a
correction of the alignment, a new version, a better aligner). So an acceptance is keyed by
what it is about, not where: the pair (lower article id first), which side states it, the kind
of mismatch and its text, case-folded with its spaces collapsed. Its UUID is derived from that
key with the articles named by their own UUIDs (identity.py), never by local ids, so two
devices accepting the same mismatch make the same row however they number the articles, and
accepting it again after an undo revives the very row. Undo leaves a tombstone.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.article_pairs import oriented
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.drift import Mismatch, MismatchKind, Side
from desktop.core.identity import article_uuids, drift_acceptance_uuid
from desktop.core.ids import ArticleId
from desktop.core.transactions import write_transaction


class AcceptanceError(ValueError):
    """An acceptance that cannot be stored; the message says why."""


def text_key(text: str) -> str:
    """A mismatch's text as compared: case-folded, spaces collapsed."""
    return " ".join(text.casefold().split())


@dataclass(frozen=True)
class AcceptedKey:
    """What an acceptance is about, oriented as the caller's (left, right)."""

    side: Side
    kind: MismatchKind
    text_key: str

    @staticmethod
    def of(mismatch: Mismatch) -> AcceptedKey:
        return AcceptedKey(mismatch.side, mismatch.kind, text_key(mismatch.text))


def _stored_side(side: Side, swap: bool) -> str:
    first = side is Side.LEFT
    return "first" if first != swap else "second"


def _side_of(stored: str, swap: bool) -> Side:
    first = stored == "first"
    return Side.LEFT if first != swap else Side.RIGHT


def accepted_keys(db: Database, left: ArticleId, right: ArticleId) -> frozenset[AcceptedKey]:
    first, second, swap = oriented(left, right)
    return frozenset(
        AcceptedKey(_side_of(r[0], swap), MismatchKind(r[1]), r[2])
        for r in db.execute(
            "SELECT side, kind, text_key FROM drift_acceptances WHERE article_id = ? AND other_id = ? AND deleted_at IS NULL",
            [first, second],
        )
        if r[1] in {k.value for k in MismatchKind}
    )


def split_accepted(
    mismatches: Iterable[Mismatch], keys: frozenset[AcceptedKey]
) -> tuple[tuple[Mismatch, ...], tuple[Mismatch, ...]]:
    """(the mismatches still to look at, those accepted as fine)."""
    open_, accepted = [], []
    for m in mismatches:
        (accepted if AcceptedKey.of(m) in keys else open_).append(m)
    return tuple(open_), tuple(accepted)


def accept_mismatch(db: Database, left: ArticleId, right: ArticleId, mismatch: Mismatch) -> Change:
    """Accept a mismatch between (left, right) as fine; the same row comes back if it was accepted before."""
    first, second, swap = oriented(left, right)
    key = AcceptedKey.of(mismatch)
    side = _stored_side(key.side, swap)
    with write_transaction(db):
        uuids = article_uuids(db, [first, second])
        if len(uuids) != 2:
            raise AcceptanceError("That article is no longer in the library.")
        stating, other = (first, second) if side == "first" else (second, first)
        now = now_iso()
        db.execute(
            "INSERT INTO drift_acceptances (uuid, article_id, other_id, side, kind, text_key, text, created_at, modified)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (article_id, other_id, side, kind, text_key)"
            " DO UPDATE SET deleted_at = NULL, modified = excluded.modified WHERE deleted_at IS NOT NULL",
            [
                drift_acceptance_uuid(uuids[stating], uuids[other], key.kind.value, key.text_key),
                first, second, side, key.kind.value, key.text_key, mismatch.text, now, now,
            ],
        )  # fmt: skip
    return Change.of_alignments({left, right})


def unaccept_mismatch(db: Database, left: ArticleId, right: ArticleId, mismatch: Mismatch) -> Change:
    """Take an acceptance back (undo): a tombstone."""
    first, second, swap = oriented(left, right)
    key = AcceptedKey.of(mismatch)
    with write_transaction(db):
        now = now_iso()
        db.execute(
            "UPDATE drift_acceptances SET deleted_at = ?, modified = ? WHERE article_id = ? AND other_id = ? AND side = ?"
            " AND kind = ? AND text_key = ? AND deleted_at IS NULL",
            [now, now, first, second, _stored_side(key.side, swap), key.kind.value, key.text_key],
        )
    return Change.of_alignments({left, right})
