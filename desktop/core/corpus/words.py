"""Words as the full-text index sees them, for sorting concordance lines and counting collocates.

FTS5's unicode61 tokenizer (remove_diacritics 2) makes a word of every run of letters,
digits and private-use characters, combining marks included; it lower-cases, and removes
diacritics from Latin letters only ("Ñandú" is "nandu", but "Йод" stays "йод" and "ёлка"
"ёлка"). `words` and `fold` do the same in Python, so "Конституция" and "КОНСТИТУЦИЯ" sort
and count as one word, as they search as one. Which Latin letters lose what is read off
SQLite's own tokenizer once (`_latin_table`), so the two cannot disagree.
"""

from __future__ import annotations

import re
import sqlite3
from collections import Counter
from functools import cache

# Letters and digits with the combining marks of the common scripts inside them; "_" (a word
# character to Python, a separator to the index) is turned into a space first: one character
# class scans three times faster than an alternation.
_MARKS = "\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u0900-\u0903\u093a-\u094f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f"
_WORD = re.compile(rf"[\w{_MARKS}]+")
_LATIN_MARKS = re.compile(r"(?<=[a-z])[\u0300-\u036f]+")  # diacritics typed as separate marks after a Latin letter
_LATIN = [*range(0xC0, 0x250), *range(0x1E00, 0x1F00)]


@cache
def _latin_table() -> dict[int, str]:
    """Each Latin letter with a diacritic (either case) to what the index makes of it, from SQLite's tokenizer."""
    letters = [chr(c) for c in _LATIN if chr(c).isalpha()]
    conn = sqlite3.connect(":memory:")
    try:
        conn.execute("CREATE VIRTUAL TABLE t USING fts5(x, tokenize = 'unicode61 remove_diacritics 2')")
        conn.execute("CREATE VIRTUAL TABLE w USING fts5vocab(t, 'instance')")
        conn.execute("INSERT INTO t (rowid, x) VALUES (1, ?)", [" ".join(letters)])
        folded = [r[0] for r in conn.execute("SELECT term FROM w ORDER BY offset")]
    finally:
        conn.close()
    if len(folded) != len(letters):  # a tokenizer that splits differently: fold by case alone
        return {}
    return {ord(letter): term for letter, term in zip(letters, folded, strict=True) if term != letter}


def fold_text(text: str) -> str:
    """A text with every word as the index stores it (lengths may change: offsets do not carry over)."""
    return _LATIN_MARKS.sub("", text.translate(_latin_table()).lower())


@cache
def _fold_word(word: str) -> str:
    return fold_text(word)


def fold(word: str) -> str:
    """A word as the index stores it: lower case, diacritics of Latin letters removed."""
    return word.lower() if word.isascii() else _fold_word(word)


def words(text: str) -> list[str]:
    """The words of a text, in order, as written."""
    return _WORD.findall(text.replace("_", " "))


def count_words(text: str) -> int:
    return len(words(text))


def folded_words(text: str) -> list[str]:
    """The words of a text, folded, in order."""
    return _WORD.findall(fold_text(text).replace("_", " "))


def word_counts(text: str) -> Counter[str]:
    return Counter(folded_words(text))


def is_lexical(word: str) -> bool:
    """Whether a folded word holds a letter: numbers are left out of collocate lists."""
    return not word.isdigit() and any(ch.isalpha() for ch in word)
