"""The compare view's two documents, as escaped HTML, and where each change landed in them.

Each side is cut into the reader's blocks (see core/reading.py: a dump body is one long line,
and text layout of a multi-megabyte paragraph is slow), one HTML paragraph per block, so
document block k is text block k and positions in the document map back to the text. Every
character of the text is escaped; a caret (‸) marks where text is missing on this side, and a
pilcrow (¶) a change that falls between two blocks (a line break that became a space).

Building the HTML is plain Python with no Qt, so the compare view can do it on a worker
thread together with the diff.
"""

from __future__ import annotations

import html
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from desktop.core.alignment import AlignedRow
from desktop.core.reading import Block, display_blocks
from desktop.core.word_diff import Change, ChangeKind, Span, WordDiff
from desktop.ui.reader.text_offsets import to_code_points, utf16_length
from desktop.ui.theme import Palette

MISSING_MARK = "‸"
BREAK_MARK = "¶"
_PARAGRAPH = '<p style="margin:0 0 0.85em 0; line-height:150%; white-space:pre-wrap;">'
_ROW_END = '<p style="margin:0 0 1.6em 0; line-height:150%; white-space:pre-wrap;">'


class Side(Enum):
    OLD = "old"
    NEW = "new"


@dataclass(frozen=True)
class DocPoint:
    block: int
    column: int  # characters into the document block (markers included)


@dataclass(frozen=True)
class DocRange:
    start: DocPoint
    end: DocPoint


@dataclass(frozen=True)
class SideDocument:
    # One HTML paragraph per document block; the text takes the pane's text colour (the theme's).
    paragraphs: tuple[str, ...]
    block_starts: tuple[int, ...]  # text offset of each document block (diff mode)
    block_ends: tuple[int, ...]
    block_rows: tuple[int, ...] = ()  # parallel mode: the aligned row of each block
    changes: tuple[DocRange, ...] = ()  # diff mode: where each change is in this document
    # Diff mode: per block, the text columns before which a marker (‸ or ¶) was inserted.
    block_markers: tuple[tuple[int, ...], ...] = ()

    @property
    def html(self) -> str:
        return html_document(self.paragraphs)

    def text_offset(self, block: int, column: int) -> int:
        """The text offset shown at a document position (diff mode)."""
        markers = self.block_markers[block] if block < len(self.block_markers) else ()
        shown = sum(1 for k, at in enumerate(markers) if at + k < column)
        return self.block_starts[block] + column - shown

    def position(self, offset: int) -> DocPoint:
        """Where a text offset is shown in the document (diff mode)."""
        block = max(0, bisect_right(self.block_starts, offset) - 1)
        column = max(0, min(offset, self.block_ends[block]) - self.block_starts[block])
        markers = self.block_markers[block] if block < len(self.block_markers) else ()
        return DocPoint(block, column + sum(1 for at in markers if at <= column))


def diff_documents(diff: WordDiff, palette: Palette) -> tuple[SideDocument, SideDocument]:
    """The old text and the new, each with the changes coloured as they appear on that side."""
    return _diff_side(diff.old_text, diff.changes, Side.OLD, palette), _diff_side(diff.new_text, diff.changes, Side.NEW, palette)


@dataclass
class _Piece:
    column: int  # in the block's text
    order: int  # the change's index: pieces at the same column keep text order
    end: int  # == column for a marker
    change: int
    marker: str = ""
    color: str = ""
    marks: tuple[Span, ...] = ()  # absolute offsets, within a range


def _diff_side(text: str, changes: Sequence[Change], side: Side, palette: Palette) -> SideDocument:
    blocks = display_blocks(text) or [Block(0, 0)]
    starts = [b.start for b in blocks]
    pieces: list[list[_Piece]] = [[] for _ in blocks]
    for index, change in enumerate(changes):
        span = change.old if side is Side.OLD else change.new
        if not len(span):
            missing = palette.diff_insert_mark if change.kind is ChangeKind.INSERT else palette.diff_delete_mark
            block, column = _locate(blocks, starts, span.start)
            pieces[block].append(_Piece(column, index, column, index, marker=MISSING_MARK, color=missing))
            continue
        color = {ChangeKind.INSERT: palette.diff_insert, ChangeKind.DELETE: palette.diff_delete}.get(change.kind, palette.diff_change)
        marks = change.old_marks if side is Side.OLD else change.new_marks
        placed = False
        for b in range(max(0, _block_at(starts, span.start)), len(blocks)):
            block = blocks[b]
            if block.start >= span.end:
                break
            lo, hi = max(span.start, block.start), min(span.end, block.end)
            if lo < hi:
                pieces[b].append(_Piece(lo - block.start, index, hi - block.start, index, color=color, marks=marks))
                placed = True
        if not placed:  # only a line break or a cut space, which the document does not show
            block, column = _locate(blocks, starts, span.start)
            pieces[block].append(_Piece(column, index, column, index, marker=BREAK_MARK, color=color))
    found: dict[int, tuple[DocPoint, DocPoint]] = {}
    markers: list[tuple[int, ...]] = []
    paragraphs: list[str] = []
    for b, block in enumerate(blocks):
        chunk = text[block.start : block.end]
        out: list[str] = []
        cursor = 0  # in the block's text
        shift = 0  # markers inserted so far in this block
        for piece in sorted(pieces[b], key=lambda p: (p.column, p.order)):
            out.append(html.escape(chunk[cursor : piece.column]))
            begin = DocPoint(b, piece.column + shift)
            if piece.marker:
                style = f"color:{piece.color}; font-weight:bold;" if piece.marker == MISSING_MARK else f"background-color:{piece.color};"
                out.append(f'<span style="{style}">{piece.marker}</span>')
                shift += 1
                cursor = piece.column
            else:
                out.append(_range_html(chunk, block.start, piece, palette.diff_change_strong))
                cursor = piece.end
            finish = DocPoint(b, cursor + shift)
            found[piece.change] = (found[piece.change][0], finish) if piece.change in found else (begin, finish)
        out.append(html.escape(chunk[cursor:]))
        paragraphs.append(_PARAGRAPH + "".join(out) + "</p>")
        markers.append(tuple(sorted(p.column for p in pieces[b] if p.marker)))
    ranges = tuple(DocRange(*found.get(i, (DocPoint(0, 0), DocPoint(0, 0)))) for i in range(len(changes)))
    return SideDocument(
        tuple(paragraphs),
        tuple(b.start for b in blocks),
        tuple(b.end for b in blocks),
        changes=ranges,
        block_markers=tuple(markers),
    )


