"""How a version differs from the article's base version: identical, spacing, punctuation, or edited.

Most versions in the dumps are the same article printed again with its quotation marks
stripped, and a reader wants to skip those and find the real edits. So every version is
classified against its article's first version when it is imported, and the class is stored
(`versions.change_class`, `versions.words_changed`): the article list's marker and the
sidebar's "Edited" entry read a column, never a diff. Against any other base, which the user
can pick in the versions panel, `classify` runs on the fly for one article's versions.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import Enum

from sqlite_utils import Database

from desktop.core.articles import Version
from desktop.core.ids import ArticleId, VersionId
from desktop.core.word_diff import IgnoreOptions, WordDiff, same_when_ignoring, word_diff

_SPACING = IgnoreOptions(whitespace=True)
_SPACING_AND_PUNCTUATION = IgnoreOptions(punctuation=True, whitespace=True)


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
    if same_when_ignoring(base, other, _SPACING):
        return Classification(ChangeClass.WHITESPACE)
    if same_when_ignoring(base, other, _SPACING_AND_PUNCTUATION):
        return Classification(ChangeClass.PUNCTUATION)
    words = word_diff(base, other, _SPACING_AND_PUNCTUATION, char_marks=False).words_changed
    return Classification(ChangeClass.EDITED, max(1, words))


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
