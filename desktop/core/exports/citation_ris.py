"""Citations as RIS, the tagged format every reference manager imports (Zotero, EndNote, Mendeley).

Tags as Zotero's RIS translator reads them for a newspaper article (`TY  - NEWS`): the site in
`T2` (Zotero reads `JO` as a journal abbreviation), dates as `YYYY/MM/DD/`, the access date in
`Y2`, and which version was read in `N1` (a note). Lines end in CR LF, as the format began.
"""

from __future__ import annotations

from typing import TextIO

from sqlite_utils import Database

from desktop.core.exports.citation_record import CitationRecord, iter_citations
from desktop.core.ids import ArticleId

EOL = "\r\n"


def _one_line(value: str) -> str:
    return " ".join(value.split())


def _ris_date(parts: tuple[int, int, int]) -> str:
    return f"{parts[0]:04d}/{parts[1]:02d}/{parts[2]:02d}/"


def ris_lines(record: CitationRecord) -> list[tuple[str, str]]:
    lines = [("TY", "NEWS"), ("TI", record.title), ("T2", record.site)]
    if record.date_parts is not None:
        lines += [("DA", _ris_date(record.date_parts)), ("PY", f"{record.date_parts[0]:04d}")]
    if record.url:
        lines.append(("UR", record.url))
    if record.accessed_parts is not None:
        lines.append(("Y2", _ris_date(record.accessed_parts)))
    if record.section:
        lines.append(("SE", record.section))
    if record.language:
        lines.append(("LA", record.language))
    lines += [("N1", record.provenance), ("ID", record.uuid)]
    return lines


def export_ris(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    count = 0
    for record in iter_citations(db, ids):
        for tag, value in ris_lines(record):
            out.write(f"{tag}  - {_one_line(value)}{EOL}")
        out.write(f"ER  - {EOL}{EOL}")
        count += 1
    return count
