"""Find where an annotation's passage is in a version of its article (W3C-style anchoring).

An annotation stores what Hypothesis and the W3C Web Annotation model store: the quoted text
with ~32 characters of context either side (a TextQuoteSelector) and its start and end in
Unicode code points (a TextPositionSelector). On another version, or after an edit, the
passage is found again in this order, most trustworthy first:

1. the stored position, if the text there is still exactly the quote and its context;
2. an exact match of the quote, the occurrence whose context fits best and lies nearest;
3. a fuzzy match, first ignoring punctuation, quotes, case and spacing (what the site's
   quote-stripped copies change), then tolerating small edits with rapidfuzz, snapped to
   whole words;
4. otherwise the annotation is an orphan on that version — kept, never dropped.

Every placement in steps 2 and 3 must be supported by enough evidence: the characters of the
quote and of its context that agree beyond what unrelated prose agrees by chance (as Hypothesis
scores quote, prefix and suffix together). A short word found elsewhere after its passage was
deleted has no such support, and an honest orphan is better than a wrong anchor.

Positions here are code points (Python str indices); Qt's UTF-16 offsets are converted at
the Qt boundary, never here.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache

from rapidfuzz import fuzz
from rapidfuzz.utils import default_process

CONTEXT = 32
_EDGE = "\"'“”«»„‘’.,;:!?…)(–—-"
FUZZY_CUTOFF = 82.0  # percent similarity a fuzzy match must reach
_MAX_HITS = 200  # windows scored per quote word in the fuzzy step
_WHOLE_TEXT = 60_000  # texts up to this length are searched whole

# What a placement must show, steps 2 and 3 (tuned on randomised edits of the samples' articles;
# see tests/core/test_anchoring.py):
# Indel similarity that two unrelated stretches of news prose reach by chance (measured on the
# samples, 32 characters: median 0.38, 99th percentile 0.59). Only agreement above it is evidence.
_CHANCE = 0.5
# Characters of quote and context that must agree beyond chance: a quote this long found whole
# is enough by itself; a short word needs most of its context, on both sides, since one side
# alone is often a phrase the text repeats ("… of the new draft Constitution").
MIN_EVIDENCE = 40.0
# ... and the context must touch the quote: at least this many folded characters right next to
# it, on one side, exactly as they were. A word a few characters from a deleted one has a
# context that is similar but shifted, and never touches.
_TOUCHING = 8
# A text's edge stands for a context that was empty there (a quote that began its text): some
# evidence, but far less than 32 characters of words.
_EDGE_WEIGHT = 8.0
# Text inserted right next to the quote pushes one side of its context away unchanged: that
# side, found whole (_WHOLE percent) within _SHIFT context lengths, counts as _SHIFTED agreement.
_SHIFT = 2
_SHIFTED = 0.75
_WHOLE = 90.0
# An edited quote (the fuzzy step) must also keep at least half of its context on both sides.
FUZZY_MIN_CONTEXT = 0.5
# Two places whose evidence differs by less than this many characters are equally likely.
_TIE = 1.0


class AnchorStatus(Enum):
    EXACT = "exact"
    FUZZY = "fuzzy"
    ORPHAN = "orphan"
    PROJECTED = "projected"  # shown through a translation's alignment (core/projection.py); computed, never stored


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
    if start is not None and end is not None and _intact_at(text, start, end, quote):
        return Anchor(AnchorStatus.EXACT, start, end)
    found = _exact(text, quote, start)
    if found is not None:
        return Anchor(AnchorStatus.EXACT, found, found + len(quote.exact))
    fuzzy = _fuzzy(text, quote, start)
    if fuzzy is not None:
        return Anchor(AnchorStatus.FUZZY, *fuzzy)
    return Anchor(AnchorStatus.ORPHAN)


def _intact_at(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """The quote and both sides of its context are still exactly where they were."""
    return (
        0 <= start < end <= len(text)
        and text[start:end] == quote.exact
        and text[max(0, start - len(quote.prefix)) : start] == quote.prefix
        and text[end : end + len(quote.suffix)] == quote.suffix
    )


def _exact(text: str, quote: TextQuote, near: int | None) -> int | None:
    candidates: list[_Candidate] = []
    length = len(quote.exact)
    position = text.find(quote.exact)
    while position != -1:
        if _keeps_word_edges(text, position, position + length, quote):
            support = _support(text, position, position + length, quote, 1.0)
            if support.enough(quote):
                # The exact characters next to the quote break ties between equally similar
                # contexts; nearness to the old position breaks the rest.
                tie_break = (
                    _context_score(text, position, position + length, quote) / 1000 - _distance(text, position, near) / 1000
                )
                candidates.append(_Candidate(support, tie_break, position, position + length))
        position = text.find(quote.exact, position + 1)
    chosen = _choose(candidates)
    return None if chosen is None else chosen[0]


@dataclass(frozen=True)
class _Candidate:
    support: _Support
    tie_break: float
    start: int
    end: int


def _choose(candidates: list[_Candidate]) -> tuple[int, int] | None:
    """The best-supported place; None when another place is supported as well (an ambiguous
    placement is a guess), unless the best has all its context in place on both sides."""
    if not candidates:
        return None
    ranked = sorted(candidates, key=lambda c: c.support.evidence + c.tie_break, reverse=True)
    best = ranked[0]
    for rival in ranked[1:]:
        overlapping = rival.start < best.end and best.start < rival.end
        if not overlapping and rival.support.evidence >= best.support.evidence - _TIE and best.support.weaker_side < 1.0:
            return None
    return best.start, best.end


def _distance(text: str, position: int, near: int | None) -> float:
    return 0.0 if near is None else abs(position - near) / max(len(text), 1)


@dataclass(frozen=True)
class _Support:
    """What speaks for a placement: agreeing characters beyond chance, the weaker side's share
    of agreement, and whether the context touches the quote on at least one side."""

    evidence: float
    weaker_side: float
    touching: bool

    def enough(self, quote: TextQuote, *, edited: bool = False) -> bool:
        if edited:
            return self.evidence >= MIN_EVIDENCE and self.touching and self.weaker_side >= FUZZY_MIN_CONTEXT
        return self.evidence >= MIN_EVIDENCE and (self.touching or len(quote.exact) >= MIN_EVIDENCE)


def _support(text: str, start: int, end: int, quote: TextQuote, similarity: float) -> _Support:
    """Score text[start:end] as the place of `quote`, whose own similarity there is `similarity`.

    Context is compared folded (case, punctuation), so a quote-stripped copy keeps its support.
    A side pushed away by an insertion counts only when the other side is in place: both sides
    pushed away is the shape of a match inside inserted text.
    """
    found_before = text[max(0, start - len(quote.prefix)) : start]
    found_after = text[end : end + len(quote.suffix)]
    at_start, at_end = _at_start(text, start), _at_end(text, end)
    before = _side(found_before, quote.prefix, at_edge=at_start)
    after = _side(found_after, quote.suffix, at_edge=at_end)

    def evidence() -> float:
        return len(quote.exact) * _beyond_chance(similarity) + _weight(quote.prefix) * before + _weight(quote.suffix) * after

    if max(before, after) < _SHIFTED and evidence() < MIN_EVIDENCE:
        # Neither side is in place, so neither may count as pushed away: not enough, and most
        # places where a common word occurs end here, cheaply.
        return _Support(evidence(), min(before, after), touching=False)
    if after >= _SHIFTED > before and _pushed_away(text[max(0, start - _SHIFT * len(quote.prefix)) : start], quote.prefix):
        before = _SHIFTED
    elif before >= _SHIFTED > after and _pushed_away(text[end : end + _SHIFT * len(quote.suffix)], quote.suffix):
        after = _SHIFTED
    touching = _touches(found_before, quote.prefix, at_start, from_end=True) or _touches(
        found_after, quote.suffix, at_end, from_end=False
    )
    return _Support(evidence(), min(before, after), touching)


def _side(found: str, stored: str, *, at_edge: bool) -> float:
    """The share of one side's stored context that `found` agrees with beyond chance."""
    if not default_process(stored):
        return 1.0 if at_edge else 0.0
    return _beyond_chance(fuzz.ratio(found, stored, processor=default_process) / 100)


