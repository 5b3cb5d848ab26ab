"""Saved searches: a search box text and a sidebar filter kept under a name, in the user's order.

The sidebar part is stored by what stays true across renames and on another device (a
`FilterSpec`): library views by name, sources by name, sections by source and name, tags by
UUID (which a rename keeps), imports by their file's sha256. It is resolved to the library's
ids when used; an entry that no longer resolves (a deleted tag) makes the search match
nothing rather than quietly match more, and an excluded tag that is gone excludes nothing.

Saved searches are user-made rows (uuid, modified, tombstone). Every edit returns a
`SavedSearchEdit` whose `before` snapshot is what undo puts back; restoring returns the
snapshot it replaced, which is the redo, as tags.py does.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, replace

from sqlite_utils import Database

from desktop.core.article_query import ArticleFilter, LibraryView, count_articles
from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.identity import new_uuid
from desktop.core.ids import DumpId, SavedSearchId, SectionId, SourceId, TagId, Uuid
from desktop.core.search_query import parse_query
from desktop.core.sql import chunks, marks
from desktop.core.transactions import write_transaction

LIVE = "deleted_at IS NULL"
NOWHERE = -1  # an id no row has: an entry that no longer resolves matches nothing


class SavedSearchError(ValueError):
    """A saved search cannot be made or changed as asked; the message says why."""


@dataclass(frozen=True)
class FilterSpec:
    """The sidebar part of a saved search, by stable names (see the module docstring)."""

    views: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    sections: tuple[tuple[str, str], ...] = ()  # (source, section)
    tags: tuple[tuple[str, str], ...] = ()  # (uuid, name when saved: shown if the tag is gone)
    excluded_tags: tuple[tuple[str, str], ...] = ()
    dumps: tuple[str, ...] = ()  # sha256 of the dump file

    @property
    def is_empty(self) -> bool:
        return self == FilterSpec()

    def to_json(self) -> dict[str, object]:
        return {
            "views": list(self.views),
            "sources": list(self.sources),
            "sections": [{"source": s, "name": n} for s, n in self.sections],
            "tags": [{"uuid": u, "name": n} for u, n in self.tags],
            "excluded_tags": [{"uuid": u, "name": n} for u, n in self.excluded_tags],
            "dumps": list(self.dumps),
        }

    @classmethod
    def from_json(cls, data: object) -> FilterSpec:
        """Read what `to_json` wrote; anything malformed is left out, never an error."""
        if not isinstance(data, dict):
            return cls()

        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key)
            return tuple(v for v in value if isinstance(v, str)) if isinstance(value, list) else ()

        def pairs(key: str, first: str, second: str) -> tuple[tuple[str, str], ...]:
            value = data.get(key)
            if not isinstance(value, list):
                return ()
            return tuple(
                (str(v[first]), str(v.get(second) or "")) for v in value if isinstance(v, dict) and isinstance(v.get(first), str)
            )

        return cls(
            views=tuple(v for v in strings("views") if v in {view.value for view in LibraryView}),
            sources=strings("sources"),
            sections=pairs("sections", "source", "name"),
            tags=pairs("tags", "uuid", "name"),
            excluded_tags=pairs("excluded_tags", "uuid", "name"),
            dumps=strings("dumps"),
        )


@dataclass(frozen=True)
class SavedSearch:
    id: SavedSearchId
    uuid: Uuid
    name: str
    query: str  # the search box text, as typed
    spec: FilterSpec
    position: int
    created_at: str
    modified: str


@dataclass(frozen=True)
class SavedSearchState:
    """One saved search as it was: enough to put it back."""

    id: SavedSearchId
    name: str
    query: str
    filter: str  # JSON
    position: int
    deleted_at: str | None


@dataclass(frozen=True)
class SavedSearchSnapshot:
    states: tuple[SavedSearchState, ...]


@dataclass(frozen=True)
class SavedSearchEdit:
    change: Change
    before: SavedSearchSnapshot
    search: SavedSearchId | None = None  # the saved search the edit was about


# --- from the sidebar's ids to stable names, and back ------------------------------------------
def spec_of_filter(db: Database, flt: ArticleFilter) -> FilterSpec:
    """The sidebar entries of a filter (its ids), by stable names; its search query is not part of it."""

    def rows(sql: str, ids: Iterable[int]) -> list[tuple]:
        wanted = sorted(ids)
        found: list[tuple] = []
        for chunk in chunks(wanted):
            found.extend(db.execute(sql.format(marks=marks(len(chunk))), list(chunk)).fetchall())
        return found

    sources = rows("SELECT name FROM sources WHERE id IN ({marks}) ORDER BY name", flt.sources)
    sections = rows(
        "SELECT s.name, sn.name FROM sections sn JOIN sources s ON s.id = sn.source_id WHERE sn.id IN ({marks}) ORDER BY 1, 2",
        flt.sections,
    )
    tags = rows("SELECT uuid, name FROM tags WHERE id IN ({marks}) ORDER BY name", flt.tags)
    excluded = rows("SELECT uuid, name FROM tags WHERE id IN ({marks}) ORDER BY name", flt.excluded_tags)
    dumps = rows("SELECT sha256 FROM dumps WHERE id IN ({marks}) ORDER BY sha256", flt.dumps)
    return FilterSpec(
        views=tuple(sorted(v.value for v in flt.views)),
        sources=tuple(r[0] for r in sources),
        sections=tuple((r[0], r[1]) for r in sections),
        tags=tuple((r[0], r[1]) for r in tags),
        excluded_tags=tuple((r[0], r[1]) for r in excluded),
        dumps=tuple(r[0] for r in dumps),
    )


def filter_of_spec(db: Database, spec: FilterSpec) -> ArticleFilter:
    """The sidebar filter a spec stands for today, by this library's ids."""

    def one(sql: str, params: list[object]) -> int:
        row = db.execute(sql, params).fetchone()
        return int(row[0]) if row is not None else NOWHERE

    def tag(uuid: str, name: str) -> int:
        found = one(f"SELECT id FROM tags WHERE uuid = ? AND {LIVE}", [uuid])
        return (
            found
            if found != NOWHERE or not name
            else one(f"SELECT id FROM tags WHERE name = ? COLLATE casefold AND {LIVE}", [name])
        )

    excluded = {tag(u, n) for u, n in spec.excluded_tags} - {NOWHERE}
    return ArticleFilter(
        views=frozenset(LibraryView(v) for v in spec.views if v in {view.value for view in LibraryView}),
        sources=frozenset(SourceId(one("SELECT id FROM sources WHERE name = ?", [s])) for s in spec.sources),
        sections=frozenset(
            SectionId(
                one(
                    "SELECT sn.id FROM sections sn JOIN sources s ON s.id = sn.source_id WHERE s.name = ? AND sn.name = ?", [s, n]
                )
            )
            for s, n in spec.sections
        ),
        tags=frozenset(TagId(tag(u, n)) for u, n in spec.tags),
        excluded_tags=frozenset(TagId(t) for t in excluded),
        dumps=frozenset(DumpId(one("SELECT id FROM dumps WHERE sha256 = ?", [d])) for d in spec.dumps),
    )


