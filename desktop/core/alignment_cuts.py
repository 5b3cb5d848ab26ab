"""The parallel view's rows as boundaries, and the edits a translator makes to them.

The rows of an alignment (core/alignment.py, `parallel_rows`) cover both texts in order, so they
are described completely by the boundaries between consecutive rows: a `Cut` is a pair of
offsets, one in each text, where one row ends and the next begins. A row with nothing on one side
has the same offset on that side at both its cuts. So the three corrections translators ask for
are edits of one cut: splitting a row puts a cut in, merging two rows takes one away, and
re-pairing a segment with the neighbouring row moves one side of a cut by a segment.

Cuts fall only where a segment starts (a paragraph or a sentence, as the reader and the sentence
aligner cut them) or at the end of a text, so a row never holds half a sentence. Where a split
falls on the other side is what a sentence alignment of the row says (the bead boundary at the
chosen sentence), or failing that the point at the same share of the row's length.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.alignment import AlignedRow, Unit, align_segments
from desktop.core.drift import Side
from desktop.core.reading import display_blocks
from desktop.core.sentences import sentence_spans


def other_side(side: Side) -> Side:
    return Side.RIGHT if side is Side.LEFT else Side.LEFT


@dataclass(frozen=True, order=True)
class Cut:
    """Row boundary: the next row starts at `left` in the left text and at `right` in the right one."""

    left: int
    right: int

    def on(self, side: Side) -> int:
        return self.left if side is Side.LEFT else self.right

    @staticmethod
    def of(side: Side, mine: int, theirs: int) -> Cut:
        return Cut(mine, theirs) if side is Side.LEFT else Cut(theirs, mine)


@dataclass(frozen=True)
class BoundaryEdit:
    """A correction of the rows: the boundary taken away (merge, move) and the one put in (split, move)."""

    removed: Cut | None
    added: Cut | None


class EditError(ValueError):
    """An edit that does not apply to that row; the message says why, in the user's words."""


# --- rows <-> cuts ---------------------------------------------------------------------------------
def cuts_of(rows: Sequence[AlignedRow]) -> tuple[Cut, ...]:
    """The boundaries between consecutive rows.

    A side with nothing in a row is placed right after the last text before it, so the cuts
    never decrease on either side.
    """
    cuts: list[Cut] = []
    left_end = right_end = 0
    for k, row in enumerate(rows):
        if k:
            cuts.append(
                Cut(row.left_spans[0][0] if row.left_spans else left_end, row.right_spans[0][0] if row.right_spans else right_end)
            )
        if row.left_spans:
            left_end = row.left_spans[-1][1]
        if row.right_spans:
            right_end = row.right_spans[-1][1]
    return tuple(cuts)


def bounds_of(left: str, right: str, cuts: Sequence[Cut]) -> list[Cut]:
    """The cuts with the texts' starts and ends: row k runs from bounds[k] to bounds[k + 1]."""
    return [Cut(0, 0), *cuts, Cut(len(left), len(right))]


def rows_of(left: str, right: str, cuts: Sequence[Cut]) -> list[AlignedRow]:
    """Rows between the cuts, each side as the paragraph pieces it holds; rows empty on both sides are left out."""
    return [row for row, _start, _end in rows_between(left, right, cuts)]


def rows_between(left: str, right: str, cuts: Sequence[Cut]) -> list[tuple[AlignedRow, Cut, Cut]]:
    """Each row with the two boundaries it runs between (rows empty on both sides left out)."""
    lpieces, rpieces = _Pieces(left), _Pieces(right)
    rows: list[tuple[AlignedRow, Cut, Cut]] = []
    bounds = bounds_of(left, right, cuts)
    for a, b in zip(bounds, bounds[1:], strict=False):
        lspans = lpieces.within(a.left, b.left)
        rspans = rpieces.within(a.right, b.right)
        if lspans or rspans:
            row = AlignedRow(tuple(left[s:e] for s, e in lspans), tuple(right[s:e] for s, e in rspans), lspans, rspans)
            rows.append((row, a, b))
    return rows


