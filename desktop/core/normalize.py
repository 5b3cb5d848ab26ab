"""Keys that decide when two printed titles are the same article.

The same report is printed with its quotes stripped, in other capitals, or with doubled
spaces; all of those must land on one article, so the key drops exactly those differences.
"""

from __future__ import annotations

import unicodedata


def title_key(title: str) -> str:
    """NFKC, case folding, punctuation dropped, whitespace collapsed."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    kept = "".join(" " if ch.isspace() else ch for ch in folded if not unicodedata.category(ch).startswith("P"))
    return " ".join(kept.split())
