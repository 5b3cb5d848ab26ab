"""Corrections of a pair's alignment, kept per pair of articles and put back on every new alignment.

A correction is an edit of one row boundary (core/alignment_cuts.py: a split puts a boundary in,
a merge takes one away, a re-pairing moves one side of one). It is stored as text, never as row
numbers: each side of each boundary is the segment it starts, quoted with the text around it as a
W3C TextQuote, the way highlights are stored (core/anchoring.py), together with its offset.

The rows are always the automatic alignment of the texts being read, with the corrections applied
on top in the order they were made. So when a new version arrives, a dump is imported again or
the aligner improves, each boundary is found again by its words wherever they moved, and the
correction holds as far as the text allows. A correction whose words are gone from either text
is set aside, with a note saying so, rather than applied in the wrong place; it stays stored and
applies again if the words come back (another version chosen, say).

Corrections are user rows of `alignment_corrections`: a random UUID, `modified`, and a tombstone,
so undo brings back the very row. A pair is stored lower article id first; the functions here
take and give boundaries oriented as the caller's left and right. They apply in the order they
were made, which local ids cannot tell once corrections arrive from other devices (sync places
them in any order): `sequence` is a clock in milliseconds set above every correction of the pair
the library held, so a correction made after seeing another applies after it on every device
(ties, from two devices at one millisecond, go by UUID).
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.alignment import AlignedRow, parallel_rows
from desktop.core.alignment_cuts import BoundaryEdit, Cut, apply_edit, cuts_of, rows_between
from desktop.core.anchoring import AnchorStatus, TextQuote, anchor, quote_at
from desktop.core.article_pairs import oriented
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.identity import new_uuid
from desktop.core.ids import ArticleId, CorrectionId, Uuid
from desktop.core.sql import chunks, marks
from desktop.core.transactions import write_transaction

QUOTE_CHARS = 40  # of the segment a boundary starts, kept as its anchor (then to the end of the word)


class CorrectionError(ValueError):
    """A correction that cannot be stored (an article gone, a pair of one article); the message says why."""


@dataclass(frozen=True)
class CutAnchor:
    """One side of a boundary: its offset, and the segment it starts quoted with its context (empty at the text's end)."""

    at: int
    quote: TextQuote

    @staticmethod
    def at_offset(text: str, at: int) -> CutAnchor:
        if at >= len(text.rstrip()):
            return CutAnchor(len(text), TextQuote("", text[max(0, len(text) - 32) :], ""))
        end = min(len(text), at + QUOTE_CHARS)
        while end < len(text) and end < at + QUOTE_CHARS + 20 and text[end - 1].isalnum() and text[end].isalnum():
            end += 1
        return CutAnchor(at, quote_at(text, at, end))

    def locate(self, text: str) -> int | None:
        """Where this side of the boundary is in `text` (perhaps another version), or None when its words are gone."""
        if not self.quote.exact:
            return len(text)
        found = anchor(text, self.quote, self.at, self.at + len(self.quote.exact))
        return found.start if found.status is not AnchorStatus.ORPHAN else None

    def as_json(self) -> dict[str, object]:
        return {"at": self.at, "exact": self.quote.exact, "prefix": self.quote.prefix, "suffix": self.quote.suffix}

    @staticmethod
    def from_json(data: dict[str, object]) -> CutAnchor:
        return CutAnchor(int(data["at"]), TextQuote(str(data["exact"]), str(data["prefix"]), str(data["suffix"])))  # type: ignore[arg-type]


@dataclass(frozen=True)
class BoundaryAnchor:
    left: CutAnchor
    right: CutAnchor

    @staticmethod
    def of(left_text: str, right_text: str, cut: Cut) -> BoundaryAnchor:
        return BoundaryAnchor(CutAnchor.at_offset(left_text, cut.left), CutAnchor.at_offset(right_text, cut.right))

    def locate(self, left_text: str, right_text: str) -> Cut | None:
        left, right = self.left.locate(left_text), self.right.locate(right_text)
        return None if left is None or right is None else Cut(left, right)

    def swapped(self) -> BoundaryAnchor:
        return BoundaryAnchor(self.right, self.left)


@dataclass(frozen=True)
class Correction:
    id: CorrectionId
    uuid: Uuid
    removed: BoundaryAnchor | None
    added: BoundaryAnchor | None
    created: str

    @property
    def kind(self) -> str:
        """split, merge or move, in the words of the view."""
        if self.removed is None:
            return "split"
        return "merge" if self.added is None else "move"


@dataclass(frozen=True)
class SetAside:
    """A correction not applied to these texts, and why."""

    correction: Correction
    reason: str


@dataclass(frozen=True)
class PairAlignment:
    """The rows of a pair as the user sees them: the automatic alignment with their corrections applied."""

    rows: tuple[AlignedRow, ...]
    cuts: tuple[Cut, ...]
    corrected: frozenset[int]  # rows a correction made or changed, marked in the view
    applied: tuple[Correction, ...]
    set_aside: tuple[SetAside, ...]

    @property
    def note(self) -> str:
        """What to tell the user about corrections that no longer fit ("" when all did)."""
        count = len(self.set_aside)
        if not count:
            return ""
        which = "1 correction made by hand no longer fits" if count == 1 else f"{count} corrections made by hand no longer fit"
        return f"{which} these texts (the words at its boundary are gone) and {'was' if count == 1 else 'were'} set aside."


@dataclass(frozen=True)
class CorrectionMade:
    correction: CorrectionId
    change: Change


@dataclass(frozen=True)
class CorrectionsCleared:
    corrections: tuple[CorrectionId, ...]
    change: Change


# --- applying ------------------------------------------------------------------------------------------
def apply_corrections(left: str, right: str, rows: Sequence[AlignedRow], corrections: Iterable[Correction]) -> PairAlignment:
    """The rows after each correction in turn, found again in these texts by their words."""
    cuts = list(cuts_of(rows))
    applied: list[Correction] = []
    aside: list[SetAside] = []
    added: list[Cut] = []
    joined: list[Cut] = []
    corrections = list(corrections)
    for correction in corrections:
        removed = correction.removed.locate(left, right) if correction.removed else None
        put = correction.added.locate(left, right) if correction.added else None
        if (correction.removed and removed is None) or (correction.added and put is None):
            aside.append(SetAside(correction, "the words at its boundary are no longer in the text"))
            continue
        if put is not None and not (0 < put.left + put.right and (put.left, put.right) != (len(left), len(right))):
            aside.append(SetAside(correction, "its boundary is at the start or the end of the texts"))
            continue
        cuts, _changed = apply_edit(cuts, removed, put)
        applied.append(correction)
        if put is not None:
            added.append(put)
        if removed is not None and put is None:
            joined.append(removed)
    if not corrections:
        return PairAlignment(tuple(rows), tuple(cuts), frozenset(), (), ())
    placed = rows_between(left, right, cuts)
    new_rows = tuple(row for row, _a, _b in placed)
    corrected = frozenset(
        k
        for k, (_row, a, b) in enumerate(placed)
        if any(c in (a, b) for c in added) or any(a.left < c.left < b.left or a.right < c.right < b.right for c in joined)
    )
    return PairAlignment(new_rows, cuts_of(new_rows), corrected, tuple(applied), tuple(aside))


def pair_alignment(
    db: Database, left_article: ArticleId, right_article: ArticleId, left_text: str, right_text: str
) -> PairAlignment:
    """The two texts aligned as the user corrected this pair (the automatic rows when uncorrected)."""
    return apply_corrections(
        left_text, right_text, parallel_rows(left_text, right_text), corrections(db, left_article, right_article)
    )


# --- reading ------------------------------------------------------------------------------------------
def _boundary(data: str | None, swap: bool) -> BoundaryAnchor | None:
    if data is None:
        return None
    parsed = json.loads(data)
    boundary = BoundaryAnchor(CutAnchor.from_json(parsed["first"]), CutAnchor.from_json(parsed["second"]))
    return boundary.swapped() if swap else boundary


def _stored(boundary: BoundaryAnchor | None, swap: bool) -> str | None:
    if boundary is None:
        return None
    stored = boundary.swapped() if swap else boundary
    return json.dumps({"first": stored.left.as_json(), "second": stored.right.as_json()}, ensure_ascii=False)


def corrections(db: Database, left: ArticleId, right: ArticleId) -> list[Correction]:
    """The pair's live corrections, in the order they were made, oriented as (left, right)."""
    first, second, swap = oriented(left, right)
    return [
        Correction(CorrectionId(r[0]), Uuid(r[1]), _boundary(r[2], swap), _boundary(r[3], swap), r[4])
        for r in db.execute(
            "SELECT id, uuid, removed, added, created_at FROM alignment_corrections"
            " WHERE article_id = ? AND other_id = ? AND deleted_at IS NULL ORDER BY sequence, uuid",
            [first, second],
        )
    ]


# --- writing ------------------------------------------------------------------------------------------
def add_correction(
    db: Database, left: ArticleId, right: ArticleId, left_text: str, right_text: str, edit: BoundaryEdit
) -> CorrectionMade:
    """Store an edit of the rows of (left, right), its boundaries anchored in the texts the user corrected."""
    first, second, swap = oriented(left, right)
    if edit.removed is None and edit.added is None:
        raise CorrectionError("That correction changes nothing.")
    removed = BoundaryAnchor.of(left_text, right_text, edit.removed) if edit.removed is not None else None
    added = BoundaryAnchor.of(left_text, right_text, edit.added) if edit.added is not None else None
    with write_transaction(db):
        if db.execute("SELECT count(*) FROM articles WHERE id IN (?, ?)", [first, second]).fetchone()[0] != 2:
            raise CorrectionError("That article is no longer in the library.")
        now = now_iso()
        cursor = db.execute(
            "INSERT INTO alignment_corrections (uuid, article_id, other_id, removed, added, sequence, created_at, modified)"
            " VALUES (?, ?, ?, ?, ?, max(?, 1 + ifnull((SELECT max(sequence) FROM alignment_corrections"
            " WHERE article_id = ? AND other_id = ? AND deleted_at IS NULL), 0)), ?, ?)",
            [new_uuid(), first, second, _stored(removed, swap), _stored(added, swap), time.time_ns() // 1_000_000,
             first, second, now, now],
        )  # fmt: skip
    return CorrectionMade(CorrectionId(int(cursor.lastrowid)), Change.of_alignments({left, right}))


def _set_deleted(db: Database, ids: Sequence[CorrectionId], deleted: bool) -> Change:
    touched: set[ArticleId] = set()
    with write_transaction(db):
        now = now_iso()
        for chunk in chunks(sorted(set(ids))):
            q = marks(len(chunk))
            state = "IS NULL" if deleted else "IS NOT NULL"
            rows = db.execute(
                f"SELECT article_id, other_id FROM alignment_corrections WHERE id IN ({q}) AND deleted_at {state}", list(chunk)
            )
            for a, b in rows.fetchall():
                touched.update((ArticleId(a), ArticleId(b)))
            db.execute(
                f"UPDATE alignment_corrections SET deleted_at = ?, modified = ? WHERE id IN ({q}) AND deleted_at {state}",
                [now if deleted else None, now, *chunk],
            )
    return Change.of_alignments(touched)


def delete_correction(db: Database, correction: CorrectionId) -> Change:
    """Undo a correction: a tombstone, so redo brings back the same row."""
    return _set_deleted(db, [correction], True)


def restore_correction(db: Database, correction: CorrectionId) -> Change:
    return _set_deleted(db, [correction], False)


def restore_corrections(db: Database, ids: Sequence[CorrectionId]) -> Change:
    return _set_deleted(db, ids, False)


def clear_corrections(db: Database, left: ArticleId, right: ArticleId) -> CorrectionsCleared:
    """Back to the automatic alignment: every live correction of the pair tombstoned (restore_corrections undoes it)."""
    first, second, _swap = oriented(left, right)
    with write_transaction(db):
        ids = tuple(
            CorrectionId(r[0])
            for r in db.execute(
                "SELECT id FROM alignment_corrections WHERE article_id = ? AND other_id = ? AND deleted_at IS NULL ORDER BY id",
                [first, second],
            )
        )
        change = _set_deleted(db, ids, True) if ids else Change()
    return CorrectionsCleared(ids, change)
