"""Where two editions of an item diverge: facts stated on one side of an aligned row and not the other.

Editors compare editions to catch a figure changed in translation ("US$200 million" against
"$108 million"), a company dropped, a quotation paraphrased, a negation lost, a sentence left
out. Each row of the parallel alignment (core/alignment.py, parallel_rows) is compared on evidence that
survives translation (core/anchors_text.py):

- numbers, amounts, percentages and dates, by value, across conventions ("1 000,5", "1,000.5",
  "млн", "million", "мың"); an amount also by its currency;
- Latin-script names and acronyms, and URLs: a name in an English edition is found in a
  Cyrillic one by its phonetic key ("Tokayev", "Тоқаев");
- a quotation in quotation marks; a negation (not, не, емес...);
- a sentence or paragraph with no counterpart at all (reported once, not fact by fact).

The rules are conservative, because a drift list full of false alarms is soon ignored: a number
written in words only ever confirms a figure; Cyrillic acronyms and names, which editions
translate (США, АҚШ), are never reported; an English capitalised word that starts a sentence is
reported only if the text uses it as a name elsewhere; a Kazakh negative verb suffix only
confirms a negation. Repeated facts are compared as sets, not counts.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import Enum

from rapidfuzz import fuzz
from sqlite_utils import Database

from desktop.core.alignment import AlignedRow, Unit, align_segments, parallel_rows
from desktop.core.anchors_text import (
    _NOT_NAMES,
    LEGAL_FORMS,
    TRANSLATED_ACRONYMS,
    TRANSLATED_NAMES,
    Anchor,
    AnchorKind,
    detect_language,
    find_anchors,
    fold_for_names,
    name_key,
)
from desktop.core.ids import ArticleId
from desktop.core.reading import display_blocks
from desktop.core.sentences import sentence_spans


class Side(Enum):
    LEFT = "left"
    RIGHT = "right"


class MismatchKind(Enum):
    NUMBER = "number"
    AMOUNT = "amount"
    PERCENT = "percent"
    DATE = "date"
    NAME = "name"
    ACRONYM = "acronym"
    URL = "url"
    QUOTE = "quote"
    NEGATION = "negation"
    SENTENCE = "sentence"  # a sentence with no counterpart in the other edition's row
    PARAGRAPH = "paragraph"  # a whole row with nothing on the other side


@dataclass(frozen=True)
class Mismatch:
    """Something `side` states in aligned row `segment` that the other side's row does not."""

    segment: int
    side: Side
    kind: MismatchKind
    text: str
    start: int  # offsets in that side's text, for jump-to
    end: int


@dataclass(frozen=True)
class DriftReport:
    rows: tuple[AlignedRow, ...]
    mismatches: tuple[Mismatch, ...]

    def in_segment(self, segment: int) -> tuple[Mismatch, ...]:
        return tuple(m for m in self.mismatches if m.segment == segment)

    @property
    def count(self) -> int:
        return len(self.mismatches)


class DriftError(ValueError):
    """An article to compare that is not in the library (or has no text)."""


_NUMERIC = (AnchorKind.NUMBER, AnchorKind.AMOUNT, AnchorKind.PERCENT)
_STOP = _NOT_NAMES | TRANSLATED_NAMES
_KIND = {k: MismatchKind(k.value) for k in AnchorKind if k.value in {m.value for m in MismatchKind}}
_MIN_MISSING_SENTENCE = 25  # characters: shorter leftovers ("Photo: …") are often captions glued on


