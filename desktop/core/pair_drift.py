"""The drift between two editions as the user left it: their corrected rows, less what they accepted.

`pair_drift` is what the parallel view shows: the rows of the pair with the user's corrections
(core/alignment_corrections.py), the drift check run on those rows (core/drift.py), and the
mismatches split into those still to look at and those accepted as fine
(core/drift_acceptance.py). `article_drift_counts` is the article list's Drift column: for each
article that has translations, how many mismatches remain against each of them. Both read the
newest version of each article; `articles_drift` is `qalam drift`, so the command line agrees with
the window.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.alignment import parallel_rows
from desktop.core.alignment_corrections import PairAlignment, apply_corrections, pair_alignment
from desktop.core.anchors_text import detect_language
from desktop.core.drift import DriftError, Mismatch, drift
from desktop.core.drift_acceptance import accepted_keys, split_accepted
from desktop.core.ids import ArticleId
from desktop.core.translations import translations_of

LABEL_CHARS = 2000  # of a text, to tell its language


@dataclass(frozen=True)
class PairDrift:
    alignment: PairAlignment
    mismatches: tuple[Mismatch, ...]  # still to look at, in row order
    accepted: tuple[Mismatch, ...]  # accepted as fine

    def in_row(self, row: int) -> tuple[Mismatch, ...]:
        return tuple(m for m in self.mismatches if m.segment == row)


@dataclass(frozen=True)
class TranslationDrift:
    article: ArticleId
    label: str  # the translation's language ("RU"), or "linked"
    count: int


@dataclass(frozen=True)
class ArticleDrift:
    """An article's open mismatches against each of its translations."""

    article: ArticleId
    translations: tuple[TranslationDrift, ...]

    @property
    def total(self) -> int:
        return sum(t.count for t in self.translations)


def pair_drift(db: Database, left: ArticleId, right: ArticleId, left_text: str, right_text: str) -> PairDrift:
    """Drift between two texts of two articles, on the pair's corrected rows, accepted mismatches set apart."""
    alignment = pair_alignment(db, left, right, left_text, right_text)
    report = drift(left_text, right_text, alignment.rows)
    still, accepted = split_accepted(report.mismatches, accepted_keys(db, left, right))
    return PairDrift(alignment, still, accepted)


def articles_drift(db: Database, left: ArticleId, right: ArticleId) -> PairDrift:
    """The drift between the newest versions of two articles as the user left it (`qalam drift`)."""
    texts = []
    for article in (left, right):
        text = newest_text(db, article)
        if text is None:
            raise DriftError(f"No article {article} in the library.")
        texts.append(text)
    if left == right:
        alignment = apply_corrections(texts[0], texts[1], parallel_rows(texts[0], texts[1]), ())
        return PairDrift(alignment, drift(texts[0], texts[1], alignment.rows).mismatches, ())
    return pair_drift(db, left, right, texts[0], texts[1])


def newest_text(db: Database, article: ArticleId) -> str | None:
    row = db.execute("SELECT text FROM versions WHERE article_id = ? ORDER BY id DESC LIMIT 1", [article]).fetchone()
    return row[0] if row is not None else None


def edition_label(lang: str | None, text: str) -> str:
    """What names an edition in a sentence or a badge: its language, from its URL's `lang` or else from its letters ("RU")."""
    return lang.upper() if lang else detect_language(text[:LABEL_CHARS]).upper()


def article_drift_counts(db: Database, articles: Iterable[ArticleId]) -> dict[ArticleId, ArticleDrift | None]:
    """For each article, its drift against each translation; None for an article with no translation.

    Meant for a screenful of list rows, off the GUI thread: an article without translations costs
    one index range scan; a pair is checked once even when both of its articles are asked for.
    """
    texts: dict[ArticleId, str | None] = {}
    counts: dict[tuple[ArticleId, ArticleId], int] = {}
    out: dict[ArticleId, ArticleDrift | None] = {}

    def text_of(article: ArticleId) -> str | None:
        if article not in texts:
            texts[article] = newest_text(db, article)
        return texts[article]

    for article in dict.fromkeys(articles):
        translations = translations_of(db, article)
        if not translations:
            out[article] = None
            continue
        found = []
        for t in translations:
            first, second = sorted((article, t.article))
            a, b = text_of(first), text_of(second)
            if (first, second) not in counts:
                counts[(first, second)] = len(pair_drift(db, first, second, a, b).mismatches) if a and b else 0
            found.append(TranslationDrift(t.article, edition_label(t.lang, text_of(t.article) or ""), counts[(first, second)]))
        out[article] = ArticleDrift(article, tuple(found))
    return out
