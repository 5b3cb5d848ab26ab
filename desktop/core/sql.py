"""Small pieces of SQL that many queries share, so each rule is written once.

SQLite caps the bound parameters of one statement (999 in old builds), so lists of ids are
sent in chunks of `IN_LIST_SIZE`, each with its own placeholders.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TypeVar

T = TypeVar("T")

IN_LIST_SIZE = 500  # well under every SQLite build's parameter limit


def chunks(values: Sequence[T], size: int = IN_LIST_SIZE) -> Iterator[Sequence[T]]:
    """Consecutive slices of at most `size` values."""
    for start in range(0, len(values), size):
        yield values[start : start + size]


def marks(count: int) -> str:
    """`?, ?, ?` for an IN list of `count` values."""
    return ",".join("?" * count)
