"""A word-by-word diff of two versions of an article, with the differences users ask to ignore.

Every body in the dumps is one long line, so a line diff says only "everything changed". This
diff works on words: a text is cut into word, punctuation and whitespace tokens, each distinct
token (after the chosen ignore options have normalised it) is encoded as one character, and
diff-match-patch diffs the two encoded strings. That is the library's documented
lines-to-chars trick applied to words; its `Diff_Timeout` keeps a 5 MB diff bounded (past the
deadline it returns a valid but less minimal diff), where a hand-written LCS or difflib on a
million tokens would not be.

The ignore options are what make quote-stripped copies (the same article in another section,
its quotation marks removed) compare as equal: with `punctuation` on, punctuation tokens drop
out of the comparison and apostrophes inside words ("Kazakhstan's") are not compared.

Results are character offsets into the two texts as stored, so views can colour them and
scripts can print them (`render_word_diff`, git's `--word-diff` style).
"""

from __future__ import annotations

import re
import time
from bisect import bisect_right
from dataclasses import dataclass
from enum import Enum

from diff_match_patch import diff_match_patch

DIFF_TIMEOUT_S = 2.0
# A changed word pair gets character marks when at least this share of its characters is common;
# below that the words are simply different, and marking letters in them would be noise.
CHAR_MARK_MIN_SIMILARITY = 0.5
CHAR_MARK_MAX_LENGTH = 200

_APOSTROPHES = "'’ʼ"
_TOKEN = re.compile(rf"(\w+(?:[{_APOSTROPHES}]\w+)*)|(\s+)|(.)", re.DOTALL)
_APOSTROPHE_RE = re.compile(f"[{_APOSTROPHES}]")
_NON_SPACE = re.compile(r"\S+")
_BARE_WORD = re.compile(r"\w+")
_WORD_OR_MARK = re.compile(rf"\w+(?:[{_APOSTROPHES}]\w+)*|[^\w\s]")
# Where a sentence ends: a stop, then any closing quotes or brackets, then whitespace; or a line break.
_SENTENCE_END = re.compile(r"[.!?…;]+[\"'”’»)\]]*\s+|\n\s*")


class TokenKind(Enum):
    WORD = "word"
    PUNCTUATION = "punctuation"  # and symbols: one character each
    SPACE = "space"


@dataclass(frozen=True)
class Token:
    kind: TokenKind
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class IgnoreOptions:
    """Differences that do not count. Whitespace and case are what they say; punctuation covers
    quotation marks, apostrophes, dashes and every other non-word, non-space character."""

    punctuation: bool = False
    case: bool = False
    whitespace: bool = False

    NAMES = ("punctuation", "case", "whitespace")

    @classmethod
    def parse(cls, text: str) -> IgnoreOptions:
        """From a comma-separated list such as "punctuation,case"; raises ValueError on an unknown name."""
        names = {n.strip().lower() for n in text.split(",") if n.strip()}
        unknown = names - set(cls.NAMES)
        if unknown:
            raise ValueError(f"unknown ignore option {', '.join(sorted(unknown))}; choose from {', '.join(cls.NAMES)}")
        return cls(punctuation="punctuation" in names, case="case" in names, whitespace="whitespace" in names)

    def describe(self) -> str:
        return ", ".join(n for n in self.NAMES if getattr(self, n)) or "nothing"


class ChangeKind(Enum):
    INSERT = "insert"  # only in the new text
    DELETE = "delete"  # only in the old text
    REPLACE = "replace"  # different text on both sides