@dataclass(frozen=True)
class MissingEntries:
    """The entries of a spec that no longer resolve, by kind (so the window can name them in its language)."""

    sources: tuple[str, ...] = ()
    sections: tuple[tuple[str, str], ...] = ()  # (source, section)
    tags: tuple[str, ...] = ()  # names when saved
    an_import: bool = False

    def __bool__(self) -> bool:
        return bool(self.sources or self.sections or self.tags or self.an_import)


def missing_parts(db: Database, spec: FilterSpec) -> MissingEntries:
    """The entries of a spec that no longer resolve."""
    resolved = filter_of_spec(db, spec)
    sources: tuple[str, ...] = ()
    if SourceId(NOWHERE) in resolved.sources:
        sources = tuple(s for s in spec.sources if not db.execute("SELECT 1 FROM sources WHERE name = ?", [s]).fetchone())
    sections = tuple(spec.sections) if SectionId(NOWHERE) in resolved.sections else ()
    tags: tuple[str, ...] = ()
    if TagId(NOWHERE) in resolved.tags:
        tags = tuple(n for u, n in spec.tags if filter_of_spec(db, FilterSpec(tags=((u, n),))).tags == {TagId(NOWHERE)})
    return MissingEntries(sources, sections, tags, DumpId(NOWHERE) in resolved.dumps)


