"""The coded material an analysis reads: every live coding, placed on one reference version per article.

An article may come in several versions, and each passage is anchored on all of them. To
compare passages (do two overlap? which characters did each coder code?) they must be on the
same text, so each article gets one reference version: the version most of its passages were
made on (the one its coders read), the first version on a tie or when only whole articles are
coded. A passage that is an orphan on that version keeps its quote but has no position.

Analyses scan, so the UI runs them as read ops; `progress(done, total)` is called as articles
are read, and may raise `AnalysisCancelled` to stop.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, where_clause
from desktop.core.ids import AnnotationId, ArticleId, CodeId, CodingId, Uuid, VersionId
from desktop.core.sql import chunks, marks

Progress = Callable[[int, int], None]


class AnalysisCancelled(Exception):
    """Raised by a progress callback to stop an analysis whose result is no longer wanted."""


@dataclass(frozen=True)
class CodedPassage:
    coding: CodingId
    uuid: Uuid
    annotation: AnnotationId
    article: ArticleId
    code: CodeId
    coder: str
    quote: str | None  # None: the whole article is coded
    start: int | None  # on the article's reference version; None for the whole article or an orphan
    end: int | None

    @property
    def whole(self) -> bool:
        return self.quote is None

    def span(self, length: int) -> tuple[int, int] | None:
        """Where it lies on the reference version (the whole text for a whole-article coding)."""
        if self.whole:
            return (0, length)
        return (self.start, self.end) if self.start is not None and self.end is not None else None


@dataclass(frozen=True)
class CodedCorpus:
    passages: tuple[CodedPassage, ...]
    references: dict[ArticleId, tuple[VersionId, int]]  # reference version and its length in code points

    def by_article(self) -> dict[ArticleId, list[CodedPassage]]:
        grouped: dict[ArticleId, list[CodedPassage]] = {}
        for p in self.passages:
            grouped.setdefault(p.article, []).append(p)
        return grouped

    def length(self, article: ArticleId) -> int:
        return self.references.get(article, (VersionId(0), 0))[1]


def article_restriction(flt: ArticleFilter | None) -> tuple[str, list[object]]:
    """SQL over `articles a` for the list's filter (search and sidebar), or nothing."""
    if flt is None:
        return "", []
    where, params = where_clause(flt)
    return (where.replace(" WHERE ", " AND ", 1), params) if where else ("", [])


def load_coded(
    db: Database,
    flt: ArticleFilter | None = None,
    *,
    coders: Iterable[str] | None = None,
    codes: Iterable[CodeId] | None = None,
    progress: Progress | None = None,
) -> CodedCorpus:
    """Every live coding (of these coders and codes, in the filter's articles), placed on reference versions."""
    restrict, params = article_restriction(flt)
    clauses = ["g.deleted_at IS NULL", "n.deleted_at IS NULL", "c.deleted_at IS NULL"]
    coder_list = sorted(set(coders)) if coders is not None else None
    if coder_list is not None:
        clauses.append(f"g.coder IN ({marks(len(coder_list))})" if coder_list else "0")
    code_list = sorted(set(codes)) if codes is not None else None
    if code_list is not None:
        clauses.append(f"g.code_id IN ({marks(len(code_list))})" if code_list else "0")
    rows = db.execute(
        "SELECT g.id, g.uuid, g.annotation_id, g.article_id, g.code_id, g.coder, n.quote, n.version_id"
        " FROM codings g JOIN annotations n ON n.id = g.annotation_id JOIN codes c ON c.id = g.code_id JOIN articles a ON a.id = g.article_id"
        f" WHERE {' AND '.join(clauses)}{restrict} ORDER BY g.article_id, g.id",
        [*(coder_list or []), *(code_list or []), *params],
    ).fetchall()
    made_on: dict[int, Counter[int]] = {}
    by_article: dict[int, list[tuple]] = {}
    for r in rows:
        by_article.setdefault(r[3], []).append(r)
        counter = made_on.setdefault(r[3], Counter())
        if r[7] is not None:
            counter[r[7]] += 1
    articles = list(made_on)
    references: dict[ArticleId, tuple[VersionId, int]] = {}
    anchors: dict[int, tuple[int | None, int | None]] = {}
    done = 0
    for chunk in chunks(articles, 200):
        versions: dict[int, list[tuple[int, int]]] = {}
        for article, version, length in db.execute(
            f"SELECT article_id, id, length FROM versions WHERE article_id IN ({marks(len(chunk))}) ORDER BY id", list(chunk)
        ):
            versions.setdefault(article, []).append((version, length))
        for article in chunk:
            known = versions.get(article, [])
            if not known:
                continue
            counts = made_on[article]
            best = max(known, key=lambda v: (counts.get(v[0], 0), -v[0]))
            references[ArticleId(article)] = (VersionId(best[0]), int(best[1]))
        wanted = {
            r[2]: references[ArticleId(r[3])][0]
            for a in chunk
            for r in by_article[a]
            if r[6] is not None and ArticleId(r[3]) in references
        }
        for part in chunks(sorted(wanted)):
            for annotation, version, start, end, status in db.execute(
                f"SELECT annotation_id, version_id, start_pos, end_pos, status FROM annotation_anchors WHERE annotation_id IN ({marks(len(part))})",
                list(part),
            ):
                if version == wanted[annotation]:
                    anchors[annotation] = (start, end) if status != "orphan" else (None, None)
        done += len(chunk)
        if progress is not None:
            progress(done, len(articles))
    passages = tuple(
        CodedPassage(
            CodingId(r[0]),
            Uuid(r[1]),
            AnnotationId(r[2]),
            ArticleId(r[3]),
            CodeId(r[4]),
            r[5],
            r[6],
            *(anchors.get(r[2], (None, None)) if r[6] is not None else (None, None)),
        )  # fmt: skip
        for r in rows
        if ArticleId(r[3]) in references
    )
    return CodedCorpus(passages, references)


def reference_text(db: Database, corpus: CodedCorpus, article: ArticleId) -> str:
    version = corpus.references.get(article)
    if version is None:
        return ""
    row = db.execute("SELECT text FROM versions WHERE id = ?", [version[0]]).fetchone()
    return row[0] if row is not None else ""
