"""Co-occurrence of codes: how often two codes overlap on the same passage, and how often they share an article.

- passage level: a pair of coded passages (one coded A, the other B, or one passage coded both)
  whose text overlaps on the article's reference version counts once; the diagonal holds the
  number of passages coded with the code;
- article level: the number of articles coded with both; the diagonal, articles coded with it.

`cooccurring_passages` lists what a cell counts, for the matrix's click-through.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter
from desktop.core.coding.agreement import Level
from desktop.core.coding.codebook import code_tree
from desktop.core.coding.corpus import CodedCorpus, CodedPassage, Progress, load_coded, reference_text
from desktop.core.coding.segments import Segment, article_meta
from desktop.core.ids import CodeId


@dataclass(frozen=True)
class CooccurrenceMatrix:
    level: Level
    codes: tuple[CodeId, ...]  # in codebook order
    paths: dict[CodeId, str]
    counts: dict[tuple[CodeId, CodeId], int]  # both orders present

    def count(self, a: CodeId, b: CodeId) -> int:
        return self.counts.get((a, b), 0)

    @property
    def largest_off_diagonal(self) -> int:
        return max((n for (a, b), n in self.counts.items() if a != b), default=0)


def _overlapping_pairs(corpus: CodedCorpus) -> list[tuple[CodedPassage, CodedPassage]]:
    """Every unordered pair of passages that overlap (whole-article codings are not passages)."""
    pairs: list[tuple[CodedPassage, CodedPassage]] = []
    for passages in corpus.by_article().values():
        placed = sorted(
            (p for p in passages if not p.whole and p.start is not None and p.end is not None), key=lambda p: (p.start, p.end)
        )
        for i, p in enumerate(placed):
            for q in placed[i + 1 :]:
                if q.start >= p.end:  # type: ignore[operator]
                    break
                pairs.append((p, q))
    return pairs


def cooccurrence(
    db: Database,
    level: Level = Level.PASSAGE,
    flt: ArticleFilter | None = None,
    coders: tuple[str, ...] | None = None,
    progress: Progress | None = None,
) -> CooccurrenceMatrix:
    corpus = load_coded(db, flt, coders=coders, progress=progress)
    nodes = code_tree(db, counts=False)
    used = {p.code for p in corpus.passages}
    codes = tuple(n.code.id for n in nodes if n.code.id in used)
    paths = {n.code.id: n.path for n in nodes}
    counts: Counter[tuple[CodeId, CodeId]] = Counter()
    if level is Level.ARTICLE:
        for passages in corpus.by_article().values():
            present = sorted({p.code for p in passages})
            for i, a in enumerate(present):
                counts[(a, a)] += 1
                for b in present[i + 1 :]:
                    counts[(a, b)] += 1
                    counts[(b, a)] += 1
    else:
        for a in {(p.annotation, p.code) for p in corpus.passages if not p.whole}:
            counts[(a[1], a[1])] += 1
        seen: set[tuple[object, object, CodeId, CodeId]] = set()
        same_passage = [(p, q) for ps in _by_annotation(corpus).values() for i, p in enumerate(ps) for q in ps[i + 1 :]]
        for p, q in [*same_passage, *_overlapping_pairs(corpus)]:
            if p.code == q.code:
                continue
            key = (min(p.annotation, q.annotation), max(p.annotation, q.annotation), min(p.code, q.code), max(p.code, q.code))
            if key in seen:
                continue  # two coders' codings of the same two passages count once
            seen.add(key)
            counts[(p.code, q.code)] += 1
            counts[(q.code, p.code)] += 1
    return CooccurrenceMatrix(level, codes, paths, dict(counts))


def _by_annotation(corpus: CodedCorpus) -> dict[object, list[CodedPassage]]:
    grouped: dict[object, list[CodedPassage]] = {}
    for p in corpus.passages:
        if not p.whole:
            grouped.setdefault(p.annotation, []).append(p)
    return grouped


def cooccurring_passages(
    db: Database,
    a: CodeId,
    b: CodeId,
    level: Level = Level.PASSAGE,
    flt: ArticleFilter | None = None,
    coders: tuple[str, ...] | None = None,
) -> list[Segment]:
    """What one cell of the matrix counts: the overlapping passages (their joint extent), or the articles' passages of both codes."""
    corpus = load_coded(db, flt, coders=coders, codes=[a, b])
    paths = {n.code.id: n.path for n in code_tree(db, counts=False)}
    meta = article_meta(db, list(corpus.references))
    out: list[Segment] = []
    texts: dict[int, str] = {}

    def segment(members: list[CodedPassage], start: int | None, end: int | None) -> Segment:
        article = members[0].article
        title, date, source = meta.get(article, ("", None, ""))
        if start is not None and end is not None:
            text = texts.setdefault(article, reference_text(db, corpus, article))[start:end]
        else:
            text = members[0].quote or ""
        return Segment(
            article, title, date, source, members[0].annotation, corpus.references[article][0], start, end, text,
            tuple(dict.fromkeys(paths.get(m.code, "") for m in members)), tuple(dict.fromkeys(m.coder for m in members)),
        )  # fmt: skip

    if level is Level.ARTICLE:
        for passages in corpus.by_article().values():
            if {p.code for p in passages} >= {a, b}:
                for p in passages:
                    out.append(segment([p], p.start, p.end) if not p.whole else segment([p], None, None))
    elif a == b:
        for ps in _by_annotation(corpus).values():
            mine = [p for p in ps if p.code == a]
            if mine:
                out.append(segment(mine, mine[0].start, mine[0].end))
    else:
        seen: set[tuple[object, object]] = set()
        same_passage = [(p, q) for ps in _by_annotation(corpus).values() for i, p in enumerate(ps) for q in ps[i + 1 :]]
        for p, q in [*same_passage, *_overlapping_pairs(corpus)]:
            if {p.code, q.code} != {a, b}:
                continue
            key = (min(p.annotation, q.annotation), max(p.annotation, q.annotation))
            if key in seen:
                continue
            seen.add(key)
            if p.start is None or q.start is None:
                out.append(segment([p, q], p.start, p.end))
            else:
                out.append(segment([p, q], min(p.start, q.start), max(p.end, q.end)))  # type: ignore[type-var]
    out.sort(key=lambda s: (s.date or "", -s.article, -(s.start or 0)), reverse=True)
    return out
