"""Collocates: the words found within ±N words of a search more often than chance.

The corpus is what the article list shows without the search words (the sidebar filter and
the query's field filters), read in the scope's versions (the newest of each article by
default). For every hit of the search (marked by the index, so a phrase is one node) the
words up to N to each side are counted, the hit's own words left out; numbers are left out.

Each candidate word gets a 2×2 table (Evert's "surface" co-occurrence counts):

    O11 = times the word stands in a window          O12 = other words in the windows (R1 − O11)
    O21 = times it stands elsewhere in the corpus    O22 = every other word elsewhere

with N the corpus's words and R1 the windows' words, and expected counts E_ij = R_i·C_j / N.
The score is the log-likelihood ratio (G², Dunning 1993): 2 Σ O_ij ln(O_ij / E_ij), listed for
words seen more often than expected (O11 > E11); MI (log2 O11/E11) is given beside it.

At scale the counts are estimated from a sample: at most `SAMPLE_TEXTS` of the texts holding
a hit, and as many of the corpus's texts (which always include the sampled hit texts, so that
a window word is never rarer in the corpus than in the windows). The result says when it is
an estimate and from how much.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np
from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, versions_match
from desktop.core.corpus.hits import HitScope, marked_texts
from desktop.core.corpus.library_index import LibraryIndex, base_mask, library_index, word_mask
from desktop.core.corpus.words import count_words, folded_words, is_lexical
from desktop.core.ids import VersionId
from desktop.core.sql import chunks, marks

DEFAULT_WINDOW = 5
DEFAULT_MIN_COUNT = 3
SAMPLE_TEXTS = 1500
_SPREAD = 2654435761  # Knuth's multiplicative hash: a sample spread over the whole id range, the same every time


@dataclass(frozen=True)
class Collocate:
    word: str  # folded, as the index stores it
    count: int  # O11: in the windows
    corpus_count: int  # in the whole corpus (or the sample of it)
    expected: float  # E11
    log_likelihood: float  # G²
    mutual_information: float  # log2(O11 / E11)


@dataclass(frozen=True)
class Collocates:
    collocates: tuple[Collocate, ...]  # by log-likelihood, highest first
    hits: int  # nodes counted
    window_words: int  # R1
    corpus_words: int  # N
    hit_texts: int  # texts holding a hit that were read
    hit_texts_total: int  # texts holding a hit in the corpus
    corpus_texts: int  # corpus texts read
    corpus_texts_total: int

    @property
    def sampled(self) -> bool:
        return self.hit_texts < self.hit_texts_total or self.corpus_texts < self.corpus_texts_total


def log_likelihood(o11: float, o12: float, o21: float, o22: float) -> float:
    """G² of a 2×2 table: 2 Σ O ln(O/E), a cell of 0 adding nothing."""
    n = o11 + o12 + o21 + o22
    rows, cols = (o11 + o12, o21 + o22), (o11 + o21, o12 + o22)
    total = 0.0
    for observed, row, col in ((o11, 0, 0), (o12, 0, 1), (o21, 1, 0), (o22, 1, 1)):
        if observed > 0:
            total += observed * math.log(observed * n / (rows[row] * cols[col]))
    return 2 * total


def _sample(ids: np.ndarray, size: int) -> np.ndarray:
    """At most `size` ids, spread evenly over the hash of each id: the same sample every time."""
    if len(ids) <= size:
        return ids
    hashed = (ids.astype(np.uint64) * np.uint64(_SPREAD)) & np.uint64(0xFFFFFFFF)
    return np.sort(ids[np.argpartition(hashed, size)[:size]])


def _scoped(index: LibraryIndex, articles: np.ndarray, scope: HitScope) -> np.ndarray:
    if scope is HitScope.NEWEST:
        versions = index.newest[np.flatnonzero(articles)]
        return versions[versions >= 0].astype(np.int64)
    owners = index.version_article
    return np.flatnonzero((owners >= 0) & articles[np.clip(owners, 0, None)])


def _texts(db: Database, versions: Iterable[int]) -> dict[int, str]:
    texts: dict[int, str] = {}
    for chunk in chunks(sorted(int(v) for v in versions)):
        texts.update(db.execute(f"SELECT id, text FROM versions WHERE id IN ({marks(len(chunk))})", list(chunk)).fetchall())
    return texts


def collocates(
    db: Database,
    flt: ArticleFilter,
    *,
    window: int = DEFAULT_WINDOW,
    min_count: int = DEFAULT_MIN_COUNT,
    limit: int | None = 100,
    scope: HitScope = HitScope.NEWEST,
    sample: int = SAMPLE_TEXTS,
) -> Collocates:
    """The words near the filter's search words, by log-likelihood (see the module docstring)."""
    empty = Collocates((), 0, 0, 0, 0, 0, 0, 0)
    expression = versions_match(db, flt)
    if expression is None or window < 1:
        return empty
    index = library_index(db)
    corpus = base_mask(db, index, flt) & index.exists
    words = word_mask(db, index, flt)
    hit_versions = _scoped(index, corpus & words if words is not None else corpus, scope)
    corpus_versions = _scoped(index, corpus, scope)
    chosen_hits = _sample(hit_versions, sample)
    marked = marked_texts(db, expression, [VersionId(int(v)) for v in chosen_hits], flt.query, prefix_last=flt.prefix_search)
    chosen_corpus = _sample(corpus_versions, sample)
    extra = _texts(db, set(chosen_corpus.tolist()) - set(marked))

    near: Counter[str] = Counter()
    everywhere: Counter[str] = Counter()
    hits = window_words = 0
    for found in marked.values():
        folded = folded_words(found.text)
        everywhere.update(folded)
        position = before = 0  # words before `position` in the text
        for hit_start, hit_end in found.hits:
            before += count_words(found.text[position:hit_start])
            inside = count_words(found.text[hit_start:hit_end])
            position = hit_end
            first, last = before, before + inside
            before = last
            if not inside or last > len(folded):
                continue  # a hit on no word, or a text whose folding changed its words (never seen)
            hits += 1
            window_words += (first - max(0, first - window)) + (min(len(folded), last + window) - last)
            near.update(folded[max(0, first - window) : first])
            near.update(folded[last : last + window])
    for text in extra.values():
        everywhere.update(folded_words(text))
    corpus_words = sum(everywhere.values())
    found_collocates = []
    for word, o11 in near.items():
        if o11 < min_count or not is_lexical(word):
            continue
        in_corpus = max(everywhere[word], o11)
        expected = window_words * in_corpus / corpus_words
        if o11 <= expected:
            continue
        o12, o21 = window_words - o11, in_corpus - o11
        o22 = corpus_words - window_words - o21
        found_collocates.append(
            Collocate(word, o11, in_corpus, expected, log_likelihood(o11, o12, o21, max(o22, 0)), math.log2(o11 / expected))
        )
    found_collocates.sort(key=lambda c: (-c.log_likelihood, c.word))
    return Collocates(
        tuple(found_collocates[:limit] if limit is not None else found_collocates),
        hits,
        window_words,
        corpus_words,
        len(marked),
        len(hit_versions),
        len(set(chosen_corpus.tolist()) | set(marked)),
        len(corpus_versions),
    )
