"""The corpus views as rows for CSV files, and the one safe way to write such a file.

A file is written beside its target under a temporary name and renamed over it when
complete, as the exports are (exports/writing.py): a failed write leaves no half file and
keeps the file it would have replaced.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path

from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter
from desktop.core.corpus.collocates import Collocates
from desktop.core.corpus.hits import HitScope
from desktop.core.corpus.kwic import MAX_WIDTH, HitRef, KwicLine, kwic_lines, kwic_page
from desktop.core.safe_write import replacing

KWIC_HEADER = ["article_id", "date", "source", "title", "left", "hit", "right"]
COLLOCATES_HEADER = ["word", "count", "expected", "corpus_count", "log_likelihood", "mutual_information"]
_BATCH = 500


def kwic_row(line: KwicLine, width: int = MAX_WIDTH) -> list[object]:
    return [
        line.article,
        line.date or "",
        line.source,
        line.title,
        line.left[-width:] if width else "",
        line.hit,
        line.right[:width],
    ]


def kwic_rows(
    db: Database,
    flt: ArticleFilter,
    *,
    scope: HitScope = HitScope.NEWEST,
    refs: Sequence[HitRef] | None = None,
    descending: bool = True,
    width: int = MAX_WIDTH,
) -> Iterator[list[object]]:
    """Every line of a concordance: in date order, or (given sorted `refs`) in theirs."""
    if refs is not None:
        for start in range(0, len(refs), _BATCH):
            yield from (kwic_row(line, width) for line in kwic_lines(db, refs[start : start + _BATCH], width=width))
        return
    after, exhausted = None, False
    while not exhausted:
        page = kwic_page(db, flt, scope=scope, after=after, descending=descending, want=_BATCH, width=width)
        yield from (kwic_row(line, width) for line in page.lines)
        after, exhausted = page.after, page.exhausted


def collocate_rows(result: Collocates) -> list[list[object]]:
    return [
        [c.word, c.count, f"{c.expected:.3f}", c.corpus_count, f"{c.log_likelihood:.3f}", f"{c.mutual_information:.3f}"]
        for c in result.collocates
    ]


def write_table(target: Path, header: Sequence[str], rows: Iterable[Sequence[object]], *, delimiter: str = ",") -> int:
    """Write a CSV (or TSV) file safely; returns the number of rows after the header."""
    count = 0
    with replacing(target) as out:
        writer = csv.writer(out, delimiter=delimiter)
        writer.writerow(header)
        for row in rows:
            writer.writerow(row)
            count += 1
    return count
