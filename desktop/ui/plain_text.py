"""Showing text from dumps and users as text: in tooltips, and with invisible direction controls made visible.

Qt renders a tooltip as rich text when it merely looks like markup, so a title such as
`<h1 style="color:red">FAKE WARNING</h1>` became a red heading. Every tooltip that can hold dump
text goes through `plain_tip`. Unicode's bidirectional controls (U+202E RIGHT-TO-LEFT OVERRIDE and
its kin) can make a link read as another address; `show_controls` writes them out visibly, and
such links are never opened (reader/html.py).
"""

from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt

BIDI_CONTROLS = {
    "\u200e": "LRM", "\u200f": "RLM", "\u202a": "LRE", "\u202b": "RLE", "\u202c": "PDF", "\u202d": "LRO",
    "\u202e": "RLO", "\u2066": "LRI", "\u2067": "RLI", "\u2068": "FSI", "\u2069": "PDI",
}  # fmt: skip


def has_controls(text: str) -> bool:
    return any(ch in BIDI_CONTROLS for ch in text)


def show_controls(text: str) -> str:
    """Bidirectional controls written out, e.g. "[U+202E RLO]", so what is shown is what is there."""
    if not has_controls(text):
        return text
    return "".join(f"[U+{ord(ch):04X} {BIDI_CONTROLS[ch]}]" if ch in BIDI_CONTROLS else ch for ch in text)


def plain_tip(text: str) -> str:
    """A tooltip that shows `text` literally, whatever it contains."""
    return QtGui.Qt.convertFromPlainText(show_controls(text), Qt.WhiteSpaceMode.WhiteSpaceNormal)


def elide_words(text: str, limit: int) -> str:
    """At most `limit` characters, cut at a word boundary with an ellipsis: "MURAT ABENOV ON THE NEW…"."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit - 1].rstrip(" ,;:—-") + "…"


QUOTE_MARKS = '"“”„«»\''


def quoted(text: str, limit: int | None = None) -> str:
    """`text` in curly quotes, cut at `limit` characters; quotation marks it brings are not doubled
    (a passage that starts a quote showed as “"We, together…”)."""
    inner = text.strip().strip(QUOTE_MARKS)
    if limit is not None and len(inner) > limit:
        inner = inner[:limit] + "…"
    return f"“{inner}”"
