"""How a version differs from the article's base version: identical, spacing, punctuation, or edited.

Most versions in the dumps are the same article printed again with its quotation marks
stripped, and a reader wants to skip those and find the real edits. So every version is
classified against its article's first version when it is imported, and the class is stored
(`versions.change_class`, `versions.words_changed`): the article list's marker and the
sidebar's "Edited" entry read a column, never a diff. Against any other base, which the user
can pick in the versions panel, `classify` runs on the fly for one article's versions.

Classifying is on the import's path, once per new version, so it costs string comparisons, not
a diff: "identical" and "whitespace only" compare the texts, "punctuation only" compares their
words. Only a real edit is diffed, and then on word tokens with rapidfuzz's C implementation of
the LCS (insert/delete) edit script: the same edit model as the compare view's diff-match-patch,
which stays character-level for display (word_diff.py) but costs a hundred times more.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum
from typing import TYPE_CHECKING

from rapidfuzz.distance import Indel

from desktop.core.ids import ArticleId, VersionId
from desktop.core.word_diff import IgnoreOptions, WordDiff, same_when_ignoring, word_diff

if TYPE_CHECKING:  # the import's parse workers classify too, and need neither at run time
    from sqlite_utils import Database

    from desktop.core.articles import Version

_SPACING = IgnoreOptions(whitespace=True)

# Words as the compare view sees them with punctuation and spacing ignored: runs of letters and
# digits, apostrophes inside a word dropped ("Kazakhstan's" is "Kazakhstans"), case kept.
_WORD = re.compile(r"\w+")
_ASCII_NON_WORD = bytes(c for c in range(128) if not (chr(c).isalnum() or chr(c) == "_"))
_ASCII_WORD_BREAKS = bytes.maketrans(_ASCII_NON_WORD, b" " * len(_ASCII_NON_WORD))
_ASCII_SPACE = bytes(c for c in range(128) if chr(c).isspace())  # what str.split() splits on
# Where the edit count first pairs up sentences, for texts too long to diff word by word at once.
_SENTENCE_END = re.compile(r"(?<=[.!?…;])\s+|\n")
# Past this many token pairs (the LCS costs len(a) * len(b) / 64 machine words of work) a text is
# diffed by sentences first, as word_diff does; a 4 KB body is some 700 words, far below it.
FLAT_DIFF_MAX_PAIRS = 40_000_000


class ChangeClass(Enum):
    """From least to most different; the values are what the library stores."""

    IDENTICAL = "identical"
    WHITESPACE = "whitespace"
    PUNCTUATION = "punctuation"
    EDITED = "edited"

    @property
    def rank(self) -> int:
        return list(ChangeClass).index(self)


@dataclass(frozen=True)
class Classification:
    change_class: ChangeClass
    words_changed: int = 0  # counted ignoring punctuation and spacing; 0 unless edited

    @property
    def label(self) -> str:
        if self.change_class is ChangeClass.EDITED:
            return f"edited, {self.words_changed} word{'s' * (self.words_changed != 1)} changed"
        return {
            ChangeClass.IDENTICAL: "identical text",
            ChangeClass.WHITESPACE: "whitespace only",
            ChangeClass.PUNCTUATION: "punctuation/quotes only",
        }[self.change_class]


def classify(base: str, other: str) -> Classification:
    """The smallest class that explains every difference between two texts."""
    if base == other:
        return Classification(ChangeClass.IDENTICAL)
    old, new = words(base), words(other)
    if old == new:
        # Spacing and punctuation are all that differ: which of the two?
        if _same_but_spacing(base, other):
            return Classification(ChangeClass.WHITESPACE)
        return Classification(ChangeClass.PUNCTUATION)
    if len(old) * len(new) <= FLAT_DIFF_MAX_PAIRS:
        changed = _words_changed(old, new)
    else:
        changed = _words_changed_by_sentence(base, other)
    return Classification(ChangeClass.EDITED, max(1, changed))


def words(text: str) -> list[str]:
    """The text's words with punctuation, apostrophes and spacing left out, case kept."""
    if text.isascii():
        # The same words at C speed: one byte table instead of the regex engine (some 7× faster).
        return text.encode("ascii").translate(_ASCII_WORD_BREAKS, b"'").decode("ascii").split()
    return _WORD.findall(text.replace("'", "").replace("\u2019", "").replace("\u02bc", ""))


def _same_but_spacing(base: str, other: str) -> bool:
    if base.isascii() and other.isascii():
        # Most copies lost their quotation marks, which this tells at C speed: deleting the
        # whitespace (what str.split() splits on) leaves different bytes.
        if base.encode("ascii").translate(None, _ASCII_SPACE) != other.encode("ascii").translate(None, _ASCII_SPACE):
            return False
    return same_when_ignoring(base, other, _SPACING)


def _words_changed(old: Sequence[str], new: Sequence[str]) -> int:
    """Words changed between two word lists, counted as the compare view counts them.

    A change is a run of deleted and inserted words between two matches, and counts the larger
    side ("a b" → "c d e" is three). Two changes with fewer matching words between them than
    either change has are one rewritten passage, as in word_diff's `_merge_split_changes`:
    "the cat sat on the mat" → "a dog lay on a rug" is six words, not the five around "on".
    """
    blocks: list[tuple[int, int] | int] = []  # (deleted, inserted) for a change, an int for a match
    for tag, a0, a1, b0, b1 in Indel.opcodes(old, new).as_list():
        if tag == "equal":
            blocks.append(a1 - a0)
        elif blocks and isinstance(blocks[-1], tuple):
            deleted, inserted = blocks[-1]
            blocks[-1] = (deleted + a1 - a0, inserted + b1 - b0)
        else:
            blocks.append((a1 - a0, b1 - b0))
    stack: list[tuple[int, int] | int] = []
    for block in blocks:
        stack.append(block)
        while len(stack) >= 3 and isinstance(stack[-1], tuple) and isinstance(stack[-3], tuple):
            after, same, before = stack[-1], stack[-2], stack[-3]
            assert isinstance(same, int)
            if same >= max(before) or same >= max(after):
                break
            del stack[-3:]
            stack.append((before[0] + same + after[0], before[1] + same + after[1]))
    return sum(max(block) for block in stack if isinstance(block, tuple))