def missing_entries(db: Database, spec: FilterSpec) -> list[str]:
    """The entries of a spec that no longer resolve, named in English ("tag “politics”")."""
    missing = missing_parts(db, spec)
    named = [f"source “{s}”" for s in missing.sources]
    named += [f"section “{n}” of {s}" for s, n in missing.sections]
    named += [f"tag “{n}”" for n in missing.tags]
    return named + (["an import"] if missing.an_import else [])


def search_filter(db: Database, search: SavedSearch, *, prefix_search: bool = True) -> ArticleFilter:
    """What the article list shows when the saved search is applied (the list matches the last word as a prefix)."""
    return replace(filter_of_spec(db, search.spec), query=parse_query(search.query), prefix_search=prefix_search)


def count_saved_search(db: Database, search: SavedSearch) -> int:
    """The live count beside the saved search: may scan for a common word, so run it off the GUI thread."""
    return count_articles(db, search_filter(db, search))


# --- reading --------------------------------------------------------------------------------------
_COLUMNS = "id, uuid, name, query, filter, position, created_at, modified"


def _search(row: tuple) -> SavedSearch:
    try:
        spec = FilterSpec.from_json(json.loads(row[4] or "{}"))
    except ValueError:
        spec = FilterSpec()
    return SavedSearch(SavedSearchId(row[0]), Uuid(row[1]), row[2], row[3], spec, row[5], row[6], row[7])


def list_saved_searches(db: Database) -> list[SavedSearch]:
    """The live saved searches, in the user's order."""
    return [_search(r) for r in db.execute(f"SELECT {_COLUMNS} FROM saved_searches WHERE {LIVE} ORDER BY position, id")]


def get_saved_search(db: Database, search: SavedSearchId) -> SavedSearch | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM saved_searches WHERE id = ? AND {LIVE}", [search]).fetchone()
    return _search(row) if row is not None else None


def saved_searches_json(db: Database) -> list[dict[str, object]]:
    """The live saved searches as the JSON export writes them."""
    return [
        {
            "uuid": s.uuid,
            "name": s.name,
            "query": s.query,
            "filter": s.spec.to_json(),
            "position": s.position,
            "created": s.created_at,
            "modified": s.modified,
        }
        for s in list_saved_searches(db)
    ]


# --- snapshots, for undo ----------------------------------------------------------------------------
def _snapshot(db: Database, ids: Iterable[SavedSearchId]) -> SavedSearchSnapshot:
    wanted = sorted(set(ids))
    states: list[SavedSearchState] = []
    for chunk in chunks(wanted):
        states.extend(
            SavedSearchState(SavedSearchId(r[0]), r[1], r[2], r[3], r[4], r[5])
            for r in db.execute(
                f"SELECT id, name, query, filter, position, deleted_at FROM saved_searches WHERE id IN ({marks(len(chunk))})",
                list(chunk),
            )
        )
    return SavedSearchSnapshot(tuple(states))


def restore_saved_searches(db: Database, snapshot: SavedSearchSnapshot) -> SavedSearchEdit:
    """Put saved searches back as a snapshot had them (the same rows, ids and UUIDs); returns what it replaced."""
    with write_transaction(db):
        before = _snapshot(db, [s.id for s in snapshot.states])
        now = now_iso()
        for state in snapshot.states:
            db.execute(
                "UPDATE saved_searches SET name = ?, query = ?, filter = ?, position = ?, deleted_at = ?, modified = ? WHERE id = ?",
                [state.name, state.query, state.filter, state.position, state.deleted_at, now, state.id],
            )
    return SavedSearchEdit(Change.of_saved_searches(), before, snapshot.states[0].id if len(snapshot.states) == 1 else None)


