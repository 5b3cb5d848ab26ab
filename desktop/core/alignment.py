"""Line up the paragraphs (or sentences) of two translations of an article: length plus anchors.

Translators split and merge paragraphs, so pairing paragraph i with paragraph i drifts out of
step at the first split. Gale and Church (1993) observed that the length of a passage and of
its translation are nearly proportional, with a variance that grows with the length; a dynamic
programme then finds the most probable sequence of beads: 1-1, a segment left out on one side
(1-0, 0-1), one split in two or three (2-1, 1-2, 3-1, 1-3), or two reworded as two (2-2).

Length alone confuses passages of similar length, and prefers to lump two short passages into
a 2-2 bead. So, as in Moore (2002) and hunalign, a bead is also scored by evidence that
survives translation (core/anchors_text.py): a number, date, amount, URL, name or question
mark found on both sides is worth a bonus, in nats, beside the bead's length cost. Only shared
evidence counts: anything unmatched is unmatched in every alignment, so it cannot tell them
apart.

The model's parameters (the length ratio, its variance, how often each kind of bead occurs)
are those of the two texts: a first pass aligns with general ones, and a second re-aligns with
those measured on the first pass's beads, since a Kazakh and a Russian edition differ in length
differently from a Hungarian novel and its English translation.

The search keeps to a band around the path where the two texts' cumulative lengths keep their
ratio, widened if the best path touches its edge, so a 1,500-paragraph book takes a second or
two. `align_texts` gives the parallel view its rows of whole paragraphs; `parallel_rows` then
aligns sentences inside each bead that is not 1-1, so that a paragraph split in one edition lines
up with its halves.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from desktop.core.anchors_text import alignment_keys, find_anchors
from desktop.core.reading import display_blocks
from desktop.core.sentences import sentence_spans


class Unit(Enum):
    PARAGRAPH = "paragraph"
    SENTENCE = "sentence"


@dataclass(frozen=True)
class Bead:
    """Segments left[left_start:left_end] correspond to right[right_start:right_end]."""

    left_start: int
    left_end: int
    right_start: int
    right_end: int

    @property
    def shape(self) -> tuple[int, int]:
        return (self.left_end - self.left_start, self.right_end - self.right_start)


@dataclass(frozen=True)
class AlignedRow:
    """One row of the parallel view: the text on each side (empty where nothing corresponds).

    The spans are (start, end) character offsets of those texts in the article's text, so a row
    maps back to the text (for drift badges, jump-to and highlights); a paragraph that lines up
    with two rows of the other side appears as its halves.
    """

    left: tuple[str, ...]
    right: tuple[str, ...]
    left_spans: tuple[tuple[int, int], ...] = ()
    right_spans: tuple[tuple[int, int], ...] = ()


@dataclass(frozen=True)
class _Params:
    ratio: float  # expected right length per left character
    variance: float  # of the length gap, per character
    priors: dict[tuple[int, int], float]  # -log P(bead shape)


SHAPES: tuple[tuple[int, int], ...] = ((1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (1, 3))
# How often each bead occurs, before the texts say otherwise. Sentences: Gale & Church's; paragraphs
# are split and merged more often and rarely reworded two-for-two.
_PRIORS: dict[Unit, dict[tuple[int, int], float]] = {
    Unit.SENTENCE: {
        (1, 1): 0.89,
        (1, 0): 0.01,
        (0, 1): 0.01,
        (2, 1): 0.045,
        (1, 2): 0.045,
        (2, 2): 0.005,
        (3, 1): 0.003,
        (1, 3): 0.003,
    },
    Unit.PARAGRAPH: {
        (1, 1): 0.86,
        (1, 0): 0.01,
        (0, 1): 0.01,
        (2, 1): 0.06,
        (1, 2): 0.06,
        (2, 2): 0.002,
        (3, 1): 0.003,
        (1, 3): 0.003,
    },
}
VARIANCE = 6.8  # Gale & Church's, per character
FIRST_BAND = 25  # segments either side of the lengths' diagonal (hand alignments stray up to 17)
MIN_BAND = 8  # either side of the first pass's path
# The expected length ratio, kept to what editions of one item show, so that a long passage
# missing on one side does not skew every other pairing.
MIN_RATIO, MAX_RATIO = 0.6, 1.7
DELETION_PER_CHAR = 0.01
UNMATCHED = 2.0  # nats per strong anchor that a bead pairs with nothing
_MIN_FIT = 12
_FITTED_SHAPES = frozenset(
    {(1, 1), (1, 0), (0, 1), (2, 1), (1, 2)}
)  # 1-1 beads needed before the texts' own parameters replace the general ones


@dataclass(frozen=True)
class _Segments:
    lengths: tuple[int, ...]
    keys: tuple[dict[str, tuple[int, float]], ...]


def align_lengths(left: Sequence[int], right: Sequence[int], unit: Unit = Unit.PARAGRAPH) -> list[Bead]:
    """The most probable beads covering both sequences of lengths, in order (Gale–Church, no anchors)."""
    empty: dict[str, tuple[int, float]] = {}
    return _align(_Segments(tuple(left), (empty,) * len(left)), _Segments(tuple(right), (empty,) * len(right)), unit)


def align_segments(left: Sequence[str], right: Sequence[str], unit: Unit = Unit.PARAGRAPH) -> list[Bead]:
    """The most probable beads covering both sequences of passages, by length and shared anchors."""
    return _align(_features(left), _features(right), unit)


def _features(texts: Sequence[str]) -> _Segments:
    return _Segments(tuple(len(t) for t in texts), tuple(alignment_keys(find_anchors(t)) for t in texts))


def _align(left: _Segments, right: _Segments, unit: Unit) -> list[Bead]:
    n, m = len(left.lengths), len(right.lengths)
    if n == 0 or m == 0:
        return [Bead(0, n, 0, m)] if n or m else []
    total_l, total_r = sum(left.lengths), sum(right.lengths)
    ratio = min(MAX_RATIO, max(MIN_RATIO, total_r / total_l)) if total_l and total_r else 1.0
    params = _Params(ratio, VARIANCE, {s: -math.log(p) for s, p in _PRIORS[unit].items()})
    beads = _search(left, right, params)
    fitted = _fit(beads, left.lengths, right.lengths, params, unit)
    if fitted is not None:
        beads = _search(left, right, fitted, around=beads)
    return beads


def _fit(beads: list[Bead], left: Sequence[int], right: Sequence[int], params: _Params, unit: Unit) -> _Params | None:
    """The length ratio, its variance and the bead frequencies that the first pass's beads show."""
    ones = [
        (left[b.left_start], right[b.right_start])
        for b in beads
        if b.shape == (1, 1) and left[b.left_start] and right[b.right_start]
    ]
    if len(ones) < _MIN_FIT:
        return None
    ratio = sum(r for _, r in ones) / sum(a for a, _ in ones)
    ratio = min(MAX_RATIO, max(MIN_RATIO, ratio))
    gaps = sorted((r - ratio * a) ** 2 / ((a + r / ratio) / 2) for a, r in ones)
    kept = gaps[: max(1, int(len(gaps) * 0.9))]  # a few misalignments would inflate it
    variance = min(40.0, max(2.0, sum(kept) / len(kept) * 1.15))
    counts = {s: 0 for s in SHAPES}
    for b in beads:
        if b.shape in counts:
            counts[b.shape] += 1
    weight = 50.0  # pseudo-beads of the general priors, so one text cannot rule a kind of bead out
    general = _PRIORS[unit]
    total = len(beads) + weight
    # Rare beads keep their general odds: a first pass's few mistakes must not make them likelier.
    priors = {
        s: -math.log((counts[s] + weight * general[s]) / total) if s in _FITTED_SHAPES else params.priors[s] for s in SHAPES
    }
    return _Params(ratio, variance, priors)