@dataclass(frozen=True)
class Span:
    start: int
    end: int

    def __len__(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Change:
    """One difference: where it is in each text (an empty span marks where text is missing)."""

    kind: ChangeKind
    old: Span
    new: Span
    old_words: int  # word tokens on each side
    new_words: int
    # Within a changed word, the characters that differ (absolute offsets); empty: the whole span differs.
    old_marks: tuple[Span, ...] = ()
    new_marks: tuple[Span, ...] = ()

    @property
    def words(self) -> int:
        """Words changed: "a b" → "c d e" is three."""
        return max(self.old_words, self.new_words)


@dataclass(frozen=True)
class WordDiff:
    old_text: str
    new_text: str
    ignore: IgnoreOptions
    changes: tuple[Change, ...]
    # (old, new) offsets of the first unchanged token after each change, where the texts fall in step again.
    anchors: tuple[tuple[int, int], ...] = ()

    @property
    def words_changed(self) -> int:
        return sum(c.words for c in self.changes)

    def map_old_to_new(self, offset: int) -> int:
        """Where an offset of the old text falls in the new text (for scrolling the two together)."""
        return self._mapper(old_side=True).map(offset)

    def map_new_to_old(self, offset: int) -> int:
        return self._mapper(old_side=False).map(offset)

    def _mapper(self, *, old_side: bool) -> _OffsetMap:
        cache = self.__dict__.setdefault("_mappers", {})  # frozen, but a cache is not state
        if old_side not in cache:
            pick = (lambda pair: pair) if old_side else (lambda pair: (pair[1], pair[0]))
            cache[old_side] = _OffsetMap(
                [pick((c.old, c.new)) for c in self.changes],
                [pick(a) for a in self.anchors],
                len(self.new_text if old_side else self.old_text),
            )
        return cache[old_side]


class _OffsetMap:
    """Maps offsets of one text to the other: inside a change to its start there, elsewhere by
    the distance from the last point where the two texts were in step."""

    def __init__(self, changes: list[tuple[Span, Span]], anchors: list[tuple[int, int]], other_length: int) -> None:
        self._changes = changes
        self._change_starts = [here.start for here, _ in changes]
        self._anchors = anchors
        self._anchor_starts = [here for here, _ in anchors]
        self._other_length = other_length

    def map(self, offset: int) -> int:
        k = bisect_right(self._change_starts, offset) - 1
        if k >= 0 and offset < self._changes[k][0].end:
            return self._changes[k][1].start
        m = bisect_right(self._anchor_starts, offset) - 1
        if k >= 0 and (m < 0 or self._anchor_starts[m] < self._changes[k][0].end):
            here, there = self._changes[k]
            return max(0, min(self._other_length, there.end + (offset - here.end)))
        if m < 0:
            return max(0, min(self._other_length, offset))
        here_at, there_at = self._anchors[m]
        return max(0, min(self._other_length, there_at + (offset - here_at)))


def same_when_ignoring(old: str, new: str, ignore: IgnoreOptions) -> bool:
    """Whether `word_diff(old, new, ignore)` finds no change, answered quickly for the usual cases.

    Classification runs on every new version at import, so it must not pay for a word diff when
    a version differs only in spacing or punctuation, however long the text."""
    if old == new:
        return True
    if ignore.whitespace and not ignore.case:
        if not ignore.punctuation and "".join(old.split()) != "".join(new.split()):
            return False  # the words and marks, run together, differ: so do their lists (a C-speed answer)
        if ignore.punctuation:
            return _BARE_WORD.findall(_APOSTROPHE_RE.sub("", old)) == _BARE_WORD.findall(_APOSTROPHE_RE.sub("", new))
        return _WORD_OR_MARK.findall(old) == _WORD_OR_MARK.findall(new)
    return not word_diff(old, new, ignore).changes


def tokenize(text: str) -> list[Token]:
    """Words (letters and digits, with apostrophes inside: "Kazakhstan's"), runs of whitespace, and
    every other character as a punctuation token of its own. The tokens cover the text exactly."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        kind = TokenKind.WORD if m.group(1) else TokenKind.SPACE if m.group(2) else TokenKind.PUNCTUATION
        tokens.append(Token(kind, m.start(), m.end(), m.group()))
    return tokens


@dataclass
class _Units:
    """The word and punctuation tokens that take part in the comparison: keys (normalised text) and spans.

    Whitespace is never a unit: it is compared separately, as the gap before each pair of equal
    units, so a changed space never splits or merges the word changes around it.
    """

    keys: list[str]
    starts: list[int]
    ends: list[int]
    words: list[bool]


def _units(text: str, ignore: IgnoreOptions) -> _Units:
    units = _Units([], [], [], [])
    keys, starts, ends, words = units.keys, units.starts, units.ends, units.words
    for m in _TOKEN.finditer(text):
        kind = m.lastindex  # 1 word, 2 whitespace, 3 punctuation
        if kind == 2 or (kind == 3 and ignore.punctuation):
            continue
        key = m.group()
        if kind == 1:
            if ignore.punctuation and not key.isalnum():
                key = _APOSTROPHE_RE.sub("", key)
            if ignore.case:
                key = key.casefold()
        start, end = m.span()
        keys.append(key)
        starts.append(start)
        ends.append(end)
        words.append(kind == 1)
    return units


def _gap_key(gap: str, ignore: IgnoreOptions) -> str:
    """The whitespace between two compared tokens. Around ignored punctuation (" – " where the
    dash is ignored) only the first run of whitespace counts, so dropping the dash with one of
    its spaces is no difference."""
    if not ignore.punctuation:
        return gap
    return next((piece for piece in _NON_SPACE.split(gap) if piece), "")


def _encode(old: list[str], new: list[str]) -> tuple[str, str]:
    """One character per distinct key, as diff-match-patch's lines-to-chars does for lines."""
    codes: dict[str, str] = {}

    def code(key: str) -> str:
        found = codes.get(key)
        if found is None:
            n = len(codes) + 1
            if n >= 0xD800:  # skip the surrogate block
                n += 0x800
            # More distinct tokens than code points (over a million) share codes: that can only
            # hide differences between words that never occur in ordinary prose.
            found = chr(min(n, 0x10FFFF))
            codes[key] = found
        return found

    return "".join(code(k) for k in old), "".join(code(k) for k in new)


def word_diff(
    old: str,
    new: str,
    ignore: IgnoreOptions = IgnoreOptions(),  # noqa: B008
    *,
    timeout: float = DIFF_TIMEOUT_S,
    char_marks: bool = True,  # False when only the changes (and word counts) matter, as in classify(): three times faster
) -> WordDiff:
    """Diff two texts word by word; the result's changes are in text order on both sides.

    Two levels, as diff-match-patch's own line mode: sentences first, compared by their words
    alone (case, punctuation and spacing left out), then word by word inside each pair of
    sentences that differ at all, and inside each run of sentences that were edited, added or
    removed. A quote-stripped 5 MB copy thus costs one cheap sentence diff plus many tiny word
    diffs, instead of one word diff with a difference every few dozen words, which no diff
    algorithm does quickly. Past `timeout` seconds, what is left is compared coarsely.
    """
    deadline = time.time() + timeout
    old_segments, new_segments = _segments(old), _segments(new)
    encoded_a, encoded_b = _encode([k for *_, k in old_segments], [k for *_, k in new_segments])
    diffs = diff_match_patch().diff_main(encoded_a, encoded_b, checklines=False, deadline=deadline)
    changes: list[Change] = []
    anchors: list[tuple[int, int]] = []
    done = [0, 0]  # how far each text has been compared: regions follow each other without gaps

    def compare(a_end: int, b_end: int) -> None:
        a0, b0 = done
        if old[a0:a_end] != new[b0:b_end]:
            found, resync = _unit_diff(old[a0:a_end], new[b0:b_end], ignore, deadline, char_marks)
            changes.extend(_shift(c, a0, b0) for c in found)
            anchors.extend((x + a0, y + b0) for x, y in resync)
        done[:] = [a_end, b_end]

    i = j = 0
    deleted = inserted = 0
    for n, (op, chars) in enumerate([*diffs, (0, "")]):
        if op == -1:
            deleted += len(chars)
        elif op == 1:
            inserted += len(chars)
        else:
            if deleted or inserted:
                i, j = i + deleted, j + inserted
                compare(old_segments[i - 1][1] if i else 0, new_segments[j - 1][1] if j else 0)
                deleted = inserted = 0
            # The space after a sentence that an edit follows goes with the edit, so that
            # "Third." → "Third. Fourth." is one insertion, and "\n" → " " before an edited
            # sentence is still seen.
            before_change = n + 1 < len(diffs)
            for k in range(len(chars)):
                (_, a_end, a_core, _), (_, b_end, b_core, _) = old_segments[i], new_segments[j]
                if before_change and k == len(chars) - 1:
                    compare(a_core, b_core)
                else:
                    compare(a_end, b_end)
                i, j = i + 1, j + 1
    return WordDiff(old, new, ignore, tuple(changes), tuple(anchors))


def _segments(text: str) -> list[tuple[int, int, int, str]]:
    """Sentences with the whitespace after them, covering the text: (start, end, end without the
    whitespace, the bare words as key)."""
    bounds = [0, *(m.end() for m in _SENTENCE_END.finditer(text))]
    if bounds[-1] != len(text):
        bounds.append(len(text))
    segments = []
    for start, end in zip(bounds, bounds[1:], strict=False):
        piece = text[start:end]
        words = _BARE_WORD.findall(_APOSTROPHE_RE.sub("", piece))
        segments.append((start, end, start + len(piece.rstrip()), " ".join(words).casefold()))
    return segments


def _shift(change: Change, da: int, db: int) -> Change:
    def move(spans: tuple[Span, ...], d: int) -> tuple[Span, ...]:
        return tuple(Span(s.start + d, s.end + d) for s in spans)

    return Change(
        change.kind,
        Span(change.old.start + da, change.old.end + da),
        Span(change.new.start + db, change.new.end + db),
        change.old_words,
        change.new_words,
        move(change.old_marks, da),
        move(change.new_marks, db),
    )


def _unit_diff(
    old: str, new: str, ignore: IgnoreOptions, deadline: float, char_marks: bool = True
) -> tuple[list[Change], list[tuple[int, int]]]:
    """The word-level diff of two (short) texts, and where they fall in step after each change."""
    a, b = _units(old, ignore), _units(new, ignore)
    encoded_a, encoded_b = _encode(a.keys, b.keys)
    dmp = diff_match_patch()
    # Past the deadline diff-match-patch still returns a valid diff, only a coarse one.
    diffs = dmp.diff_main(encoded_a, encoded_b, checklines=False, deadline=max(deadline, time.time() + 0.05))
    diffs = _merge_split_changes(diffs)
    changes: list[Change] = []
    anchors: list[tuple[int, int]] = []
    i = j = 0
    deleted = inserted = 0
    for op, chars in diffs:
        if op == -1:
            deleted += len(chars)
        elif op == 1:
            inserted += len(chars)
        else:
            # The whitespace before each pair of equal tokens, except where it borders a change.
            first = 0
            if deleted or inserted:
                changes.append(_change(old, new, a, b, i, i + deleted, j, j + inserted, char_marks))
                i, j = i + deleted, j + inserted
                deleted = inserted = 0
                first = 1
                anchors.append((a.starts[i], b.starts[j]))
            if not ignore.whitespace and _spacing_differs(old, new, a, b, i, j, len(chars)):
                for k in range(first, len(chars)):
                    _space_change(old, new, a, b, i + k, j + k, ignore, changes)
            i, j = i + len(chars), j + len(chars)
    if deleted or inserted:
        changes.append(_change(old, new, a, b, i, i + deleted, j, j + inserted, char_marks))
    elif not ignore.whitespace:
        _space_change(old, new, a, b, i, j, ignore, changes)  # after the last tokens
    return changes, anchors


def _merge_split_changes(diffs: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Join two changes separated by fewer unchanged words than either has, as a reader sees a
    rewritten sentence: "the cat sat on the mat" → "a dog lay on a rug" is one change, not two
    around a matching "on". (diff-match-patch's own semantic cleanup also joins changes around
    an equally long match, which would merge "colour of 2025" → "color of 2026" into one.)"""
    blocks: list[list[str]] = []  # [deleted, inserted] for a change, [unchanged] for a match
    for op, text in diffs:
        if op == 0:
            blocks.append([text])
        elif blocks and len(blocks[-1]) == 2:
            blocks[-1][0 if op == -1 else 1] += text
        else:
            blocks.append([text, ""] if op == -1 else ["", text])
    stack: list[list[str]] = []
    for block in blocks:
        stack.append(block)
        while len(stack) >= 3 and len(stack[-1]) == 2 and len(stack[-2]) == 1 and len(stack[-3]) == 2:
            after, (same,), before = stack[-1], stack[-2], stack[-3]
            if len(same) >= max(map(len, before)) or len(same) >= max(map(len, after)):
                break
            del stack[-3:]
            stack.append([before[0] + same + after[0], before[1] + same + after[1]])
    out: list[tuple[int, str]] = []
    for block in stack:
        if len(block) == 1:
            out.append((0, block[0]))
        else:
            out.extend((op, text) for op, text in ((-1, block[0]), (1, block[1])) if text)
    return out


def _spacing_differs(old: str, new: str, a: _Units, b: _Units, i: int, j: int, length: int) -> bool:
    """Whether a run of equal tokens may hide a change of spacing: not when its text is the same."""
    a0 = a.ends[i - 1] if i else 0
    b0 = b.ends[j - 1] if j else 0
    return old[a0 : a.ends[i + length - 1]] != new[b0 : b.ends[j + length - 1]]


def _space_change(old: str, new: str, a: _Units, b: _Units, i: int, j: int, ignore: IgnoreOptions, out: list[Change]) -> None:
    """A change when the whitespace before units a[i] and b[j] (or after the last ones) differs."""
    old_gap = Span(a.ends[i - 1] if i else 0, a.starts[i] if i < len(a.starts) else len(old))
    new_gap = Span(b.ends[j - 1] if j else 0, b.starts[j] if j < len(b.starts) else len(new))
    x, y = old[old_gap.start : old_gap.end], new[new_gap.start : new_gap.end]
    if x == y or _gap_key(x, ignore) == _gap_key(y, ignore):
        return
    kind = ChangeKind.REPLACE if x and y else ChangeKind.DELETE if x else ChangeKind.INSERT
    out.append(Change(kind, old_gap, new_gap, 0, 0))


def _change(old: str, new: str, a: _Units, b: _Units, i0: int, i1: int, j0: int, j1: int, char_marks: bool = True) -> Change:
    old_span = Span(a.starts[i0], a.ends[i1 - 1]) if i1 > i0 else None
    new_span = Span(b.starts[j0], b.ends[j1 - 1]) if j1 > j0 else None
    if old_span is None:
        assert new_span is not None
        old_span = _gap(a, i0, len(old), attached=_attached(new, new_span))
    if new_span is None:
        new_span = _gap(b, j0, len(new), attached=_attached(old, old_span))
    kind = ChangeKind.REPLACE if i1 > i0 and j1 > j0 else ChangeKind.DELETE if i1 > i0 else ChangeKind.INSERT
    old_marks: tuple[Span, ...] = ()
    new_marks: tuple[Span, ...] = ()
    if kind is ChangeKind.REPLACE and char_marks:
        old_marks, new_marks = _char_marks(old, new, old_span, new_span)
    return Change(kind, old_span, new_span, sum(a.words[i0:i1]), sum(b.words[j0:j1]), old_marks, new_marks)


def _attached(text: str, span: Span) -> bool:
    """Whether a change is glued to the word before it, as a closing quotation mark is."""
    return span.start > 0 and not text[span.start - 1].isspace()


def _gap(units: _Units, index: int, length: int, *, attached: bool) -> Span:
    """The empty span where missing text would go: right after the previous compared token when
    the text is glued to it on the other side ("law," → "law,\""), else before the next one."""
    if attached and index > 0:
        position = units.ends[index - 1]
    else:
        position = units.starts[index] if index < len(units.starts) else length
    return Span(position, position)


def _char_marks(old: str, new: str, old_span: Span, new_span: Span) -> tuple[tuple[Span, ...], tuple[Span, ...]]:
    x, y = old[old_span.start : old_span.end], new[new_span.start : new_span.end]
    if len(x) > CHAR_MARK_MAX_LENGTH or len(y) > CHAR_MARK_MAX_LENGTH:
        return (), ()
    diffs = diff_match_patch().diff_main(x, y, checklines=False)
    common = sum(len(t) for op, t in diffs if op == 0)
    if common < CHAR_MARK_MIN_SIMILARITY * max(len(x), len(y)):
        return (), ()
    old_marks: list[Span] = []
    new_marks: list[Span] = []
    i = j = 0
    for op, text in diffs:
        if op == -1:
            old_marks.append(Span(old_span.start + i, old_span.start + i + len(text)))
            i += len(text)
        elif op == 1:
            new_marks.append(Span(new_span.start + j, new_span.start + j + len(text)))
            j += len(text)
        else:
            i += len(text)
            j += len(text)
    return tuple(old_marks), tuple(new_marks)


def render_word_diff(diff: WordDiff) -> str:
    """git's `--word-diff=plain` style: unchanged text from the new side, `[-old-]` and `{+new+}`."""
    out: list[str] = []
    cursor = 0
    for change in diff.changes:
        context = diff.new_text[cursor : change.new.start]
        if len(change.old):
            out.append(f"{context}[-{diff.old_text[change.old.start : change.old.end]}-]")
        if len(change.new):
            out.append(f"{'' if len(change.old) else context}{{+{diff.new_text[change.new.start : change.new.end]}+}}")
        cursor = change.new.end
        if change.kind is not ChangeKind.REPLACE:
            # The space that went with a deleted (or came with an inserted) word keeps the words apart.
            side, span = (diff.old_text, change.old) if change.kind is ChangeKind.DELETE else (diff.new_text, change.new)
            follows = side[span.end : span.end + 1]
            after = diff.new_text[cursor : cursor + 1]
            if follows.isspace() and after and not after.isspace():
                out.append(follows)
    out.append(diff.new_text[cursor:])
    return "".join(out)