# --- writing ------------------------------------------------------------------------------------------
def clean_name(name: str) -> str:
    cleaned = " ".join(name.split())
    if not cleaned:
        raise SavedSearchError("A saved search needs a name.")
    return cleaned


def create_saved_search(db: Database, name: str, query: str, spec: FilterSpec) -> SavedSearchEdit:
    """A new saved search at the end of the list; undo tombstones it (the snapshot holds it deleted)."""
    cleaned = clean_name(name)
    if not query.strip() and spec.is_empty:
        raise SavedSearchError("There is nothing to save: type a search or pick a sidebar filter first.")
    with write_transaction(db):
        now = now_iso()
        position = db.execute("SELECT ifnull(max(position), -1) + 1 FROM saved_searches WHERE deleted_at IS NULL").fetchone()[0]
        search = SavedSearchId(
            db.execute(
                "INSERT INTO saved_searches (uuid, name, query, filter, position, created_at, modified) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [new_uuid(), cleaned, query.strip(), json.dumps(spec.to_json(), ensure_ascii=False), position, now, now],
            ).lastrowid
        )
        made = _snapshot(db, [search]).states[0]
    return SavedSearchEdit(Change.of_saved_searches(), SavedSearchSnapshot((replace(made, deleted_at=now),)), search)


def _live(db: Database, search: SavedSearchId) -> SavedSearchState:
    snapshot = _snapshot(db, [search])
    if not snapshot.states or snapshot.states[0].deleted_at is not None:
        raise SavedSearchError(f"saved search {search} no longer exists")
    return snapshot.states[0]


def update_saved_search(
    db: Database, search: SavedSearchId, *, name: str | None = None, query: str | None = None, spec: FilterSpec | None = None
) -> SavedSearchEdit:
    """Rename a saved search, or change what it searches for (its text, its sidebar filter, or both)."""
    with write_transaction(db):
        before = _live(db, search)
        after = replace(
            before,
            name=clean_name(name) if name is not None else before.name,
            query=query.strip() if query is not None else before.query,
            filter=json.dumps(spec.to_json(), ensure_ascii=False) if spec is not None else before.filter,
        )
        if after == before:
            return SavedSearchEdit(Change(), SavedSearchSnapshot((before,)), search)
        db.execute(
            "UPDATE saved_searches SET name = ?, query = ?, filter = ?, modified = ? WHERE id = ?",
            [after.name, after.query, after.filter, now_iso(), search],
        )
    return SavedSearchEdit(Change.of_saved_searches(), SavedSearchSnapshot((before,)), search)


def delete_saved_search(db: Database, search: SavedSearchId) -> SavedSearchEdit:
    """A tombstone: undo (restoring the snapshot) brings back the same row."""
    with write_transaction(db):
        before = _live(db, search)
        now = now_iso()
        db.execute("UPDATE saved_searches SET deleted_at = ?, modified = ? WHERE id = ?", [now, now, search])
    return SavedSearchEdit(Change.of_saved_searches(), SavedSearchSnapshot((before,)), search)


def move_saved_search(db: Database, search: SavedSearchId, index: int) -> SavedSearchEdit:
    """Put a saved search at `index` (0: first) of the live list; the others keep their order."""
    with write_transaction(db):
        _live(db, search)
        order = [s.id for s in list_saved_searches(db)]
        before = _snapshot(db, order)
        order.remove(search)
        order.insert(max(0, min(index, len(order))), search)
        now = now_iso()
        moved = False
        for position, ident in enumerate(order):
            state = next(s for s in before.states if s.id == ident)
            if state.position != position:
                db.execute("UPDATE saved_searches SET position = ?, modified = ? WHERE id = ?", [position, now, ident])
                moved = True
    return SavedSearchEdit(Change.of_saved_searches() if moved else Change(), before, search)
