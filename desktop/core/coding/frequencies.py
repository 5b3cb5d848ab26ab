"""Code frequencies per source, section or month: how many passages (or articles) each code has in each.

An article printed in two sections counts in both; an article without a date counts under
"no date". Counted in SQL (one GROUP BY over the live codings), so it is quick at any size.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter
from desktop.core.coding.codebook import code_tree
from desktop.core.coding.corpus import article_restriction
from desktop.core.ids import CodeId
from desktop.core.sql import marks

NO_DATE = "no date"


class Dimension(Enum):
    SOURCE = "source"
    SECTION = "section"
    MONTH = "month"


class Unit(Enum):
    PASSAGES = "passages"
    ARTICLES = "articles"


@dataclass(frozen=True)
class FrequencyTable:
    dimension: Dimension
    unit: Unit
    codes: tuple[CodeId, ...]  # codebook order, codes with any count
    paths: dict[CodeId, str]
    colors: dict[CodeId, str]
    columns: tuple[str, ...]  # sources and sections by name, months in time order
    counts: dict[tuple[CodeId, str], int]

    def row_total(self, code: CodeId) -> int:
        return sum(self.counts.get((code, c), 0) for c in self.columns)

    def column_total(self, column: str) -> int:
        return sum(self.counts.get((code, column), 0) for code in self.codes)


_COLUMN = {
    Dimension.SOURCE: ("(SELECT name FROM sources WHERE id = a.source_id)", ""),
    Dimension.SECTION: ("sn.name", " JOIN article_sections x ON x.article_id = a.id JOIN sections sn ON sn.id = x.section_id"),
    Dimension.MONTH: (f"ifnull(substr(a.date, 1, 7), '{NO_DATE}')", ""),
}


def code_frequencies(
    db: Database,
    dimension: Dimension,
    unit: Unit = Unit.PASSAGES,
    flt: ArticleFilter | None = None,
    coders: tuple[str, ...] | None = None,
) -> FrequencyTable:
    column, joins = _COLUMN[dimension]
    restrict, params = article_restriction(flt)
    counted = "count(DISTINCT g.annotation_id)" if unit is Unit.PASSAGES else "count(DISTINCT g.article_id)"
    coder_sql = f" AND g.coder IN ({marks(len(coders))})" if coders else ""
    rows = db.execute(
        f"SELECT g.code_id, {column} AS col, {counted} FROM codings g JOIN annotations n ON n.id = g.annotation_id"
        f" JOIN codes c ON c.id = g.code_id JOIN articles a ON a.id = g.article_id{joins}"
        f" WHERE g.deleted_at IS NULL AND n.deleted_at IS NULL AND c.deleted_at IS NULL{coder_sql}{restrict} GROUP BY g.code_id, col",
        [*(coders or ()), *params],
    ).fetchall()
    counts = {(CodeId(r[0]), str(r[1])): int(r[2]) for r in rows}
    nodes = code_tree(db, counts=False)
    used = {code for code, _ in counts}
    names = {col for _, col in counts}
    if dimension is Dimension.MONTH:
        columns = tuple(sorted(names - {NO_DATE})) + ((NO_DATE,) if NO_DATE in names else ())
    else:
        columns = tuple(sorted(names, key=str.casefold))
    return FrequencyTable(
        dimension, unit, tuple(n.code.id for n in nodes if n.code.id in used), {n.code.id: n.path for n in nodes},
        {n.code.id: n.code.color for n in nodes}, columns, counts,
    )  # fmt: skip