def _search(left: _Segments, right: _Segments, params: _Params, around: list[Bead] | None = None) -> list[Bead]:
    """The cheapest path in a band, widened until the path does not touch its edge.

    The band follows the cumulative lengths' diagonal, or a previous pass's path when given
    (then it can be narrow, as the passes rarely differ by more than a few segments).
    """
    n, m = len(left.lengths), len(right.lengths)
    centres = _path_centres(around, n) if around else _centres(left.lengths, right.lengths)
    band = MIN_BAND if around else FIRST_BAND
    while True:
        beads, touched = _dp(left, right, params, centres, band)
        if not touched or band >= max(n, m):
            return beads
        band *= 2


def _path_centres(beads: list[Bead], n: int) -> list[int]:
    centres = [0] * (n + 1)
    for b in beads:
        for i in range(b.left_start, b.left_end + 1):
            centres[i] = b.right_start if i == b.left_start else b.right_end
    return centres


def _centres(left: Sequence[int], right: Sequence[int]) -> list[int]:
    """For each left position, the right position where the cumulative lengths keep the texts' ratio."""
    n, m = len(left), len(right)
    total_l, total_r = sum(left), sum(right)
    right_sums = [0, *_running(right)]
    centres = []
    done = 0
    for i in range(n + 1):
        if total_l == 0 or total_r == 0:
            centres.append(round(i * m / n))
        else:
            target = done * total_r / total_l
            j = bisect_left(right_sums, target)
            if j > 0 and (j > m or target - right_sums[j - 1] < right_sums[j] - target):
                j -= 1
            centres.append(min(m, j))
        if i < n:
            done += left[i]
    return centres


