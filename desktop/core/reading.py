"""How a version's text is cut into blocks for reading, and where search words match in it.

Two things make dump bodies hard to read and slow to lay out: scrapers glue paragraphs
together ("...infrastructure.The largest..."), and a body can be one multi-megabyte line,
which text layout engines handle in quadratic time. So the reader shows a body as blocks:
the real paragraphs, cut again where a sentence is glued to the next one, and long runs cut
at a space every few thousand characters. Blocks are (start, end) offsets into the stored
text, which stays untouched, so positions in the reader map back to the text exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

MAX_BLOCK = 2000
_LOWER = "a-zà-öø-ÿа-яёәғқңөұүһі"
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ"
# A sentence end glued to the next sentence: "word.Next", "word.”Next" (needs a lower-case
# letter before the stop, so "U.S.A" and "J.R.R." stay whole).
_GLUED = re.compile(rf"(?<=[{_LOWER}0-9%)][.!?])(?=[{_UPPER}][{_LOWER}])|(?<=[{_LOWER}][.!?][\"”»])(?=[{_UPPER}])")


@dataclass(frozen=True)
class Block:
    start: int
    end: int


def display_blocks(text: str) -> list[Block]:
    """Blocks covering the text in order; only newlines and the odd cut space fall between them."""
    blocks: list[Block] = []
    offset = 0
    for paragraph in text.split("\n"):
        start = offset
        offset += len(paragraph) + 1
        if not paragraph.strip():
            continue
        cuts = [m.start() for m in _GLUED.finditer(paragraph)]
        piece_start = 0
        for cut in [*cuts, len(paragraph)]:
            blocks.extend(_cut_long(paragraph, start, piece_start, cut))
            piece_start = cut
    return blocks


def _cut_long(paragraph: str, base: int, start: int, end: int) -> Iterable[Block]:
    while end - start > MAX_BLOCK:
        space = paragraph.rfind(" ", start + MAX_BLOCK // 2, start + MAX_BLOCK)
        cut = space if space != -1 else start + MAX_BLOCK
        yield Block(base + start, base + cut)
        start = cut + 1 if space != -1 else cut
    if end > start:
        yield Block(base + start, base + end)


def match_spans(text: str, words: Iterable[str]) -> list[tuple[int, int]]:
    """Where any search word starts a word in the text (case-insensitive, prefix), merged and sorted."""
    terms = sorted({w for w in words if w}, key=len, reverse=True)
    if not terms:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(t) for t in terms) + r")\w*", re.IGNORECASE)
    return [(m.start(), m.end()) for m in pattern.finditer(text)]