def _words_changed_by_sentence(base: str, other: str) -> int:
    """The edit count of two long texts: sentences paired first, then words within each run of
    sentences that differ, as the compare view's diff does. A run still too long to diff word by
    word counts as wholly rewritten (its larger side), as a diff past its deadline would."""
    old = [words(s) for s in _SENTENCE_END.split(base)]
    new = [words(s) for s in _SENTENCE_END.split(other)]
    keys: dict[tuple[str, ...], int] = {}
    old_keys = [keys.setdefault(tuple(s), len(keys)) for s in old]
    new_keys = [keys.setdefault(tuple(s), len(keys)) for s in new]
    runs: list[list[int]] = []  # [a0, a1, b0, b1] of each run of differing sentences
    for tag, a0, a1, b0, b1 in Indel.opcodes(old_keys, new_keys).as_list():
        if tag == "equal":
            runs.append([])
        elif runs and runs[-1]:
            runs[-1][1], runs[-1][3] = a1, b1
        else:
            runs.append([a0, a1, b0, b1])
    changed = 0
    for a0, a1, b0, b1 in filter(None, runs):
        a = [w for sentence in old[a0:a1] for w in sentence]
        b = [w for sentence in new[b0:b1] for w in sentence]
        changed += _words_changed(a, b) if len(a) * len(b) <= FLAT_DIFF_MAX_PAIRS else max(len(a), len(b))
    return changed


def classify_versions(versions: Sequence[Version], base: VersionId) -> dict[VersionId, Classification]:
    """Every version of one article against the chosen base (the base itself is identical)."""
    base_text = next(v.text for v in versions if v.id == base)
    return {v.id: classify(base_text, v.text) for v in versions}


def stored_classes(db: Database, article: ArticleId) -> dict[VersionId, Classification | None]:
    """Each version's stored class against the article's first version (None for the first)."""
    return {
        VersionId(r[0]): Classification(ChangeClass(r[1]), r[2] or 0) if r[1] else None
        for r in db.execute("SELECT id, change_class, words_changed FROM versions WHERE article_id = ? ORDER BY id", [article])
    }


def backfill_change_classes(db: Database) -> int:
    """Classify every version that is not its article's first and has no class yet; returns how many."""
    rows = db.execute(
        "SELECT v.id, v.text, b.text FROM versions v"
        " JOIN versions b ON b.id = (SELECT min(id) FROM versions WHERE article_id = v.article_id)"
        " WHERE v.id <> b.id AND v.change_class IS NULL"
    ).fetchall()
    for version, text, base in rows:
        result = classify(base, text)
        db.execute(
            "UPDATE versions SET change_class = ?, words_changed = ? WHERE id = ?",
            [result.change_class.value, result.words_changed, version],
        )
    return len(rows)


# The strongest class among an article's versions, for the article list: SQL over `articles a`.
STRONGEST_CLASS_SQL = (
    "(SELECT max(CASE v.change_class WHEN 'edited' THEN 3 WHEN 'punctuation' THEN 2 WHEN 'whitespace' THEN 1"
    " WHEN 'identical' THEN 0 END) FROM versions v WHERE v.article_id = a.id)"
)
MOST_WORDS_CHANGED_SQL = "(SELECT max(v.words_changed) FROM versions v WHERE v.article_id = a.id)"
EDITED_WHERE_SQL = "a.id IN (SELECT v.article_id FROM versions v WHERE v.change_class = 'edited')"


def class_from_rank(rank: int | None) -> ChangeClass | None:
    return None if rank is None else _CLASSES_BY_RANK[rank]


_CLASSES_BY_RANK = tuple(ChangeClass)  # built once: the article list asks for every row it shows


class CompareError(ValueError):
    """The article or a version to compare is not in the library; the message says which."""


@dataclass(frozen=True)
class VersionComparison:
    article: ArticleId
    old: VersionId
    new: VersionId
    diff: WordDiff
    classification: Classification  # of the new version against the old, whatever was ignored in the diff


def compare_versions(
    db: Database,
    article: ArticleId,
    old: VersionId | None = None,
    new: VersionId | None = None,
    ignore: IgnoreOptions = IgnoreOptions(),  # noqa: B008
) -> VersionComparison:
    """Word-diff two versions of an article: by default its first (the base) and its newest."""
    rows = db.execute("SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [article]).fetchall()
    if not rows:
        exists = db.execute("SELECT 1 FROM articles WHERE id = ?", [article]).fetchone()
        raise CompareError(f"article {article} has no stored text" if exists else f"there is no article {article}")
    texts = {VersionId(r[0]): r[1] for r in rows}
    old = VersionId(rows[0][0]) if old is None else old
    new = VersionId(rows[-1][0]) if new is None else new
    for version in (old, new):
        if version not in texts:
            known = ", ".join(str(v) for v in texts)
            raise CompareError(f"article {article} has no version {version}; its versions are {known}")
    diff = word_diff(texts[old], texts[new], ignore)
    return VersionComparison(article, old, new, diff, classify(texts[old], texts[new]))