def _dp(left: _Segments, right: _Segments, params: _Params, centres: list[int], band: int) -> tuple[list[Bead], bool]:
    n, m = len(left.lengths), len(right.lengths)
    lsums = [0, *_running(left.lengths)]
    rsums = [0, *_running(right.lengths)]
    # Keep the band connected: each row's range overlaps the previous row's.
    lo = [0] * (n + 1)
    hi = [0] * (n + 1)
    for i in range(n + 1):
        lo[i] = max(0, centres[i] - band)
        hi[i] = min(m, centres[i] + band)
    lo[0], hi[n] = 0, m
    for i in range(1, n + 1):
        lo[i] = min(lo[i], hi[i - 1])
        hi[i - 1] = max(hi[i - 1], lo[i])
    inf = math.inf
    cost: list[list[float]] = []
    back: list[list[int]] = []
    lblocks = _blocks(left.keys)
    rblocks = _blocks(right.keys)
    l1, r1 = lblocks[1], rblocks[1]
    ratio, variance = params.ratio, params.variance
    shapes = [(di, dj, params.priors[(di, dj)]) for di, dj in SHAPES]
    length_cost = _length_cost
    bonus = _bonus
    for i in range(n + 1):
        base = lo[i]
        row = [inf] * (hi[i] - base + 1)
        brow = [-1] * (hi[i] - base + 1)
        for j in range(base, hi[i] + 1):
            if i == 0 and j == 0:
                row[0] = 0.0
                continue
            best, best_shape = inf, -1
            for k, (di, dj, prior) in enumerate(shapes):
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0 or pj < lo[pi] or pj > hi[pi]:
                    continue
                before = cost[pi][pj - lo[pi]] if pi < i else row[pj - base]
                if before == inf:
                    continue
                if di and dj:
                    total = before + prior + length_cost(lsums[i] - lsums[pi], rsums[j] - rsums[pj], ratio, variance)
                else:  # a passage left out: its length says little (Gale–Church's gap model would forbid long ones)
                    total = before + prior + DELETION_PER_CHAR * (lsums[i] - lsums[pi] + rsums[j] - rsums[pj])
                if di and dj:
                    lb, rb = lblocks[di][i], rblocks[dj][j]
                    if lb[0] or rb[0]:
                        total -= bonus(lb, rb)
                        if di == 2 and dj == 2:
                            # Evidence that the two pairs match straight across speaks for two 1-1 beads,
                            # which collect it themselves: a 2-2 bead earns only what crosses over.
                            total += _shared(l1[i - 1], r1[j - 1]) + _shared(l1[i], r1[j])
                if total < best:
                    best, best_shape = total, k
            row[j - base] = best
            brow[j - base] = best_shape
        cost.append(row)
        back.append(brow)
    beads: list[Bead] = []
    touched = False
    i, j = n, m
    while i or j:
        k = back[i][j - lo[i]]
        if k < 0:  # unreachable: the band is connected; be safe anyway
            return [Bead(0, n, 0, m)], True
        di, dj, _ = shapes[k]
        if (j - lo[i] <= 1 and lo[i] > 0) or (hi[i] - j <= 1 and hi[i] < m):
            touched = True
        beads.append(Bead(i - di, i, j - dj, j))
        i, j = i - di, j - dj
    beads.reverse()
    return beads, touched


