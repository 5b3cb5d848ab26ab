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
from functools import lru_cache

from desktop.core.search_folding import index_folded

MAX_BLOCK = 2000
_LOWER = "a-zà-öø-ÿа-яёәғқңөұүһі"
_UPPER = "A-ZÀ-ÖØ-ÞА-ЯЁӘҒҚҢӨҰҮҺІ"
# A sentence end glued to the next sentence: "word.Next", "word.”Next" (needs a lower-case
# letter before the stop, so "U.S.A" and "J.R.R." stay whole).
# Matching the stop first (not a look-behind at every position) keeps this linear and fast on 5 MB.
_GLUED = re.compile(rf"[.!?](?:(?=[{_UPPER}][{_LOWER}])|[\"”»](?=[{_UPPER}]))")


@dataclass(frozen=True)
class Block:
    start: int
    end: int


@lru_cache(maxsize=8)
def display_blocks(text: str) -> tuple[Block, ...]:
    """Blocks covering the text in order; only newlines and the odd cut space fall between them.

    Cached: the reader's HTML and its highlight map both need the blocks of the same text.
    """
    blocks: list[Block] = []
    offset = 0
    for paragraph in text.split("\n"):
        start = offset
        offset += len(paragraph) + 1
        if not paragraph.strip():
            continue
        cuts = [m.end() for m in _GLUED.finditer(paragraph) if m.start() > 0 and _before_stop_ok(paragraph, m)]
        piece_start = 0
        for cut in [*cuts, len(paragraph)]:
            blocks.extend(_cut_long(paragraph, start, piece_start, cut))
            piece_start = cut
    return tuple(blocks)


def _before_stop_ok(paragraph: str, m: re.Match[str]) -> bool:
    """A glued stop ends a sentence only after a lower-case letter (so "U.S.A" stays whole), or
    a digit, % or ) when no closing quote follows."""
    before = paragraph[m.start() - 1]
    if m.end() - m.start() == 2:  # stop plus closing quote
        return before.islower()
    return before.islower() or before.isdigit() or before in "%)"


def _cut_long(paragraph: str, base: int, start: int, end: int) -> Iterable[Block]:
    while end - start > MAX_BLOCK:
        space = paragraph.rfind(" ", start + MAX_BLOCK // 2, start + MAX_BLOCK)
        cut = space if space != -1 else start + MAX_BLOCK
        yield Block(base + start, base + cut)
        start = cut + 1 if space != -1 else cut
    if end > start:
        yield Block(base + start, base + end)


@dataclass(frozen=True)
class SearchMarks:
    """What the reader marks for a search (search_terms.search_marks): indexed words, matched
    whole, and prefixes (the word being typed), all as the index holds them."""

    words: frozenset[str] = frozenset()
    prefixes: tuple[str, ...] = ()

    def __bool__(self) -> bool:
        return bool(self.words or self.prefixes)


def match_spans(text: str, marks: SearchMarks) -> list[tuple[int, int]]:
    """Where the search's words are in the text, as printed, sorted.

    The text is folded as the index folds it (capitals, ё as е, accents off Latin letters), one
    character for one, so a word found in the folded text is marked at the same place in the
    printed one: a search for "подотчетности" marks "подотчётности".
    """
    parts = []
    if marks.words:
        parts.append(r"(?:" + "|".join(re.escape(w) for w in sorted(marks.words, key=len, reverse=True)) + r")(?!\w)")
    if marks.prefixes:
        parts.append(r"(?:" + "|".join(re.escape(p) for p in sorted(set(marks.prefixes), key=len, reverse=True)) + r")\w*")
    if not parts:
        return []
    pattern = re.compile(r"(?<!\w)(?:" + "|".join(parts) + ")")
    return [(m.start(), m.end()) for m in pattern.finditer(index_folded(text))]