def drift(left: str, right: str, rows: Sequence[AlignedRow] | None = None) -> DriftReport:
    """The mismatches between two editions, row by row of their alignment (computed unless given)."""
    rows = tuple(rows if rows is not None else parallel_rows(left, right))
    left_language, right_language = detect_language(left), detect_language(right)
    known_left = _checkable_names(left, left_language, right)
    known_right = _checkable_names(right, right_language, left)
    omitted = _omitted_sentences(left, right)
    found: list[Mismatch] = []
    for index, row in enumerate(rows):
        if not row.left_spans or not row.right_spans:
            side, text, spans = (Side.LEFT, left, row.left_spans) if row.left_spans else (Side.RIGHT, right, row.right_spans)
            for start, end in spans:
                found.append(Mismatch(index, side, MismatchKind.PARAGRAPH, text[start:end], start, end))
            continue
        missing = [
            Mismatch(index, side, MismatchKind.SENTENCE, (left if side is Side.LEFT else right)[a:b], a, b)
            for side, a, b in omitted
            if any(start <= a and b <= end for start, end in (row.left_spans if side is Side.LEFT else row.right_spans))
        ]
        found.extend(missing)
        skip = {(m.side, m.start, m.end) for m in missing}
        la = _row_anchors(left, row.left_spans, left_language)
        ra = _row_anchors(right, row.right_spans, right_language)
        found.extend(_compare(index, Side.LEFT, la, ra, right, row.right_spans, left_language, right_language, known_left, skip))
        found.extend(_compare(index, Side.RIGHT, ra, la, left, row.left_spans, right_language, left_language, known_right, skip))
    found.sort(key=lambda m: (m.segment, m.side is Side.RIGHT, m.start))
    return DriftReport(rows, tuple(found))


def article_drift(db: Database, a: ArticleId, b: ArticleId) -> DriftReport:
    """The drift between the newest versions of two articles (a on the left)."""
    return drift(_newest_text(db, a), _newest_text(db, b))


def _newest_text(db: Database, article: ArticleId) -> str:
    row = db.execute("SELECT text FROM versions WHERE article_id = ? ORDER BY id DESC LIMIT 1", [article]).fetchone()
    if row is None:
        raise DriftError(f"No article {article} in the library.")
    return row[0]


def _row_anchors(text: str, spans: Iterable[tuple[int, int]], language: str) -> list[Anchor]:
    out: list[Anchor] = []
    for start, end in spans:
        for a in find_anchors(text[start:end], language).anchors:
            out.append(
                Anchor(
                    a.kind,
                    a.key,
                    a.text,
                    a.start + start,
                    a.end + start,
                    a.readings,
                    a.currency,
                    a.latin,
                    a.spelled,
                    a.sentence_initial,
                )
            )
    return out


def omitted_sentences(left: str, right: str) -> list[tuple[Side, int, int]]:
    """The sentences of either text that the other leaves out: (side, start, end)."""
    return _omitted_sentences(left, right)


def _omitted_sentences(left: str, right: str) -> list[tuple[Side, int, int]]:
    """Sentences that a sentence alignment of the whole texts pairs with nothing on the other side.

    The whole texts, not row by row: over a whole article the aligner measures the editions'
    length ratio and how often they split sentences, and finds omissions far more reliably.
    """
    ls = _all_sentences(left)
    rs = _all_sentences(right)
    out: list[tuple[Side, int, int]] = []
    for bead in align_segments([left[a:b] for a, b in ls], [right[a:b] for a, b in rs], Unit.SENTENCE):
        if bead.shape == (1, 0):
            out.append((Side.LEFT, *ls[bead.left_start]))
        elif bead.shape == (0, 1):
            out.append((Side.RIGHT, *rs[bead.right_start]))
    return [(side, a, b) for side, a, b in out if b - a >= _MIN_MISSING_SENTENCE]


def _all_sentences(text: str) -> list[tuple[int, int]]:
    return [
        (block.start + a, block.start + b)
        for block in display_blocks(text)
        for a, b in sentence_spans(text[block.start : block.end])
    ]