def row_ranges(left: str, right: str, cuts: Sequence[Cut], row: int) -> tuple[tuple[int, int], tuple[int, int]]:
    """Where row `row` runs in each text, whitespace around it included."""
    bounds = bounds_of(left, right, cuts)
    if not 0 <= row < len(bounds) - 1:
        raise EditError("There is no such row.")
    a, b = bounds[row], bounds[row + 1]
    return (a.left, b.left), (a.right, b.right)


class _Pieces:
    """A text's display blocks, for cutting ranges into paragraph pieces quickly."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.blocks = display_blocks(text)
        self.ends = [b.end for b in self.blocks]

    def within(self, lo: int, hi: int) -> tuple[tuple[int, int], ...]:
        out = []
        for k in range(bisect_right(self.ends, lo), len(self.blocks)):
            block = self.blocks[k]
            if block.start >= hi:
                break
            start, end = _trim(self.text, max(lo, block.start), min(hi, block.end))
            if end > start:
                out.append((start, end))
        return tuple(out)


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def segment_starts(text: str, lo: int, hi: int) -> list[int]:
    """Where a segment (a paragraph, or a sentence in it) starts strictly inside text[lo:hi]."""
    starts: list[int] = []
    blocks = display_blocks(text)
    block_starts = [b.start for b in blocks]
    for start, end in _Pieces(text).within(lo, hi):
        block = blocks[bisect_right(block_starts, start) - 1]
        for a, _b in sentence_spans(text[block.start : block.end]):
            position = block.start + a
            if start <= position < end and lo < position < hi:
                starts.append(position)
        if lo < start < hi:
            starts.append(start)
    return sorted(set(starts))


def segments_in(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    """The sentences of text[lo:hi] (a sentence cut by lo or hi counts from there)."""
    edges = [lo, *segment_starts(text, lo, hi), hi]
    spans = [_trim(text, a, b) for a, b in zip(edges, edges[1:], strict=False)]
    return [(a, b) for a, b in spans if b > a]


# --- the edits ----------------------------------------------------------------------------------
def split_edit(left: str, right: str, cuts: Sequence[Cut], row: int, side: Side, at: int | None = None) -> BoundaryEdit:
    """Cut row `row` in two: on `side` at the segment start nearest `at` (the middle when None).

    When that side is one sentence, the other side is cut instead. The other side is cut where
    a sentence alignment of the row pairs the two halves, else at the same share of its length.
    """
    texts = {Side.LEFT: left, Side.RIGHT: right}
    ranges = dict(zip((Side.LEFT, Side.RIGHT), row_ranges(left, right, cuts, row), strict=True))
    for mine in (side, other_side(side)):
        lo, hi = ranges[mine]
        candidates = segment_starts(texts[mine], lo, hi)
        if candidates:
            target = at if at is not None and mine is side else _middle(texts[mine], lo, hi)
            chosen = min(candidates, key=lambda c: (abs(c - target), c))
            theirs = _counterpart(texts[mine], texts[other_side(mine)], ranges[mine], ranges[other_side(mine)], chosen, mine)
            return BoundaryEdit(None, Cut.of(mine, chosen, theirs))
    raise EditError("This row is one sentence on each side: there is nothing to split.")


def merge_edit(cuts: Sequence[Cut], row: int) -> BoundaryEdit:
    """Join row `row` with the row after it."""
    if row < 0:
        raise EditError("This is the first row: there is no row before it to merge it with.")
    if row >= len(cuts):
        raise EditError("This is the last row: there is no row after it to merge it with.")
    return BoundaryEdit(cuts[row], None)


def move_edit(left: str, right: str, cuts: Sequence[Cut], row: int, side: Side, *, up: bool) -> BoundaryEdit:
    """Re-pair a segment of row `row` on `side`: its first with the row above (`up`), or its last with the row below."""
    text = left if side is Side.LEFT else right
    (llo, lhi), (rlo, rhi) = row_ranges(left, right, cuts, row)
    lo, hi = (llo, lhi) if side is Side.LEFT else (rlo, rhi)
    start, end = _trim(text, lo, hi)
    if end <= start:
        raise EditError("This row has nothing on that side to move.")
    starts = segment_starts(text, lo, hi)
    if up:
        if row == 0:
            raise EditError("This is the first row: there is no row above to move the segment to.")
        old = cuts[row - 1]
        return BoundaryEdit(old, Cut.of(side, starts[0] if starts else hi, old.on(other_side(side))))
    if row >= len(cuts):
        raise EditError("This is the last row: there is no row below to move the segment to.")
    old = cuts[row]
    return BoundaryEdit(old, Cut.of(side, starts[-1] if starts else lo, old.on(other_side(side))))


def boundary_edit(left: str, right: str, cuts: Sequence[Cut], boundary: int, side: Side, to: int) -> BoundaryEdit:
    """Move one side of boundary `boundary` (between rows boundary and boundary + 1) to the segment start nearest `to`.

    What a drag of the boundary does: it may go as far as the boundaries before and after it on
    that side (leaving a row with nothing on that side), never past them.
    """
    if not 0 <= boundary < len(cuts):
        raise EditError("There is no such boundary between rows.")
    bounds = bounds_of(left, right, cuts)
    text = left if side is Side.LEFT else right
    lo, hi = bounds[boundary].on(side), bounds[boundary + 2].on(side)
    choices = [lo, *segment_starts(text, lo, hi), hi]
    chosen = min(choices, key=lambda c: (abs(c - to), c))
    old = cuts[boundary]
    if chosen == old.on(side):
        raise EditError("The boundary is already there.")
    return BoundaryEdit(old, Cut.of(side, chosen, old.on(other_side(side))))


def apply_edit(cuts: Sequence[Cut], removed: Cut | None, added: Cut | None) -> tuple[list[Cut], bool]:
    """The cuts after an edit, and whether it changed them.

    The removed cut is matched exactly, else by either of its sides (an automatic alignment of a
    new version may have moved the other); the added cut replaces every cut that crosses it.
    """
    out = list(cuts)
    changed = False
    if removed is not None:
        match = next((c for c in out if c == removed), None)
        match = match or next((c for c in out if c.left == removed.left or c.right == removed.right), None)
        if match is not None:
            out.remove(match)
            changed = True
    if added is not None and added not in out:
        out = [c for c in out if not _crosses(c, added)]
        out.insert(bisect_left(out, added), added)
        changed = True
    return out, changed


def _crosses(a: Cut, b: Cut) -> bool:
    return (a.left < b.left and a.right > b.right) or (a.left > b.left and a.right < b.right)


def _middle(text: str, lo: int, hi: int) -> float:
    start, end = _trim(text, lo, hi)
    return (start + end) / 2


def _counterpart(mine: str, theirs: str, my_range: tuple[int, int], their_range: tuple[int, int], cut: int, side: Side) -> int:
    """Where the other side of a new cut falls: a bead boundary of the row's sentence alignment, else the same share."""
    lo, hi = their_range
    mine_sentences = segments_in(mine, *my_range)
    their_sentences = segments_in(theirs, lo, hi)
    if not their_sentences:
        return lo
    if len(their_sentences) > 1:
        left_s, right_s = (mine_sentences, their_sentences) if side is Side.LEFT else (their_sentences, mine_sentences)
        beads = align_segments(
            [(mine if side is Side.LEFT else theirs)[a:b] for a, b in left_s],
            [(theirs if side is Side.LEFT else mine)[a:b] for a, b in right_s],
            Unit.SENTENCE,
        )
        for bead in beads[1:]:
            my_start = bead.left_start if side is Side.LEFT else bead.right_start
            their_start = bead.right_start if side is Side.LEFT else bead.left_start
            if my_start < len(mine_sentences) and mine_sentences[my_start][0] == cut:
                return their_sentences[their_start][0] if their_start < len(their_sentences) else hi
    share = (cut - my_range[0]) / max(1, my_range[1] - my_range[0])
    options = [lo, *segment_starts(theirs, lo, hi), hi]
    return min(options, key=lambda x: (abs((x - lo) / max(1, hi - lo) - share), x))
