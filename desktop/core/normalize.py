"""Keys that decide when two printed titles are the same article.

The same report is printed with its quotes stripped, in other capitals, or with doubled
spaces; all of those must land on one article, so the key drops exactly those differences.
"""

from __future__ import annotations

import unicodedata

# The ASCII characters whose Unicode category is punctuation (P*): `$+<=>^`|~` are symbols and stay.
_ASCII_PUNCTUATION = str.maketrans("", "", "".join(chr(c) for c in range(128) if unicodedata.category(chr(c)).startswith("P")))


def title_key(title: str) -> str:
    """NFKC, case folding, punctuation dropped, whitespace collapsed."""
    if title.isascii():
        # The same key at C speed: NFKC leaves ASCII alone and casefold() is lower() on it. Import
        # computes a key for every printed title, so this is on its hot path.
        return " ".join(title.lower().translate(_ASCII_PUNCTUATION).split())
    folded = unicodedata.normalize("NFKC", title).casefold()
    kept = "".join(" " if ch.isspace() else ch for ch in folded if not unicodedata.category(ch).startswith("P"))
    return " ".join(kept.split())