def _weight(stored: str) -> float:
    return float(len(stored)) if default_process(stored) else _EDGE_WEIGHT


def _touches(found: str, stored: str, at_edge: bool, *, from_end: bool) -> bool:
    """Whether the folded context next to the quote is as stored for _TOUCHING characters (or all of it)."""
    stored_folded, found_folded = _fold(stored)[0].strip(), _fold(found)[0].strip()
    if not stored_folded:
        return at_edge
    if from_end:
        agree = _common_suffix(found_folded, stored_folded)
    else:
        agree = _common_prefix(found_folded, stored_folded)
    return agree >= min(_TOUCHING, len(stored_folded))


def _pushed_away(wide: str, stored: str) -> bool:
    return bool(default_process(stored)) and fuzz.partial_ratio(stored, wide, processor=default_process) >= _WHOLE


def _at_start(text: str, start: int) -> bool:
    return start <= 2 * CONTEXT and not text[:start].strip()


def _at_end(text: str, end: int) -> bool:
    return len(text) - end <= 2 * CONTEXT and not text[end:].strip()


def _beyond_chance(similarity: float) -> float:
    return max(0.0, (similarity - _CHANCE) / (1 - _CHANCE))


def _starts_word(text: str, at: int) -> bool:
    return 0 <= at < len(text) and _is_word(text[at]) and (at == 0 or not _is_word(text[at - 1]))


def _ends_word(text: str, at: int) -> bool:
    return 0 < at <= len(text) and _is_word(text[at - 1]) and (at == len(text) or not _is_word(text[at]))


def _is_word(ch: str) -> bool:
    return ch.isalnum()