def _range_html(chunk: str, base: int, piece: _Piece, strong: str) -> str:
    """A changed stretch, with the characters that differ inside a changed word in the strong colour."""
    out: list[str] = []
    position = piece.column
    for mark in piece.marks:
        lo, hi = max(mark.start - base, piece.column), min(mark.end - base, piece.end)
        if lo >= hi:
            continue
        if lo > position:
            out.append(f'<span style="background-color:{piece.color};">{html.escape(chunk[position:lo])}</span>')
        out.append(f'<span style="background-color:{strong};">{html.escape(chunk[lo:hi])}</span>')
        position = hi
    if position < piece.end or not out:
        out.append(f'<span style="background-color:{piece.color};">{html.escape(chunk[position : piece.end])}</span>')
    return "".join(out)


def _block_at(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset) - 1


def _locate(blocks: list[Block], starts: list[int], offset: int) -> tuple[int, int]:
    """The block and column where a text offset shows: in its block, or at the end of the block before."""
    b = _block_at(starts, offset)
    if b < 0:
        return 0, 0
    block = blocks[b]
    return b, min(offset, block.end) - block.start


def parallel_documents(rows: Sequence[AlignedRow], palette: Palette) -> tuple[SideDocument, SideDocument]:
    """The two translations' paragraphs, row by row; a dash stands in for a paragraph with no counterpart.

    Each block's text span is kept (`block_starts`, `block_ends`; -1 for a dash), so a position in
    the text (a mismatch, a click) maps to the document and back: `parallel_point`, `parallel_offset`.
    """

    def side(pick, spans_of) -> SideDocument:
        paragraphs: list[str] = []
        block_rows: list[int] = []
        starts: list[int] = []
        ends: list[int] = []
        for r, row in enumerate(rows):
            texts, spans = pick(row), spans_of(row)
            for k, paragraph in enumerate(texts or ("",)):
                opening = _ROW_END if k == len(texts or ("",)) - 1 else _PARAGRAPH
                body = html.escape(paragraph) if paragraph else f'<span style="color:{palette.muted};">—</span>'
                paragraphs.append(opening + body + "</p>")
                block_rows.append(r)
                start, end = spans[k] if paragraph and k < len(spans) else (-1, -1)
                starts.append(start)
                ends.append(end)
        if not paragraphs:
            paragraphs.append(_PARAGRAPH + "</p>")
            block_rows.append(0)
            starts.append(-1)
            ends.append(-1)
        return SideDocument(tuple(paragraphs), tuple(starts), tuple(ends), tuple(block_rows))

    return side(lambda row: row.left, lambda row: row.left_spans), side(lambda row: row.right, lambda row: row.right_spans)


def parallel_point(doc: SideDocument, text: str, offset: int) -> DocPoint | None:
    """Where a text offset is shown in a parallel document (the column in UTF-16 units), or None when no block shows it."""
    for block, (start, end) in enumerate(zip(doc.block_starts, doc.block_ends, strict=True)):
        if start <= offset <= end and start >= 0:
            return DocPoint(block, utf16_length(text[start:offset]))
    return None


def parallel_offset(doc: SideDocument, text: str, block: int, column: int) -> int | None:
    """The text offset at a document position (a UTF-16 column in a block) of a parallel document."""
    if not 0 <= block < len(doc.block_starts) or doc.block_starts[block] < 0:
        return None
    start, end = doc.block_starts[block], doc.block_ends[block]
    return start + to_code_points(text[start:end], column)


def html_document(paragraphs: Sequence[str]) -> str:
    return f"<html><body>{''.join(paragraphs)}</body></html>"
