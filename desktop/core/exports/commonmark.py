"""Plain text as CommonMark that renders as the same text: nothing in a title, a paragraph or a note
becomes a list, a rule, a heading, a quote, code, a link, HTML or an entity.

Two kinds of text come in. An article's paragraphs are given one by one (as the reader shows
them) and written a blank line apart. A note is typed by a person: a blank line parts
paragraphs and a single line break is kept as a hard break (a backslash at the line's end).
Either way, CR LF and CR become LF first.

Escaping follows the CommonMark spec (checked with markdown-it-py in the tests): ASCII punctuation
that opens inline markup is backslash-escaped anywhere, `&` included (so `&copy;` stays five
characters); at a line's start, list markers, thematic breaks, setext underlines, `#` headings
and `>` quotes are escaped; leading blanks are written as character references, which CommonMark
decodes after it strips indentation, so they neither open a code block nor vanish; and trailing
blanks, which would be a hard break, are dropped.
"""

from __future__ import annotations

import re

_INLINE = re.compile(r"([\\`*_\[\]<>!&|~])")  # | and ~ too, for GFM readers (tables, strikethrough)
_BULLET = re.compile(r"^([-+*])(?=[ \t]|$)")
_ORDERED = re.compile(r"^(\d{1,9})([.)])(?=[ \t]|$)")
_ATX = re.compile(r"^(#{1,6})(?=[ \t]|$)")
_THEMATIC = re.compile(r"^([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_SETEXT = re.compile(r"^(?:=+|-+)[ \t]*$")
_LEADING_BLANKS = re.compile(r"^[ \t]+")
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def normalise_newlines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")


def escape_inline(text: str) -> str:
    """Text inside a line, where no block construct can start (after "- Source: ", in a label)."""
    return _INLINE.sub(r"\\\1", text)


def escape_line(line: str) -> str:
    """One line of a paragraph, which may start a block construct."""
    line = escape_inline(line.rstrip(" \t"))
    blanks = _LEADING_BLANKS.match(line)
    if blanks:
        line = "".join("&#32;" if c == " " else "&#9;" for c in blanks.group()) + line[blanks.end() :]
    if _THEMATIC.match(line) or _SETEXT.match(line):
        return "\\" + line
    line = _BULLET.sub(r"\\\1", line)
    line = _ORDERED.sub(r"\1\\\2", line)
    line = _ATX.sub(r"\\\1", line)
    return "\\" + line if line.startswith(">") else line


def escape_heading(text: str) -> str:
    """A title for an ATX heading: one line, and no `#` that could close the heading."""
    return escape_inline(" ".join(text.split())).replace("#", "\\#")


def note_paragraphs(text: str) -> list[str]:
    """A note: paragraphs parted by blank lines, line breaks inside one kept as hard breaks."""
    blocks = _BLANK_LINE.split(normalise_newlines(text).strip("\n"))
    return ["\\\n".join(escape_line(line) for line in block.split("\n")) for block in blocks if block.strip()]


def paragraphs(blocks: list[str]) -> str:
    return "\n\n".join(blocks)


def block_quote(blocks: list[str]) -> str:
    """Paragraphs as one block quote: every line prefixed, paragraphs parted by a bare ">"."""
    return "\n>\n".join("> " + block.replace("\n", "\n> ") for block in blocks)
