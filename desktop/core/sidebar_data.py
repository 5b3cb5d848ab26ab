"""What the sidebar lists, with counts, read from counters the schema's triggers maintain.

Nothing here scans the article table: library counts come from `counters`, per-source,
per-section and per-tag counts from their own rows, per-dump counts from the dump's row
(stored at import), and only the newest dumps are listed.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlite_utils import Database

from desktop.core.article_query import LibraryView
from desktop.core.ids import DumpId, SectionId, SourceId
from desktop.core.store import read_counters
from desktop.core.tags import TagInfo, list_tags, parent_paths, subtree_article_count

RECENT_DUMPS = 50


@dataclass(frozen=True)
class SourceEntry:
    id: SourceId
    name: str
    count: int


@dataclass(frozen=True)
class SectionEntry:
    id: SectionId
    name: str
    source: str
    count: int


@dataclass(frozen=True)
class DumpEntry:
    id: DumpId
    file_name: str
    imported_at: str
    articles: int
    new_articles: int
    new_versions: int
    warnings: int


@dataclass(frozen=True)
class SidebarData:
    library: dict[LibraryView, int]
    sources: tuple[SourceEntry, ...]
    sections: tuple[SectionEntry, ...]
    tags: tuple[TagInfo, ...]
    dumps: tuple[DumpEntry, ...]
    branches: dict[str, int] = field(default_factory=dict)  # casefolded path with tags below it → articles in its subtree


def load_sidebar(db: Database, recent: int = RECENT_DUMPS) -> SidebarData:
    counters = read_counters(db)
    library = {
        LibraryView.ALL: counters.get("articles", 0),
        LibraryView.UNREAD: counters.get("unread", 0),
        LibraryView.STARRED: counters.get("starred", 0),
        LibraryView.ANNOTATED: counters.get("annotated", 0),
        LibraryView.MULTI_VERSION: counters.get("multi_version", 0),
        LibraryView.EDITED: counters.get("edited", 0),
    }
    sources = tuple(
        SourceEntry(SourceId(r[0]), r[1], r[2])
        for r in db.execute("SELECT id, name, article_count FROM sources ORDER BY name COLLATE casefold")
    )
    sections = tuple(
        SectionEntry(SectionId(r[0]), r[1], r[2], r[3])
        for r in db.execute(
            "SELECT sn.id, sn.name, s.name, sn.article_count FROM sections sn JOIN sources s ON s.id = sn.source_id"
            " ORDER BY sn.name COLLATE casefold, s.name COLLATE casefold"
        )
    )
    dumps = tuple(
        DumpEntry(
            DumpId(r[0]),
            r[1],
            r[2],
            r[6] or 0,  # stored at import (backfilled by migration 0005)
            r[3] or 0,
            r[4] or 0,
            len(json.loads(r[5])) if r[5] else 0,
        )
        for r in db.execute(
            "SELECT id, file_name, imported_at, new_articles, new_versions, warnings, article_count FROM dumps ORDER BY id DESC LIMIT ?",
            [recent],
        ).fetchall()
    )
    tags = tuple(list_tags(db))
    branches = {key: subtree_article_count(db, path) for key, path in parent_paths(t.name for t in tags).items()}
    return SidebarData(library, sources, sections, tags, dumps, branches)
