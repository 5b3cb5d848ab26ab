"""Citations as CSL-JSON: what Zotero, Mendeley, Pandoc and every citeproc read.

Each article is an `article-newspaper` (Zotero: Newspaper Article) with its site as the
container, its date as issued, and the import of the dump holding the cited version as
accessed. The item schema allows no keys of its own, so which version was read goes in `note`
(Zotero's Extra).
"""

from __future__ import annotations

import json
from typing import TextIO

from sqlite_utils import Database

from desktop.core.exports.citation_record import CitationRecord, iter_citations
from desktop.core.ids import ArticleId


def csl_item(record: CitationRecord) -> dict[str, object]:
    item: dict[str, object] = {
        "id": record.uuid,
        "type": "article-newspaper",
        "title": record.title,
        "container-title": record.site,
    }
    if record.date_parts is not None:
        item["issued"] = {"date-parts": [list(record.date_parts)]}
    if record.url:
        item["URL"] = record.url
    if record.accessed_parts is not None:
        item["accessed"] = {"date-parts": [list(record.accessed_parts)]}
    if record.section:
        item["section"] = record.section
    if record.language:
        item["language"] = record.language
    item["note"] = record.provenance
    return item


def export_csl_json(db: Database, out: TextIO, ids: list[ArticleId] | None = None) -> int:
    out.write("[")
    count = 0
    for record in iter_citations(db, ids):
        out.write(",\n " if count else "\n ")
        out.write(json.dumps(csl_item(record), ensure_ascii=False))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count
