"""How a local id in a synced row is written in a change file, and found again on another device.

Integer ids are local to one library (two devices that import the same dumps in another order
number their articles differently), so a column that holds an id is synced as the identity of
what it points at, and mapped back to this device's id when the row is placed:

- an article by its natural key, the JSON array [source name, title key, date or ""]
  (identity.py; the import keeps one article per key on every device);
- a version by the sha256 of its text, within its article;
- any user row with a UUID (a tag, an annotation, later a code) by that UUID.

Each `Ref` gives the SQL that computes the stable value inside a trigger, and the lookup
that finds the local id again (None when the thing is not in this library yet).

A row about a pair of articles (a correction of their alignment, an accepted mismatch) is stored
with the lower local id first, so its orientation differs between devices too. Change files
hold such a pair in stable order, the article whose key sorts first as "article"
(`SyncedTable.pair`), and a value that depends on the orientation (which side states a
mismatch, a boundary's two sides) has a `Turn`: how it reads from the other way round.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlite_utils import Database

ARTICLE_KEY_SQL = "(SELECT json_array(s.name, a.title_key, ifnull(a.date, '')) FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = {id})"


def article_key_sql(id_sql: str) -> str:
    """SQL for the stable key of the article whose local id `id_sql` gives."""
    return ARTICLE_KEY_SQL.format(id=id_sql)


class Lookups:
    """Local ids found during one apply, so 10,000 highlights on one article look it up once."""

    def __init__(self, db: Database) -> None:
        self.db = db
        self._cache: dict[tuple[object, ...], object] = {}

    def get(self, cache_key: tuple[object, ...], sql: str, params: list[object]) -> object | None:
        if cache_key not in self._cache:
            row = self.db.execute(sql, params).fetchone()
            if row is None:
                return None  # not cached: it may arrive (be imported or placed) before the next ask
            self._cache[cache_key] = row[0]
        return self._cache[cache_key]

    def texts(self, article: object) -> list[tuple[int, str]]:
        """(version id, text) of an article's versions, read once per apply."""
        key = ("texts", article)
        if key not in self._cache:
            self._cache[key] = self.db.execute(
                "SELECT id, text FROM versions WHERE article_id = ? ORDER BY id", [article]
            ).fetchall()
        return self._cache[key]  # type: ignore[return-value]


@dataclass(frozen=True)
class Ref:
    """A column holding a local id of `kind`; `json` when its stable value is a JSON array."""

    kind: str = ""
    json: bool = False

    def stable_sql(self, id_sql: str) -> str:
        raise NotImplementedError

    def local_id(self, lookups: Lookups, stable: object, placed: dict[str, object]) -> object | None:
        """This device's id for a stable value, or None; `placed` holds the row's columns resolved so far."""
        raise NotImplementedError


@dataclass(frozen=True)
class ArticleRef(Ref):
    kind: str = "article"
    json: bool = True

    def stable_sql(self, id_sql: str) -> str:
        return article_key_sql(id_sql)

    def local_id(self, lookups: Lookups, stable: object, placed: dict[str, object]) -> object | None:
        if stable is None:
            return None
        source, title_key, date = json.loads(stable) if isinstance(stable, str) else stable
        return lookups.get(
            ("article", source, title_key, date),
            "SELECT a.id FROM articles a JOIN sources s ON s.id = a.source_id WHERE s.name = ? AND a.title_key = ? AND ifnull(a.date, '') = ?",
            [source, title_key, date],
        )


@dataclass(frozen=True)
class VersionRef(Ref):
    """A version of the article in the row's `article_column` (one text may be a version of two articles)."""

    kind: str = "version"
    article_column: str = "article_id"

    def stable_sql(self, id_sql: str) -> str:
        return f"(SELECT sha256 FROM versions WHERE id = {id_sql})"

    def local_id(self, lookups: Lookups, stable: object, placed: dict[str, object]) -> object | None:
        article = placed.get(self.article_column)
        if stable is None or article is None:
            return None
        return lookups.get(
            ("version", article, stable), "SELECT id FROM versions WHERE article_id = ? AND sha256 = ?", [article, stable]
        )


@dataclass(frozen=True)
class UuidRef(Ref):
    """A row of another synced table, by its UUID (tags; later codes, annotations of codings)."""

    table: str = ""
    kind: str = field(default="row")

    def stable_sql(self, id_sql: str) -> str:
        return f"(SELECT uuid FROM {self.table} WHERE id = {id_sql})"

    def local_id(self, lookups: Lookups, stable: object, placed: dict[str, object]) -> object | None:
        if stable is None:
            return None
        return lookups.get((self.table, stable), f"SELECT id FROM {self.table} WHERE uuid = ?", [stable])


ARTICLE = ArticleRef()
VERSION = VersionRef()


@dataclass(frozen=True)
class Turn:
    """How a value of a pair's row reads with the pair the other way round: SQL over `{v}` (the
    value) and `{swap}` (true to turn it). Run by SQLite both ways, in triggers and when placing,
    so every device writes the same text; a turn twice is the value as SQLite writes it."""

    sql: str

    def sql_of(self, value_sql: str, swap_sql: str) -> str:
        return f"(SELECT {self.sql.format(v='turn.v', swap='turn.s')} FROM (SELECT {value_sql} AS v, {swap_sql} AS s) AS turn)"

    def turned(self, db: Database, value: object) -> object:
        return db.execute(f"SELECT {self.sql_of('?', '1')}", [value]).fetchone()[0]
