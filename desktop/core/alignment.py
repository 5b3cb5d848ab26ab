"""Line up the paragraphs of two translations of an article: Gale–Church length-based alignment.

Translators split and merge paragraphs, so pairing paragraph i with paragraph i drifts out of
step at the first split. Gale and Church (1993, "A program for aligning sentences in bilingual
corpora") observed that the length of a passage and of its translation are nearly
proportional, with a variance that grows with the length; a dynamic programme then finds the
most probable sequence of beads: 1-1, a paragraph left out on one side (1-0, 0-1), one split
in two (2-1, 1-2), or two reworded as two (2-2). Lengths are in characters, and the expected
ratio is taken from the two texts themselves, since Kazakh, Russian and English editions of
the same item run to different lengths.

The search is limited to a band around the diagonal, so thousands of paragraphs stay fast.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

from desktop.core.reading import display_blocks

# Gale & Church's priors for each bead (left paragraphs, right paragraphs), and the variance per character.
PRIORS: dict[tuple[int, int], float] = {(1, 1): 0.89, (1, 0): 0.0099, (0, 1): 0.0099, (2, 1): 0.089, (1, 2): 0.089, (2, 2): 0.011}
VARIANCE = 6.8
MIN_BAND = 30
# The expected length ratio, from the two texts' totals but kept to what editions of one item show,
# so that a long paragraph missing on one side does not skew every other pairing.
MIN_RATIO, MAX_RATIO = 0.75, 1.35


@dataclass(frozen=True)
class Bead:
    """Paragraphs left[left_start:left_end] correspond to right[right_start:right_end]."""

    left_start: int
    left_end: int
    right_start: int
    right_end: int

    @property
    def shape(self) -> tuple[int, int]:
        return (self.left_end - self.left_start, self.right_end - self.right_start)


@dataclass(frozen=True)
class AlignedRow:
    """One row of the parallel view: the text on each side (empty where a paragraph has no counterpart)."""

    left: tuple[str, ...]
    right: tuple[str, ...]


def align_lengths(left: Sequence[int], right: Sequence[int]) -> list[Bead]:
    """The most probable beads covering both sequences of lengths, in order."""
    n, m = len(left), len(right)
    if n == 0 or m == 0:
        return [Bead(0, n, 0, m)] if n or m else []
    ratio = (sum(right) / sum(left)) if sum(left) and sum(right) else 1.0
    ratio = min(MAX_RATIO, max(MIN_RATIO, ratio))
    band = max(MIN_BAND, abs(n - m) + MIN_BAND // 2)
    left_sums = [0, *_running(left)]
    right_sums = [0, *_running(right)]
    inf = math.inf
    cost: dict[tuple[int, int], float] = {(0, 0): 0.0}
    back: dict[tuple[int, int], tuple[int, int]] = {}
    for i in range(n + 1):
        centre = i * m / n
        for j in range(max(0, int(centre) - band), min(m, int(centre) + band) + 1):
            if i == 0 and j == 0:
                continue
            best, best_move = inf, None
            for (di, dj), prior in PRIORS.items():
                pi, pj = i - di, j - dj
                if pi < 0 or pj < 0:
                    continue
                before = cost.get((pi, pj))
                if before is None:
                    continue
                total = before + _bead_cost(left_sums[i] - left_sums[pi], right_sums[j] - right_sums[pj], ratio, prior)
                if total < best:
                    best, best_move = total, (di, dj)
            if best_move is not None:
                cost[(i, j)] = best
                back[(i, j)] = best_move
    beads: list[Bead] = []
    i, j = n, m
    if (i, j) not in back:  # cannot happen with 1-0 and 0-1 beads inside the band; be safe anyway
        return [Bead(0, n, 0, m)]
    while i or j:
        di, dj = back[(i, j)]
        beads.append(Bead(i - di, i, j - dj, j))
        i, j = i - di, j - dj
    beads.reverse()
    return beads


def _running(lengths: Sequence[int]) -> list[int]:
    total, out = 0, []
    for length in lengths:
        total += length
        out.append(total)
    return out


def _bead_cost(left: int, right: int, ratio: float, prior: float) -> float:
    """-log P(bead) for passages of these lengths: the prior times the two-sided tail of the length gap."""
    if left == 0 and right == 0:
        return -math.log(prior)
    mean = (left + right / ratio) / 2
    delta = (left * ratio - right) / math.sqrt(max(mean, 1e-9) * VARIANCE)
    return -math.log(prior) - math.log(2) - _log_normal_tail(abs(delta))


def _log_normal_tail(z: float) -> float:
    """log P(Z > z) for a standard normal Z, without underflow for large z."""
    if z < 30:
        return math.log(max(0.5 * math.erfc(z / math.sqrt(2)), 1e-300))
    return -z * z / 2 - math.log(z * math.sqrt(2 * math.pi))


def paragraphs(text: str) -> list[str]:
    """A text's paragraphs as the reader shows them (glued sentences and over-long runs cut)."""
    return [text[b.start : b.end] for b in display_blocks(text)]


def align_texts(left: str, right: str) -> list[AlignedRow]:
    """The two texts' paragraphs in aligned rows, for reading side by side."""
    a, b = paragraphs(left), paragraphs(right)
    return [
        AlignedRow(tuple(a[bead.left_start : bead.left_end]), tuple(b[bead.right_start : bead.right_end]))
        for bead in align_lengths([len(p) for p in a], [len(p) for p in b])
    ]