# A block's anchor keys, each key's (count, weight), and how many of them are strong (numbers, dates, URLs...).
_Block = tuple[frozenset[str], dict[str, tuple[int, float]], int]
_EMPTY: _Block = (frozenset(), {}, 0)
STRONG = 3.0  # the weight from which an anchor left unmatched in a pairing speaks against it


def _strong(keys: dict[str, tuple[int, float]]) -> int:
    return sum(c for c, w in keys.values() if w >= STRONG)


def _blocks(keys: Sequence[dict[str, tuple[int, float]]]) -> list[list[_Block]]:
    """blocks[k][i]: the anchors of segments i-k .. i-1 together (k = 1..3), with their key set."""
    out: list[list[_Block]] = [[], [_EMPTY, *((frozenset(k), k, _strong(k)) for k in keys)]]
    for k in (2, 3):
        row: list[_Block] = [_EMPTY] * (len(keys) + 1)
        for i in range(k, len(keys) + 1):
            merged: dict[str, tuple[int, float]] = {}
            for part in keys[i - k : i]:
                for key, (count, weight) in part.items():
                    had = merged.get(key)
                    merged[key] = (had[0] + count, weight) if had else (count, weight)
            row[i] = (frozenset(merged), merged, _strong(merged))
        out.append(row)
    return out


def _bonus(a: _Block, b: _Block) -> float:
    """Nats of evidence that two blocks translate each other.

    The weights of the anchors they share, less a penalty for each strong anchor that one block
    has and the other lacks: a translation keeps its figures, so a passage with a number that its
    supposed counterpart lacks is more likely left out (1-0) than merged into a neighbour's bead.
    """
    unmatched = a[2] + b[2]
    common = a[0] & b[0]
    total = 0.0
    for key in common:
        count, weight = a[1][key]
        shared = min(count, b[1][key][0])
        total += weight * shared
        if weight >= STRONG:
            unmatched -= 2 * shared
    return total - UNMATCHED * unmatched


def _shared(a: _Block, b: _Block) -> float:
    """The weights of the anchors two blocks share."""
    return sum(weight * min(count, b[1][key][0]) for key in a[0] & b[0] for count, weight in (a[1][key],))


def _running(lengths: Sequence[int]) -> list[int]:
    total, out = 0, []
    for length in lengths:
        total += length
        out.append(total)
    return out


_TAIL_STEP = 0.01
# -log(2 P(Z > z)) for z = 0, 0.01, ... 30: read from a table, as the search asks millions of times.
_TAIL = [-math.log(max(math.erfc(k * _TAIL_STEP / math.sqrt(2)), 1e-300)) for k in range(3001)]


def _length_cost(left: int, right: int, ratio: float, variance: float) -> float:
    """-log P(length gap) for passages of these lengths: the two-sided tail of the normalised gap."""
    if left == 0 and right == 0:
        return 0.0
    delta = abs(left * ratio - right) / math.sqrt((left + right / ratio) / 2 * variance)
    if delta < 30:
        return _TAIL[int(delta / _TAIL_STEP + 0.5)]
    return delta * delta / 2 + math.log(delta * math.sqrt(math.pi / 2))


def paragraphs(text: str) -> list[str]:
    """A text's paragraphs as the reader shows them (glued sentences and over-long runs cut)."""
    return [text[b.start : b.end] for b in display_blocks(text)]


