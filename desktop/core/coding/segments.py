"""Coded segments: every passage coded with some codes, combined AND / OR / NOT, in the list's articles.

- any of the codes (OR): every passage coded with one of them, once, with all of its codes;
- all of the codes (AND): where passages of every code overlap (the overlapping text), or the
  whole article when every code is on the whole article;
- but not (NOT): leaves out segments that overlap a passage coded with any of those codes (a
  code on the whole article overlaps everything in it).

Overlaps are decided on each article's reference version (corpus.py). The results combine with
the search box and the sidebar through the list's `ArticleFilter`, and export as CSV or Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from typing import TextIO

from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter
from desktop.core.coding.codebook import code_paths
from desktop.core.coding.corpus import CodedPassage, Progress, load_coded, reference_text
from desktop.core.exports.commonmark import block_quote, escape_heading, escape_inline, escape_line
from desktop.core.exports.spreadsheet import SafeCsvWriter
from desktop.core.ids import AnnotationId, ArticleId, CodeId, VersionId


class Match(Enum):
    ANY = "any"
    ALL = "all"


@dataclass(frozen=True)
class SegmentQuery:
    codes: tuple[CodeId, ...]
    match: Match = Match.ANY
    excluded: tuple[CodeId, ...] = ()
    coders: tuple[str, ...] | None = None  # None: everyone's codings


@dataclass(frozen=True)
class Segment:
    article: ArticleId
    title: str
    date: str | None
    source: str
    annotation: AnnotationId | None  # the passage to open (the first one it starts in)
    version: VersionId | None  # the reference version
    start: int | None
    end: int | None
    text: str  # the passage, or "" for a whole article
    codes: tuple[str, ...]  # code paths
    coders: tuple[str, ...]

    @property
    def whole(self) -> bool:
        return self.start is None and not self.text


def coded_segments(
    db: Database, query: SegmentQuery, flt: ArticleFilter | None = None, progress: Progress | None = None
) -> list[Segment]:
    """The segments a query finds, by article date (newest first), then by position."""
    if not query.codes:
        return []
    corpus = load_coded(db, flt, coders=query.coders, codes=(*query.codes, *query.excluded), progress=progress)
    paths = code_paths(db)
    meta = article_meta(db, list(corpus.references))
    found: list[Segment] = []
    for article, passages in corpus.by_article().items():
        length = corpus.length(article)
        wanted = [p for p in passages if p.code in query.codes]
        excluded = [s for p in passages if p.code in query.excluded and (s := p.span(length)) is not None]
        text: str | None = None
        pieces = _any(wanted, length) if query.match is Match.ANY else _all(wanted, query.codes, length)
        for start, end, members in pieces:
            if start is not None and end is not None and any(s < end and e > start for s, e in excluded):
                continue
            whole = all(m.whole for m in members)
            if whole:
                shown = ""
            elif start is not None and end is not None:
                text = reference_text(db, corpus, article) if text is None else text
                shown = text[start:end]
            else:
                shown = members[0].quote or ""  # not placed on the reference version: as it was coded
            title, date, source = meta.get(article, ("", None, ""))
            found.append(
                Segment(
                    article,
                    title,
                    date,
                    source,
                    members[0].annotation,
                    corpus.references[article][0],
                    None if whole else start,
                    None if whole else end,
                    shown,
                    tuple(dict.fromkeys(paths.get(m.code, "") for m in members)),
                    tuple(dict.fromkeys(m.coder for m in members)),
                )  # fmt: skip
            )
    found.sort(key=lambda s: (s.date or "", -s.article, -(s.start if s.start is not None else -1)), reverse=True)
    return found


Piece = tuple[int | None, int | None, list[CodedPassage]]


def _any(passages: list[CodedPassage], length: int) -> list[Piece]:
    by_annotation: dict[AnnotationId, list[CodedPassage]] = {}
    for p in passages:
        by_annotation.setdefault(p.annotation, []).append(p)
    pieces: list[Piece] = []
    for members in by_annotation.values():
        span = members[0].span(length)
        pieces.append((span[0], span[1], members) if span is not None else (None, None, members))
    return pieces


def _all(passages: list[CodedPassage], codes: tuple[CodeId, ...], length: int) -> list[Piece]:
    spans_by_code: list[list[tuple[int, int, CodedPassage]]] = []
    for code in dict.fromkeys(codes):
        spans = [(s[0], s[1], p) for p in passages if p.code == code and (s := p.span(length)) is not None]
        if not spans:
            return []
        spans_by_code.append(sorted(spans, key=lambda x: (x[0], x[1])))
    current: list[tuple[int, int, list[CodedPassage]]] = [(s, e, [p]) for s, e, p in spans_by_code[0]]
    for spans in spans_by_code[1:]:
        current = [
            (max(s1, s2), min(e1, e2), [*m, p]) for s1, e1, m in current for s2, e2, p in spans if max(s1, s2) < min(e1, e2)
        ]
    merged: list[tuple[int, int, list[CodedPassage]]] = []
    for s, e, m in sorted(current, key=lambda x: (x[0], x[1])):
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]), merged[-1][2] + m)
        else:
            merged.append((s, e, m))
    return [(s, e, m) for s, e, m in merged]


def article_meta(db: Database, articles: list[ArticleId]) -> dict[ArticleId, tuple[str, str | None, str]]:
    out: dict[ArticleId, tuple[str, str | None, str]] = {}
    for article in articles:
        row = db.execute(
            "SELECT a.title, a.date, s.name FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?", [article]
        ).fetchone()
        if row is not None:
            out[article] = (row[0], row[1], row[2])
    return out


SEGMENT_CSV_COLUMNS = (
    "article_id",
    "article_title",
    "article_date",
    "source",
    "codes",
    "coders",
    "version",
    "start",
    "end",
    "text",
)


def write_segments_csv(segments: list[Segment], out: TextIO) -> int:
    writer = SafeCsvWriter(out)
    writer.writerow(SEGMENT_CSV_COLUMNS)
    for s in segments:
        writer.writerow(
            [
                s.article,
                s.title,
                s.date or "",
                s.source,
                "; ".join(s.codes),
                "; ".join(s.coders),
                s.version or "",
                "" if s.start is None else s.start,
                "" if s.end is None else s.end,
                s.text,
            ]  # fmt: skip
        )
    return len(segments)


def write_segments_markdown(segments: list[Segment], out: TextIO, heading: str = "Coded segments") -> int:
    out.write(f"# {escape_heading(heading)}\n")
    article = None
    for s in segments:
        if s.article != article:
            article = s.article
            where = f"{s.source} · {s.date or 'no date'}"
            out.write(f"\n## {escape_heading(s.title)}\n\n{escape_line(where)}\n")
        body = "*(the whole article)*" if s.whole else block_quote([escape_line(p) for p in s.text.split("\n") if p.strip()])
        out.write(f"\n{body}\n\n")
        out.write(f"— {escape_inline(', '.join(s.codes))} · {escape_inline(', '.join(s.coders))}\n")
    return len(segments)
