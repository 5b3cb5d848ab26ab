"""Convert between Python's code-point offsets and Qt's UTF-16 offsets.

Core counts text in Unicode code points (what a str index is); QTextDocument counts UTF-16
code units, in which every character outside the Basic Multilingual Plane (most emoji, many
historic scripts) takes two. Mixing the two silently shifts every highlight after such a
character, so conversions happen here, at the Qt boundary, and nowhere else.
"""

from __future__ import annotations

from bisect import bisect_right


def utf16_length(text: str) -> int:
    # Encoding runs in C: a per-character loop costs seconds on a 5 MB article.
    return len(text.encode("utf-16-le", "surrogatepass")) // 2


def to_utf16(text: str, index: int) -> int:
    """The UTF-16 offset of code-point offset `index` in `text`."""
    return utf16_length(text[:index])


def to_code_points(text: str, utf16_index: int) -> int:
    """The code-point offset of UTF-16 offset `utf16_index`; inside a surrogate pair it rounds down."""
    units = 0
    for position, ch in enumerate(text):
        width = 2 if ord(ch) > 0xFFFF else 1
        if units + width > utf16_index:
            return position
        units += width
    return len(text)


class BlockMap:
    """Where each displayed block of a version's text sits in the reader's document.

    `blocks` are (start, end) code-point ranges of the version text (see core/reading.py);
    `positions` the document position (UTF-16) at which each block's text starts.
    """

    def __init__(self, text: str, blocks: list[tuple[int, int]], positions: list[int]) -> None:
        self.text = text
        self.blocks = blocks
        self.positions = positions
        self._starts = [b[0] for b in blocks]

    def to_document(self, offset: int) -> int:
        """Document position for a text offset; an offset between blocks goes to the next block's start."""
        if not self.blocks:
            return 0
        i = max(0, bisect_right(self._starts, offset) - 1)
        start, end = self.blocks[i]
        if offset > end and i + 1 < len(self.blocks):
            return self.positions[i + 1]
        offset = min(max(offset, start), end)
        return self.positions[i] + to_utf16(self.text[start:end], offset - start)

    def to_text(self, position: int) -> int | None:
        """Text offset for a document position, or None when it lies outside the body (title, meta)."""
        if not self.blocks or position < self.positions[0]:
            return None
        i = max(0, bisect_right(self.positions, position) - 1)
        start, end = self.blocks[i]
        return start + to_code_points(self.text[start:end], position - self.positions[i])