def align_texts(left: str, right: str) -> list[AlignedRow]:
    """The two texts' paragraphs in aligned rows, whole paragraphs in each (the parallel view today)."""
    lspans = [(b.start, b.end) for b in display_blocks(left)]
    rspans = [(b.start, b.end) for b in display_blocks(right)]
    beads = align_segments([left[a:b] for a, b in lspans], [right[a:b] for a, b in rspans], Unit.PARAGRAPH)
    return [
        _row(left, right, [[s] for s in lspans[b.left_start : b.left_end]], [[s] for s in rspans[b.right_start : b.right_end]])
        for b in beads
    ]


def parallel_rows(left: str, right: str) -> list[AlignedRow]:
    """The two texts in aligned rows, a paragraph split in one edition facing its halves.

    Paragraphs are aligned first; a bead that joins or splits paragraphs is then aligned by
    sentences, and cut wherever one side's paragraph ends. So a row holds a whole paragraph, or
    the part of one that corresponds to a whole paragraph on the other side: what the drift
    check compares, and what a parallel view can show so that every row is one-to-one.
    """
    rows: list[AlignedRow] = []
    for row in align_texts(left, right):
        if len(row.left_spans) <= 1 and len(row.right_spans) <= 1:
            rows.append(row)
        else:
            rows.extend(_split_bead(left, right, list(row.left_spans), list(row.right_spans)))
    return rows


def _row(left: str, right: str, lparts: list[list[tuple[int, int]]], rparts: list[list[tuple[int, int]]]) -> AlignedRow:
    """A row from runs of spans, each run within one paragraph: one text per run."""
    lspans = tuple((run[0][0], run[-1][1]) for run in lparts if run)
    rspans = tuple((run[0][0], run[-1][1]) for run in rparts if run)
    return AlignedRow(tuple(left[a:b] for a, b in lspans), tuple(right[a:b] for a, b in rspans), lspans, rspans)


@dataclass(frozen=True)
class _Sentence:
    start: int
    end: int
    paragraph: int  # within the bead
    last: bool  # the last sentence of its paragraph


def _sentences_of(text: str, spans: list[tuple[int, int]]) -> list[_Sentence]:
    out: list[_Sentence] = []
    for k, (start, end) in enumerate(spans):
        pieces = sentence_spans(text[start:end]) or [(0, end - start)]
        for n, (a, b) in enumerate(pieces):
            out.append(_Sentence(start + a, start + b, k, n == len(pieces) - 1))
    return out


def _split_bead(left: str, right: str, lspans: list[tuple[int, int]], rspans: list[tuple[int, int]]) -> list[AlignedRow]:
    """Rows for a bead that joins or splits paragraphs, cut by a sentence alignment at paragraph ends."""
    ls, rs = _sentences_of(left, lspans), _sentences_of(right, rspans)
    inner = align_segments([left[s.start : s.end] for s in ls], [right[s.start : s.end] for s in rs], Unit.SENTENCE)
    rows: list[AlignedRow] = []
    lrun: list[_Sentence] = []
    rrun: list[_Sentence] = []
    for k, b in enumerate(inner):
        lrun.extend(ls[b.left_start : b.left_end])
        rrun.extend(rs[b.right_start : b.right_end])
        at_end = k == len(inner) - 1
        paragraph_ends = (lrun and lrun[-1].last and b.left_end > b.left_start) or (
            rrun and rrun[-1].last and b.right_end > b.right_start
        )
        if at_end or paragraph_ends:
            rows.append(_row(left, right, _runs(lrun), _runs(rrun)))
            lrun, rrun = [], []
    return rows


def _runs(sentences: list[_Sentence]) -> list[list[tuple[int, int]]]:
    """Consecutive sentences grouped by paragraph, as spans."""
    runs: list[list[tuple[int, int]]] = []
    previous = None
    for s in sentences:
        if s.paragraph != previous:
            runs.append([])
            previous = s.paragraph
        runs[-1].append((s.start, s.end))
    return runs
