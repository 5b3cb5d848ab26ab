"""Pairs of articles, as the tables about two editions store them: the lower article id first.

Translation links, alignment corrections, accepted mismatches and dismissed suggestions are each
about two articles, whichever the user had on the left; storing the pair one way only keeps one
row per pair. `oriented` also says whether the caller's left is the stored second, so a
side-dependent row (a boundary, a side of a mismatch) can be turned round.
"""

from __future__ import annotations

from desktop.core.ids import ArticleId


class PairError(ValueError):
    """Two articles that are one: nothing to pair."""


def oriented(left: ArticleId, right: ArticleId) -> tuple[ArticleId, ArticleId, bool]:
    """(lower id, higher id, whether `left` is the higher one)."""
    if left == right:
        raise PairError("An article cannot be paired with itself.")
    return (left, right, False) if left < right else (right, left, True)


def ordered_pair(a: ArticleId, b: ArticleId) -> tuple[ArticleId, ArticleId]:
    first, second, _swapped = oriented(a, b)
    return first, second
