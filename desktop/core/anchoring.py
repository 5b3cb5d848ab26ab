"""Find where an annotation's passage is in a version of its article (W3C-style anchoring).

An annotation stores what Hypothesis and the W3C Web Annotation model store: the quoted text
with ~32 characters of context either side (a TextQuoteSelector) and its start and end in
Unicode code points (a TextPositionSelector). On another version, or after an edit, the
passage is found again in this order, most trustworthy first:

1. the stored position, if the text there is still exactly the quote;
2. an exact match of the quote, the occurrence whose context fits best and lies nearest;
3. a fuzzy match, first ignoring punctuation, quotes, case and spacing (what the site's
   quote-stripped copies change), then tolerating small edits with rapidfuzz;
4. otherwise the annotation is an orphan on that version — kept, never dropped.

Positions here are code points (Python str indices); Qt's UTF-16 offsets are converted at
the Qt boundary, never here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import fuzz

CONTEXT = 32
_EDGE = "\"'“”«»„‘’.,;:!?…)(–—-"
FUZZY_CUTOFF = 82.0  # percent similarity a fuzzy match must reach
_MAX_HITS = 200  # windows scored per quote word in the fuzzy step
_WHOLE_TEXT = 60_000  # texts up to this length are searched whole


class AnchorStatus(Enum):
    EXACT = "exact"
    FUZZY = "fuzzy"
    ORPHAN = "orphan"


@dataclass(frozen=True)
class TextQuote:
    exact: str
    prefix: str
    suffix: str


@dataclass(frozen=True)
class Anchor:
    status: AnchorStatus
    start: int | None = None
    end: int | None = None

    @property
    def found(self) -> bool:
        return self.status is not AnchorStatus.ORPHAN


def quote_at(text: str, start: int, end: int, context: int = CONTEXT) -> TextQuote:
    """The quote selector for text[start:end]."""
    if not 0 <= start < end <= len(text):
        raise ValueError(f"selection {start}..{end} is outside the text (length {len(text)})")
    return TextQuote(text[start:end], text[max(0, start - context) : start], text[end : end + context])


def anchor(text: str, quote: TextQuote, start: int | None, end: int | None) -> Anchor:
    """Locate `quote` in `text`, given where it was (start, end) on the version it was made on."""
    if not quote.exact:
        return Anchor(AnchorStatus.ORPHAN)
    if start is not None and end is not None and text[start:end] == quote.exact:
        return Anchor(AnchorStatus.EXACT, start, end)
    found = _exact(text, quote, start)
    if found is not None:
        return Anchor(AnchorStatus.EXACT, found, found + len(quote.exact))
    fuzzy = _fuzzy(text, quote, start)
    if fuzzy is not None:
        return Anchor(AnchorStatus.FUZZY, *fuzzy)
    return Anchor(AnchorStatus.ORPHAN)


def _exact(text: str, quote: TextQuote, near: int | None) -> int | None:
    best: tuple[float, int] | None = None
    position = text.find(quote.exact)
    while position != -1:
        score = _context_score(text, position, position + len(quote.exact), quote)
        if near is not None:
            score -= abs(position - near) / max(len(text), 1)  # a tie-breaker: nearer wins
        if best is None or score > best[0]:
            best = (score, position)
        position = text.find(quote.exact, position + 1)
    return None if best is None else best[1]


def _context_score(text: str, start: int, end: int, quote: TextQuote) -> float:
    before = text[max(0, start - len(quote.prefix)) : start]
    after = text[end : end + len(quote.suffix)]
    return _common_suffix(before, quote.prefix) + _common_prefix(after, quote.suffix)


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


def _fuzzy(text: str, quote: TextQuote, near: int | None) -> tuple[int, int] | None:
    folded_quote, _ = _fold(quote.exact)
    if not folded_quote:
        return None
    windows = _candidate_windows(text, quote.exact, folded_quote, near)
    # Same words with other punctuation, quotes, case or spacing (the site's quote-stripped copies).
    # Every such hit is scored like an exact match: context fit first, nearness to break ties.
    folded_prefix, _ = _fold(quote.prefix)
    folded_suffix, _ = _fold(quote.suffix)
    same_words: list[tuple[float, int, int]] = []
    scored: tuple[float, int, int] | None = None
    for lo, hi in windows:
        folded, back = _fold(text[lo:hi])
        hit = folded.find(folded_quote)
        while hit != -1:
            end = hit + len(folded_quote)
            fit = _common_suffix(folded[max(0, hit - len(folded_prefix)) : hit].rstrip(), folded_prefix.rstrip()) + _common_prefix(
                folded[end : end + len(folded_suffix)].lstrip(), folded_suffix.lstrip()
            )
            start_at = lo + back[hit]
            if near is not None:
                fit -= abs(start_at - near) / max(len(text), 1)
            same_words.append((fit, start_at, lo + back[end - 1] + 1))
            hit = folded.find(folded_quote, hit + 1)
        if same_words:
            continue
        # Small edits: the best-scoring alignment that clears the cutoff.
        match = fuzz.partial_ratio_alignment(folded_quote, folded, score_cutoff=FUZZY_CUTOFF)
        if match is not None and match.dest_end > match.dest_start and (scored is None or match.score > scored[0]):
            scored = (match.score, lo + back[match.dest_start], lo + back[match.dest_end - 1] + 1)
    if same_words:
        _fit, start, end = max(same_words)
        return _widen(text, start, end, quote.exact)
    if scored is not None:
        return _trim(text, scored[1], scored[2])
    return None


def _candidate_windows(text: str, exact: str, folded_quote: str, near: int | None) -> list[tuple[int, int]]:
    """Stretches of `text` worth folding: all of a short text; in a long one, around the old
    position and around hits of the quote's longest words. Keeps a 5 MB version cheap."""
    if len(text) <= _WHOLE_TEXT:
        return [(0, len(text))]
    reach = len(exact) * 2 + 64
    starts = [] if near is None else [near]
    for word in sorted(set(folded_quote.split()), key=len, reverse=True)[:3]:
        at = exact.casefold().find(word)
        pattern = re.compile(re.escape(word), re.IGNORECASE)
        for count, m in enumerate(pattern.finditer(text)):
            if count >= _MAX_HITS:
                break
            starts.append(max(0, m.start() - max(at, 0)))
    spans = sorted((max(0, c - reach), min(len(text), c + reach)) for c in starts)
    merged: list[tuple[int, int]] = []
    for lo, hi in spans:
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def _widen(text: str, start: int, end: int, exact: str) -> tuple[int, int]:
    """Take back the punctuation the quote had at its edges, where this text has it too."""
    lead = len(exact) - len(exact.lstrip(_EDGE))
    trail = len(exact) - len(exact.rstrip(_EDGE))
    while lead and start > 0 and text[start - 1] in _EDGE:
        start, lead = start - 1, lead - 1
    while trail and end < len(text) and text[end] in _EDGE:
        end, trail = end + 1, trail - 1
    return start, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


_KEPT = re.compile(r"[^\W_]+|\s+")


def _fold(text: str) -> tuple[str, list[int]]:
    """Casefolded words with single spaces between them, and a map back to `text`.

    Punctuation, quotes and symbols are dropped: they are what the site's variants change.
    """
    out: list[str] = []
    back: list[int] = []
    for m in _KEPT.finditer(text):
        token = m.group()
        if token[0].isspace():
            if out and out[-1] != " ":
                out.append(" ")
                back.append(m.start())
            continue
        folded = token.casefold()
        out.append(folded)
        if len(folded) == len(token):
            back.extend(range(m.start(), m.end()))
        else:  # a letter that folds to several (ß -> ss) maps each piece back to itself
            for offset, ch in enumerate(token):
                back.extend([m.start() + offset] * len(ch.casefold()))
    joined = "".join(out)
    return joined, back
