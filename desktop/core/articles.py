"""One article in full, with its versions and where each was seen, and its read/star flags.

`get_article` reads every version's text; `get_article_header` reads what a flag or tag change
can alter (the chips and the star), so those never re-read text.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sqlite_utils import Database

from desktop.core.changes import Change
from desktop.core.clock import now_iso
from desktop.core.ids import ArticleId, TagId, VersionId
from desktop.core.sql import chunks, marks
from desktop.core.transactions import write_transaction


@dataclass(frozen=True)
class Occurrence:
    dump: str
    section: str | None
    position: int
    line: int | None
    title: str  # as printed there
    imported_at: str

    @property
    def description(self) -> str:
        """Where it was printed, in the words every view uses: "000_….txt · News · line 12"."""
        where = f"{self.dump} · {self.section or 'no section'}"
        return f"{where} · line {self.line}" if self.line is not None else where


@dataclass(frozen=True)
class Version:
    id: VersionId
    title: str
    text: str
    sha256: str
    length: int
    occurrences: tuple[Occurrence, ...]

    @property
    def paragraphs(self) -> list[str]:
        return self.text.split("\n") if self.text else []


@dataclass(frozen=True)
class ArticleTag:
    """A tag as an article shows it."""

    id: TagId
    name: str
    color: str | None


@dataclass(frozen=True)
class ArticleHeader:
    """What a flag or tag change alters on an article: no text."""

    id: ArticleId
    tags: tuple[ArticleTag, ...]
    is_read: bool
    is_starred: bool


@dataclass(frozen=True)
class ArticleDetail:
    id: ArticleId
    title: str
    date: str | None
    source: str
    source_url: str | None
    sections: tuple[str, ...]
    tags: tuple[ArticleTag, ...]
    is_read: bool
    is_starred: bool
    versions: tuple[Version, ...]  # in the order they were first seen


def get_article(db: Database, article: ArticleId) -> ArticleDetail | None:
    row = db.execute(
        "SELECT a.id, a.title, a.date, s.name, a.source_url, a.is_read, a.is_starred"
        " FROM articles a JOIN sources s ON s.id = a.source_id WHERE a.id = ?",
        [article],
    ).fetchone()
    if row is None:
        return None
    sections = tuple(
        r[0]
        for r in db.execute(
            "SELECT sn.name FROM article_sections s JOIN sections sn ON sn.id = s.section_id WHERE s.article_id = ? ORDER BY sn.name",
            [article],
        )
    )
    tags = _article_tags(db, article)
    occurrences: dict[int, list[Occurrence]] = {}
    for r in db.execute(
        "SELECT o.version_id, d.file_name, sn.name, o.position, o.line, o.title, d.imported_at"
        " FROM occurrences o JOIN versions v ON v.id = o.version_id JOIN dumps d ON d.id = o.dump_id"
        " LEFT JOIN sections sn ON sn.id = o.section_id WHERE v.article_id = ? ORDER BY o.dump_id, o.position",
        [article],
    ):
        occurrences.setdefault(r[0], []).append(Occurrence(r[1], r[2], r[3], r[4], r[5], r[6]))
    versions = tuple(
        Version(VersionId(r[0]), r[1], r[2], r[3], r[4], tuple(occurrences.get(r[0], ())))
        for r in db.execute("SELECT id, title, text, sha256, length FROM versions WHERE article_id = ? ORDER BY id", [article])
    )
    return ArticleDetail(
        id=ArticleId(row[0]),
        title=row[1],
        date=row[2],
        source=row[3],
        source_url=row[4],
        sections=sections,
        tags=tags,
        is_read=bool(row[5]),
        is_starred=bool(row[6]),
        versions=versions,
    )


def _article_tags(db: Database, article: ArticleId) -> tuple[ArticleTag, ...]:
    return tuple(
        ArticleTag(TagId(r[0]), r[1], r[2])
        for r in db.execute(
            "SELECT t.id, t.name, t.color FROM article_tags at JOIN tags t ON t.id = at.tag_id"
            " WHERE at.article_id = ? AND at.deleted_at IS NULL AND t.deleted_at IS NULL ORDER BY t.name COLLATE casefold",
            [article],
        )
    )


def get_article_header(db: Database, article: ArticleId) -> ArticleHeader | None:
    row = db.execute("SELECT is_read, is_starred FROM articles WHERE id = ?", [article]).fetchone()
    if row is None:
        return None
    return ArticleHeader(article, _article_tags(db, article), bool(row[0]), bool(row[1]))


def set_read(db: Database, articles: Iterable[ArticleId], read: bool) -> Change:
    """Mark articles read or unread; the change names those whose flag actually changed."""
    return _set_flag(db, "is_read", "read_modified", articles, read)


def set_starred(db: Database, articles: Iterable[ArticleId], starred: bool) -> Change:
    return _set_flag(db, "is_starred", "starred_modified", articles, starred)


def _set_flag(db: Database, column: str, stamp: str, articles: Iterable[ArticleId], value: bool) -> Change:
    assert (column, stamp) in {("is_read", "read_modified"), ("is_starred", "starred_modified")}
    ids = sorted(set(articles))
    changed: list[ArticleId] = []
    now = now_iso()
    with write_transaction(db):
        for chunk in chunks(ids):
            changed.extend(
                ArticleId(r[0])
                for r in db.execute(
                    f"UPDATE articles SET {column} = ?, {stamp} = ? WHERE id IN ({marks(len(chunk))}) AND {column} <> ? RETURNING id",
                    [int(value), now, *chunk, int(value)],
                ).fetchall()
            )
    return Change.of_flags(changed)