def _compare(
    index: int,
    side: Side,
    mine: list[Anchor],
    theirs: list[Anchor],
    their_text: str,
    their_spans: Sequence[tuple[int, int]],
    my_language: str,
    their_language: str,
    known_names: set[str],
    skip: set[tuple[Side, int, int]],
) -> list[Mismatch]:
    """What my side's row states that theirs does not."""
    skipped = [(a, b) for s, a, b in skip if s is side]

    def inside_skipped(anchor: Anchor) -> bool:
        return any(a <= anchor.start and anchor.end <= b for a, b in skipped)

    values: set[str] = set()
    amounts: dict[str, set[str | None]] = {}
    dates: list[tuple[str, str, str]] = []
    urls: set[str] = set()
    negations = 0
    quotes = 0
    for t in theirs:
        if t.kind in _NUMERIC:
            readings = {r[2:] for r in t.readings} or {t.key[2:]}
            values |= readings
            if t.kind is AnchorKind.AMOUNT:
                for r in readings:
                    amounts.setdefault(r, set()).add(t.currency)
        elif t.kind is AnchorKind.DATE:
            y, m, d = _date_parts(t.key)
            dates.append((y, m, d))
            values.update(v.lstrip("0") or "0" for v in (y, d) if v not in ("????", ""))
        elif t.kind is AnchorKind.URL:
            urls.add(t.key)
        elif t.kind is AnchorKind.NEGATION:
            negations += 1
        elif t.kind is AnchorKind.QUOTE:
            quotes += 1
    their_words = " ".join(their_text[a:b] for a, b in their_spans)
    their_keys = _key_prefixes(their_words)
    their_folded = _folded_words(their_words)
    their_lower = their_words.casefold()

    out: list[Mismatch] = []
    seen: set[tuple[MismatchKind, str]] = set()

    def report(anchor: Anchor, kind: MismatchKind, identity: str) -> None:
        if (kind, identity) in seen or inside_skipped(anchor):
            return
        seen.add((kind, identity))
        out.append(Mismatch(index, side, kind, anchor.text, anchor.start, anchor.end))

    my_negation: Anchor | None = None
    my_quote: Anchor | None = None
    for a in mine:
        if a.kind in _NUMERIC:
            if a.spelled:
                continue
            readings = {r[2:] for r in a.readings} or {a.key[2:]}
            if not readings & values:
                report(a, _KIND[a.kind], a.key)
            elif a.kind is AnchorKind.AMOUNT and a.currency:
                currencies = set().union(*(amounts.get(r, set()) for r in readings))
                if currencies and None not in currencies and a.currency not in currencies:
                    report(a, MismatchKind.AMOUNT, a.key + a.currency)
        elif a.kind is AnchorKind.DATE:
            y, m, d = _date_parts(a.key)
            if not any(_compatible((y, m, d), other) for other in dates) and not (
                d == "" and y.lstrip("0") in values and m == ""
            ):
                report(a, MismatchKind.DATE, a.key)
        elif a.kind is AnchorKind.URL:
            if a.key not in urls:
                report(a, MismatchKind.URL, a.key)
        elif a.kind in (AnchorKind.NAME, AnchorKind.ACRONYM):
            if not _checked_name(a, my_language, their_language, known_names):
                continue
            word = a.text.casefold()
            if word in their_lower or _key_found(a.text, their_keys) or _spelled_alike(a.text, their_folded):
                continue
            report(a, _KIND[a.kind], word)
        elif a.kind is AnchorKind.NEGATION:
            if not a.spelled and my_negation is None:
                my_negation = a
        elif a.kind is AnchorKind.QUOTE and my_quote is None:
            my_quote = a
    if my_negation is not None and negations == 0:
        report(my_negation, MismatchKind.NEGATION, "neg")
    if my_quote is not None and quotes == 0:
        report(my_quote, MismatchKind.QUOTE, "q")
    return out


def _checked_name(anchor: Anchor, my_language: str, their_language: str, checkable: set[str]) -> bool:
    """Whether a name or acronym is one that the other edition should carry, recognisably."""
    if anchor.text.casefold() in LEGAL_FORMS:
        return False
    if my_language != "en":
        return anchor.latin  # a Latin-script word in a Cyrillic edition: a name kept as written
    if anchor.kind is AnchorKind.ACRONYM:
        return their_language == "en" or anchor.text.casefold() not in TRANSLATED_ACRONYMS
    return anchor.text in checkable