@lru_cache(maxsize=64)
def _quote_edges(quote: TextQuote) -> tuple[bool, bool]:
    """Whether the quote began and ended at word edges where it was made (a selection of whole words)."""
    made = quote.prefix + quote.exact + quote.suffix
    return _starts_word(made, len(quote.prefix)), _ends_word(made, len(quote.prefix) + len(quote.exact))


def _keeps_word_edges(text: str, start: int, end: int, quote: TextQuote) -> bool:
    """A quote of whole words must not be found inside longer words ("law" in "lawyer")."""
    starts, ends = _quote_edges(quote)
    return (not starts or _starts_word(text, start)) and (not ends or _ends_word(text, end))


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
    selector, _ = _fold(quote.prefix + quote.exact + quote.suffix)
    # Same words with other punctuation, quotes, case or spacing (the site's quote-stripped copies).
    # Every such hit is scored like an exact match: context fit first, nearness to break ties.
    same_words: list[_Candidate] = []
    edited: list[_Candidate] = []
    for lo, hi in windows:
        folded, back = _fold(text[lo:hi])
        hit = folded.find(folded_quote)
        while hit != -1:
            start, end = _widen(text, lo + back[hit], lo + back[hit + len(folded_quote) - 1] + 1, quote.exact)
            if _keeps_word_edges(text, start, end, quote):
                support = _support(text, start, end, quote, 1.0)
                if support.enough(quote):
                    same_words.append(_Candidate(support, -_distance(text, start, near) / 1000, start, end))
            hit = folded.find(folded_quote, hit + 1)
        if same_words or " " not in folded_quote:
            continue  # one word "edited" is another word ("and" in "land"): only found as it was
        # Small edits: where the quote aligns best, and where the quote aligns inside the best
        # alignment of quote and context together (an edited quote may resemble another passage
        # more than itself); each on whole words, judged with its context.
        for dest_start, dest_end in _edited_alignments(folded_quote, selector, folded):
            start, end = _snap_to_words(text, lo + back[dest_start], lo + back[dest_end - 1] + 1, quote, folded_quote)
            if start >= end:
                continue
            similarity = fuzz.ratio(_fold(text[start:end])[0], folded_quote) / 100
            support = _support(text, start, end, quote, similarity)
            if similarity * 100 >= FUZZY_CUTOFF and support.enough(quote, edited=True):
                edited.append(_Candidate(support, -_distance(text, start, near) / 1000, start, end))
    return _choose(same_words) if same_words else _choose(edited)


def _edited_alignments(folded_quote: str, selector: str, folded: str) -> list[tuple[int, int]]:
    """Spans of `folded` where an edited quote may be: its own best alignment, and its alignment
    within the best alignment of the whole selector (context, quote, context)."""
    spans = []
    own = fuzz.partial_ratio_alignment(folded_quote, folded, score_cutoff=FUZZY_CUTOFF)
    if own is not None and own.dest_end > own.dest_start:
        spans.append((own.dest_start, own.dest_end))
    around = fuzz.partial_ratio_alignment(selector, folded, score_cutoff=FUZZY_CUTOFF)
    if around is not None and around.dest_end > around.dest_start:
        inner = fuzz.partial_ratio_alignment(folded_quote, folded[around.dest_start : around.dest_end], score_cutoff=FUZZY_CUTOFF)
        if inner is not None and inner.dest_end > inner.dest_start:
            span = (around.dest_start + inner.dest_start, around.dest_start + inner.dest_end)
            if span not in spans:
                spans.append(span)
    return spans


def _snap_to_words(text: str, start: int, end: int, quote: TextQuote, folded_quote: str) -> tuple[int, int]:
    """Move an alignment's edges out of the middle of words, when the quote was whole words.

    Each cut edge may go to either end of the word it cuts; the pair whose text is most like
    the quote wins, so "ft new Constitution" becomes "draft new Constitution" (and is then judged
    on that) rather than a placement starting mid-word.
    """
    start, end = trim_whitespace(text, start, end)
    starts_word, ends_word = _quote_edges(quote)
    starts, ends = [start], [end]
    if starts_word and not _starts_word(text, start):
        back = start
        while back > 0 and _is_word(text[back - 1]):
            back -= 1
        forward = start
        while forward < len(text) and _is_word(text[forward]):
            forward += 1
        while forward < len(text) and not _is_word(text[forward]):
            forward += 1
        starts = [back, forward]
    if ends_word and not _ends_word(text, end):
        forward = end
        while forward < len(text) and _is_word(text[forward]):
            forward += 1
        back = end
        while back > 0 and _is_word(text[back - 1]):
            back -= 1
        while back > 0 and not _is_word(text[back - 1]):
            back -= 1
        ends = [forward, back]
    pairs = [(s, e) for s in starts for e in ends if s < e]
    if not pairs:
        return start, start
    return max(pairs, key=lambda p: fuzz.ratio(_fold(text[p[0] : p[1]])[0], folded_quote))


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


def trim_whitespace(text: str, start: int, end: int) -> tuple[int, int]:
    """The span without the white space at its ends: what a highlight covers, however it was selected."""
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