_CAPITALISED_RUN = re.compile(r"(?<![\w.])[A-Z][\w'’]*(?:(?:\s+|-)[A-Z][\w'’]*)+")


def _checkable_names(text: str, language: str, other: str) -> set[str]:
    """The names of an English edition that another edition must be expected to carry recognisably.

    Title-case words of institutions' names, demonyms and exonyms are translated ("Emergency
    Situations", "Hungarian", "Turkey"), so a capitalised word outside the stop list counts only
    when it is a proper name beyond doubt: the other edition spells it recognisably somewhere;
    it has an inner capital, a digit or a letter English does not use (EuroBus, A320, Muzsikás);
    it stands in a run of two such words (a person's first and last name); or it stands in a run
    of capitalised words of which another is written the same in the other edition (a company
    kept in Latin: "Meezan Bank Limited"). A capitalised word that starts a sentence counts only
    if the text also uses it mid-sentence.
    """
    if language != "en":
        return set()
    anchors = [
        a for a in find_anchors(text, language).anchors if a.kind is AnchorKind.NAME and a.text.casefold() not in TRANSLATED_NAMES
    ]
    mid_sentence = {a.text for a in anchors if not a.sentence_initial}
    other_folded = other.casefold()
    in_runs: set[str] = set()
    beside_kept: set[str] = set()
    for m in _CAPITALISED_RUN.finditer(text):
        words = re.split(r"\s+|-", m.group(0))
        names = [w for w in words if w.casefold().strip("'’") not in _STOP]
        kept = [w for w in words if re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)", other_folded)]
        if len(names) >= 2 or kept:
            in_runs.update(names)
        if kept:
            beside_kept.update(names)
    other_keys = _key_prefixes(other)
    out = set()
    for a in anchors:
        foreign = any(ch.isupper() or ch.isdigit() or not ch.isascii() for ch in a.text[1:])
        if a.sentence_initial and a.text not in mid_sentence and a.text not in beside_kept and not foreign:
            continue
        if foreign or a.text in in_runs or a.text.casefold() in other_folded or _key_found(a.text, other_keys):
            out.add(a.text)
    return out


def _key_prefixes(text: str) -> set[str]:
    """Every name key of the text's words, with its prefixes of three symbols or more."""
    out: set[str] = set()
    for word in re.findall(r"[^\W\d_]+", text):
        key = name_key(word)
        if key:
            out.update(key[:n] for n in range(2 + (key[0] == "V"), len(key) + 1))
    return out


def _key_found(word: str, prefixes: set[str]) -> bool:
    """Whether the word's key, or its first three symbols, is among the other text's keys and their prefixes."""
    key = name_key(word)
    return key is not None and (key in prefixes or key[: 3 + (key[0] == "V")] in prefixes)


def _folded_words(text: str) -> list[str]:
    return [fold_for_names(w) for w in re.findall(r"[^\W\d_]+", text)]


def _spelled_alike(word: str, folded: list[str]) -> bool:
    """A transliteration close enough letter by letter (Yasawi, Ясауи), where keys lose too much."""
    mine = fold_for_names(word)
    return len(mine) >= 4 and any(fuzz.ratio(mine, other[: len(mine) + 2]) >= 75 for other in folded if other[:1] == mine[:1])


def _date_parts(key: str) -> tuple[str, str, str]:
    parts = key[2:].split("-")
    year = parts[0]
    month = parts[1] if len(parts) > 1 else ""
    day = parts[2] if len(parts) > 2 else ""
    return year, month, day


def _compatible(a: tuple[str, str, str], b: tuple[str, str, str]) -> bool:
    """Two dates that agree wherever both say something (a missing year or day is no disagreement)."""
    return all(x == y or x in ("", "????") or y in ("", "????") for x, y in zip(a, b, strict=True))
